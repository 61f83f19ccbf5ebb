// Format-independent half of the reader: the JSON and XML front ends say how to read one node,
// this file walks the trees (iteratively, with a depth budget) and assembles the Inventory.
import { ComponentChecks } from './checks.js';
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
  add: (item: T) => void,
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
    add(item);
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
  let checks: ComponentChecks;
  const serviceList: Service[] = [];
  try {
    const root = doc.root === undefined ? undefined : components.read(doc.root, NO_PATH);
    checks = new ComponentChecks(root);
    const add = (c: Component) => checks.add(c);
    if (root !== undefined) walk(components.children(doc.root!), components, [root.name], maxDepth, add);
    walk(doc.components, components, NO_PATH, maxDepth, add);
    walk(doc.services, services, NO_PATH, maxDepth, (s) => {
      serviceList.push(s);
      if (s.bomRef !== undefined) checks.addRef(s.bomRef);
    });
  } catch (err) {
    if (!(err instanceof TooDeepError)) throw err;
    return {
      ok: false,
      problems: [
        problem(file, `components or services are nested more than ${maxDepth} levels deep`, HINTS.depth),
      ],
    };
  }
  const root = checks.root;

  if (checks.noType > 0)
    warnings.push(problem(file, `${checks.noType} component(s) have no type`, HINTS.content));
  if (checks.noName > 0)
    warnings.push(problem(file, `${checks.noName} component(s) have no name`, HINTS.content));
  if (checks.kept !== undefined) {
    warnings.push(
      problem(
        file,
        `top-level component "${root!.name}" repeats metadata.component; it is treated as the described product, not as a part`,
        HINTS.content,
      ),
    );
  }
  const dups = checks.repeatedRefs();
  if (dups.length > 0) {
    const shown = dups.slice(0, 5).map((r) => JSON.stringify(r));
    const more = dups.length > 5 ? ` and ${dups.length - 5} more` : '';
    warnings.push(problem(file, `duplicate bom-ref ${shown.join(', ')}${more}`, HINTS.duplicateRef));
  }

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
      components: checks.components(),
      services: serviceList,
      dependencies: doc.dependencies,
      cryptoAssetCount: checks.cryptoAssetCount,
    },
    warnings,
  };
}
