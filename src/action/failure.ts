import * as core from '#actions-core';
import { classifyGitHubError, GitHubApiError } from '../github/index.js';
import { UsageError } from '../core/errors.js';
import { escapeMarkdown } from '../markdown/escape.js';

/**
 * What a run that stopped says about why, in words a user can act on: never an internal stack trace
 * (that goes to the debug log only, shown when the repository turns step debugging on).
 */
export function failureMessage(e: unknown): string {
  if (e instanceof UsageError) return `${e.message}${e.details.map((d) => `\n  ${d}`).join('')}`;
  if (e instanceof GitHubApiError) return e.message;
  if (typeof (e as { status?: unknown } | null)?.status === 'number') {
    const request = (e as { request?: { method?: string; url?: string } }).request;
    const where = request?.method && request.url ? ` (${request.method} ${request.url})` : '';
    return `a GitHub API request failed${where}: ${classifyGitHubError(e).userMessage}`;
  }
  if (e instanceof Error) {
    core.debug(e.stack ?? e.message);
    return `internal error: ${e.message} (re-run the job with debug logging for details, and report it)`;
  }
  return `internal error: ${String(e)}`;
}

/** The job summary of a run that stopped before it had a report: why, and that the check failed. */
export function failureSummary(message: string): string {
  return [
    '## ❌ labelguard: the check could not complete',
    '',
    escapeMarkdown(message, 4000),
    '',
    'The check fails closed: a change labelguard could not judge is never passed. Re-run the job once the cause is fixed.',
    '',
  ].join('\n');
}
