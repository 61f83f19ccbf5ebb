import { git, resolveCommit } from './run.js';

/**
 * Paths changed between the merge base of `base` and `head`, and `head` (what a pull request changes),
 * relative to `cwd` and limited to it (as a folder inside the repository may be the compliance
 * repository). Needs enough history for the merge base (fetch-depth: 0).
 */
export async function changedPaths(cwd: string, base: string, head: string): Promise<string[]> {
  // Full commit ids (what events carry) need no lookup; names (branches, HEAD~1) are resolved first.
  const full = (rev: string) => (/^[0-9a-f]{40}$/.test(rev) ? rev : resolveCommit(cwd, rev));
  const [b, h] = await Promise.all([full(base), full(head)]);
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
