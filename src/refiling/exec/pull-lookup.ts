/**
 * Reading refiling pull requests back. The reads are src/github's (`listPullRequestsByHead`,
 * `listPullRequests`); what is refiling's own is which of them count: opened by the token's identity,
 * from a branch of this repository under the refiling prefix, carrying valid hidden metadata.
 */
import type { Octokit } from '@octokit/rest';
import {
  isOwnLogin,
  listPullRequests,
  listPullRequestsByHead,
  type OwnIdentity,
  type PullRequestSummary,
  type RepoRef,
} from '../../github/index.js';
import { parseMetadata, type RefilingMetadata } from '../index.js';

/** A pull request as the refiling flow sees it. */
export interface RefilingPullRequest extends PullRequestSummary {
  /** True when the author is the token's own identity. */
  own: boolean;
  /** The hidden refiling metadata, when the body carries valid metadata. */
  metadata?: RefilingMetadata;
}

/** Every pull request (open and closed) whose head is `branch` in this repository, newest first. */
export async function listBranchPullRequests(
  octokit: Octokit,
  repo: RepoRef,
  branch: string,
  identity: OwnIdentity,
): Promise<RefilingPullRequest[]> {
  const pulls = await listPullRequestsByHead(octokit, repo, { head: branch, state: 'all' });
  return pulls.map((p) => asRefilingPullRequest(p, identity));
}

/** Options of {@link listRefilingPullRequests}. */
export interface ListRefilingOptions {
  identity: OwnIdentity;
  /** The refiling branch prefix, e.g. `labelguard/refile`. */
  branchPrefix: string;
  /** Only pull requests into this branch; all target branches when absent. */
  target?: string;
}

/**
 * The open refiling pull requests labelguard itself opened: author is the identity, head branch under
 * the prefix, valid hidden metadata. One paged read; pass the result to `syncRefiling` and
 * `closeStaleRefilings` to save a lookup per product, and its metadata to `stableFilingId`.
 */
export async function listRefilingPullRequests(
  octokit: Octokit,
  repo: RepoRef,
  options: ListRefilingOptions,
): Promise<RefilingPullRequest[]> {
  const pulls = await listPullRequests(octokit, repo, {
    state: 'open',
    ...(options.target !== undefined && { base: options.target }),
  });
  return refilingPullRequestsAmong(pulls, repo, options);
}

/** Which of these pull requests are labelguard's refiling pull requests (see {@link listRefilingPullRequests}), oldest first. */
export function refilingPullRequestsAmong(
  pulls: readonly PullRequestSummary[],
  repo: RepoRef,
  options: ListRefilingOptions,
): RefilingPullRequest[] {
  const prefix = `${options.branchPrefix.replace(/\/+$/, '')}/`;
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  return pulls
    .map((p) => asRefilingPullRequest(p, options.identity))
    .filter(
      (p) =>
        p.own &&
        p.metadata !== undefined &&
        p.headRef.startsWith(prefix) &&
        p.headRepo?.toLowerCase() === fullName &&
        (options.target === undefined || p.baseRef === options.target),
    )
    .sort((a, b) => a.number - b.number);
}

/** A pull request with whether the identity opened it and its refiling metadata. */
export function asRefilingPullRequest(pull: PullRequestSummary, identity: OwnIdentity): RefilingPullRequest {
  const metadata = parseMetadata(pull.body);
  return {
    ...pull,
    own: isOwnLogin(identity, pull.author),
    ...(metadata && { metadata }),
  };
}
