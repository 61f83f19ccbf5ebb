/**
 * Issues labelguard owns (the compliance dashboard): found by a hidden marker and by being opened by the
 * token's own identity, created or updated in place.
 */
import type { Octokit } from '@octokit/rest';
import { withClassifiedErrors } from './errors.js';
import { isOwnLogin, type OwnIdentity } from './identity.js';
import { comparableBody, hasMarker, markerFor, withMarkers } from './markers.js';
import { assertBodyFits, type RepoRef } from './repo.js';

/** An issue labelguard opened earlier. */
export interface OwnedIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  url: string;
  labels: string[];
}

/** Which issue to look for. */
export interface IssueLookup {
  key: string;
  identity: OwnIdentity;
  /** Default `open`: a dashboard someone closed is not reused. */
  state?: 'open' | 'closed' | 'all';
  /** Narrow the search to issues carrying all these labels (fewer pages to read). */
  labels?: string[];
}

/** What {@link upsertIssue} did. */
export interface UpsertIssueResult {
  operation: 'created' | 'updated' | 'unchanged';
  issue: OwnedIssue;
}

/** The exact body labelguard writes for an owned issue. */
export function renderIssueBody(key: string, body: string): string {
  return withMarkers(markerFor('issue', key), body);
}

/** Find the lowest-numbered issue with the key's marker opened by the identity (pull requests excluded). */
export async function findIssueByMarker(
  octokit: Octokit,
  repo: RepoRef,
  lookup: IssueLookup,
): Promise<OwnedIssue | undefined> {
  const marker = markerFor('issue', lookup.key);
  const issues = await withClassifiedErrors(`find the "${lookup.key}" issue`, () =>
    octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      state: lookup.state ?? 'open',
      ...(lookup.labels && lookup.labels.length > 0 && { labels: lookup.labels.join(',') }),
      per_page: 100,
    }),
  );
  const own = issues
    .filter((i) => !i.pull_request && isOwnLogin(lookup.identity, i.user?.login) && hasMarker(i.body, marker))
    .sort((a, b) => a.number - b.number)[0];
  if (!own) return undefined;
  return {
    number: own.number,
    title: own.title,
    body: own.body ?? '',
    state: own.state === 'closed' ? 'closed' : 'open',
    url: own.html_url,
    labels: own.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l.length > 0),
  };
}

/** Create the owned issue, or update its title and body in place; no write when both are unchanged. */
export async function upsertIssue(
  octokit: Octokit,
  repo: RepoRef,
  input: IssueLookup & { title: string; body: string },
): Promise<UpsertIssueResult> {
  const body = renderIssueBody(input.key, input.body);
  assertBodyFits(`issue "${input.key}"`, body);
  const existing = await findIssueByMarker(octokit, repo, input);
  if (!existing) {
    const { data } = await withClassifiedErrors(`open the "${input.key}" issue`, () =>
      octokit.rest.issues.create({
        ...repo,
        title: input.title,
        body,
        ...(input.labels && input.labels.length > 0 && { labels: input.labels }),
      }),
    );
    return {
      operation: 'created',
      issue: {
        number: data.number,
        title: data.title,
        body: data.body ?? body,
        state: 'open',
        url: data.html_url,
        labels: input.labels ?? [],
      },
    };
  }
  if (existing.title === input.title && comparableBody(existing.body) === comparableBody(body)) {
    return { operation: 'unchanged', issue: existing };
  }
  await withClassifiedErrors(`update issue #${existing.number}`, () =>
    octokit.rest.issues.update({ ...repo, issue_number: existing.number, title: input.title, body }),
  );
  return { operation: 'updated', issue: { ...existing, title: input.title, body } };
}
