import * as core from '#actions-core';
import { fetchCommit } from '../git/fetch.js';
import { listPullRequestReviews, type GitHubClient, type RepoRef } from '../github/index.js';
import { approvingReviewers, type ReviewEvidence } from '../rules/index.js';

/**
 * What approvals of new waivers and overrides are judged against on a pull request: its approving reviews,
 * and the configuration at its base, which the check reads once the base commit is in the clone. A review
 * list that cannot be read is said so in the report ("could not be verified"), never taken as approved.
 */
export async function pullRequestApprovals(
  dir: string,
  pr: { number: number; base: string; head: string },
  api: { octokit: GitHubClient; repo: RepoRef } | undefined,
): Promise<{ reviews: ReviewEvidence }> {
  // The check reads the base's configuration from git: a shallow clone may not hold the base commit yet.
  await fetchCommit(dir, pr.base);
  let reviews: ReviewEvidence;
  if (!api) {
    reviews = { unavailable: 'no token to read the pull request reviews (pass `token`)' };
  } else {
    try {
      const list = await listPullRequestReviews(api.octokit, api.repo, pr.number);
      reviews = { approvals: approvingReviewers(list), head: pr.head };
    } catch (e) {
      core.info(`labelguard: could not read the reviews of #${pr.number}: ${(e as Error).message}`);
      reviews = { unavailable: `the reviews API failed (${(e as Error).message})` };
    }
  }
  return { reviews };
}
