// The reader's checks on its components (no type, no name, root repeats, duplicate bom-refs, crypto
// assets), made on each component as the tree walk reads it. A separate pass after the walk fetched
// every component and its bom-ref from memory again: 2 × 50,000 components are far bigger than the
// CPU caches, and that pass plus hashing the bom-refs took 40-45 ms of the 50k bench on Node 24.
import { keyHash } from './identity.js';
import type { Component } from './types.js';

/** Counts and lists of one inventory's components, filled by {@link ComponentChecks.add}. */
export class ComponentChecks {
  noType: number;
  noName: number;
  cryptoAssetCount = 0;
  /** Every component read, root repeats included. */
  readonly all: Component[] = [];
  /** The components without root repeats, once one is found (until then, `all`). */
  kept: Component[] | undefined;
  /** bom-refs of the root, the kept components and the services, in that order, with their keyHash. */
  readonly refs: string[] = [];
  readonly refHashes: number[] = [];
  readonly #repeatsRoot: ((c: Component) => boolean) | undefined;

  constructor(readonly root: Component | undefined) {
    this.noType = root?.type === '' ? 1 : 0;
    this.noName = root?.name === '' ? 1 : 0;
    this.#repeatsRoot = root === undefined ? undefined : rootRepeat(root);
    if (root?.bomRef !== undefined) this.addRef(root.bomRef);
  }

  add(c: Component): void {
    this.all.push(c);
    if (c.type === '') this.noType++;
    if (c.name === '') this.noName++;
    if (this.#repeatsRoot?.(c) === true) {
      this.kept ??= this.all.slice(0, -1);
      return;
    }
    this.kept?.push(c);
    if (c.bomRef !== undefined) this.addRef(c.bomRef);
    if (c.type === 'cryptographic-asset') this.cryptoAssetCount++;
  }

  addRef(ref: string): void {
    this.refs.push(ref);
    this.refHashes.push(keyHash(ref));
  }

  /** The components of the inventory: all but root repeats. */
  components(): Component[] {
    return this.kept ?? this.all;
  }

  /** The bom-refs present more than once, in the order their first repeat appears. */
  repeatedRefs(): string[] {
    return repeated(this.refs, this.refHashes);
  }
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
 * open-addressing table over their hashes (`hashes[i]` is keyHash of `values[i]`): a Set of
 * 100,000 freshly parsed strings costs more (V8 hashes each one and rehashes the table as it grows).
 */
function repeated(values: readonly string[], hashes: readonly number[]): string[] {
  let size = 16;
  while (size < values.length * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1); // → index of the first value with that slot's key
  const reported = new Uint8Array(values.length);
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const h = hashes[i]!;
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
