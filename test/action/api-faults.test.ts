/**
 * The built action when GitHub pushes back on the comment: rate limits and server errors are waited out
 * and retried, and the comment is still written. The bundle has no way to shorten the waits, so each
 * retry costs the real Retry-After (1 s); nothing here measures time.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import {
  addTelnetToP340w,
  camerasSeed,
  COMMENT_ONLY,
  describeRun,
  makeChangeRepo,
  markedComments,
  openPullRequest,
  removeTemps,
  requestsOf,
  runOnPullRequest,
} from './support.js';

const gh = useLoopbackGitHub({ seed: camerasSeed });
afterAll(removeTemps);

/** Run the action on a blocking pull request (so it has a comment to write); no refiling pull request. */
async function runBlocking() {
  const change = addTelnetToP340w();
  const repo = makeChangeRepo(change);
  const number = openPullRequest(gh, repo);
  return {
    number,
    result: await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY }),
  };
}

describe('rate limits on the comment', () => {
  it('waits out a 429 rate limit and then a secondary rate limit, and writes the comment', async () => {
    gh.fault('issues/create-comment', { kind: 'primary-rate-limit', status: 429 });
    gh.fault('issues/create-comment', { kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 1 });

    const { number, result } = await runBlocking();

    expect(result.code, describeRun(result)).toBe(1);
    const attempts = requestsOf(gh, 'issues/create-comment');
    expect(attempts.map((r) => [r.status, r.fault])).toEqual([
      [429, 'primary-rate-limit'],
      [403, 'secondary-rate-limit'],
      [201, undefined],
    ]);
    expect(markedComments(gh, number)).toHaveLength(1);
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });
});

describe('server errors on the comment', () => {
  it('retries after a 500 and writes the comment', async () => {
    gh.fault('issues/create-comment', { kind: 'server-error', status: 500 });

    const { number, result } = await runBlocking();

    expect(result.code, describeRun(result)).toBe(1);
    expect(requestsOf(gh, 'issues/create-comment').map((r) => r.status)).toEqual([500, 201]);
    expect(markedComments(gh, number)).toHaveLength(1);
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('retries a 502 while listing the comments, then finds no comment and creates one', async () => {
    gh.fault('issues/list-comments', { kind: 'server-error', status: 502 });

    const { number, result } = await runBlocking();

    expect(result.code, describeRun(result)).toBe(1);
    expect(requestsOf(gh, 'issues/list-comments').map((r) => r.status)).toEqual([502, 200]);
    expect(markedComments(gh, number)).toHaveLength(1);
  });
});
