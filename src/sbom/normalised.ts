// The normalised SBOM: a canonical CycloneDX 1.6 JSON rendering of an Inventory, used as evidence
// and hashed into a digest. Same inventory → byte-identical text, on every machine:
//   - every bom-ref is explicit (purl, else a content key), so the library never invents random ones;
//   - no timestamp, no serial number;
//   - every list is re-sorted by code unit after serialisation, because the library's sortLists
//     uses localeCompare, whose order can depend on the host's ICU locale.
// Fields the library's models cannot carry (component manufacturer and cryptoProperties, CPEs it
// would reject, service endpoints/authenticated/x-trust-boundary, metadata.manufacturer) are
// written into the serialised JSON afterwards; they are native CycloneDX 1.6 fields, so the output
// stays plain CycloneDX and readSbom reads them back.
import { createHash } from 'node:crypto';
import { ComponentType } from '@cyclonedx/cyclonedx-library/Enums';
import {
  Bom,
  Component as CdxComponent,
  LicenseExpression,
  LicenseRepository,
  Metadata,
  NamedLicense,
  OrganizationalEntity,
  Property as CdxProperty,
  PropertyRepository,
  Service as CdxService,
  SpdxLicense,
} from '@cyclonedx/cyclonedx-library/Models';
import { JSON as CdxJson, JsonSerializer } from '@cyclonedx/cyclonedx-library/Serialize';
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec';
import { compareStrings, componentSortKey, serviceSortKey, sortByKey } from './normalise.js';
import { spdxIds } from './schemas.js';
import type { Component, CryptoProperties, Inventory, Service } from './types.js';

type Json = Record<string, unknown>;

/** Canonical CycloneDX 1.6 JSON for an inventory: 2-space indent, trailing newline, deterministic. */
export function serialiseNormalised(inv: Inventory): string {
  const { bom, patches } = toModel(inv);
  const serializer = new JsonSerializer(new CdxJson.Normalize.Factory(Spec1dot6));
  const doc = JSON.parse(serializer.serialize(bom, { sortLists: true })) as Json;
  for (const o of nodes(doc)) {
    const ref = o['bom-ref'];
    if (typeof ref === 'string') patches.get(ref)?.(o);
  }
  if (inv.metadata.manufacturer !== undefined) {
    (doc.metadata as Json).manufacturer = { name: inv.metadata.manufacturer };
  }
  canonicalOrder(doc);
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Model-building state: new bom-refs, models by new ref, and original ref → new ref. */
interface Context {
  refs: RefAllocator;
  byRef: Map<string, CdxComponent | CdxService>;
  originalRefs: Map<string, string>;
  patches: Map<string, (o: Json) => void>;
}

function toModel(inv: Inventory): { bom: Bom; patches: Context['patches'] } {
  const ctx: Context = {
    refs: new RefAllocator(),
    byRef: new Map(),
    originalRefs: new Map(),
    patches: new Map(),
  };
  const root = inv.metadata.component;
  const rootModel = root === undefined ? undefined : addComponent(ctx, root);
  const components = placeComponents(ctx, sortByKey([...inv.components], componentSortKey), root, rootModel);
  const services = placeServices(ctx, sortByKey([...inv.services], serviceSortKey));
  linkDependencies(ctx, inv.dependencies);

  const supplier = inv.metadata.supplier;
  const bom = new Bom({
    metadata: new Metadata({
      component: rootModel,
      supplier: supplier === undefined ? undefined : new OrganizationalEntity({ name: supplier }),
    }),
  });
  for (const m of components) bom.components.add(m);
  for (const m of services) bom.services.add(m);
  return { bom, patches: ctx.patches };
}

function remember(
  ctx: Context,
  original: string | undefined,
  ref: string,
  model: CdxComponent | CdxService,
): void {
  ctx.byRef.set(ref, model);
  if (original !== undefined && !ctx.originalRefs.has(original)) ctx.originalRefs.set(original, ref);
}

function addComponent(ctx: Context, c: Component): CdxComponent {
  const ref = ctx.refs.allocate(c.purl ?? componentKey(c));
  const model = componentModel(c, ref);
  remember(ctx, c.bomRef, ref, model);
  ctx.patches.set(ref, (o) => patchComponent(o, c));
  return model;
}

// Nesting is rebuilt from each entry's path of parent names; when a name is ambiguous the first parent
// in sort order wins, and a path that names no entry leaves it at top level. `outsideParent` names a
// parent that is not in the list (the root component). Returns the top-level models.
function nest<T extends { path: string[]; name: string }, M>(
  placed: readonly [T, M][],
  addChild: (parent: M, child: M) => void,
  outsideParent: (entry: T) => M | undefined = () => undefined,
): M[] {
  const byPath = new Map<string, M>();
  for (const [entry, model] of placed) {
    const key = [...entry.path, entry.name].join('\u0000');
    if (!byPath.has(key)) byPath.set(key, model);
  }
  const topLevel: M[] = [];
  for (const [entry, model] of placed) {
    const parent =
      entry.path.length === 0 ? undefined : (outsideParent(entry) ?? byPath.get(entry.path.join('\u0000')));
    if (parent === undefined) topLevel.push(model);
    else addChild(parent, model);
  }
  return topLevel;
}

function placeComponents(
  ctx: Context,
  components: Component[],
  root: Component | undefined,
  rootModel: CdxComponent | undefined,
): CdxComponent[] {
  const placed = components.map((c): [Component, CdxComponent] => [c, addComponent(ctx, c)]);
  return nest(
    placed,
    (parent, child) => parent.components.add(child),
    (c) => (c.path.length === 1 && root !== undefined && c.path[0] === root.name ? rootModel : undefined),
  );
}

function placeServices(ctx: Context, services: Service[]): CdxService[] {
  const placed = services.map((s): [Service, CdxService] => {
    const group = s.group === undefined ? '' : `${s.group}/`;
    const ref = ctx.refs.allocate(
      `service:${group}${s.name}${s.version === undefined ? '' : `@${s.version}`}`,
    );
    const model = new CdxService(s.name, {
      bomRef: ref,
      group: s.group,
      version: s.version,
      provider: s.provider === undefined ? undefined : new OrganizationalEntity({ name: s.provider }),
    });
    remember(ctx, s.bomRef, ref, model);
    ctx.patches.set(ref, (o) => patchService(o, s));
    return [s, model];
  });
  return nest(placed, (parent, child) => parent.services.add(child));
}

// Dependencies name the source document's refs; translate them, dropping refs that name nothing.
function linkDependencies(ctx: Context, dependencies: Inventory['dependencies']): void {
  for (const d of dependencies) {
    const from = ctx.byRef.get(ctx.originalRefs.get(d.ref) ?? '\u0000');
    if (from === undefined) continue;
    for (const target of d.dependsOn) {
      const to = ctx.byRef.get(ctx.originalRefs.get(target) ?? '\u0000');
      if (to !== undefined && to !== from) from.dependencies.add(to.bomRef);
    }
  }
}

/** 'sha256:' + hex SHA-256 of serialiseNormalised(inv). */
export function sbomDigest(inv: Inventory): string {
  return normalisedDigest(serialiseNormalised(inv));
}

/** The digest of an already normalised SBOM text (what {@link serialiseNormalised} gave). */
export function normalisedDigest(normalised: string): string {
  return `sha256:${createHash('sha256').update(normalised, 'utf8').digest('hex')}`;
}

/** Hands out unique bom-refs in call order; collisions get `#2`, `#3`, … */
class RefAllocator {
  readonly #used = new Set<string>();
  allocate(wanted: string): string {
    let ref = wanted === '' ? 'component' : wanted;
    for (let n = 2; this.#used.has(ref); n++) ref = `${wanted}#${n}`;
    this.#used.add(ref);
    return ref;
  }
}

function componentKey(c: Component): string {
  return `${c.type || 'component'}:${c.group === undefined ? '' : `${c.group}/`}${c.name}${c.version === undefined ? '' : `@${c.version}`}`;
}

const SUPPORTED_TYPES = new Set<string>(
  Object.values(ComponentType).filter((t) => Spec1dot6.supportsComponentType(t)),
);

function componentModel(c: Component, ref: string): CdxComponent {
  // Unknown types would make the library drop the component; the real type is patched in later.
  const type = (SUPPORTED_TYPES.has(c.type) ? c.type : ComponentType.Library) as ComponentType;
  const properties = new PropertyRepository();
  for (const p of c.properties) properties.add(new CdxProperty(p.name, p.value));
  return new CdxComponent(type, c.name, {
    bomRef: ref,
    group: c.group,
    version: c.version,
    purl: c.purl,
    publisher: c.publisher,
    supplier: c.supplier === undefined ? undefined : new OrganizationalEntity({ name: c.supplier }),
    licenses: licenseModels(c.licenses),
    properties,
  });
}

function licenseModels(licenses: string[]): LicenseRepository {
  const repo = new LicenseRepository();
  // CycloneDX allows one expression, or any number of named/SPDX licences, not a mix.
  if (licenses.length === 1 && /\s(AND|OR|WITH)\s|[()]/.test(licenses[0]!)) {
    repo.add(new LicenseExpression(licenses[0]!));
    return repo;
  }
  for (const l of licenses) repo.add(spdxIds().has(l) ? new SpdxLicense(l) : new NamedLicense(l));
  return repo;
}

function patchComponent(o: Json, c: Component): void {
  o.type = c.type;
  if (c.cpe !== undefined) o.cpe = c.cpe;
  if (c.hashes.length > 0) o.hashes = c.hashes.map((h) => ({ alg: h.alg, content: h.content }));
  if (c.manufacturer !== undefined) o.manufacturer = { name: c.manufacturer };
  if (c.cryptoProperties !== undefined) o.cryptoProperties = cryptoJson(c.cryptoProperties);
}

function patchService(o: Json, s: Service): void {
  if (s.endpoints.length > 0) o.endpoints = [...s.endpoints];
  if (s.authenticated !== undefined) o.authenticated = s.authenticated;
  if (s.trustBoundary !== undefined) o['x-trust-boundary'] = s.trustBoundary;
}

function asNumberIfInteger(v: string): string | number {
  return /^(0|[1-9]\d{0,14})$/.test(v) ? Number(v) : v;
}

function cryptoJson(c: CryptoProperties): Json {
  const out: Json = { assetType: c.assetType };
  if (c.algorithm !== undefined) {
    const { cryptoFunctions, classicalSecurityLevel, nistQuantumSecurityLevel, ...rest } = c.algorithm;
    const alg: Json = { ...rest };
    if (cryptoFunctions.length > 0) alg.cryptoFunctions = [...cryptoFunctions];
    // The schema types these two as integers; the inventory keeps every value as a string.
    if (classicalSecurityLevel !== undefined)
      alg.classicalSecurityLevel = asNumberIfInteger(classicalSecurityLevel);
    if (nistQuantumSecurityLevel !== undefined)
      alg.nistQuantumSecurityLevel = asNumberIfInteger(nistQuantumSecurityLevel);
    out.algorithmProperties = alg;
  }
  if (c.protocol !== undefined) {
    const proto: Json = {};
    if (c.protocol.type !== undefined) proto.type = c.protocol.type;
    if (c.protocol.version !== undefined) proto.version = c.protocol.version;
    if (c.protocol.cipherSuites.length > 0)
      proto.cipherSuites = c.protocol.cipherSuites.map((name) => ({ name }));
    out.protocolProperties = proto;
  }
  if (c.oid !== undefined) out.oid = c.oid;
  return out;
}

/** Every component and service object in the document, breadth first (no recursion). */
function nodes(doc: Json): Json[] {
  const queue: Json[] = [];
  const add = (v: unknown) => {
    for (const x of asArray(v)) if (typeof x === 'object' && x !== null) queue.push(x as Json);
  };
  const root = (doc.metadata as Json | undefined)?.component;
  if (root !== undefined) add([root]);
  add(doc.components);
  add(doc.services);
  for (let i = 0; i < queue.length; i++) {
    add(queue[i]!.components);
    add(queue[i]!.services);
  }
  return queue;
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function licenseText(l: unknown): string {
  const o = l as { license?: { id?: string; name?: string }; expression?: string };
  return o.expression ?? o.license?.id ?? o.license?.name ?? '';
}

/** Re-sorts every list of the document by code unit (see the file comment). */
function canonicalOrder(doc: Json): void {
  const byRef = (a: unknown, b: unknown) =>
    compareStrings(String((a as Json)['bom-ref']), String((b as Json)['bom-ref']));
  const sortNode = (o: Json) => {
    if (Array.isArray(o.components)) (o.components as Json[]).sort(byRef);
    if (Array.isArray(o.services)) (o.services as Json[]).sort(byRef);
    if (Array.isArray(o.properties)) {
      (o.properties as { name: string; value: string }[]).sort(
        (a, b) => compareStrings(a.name, b.name) || compareStrings(a.value, b.value),
      );
    }
    if (Array.isArray(o.licenses))
      (o.licenses as unknown[]).sort((a, b) => compareStrings(licenseText(a), licenseText(b)));
  };
  sortNode(doc);
  for (const o of nodes(doc)) sortNode(o);
  if (Array.isArray(doc.dependencies)) {
    const deps = doc.dependencies as { ref: string; dependsOn?: string[] }[];
    for (const d of deps) d.dependsOn?.sort(compareStrings);
    deps.sort((a, b) => compareStrings(a.ref, b.ref));
  }
}
