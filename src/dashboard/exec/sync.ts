import type { Octokit } from '@octokit/rest';
import { upsertIssue, type OwnIdentity, type RepoRef, type UpsertIssueResult } from '../../github/index.js';
import { DEFAULT_DASHBOARD_TITLE } from '../index.js';

/** The hidden marker key of the dashboard issue. */
export const DASHBOARD_KEY = 'dashboard';

/** The issue's title and labels, from `.labelguard.yml` `dashboard:`. */
export interface DashboardIssueOptions {
  title?: string;
  labels?: string[];
}

/**
 * Create the dashboard issue, or update the one this identity opened (found by its hidden marker) in
 * place; no write when title and body are unchanged. An issue someone else opened with the marker is
 * never touched.
 */
export async function syncDashboard(
  octokit: Octokit,
  repo: RepoRef,
  identity: OwnIdentity,
  body: string,
  options: DashboardIssueOptions = {},
): Promise<UpsertIssueResult> {
  return upsertIssue(octokit, repo, {
    key: DASHBOARD_KEY,
    identity,
    title: options.title ?? DEFAULT_DASHBOARD_TITLE,
    body,
    ...(options.labels && options.labels.length > 0 ? { labels: options.labels } : {}),
  });
}
