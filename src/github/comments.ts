/**
 * The sticky pull request comment: one comment per key, found again by a hidden marker and by its author
 * being the token's own identity, updated in place, left alone when nothing changed, and rewritten and
 * minimised as "resolved" once the pull request is clean.
 */
import type { Octokit } from '@octokit/rest';
import { withClassifiedErrors } from './errors.js';
import { isOwnLogin, type OwnIdentity } from './identity.js';
import { comparableBody, hasMarker, markerFor, withMarkers } from './markers.js';
import { assertBodyFits, type RepoRef } from './repo.js';

/** What a sticky-comment call did. */
export type StickyOperation = 'created' | 'updated' | 'unchanged' | 'resolved' | 'skipped';

/** The outcome of a sticky-comment call. */
export interface StickyResult {
  operation: StickyOperation;
  commentId?: number;
  url?: string;
  /** Why nothing was written (operation `skipped`). */
  reason?: string;
  /** For `resolved`: whether the comment was also minimised (best effort). */
  minimized?: boolean;
  /** For `resolved`: why minimising failed, when it did. */
  minimizeError?: string;
}

/** A sticky comment labelguard wrote earlier. */
export interface StickyComment {
  id: number;
  nodeId: string;
  body: string;
  url: string;
  resolved: boolean;
}

/** Where the sticky comment lives and whose it is. */
export interface StickyTarget {
  issueNumber: number;
  /** Separates independent comments on one PR (e.g. one per job of a matrix). */
  key: string;
  /**
   * The token's identity, from `resolveOwnIdentity`; or a function that resolves it, called only when a
   * comment carries the marker (so a pull request without any labelguard comment costs one request).
   */
  identity: OwnIdentity | (() => Promise<OwnIdentity>);
}

const RESOLVED_STATE = '<!-- labelguard:state resolved -->';
const DEFAULT_RESOLVED_BODY =
  '✅ **labelguard**: every finding reported earlier on this pull request is resolved.';

/** The exact text labelguard writes for a sticky comment (measure it against MAX_BODY_CHARS). */
export function renderStickyBody(key: string, body: string): string {
  return withMarkers(markerFor('comment', key), body);
}

/**
 * Find the newest comment on the issue/PR that carries the key's marker and was written by the identity.
 * Comments by anyone else are ignored even when they carry the marker.
 */
export async function findStickyComment(
  octokit: Octokit,
  repo: RepoRef,
  target: StickyTarget,
): Promise<StickyComment | undefined> {
  const marker = markerFor('comment', target.key);
  const comments = await withClassifiedErrors(`list the comments of #${target.issueNumber}`, () =>
    octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: target.issueNumber,
      per_page: 100,
    }),
  );
  const marked = comments.filter((c) => hasMarker(c.body, marker));
  if (marked.length === 0) return undefined;
  const identity = typeof target.identity === 'function' ? await target.identity() : target.identity;
  const own = marked.filter((c) => isOwnLogin(identity, c.user?.login)).sort((a, b) => a.id - b.id);
  const newest = own[own.length - 1];
  if (!newest) return undefined;
  const body = newest.body ?? '';
  return {
    id: newest.id,
    nodeId: newest.node_id,
    body,
    url: newest.html_url,
    resolved: hasMarker(body, RESOLVED_STATE),
  };
}

/** Create the sticky comment, update it in place, or leave it when the body is unchanged. */
export async function upsertStickyComment(
  octokit: Octokit,
  repo: RepoRef,
  input: StickyTarget & { body: string },
): Promise<StickyResult> {
  const rendered = renderStickyBody(input.key, input.body);
  assertBodyFits(`sticky comment "${input.key}"`, rendered);
  const existing = await findStickyComment(octokit, repo, input);

  // A resolved comment is minimised; writing new findings into it would hide them, so start a new one.
  if (!existing || existing.resolved) {
    const { data } = await withClassifiedErrors(`create the sticky comment on #${input.issueNumber}`, () =>
      octokit.rest.issues.createComment({ ...repo, issue_number: input.issueNumber, body: rendered }),
    );
    return { operation: 'created', commentId: data.id, url: data.html_url };
  }
  if (comparableBody(existing.body) === comparableBody(rendered)) {
    return { operation: 'unchanged', commentId: existing.id, url: existing.url };
  }
  await withClassifiedErrors(`update the sticky comment on #${input.issueNumber}`, () =>
    octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: rendered }),
  );
  return { operation: 'updated', commentId: existing.id, url: existing.url };
}

/**
 * When the PR is clean: rewrite the sticky comment to a short "resolved" note and minimise it as RESOLVED.
 * Minimising is best effort (GraphQL may be unavailable or forbidden); rewriting is not.
 */
export async function resolveStickyComment(
  octokit: Octokit,
  repo: RepoRef,
  input: StickyTarget & { body?: string },
): Promise<StickyResult> {
  const existing = await findStickyComment(octokit, repo, input);
  if (!existing) return { operation: 'skipped', reason: 'there is no sticky comment to resolve' };
  if (existing.resolved) return { operation: 'unchanged', commentId: existing.id, url: existing.url };

  const rendered = renderStickyBody(input.key, `${RESOLVED_STATE}\n${input.body ?? DEFAULT_RESOLVED_BODY}`);
  assertBodyFits(`resolved sticky comment "${input.key}"`, rendered);
  await withClassifiedErrors(`mark the sticky comment on #${input.issueNumber} as resolved`, () =>
    octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: rendered }),
  );
  const minimize = await minimizeComment(octokit, existing.nodeId);
  return {
    operation: 'resolved',
    commentId: existing.id,
    url: existing.url,
    minimized: minimize.ok,
    ...(!minimize.ok && { minimizeError: minimize.error }),
  };
}

/** Hide a comment as RESOLVED through GraphQL; never throws. */
export async function minimizeComment(
  octokit: Octokit,
  nodeId: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const data = await octokit.graphql<{
      minimizeComment?: { minimizedComment?: { isMinimized?: boolean } };
    }>(
      'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } } }',
      { id: nodeId },
    );
    return data.minimizeComment?.minimizedComment?.isMinimized === true
      ? { ok: true }
      : { ok: false, error: 'GitHub did not report the comment as minimised' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
