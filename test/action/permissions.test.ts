/**
 * The built action without the right to comment: a pull request from a fork (read-only GITHUB_TOKEN) and
 * a token that lacks the permission. The check still judges, reports and gates; the comment becomes a
 * warning that names the permission to grant.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKENS } from '../support/loopback-github.js';
import type { ActionResult } from '../support/runner.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import {
  addTelnetToP340w,
  camerasSeed,
  COMMENT_ONLY,
  commentInP340w,
  describeRun,
  makeChangeRepo,
  openPullRequest,
  removeTemps,
  requestsOf,
  runOnPullRequest,
} from './support.js';

afterAll(removeTemps);

/** The warning the action prints about its comment, if any. */
const commentWarning = (result: ActionResult) =>
  result.annotations.find((a) => a.level === 'warning' && a.message.includes('pull-request comment'));

describe('a blocking pull request from a fork, with its read-only token', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed, per: 'suite' });
  let number: number;
  let result: ActionResult;
  beforeAll(async () => {
    const change = addTelnetToP340w();
    const repo = makeChangeRepo(change);
    number = openPullRequest(gh, repo);
    result = await runOnPullRequest(gh, repo, number, {
      workspace: repo.dir,
      fork: true,
      token: TOKENS.readOnly,
    });
  });

  it('still fails the check with exit code 1 and result=fail', () => {
    expect(result.code, describeRun(result)).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'fail', 'unrecorded-count': '1' });
  });

  it('still writes the job summary, the annotations and the report files', () => {
    expect(result.summary).toContain('telnetd:23');
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'products/avc-p340w/product.yaml' }),
    );
    expect(existsSync(result.outputs['report-json'] ?? '')).toBe(true);
    expect(existsSync(result.outputs.sarif ?? '')).toBe(true);
  });

  it('warns that it could not comment, naming the permission the token lacks', () => {
    expect(commentWarning(result)?.message).toMatch(/pull-requests: write|issues: write/);
    expect(commentWarning(result)?.message).toMatch(/fork/);
  });

  it('does not even try to write: the payload says the pull request comes from a fork', () => {
    expect(gh.state.commentsOn(number, 'acme/cameras')).toEqual([]);
    expect(gh.writes()).toEqual([]);
  });

  it('says in the job summary which permission is missing and what to do', () => {
    expect(result.summary).toContain('No pull-request comment: this pull request comes from a fork');
    expect(result.summary).toContain('`pull-requests: write`');
    expect(result.summary).toContain('pull_request_target');
  });
});

describe('a passing pull request from a fork, with its read-only token', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed });

  it('passes with exit code 0 and writes nothing', async () => {
    const change = commentInP340w();
    const repo = makeChangeRepo(change);
    const number = openPullRequest(gh, repo);
    const result = await runOnPullRequest(gh, repo, number, {
      workspace: repo.dir,
      fork: true,
      token: TOKENS.readOnly,
    });
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.outputs.result).toBe('pass');
    expect(gh.writes()).toEqual([]);
    expect(commentWarning(result)).toBeUndefined();
  });
});

describe('a blocking pull request whose token may not write comments (403 naming the permission)', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed, per: 'suite' });
  let number: number;
  let result: ActionResult;
  beforeAll(async () => {
    const change = addTelnetToP340w();
    const repo = makeChangeRepo(change);
    number = openPullRequest(gh, repo);
    gh.fault('issues/create-comment', {
      kind: 'missing-permission',
      permission: 'issues=write; pull_requests=write',
    });
    result = await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY });
  });

  it('keeps its verdict: exit code 1, result=fail', () => {
    expect(result.code, describeRun(result)).toBe(1);
    expect(result.outputs.result).toBe('fail');
  });

  it('warns naming the permission to add to the workflow', () => {
    expect(commentWarning(result)?.message).toMatch(
      /^labelguard did not update its pull-request comment: Could not create the sticky comment on #1: The token lacks the `pull-requests: write` permission\. Add `permissions:` with `pull-requests: write` to the workflow job\./,
    );
  });

  it('says in the job summary which permission to grant', () => {
    const note = result.summary.split('\n').find((l) => l.startsWith('> No pull-request comment'));
    expect(note, result.summary.slice(-1500)).toMatch(
      /^> No pull-request comment: GitHub refused to write it\. .*The token lacks the `pull-requests: write` permission\./,
    );
  });

  it('tries the write once: a missing permission is not retried', () => {
    expect(requestsOf(gh, 'issues/create-comment').map((r) => r.status)).toEqual([403]);
    expect(gh.state.commentsOn(number, 'acme/cameras')).toEqual([]);
  });
});
