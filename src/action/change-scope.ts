import { changedPaths } from '../git/changed-paths.js';
import type { GitHubClient, RepoRef } from '../github/index.js';
import { UsageError } from '../core/errors.js';

/** Which paths a change touched, and how that was found out (for the job summary). */
export interface ChangeScope {
  changed: string[];
  via: 'git' | 'api';
}

/**
 * The paths a pull request or merge group changes: from git when the history is there (fetch-depth: 0),
 * else from the GitHub API; when neither can tell for sure, fail closed — never pass a change unseen.
 */
export async function resolveChangeScope(
  dir: string,
  change: { base: string; head: string; pullNumber?: number },
  api: { octokit: GitHubClient; repo: RepoRef } | undefined,
): Promise<ChangeScope> {
  try {
    // One `git diff base...head`: it fails when a commit or the merge base is missing (shallow clone).
    return { changed: await changedPaths(dir, change.base, change.head), via: 'git' };
  } catch {
    // Not enough history: ask the API below.
  }
  const howToFix = 'Check out with `fetch-depth: 0` (actions/checkout) so labelguard can use git.';
  if (!api) {
    throw new UsageError(
      'cannot tell which files this change touches: the clone lacks the history and there is no token for the API',
      [howToFix],
    );
  }
  // Loaded only here: a run that reads the change from git does not load the GitHub client.
  const { compareCommits, listPullRequestFiles } = await import('../github/index.js');
  if (change.pullNumber !== undefined) {
    const files = await listPullRequestFiles(api.octokit, api.repo, change.pullNumber);
    if (!files.complete) {
      throw new UsageError(
        `pull request #${change.pullNumber} changes ${files.changedFiles} files, more than the API lists (${files.files.length})`,
        [howToFix],
      );
    }
    return { changed: uniquePaths(files.files), via: 'api' };
  }
  const cmp = await compareCommits(api.octokit, api.repo, change.base, change.head);
  if (cmp.filesMayBeTruncated) {
    throw new UsageError(`the change ${change.base}...${change.head} is larger than the compare API lists`, [
      howToFix,
    ]);
  }
  return { changed: uniquePaths(cmp.files), via: 'api' };
}

function uniquePaths(files: { filename: string; previousFilename?: string }[]): string[] {
  return [
    ...new Set(files.flatMap((f) => (f.previousFilename ? [f.filename, f.previousFilename] : [f.filename]))),
  ].sort();
}
