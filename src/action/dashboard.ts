import * as core from '#actions-core';
import { DEFAULT_DASHBOARD_TITLE, parseRegenerationRequests, renderDashboard } from '../dashboard/index.js';
import { DASHBOARD_KEY, syncDashboard } from '../dashboard/exec/index.js';
import {
  classifyGitHubError,
  hasMarker,
  isOwnLogin,
  markerFor,
  type GitHubClient,
  type OwnIdentity,
  type RepoRef,
} from '../github/index.js';
import type { CheckOutcome } from '../pipeline/run-check.js';
import { buildStatus, type RefilingPullRequestLink } from '../status/index.js';

/** Keep the one dashboard issue true; a failure to write it is a warning, never a changed verdict. */
export async function updateDashboard(input: {
  api: { octokit: GitHubClient; repo: RepoRef };
  identity: OwnIdentity;
  outcome: CheckOutcome;
  refilingPrs: readonly RefilingPullRequestLink[];
  repositoryUrl: string;
  branch: string;
  now: string;
}): Promise<void> {
  const settings = input.outcome.repo.config.config.dashboard ?? {};
  const title = settings.title ?? DEFAULT_DASHBOARD_TITLE;
  const status = buildStatus(input.outcome, { refilingPullRequests: input.refilingPrs });
  const body = renderDashboard(status.rows, {
    title,
    now: input.now,
    repoUrl: input.repositoryUrl,
    ref: input.branch,
    refilingPrs: input.refilingPrs,
  });
  try {
    const r = await syncDashboard(input.api.octokit, input.api.repo, input.identity, body, {
      title,
      ...(settings.labels ? { labels: settings.labels } : {}),
    });
    core.info(`labelguard dashboard: ${r.operation} #${r.issue.number}`);
  } catch (e) {
    core.warning(`labelguard did not update the dashboard issue: ${classifyGitHubError(e).userMessage}`);
  }
}

/**
 * The products whose "regenerate evidence" box a person just ticked on labelguard's own dashboard
 * issue; empty for any other issue, for edits made by labelguard itself, and for boxes already ticked.
 */
export function regenerationRequests(payload: unknown, identity: OwnIdentity): string[] {
  const p = payload as {
    issue?: { body?: string | null; user?: { login?: string } | null };
    changes?: { body?: { from?: string } };
    sender?: { login?: string };
  };
  const body = p.issue?.body ?? '';
  if (!hasMarker(body, markerFor('issue', DASHBOARD_KEY))) return [];
  if (!isOwnLogin(identity, p.issue?.user?.login)) return [];
  if (isOwnLogin(identity, p.sender?.login)) return [];
  return parseRegenerationRequests(body, p.changes?.body?.from);
}
