// The Nodes every figure is taken on: the one running the bench, the project's (Node 24, the action's
// runtime, installed from npm) and any other major version on PATH (here the system's Node 20).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every Node to measure on: this one, the project's (Node 24) and any other major version on PATH. */
export function nodes(): { path: string; version: string }[] {
  const found = [{ path: process.execPath, version: process.version }];
  const onPath = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'node'));
  for (const path of [join(root, 'node_modules', '.bin', 'node'), ...onPath]) {
    if (!existsSync(path)) continue;
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
    if (!found.some((n) => n.version.split('.')[0] === version.split('.')[0])) found.push({ path, version });
  }
  return found;
}
