/**
 * Faults on the built action (dist/index.js, run as the Actions runner runs it, against the loopback
 * GitHub): a check never turns green because an API call failed, and a refiling need that could not be
 * written fails the run. Every fault here is one GitHub does not ask to retry (403, 401), so no run waits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { LoopbackGitHub } from '../support/loopback-github.js';
import { TOKENS } from '../support/loopback-github.js';
import { runAction, type ActionResult } from '../support/runner.js';
import { useLoopbackServers } from '../support/use-loopback-github.js';
import { actionFaults } from './cases.js';
import { exampleCopy, NOW, REPOSITORY, removeTemps } from './support.js';
import {
  addTelnetAndFtpToP340w,
  addTelnetToP340w,
  camerasSeed,
  describeRun,
  makeChangeRepo,
  openPullRequest,
  removeTemps as removeChangeRepos,
  requestsOf,
  runOnPullRequest,
  shallowClone,
} from '../action/support.js';

afterAll(removeTemps);
afterAll(removeChangeRepos);
const startGitHub = useLoopbackServers();

/**
 * A pull request that adds an unrecorded telnet service to the granted AVC-P340W (a blocking finding): a
 * git workspace with the example on `main` and the change on `feature`, and the same pull request on the
 * loopback GitHub.
 */
async function blockingPullRequest(
  workflow = 'labelguard',
): Promise<{ gh: LoopbackGitHub; run: () => Promise<ActionResult> }> {
  const repo = makeChangeRepo(addTelnetToP340w(), 'Add telnet');
  const gh = await startGitHub(camerasSeed());
  const number = openPullRequest(gh, repo, 'Add telnet');
  const run = () =>
    runOnPullRequest(gh, repo, number, {
      workspace: repo.dir,
      workflow,
      inputs: { now: NOW, refiling: 'false' },
    });
  return { gh, run };
}

/** A push to main of the example with two products to refile; nothing blocks (`warn-only`). */
async function pushToMain(): Promise<{ gh: LoopbackGitHub; run: () => Promise<ActionResult> }> {
  const example = exampleCopy();
  const gh = await startGitHub(camerasSeed(example.files));
  const sha = gh.state.branchSha('main', REPOSITORY)!;
  const run = () =>
    runAction({
      event: 'push',
      payload: {
        ref: 'refs/heads/main',
        before: '0'.repeat(40),
        after: sha,
        repository: { full_name: REPOSITORY, default_branch: 'main' },
        pusher: { name: 'alice' },
      },
      workspace: example.dir,
      apiUrl: gh.url,
      repository: REPOSITORY,
      sha,
      ref: 'refs/heads/main',
      inputs: { token: TOKENS.actions, now: NOW, 'warn-only': 'true' },
    });
  return { gh, run };
}

const scenarios: Record<string, () => Promise<void>> = {
  'comment-forbidden': async () => {
    const { gh, run } = await blockingPullRequest();
    gh.fault('issues/create-comment', { kind: 'missing-permission', permission: 'pull_requests=write' });
    const r = await run();
    r.cleanup();
    expect(r.code, describeRun(r)).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(Number(r.outputs['blocking-count'])).toBeGreaterThan(0);
    expect(gh.requests.some((q) => q.fault === 'missing-permission')).toBe(true);
    expect(r.annotations.some((a) => a.level === 'warning' && /pull-?requests/i.test(a.message))).toBe(true);
  },

  'api-down': async () => {
    const { gh, run } = await blockingPullRequest();
    gh.fault('*', { kind: 'status', status: 401, message: 'Bad credentials', times: 1000 });
    const r = await run();
    r.cleanup();
    expect(r.code, describeRun(r)).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.summary).toMatch(/labelguard/);
    expect(
      r.annotations.some((a) => a.level === 'error' && a.file === 'products/avc-p340w/product.yaml'),
    ).toBe(true);
    expect(gh.requests.every((q) => q.status === 401)).toBe(true);
  },

  'odd-workflow-name': async () => {
    const { gh, run } = await blockingPullRequest('Label check (PRs) --> <b>');
    const r = await run();
    r.cleanup();
    expect(r.code, describeRun(r)).toBe(1);
    const comments = gh.state.repo(REPOSITORY).comments;
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- labelguard:comment key=Label-check-PRs-b/labels/default -->',
    ]);
    expect(r.annotations.filter((a) => /comment/i.test(a.message))).toEqual([]);
  },

  'refiling-fails-on-push': async () => {
    const { gh, run } = await pushToMain();
    gh.fault('git/create-tree', { kind: 'missing-permission', permission: 'contents=write', times: 1000 });
    const r = await run();
    r.cleanup();
    expect(r.code, describeRun(r)).toBe(1);
    expect(r.outputs['blocking-count']).toBe('0');
    const refilings = JSON.parse(r.outputs['refiling-prs'] ?? '[]') as {
      product: string;
      operation: string;
    }[];
    expect(
      refilings
        .filter((p) => p.operation === 'failed')
        .map((p) => p.product)
        .sort(),
    ).toEqual(['avc-c120w', 'avc-p340w']);
    expect(
      r.annotations.find(
        (a) => a.level === 'error' && /refiling pull request\(s\) could not be written/.test(a.message),
      )?.message,
    ).toMatch(/avc-c120w: .*contents: write/);
  },

  'refiling-listing-fails-on-push': async () => {
    const { gh, run } = await pushToMain();
    gh.fault('pulls/list', { kind: 'missing-permission', permission: 'pull_requests=read', times: 1000 });
    const r = await run();
    r.cleanup();
    expect(r.code, describeRun(r)).toBe(1);
    expect(r.summary).toMatch(/labelguard/);
    expect(
      r.annotations.find((a) => a.level === 'error' && /could not be written/.test(a.message))?.message,
    ).toMatch(/could not list the open refiling pull requests/);
    // Nothing of a refiling was written (the dashboard issue may still be kept up to date).
    expect(gh.writes().filter((w) => /^(git|pulls)\//.test(w.operationId ?? ''))).toEqual([]);
  },
};

/** A blocking pull request in a shallow clone: the changed files come from the API (`pulls/get` first). */
async function shallowPullRequest(): Promise<{ gh: LoopbackGitHub; run: () => Promise<ActionResult> }> {
  const repo = makeChangeRepo(addTelnetToP340w());
  const workspace = shallowClone(repo);
  const gh = await startGitHub(camerasSeed());
  const number = openPullRequest(gh, repo);
  return { gh, run: () => runOnPullRequest(gh, repo, number, { workspace, inputs: { refiling: 'false' } }) };
}

/** Nothing an internal error would print: a stack frame or a JavaScript type error. */
function expectNoInternalTrace(r: ActionResult): void {
  const log = `${r.stdout}\n${r.stderr}`;
  expect(log).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(log).not.toMatch(/Cannot read properties|is not iterable|TypeError/);
}

const faultsOnPullRequests: Record<string, () => Promise<void>> = {
  'api-503-first-request': async () => {
    const { gh, run } = await shallowPullRequest();
    gh.fault('pulls/get', { kind: 'server-error', status: 503, times: 4 });
    const r = await run();
    expect(r.code, describeRun(r)).toBe(1);
    expect(gh.requests[0]).toMatchObject({ operationId: 'pulls/get', status: 503 });
    expect(r.outputs.result).toBeUndefined();
    const error = r.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(/read pull request #\d+/);
    expect(error).toMatch(/503/);
    expect(r.summary).toContain('labelguard: the check could not complete');
    expect(r.summary).toMatch(/503/);
    expectNoInternalTrace(r);
  },

  'answer-missing-field': async () => {
    const { gh, run } = await shallowPullRequest();
    gh.fault('pulls/get', {
      kind: 'status',
      status: 200,
      body: { number: 1, state: 'open', base: { ref: 'main', sha: 'a'.repeat(40) }, labels: [] },
      times: 4,
    });
    const r = await run();
    expect(r.code, describeRun(r)).toBe(1);
    const error = r.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toContain('GET /repos/{owner}/{repo}/pulls/{pull_number}');
    expect(error).toContain('`head`');
    expect(r.summary).toMatch(/has no \\?`head\\?`/);
    expectNoInternalTrace(r);
  },

  'comment-race-lost': async () => {
    const gh = await startGitHub(camerasSeed());
    const repo = makeChangeRepo(addTelnetToP340w());
    const number = openPullRequest(gh, repo);
    const first = await runOnPullRequest(gh, repo, number, {
      workspace: repo.dir,
      inputs: { refiling: 'false' },
    });
    expect(first.code, describeRun(first)).toBe(1);
    const [old] = gh.state.commentsOn(number, REPOSITORY);
    expect(old).toBeDefined();
    repo.commit(addTelnetAndFtpToP340w(), 'Add ftp too');
    openPullRequest(gh, repo);
    // The other run deletes the comment this run is about to update and writes the same text anew.
    let text = '';
    gh.fault('issues/update-comment', {
      kind: 'mutate',
      when: ({ body }) => {
        text = (body as { body: string }).body;
        return true;
      },
      run: (state) => {
        const comments = state.repo(REPOSITORY).comments;
        comments.splice(
          comments.findIndex((c) => c.id === old!.id),
          1,
        );
        state.addComment(number, text, 'github-actions[bot]', REPOSITORY);
      },
    });
    const r = await runOnPullRequest(gh, repo, number, {
      workspace: repo.dir,
      inputs: { refiling: 'false' },
    });
    expect(r.code, describeRun(r)).toBe(1);
    expect(requestsOf(gh, 'issues/update-comment').map((q) => q.status)).toEqual([404]);
    expect(r.stdout).toContain('updated by another run');
    expect(r.annotations.filter((a) => a.level === 'warning' && /comment/.test(a.message))).toEqual([]);
    const comments = gh.state.commentsOn(number, REPOSITORY);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('ftpd');
  },
};

describe('faults on the built action', () => {
  it.each(actionFaults.map((f) => [f.id, f] as const))('%s: ends as declared', async (id) => {
    await (scenarios[id as keyof typeof scenarios] ?? faultsOnPullRequests[id])!();
  });
});
