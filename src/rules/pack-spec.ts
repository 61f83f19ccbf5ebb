import type { PackSpec } from './types.js';

/** The packs shipped with labelguard, found by the shell at `<dist or repo root>/rules/<name>/`. */
export const builtinPacks = ['cn-ccl', 'etsi-en-303-645'] as const;

/** A `.labelguard.yml` `packs:` entry as a spec: `./path` (or `../`, `/`) is a folder, anything else a name. */
export function packSpec(entry: string): PackSpec {
  return /^(\.{1,2}\/|\/)/.test(entry) ? { path: entry } : { name: entry };
}
