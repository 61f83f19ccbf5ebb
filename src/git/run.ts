import { execFile } from 'node:child_process';
import { UsageError } from '../core/errors.js';

/** Run git in `cwd` and return stdout; failures become errors that carry git's own message. */
export function git(cwd: string, args: string[], maxBuffer = 512 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd, encoding: 'buffer', maxBuffer },
      (err, stdout, stderr) => {
        if (err) reject(new GitError(args, stderr.toString('utf8').trim() || err.message));
        else resolve(stdout);
      },
    );
  });
}

/** git refused or failed; `stderr` is git's message. */
export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')}: ${stderr}`);
  }
}

/** Resolve a revision to a commit id, or explain how to make it available. */
export async function resolveCommit(cwd: string, rev: string): Promise<string> {
  if (rev.startsWith('-')) throw new UsageError(`'${rev}' is not a revision`);
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]))
      .toString()
      .trim();
  } catch {
    const shallow = await isShallow(cwd).catch(() => false);
    throw new UsageError(`revision '${rev}' is not in the git repository at ${cwd}`, [
      shallow
        ? 'The clone is shallow: check out with `fetch-depth: 0` (actions/checkout) or fetch the base revision.'
        : 'Fetch the revision first, or check the name (branch, tag or commit).',
    ]);
  }
}

/** Whether the repository is a shallow clone (history may be missing). */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).toString().trim() === 'true';
}
