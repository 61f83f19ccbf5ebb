import { git } from './run.js';

/** Whether the commit's objects are in the local repository. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false;
  try {
    await git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetch one commit's objects (no checkout, no tags, no submodules): how a `pull_request_target` run,
 * which checks out the base branch, reads the pull request's data files without running its code.
 */
export async function fetchCommit(cwd: string, sha: string, remote = 'origin'): Promise<boolean> {
  if (await hasCommit(cwd, sha)) return true;
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) return false;
  try {
    await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, sha]);
  } catch {
    return false;
  }
  return hasCommit(cwd, sha);
}
