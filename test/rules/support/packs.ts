// Real pack folders read from disk, as the shell does: the built-in packs under rules/, or any folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadRulePacks,
  type LoadOptions,
  type LoadResult,
  type PackSource,
  type PackSpec,
} from '../../../src/rules/index.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const builtinDir = join(repoRoot, 'rules');

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** A pack folder on disk as a PackSource. */
export function folderSource(dir: string, root: string): PackSource {
  return { root, files: listFiles(dir), read: (rel) => readFileSync(join(dir, rel), 'utf8') };
}

/** Opens built-in packs by name from rules/, and `./path` specs relative to `base`. */
export function opener(base = repoRoot): (spec: PackSpec) => PackSource | undefined {
  return (spec) => {
    if ('name' in spec) {
      const dir = join(builtinDir, spec.name);
      try {
        statSync(join(dir, 'pack.yaml'));
      } catch {
        return undefined;
      }
      return folderSource(dir, `rules/${spec.name}`);
    }
    return folderSource(join(base, spec.path), spec.path);
  };
}

/** Load the built-in packs from the repository's rules/ folder. */
export function loadBuiltin(options: LoadOptions = {}, names = ['cn-ccl', 'etsi-en-303-645']): LoadResult {
  return loadRulePacks(
    names.map((name) => ({ name })),
    opener(),
    options,
  );
}

/** A pack held in memory, for loader tests: file name → text. */
export function memorySource(root: string, files: Record<string, string>): PackSource {
  return { root, files: Object.keys(files).sort(), read: (rel) => files[rel] };
}

/** The files of a built-in pack as a name → text map, to derive variants of it in memory. */
export function builtinFiles(name: string): Record<string, string> {
  const source = folderSource(join(builtinDir, name), `rules/${name}`);
  return Object.fromEntries(source.files.map((f) => [f, source.read(f)!]));
}
