/**
 * The refiling executor: makes GitHub match the plans, one pull request per product and target branch.
 *
 * - Found again by branch name and hidden metadata, and only when our own identity opened it.
 * - Created when needed; labels, reviewers and assignees are applied on creation only.
 * - Regenerated from the target head as one commit through the Git Data API (so GitHub signs it), never
 *   rebased, and only when the metadata digest says its inputs changed: an unchanged product costs one read.
 * - Never overwrites a person's commits: it comments once (a sticky comment) and reports `blocked`.
 * - "Closed means ignore" (as in Renovate): a pull request a person closed without merging is not opened
 *   again for the same fingerprints; a new fingerprint opens a new pull request (GitHub refuses to reopen
 *   one whose branch was force-pushed since it was closed, and a new one starts a clean conversation).
 * - Races and half-done runs converge: "Reference already exists" and "A pull request already exists"
 *   are answered by reading again, and a branch pushed without its pull request gets one on the next run.
 * - Every failure becomes a `failed` result with GitHub's classified message; nothing throws.
 */
import type { Octokit } from '@octokit/rest';
import {
  GitHubApiError,
  PULL_REQUEST_ALREADY_EXISTS,
  addAssignees,
  addLabels,
  apiMessageOf,
  commitChanges,
  createComment,
  createPullRequest,
  deleteBranch,
  findForeignCommits,
  hasStatus,
  isOwnLogin,
  requestReviewers,
  toGitHubApiError,
  updatePullRequest,
  upsertStickyComment,
  type CommitChangesInput,
  type CommitResult,
  type OwnIdentity,
  type RepoRef,
} from '../../github/index.js';
import { MAX_BODY_CHARS } from '../../markdown/limits.js';
import {
  DEFAULT_BRANCH_PREFIX,
  replaceMetadata,
  type RefilingLog,
  type RefilingPlan,
  type RefilingResult,
  type RefilingTarget,
} from '../index.js';
import {
  BLOCKED_COMMENT_KEY,
  blockedComment,
  ignoredReason,
  obsoleteComment,
  supersededIn,
  supersedesLine,
} from './messages.js';
import { listBranchPullRequests, listRefilingPullRequests, type RefilingPullRequest } from './pull-lookup.js';

/** What {@link syncRefiling} works on. */
export interface SyncRefilingInput {
  octokit: Octokit;
  repo: RepoRef;
  /** The token's identity (`resolveOwnIdentity`): only its pull requests and commits are labelguard's. */
  identity: OwnIdentity;
  target: RefilingTarget;
  plans: readonly RefilingPlan[];
  /** Open refiling pull requests from `listRefilingPullRequests`; saves one lookup per product that has one. */
  openRefilingPrs?: readonly RefilingPullRequest[];
  /** `refiling.max_open`: no new refiling pull request while this many are open. */
  maxOpen?: number;
  log?: RefilingLog;
}

/** What {@link closeStaleRefilings} works on. */
export interface CloseStaleInput {
  octokit: Octokit;
  repo: RepoRef;
  identity: OwnIdentity;
  target: RefilingTarget;
  /** `refiling.branch_prefix` (default `labelguard/refile`). */
  branchPrefix?: string;
  /** Products that still need a refiling on the target; every other refiling pull request is closed. */
  productIdsStillNeeding: readonly string[];
  openRefilingPrs?: readonly RefilingPullRequest[];
  log?: RefilingLog;
}

const silent: RefilingLog = { debug: () => {}, info: () => {}, warn: () => {} };

/** Create, update or leave alone the refiling pull request of every plan; one result per plan, in order. */
export async function syncRefiling(input: SyncRefilingInput): Promise<RefilingResult[]> {
  const log = input.log ?? silent;
  const budget = new OpenBudget(input);
  const results: RefilingResult[] = [];
  for (const plan of input.plans) {
    const result = await syncOne(input, plan, budget);
    const detail = result.reason ? `: ${result.reason}` : '';
    const where = result.number !== undefined ? ` #${result.number}` : '';
    const line = `refiling ${plan.productId} → ${plan.base}: ${result.operation}${where}${detail}`;
    if (result.operation === 'failed' || result.operation === 'blocked') log.warn(line);
    else log.info(line);
    for (const w of result.warnings ?? []) log.warn(`refiling ${plan.productId}: ${w}`);
    results.push(result);
  }
  return results;
}

/**
 * Close, with a comment, every open refiling pull request into the target whose product no longer needs
 * one, and delete its branch unless someone else committed to it.
 */
export async function closeStaleRefilings(input: CloseStaleInput): Promise<RefilingResult[]> {
  const log = input.log ?? silent;
  const { octokit, repo, identity, target } = input;
  const still = new Set(input.productIdsStillNeeding);
  let open: readonly RefilingPullRequest[];
  try {
    open =
      input.openRefilingPrs ??
      (await listRefilingPullRequests(octokit, repo, {
        identity,
        branchPrefix: input.branchPrefix ?? DEFAULT_BRANCH_PREFIX,
        target: target.branch,
      }));
  } catch (error) {
    const failure = failedResult('(all products)', error, undefined);
    log.warn(`refiling: could not list the open refiling pull requests: ${failure.reason ?? ''}`);
    return [failure];
  }
  const stale = open.filter(
    (p) =>
      p.state === 'open' &&
      p.own &&
      p.metadata !== undefined &&
      p.metadata.target === target.branch &&
      p.baseRef === target.branch &&
      !still.has(p.metadata.product),
  );
  const results: RefilingResult[] = [];
  for (const pr of stale) {
    const productId = pr.metadata?.product ?? '';
    try {
      const foreign = await findForeignCommits(octokit, repo, {
        base: target.sha,
        head: pr.headSha,
        identity,
      });
      const deleteIt = foreign.length === 0;
      await createComment(octokit, repo, pr.number, obsoleteComment(target.branch, deleteIt, foreign));
      const body = pr.metadata ? replaceMetadata(pr.body, { ...pr.metadata, closed: 'obsolete' }) : pr.body;
      await updatePullRequest(octokit, repo, pr.number, {
        state: 'closed',
        ...(body.length <= MAX_BODY_CHARS && { body }),
      });
      if (deleteIt) await deleteBranch(octokit, repo, pr.headRef);
      log.info(`refiling ${productId} → ${target.branch}: closed #${pr.number} (no longer needed)`);
      results.push({
        productId,
        operation: 'closed',
        number: pr.number,
        url: pr.url,
        branch: pr.headRef,
        reason: deleteIt
          ? 'the product no longer needs a refiling; the branch was deleted'
          : 'the product no longer needs a refiling; the branch was kept because it carries commits by others',
      });
    } catch (error) {
      const failure = failedResult(productId, error, pr);
      log.warn(
        `refiling ${productId} → ${target.branch}: failed to close #${pr.number}: ${failure.reason ?? ''}`,
      );
      results.push(failure);
    }
  }
  return results;
}

/** How many more refiling pull requests may be opened under `max_open`; counted once, lazily. */
class OpenBudget {
  private open: number | undefined;
  constructor(private readonly input: SyncRefilingInput) {}

  /** Undefined when there is room; otherwise why not. */
  async refusal(plan: RefilingPlan): Promise<string | undefined> {
    const max = this.input.maxOpen;
    if (max === undefined) return undefined;
    this.open ??= (
      this.input.openRefilingPrs ??
      (await listRefilingPullRequests(this.input.octokit, this.input.repo, {
        identity: this.input.identity,
        branchPrefix: plan.branchPrefix,
      }))
    ).filter((p) => p.state === 'open' && p.own).length;
    return this.open >= max
      ? `${this.open} refiling pull requests are open and refiling.max_open is ${max}; merge or close one, or raise max_open`
      : undefined;
  }

  opened(): void {
    if (this.open !== undefined) this.open++;
  }
}

async function syncOne(
  input: SyncRefilingInput,
  plan: RefilingPlan,
  budget: OpenBudget,
): Promise<RefilingResult> {
  const { octokit, repo, identity, target } = input;
  const base: RefilingResult = { productId: plan.productId, operation: 'failed', branch: plan.branch };
  if (plan.base !== target.branch || plan.metadata.target !== target.branch) {
    return {
      ...base,
      reason: `the plan was made for target branch ${plan.base}, not ${target.branch}; plan it again for this target`,
    };
  }
  let stage: 'lookup' | 'commit' | 'pull-request' = 'lookup';
  let committed: CommitResult | undefined;
  try {
    const known = input.openRefilingPrs?.find((p) => p.state === 'open' && p.headRef === plan.branch);
    const pulls = known ? [known] : await listBranchPullRequests(octokit, repo, plan.branch, identity);
    const open = pulls.find((p) => p.state === 'open');

    if (open) {
      if (!isOurs(open, plan)) return foreignPullRequest(base, open, identity);
      if (open.metadata?.digest === plan.metadata.digest) {
        return {
          ...base,
          operation: 'unchanged',
          number: open.number,
          url: open.url,
          commitSha: open.headSha,
        };
      }
      // A replacement keeps saying which pull request it replaced.
      const body = withSupersedes(plan.body, supersededIn(open.body));
      if (open.metadata?.files === plan.metadata.files) {
        // Only the title or the text changed: the branch already holds these files.
        await updatePullRequest(octokit, repo, open.number, { title: plan.title, body });
        return { ...base, operation: 'updated', number: open.number, url: open.url, commitSha: open.headSha };
      }
      stage = 'commit';
      // The files digest differs, so the branch cannot already hold these files: skip that check, and
      // start from the head the listing reported (checked again before the branch moves).
      committed = await commit(octokit, repo, identity, target, plan, {
        knownToDiffer: true,
        expectedHeadSha: open.headSha,
      });
      if (committed.operation === 'blocked') {
        await upsertStickyComment(octokit, repo, {
          issueNumber: open.number,
          key: BLOCKED_COMMENT_KEY,
          identity,
          body: blockedComment(plan.branch, target.branch, committed.foreignCommits ?? []),
        });
        return {
          ...base,
          operation: 'blocked',
          number: open.number,
          url: open.url,
          ...(committed.commitSha !== undefined && { commitSha: committed.commitSha }),
          reason: committed.reason ?? 'the branch carries commits by others',
        };
      }
      if (committed.operation === 'no-diff') {
        return closeObsolete(input, plan, open, base);
      }
      stage = 'pull-request';
      await updatePullRequest(octokit, repo, open.number, { title: plan.title, body });
      return {
        ...base,
        operation: 'updated',
        number: open.number,
        url: open.url,
        ...(committed.commitSha !== undefined && { commitSha: committed.commitSha }),
      };
    }

    // No open pull request. One a person closed without merging means "ignore these changes".
    const closedByPerson = pulls.filter(
      (p) => p.state === 'closed' && !p.merged && isOurs(p, plan) && p.metadata?.closed === undefined,
    );
    const ignored = new Set(closedByPerson.flatMap((p) => p.metadata?.fingerprints ?? []));
    const newest = closedByPerson[0];
    if (newest && plan.metadata.fingerprints.every((f) => ignored.has(f))) {
      return {
        ...base,
        operation: 'unchanged',
        number: newest.number,
        url: newest.url,
        reason: ignoredReason(newest.number),
      };
    }
    const refusal = await budget.refusal(plan);
    if (refusal) return { ...base, operation: 'blocked', reason: refusal };

    stage = 'commit';
    committed = await commit(octokit, repo, identity, target, plan);
    if (committed.operation === 'blocked') {
      return {
        ...base,
        operation: 'blocked',
        ...(committed.commitSha !== undefined && { commitSha: committed.commitSha }),
        reason:
          `${committed.reason ?? 'the branch carries commits by others'}. There is no open pull request to ` +
          `comment on: open one from ${plan.branch} yourself, or delete the branch so that labelguard can regenerate it`,
      };
    }
    if (committed.operation === 'no-diff') {
      return {
        ...base,
        operation: 'unchanged',
        reason: `${target.branch} already contains every file of this refiling`,
      };
    }

    stage = 'pull-request';
    const body = withSupersedes(plan.body, newest?.number);
    return await openPullRequest(input, plan, body, committed, base, budget);
  } catch (error) {
    const failure = failedResult(plan.productId, error, undefined);
    const progress =
      stage === 'pull-request' && committed?.commitSha
        ? ` The branch ${plan.branch} holds the refiling commit ${committed.commitSha.slice(0, 12)}; the next run completes the pull request.`
        : '';
    return { ...base, ...failure, branch: plan.branch, reason: `${failure.reason ?? ''}${progress}` };
  }
}

function commit(
  octokit: Octokit,
  repo: RepoRef,
  identity: OwnIdentity,
  target: RefilingTarget,
  plan: RefilingPlan,
  hints: Pick<CommitChangesInput, 'knownToDiffer' | 'expectedHeadSha'> = {},
): Promise<CommitResult> {
  return commitChanges(octokit, repo, {
    branch: plan.branch,
    parentSha: target.sha,
    message: plan.commitMessage,
    changes: plan.files.map((f) => ({ path: f.path, content: f.content })),
    identity,
    ...hints,
  });
}

/** Open the pull request; a parallel run that opened it first is found again and brought up to date. */
async function openPullRequest(
  input: SyncRefilingInput,
  plan: RefilingPlan,
  body: string,
  committed: CommitResult,
  base: RefilingResult,
  budget: OpenBudget,
): Promise<RefilingResult> {
  const { octokit, repo, identity } = input;
  const commitSha = committed.commitSha !== undefined ? { commitSha: committed.commitSha } : {};
  let created;
  try {
    created = await createPullRequest(octokit, repo, {
      head: plan.branch,
      base: plan.base,
      title: plan.title,
      body,
      draft: plan.draft,
    });
  } catch (error) {
    if (!(hasStatus(error, 422) && PULL_REQUEST_ALREADY_EXISTS.test(apiMessageOf(error)))) throw error;
    const again = (await listBranchPullRequests(octokit, repo, plan.branch, identity)).find(
      (p) => p.state === 'open',
    );
    if (!again) throw error;
    if (!isOurs(again, plan)) return foreignPullRequest(base, again, identity);
    if (again.metadata?.digest === plan.metadata.digest) {
      return { ...base, operation: 'unchanged', number: again.number, url: again.url, ...commitSha };
    }
    await updatePullRequest(octokit, repo, again.number, { title: plan.title, body: plan.body });
    return { ...base, operation: 'updated', number: again.number, url: again.url, ...commitSha };
  }
  budget.opened();

  // Decorations are best effort: a reviewer who is not a collaborator must not undo the pull request.
  const warnings: string[] = [];
  const attempt = async (what: string, step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      warnings.push(
        `could not ${what} on #${created.number}: ${toGitHubApiError(error, what).info.userMessage}`,
      );
    }
  };
  await attempt('add labels', () => addLabels(octokit, repo, created.number, plan.labels));
  // GitHub refuses a review request from the pull request's own author.
  const reviewers = plan.reviewers.filter((r) => !isOwnLogin(identity, r));
  await attempt('request reviewers', () =>
    requestReviewers(octokit, repo, created.number, { reviewers, teamReviewers: plan.teamReviewers }),
  );
  await attempt('assign people', () => addAssignees(octokit, repo, created.number, plan.assignees));
  return {
    ...base,
    operation: 'created',
    number: created.number,
    url: created.url,
    ...commitSha,
    ...(warnings.length > 0 && { warnings }),
  };
}

/** The need is met by the target itself: close the pull request and delete the branch (only our commit is on it). */
async function closeObsolete(
  input: SyncRefilingInput,
  plan: RefilingPlan,
  open: RefilingPullRequest,
  base: RefilingResult,
): Promise<RefilingResult> {
  const { octokit, repo, target } = input;
  await createComment(octokit, repo, open.number, obsoleteComment(target.branch, true, []));
  const body = open.metadata
    ? replaceMetadata(open.body, { ...open.metadata, closed: 'obsolete' })
    : open.body;
  await updatePullRequest(octokit, repo, open.number, {
    state: 'closed',
    ...(body.length <= MAX_BODY_CHARS && { body }),
  });
  await deleteBranch(octokit, repo, plan.branch);
  return {
    ...base,
    operation: 'closed',
    number: open.number,
    url: open.url,
    reason: `${target.branch} already contains every file of this refiling`,
  };
}

/** Ours: opened by our identity, and its metadata names this product and target. */
function isOurs(pr: RefilingPullRequest, plan: RefilingPlan): boolean {
  return pr.own && pr.metadata?.product === plan.productId && pr.metadata.target === plan.base;
}

function foreignPullRequest(
  base: RefilingResult,
  pr: RefilingPullRequest,
  identity: OwnIdentity,
): RefilingResult {
  const who = pr.author ?? 'an unknown account';
  const why = pr.own
    ? 'does not carry labelguard’s metadata for this product and target branch'
    : `was opened by ${who}, not by ${identity.login}`;
  return {
    ...base,
    operation: 'blocked',
    number: pr.number,
    url: pr.url,
    reason: `pull request #${pr.number} from ${pr.headRef} ${why}; labelguard leaves it alone. Close it (or rename its branch) to let labelguard open its own`,
  };
}

function withSupersedes(body: string, closed: number | undefined): string {
  if (closed === undefined) return body;
  const extended = `${body.trimEnd()}\n\n${supersedesLine(closed)}\n`;
  return extended.length <= MAX_BODY_CHARS ? extended : body;
}

/** A `failed` result with GitHub's classified message and, for permission errors, the permission. */
function failedResult(
  productId: string,
  error: unknown,
  pr: RefilingPullRequest | undefined,
): RefilingResult {
  const classified =
    error instanceof GitHubApiError
      ? error
      : typeof (error as { status?: unknown } | null)?.status === 'number'
        ? toGitHubApiError(error, 'complete the refiling')
        : undefined;
  return {
    productId,
    operation: 'failed',
    ...(pr && { number: pr.number, url: pr.url, branch: pr.headRef }),
    reason: classified ? classified.message : error instanceof Error ? error.message : String(error),
    ...(classified?.permission !== undefined && { permission: classified.permission }),
  };
}
