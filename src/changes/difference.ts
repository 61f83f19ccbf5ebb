import type { DocPath } from '../load/yaml-file.js';

/** Which part of the product a difference belongs to; also decides its fingerprint prefix. */
export type ChangeCategory =
  'hardware' | 'firmware' | 'sbom' | 'service' | 'security' | 'label' | 'lifecycle';

/** Semver-ish size of a version change; '' when it cannot be told. */
export type Bump = 'major' | 'minor' | 'patch' | '';

/** Where a difference shows in the user's files: a value in product.yaml or filing.yaml, or the SBOM file. */
export type DifferenceSite =
  | { doc: 'product' | 'filing'; path: DocPath }
  /** In the current SBOM; `entry` names the component or service, to find its line. */
  | { doc: 'sbom'; entry?: { bomRef?: string; purl?: string; name: string } };

/**
 * One raw difference between the registered baseline and the product as it is now, before
 * classification. Every field the classification pack may test is always present (empty when it does
 * not apply), so `when` expressions never meet a missing key.
 */
export interface Difference {
  /** What changed, e.g. `firmware.version`, `hardware.part.changed`, `sbom.component.changed`. */
  kind: string;
  category: ChangeCategory;
  /** Whether something appeared, disappeared, or changed in place. */
  change: 'added' | 'removed' | 'changed';
  /** The thing that changed: a part, a component, a service, a security claim. */
  subject: string;
  /** Registered value, absent for additions. */
  from?: string;
  /** Current value, absent for removals. */
  to?: string;
  /** Security roles: a hardware part's role, an SBOM component's software roles, or for a hardware
   *  revision the roles of the security-relevant parts that changed with it. Sorted. */
  roles: string[];
  /** Finer facts about the change, e.g. `version-up`, `hash-changed`, `shortened`, `re-enabled`. Sorted. */
  aspects: string[];
  bump: Bump;
  /** For security claims and label items: the field inside its area, e.g. `password_policy.min_length`. */
  field: string;
  /** CycloneDX component type for SBOM components (`library`, `firmware`, `device`, …). */
  componentType: string;
  /** False only for hardware parts declared `security_relevant: false`. */
  securityRelevant: boolean;
  /** How an SBOM pair was matched (purl, cpe, name, version-aligned). */
  matchedBy?: string;
  site: DifferenceSite;
  /** Lower-case name of the component or service that changed ('' for claims and label items): what
   *  change-set grouping joins on. */
  name: string;
  /** Lower-case names of the components this one depends on, or that provide this service (dependency
   *  edges, `ccl:component`, a manifest service's `component`). Sorted. Used for grouping only. */
  links: string[];
}

/** The fields a diff may hand over as `undefined`; `difference` leaves their keys out. */
type Omissible = 'from' | 'to' | 'matchedBy';

/** What a diff hands to `difference`: `from`, `to` and `matchedBy` may be passed as `undefined`. */
export type DifferenceInput = Pick<Difference, 'kind' | 'category' | 'change' | 'subject' | 'site'> &
  Partial<Omit<Difference, Omissible>> & { [K in Omissible]?: Difference[K] | undefined };

/** A difference with defaults for every field that does not apply. */
export function difference(d: DifferenceInput): Difference {
  const out = {
    roles: [],
    aspects: [],
    bump: '',
    field: '',
    componentType: '',
    securityRelevant: true,
    name: '',
    links: [],
    ...d,
  };
  out.roles = [...new Set(out.roles)].sort();
  out.links = [...new Set(out.links)].sort();
  out.aspects = [...new Set(out.aspects)].sort();
  if (out.from === undefined) delete out.from;
  if (out.to === undefined) delete out.to;
  if (out.matchedBy === undefined) delete out.matchedBy;
  // Every omissible key left is a string now (the undefined ones were just deleted).
  return out as Difference;
}

/** What a difference is about, as every report lists it first: kind, subject, and the values before and after. */
export function differenceHeadline(
  d: Difference,
): Pick<Difference, 'kind' | 'subject'> & { from?: string; to?: string } {
  return {
    kind: d.kind,
    subject: d.subject,
    ...(d.from !== undefined ? { from: d.from } : {}),
    ...(d.to !== undefined ? { to: d.to } : {}),
  };
}
