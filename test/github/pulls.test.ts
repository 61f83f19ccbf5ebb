import { describe, expect, test } from 'vitest';
import {
  addAssignees,
  addLabels,
  closePullRequest,
  compareCommits,
  findPullRequestByHead,
  getPullRequest,
  listPullRequestFiles,
  listPullRequests,
  listPullRequestsByHead,
  requestReviewers,
  upsertPullRequest,
} from '../../src/github/pulls.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import { clientFor, openFeaturePullRequest, repo } from './helpers.js';

const gh = useLoopbackGitHub();

function manyFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`sbom/part-${String(i).padStart(4, '0')}.json`] = `{"n":${i}}\n`;
  return files;
}

describe('listPullRequestFiles', () => {
  test('lists every changed file across pages and says the list is complete', async () => {
    gh.state.pushCommit('big', manyFiles(250), { login: 'alice' });
    const pr = gh.state.openPullRequest({ head: 'big', title: 'SBOM split', login: 'alice' }).number;
    const result = await listPullRequestFiles(clientFor(gh), repo, pr);
    expect(result).toMatchObject({ changedFiles: 250, complete: true });
    expect(result.files).toHaveLength(250);
    expect(result.files[0]).toMatchObject({ filename: 'sbom/part-0000.json', status: 'added', additions: 2 });
    expect(gh.requests.filter((r) => r.operationId === 'pulls/list-files')).toHaveLength(3);
  });

  test('says the list is incomplete when the pull request changes more than the 3,000 files GitHub lists', async () => {
    gh.state.pushCommit('huge', manyFiles(3005), { login: 'alice' });
    const pr = gh.state.openPullRequest({ head: 'huge', title: 'Everything', login: 'alice' }).number;
    const result = await listPullRequestFiles(clientFor(gh), repo, pr);
    expect(result.changedFiles).toBe(3005);
    expect(result.files).toHaveLength(3000);
    expect(result.complete).toBe(false);
  });
});

describe('compareCommits', () => {
  test('reports the commits and files between base and head, with who wrote each commit', async () => {
    const head = gh.state.pushCommit(
      'feature',
      { 'products/cam-x1/product.yaml': 'id: cam-x1\nfirmware: 2\n' },
      { login: 'alice' },
    );
    const result = await compareCommits(clientFor(gh), repo, 'main', 'feature');
    expect(result).toMatchObject({ status: 'ahead', aheadBy: 1, behindBy: 0, filesMayBeTruncated: false });
    expect(result.commits).toEqual([
      expect.objectContaining({ sha: head, authorLogin: 'alice', committerLogin: 'alice', verified: false }),
    ]);
    const stored = gh.state.repo().commits;
    expect(result.commits[0]?.treeSha).toBe(stored.get(head)?.tree);
    expect(result.baseSha).toBe(gh.state.branchSha('main'));
    expect(result.baseTreeSha).toBe(stored.get(result.baseSha)?.tree);
    expect(result.mergeBaseTreeSha).toBe(stored.get(result.mergeBaseSha)?.tree);
    expect(result.files.map((f) => [f.filename, f.status])).toEqual([
      ['products/cam-x1/product.yaml', 'modified'],
    ]);
  });

  test('pages through more than 100 commits', async () => {
    for (let i = 0; i < 130; i++)
      gh.state.pushCommit('long', { 'log.txt': `entry ${i}\n` }, { login: 'bob' });
    const result = await compareCommits(clientFor(gh), repo, 'main', 'long');
    expect(result.aheadBy).toBe(130);
    expect(result.commits).toHaveLength(130);
    expect(result.commits[129]?.sha).toBe(gh.state.branchSha('long'));
    expect(result.files.map((f) => f.filename)).toEqual(['log.txt']);
  });

  test('reports a diverged branch from the merge base', async () => {
    gh.state.pushCommit('feature', { 'a.txt': 'a\n' }, { login: 'alice' });
    gh.state.pushCommit('main', { 'b.txt': 'b\n' }, { login: 'bob' });
    const result = await compareCommits(clientFor(gh), repo, 'main', 'feature');
    expect(result).toMatchObject({ status: 'diverged', aheadBy: 1, behindBy: 1 });
    expect(result.files.map((f) => f.filename)).toEqual(['a.txt']);
  });
});

describe('pull requests by head branch', () => {
  test('finds the open pull request of a branch, and nothing for a branch without one', async () => {
    const pr = openFeaturePullRequest(gh, 'feature');
    expect((await findPullRequestByHead(clientFor(gh), repo, { head: 'feature' }))?.number).toBe(pr);
    expect(await findPullRequestByHead(clientFor(gh), repo, { head: 'other' })).toBeUndefined();
  });

  test('says who opened each pull request', async () => {
    const pr = openFeaturePullRequest(gh, 'feature');
    expect((await getPullRequest(clientFor(gh), repo, pr)).author).toBe('alice');
    expect((await findPullRequestByHead(clientFor(gh), repo, { head: 'feature' }))?.author).toBe('alice');
  });

  test('lists the open and closed pull requests of one branch, newest first', async () => {
    const first = openFeaturePullRequest(gh, 'labelguard/refile/cam-x1');
    await closePullRequest(clientFor(gh), repo, first);
    const second = gh.state.openPullRequest({
      head: 'labelguard/refile/cam-x1',
      title: 'Refile again',
      login: 'github-actions[bot]',
    }).number;
    openFeaturePullRequest(gh, 'labelguard/refile/cam-x2');
    const pulls = await listPullRequestsByHead(clientFor(gh), repo, {
      head: 'labelguard/refile/cam-x1',
      state: 'all',
    });
    expect(pulls.map((p) => [p.number, p.state, p.author])).toEqual([
      [second, 'open', 'github-actions[bot]'],
      [first, 'closed', 'alice'],
    ]);
  });

  test('lists the open pull requests into one base branch', async () => {
    gh.state.createBranch('release/2.x', 'main');
    gh.state.pushCommit('fix', { 'a.txt': 'a\n' }, { login: 'bob' });
    const intoMain = openFeaturePullRequest(gh, 'feature');
    const intoRelease = gh.state.openPullRequest({
      head: 'fix',
      base: 'release/2.x',
      title: 'Backport',
      login: 'bob',
    }).number;
    const release = await listPullRequests(clientFor(gh), repo, { base: 'release/2.x' });
    expect(release.map((p) => [p.number, p.baseRef, p.author])).toEqual([
      [intoRelease, 'release/2.x', 'bob'],
    ]);
    const open = await listPullRequests(clientFor(gh), repo);
    expect(open.map((p) => p.number).sort()).toEqual([intoMain, intoRelease].sort());
  });

  test('opens, then updates, then leaves alone a refiling pull request', async () => {
    gh.state.pushCommit(
      'labelguard/refile/cam-x1',
      { 'filing.yaml': 'status: refiling-required\n' },
      { login: 'alice' },
    );
    const input = {
      head: 'labelguard/refile/cam-x1',
      base: 'main',
      title: 'Refile CAM-X1',
      body: 'v1',
      draft: true,
    };
    const created = await upsertPullRequest(clientFor(gh), repo, input);
    expect(created.operation).toBe('created');
    expect(created.pull).toMatchObject({ draft: true, headRef: 'labelguard/refile/cam-x1', baseRef: 'main' });
    const updated = await upsertPullRequest(clientFor(gh), repo, { ...input, body: 'v2' });
    expect(updated).toMatchObject({
      operation: 'updated',
      pull: { number: created.pull.number, body: 'v2' },
    });
    const writes = gh.writes().length;
    const unchanged = await upsertPullRequest(clientFor(gh), repo, { ...input, body: 'v2' });
    expect(unchanged.operation).toBe('unchanged');
    expect(gh.writes()).toHaveLength(writes);
  });

  test('when a parallel run opens the pull request first, reads it back and updates it', async () => {
    gh.state.pushCommit('labelguard/refile/cam-x1', { 'filing.yaml': 'x\n' }, { login: 'alice' });
    gh.fault('pulls/create', {
      kind: 'mutate',
      run: (state) => {
        state.openPullRequest({
          head: 'labelguard/refile/cam-x1',
          title: 'Refile (other run)',
          login: 'github-actions[bot]',
        });
      },
    });
    const result = await upsertPullRequest(clientFor(gh), repo, {
      head: 'labelguard/refile/cam-x1',
      base: 'main',
      title: 'Refile CAM-X1',
      body: 'v1',
    });
    expect(result).toMatchObject({ operation: 'updated', pull: { title: 'Refile CAM-X1' } });
    expect(gh.state.repo().issues.filter((i) => i.pull)).toHaveLength(1);
  });

  test('closes a pull request with a comment that says why', async () => {
    const pr = openFeaturePullRequest(gh);
    const closed = await closePullRequest(clientFor(gh), repo, pr, 'The base now records this change.');
    expect(closed.state).toBe('closed');
    expect(gh.state.commentsOn(pr).map((c) => c.body)).toEqual(['The base now records this change.']);
  });

  test('requests reviewers and adds labels and assignees', async () => {
    const pr = openFeaturePullRequest(gh);
    const client = clientFor(gh);
    await requestReviewers(client, repo, pr, { reviewers: ['bob'], teamReviewers: ['compliance'] });
    await addLabels(client, repo, pr, ['labelguard', 'refiling']);
    await addAssignees(client, repo, pr, ['alice']);
    const issue = gh.state.repo().issues.find((i) => i.number === pr);
    expect(issue?.pull).toMatchObject({ requestedReviewers: ['bob'], requestedTeams: ['compliance'] });
    expect(issue).toMatchObject({ labels: ['labelguard', 'refiling'], assignees: ['alice'] });
    expect((await getPullRequest(client, repo, pr)).labels).toEqual(['labelguard', 'refiling']);
  });

  test('empty reviewer, label and assignee lists make no request', async () => {
    const pr = openFeaturePullRequest(gh);
    await requestReviewers(clientFor(gh), repo, pr, {});
    await addLabels(clientFor(gh), repo, pr, []);
    await addAssignees(clientFor(gh), repo, pr, []);
    expect(gh.requests).toHaveLength(0);
  });
});
