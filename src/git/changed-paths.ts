import { git, resolveCommit } from './run.js';

/**
 * Paths changed between the merge base of `base` and `head`, and `head` (what a pull request changes),
 * relative to `cwd` and limited to it (as a folder inside the repository may be the compliance
 * repository). Needs enough history for the merge base (fetch-depth: 0).
 */
export async function changedPaths(cwd: string, base: string, head: string): Promise<string[]> {
  const [b, h] = await Promise.all([resolveCommit(cwd, base), resolveCommit(cwd, head)]);
  const out = await git(cwd, ['diff', '--name-status', '-z', '--no-renames', '--relative', `${b}...${h}`]);
  const fields = out
    .toString('utf8')
    .split('\0')
    .filter((s) => s !== '');
  const paths = new Set<string>();
  for (let i = 0; i < fields.length; i += 2) {
    const path = fields[i + 1];
    if (path !== undefined) paths.add(path);
  }
  return [...paths].sort();
}
