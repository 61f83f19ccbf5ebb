import {
  type Component,
  type ComponentChange,
  cpeKey,
  parsePurl,
  purlKey,
  type SbomDiff,
  type Service,
  type ServiceChange,
} from '../sbom/index.js';
import { versionBump } from './bump.js';
import { difference, type Difference } from './difference.js';

/** Roles of a component, from the pack's software-role data. */
export type RoleOf = (c: Component) => string[];

/** What a component or service depends on (lower-case component names), for change-set grouping. */
export type LinksOf = (x: Component | Service) => string[];

const site = { doc: 'sbom' } as const;

/**
 * Raw differences from the diff of the registered SBOM against the current one: components added,
 * removed or changed (with role, bump size and aspects), the described product's own non-version
 * changes, and services added, removed or changed. Values are normalised, so JSON and XML agree.
 */
export function sbomDifferences(
  diff: SbomDiff,
  roleOf: RoleOf,
  linksOf: LinksOf = () => [],
  options: {
    /** Also report the subject's (metadata.component's) version and hash: for two SBOMs compared on
     *  their own; a product's manifest already compares its firmware and hardware versions. */
    subjectVersion?: boolean;
  } = {},
): Difference[] {
  const out: Difference[] = [];
  for (const c of diff.added) {
    out.push(
      difference({
        kind: 'sbom.component.added',
        category: 'sbom',
        change: 'added',
        subject: componentSubject(c),
        to: c.version ?? '(no version)',
        roles: roleOf(c),
        componentType: c.type,
        name: c.name.toLowerCase(),
        links: linksOf(c),
        site: at(c),
      }),
    );
  }
  for (const c of diff.removed) {
    out.push(
      difference({
        kind: 'sbom.component.removed',
        category: 'sbom',
        change: 'removed',
        subject: componentSubject(c),
        from: c.version ?? '(no version)',
        roles: roleOf(c),
        componentType: c.type,
        name: c.name.toLowerCase(),
        links: linksOf(c),
        site,
      }),
    );
  }
  for (const ch of diff.changed) out.push(componentChanged(ch, roleOf, linksOf));
  // The described product's version is the firmware or hardware version the manifest already compares;
  // only its other facts (supplier, properties such as cdx:device:*) are differences of their own.
  if (diff.root.status === 'changed') {
    const ch = diff.root.change;
    const aspects = options.subjectVersion
      ? [...ch.aspects]
      : ch.aspects.filter((a) => !a.startsWith('version-') && a !== 'hash-changed');
    if (aspects.length > 0) {
      out.push(
        difference({
          kind: 'sbom.product.changed',
          category: 'sbom',
          change: 'changed',
          subject: componentSubject(ch.after),
          from: state(ch, 'before', options.subjectVersion === true),
          to: state(ch, 'after', options.subjectVersion === true),
          aspects,
          ...(options.subjectVersion ? { bump: versionBump(ch.before.version, ch.after.version) } : {}),
          roles: roleOf(ch.after),
          componentType: ch.after.type,
          matchedBy: 'root',
          site,
        }),
      );
    }
  }
  for (const s of diff.services.added) {
    out.push(
      difference({
        kind: 'sbom.service.added',
        category: 'service',
        change: 'added',
        subject: serviceSubject(s),
        to: serviceState(s),
        aspects: serviceAspects(s),
        name: s.name.toLowerCase(),
        links: linksOf(s),
        site: at(s),
      }),
    );
  }
  for (const s of diff.services.removed) {
    out.push(
      difference({
        kind: 'sbom.service.removed',
        category: 'service',
        change: 'removed',
        subject: serviceSubject(s),
        from: serviceState(s),
        name: s.name.toLowerCase(),
        links: linksOf(s),
        site,
      }),
    );
  }
  for (const ch of diff.services.changed) out.push(serviceChanged(ch, linksOf));
  return out;
}

function componentChanged(ch: ComponentChange, roleOf: RoleOf, linksOf: LinksOf): Difference {
  const versionChanged = ch.aspects.some((a) => a.startsWith('version-'));
  const aspects: string[] = [...ch.aspects];
  if (!versionChanged) aspects.push('same-version');
  return difference({
    kind: 'sbom.component.changed',
    category: 'sbom',
    change: 'changed',
    subject: componentSubject(ch.after),
    from: state(ch, 'before', true),
    to: state(ch, 'after', true),
    roles: [...roleOf(ch.before), ...roleOf(ch.after)],
    aspects,
    bump: versionBump(ch.before.version, ch.after.version),
    componentType: ch.after.type,
    matchedBy: ch.matchedBy,
    name: ch.after.name.toLowerCase(),
    links: linksOf(ch.after),
    site: at(ch.after),
  });
}

/** The current SBOM entry of a component or service, for its line. */
function at(x: Component | Service): Difference['site'] {
  return {
    doc: 'sbom',
    entry: {
      name: x.name,
      ...(x.bomRef !== undefined ? { bomRef: x.bomRef } : {}),
      ...('purl' in x && x.purl !== undefined ? { purl: x.purl } : {}),
    },
  };
}

/**
 * One side of a component change as text: the version first, then whatever else changed. A hash is
 * shown only when the version did not change (a rebuild); with a new version a new hash is expected.
 */
function state(ch: ComponentChange, side: 'before' | 'after', withVersion: boolean): string {
  const c = ch[side];
  const parts: string[] = [];
  const versionChanged = ch.aspects.some((a) => a.startsWith('version-'));
  if (withVersion) parts.push(c.version ?? '(no version)');
  if (ch.aspects.includes('type-changed')) parts.push(`type=${c.type}`);
  if (ch.hashes && !versionChanged) {
    for (const alg of [...ch.hashes.changed, ...ch.hashes[side === 'before' ? 'removed' : 'added']].sort()) {
      const h = c.hashes
        .filter((x) => x.alg === alg)
        .map((x) => x.content)
        .join(',');
      if (h) parts.push(`${alg}:${h}`);
    }
  }
  for (const s of ch.supplier ?? []) {
    const v = s[side];
    parts.push(`${s.field}=${v ?? '(none)'}`);
  }
  if (ch.properties) {
    const names = [...ch.properties.added, ...ch.properties.removed, ...ch.properties.changed].sort();
    for (const name of names) {
      const values = c.properties.filter((p) => p.name === name).map((p) => p.value);
      parts.push(`${name}=${values.length > 0 ? values.join(',') : '(none)'}`);
    }
  }
  return parts.join('; ');
}

/** A component's stable name: the purl without version when it has one, else CPE vendor:product, else its name. */
export function componentSubject(c: Component): string {
  const display = c.group ? `${c.group}/${c.name}` : c.name;
  const purl = c.purl === undefined ? undefined : parsePurl(c.purl);
  if (purl) return `${display} (${purlKey(purl)})`;
  const cpe = c.cpe === undefined ? undefined : cpeKey(c.cpe);
  if (cpe) return `${display} (cpe:${cpe})`;
  return `${display} (${c.type})`;
}

function serviceSubject(s: Service): string {
  return s.group ? `${s.group}/${s.name}` : s.name;
}

function serviceState(s: Service): string {
  return [
    `endpoints=${s.endpoints.length > 0 ? s.endpoints.join(',') : '(none)'}`,
    `authenticated=${s.authenticated ?? '(unset)'}`,
    `x-trust-boundary=${s.trustBoundary ?? '(unset)'}`,
    ...(s.version ? [`version=${s.version}`] : []),
    ...(s.provider ? [`provider=${s.provider}`] : []),
  ].join(' ');
}

function serviceAspects(s: Service): string[] {
  const out: string[] = [];
  if (s.authenticated === true) out.push('authenticated');
  if (s.authenticated === false) out.push('unauthenticated');
  if (s.trustBoundary === true) out.push('trust-boundary');
  return out;
}

function serviceChanged(ch: ServiceChange, linksOf: LinksOf): Difference {
  return difference({
    kind: 'sbom.service.changed',
    category: 'service',
    change: 'changed',
    subject: serviceSubject(ch.after),
    from: serviceState(ch.before),
    to: serviceState(ch.after),
    aspects: [...ch.aspects, ...serviceAspects(ch.after)],
    name: ch.after.name.toLowerCase(),
    links: linksOf(ch.after),
    site: at(ch.after),
  });
}
