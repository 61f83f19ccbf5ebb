import { beforeEach, describe, expect, test } from 'vitest';
import {
  findStickyComment,
  renderStickyBody,
  resolveStickyComment,
  upsertStickyComment,
} from '../../src/github/comments.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { TOKENS } from '../support/loopback-github.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import { actionsBot, clientFor, openFeaturePullRequest, repo } from './helpers.js';

const gh = useLoopbackGitHub();
let pr: number;
beforeEach(() => {
  pr = openFeaturePullRequest(gh);
});

const sticky = (body: string, key = 'check') => ({ issueNumber: pr, key, identity: actionsBot, body });

describe('upsertStickyComment', () => {
  test('creates the comment, with its hidden marker, when there is none', async () => {
    const result = await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    expect(result.operation).toBe('created');
    const [comment] = gh.state.commentsOn(pr);
    expect(comment?.id).toBe(result.commentId);
    expect(comment?.user).toBe('github-actions[bot]');
    expect(comment?.body).toContain('<!-- labelguard:comment key=check -->');
    expect(comment?.body).toContain('1 finding');
  });

  test('updates its own comment in place when the body changes', async () => {
    const first = await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    const second = await upsertStickyComment(clientFor(gh), repo, sticky('2 findings'));
    expect(second).toMatchObject({ operation: 'updated', commentId: first.commentId });
    expect(gh.state.commentsOn(pr).map((c) => c.body)).toEqual([renderStickyBody('check', '2 findings')]);
    expect(gh.writes().map((r) => r.operationId)).toEqual(['issues/create-comment', 'issues/update-comment']);
  });

  test('writes nothing when the body is unchanged', async () => {
    await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    const writesBefore = gh.writes().length;
    const result = await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    expect(result.operation).toBe('unchanged');
    expect(gh.writes()).toHaveLength(writesBefore);
  });

  test('treats a body that differs only in line endings and trailing blanks as unchanged', async () => {
    await upsertStickyComment(clientFor(gh), repo, sticky('line one\nline two'));
    const result = await upsertStickyComment(clientFor(gh), repo, sticky('line one\r\nline two\n\n'));
    expect(result.operation).toBe('unchanged');
  });

  test('a digest marker that does not match the body does not make an unchanged body look changed', async () => {
    const created = await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    const comment = gh.state.commentsOn(pr).find((c) => c.id === created.commentId);
    if (!comment) throw new Error('comment missing');
    comment.body = comment.body.replace(/sha256=[0-9a-f]{64}/, `sha256=${'0'.repeat(64)}`);
    const result = await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    expect(result.operation).toBe('unchanged');
  });

  test("ignores a person's comment that carries the marker: it is neither updated nor in the way", async () => {
    const forged = gh.state.addComment(pr, `${renderStickyBody('check', 'fake all-clear')}`, 'alice');
    const result = await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    expect(result.operation).toBe('created');
    expect(result.commentId).not.toBe(forged.id);
    expect(gh.state.commentsOn(pr).find((c) => c.id === forged.id)?.body).toContain('fake all-clear');
  });

  test("a person's marker comment posted after ours does not stop ours being updated", async () => {
    const ours = await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    gh.state.addComment(pr, renderStickyBody('check', 'fake all-clear'), 'alice');
    const result = await upsertStickyComment(clientFor(gh), repo, sticky('2 findings'));
    expect(result).toMatchObject({ operation: 'updated', commentId: ours.commentId });
    expect(gh.state.commentsOn(pr)).toHaveLength(2);
  });

  test('keeps comments with different keys apart', async () => {
    await upsertStickyComment(clientFor(gh), repo, sticky('cam-x1 findings', 'check/cam-x1'));
    const other = await upsertStickyComment(clientFor(gh), repo, sticky('hub-2 findings', 'check/hub-2'));
    expect(other.operation).toBe('created');
    expect(gh.state.commentsOn(pr)).toHaveLength(2);
  });

  test('finds its comment among more than 100 comments by reading every page', async () => {
    for (let i = 0; i < 120; i++) gh.state.addComment(pr, `discussion ${i}`, i % 2 ? 'alice' : 'bob');
    const ours = await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    for (let i = 0; i < 110; i++) gh.state.addComment(pr, `more discussion ${i}`, 'alice');
    const result = await upsertStickyComment(clientFor(gh), repo, sticky('2 findings'));
    expect(result).toMatchObject({ operation: 'updated', commentId: ours.commentId });
    const pages = gh.requests
      .filter((r) => r.operationId === 'issues/list-comments')
      .map((r) => r.query.page ?? '1');
    expect(pages.slice(-3)).toEqual(['1', '2', '3']);
  });

  test('refuses a body longer than GitHub accepts before calling the API', async () => {
    await expect(upsertStickyComment(clientFor(gh), repo, sticky('x'.repeat(70_000)))).rejects.toThrow(
      /at most 65536/,
    );
    expect(gh.requests).toHaveLength(0);
  });

  test('with a read-only token the write fails naming the permission, while reading still works', async () => {
    await upsertStickyComment(clientFor(gh), repo, sticky('1 finding'));
    const readOnly = clientFor(gh, TOKENS.readOnly);
    const found = await findStickyComment(readOnly, repo, sticky(''));
    expect(found?.body).toContain('1 finding');
    const error = await upsertStickyComment(readOnly, repo, sticky('2 findings')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ kind: 'missing-permission', permission: 'pull-requests=write' });
    expect((error as Error).message).toContain('update the sticky comment');
  });
});

describe('resolveStickyComment', () => {
  test('rewrites the comment to a short resolved note and minimises it as RESOLVED', async () => {
    const ours = await upsertStickyComment(clientFor(gh), repo, sticky('2 findings'));
    const result = await resolveStickyComment(clientFor(gh), repo, sticky(''));
    expect(result).toMatchObject({ operation: 'resolved', commentId: ours.commentId, minimized: true });
    const [comment] = gh.state.commentsOn(pr);
    expect(comment?.body).toContain('resolved');
    expect(comment?.body).not.toContain('2 findings');
    expect(comment).toMatchObject({ minimized: true, minimizedReason: 'resolved' });
  });

  test('still resolves when GraphQL is unavailable, reporting that minimising failed', async () => {
    await upsertStickyComment(clientFor(gh), repo, sticky('2 findings'));
    gh.state.graphql = false;
    const result = await resolveStickyComment(clientFor(gh), repo, sticky(''));
    expect(result).toMatchObject({ operation: 'resolved', minimized: false });
    expect(result.minimizeError).toBeTruthy();
    expect(gh.state.commentsOn(pr)[0]?.body).toContain('resolved');
  });

  test('skips when there is no comment to resolve', async () => {
    const result = await resolveStickyComment(clientFor(gh), repo, sticky(''));
    expect(result).toEqual({ operation: 'skipped', reason: 'there is no sticky comment to resolve' });
    expect(gh.writes()).toHaveLength(0);
  });

  test('writes nothing when the comment is already resolved', async () => {
    await upsertStickyComment(clientFor(gh), repo, sticky('2 findings'));
    await resolveStickyComment(clientFor(gh), repo, sticky(''));
    const writesBefore = gh.writes().length;
    const result = await resolveStickyComment(clientFor(gh), repo, sticky(''));
    expect(result.operation).toBe('unchanged');
    expect(gh.writes()).toHaveLength(writesBefore);
  });

  test('new findings after a resolved comment go into a new, visible comment', async () => {
    const first = await upsertStickyComment(clientFor(gh), repo, sticky('2 findings'));
    await resolveStickyComment(clientFor(gh), repo, sticky(''));
    const again = await upsertStickyComment(clientFor(gh), repo, sticky('1 new finding'));
    expect(again.operation).toBe('created');
    expect(again.commentId).not.toBe(first.commentId);
    const next = await upsertStickyComment(clientFor(gh), repo, sticky('1 new finding, reworded'));
    expect(next).toMatchObject({ operation: 'updated', commentId: again.commentId });
  });

  test("does not resolve a person's comment that carries the marker", async () => {
    gh.state.addComment(pr, renderStickyBody('check', 'look at this'), 'alice');
    const result = await resolveStickyComment(clientFor(gh), repo, sticky(''));
    expect(result.operation).toBe('skipped');
    expect(gh.state.commentsOn(pr)[0]).toMatchObject({ minimized: false });
  });
});
