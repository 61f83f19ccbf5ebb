import { beforeEach, describe, expect, test } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import { commitChanges, gitBlobSha } from '../../src/github/git-data.js';
import { parseMetadata } from '../../src/refiling/metadata.js';
import { listRefilingPullRequests } from '../../src/refiling/exec/pull-lookup.js';
import { closeStaleRefilings, syncRefiling } from '../../src/refiling/exec/sync.js';
import type { RefilingPlan, RefilingResult } from '../../src/refiling/types.js';
import { actionsBot, clientFor, repo } from '../github/helpers.js';
import { TOKENS } from '../support/loopback-github.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import {
  FILING_PATH,
  laterChange,
  mainOf,
  planOn,
  pullRequestsOf,
  seedFiling,
  unrecordedChanges,
} from './support.js';

const gh = useLoopbackGitHub();
let octokit: GitHubClient;
beforeEach(() => {
  seedFiling(gh);
  octokit = clientFor(gh);
});

const BRANCH = 'labelguard/refile/main/cam-x1';

function sync(
  plan: RefilingPlan,
  client: GitHubClient = octokit,
  extra: { maxOpen?: number } = {},
): Promise<RefilingResult[]> {
  return syncRefiling({
    octokit: client,
    repo,
    identity: actionsBot,
    target: mainOf(gh),
    plans: [plan],
    ...extra,
  });
}

async function syncOne(plan: RefilingPlan, client: GitHubClient = octokit): Promise<RefilingResult> {
  const [result] = await sync(plan, client);
  if (!result) throw new Error('no result');
  return result;
}

/** Requests made while `run` ran, as `operation-id` strings. */
async function requestsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const before = gh.requests.length;
  await run();
  return gh.requests.slice(before).map((r) => r.operationId ?? `${r.method} ${r.path}`);
}

function writesDuring(ops: string[]): string[] {
  return ops.filter((op) => !/\/(get|list)/.test(op) && !op.includes('compare'));
}

/** Close a pull request as alice would, from the web page. */
async function closeAsPerson(number: number): Promise<void> {
  await clientFor(gh, TOKENS.alice).rest.pulls.update({ ...repo, pull_number: number, state: 'closed' });
}

function branchFiles(branch: string): Map<string, string> {
  const r = gh.state.repo();
  const commit = r.commits.get(gh.state.branchSha(branch) ?? '');
  return new Map([...r.flatten(commit?.tree ?? '')].map(([path, e]) => [path, e.sha]));
}

describe('creating a refiling pull request', () => {
  test('opens one pull request with the evidence and the updated filing record as one signed commit on the target', async () => {
    const main = gh.state.branchSha('main');
    const plan = planOn(gh);
    const result = await syncOne(plan);

    expect(result).toMatchObject({ productId: 'cam-x1', operation: 'created', number: 1, branch: BRANCH });
    const head = gh.state.repo().commits.get(gh.state.branchSha(BRANCH) ?? '');
    expect(head).toMatchObject({ parents: [main], verified: true, message: plan.commitMessage });
    for (const file of plan.files) {
      const stored = gh.state.repo().blobs.get(branchFiles(BRANCH).get(file.path) ?? '');
      expect(stored, file.path).toEqual(Buffer.from(file.content));
    }
    expect(gh.state.readFile(BRANCH, FILING_PATH)).toContain('status: refiling-required');
    expect(gh.state.readFile(BRANCH, 'README.md')).toBe('# widgets\n');
  });

  test('opens it against the target with the planned title, body, labels, reviewers and assignees', async () => {
    const plan = planOn(gh);
    await syncOne(plan);

    const [pr] = pullRequestsOf(gh);
    expect(pr).toMatchObject({
      title: plan.title,
      body: plan.body,
      user: 'github-actions[bot]',
      state: 'open',
    });
    expect(pr?.pull).toMatchObject({
      head: BRANCH,
      base: 'main',
      draft: false,
      requestedReviewers: ['alice', 'bob'],
      requestedTeams: ['compliance'],
    });
    expect(pr?.labels).toEqual(['cn-ccl-refiling', 'compliance']);
    expect(pr?.assignees).toEqual(['alice']);
    expect(parseMetadata(pr?.body)).toEqual(plan.metadata);
  });

  test('opens a draft when the settings ask for one', async () => {
    await syncOne(planOn(gh, {}, { draft: true }));
    expect(pullRequestsOf(gh)[0]?.pull?.draft).toBe(true);
  });

  test('reports a reviewer GitHub refuses as a warning and keeps the pull request', async () => {
    const result = await syncOne(planOn(gh, {}, { reviewers: ['nobody-here'] }));
    expect(result.operation).toBe('created');
    expect(result.warnings?.[0]).toMatch(/request reviewers on #1.*collaborator/);
    expect(pullRequestsOf(gh)).toHaveLength(1);
  });

  test('opens no pull request beyond refiling.max_open and says why', async () => {
    const other = planOn(gh, { productId: 'cam-x2', productDir: 'products/cam-x2' });
    await syncOne(other);
    const [result] = await sync(planOn(gh), octokit, { maxOpen: 1 });
    expect(result).toMatchObject({
      operation: 'blocked',
      reason: expect.stringMatching(/1 refiling pull requests are open.*max_open is 1/) as unknown,
    });
    expect(pullRequestsOf(gh)).toHaveLength(1);
    expect(gh.state.branchSha(BRANCH)).toBeUndefined();
  });
});

describe('keeping one pull request up to date', () => {
  test('leaves an unchanged pull request alone with one read and no write', async () => {
    await syncOne(planOn(gh));
    let result: RefilingResult | undefined;
    const ops = await requestsDuring(async () => {
      result = await syncOne(planOn(gh));
    });
    expect(result).toMatchObject({ operation: 'unchanged', number: 1 });
    expect(ops).toEqual(['pulls/list']);
  });

  test('with the open refiling pull requests read up front, an unchanged product costs no request at all', async () => {
    await syncOne(planOn(gh));
    const open = await listRefilingPullRequests(octokit, repo, {
      identity: actionsBot,
      branchPrefix: 'labelguard/refile',
    });
    const ops = await requestsDuring(() =>
      syncRefiling({
        octokit,
        repo,
        identity: actionsBot,
        target: mainOf(gh),
        plans: [planOn(gh)],
        openRefilingPrs: open,
      }),
    );
    expect(ops).toEqual([]);
  });

  test('a moved target alone does not regenerate the pull request', async () => {
    await syncOne(planOn(gh));
    gh.state.pushCommit('main', { 'docs/unrelated.md': 'x\n' }, { login: 'bob' });
    const result = await syncOne(planOn(gh));
    expect(result.operation).toBe('unchanged');
  });

  test('regenerates the branch as one new commit on the target and updates the same pull request when the inputs change', async () => {
    await syncOne(planOn(gh));
    const newMain = gh.state.pushCommit('main', { 'docs/unrelated.md': 'x\n' }, { login: 'bob' });
    const plan = planOn(gh, { changes: [...unrecordedChanges(), laterChange()] });
    const result = await syncOne(plan);

    expect(result).toMatchObject({ operation: 'updated', number: 1 });
    expect(pullRequestsOf(gh)).toHaveLength(1);
    const head = gh.state.repo().commits.get(gh.state.branchSha(BRANCH) ?? '');
    expect(head?.parents).toEqual([newMain]);
    expect(head?.verified).toBe(true);
    expect(gh.state.readFile(BRANCH, 'docs/unrelated.md')).toBe('x\n');
    expect(gh.state.readFile(BRANCH, FILING_PATH)).toContain('sbom:aaaabbbbccccdddd');
    expect(pullRequestsOf(gh)[0]).toMatchObject({ title: plan.title, body: plan.body });
  });

  test('updates only the title and body when the files are the same', async () => {
    await syncOne(planOn(gh));
    const before = gh.state.branchSha(BRANCH);
    const plan = planOn(gh);
    const edited: RefilingPlan = {
      ...plan,
      title: `${plan.title} (renamed)`,
      metadata: { ...plan.metadata, digest: `sha256:${'e'.repeat(64)}` },
    };
    const ops = await requestsDuring(() => sync(edited));
    expect(ops).toEqual(['pulls/list', 'pulls/update']);
    expect(gh.state.branchSha(BRANCH)).toBe(before);
    expect(pullRequestsOf(gh)[0]?.title).toBe(edited.title);
  });

  // Per product, an update may cost at most this many API calls.
  const UPDATE_BUDGET = 8;
  const UPDATE_CALLS = [
    'pulls/list',
    'repos/compare-commits-with-basehead',
    'git/create-tree',
    'git/create-commit',
    'git/get-ref',
    'git/update-ref',
    'pulls/update',
  ];

  test('an update costs at most 8 API calls, 4 of them writes, when the target has not moved', async () => {
    await syncOne(planOn(gh));
    const plan = planOn(gh, { changes: [...unrecordedChanges(), laterChange()] });
    const ops = await requestsDuring(() => sync(plan));
    // Find the pull request; compare the branch with the target (its commits, trees and blobs); write
    // the tree and the commit; re-read the branch just before forcing it; update the body.
    expect(ops).toEqual(UPDATE_CALLS);
    expect(ops.length).toBeLessThanOrEqual(UPDATE_BUDGET);
    expect(writesDuring(ops)).toEqual([
      'git/create-tree',
      'git/create-commit',
      'git/update-ref',
      'pulls/update',
    ]);
  });

  test('an update on a moved target costs at most 8 API calls', async () => {
    await syncOne(planOn(gh));
    const newMain = gh.state.pushCommit('main', { 'docs/unrelated.md': 'x\n' }, { login: 'bob' });
    const plan = planOn(gh, { changes: [...unrecordedChanges(), laterChange()] });
    const ops = await requestsDuring(() => sync(plan));
    expect(ops).toEqual(UPDATE_CALLS);
    expect(ops.length).toBeLessThanOrEqual(UPDATE_BUDGET);
    expect(gh.state.repo().commits.get(gh.state.branchSha(BRANCH) ?? '')?.parents).toEqual([newMain]);
  });

  test('an update does not upload the label image again when it is unchanged', async () => {
    await syncOne(planOn(gh));
    const plan = planOn(gh, { changes: [...unrecordedChanges(), laterChange()] });
    const label = plan.files.find((f) => f.path.endsWith('/label.png'));
    expect(label?.content).toBeInstanceOf(Uint8Array);
    expect(branchFiles(BRANCH).get(label?.path ?? '')).toBe(gitBlobSha(label?.content ?? ''));

    const ops = await requestsDuring(() => sync(plan));
    expect(ops).not.toContain('git/create-blob');
    expect(branchFiles(BRANCH).get(label?.path ?? '')).toBe(gitBlobSha(label?.content ?? ''));
    expect(gh.state.readFile(BRANCH, FILING_PATH)).toContain('sbom:aaaabbbbccccdddd');
  });

  test('creating a refiling pull request costs 11 API calls', async () => {
    const ops = await requestsDuring(() => sync(planOn(gh)));
    // No branch to compare with yet: the base tree is read, and the label image is uploaded once.
    expect(ops).toEqual([
      'pulls/list',
      'git/get-ref',
      'git/get-commit',
      'git/create-blob',
      'git/create-tree',
      'git/create-commit',
      'git/create-ref',
      'pulls/create',
      'issues/add-labels',
      'pulls/request-reviewers',
      'issues/add-assignees',
    ]);
  });
});

describe('a person pushed to the refiling branch', () => {
  test('comments instead of overwriting their commit and reports blocked', async () => {
    await syncOne(planOn(gh));
    const theirs = gh.state.pushCommit(
      BRANCH,
      { [`${FILING_PATH}`]: 'edited by hand\n' },
      { login: 'alice', message: 'Fix the summary' },
    );
    const result = await syncOne(planOn(gh, { changes: [...unrecordedChanges(), laterChange()] }));

    expect(result).toMatchObject({
      operation: 'blocked',
      number: 1,
      reason: expect.stringContaining('never overwrites') as unknown,
    });
    expect(gh.state.branchSha(BRANCH)).toBe(theirs);
    const comments = gh.state.commentsOn(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('labelguard stopped updating this refiling pull request');
    expect(comments[0]?.body).toContain(theirs.slice(0, 12));
  });

  test('does not repeat the comment on the next run', async () => {
    await syncOne(planOn(gh));
    gh.state.pushCommit(BRANCH, { [FILING_PATH]: 'edited by hand\n' }, { login: 'alice' });
    const plan = planOn(gh, { changes: [...unrecordedChanges(), laterChange()] });
    await syncOne(plan);
    let result: RefilingResult | undefined;
    const ops = await requestsDuring(async () => {
      result = await syncOne(plan);
    });
    expect(result?.operation).toBe('blocked');
    expect(gh.state.commentsOn(1)).toHaveLength(1);
    expect(writesDuring(ops)).toEqual([]);
    expect(ops).toEqual([
      'pulls/list',
      'repos/compare-commits-with-basehead',
      'git/get-ref',
      'issues/list-comments',
    ]);
  });

  test('does not overwrite a commit pushed after the pull requests were listed', async () => {
    await syncOne(planOn(gh));
    const listed = await listRefilingPullRequests(octokit, repo, {
      identity: actionsBot,
      branchPrefix: 'labelguard/refile',
    });
    const theirs = gh.state.pushCommit(BRANCH, { 'notes.md': 'mine\n' }, { login: 'alice' });
    const [result] = await syncRefiling({
      octokit,
      repo,
      identity: actionsBot,
      target: mainOf(gh),
      plans: [planOn(gh, { changes: [...unrecordedChanges(), laterChange()] })],
      openRefilingPrs: listed,
    });
    expect(result).toMatchObject({ operation: 'blocked', number: 1, commitSha: theirs });
    expect(gh.state.branchSha(BRANCH)).toBe(theirs);
    expect(gh.state.readFile(BRANCH, 'notes.md')).toBe('mine\n');
  });

  test('leaves their branch alone when there is no pull request to comment on', async () => {
    const theirs = gh.state.pushCommit(BRANCH, { 'notes.md': 'mine\n' }, { login: 'alice' });
    const result = await syncOne(planOn(gh));
    expect(result).toMatchObject({
      operation: 'blocked',
      reason: expect.stringContaining('delete the branch') as unknown,
    });
    expect(gh.state.branchSha(BRANCH)).toBe(theirs);
    expect(pullRequestsOf(gh)).toHaveLength(0);
  });

  test('does not touch a pull request from the refiling branch that a person opened', async () => {
    gh.state.pushCommit(BRANCH, { 'notes.md': 'mine\n' }, { login: 'alice' });
    gh.state.openPullRequest({ head: BRANCH, title: 'My refiling', body: 'by hand', login: 'alice' });
    const ops = await requestsDuring(async () => {
      const result = await syncOne(planOn(gh));
      expect(result).toMatchObject({
        operation: 'blocked',
        number: 1,
        reason: expect.stringContaining('opened by alice') as unknown,
      });
    });
    expect(writesDuring(ops)).toEqual([]);
    expect(pullRequestsOf(gh)[0]).toMatchObject({ title: 'My refiling', body: 'by hand' });
  });
});

describe('closed means ignore', () => {
  test('leaves a pull request a person closed alone while the changes are the same', async () => {
    await syncOne(planOn(gh));
    await closeAsPerson(1);
    let result: RefilingResult | undefined;
    const ops = await requestsDuring(async () => {
      // Even regenerated on another day: the fingerprints, not the files, say what was ignored.
      result = await syncOne(planOn(gh, { filingId: '2026-12-01' }));
    });
    expect(result).toMatchObject({
      operation: 'unchanged',
      number: 1,
      reason: expect.stringContaining('closed without merging') as unknown,
    });
    expect(ops).toEqual(['pulls/list']);
    expect(pullRequestsOf(gh).map((p) => p.state)).toEqual(['closed']);
  });

  test('opens a new pull request that replaces the closed one when a new change appears', async () => {
    await syncOne(planOn(gh));
    await closeAsPerson(1);
    const plan = planOn(gh, { changes: [...unrecordedChanges(), laterChange()] });
    const result = await syncOne(plan);

    expect(result).toMatchObject({ operation: 'created', number: 2 });
    expect(pullRequestsOf(gh).map((p) => [p.number, p.state])).toEqual([
      [1, 'closed'],
      [2, 'open'],
    ]);
    expect(pullRequestsOf(gh)[1]?.body).toContain('replaces #1');
    expect(gh.state.readFile(BRANCH, FILING_PATH)).toContain('sbom:aaaabbbbccccdddd');
  });

  test('a replacement keeps saying which pull request it replaced when it is updated', async () => {
    await syncOne(planOn(gh));
    await closeAsPerson(1);
    await syncOne(planOn(gh, { changes: [...unrecordedChanges(), laterChange()] }));
    const third = laterChange({ subject: 'zlib', fingerprint: 'sbom:eeeeffff00001111' });
    const result = await syncOne(planOn(gh, { changes: [...unrecordedChanges(), laterChange(), third] }));
    expect(result).toMatchObject({ operation: 'updated', number: 2 });
    expect(pullRequestsOf(gh)[1]?.body).toContain('replaces #1');
  });
});

describe('when the need disappears', () => {
  test('closes the pull request with a comment and deletes its branch', async () => {
    await syncOne(planOn(gh));
    const results = await closeStaleRefilings({
      octokit,
      repo,
      identity: actionsBot,
      target: mainOf(gh),
      productIdsStillNeeding: [],
    });

    expect(results).toMatchObject([{ productId: 'cam-x1', operation: 'closed', number: 1 }]);
    const [pr] = pullRequestsOf(gh);
    expect(pr?.state).toBe('closed');
    expect(gh.state.commentsOn(1)[0]?.body).toContain('no longer has unrecorded changes');
    expect(gh.state.branchSha(BRANCH)).toBeUndefined();
    expect(parseMetadata(pr?.body)?.closed).toBe('obsolete');
  });

  test('reports a listing it cannot read as one failed result', async () => {
    gh.fault('pulls/list', { kind: 'missing-permission', permission: 'pull_requests=read' });
    const results = await closeStaleRefilings({
      octokit,
      repo,
      identity: actionsBot,
      target: mainOf(gh),
      productIdsStillNeeding: [],
    });
    expect(results).toMatchObject([{ operation: 'failed', permission: 'pull-requests=read' }]);
  });

  test('leaves the pull request of a product that still needs one open', async () => {
    await syncOne(planOn(gh));
    const results = await closeStaleRefilings({
      octokit,
      repo,
      identity: actionsBot,
      target: mainOf(gh),
      productIdsStillNeeding: ['cam-x1'],
    });
    expect(results).toEqual([]);
    expect(pullRequestsOf(gh)[0]?.state).toBe('open');
  });

  test('keeps the branch of a stale pull request that carries a person’s commit', async () => {
    await syncOne(planOn(gh));
    gh.state.pushCommit(BRANCH, { 'notes.md': 'mine\n' }, { login: 'alice' });
    const [result] = await closeStaleRefilings({
      octokit,
      repo,
      identity: actionsBot,
      target: mainOf(gh),
      productIdsStillNeeding: [],
    });
    expect(result).toMatchObject({
      operation: 'closed',
      reason: expect.stringContaining('branch was kept') as unknown,
    });
    expect(gh.state.branchSha(BRANCH)).toBeDefined();
  });

  test('a refiling labelguard closed as obsolete is opened again when the same changes come back', async () => {
    await syncOne(planOn(gh));
    await closeStaleRefilings({
      octokit,
      repo,
      identity: actionsBot,
      target: mainOf(gh),
      productIdsStillNeeding: [],
    });
    const result = await syncOne(planOn(gh));
    expect(result).toMatchObject({ operation: 'created', number: 2 });
  });
});

describe('when the target already holds the refiling', () => {
  test('closes its pull request and deletes the branch', async () => {
    await syncOne(planOn(gh));
    const plan = planOn(gh, { changes: [...unrecordedChanges(), laterChange()] });
    // Someone committed exactly these files to main themselves.
    await commitChanges(clientFor(gh, TOKENS.alice), repo, {
      branch: 'main',
      parentSha: mainOf(gh).sha,
      message: 'Record the refiling by hand',
      changes: plan.files,
      identity: { login: 'alice', source: 'rest-user' },
    });
    const [result] = await sync(plan);
    expect(result).toMatchObject({
      operation: 'closed',
      number: 1,
      reason: expect.stringContaining('already contains') as unknown,
    });
    expect(pullRequestsOf(gh)[0]?.state).toBe('closed');
    expect(gh.state.branchSha(BRANCH)).toBeUndefined();
  });
  test('opens nothing when there is no pull request yet', async () => {
    const plan = planOn(gh);
    await commitChanges(clientFor(gh, TOKENS.alice), repo, {
      branch: 'main',
      parentSha: mainOf(gh).sha,
      message: 'Record the refiling by hand',
      changes: plan.files,
      identity: { login: 'alice', source: 'rest-user' },
    });
    const result = await syncOne(plan);
    expect(result).toMatchObject({
      operation: 'unchanged',
      reason: expect.stringContaining('already contains') as unknown,
    });
    expect(pullRequestsOf(gh)).toHaveLength(0);
    expect(gh.state.branchSha(BRANCH)).toBeUndefined();
  });
});

describe('races and failures', () => {
  test('two runs at once for the same product end with exactly one pull request', async () => {
    const plan = planOn(gh);
    const results = await Promise.all([syncOne(plan, clientFor(gh)), syncOne(plan, clientFor(gh))]);

    expect(results.map((r) => r.operation).sort()).toEqual(['created', 'unchanged']);
    // The two runs really met: one lost a race for the branch or for the pull request and read again.
    const lost = gh.requests.filter((r) => r.status === 422).map((r) => r.operationId);
    expect(lost.some((op) => op === 'git/create-ref' || op === 'pulls/create')).toBe(true);
    expect(pullRequestsOf(gh)).toHaveLength(1);
    expect(new Set(results.map((r) => r.number))).toEqual(new Set([1]));
    const head = gh.state.repo().commits.get(gh.state.branchSha(BRANCH) ?? '');
    expect(head?.parents).toEqual([gh.state.branchSha('main')]);
  });

  test('a run that failed after pushing the branch is completed by the next run', async () => {
    gh.fault('pulls/create', { kind: 'server-error', status: 500, times: 4 });
    const plan = planOn(gh);
    const first = await syncOne(plan);
    expect(first).toMatchObject({
      operation: 'failed',
      reason: expect.stringContaining('the next run completes the pull request') as unknown,
    });
    expect(pullRequestsOf(gh)).toHaveLength(0);
    const pushed = gh.state.branchSha(BRANCH);
    expect(pushed).toBeDefined();

    const second = await syncOne(plan);
    expect(second).toMatchObject({ operation: 'created', number: 1, commitSha: pushed });
    expect(pullRequestsOf(gh)).toHaveLength(1);
    expect(pullRequestsOf(gh)[0]?.body).toBe(plan.body);
    expect(gh.state.readFile(BRANCH, FILING_PATH)).toBe(
      plan.files.find((f) => f.path === FILING_PATH)?.content,
    );
  });

  test('a run after an interrupted one finds the branch already holding the files and commits nothing', async () => {
    gh.fault('pulls/create', { kind: 'server-error', status: 500, times: 4 });
    await syncOne(planOn(gh));
    const pushed = gh.state.branchSha(BRANCH);
    const ops = await requestsDuring(() => sync(planOn(gh)));
    expect(gh.state.branchSha(BRANCH)).toBe(pushed);
    expect(writesDuring(ops).filter((op) => op.startsWith('git/'))).toEqual([]);
  });

  test('a pull request another run opened a moment earlier is found again, not duplicated', async () => {
    const plan = planOn(gh);
    // Between our commit and our "create", a parallel run (or a lost answer to our own retried
    // request) opened it: GitHub answers "A pull request already exists".
    gh.fault('pulls/create', {
      kind: 'mutate',
      run: (state) => {
        state.openPullRequest({
          head: BRANCH,
          title: plan.title,
          body: plan.body,
          login: 'github-actions[bot]',
        });
      },
    });
    const result = await syncOne(plan);
    expect(result).toMatchObject({ operation: 'unchanged', number: 1 });
    expect(pullRequestsOf(gh)).toHaveLength(1);
  });

  test('a pull request another run opened with older content is brought up to date', async () => {
    const older = planOn(gh);
    const plan = planOn(gh, { changes: [...unrecordedChanges(), laterChange()] });
    gh.fault('pulls/create', {
      kind: 'mutate',
      run: (state) => {
        state.openPullRequest({
          head: BRANCH,
          title: older.title,
          body: older.body,
          login: 'github-actions[bot]',
        });
      },
    });
    const result = await syncOne(plan);
    expect(result).toMatchObject({ operation: 'updated', number: 1 });
    expect(pullRequestsOf(gh)).toHaveLength(1);
    expect(pullRequestsOf(gh)[0]?.body).toBe(plan.body);
  });

  test('a read-only token fails with the missing permission named', async () => {
    const result = await syncOne(planOn(gh), clientFor(gh, TOKENS.readOnly));
    expect(result).toMatchObject({ operation: 'failed', permission: 'contents=write' });
    expect(result.reason).toContain('`contents: write`');
    expect(pullRequestsOf(gh)).toHaveLength(0);
  });

  test('a repository that forbids GitHub Actions to open pull requests fails with the setting named', async () => {
    gh.fault('pulls/create', {
      kind: 'status',
      status: 403,
      message: 'GitHub Actions is not permitted to create or approve pull requests.',
    });
    const result = await syncOne(planOn(gh));
    expect(result.operation).toBe('failed');
    expect(result.reason).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(result.reason).toContain('the next run completes the pull request');
  });

  test('one product failing does not stop the others', async () => {
    gh.fault('pulls/list', { kind: 'status', status: 404, message: 'Not Found' });
    const other = planOn(gh, { productId: 'cam-x2', productDir: 'products/cam-x2' });
    const results = await syncRefiling({
      octokit,
      repo,
      identity: actionsBot,
      target: mainOf(gh),
      plans: [planOn(gh), other],
    });
    expect(results.map((r) => [r.productId, r.operation])).toEqual([
      ['cam-x1', 'failed'],
      ['cam-x2', 'created'],
    ]);
  });

  test('refuses a plan made for another target branch', async () => {
    const plan = planOn(gh);
    const [result] = await syncRefiling({
      octokit,
      repo,
      identity: actionsBot,
      target: { branch: 'release/2.x', sha: mainOf(gh).sha },
      plans: [plan],
    });
    expect(result).toMatchObject({
      operation: 'failed',
      reason: expect.stringContaining('plan it again') as unknown,
    });
    expect(gh.requests).toHaveLength(0);
  });
});
