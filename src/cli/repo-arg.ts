import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';

/** Resolve --repo to an existing directory, or fail as a usage error. */
export function repoDir(cwd: string, value: string | undefined): string {
  const dir = resolve(cwd, value ?? '.');
  let ok: boolean;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok)
    throw new UsageError(`repository '${value ?? '.'}' does not exist or is not a directory`, [
      'Pass --repo <path to your compliance repository>.',
    ]);
  return dir;
}

/**
 * The compliance repository a product folder belongs to, when --repo is not given: the nearest folder at
 * or above `start` that holds a .labelguard.yml (or .yaml) or .git; undefined when there is none.
 */
export function findRepoRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    for (const marker of ['.labelguard.yml', '.labelguard.yaml', '.git']) {
      try {
        readFileSync(join(dir, marker));
        return dir;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EISDIR') return dir;
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
