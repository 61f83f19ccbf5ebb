import * as core from '@actions/core';
import { fetchCommit } from '../git/fetch.js';
import { listPullRequestReviews, type GitHubClient, type RepoRef } from '../github/index.js';
import { configAt } from '../pipeline/base-config.js';
import { approvingReviewers, type ApprovalContext, type ReviewEvidence } from '../rules/index.js';

/**
 * What approvals of new waivers and overrides are judged against on a pull request: the configuration at
 * its base, and its approving reviews. A review list that cannot be read is said so in the report
 * ("could not be verified"), never taken as approved.
 */
export async function pullRequestApprovals(
  dir: string,
  pr: { number: number; base: string; head: string },
  /** The revision holding the pull request's files: its head, or the checked-out merge commit. */
  headRev: string,
  api: { octokit: GitHubClient; repo: RepoRef } | undefined,
  configPath: string | undefined,
): Promise<ApprovalContext> {
  const base = (await fetchCommit(dir, pr.base)) ? await configAt(dir, pr.base, configPath) : undefined;
  const head = await configAt(dir, headRev, configPath);
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
  return { base, head, reviews };
}
