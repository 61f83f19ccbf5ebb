// ARCHITECTURE.md is the picture a newcomer reads: its folder table must list exactly the folders of src/
// that hold code, each in the layer eslint.config.mjs enforces for it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: the ESLint config is plain JavaScript without types
import { layers } from '../../eslint.config.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

/** Every folder under src/ that holds TypeScript, as `a` or `a/b`. */
function codeFolders(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (dir !== src && entries.some((e) => e.isFile() && e.name.endsWith('.ts'))) {
      out.push(relative(src, dir).split(sep).join('/'));
    }
    for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
  };
  walk(src);
  return out.sort();
}

/** The rows of ARCHITECTURE.md's folder table: folder → layer. */
function documented(): Map<string, string> {
  const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const m of text.matchAll(/^\| `src\/([^`]+)\/` +\| ([a-z]+) +\|/gm)) rows.set(m[1]!, m[2]!);
  return rows;
}

describe('ARCHITECTURE.md', () => {
  test('lists every folder of src/ and no folder that is not there', () => {
    const rows = documented();
    const actual = codeFolders();
    expect(actual.length).toBeGreaterThan(15);
    const missing = actual.filter((f) => !rows.has(f));
    const absent = [...rows.keys()].filter((f) => !actual.includes(f));
    expect(missing, 'folders of src/ missing from ARCHITECTURE.md').toEqual([]);
    expect(absent, 'folders in ARCHITECTURE.md that src/ does not have').toEqual([]);
  });

  test('gives each folder the layer the lint enforces', () => {
    const enforced = new Map<string, string>();
    for (const layer of layers as { name: string; folders: string[] }[]) {
      for (const folder of layer.folders) enforced.set(folder, layer.name);
    }
    expect(Object.fromEntries(documented())).toEqual(Object.fromEntries(enforced));
  });
});
