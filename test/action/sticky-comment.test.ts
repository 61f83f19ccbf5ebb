/**
 * The built action's sticky pull-request comment across runs: one comment per pull request, updated in
 * place, never rewritten when nothing changed, and never confused with a person's comment that carries
 * the hidden marker.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import { renderStickyBody } from '../../src/github/comments.js';
import {
  addTelnetAndFtpToP340w,
  addTelnetToP340w,
  camerasSeed,
  COMMENT_KEY,
  COMMENT_ONLY,
  describeRun,
  exampleFiles,
  makeChangeRepo,
  markedComments,
  openPullRequest,
  push,
  removeTemps,
  requestsOf,
  runOnPullRequest,
} from './support.js';

const gh = useLoopbackGitHub({ seed: camerasSeed });
afterAll(removeTemps);

describe('the sticky comment on a second run', () => {
  it('writes nothing when the findings are the same (a new workflow run on the same head)', async () => {
    // With refiling on, as the example configures it: the refiling pull request is left alone too.
    const repo = makeChangeRepo(addTelnetToP340w());
    const number = openPullRequest(gh, repo);
    const first = await runOnPullRequest(gh, repo, number, { workspace: repo.dir });
    expect(first.code, describeRun(first)).toBe(1);
    const writesAfterFirst = gh.writes().length;
    const requestsAfterFirst = gh.requests.length;

    const second = await runOnPullRequest(gh, repo, number, { workspace: repo.dir, runId: '4243' });
    expect(second.code, describeRun(second)).toBe(1);
    expect(gh.writes().slice(writesAfterFirst)).toEqual([]);
    // The second run did read the comments (to find its own), then left them alone.
    expect(gh.requests.slice(requestsAfterFirst).map((r) => r.operationId)).toContain('issues/list-comments');
    expect(markedComments(gh, number)).toHaveLength(1);
    expect(JSON.parse(second.outputs['refiling-prs'] ?? '')).toMatchObject([{ operation: 'unchanged' }]);
  });

  it('updates its comment in place when a new commit changes the findings', async () => {
    const files = exampleFiles();
    const repo = makeChangeRepo(addTelnetToP340w(files));
    const number = openPullRequest(gh, repo);
    await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY });
    const [created] = markedComments(gh, number);

    const more = addTelnetAndFtpToP340w(files);
    repo.commit(more, 'Add an FTP server too');
    push(gh, repo);
    const second = await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY });

    expect(second.code, describeRun(second)).toBe(1);
    const comments = markedComments(gh, number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(created?.id);
    expect(comments[0]?.body).toContain('ftpd:21');
    expect(requestsOf(gh, 'issues/create-comment')).toHaveLength(1);
    const updates = requestsOf(gh, 'issues/update-comment');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.path).toBe(`/repos/acme/cameras/issues/comments/${String(created?.id)}`);
  });
});

describe("a person's comment that carries labelguard's marker", () => {
  it('is neither updated nor taken for the sticky comment: the action writes its own', async () => {
    const repo = makeChangeRepo(addTelnetToP340w());
    const number = openPullRequest(gh, repo);
    const forgedBody = renderStickyBody(COMMENT_KEY, '✅ labelguard: all clear, merge away');
    const forged = gh.state.addComment(number, forgedBody, 'bob', 'acme/cameras');

    const result = await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY });

    expect(result.code, describeRun(result)).toBe(1);
    expect(result.outputs.result).toBe('fail');
    const comments = markedComments(gh, number);
    expect(comments.map((c) => c.user)).toEqual(['bob', 'github-actions[bot]']);
    expect(comments[0]).toMatchObject({ id: forged.id, body: forgedBody });
    expect(comments[1]?.body).toContain('telnetd:23');
    expect(requestsOf(gh, 'issues/update-comment')).toEqual([]);
  });
});
