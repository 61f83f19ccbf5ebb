/**
 * Pull-request reviews: who approved, and at which commit. Read only to verify the approvers named on
 * waivers and classification overrides (see docs/approvals.md).
 */
import type { Octokit } from '@octokit/rest';
import { GitHubApiError, withClassifiedErrors } from './errors.js';
import type { RepoRef } from './repo.js';

/** One submitted review, as far as approvals need it. */
export interface PullRequestReview {
  /** Login of the reviewer (null for a deleted account). */
  user: string | null;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  state: string;
  /** The head commit the review was given on (null when that commit is gone). */
  commitId: string | null;
}

/** Every review of a pull request, oldest first (GitHub's order). */
export async function listPullRequestReviews(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
): Promise<PullRequestReview[]> {
  const what = `list the reviews of pull request #${number}`;
  const raw = await withClassifiedErrors(what, () =>
    octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 }),
  );
  return raw.map((r: unknown, i) => toReview(r, `${what}: review ${i + 1}`));
}

/** Check the fields used; a missing one is a clear error naming the request, never a TypeError later. */
function toReview(raw: unknown, where: string): PullRequestReview {
  const r = raw as { user?: { login?: unknown } | null; state?: unknown; commit_id?: unknown } | null;
  const login = r?.user === null ? null : r?.user?.login;
  if (typeof r?.state !== 'string' || (login !== null && typeof login !== 'string')) {
    const message = `${where}: the answer lacks 'state' or 'user.login'`;
    throw new GitHubApiError(
      { kind: 'other', status: 200, apiMessage: message, userMessage: message },
      where,
      undefined,
    );
  }
  const commitId = typeof r.commit_id === 'string' ? r.commit_id : null;
  return { user: login ?? null, state: r.state, commitId };
}
