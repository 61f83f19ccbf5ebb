import * as core from '#actions-core';
import {
  classifyGitHubError,
  comparableBody,
  findStickyComment,
  GitHubApiError,
  renderStickyBody,
  resolveStickyComment,
  upsertStickyComment,
  type GitHubClient,
  type OwnIdentity,
  type RepoRef,
  type StickyResult,
  type StickyTarget,
} from '../github/index.js';
import { MAX_BODY_CHARS } from '../markdown/limits.js';
import { renderMarkdown, type RefilingPr } from '../report/markdown.js';
import type { Report } from '../report/model.js';

/** Whether the pull request has anything to say: a blocking item, a warning, or a change to show. */
export function needsComment(report: Report): boolean {
  return (
    report.summary.blocking > 0 ||
    report.summary.warnings > 0 ||
    report.products.some((p) => (p.changes ?? []).some((c) => c.classification !== 'none'))
  );
}

/**
 * Keep the pull request's one sticky comment true: written when there is something to say, marked
 * resolved once the pull request is clean, left alone when nothing changed. Never fails the check:
 * a missing permission (fork, read-only token) becomes a warning that names it.
 */
export async function syncComment(input: {
  octokit: GitHubClient;
  repo: RepoRef;
  issueNumber: number;
  key: string;
  identity: () => Promise<OwnIdentity>;
  report: Report;
  reportUrl?: string;
  refilingPrs?: RefilingPr[];
  /** Told when GitHub refuses the write for a missing permission, with the message that names it. */
  onDenied?: (message: string) => void;
}): Promise<StickyResult | undefined> {
  const target = { issueNumber: input.issueNumber, key: input.key, identity: input.identity };
  const wanted = needsComment(input.report);
  let body: string | undefined;
  try {
    if (!wanted) return await resolveStickyComment(input.octokit, input.repo, target);
    const reserve = renderStickyBody(input.key, '').length;
    body = renderMarkdown(input.report, {
      mode: 'comment',
      maxChars: MAX_BODY_CHARS - reserve,
      ...(input.reportUrl ? { reportUrl: input.reportUrl } : {}),
      ...(input.refilingPrs ? { refilingPrs: input.refilingPrs } : {}),
    });
    return await upsertStickyComment(input.octokit, input.repo, { ...target, body });
  } catch (e) {
    // Another run of the same pull request may have won the race (deleted the comment this run was
    // updating, and written its own): when the comment now says what this run would write, the state is
    // consistent and nothing failed.
    const settled = await settledByAnotherRun(input, target, wanted ? body : undefined);
    if (settled) {
      core.info('labelguard: the pull-request comment was updated by another run; it is up to date');
      return settled;
    }
    // The ports throw errors they already classified; classifying one again by its shape loses the kind
    // (it has no HTTP response) and prefixes "The GitHub API call failed".
    const info = e instanceof GitHubApiError ? e.info : classifyGitHubError(e);
    core.warning(`labelguard did not update its pull-request comment: ${info.userMessage}`);
    if (info.kind === 'missing-permission') input.onDenied?.(info.userMessage);
    return undefined;
  }
}

/** The sticky comment as another run left it, when it already says what this run wanted to write. */
async function settledByAnotherRun(
  input: { octokit: GitHubClient; repo: RepoRef; key: string },
  target: StickyTarget,
  body: string | undefined,
): Promise<StickyResult | undefined> {
  try {
    const now = await findStickyComment(input.octokit, input.repo, target);
    if (!now) return undefined;
    const done =
      body === undefined
        ? now.resolved
        : !now.resolved && comparableBody(now.body) === comparableBody(renderStickyBody(input.key, body));
    return done ? { operation: 'unchanged', commentId: now.id, url: now.url } : undefined;
  } catch {
    return undefined;
  }
}
