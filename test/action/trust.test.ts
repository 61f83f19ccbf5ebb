/**
 * The built action against the loopback GitHub, on the pull requests a hostile contributor would open to
 * pass their own unrecorded change: a product's SBOM changed outside its folder (by reference or behind a
 * link), and a policy loosened by the pull request itself, on `pull_request` and on `pull_request_target`
 * (where the workspace holds the base branch and the pull request comes from a fork).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TOKENS } from '../support/loopback-github.js';
import { runAction } from '../support/runner.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import {
  camerasSeed,
  COMMENT_ONLY,
  describeRun,
  git,
  makeChangeRepo,
  markedComments,
  NOW,
  openPullRequest,
  pullRequestPayload,
  removeTemps,
  REPOSITORY,
  runOnPullRequest,
  tempDir,
  track,
} from './support.js';
import {
  failOnNever,
  sharedSbomBehindLink,
  sharedSbomOutsideFolder,
  waiverInSamePullRequest,
  type Scenario,
} from './trust-scenarios.js';

const gh = useLoopbackGitHub({ seed: camerasSeed });
afterAll(removeTemps);

interface ProductOutput {
  id: string;
  verdict: string;
}

const products = (outputs: Record<string, string>) => JSON.parse(outputs.products ?? '[]') as ProductOutput[];

describe.each([
  ['referenced outside its folder', sharedSbomOutsideFolder],
  ['behind a symbolic link in its folder', sharedSbomBehindLink],
])('a pull request that changes only a shared SBOM %s', (_name, scenario) => {
  it('judges the product made of it and fails the check', async () => {
    const s = scenario();
    const repo = makeChangeRepo(s.change, 'Take OpenSSL back', s.base);
    const number = openPullRequest(gh, repo);
    const result = await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY });
    expect(result.code, describeRun(result)).toBe(1);
    expect(products(result.outputs)).toContainEqual({
      id: 'avc-p340w',
      path: 'products/avc-p340w',
      verdict: 'fail',
    });
    expect(result.outputs['unrecorded-count']).not.toBe('0');
  });
});

/**
 * A fork's pull request run on `pull_request_target`: the workspace is a clone of the base branch only,
 * and labelguard fetches the pull request's head commit to read its data.
 */
async function runOnTarget(s: Scenario) {
  const repo = makeChangeRepo(s.change, 'Loosen the check', s.base);
  const number = openPullRequest(gh, repo);
  const workspace = tempDir('labelguard-target-');
  git(workspace, ['clone', '-q', '--single-branch', '--branch', 'main', `file://${repo.dir}`, '.']);
  // The fork's commits are reachable from the origin only as the pull request's ref, as on GitHub.
  git(repo.dir, ['update-ref', `refs/pull/${number}/head`, repo.head]);
  const result = track(
    await runAction({
      event: 'pull_request_target',
      payload: pullRequestPayload(repo, number, { fork: true }),
      workspace,
      apiUrl: gh.url,
      repository: REPOSITORY,
      sha: repo.base,
      ref: 'refs/heads/main',
      inputs: { token: TOKENS.actions, now: NOW, ...COMMENT_ONLY },
    }),
  );
  return { result, number };
}

describe.each([
  ['sets `fail_on: never`', failOnNever, 'policy.fail_on'],
  ['waives its own unrecorded change', waiverInSamePullRequest, 'waivers: entry added'],
])('a fork pull request on pull_request_target that downgrades OpenSSL and %s', (_name, scenario, what) => {
  it('is judged with the base policy: the camera fails, and so does the policy change', async () => {
    const { result, number } = await runOnTarget(scenario());
    expect(result.code, describeRun(result)).toBe(1);
    expect(products(result.outputs)).toContainEqual(
      expect.objectContaining({ id: 'avc-p340w', verdict: 'fail' }),
    );
    // The policy change is blocking by default where the head is untrusted.
    const error = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(error.join('\n')).toContain('this change modifies the policy');
    // Shown prominently, what changed from → to, in the summary and in the comment.
    for (const text of [result.summary, markedComments(gh, number)[0]?.body ?? '']) {
      expect(text).toContain('**This change modifies the policy.**');
      expect(text).toContain(what.replace('_', '\\_'));
    }
  });
});

describe('a pull request on pull_request that sets `fail_on: never`', () => {
  it('still fails the camera; the policy change is a warning', async () => {
    const s = failOnNever();
    const repo = makeChangeRepo(s.change, 'Loosen the check', s.base);
    const number = openPullRequest(gh, repo);
    const result = await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY });
    expect(result.code, describeRun(result)).toBe(1);
    expect(products(result.outputs)).toContainEqual(
      expect.objectContaining({ id: 'avc-p340w', verdict: 'fail' }),
    );
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.join('\n')).toContain('this change modifies the policy');
    expect(result.summary).toContain('policy.fail\\_on');
  });
});
