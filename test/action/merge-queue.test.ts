/**
 * The built action on `merge_group` events: the merge queue's commit is judged against the queue's base,
 * the exit code follows the target branch's policy, and nothing is written (a merge group has no pull
 * request to comment on).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TOKENS } from '../support/loopback-github.js';
import { runAction } from '../support/runner.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import {
  addTelnetToP340w,
  camerasSeed,
  commentInP340w,
  describeRun,
  type FileChange,
  git,
  makeChangeRepo,
  NOW,
  removeTemps,
  REPOSITORY,
  track,
} from './support.js';

const gh = useLoopbackGitHub({ seed: camerasSeed });
afterAll(removeTemps);

/**
 * Queue the pull request's change for `baseBranch`: as GitHub does, a temporary branch holding the merge
 * of the pull request into the base, checked out as the workspace.
 */
async function runMergeGroup(change: FileChange, baseBranch: string, now = NOW) {
  const repo = makeChangeRepo(change);
  if (baseBranch !== 'main') git(repo.dir, ['branch', baseBranch, repo.base]);
  const queueBranch = `gh-readonly-queue/${baseBranch}/pr-7-${repo.base}`;
  git(repo.dir, ['checkout', '-q', '-b', queueBranch, repo.base]);
  git(repo.dir, ['merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from acme/feature', 'feature']);
  const head = git(repo.dir, ['rev-parse', 'HEAD']);
  const result = track(
    await runAction({
      event: 'merge_group',
      payload: {
        action: 'checks_requested',
        merge_group: {
          head_sha: head,
          head_ref: `refs/heads/${queueBranch}`,
          base_sha: repo.base,
          base_ref: `refs/heads/${baseBranch}`,
          head_commit: { id: head, message: 'Merge pull request #7 from acme/feature' },
        },
        repository: { full_name: REPOSITORY, default_branch: 'main' },
        sender: { login: 'alice' },
      },
      workspace: repo.dir,
      apiUrl: gh.url,
      sha: head,
      ref: `refs/heads/${queueBranch}`,
      inputs: { token: TOKENS.actions, now },
    }),
  );
  return result;
}

describe('a merge group', () => {
  it('fails with exit code 1 when the queued change adds an unrecorded network service', async () => {
    const result = await runMergeGroup(addTelnetToP340w(), 'main');
    expect(result.code, describeRun(result)).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'fail', 'unrecorded-count': '1' });
    expect(result.summary).toContain('telnetd:23');
  });

  it('passes with exit code 0 when the queued change is harmless', async () => {
    const result = await runMergeGroup(commentInP340w(), 'main');
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.outputs.result).toBe('pass');
  });

  it("gates by the target branch's policy: an error that main tolerates blocks a release branch", async () => {
    // By October the camera's OpenSSL 3.0 branch is out of support (an error finding); main fails only on
    // unrecorded material changes, release/* on every error (.labelguard.yml policy.branches).
    const onMain = await runMergeGroup(commentInP340w(), 'main', '2026-10-01');
    const onRelease = await runMergeGroup(commentInP340w(), 'release/2026.10', '2026-10-01');
    expect(onMain.code, describeRun(onMain)).toBe(0);
    expect(onRelease.code, describeRun(onRelease)).toBe(1);
    expect(onRelease.outputs.result).toBe('fail');
  });

  it('writes no comment and makes no write to GitHub', async () => {
    await runMergeGroup(addTelnetToP340w(), 'main');
    expect(gh.writes()).toEqual([]);
    expect(gh.requests.filter((r) => r.path.includes('/comments'))).toEqual([]);
  });
});
