import * as core from '@actions/core';
import {
  classifyGitHubError,
  GitHubApiError,
  renderStickyBody,
  resolveStickyComment,
  upsertStickyComment,
  MAX_BODY_CHARS,
  type GitHubClient,
  type OwnIdentity,
  type RepoRef,
  type StickyResult,
} from '../github/index.js';
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
  try {
    if (!needsComment(input.report)) return await resolveStickyComment(input.octokit, input.repo, target);
    const reserve = renderStickyBody(input.key, '').length;
    const body = renderMarkdown(input.report, {
      mode: 'comment',
      maxChars: MAX_BODY_CHARS - reserve,
      ...(input.reportUrl ? { reportUrl: input.reportUrl } : {}),
      ...(input.refilingPrs ? { refilingPrs: input.refilingPrs } : {}),
    });
    return await upsertStickyComment(input.octokit, input.repo, { ...target, body });
  } catch (e) {
    // The ports throw errors they already classified; classifying one again by its shape loses the kind
    // (it has no HTTP response) and prefixes "The GitHub API call failed".
    const info = e instanceof GitHubApiError ? e.info : classifyGitHubError(e);
    core.warning(`labelguard did not update its pull-request comment: ${info.userMessage}`);
    if (info.kind === 'missing-permission') input.onDenied?.(info.userMessage);
    return undefined;
  }
}
