// The types of pack data are derived from the pack schemas (src/schemas/pack.schema.ts), so what the
// loader validates and what the engine reads cannot drift apart; the rest is the compiled form.
import type { CompiledExpression } from '../expr/index.js';
import type { Severity, Source } from '../core/finding.js';
import type { CatalogueFile, PackManifest, RuleYaml, SoftwareRolesFile } from '../schemas/index.js';

/** Which document a rule's finding points into. */
export type RuleDoc = 'product' | 'filing';

/** Maps a path in product.yaml or filing.yaml to a position; falls back to the nearest existing parent. */
export type Locate = (
  doc: RuleDoc,
  path: (string | number)[],
) => { file: string; line: number; column: number };

/** A threshold as `pack.yaml` declares it under `thresholds.<name>`. */
type ThresholdYaml = NonNullable<PackManifest['thresholds']>[string];
export type ThresholdType = ThresholdYaml['type'];
export type ThresholdValue = ThresholdYaml['default'];

/**
 * A configurable value a pack's rules read as `thresholds.<name>`: its declaration in pack.yaml, named,
 * with its sources always listed.
 */
export interface Threshold extends Omit<ThresholdYaml, 'sources'> {
  name: string;
  sources: Source[];
}

/** One entry of a pack's product catalogue. */
export type CatalogueCategory = CatalogueFile['categories'][number];

/** The pack's security-relevant software data (`software-roles.yaml`), every default filled in. */
export type SoftwareRoles = Required<Omit<SoftwareRolesFile, '$schema'>>;

/** A role SBOM components play (e.g. `crypto`, `update-agent`), and how to recognise them. */
export type SoftwareRole = SoftwareRoles['roles'][string];

/** A cryptographic component that must not ship (from `since`, YYYY-MM-DD, when given). */
export type DeniedCrypto = SoftwareRoles['crypto_denylist'][number];

/** How SBOM components are recognised as playing a role (from data, never from code). */
export type ComponentMatcher = Pick<SoftwareRole, 'names' | 'purls' | 'cpes'>;

/** A loaded, compiled rule. */
export interface Rule {
  id: string;
  title: string;
  /** The title in Simplified Chinese, for the documents meant for the filing agency. */
  titleZh?: string;
  pack: string;
  scheme: string;
  /** Lowest star level the rule applies at; it applies at every level above too. */
  stars: number;
  /** Catalogue categories it applies to: listed ids, every catalogue category, or any category at all. */
  categories: string[] | 'catalogue' | 'any';
  severity: Severity;
  tierBasis: RuleYaml['tier_basis'];
  tierNote?: string;
  path: { doc: RuleDoc; steps: string[]; text: string };
  condition: CompiledExpression;
  details?: CompiledExpression;
  message: string;
  remediation: string;
  sources: Source[];
  /** Where the rule is defined, for messages about the rule itself. */
  file: string;
  line: number;
}

export type PackLevel = PackManifest['levels'][number];

/** The edition of its document a pack is pinned to, compared with the edition its rules cite. */
export interface PackEdition {
  pinned: Source;
  transcribedFrom: string;
  changes: string;
  confidence: Source['confidence'];
  consulted: Source[];
  provisions: {
    clauses: string[];
    status: 'unchanged' | 'changed' | 'renumbered' | 'removed' | 'added';
    confidence: Source['confidence'];
    note?: string;
  }[];
}

/** A loaded rule pack: data, compiled once per run. */
export interface RulePack extends Pick<
  PackManifest,
  'name' | 'title' | 'scheme' | 'version' | 'description'
> {
  levels: PackLevel[];
  thresholds: Threshold[];
  /** Values from `.labelguard.yml` `thresholds:` that apply to this pack. */
  thresholdOverrides: Record<string, ThresholdValue>;
  /** Absent when the pack has no catalogue: it then applies to every category. */
  catalogue?: CatalogueCategory[];
  softwareRoles: SoftwareRoles;
  /** The edition the pack is pinned to and what is known of its changes (pack.yaml `edition`). */
  edition?: PackEdition;
  /** Sorted by id. */
  rules: Rule[];
  /** Display folder of the pack, e.g. `rules/cn-ccl` or `./packs/acme`. */
  root: string;
}

/** A pack named in `.labelguard.yml`: built-in by name, or a folder inside the repository. */
export type PackSpec = { name: string } | { path: string };

/** The files of one pack folder, as the shell provides them (no file system access in the core). */
export interface PackSource {
  /** Display path of the folder, used in messages (e.g. `rules/cn-ccl`). */
  root: string;
  /** Every file in the folder, relative to it, POSIX separators. */
  files: readonly string[];
  read(relPath: string): string | undefined;
  /** The files were validated against their schemas when labelguard was built (built-in packs only). */
  validated?: boolean;
}
