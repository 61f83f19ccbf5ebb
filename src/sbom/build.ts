// Format-independent half of the reader: the JSON and XML front ends say how to read one node,
// this file walks the trees (iteratively, with a depth budget) and assembles the Inventory.
import { keyHash } from './identity.js';
import { HINTS, problem } from './problems.js';
import type {
  Component,
  Dependency,
  Inventory,
  SbomFormat,
  SbomProblem,
  Service,
  SpecVersion,
} from './types.js';

/** How a front end exposes one tree (components or services) of its own node type. */
export interface TreeAccess<N, T> {
  /** The normalised item for one node; `path` is shared by siblings and must not be mutated. */
  read(node: N, path: string[]): T;
  children(node: N): readonly N[];
}

/** Sets an optional field only when it has a value, so absent fields stay absent (not undefined). */
export function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

const NO_PATH: string[] = [];

class TooDeepError extends Error {}

/**
 * Pre-order walk with an explicit stack, so a hostile document nested 10,000 deep costs a clear
 * error instead of a stack overflow. Depth 1 is the top-level list.
 */
function walk<N, T extends { name: string }>(
  roots: readonly N[],
  access: TreeAccess<N, T>,
  rootPath: string[],
  maxDepth: number,
  out: T[],
): void {
  const stack: { list: readonly N[]; i: number; path: string[]; depth: number }[] = [
    { list: roots, i: 0, path: rootPath, depth: 1 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i >= frame.list.length) {
      stack.pop();
      continue;
    }
    const node = frame.list[frame.i++]!;
    const item = access.read(node, frame.path);
    out.push(item);
    const kids = access.children(node);
    if (kids.length > 0) {
      if (frame.depth >= maxDepth) throw new TooDeepError();
      stack.push({ list: kids, i: 0, path: [...frame.path, item.name], depth: frame.depth + 1 });
    }
  }
}

export interface RawDocument<C, S> {
  specVersion: SpecVersion;
  format: SbomFormat;
  root: C | undefined;
  manufacturer: string | undefined;
  supplier: string | undefined;
  components: readonly C[];
  services: readonly S[];
  dependencies: Dependency[];
}

/** Turns a front end's raw document into an Inventory, collecting warnings along the way. */
export function buildInventory<C, S>(
  doc: RawDocument<C, S>,
  components: TreeAccess<C, Component>,
  services: TreeAccess<S, Service>,
  file: string,
  maxDepth: number,
): { ok: true; sbom: Inventory; warnings: SbomProblem[] } | { ok: false; problems: SbomProblem[] } {
  const warnings: SbomProblem[] = [];
  let root: Component | undefined;
  const list: Component[] = [];
  const serviceList: Service[] = [];
  try {
    if (doc.root !== undefined) {
      root = components.read(doc.root, NO_PATH);
      walk(components.children(doc.root), components, [root.name], maxDepth, list);
    }
    walk(doc.components, components, NO_PATH, maxDepth, list);
    walk(doc.services, services, NO_PATH, maxDepth, serviceList);
  } catch (err) {
    if (!(err instanceof TooDeepError)) throw err;
    return {
      ok: false,
      problems: [
        problem(file, `components or services are nested more than ${maxDepth} levels deep`, HINTS.depth),
      ],
    };
  }

  // One pass over the components for every check: a 50,000-component SBOM is far bigger than the
  // CPU caches, and each further pass would fetch every component from memory again.
  let noType = root?.type === '' ? 1 : 0;
  let noName = root?.name === '' ? 1 : 0;
  const repeatsRoot = root === undefined ? undefined : rootRepeat(root);
  let kept: Component[] | undefined; // the components without root repeats, once one is found
  let cryptoAssetCount = 0;
  const refs: string[] = [];
  if (root?.bomRef !== undefined) refs.push(root.bomRef);
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c.type === '') noType++;
    if (c.name === '') noName++;
    if (repeatsRoot?.(c) === true) {
      kept ??= list.slice(0, i);
      continue;
    }
    kept?.push(c);
    if (c.bomRef !== undefined) refs.push(c.bomRef);
    if (c.type === 'cryptographic-asset') cryptoAssetCount++;
  }
  for (const s of serviceList) if (s.bomRef !== undefined) refs.push(s.bomRef);

  if (noType > 0) warnings.push(problem(file, `${noType} component(s) have no type`, HINTS.content));
  if (noName > 0) warnings.push(problem(file, `${noName} component(s) have no name`, HINTS.content));
  if (kept !== undefined) {
    warnings.push(
      problem(
        file,
        `top-level component "${root!.name}" repeats metadata.component; it is treated as the described product, not as a part`,
        HINTS.content,
      ),
    );
  }
  const dups = repeated(refs);
  if (dups.length > 0) {
    const shown = dups.slice(0, 5).map((r) => JSON.stringify(r));
    const more = dups.length > 5 ? ` and ${dups.length - 5} more` : '';
    warnings.push(problem(file, `duplicate bom-ref ${shown.join(', ')}${more}`, HINTS.duplicateRef));
  }
  const components_ = kept ?? list;

  const metadata: Inventory['metadata'] = {};
  if (root !== undefined) metadata.component = root;
  if (doc.manufacturer !== undefined) metadata.manufacturer = doc.manufacturer;
  if (doc.supplier !== undefined) metadata.supplier = doc.supplier;

  return {
    ok: true,
    sbom: {
      specVersion: doc.specVersion,
      format: doc.format,
      metadata,
      components: components_,
      services: serviceList,
      dependencies: doc.dependencies,
      cryptoAssetCount,
    },
    warnings,
  };
}

// Some generators (notably older XML ones) repeat the described product as a top-level component;
// it is the root, not a part, or every diff against a BOM without the repeat would show it added.
function rootRepeat(root: Component): (c: Component) => boolean {
  const hasPurl = root.purl !== undefined;
  return (c) => {
    if (c.path.length > 0) return false;
    if (root.bomRef !== undefined && c.bomRef === root.bomRef) return true;
    if (hasPurl && c.purl === root.purl) return true;
    return (
      !hasPurl &&
      c.purl === undefined &&
      c.type === root.type &&
      c.name === root.name &&
      c.group === root.group &&
      c.version === root.version
    );
  };
}

/**
 * The values present more than once, in the order their first repeat appears, found with an
 * open-addressing table over FNV-1a hashes: a Set of 100,000 freshly parsed strings costs more
 * (V8 hashes each one and rehashes the table on the heap as it grows).
 */
function repeated(values: readonly string[]): string[] {
  let size = 16;
  while (size < values.length * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1); // → index of the first value with that slot's key
  const hashes = new Int32Array(values.length);
  const reported = new Uint8Array(values.length);
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const h = keyHash(value);
    hashes[i] = h;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const first = table[slot]!;
      if (first === -1) {
        table[slot] = i;
        break;
      }
      if (hashes[first] === h && values[first] === value) {
        if (reported[first] === 0) {
          reported[first] = 1;
          out.push(value);
        }
        break;
      }
    }
  }
  return out;
}
