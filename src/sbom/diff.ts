// Field-level diff of two inventories. Fields a side's spec version cannot carry (properties before
// 1.3, component manufacturer before 1.6) are not compared, so re-emitting the same product at a
// newer spec version is not reported as a change.
import { parsePurl, purlKey } from './identity.js';
import { matchEach, type MatchedBy } from './match.js';
import { compareStrings, componentSortKey, serviceSortKey, sortByKey } from './normalise.js';
import { compareVersions, versionSchemeFor } from './version-order.js';
import type { PropertyFilter } from './noise.js';
import type { Component, Hash, Inventory, Property, Service, SpecVersion } from './types.js';

export type ChangeAspect =
  | 'version-up'
  | 'version-down'
  | 'version-changed'
  | 'hash-changed'
  | 'supplier-changed'
  | 'properties-changed'
  | 'type-changed';

export interface ComponentChange {
  before: Component;
  after: Component;
  /** How the pair was found; 'root' for the two metadata.component entries. */
  matchedBy: MatchedBy | 'root';
  aspects: ChangeAspect[];
  /** Set with 'hash-changed': algorithms whose digest differs, or listed on one side only. */
  hashes?: { changed: string[]; added: string[]; removed: string[] };
  /** Set with 'supplier-changed'. */
  supplier?: { field: 'supplier' | 'manufacturer' | 'publisher'; before?: string; after?: string }[];
  /** Set with 'properties-changed': property names. */
  properties?: { added: string[]; removed: string[]; changed: string[] };
}

export type ServiceAspect =
  | 'version-changed'
  | 'endpoints-changed'
  | 'authentication-changed'
  | 'trust-boundary-changed'
  | 'provider-changed';

export interface ServiceChange {
  before: Service;
  after: Service;
  aspects: ServiceAspect[];
  /** Set with 'endpoints-changed'. */
  endpoints?: { added: string[]; removed: string[] };
}

/** The described product (metadata.component) is compared on its own: a release always changes it. */
export type RootDiff =
  | { status: 'absent' }
  | { status: 'unchanged'; before: Component; after: Component }
  | { status: 'changed'; change: ComponentChange }
  | { status: 'added'; after: Component }
  | { status: 'removed'; before: Component };

export interface SbomDiff {
  root: RootDiff;
  added: Component[];
  removed: Component[];
  changed: ComponentChange[];
  services: { added: Service[]; removed: Service[]; changed: ServiceChange[] };
}

interface Capabilities {
  properties: boolean;
  manufacturer: boolean;
  /** Properties that describe the build, not the product (see noise.ts), left out. */
  noise?: PropertyFilter;
}

function atLeast(v: SpecVersion, min: SpecVersion): boolean {
  return Number(v.slice(2)) >= Number(min.slice(2));
}

function capabilities(a: Inventory, b: Inventory): Capabilities {
  return {
    properties: atLeast(a.specVersion, '1.3') && atLeast(b.specVersion, '1.3'),
    manufacturer: atLeast(a.specVersion, '1.6') && atLeast(b.specVersion, '1.6'),
  };
}

/** Diffs two inventories; all lists are sorted by a content key, so output is deterministic. */
export function diffSboms(
  before: Inventory,
  after: Inventory,
  options: { noise?: PropertyFilter } = {},
): SbomDiff {
  const caps: Capabilities = {
    ...capabilities(before, after),
    ...(options.noise ? { noise: options.noise } : {}),
  };
  const roots = alignRoots(before, after);
  const changed: ComponentChange[] = [];
  const matched = matchEach(roots.beforeComponents, roots.afterComponents, (b, a, matchedBy) => {
    const change = compareComponents(b, a, matchedBy, caps);
    if (change !== undefined) changed.push(change);
  });

  return {
    root: rootDiff(roots.before, roots.after, caps),
    added: sortByKey(matched.added, componentSortKey),
    removed: sortByKey(matched.removed, componentSortKey),
    changed: sortByKey(changed, (c) => `${componentSortKey(c.after)}\u0002${componentSortKey(c.before)}`),
    services: diffServices(before.services, after.services),
  };
}

/** True when the diff reports nothing at all. */
export function isEmptyDiff(d: SbomDiff): boolean {
  return (
    (d.root.status === 'absent' || d.root.status === 'unchanged') &&
    d.added.length === 0 &&
    d.removed.length === 0 &&
    d.changed.length === 0 &&
    d.services.added.length === 0 &&
    d.services.removed.length === 0 &&
    d.services.changed.length === 0
  );
}

// Older BOMs sometimes list the product as a top-level component and leave metadata.component
// empty; when only one side has a root, adopt the other side's matching top-level component.
function alignRoots(before: Inventory, after: Inventory) {
  let b = before.metadata.component;
  let a = after.metadata.component;
  let beforeComponents = before.components;
  let afterComponents = after.components;
  if (b !== undefined && a === undefined) {
    const i = findRootLike(b, afterComponents);
    if (i !== -1) {
      a = afterComponents[i];
      afterComponents = afterComponents.filter((_, k) => k !== i);
    }
  } else if (a !== undefined && b === undefined) {
    const i = findRootLike(a, beforeComponents);
    if (i !== -1) {
      b = beforeComponents[i];
      beforeComponents = beforeComponents.filter((_, k) => k !== i);
    }
  }
  return { before: b, after: a, beforeComponents, afterComponents };
}

// Several candidates (the product listed twice) resolve by content, never by document order.
function findRootLike(root: Component, list: readonly Component[]): number {
  const rootPurl = root.purl === undefined ? undefined : parsePurl(root.purl);
  const rootKey = rootPurl === undefined ? undefined : purlKey(rootPurl);
  let best = -1;
  let bestKey = '';
  list.forEach((c, i) => {
    if (c.path.length > 0) return;
    let like: boolean;
    if (rootKey !== undefined && c.purl !== undefined) {
      const p = parsePurl(c.purl);
      like = p !== undefined && purlKey(p) === rootKey;
    } else {
      like = c.type === root.type && c.name === root.name && c.group === root.group;
    }
    if (!like) return;
    const key = componentSortKey(c);
    if (best === -1 || key < bestKey) {
      best = i;
      bestKey = key;
    }
  });
  return best;
}

function rootDiff(before: Component | undefined, after: Component | undefined, caps: Capabilities): RootDiff {
  if (before === undefined && after === undefined) return { status: 'absent' };
  if (before === undefined) return { status: 'added', after: after! };
  if (after === undefined) return { status: 'removed', before };
  const change = compareComponents(before, after, 'root', caps);
  return change === undefined ? { status: 'unchanged', before, after } : { status: 'changed', change };
}

function compareComponents(
  before: Component,
  after: Component,
  matchedBy: ComponentChange['matchedBy'],
  caps: Capabilities,
): ComponentChange | undefined {
  if (unchanged(before, after, caps)) return undefined;
  const aspects: ChangeAspect[] = [];
  const change: ComponentChange = { before, after, matchedBy, aspects };

  if (before.version !== after.version) aspects.push(versionAspect(before, after));
  if (before.type !== after.type) aspects.push('type-changed');

  const hashes = compareHashes(before.hashes, after.hashes);
  if (hashes !== undefined) {
    aspects.push('hash-changed');
    change.hashes = hashes;
  }

  const supplier: NonNullable<ComponentChange['supplier']> = [];
  const fields = caps.manufacturer
    ? (['supplier', 'manufacturer', 'publisher'] as const)
    : (['supplier', 'publisher'] as const);
  for (const field of fields) {
    if (before[field] !== after[field]) {
      const entry: (typeof supplier)[number] = { field };
      if (before[field] !== undefined) entry.before = before[field];
      if (after[field] !== undefined) entry.after = after[field];
      supplier.push(entry);
    }
  }
  if (supplier.length > 0) {
    aspects.push('supplier-changed');
    change.supplier = supplier;
  }

  if (caps.properties) {
    const props = compareProperties(before.properties, after.properties, caps.noise);
    if (props !== undefined) {
      aspects.push('properties-changed');
      change.properties = props;
    }
  }
  return aspects.length > 0 ? change : undefined;
}

// Allocation-free check for the common case (most pairs are identical), same rules as below.
function unchanged(b: Component, a: Component, caps: Capabilities): boolean {
  if (
    b.version !== a.version ||
    b.type !== a.type ||
    b.supplier !== a.supplier ||
    b.publisher !== a.publisher
  )
    return false;
  if (caps.manufacturer && b.manufacturer !== a.manufacturer) return false;
  if (b.hashes.length > 0 && a.hashes.length > 0 && !sameList(b.hashes, a.hashes, sameHash)) {
    return false;
  }
  if (!caps.properties) return true;
  if (caps.noise) return compareProperties(b.properties, a.properties, caps.noise) === undefined;
  return sameList(b.properties, a.properties, sameProperty);
}

// Made once, not as arrows in every call of unchanged (one per matched pair; 50,000 in the 50k bench).
const sameHash = (x: Hash, y: Hash) => x.alg === y.alg && x.content === y.content;
const sameProperty = (x: Property, y: Property) => x.name === y.name && x.value === y.value;

function sameList<T>(x: readonly T[], y: readonly T[], eq: (a: T, b: T) => boolean): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!eq(x[i]!, y[i]!)) return false;
  return true;
}

function versionAspect(before: Component, after: Component): ChangeAspect {
  if (before.version === undefined || after.version === undefined) return 'version-changed';
  const type =
    (after.purl === undefined ? undefined : parsePurl(after.purl)?.type) ??
    (before.purl === undefined ? undefined : parsePurl(before.purl)?.type);
  const c = compareVersions(before.version, after.version, versionSchemeFor(type));
  return c === -1 ? 'version-up' : c === 1 ? 'version-down' : 'version-changed';
}

function digestsByAlg(hashes: Hash[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const h of hashes) m.set(h.alg, m.has(h.alg) ? `${m.get(h.alg)},${h.content}` : h.content);
  return m;
}

/** The keys only `after` has, only `before` has, and both have with other values; each in map order. */
function keyDifferences(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): { added: string[]; removed: string[]; changed: string[] } {
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [key, value] of before) {
    const other = after.get(key);
    if (other === undefined) removed.push(key);
    else if (other !== value) changed.push(key);
  }
  const added = [...after.keys()].filter((key) => !before.has(key));
  return { added, removed, changed };
}

// Only comparable when both sides list hashes: a generator that omits them proves nothing.
function compareHashes(before: Hash[], after: Hash[]): ComponentChange['hashes'] {
  if (before.length === 0 || after.length === 0) return undefined;
  if (sameList(before, after, sameHash)) return undefined;
  const b = digestsByAlg(before);
  const { added, removed, changed } = keyDifferences(b, digestsByAlg(after));
  const common = b.size - removed.length;
  // Extra algorithms alongside matching ones are not a content change; a swap of algorithms with
  // nothing in common can no longer vouch for the content, so it counts.
  if (changed.length === 0 && common > 0) return undefined;
  return { changed, added, removed };
}

function valuesByName(props: Property[], noise: PropertyFilter | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of props)
    if (!noise?.(p.name, p.value))
      m.set(p.name, m.has(p.name) ? `${m.get(p.name)}\u0000${p.value}` : p.value);
  return m;
}

function compareProperties(
  before: Property[],
  after: Property[],
  noise?: PropertyFilter,
): ComponentChange['properties'] {
  if (before.length === 0 && after.length === 0) return undefined;
  const { added, removed, changed } = keyDifferences(valuesByName(before, noise), valuesByName(after, noise));
  if (added.length + removed.length + changed.length === 0) return undefined;
  return {
    added: added.sort(compareStrings),
    removed: removed.sort(compareStrings),
    changed: changed.sort(compareStrings),
  };
}

function diffServices(before: Service[], after: Service[]): SbomDiff['services'] {
  const key = (s: Service) => `${s.group ?? ''}\u0000${s.name}`;
  const pool = new Map<string, Service[]>();
  for (const s of sortByKey([...after], serviceSortKey)) {
    const list = pool.get(key(s));
    if (list === undefined) pool.set(key(s), [s]);
    else list.push(s);
  }
  const removed: Service[] = [];
  const changed: ServiceChange[] = [];
  for (const s of sortByKey([...before], serviceSortKey)) {
    const other = pool.get(key(s))?.shift();
    if (other === undefined) {
      removed.push(s);
      continue;
    }
    const change = compareServices(s, other);
    if (change !== undefined) changed.push(change);
  }
  const added = [...pool.values()].flat();
  return {
    added: sortByKey(added, serviceSortKey),
    removed,
    changed,
  };
}

function compareServices(before: Service, after: Service): ServiceChange | undefined {
  const aspects: ServiceAspect[] = [];
  const change: ServiceChange = { before, after, aspects };
  if (before.version !== after.version) aspects.push('version-changed');
  if (before.provider !== after.provider) aspects.push('provider-changed');
  if (before.authenticated !== after.authenticated) aspects.push('authentication-changed');
  if (before.trustBoundary !== after.trustBoundary) aspects.push('trust-boundary-changed');
  const added = after.endpoints.filter((e) => !before.endpoints.includes(e));
  const removed = before.endpoints.filter((e) => !after.endpoints.includes(e));
  if (added.length + removed.length > 0) {
    aspects.push('endpoints-changed');
    change.endpoints = { added, removed };
  }
  return aspects.length > 0 ? change : undefined;
}
