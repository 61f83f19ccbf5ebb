import { statSync } from 'node:fs';
import { resolve } from 'node:path';
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
