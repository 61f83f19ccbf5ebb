/**
 * Named faults on the refiling flow of a push to main (two products to refile): 5xx, timeouts beyond the
 * client's, primary and secondary rate limits, permissions, 409 and 422 ref races, a branch deleted mid-run,
 * a person pushing mid-run, truncated and failing listings, data that cannot be planned. Each ends where
 * its declaration says; where a run fails, a rerun without the fault reaches the clean run's end state.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RefilingResult } from '../../src/refiling/index.js';
import { camerasSeed } from '../action/support.js';
import { startLoopbackGitHub, type LoopbackGitHub } from '../support/loopback-github.js';
import { useLoopbackServers } from '../support/use-loopback-github.js';
import { refilingFaults } from './cases.js';
import {
  assertNothingSilentlyLost,
  assertRightEndState,
  branchOf,
  checked,
  checkedEdited,
  endState,
  NEEDING,
  pushToMain,
  refile,
  refilingPullRequests,
  removeTemps,
  REPOSITORY,
  type EndState,
} from './support.js';

afterAll(removeTemps);
const startGitHub = useLoopbackServers();

const base = await checked();
const withFtp = await checked([
  ['telnetd', 23],
  ['ftpd', 21],
]);

/** The end state of clean runs: the base inputs, and the base followed by an update (ftp added). */
async function cleanStates(): Promise<{ base: EndState; updated: EndState }> {
  const gh = await startLoopbackGitHub(camerasSeed(base.files));
  try {
    await refile(gh, base.outcome);
    const first = endState(gh);
    pushToMain(gh, withFtp.files, base.files);
    await refile(gh, withFtp.outcome);
    return { base: first, updated: endState(gh) };
  } finally {
    await gh.close();
  }
}
const clean = await cleanStates();

const operations = (results: RefilingResult[]) => results.map((r) => [r.productId, r.operation]);
const statuses = (gh: LoopbackGitHub, operationId: string) =>
  gh.requests.filter((r) => r.operationId === operationId).map((r) => r.status);

/** Run again without faults and check the end state is the clean run's. */
async function rerunIsClean(
  gh: LoopbackGitHub,
  outcome = base.outcome,
  expected = clean.base,
): Promise<void> {
  const again = await refile(gh, outcome);
  for (const r of again)
    expect(['created', 'updated', 'unchanged'], JSON.stringify(r)).toContain(r.operation);
  assertRightEndState(gh, expected);
}

/** Start from the clean state of the base inputs, then push the update (ftp added) to main. */
async function createdThenUpdated(gh: LoopbackGitHub): Promise<void> {
  await refile(gh, base.outcome);
  pushToMain(gh, withFtp.files, base.files);
}

const scenarios: Record<(typeof refilingFaults)[number]['id'], (gh: LoopbackGitHub) => Promise<void>> = {
  'every-request-fails-once': async (gh) => {
    const seen = new Set<string>();
    gh.fault('*', {
      kind: 'server-error',
      status: 500,
      times: 10_000,
      when: (r) => !seen.has(JSON.stringify(r)) && seen.add(JSON.stringify(r)) !== undefined,
    });
    const results = await refile(gh, base.outcome);
    expect(operations(results)).toEqual(NEEDING.map((p) => [p, 'created']));
    expect(gh.requests.filter((r) => r.fault === 'server-error').length).toBeGreaterThan(15);
    assertRightEndState(gh, clean.base);
  },

  timeouts: async (gh) => {
    gh.fault('git/create-tree', { kind: 'delay', ms: 400, times: 2 });
    gh.fault('pulls/create', { kind: 'delay', ms: 400, times: 2 });
    const results = await refile(gh, base.outcome, { requestTimeoutMs: 100 });
    expect(operations(results)).toEqual(NEEDING.map((p) => [p, 'created']));
    // Let every abandoned attempt reach the point where the server would have carried it out.
    const delayed = () => gh.requests.filter((r) => r.fault === 'delay');
    while (delayed().some((r) => r.status === 0)) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(delayed().map((r) => r.status)).toEqual([-1, -1, -1, -1]);
    assertRightEndState(gh, clean.base);
  },

  'secondary-rate-limit': async (gh) => {
    gh.fault('git/create-tree', { kind: 'secondary-rate-limit', retryAfterSeconds: 2 });
    gh.fault('pulls/create', { kind: 'secondary-rate-limit', retryAfterSeconds: 2 });
    const results = await refile(gh, base.outcome);
    expect(operations(results)).toEqual(NEEDING.map((p) => [p, 'created']));
    expect(statuses(gh, 'pulls/create')).toEqual([403, 201, 201]);
    expect(statuses(gh, 'git/create-tree')).toEqual([403, 201, 201]);
    assertRightEndState(gh, clean.base);
  },

  'primary-rate-limit': async (gh) => {
    gh.fault('git/create-commit', { kind: 'primary-rate-limit', status: 429 });
    const results = await refile(gh, base.outcome);
    expect(operations(results)).toEqual(NEEDING.map((p) => [p, 'created']));
    expect(statuses(gh, 'git/create-commit')).toEqual([429, 201, 201]);
    assertRightEndState(gh, clean.base);
  },

  'rate-limit-too-long': async (gh) => {
    gh.fault('pulls/create', { kind: 'secondary-rate-limit', retryAfterSeconds: 3600 });
    const results = await refile(gh, base.outcome);
    expect(results[0]).toMatchObject({ productId: 'avc-c120w', operation: 'failed' });
    expect(results[0]?.reason).toMatch(/rate limit/i);
    expect(results[0]?.reason).toMatch(/the next run completes the pull request/);
    expect(results[1]).toMatchObject({ productId: 'avc-p340w', operation: 'created' });
    assertNothingSilentlyLost(gh, results);
    await rerunIsClean(gh);
  },

  'missing-permission': async (gh) => {
    gh.fault('git/create-tree', { kind: 'missing-permission', permission: 'contents=write', times: 2 });
    const results = await refile(gh, base.outcome);
    expect(operations(results)).toEqual(NEEDING.map((p) => [p, 'failed']));
    for (const r of results) expect(r.permission).toBe('contents=write');
    expect(refilingPullRequests(gh)).toEqual([]);
    await rerunIsClean(gh);
  },

  'conflict-409': async (gh) => {
    gh.fault('git/create-ref', { kind: 'status', status: 409, message: 'Conflict', times: 4 });
    const results = await refile(gh, base.outcome);
    expect(operations(results)).toEqual([
      ['avc-c120w', 'failed'],
      ['avc-p340w', 'created'],
    ]);
    assertNothingSilentlyLost(gh, results);
    await rerunIsClean(gh);
  },

  'branch-deleted-before-pull-request': async (gh) => {
    gh.fault('pulls/create', {
      kind: 'mutate',
      run: (state) => state.deleteBranch(branchOf('avc-c120w'), REPOSITORY),
    });
    const results = await refile(gh, base.outcome);
    expect(results[0]).toMatchObject({ productId: 'avc-c120w', operation: 'failed' });
    assertNothingSilentlyLost(gh, results);
    await rerunIsClean(gh);
  },

  'branch-deleted-during-update': async (gh) => {
    await createdThenUpdated(gh);
    gh.fault('git/update-ref', {
      kind: 'mutate',
      run: (state) => state.deleteBranch(branchOf('avc-p340w'), REPOSITORY),
    });
    const results = await refile(gh, withFtp.outcome);
    expect(operations(results)).toEqual([
      ['avc-c120w', 'unchanged'],
      ['avc-p340w', 'updated'],
    ]);
    expect(statuses(gh, 'git/update-ref')).toEqual([422]);
    assertRightEndState(gh, clean.updated);
  },

  'ref-race-parallel-runs': async (gh) => {
    const [a, b] = await Promise.all([refile(gh, base.outcome), refile(gh, base.outcome)]);
    for (const r of [...a, ...b]) expect(['created', 'updated', 'unchanged']).toContain(r.operation);
    // They did race: the second run was told the branch and the pull request already existed.
    expect(statuses(gh, 'git/create-ref')).toContain(422);
    expect(statuses(gh, 'pulls/create')).toContain(422);
    assertRightEndState(gh, clean.base);
  },

  'person-pushes-mid-run': async (gh) => {
    await createdThenUpdated(gh);
    let pushed: string | undefined;
    gh.fault('git/create-tree', {
      kind: 'mutate',
      run: (state) => {
        pushed = state.pushCommit(
          branchOf('avc-p340w'),
          { 'notes.md': 'mine\n' },
          { login: 'alice', fullName: REPOSITORY },
        );
      },
    });
    const results = await refile(gh, withFtp.outcome);
    expect(operations(results)).toEqual([
      ['avc-c120w', 'unchanged'],
      ['avc-p340w', 'blocked'],
    ]);
    expect(gh.state.branchSha(branchOf('avc-p340w'), REPOSITORY)).toBe(pushed);
    const pr = refilingPullRequests(gh).find((p) => p.product === 'avc-p340w')!;
    expect(gh.state.commentsOn(pr.number, REPOSITORY).map((c) => c.user)).toEqual(['github-actions[bot]']);
  },

  'truncated-listing': async (gh) => {
    await refile(gh, base.outcome);
    gh.fault('pulls/list', { kind: 'truncate' });
    const results = await refile(gh, base.outcome);
    expect(operations(results)).toEqual(NEEDING.map((p) => [p, 'unchanged']));
    expect(gh.requests.some((r) => r.fault === 'truncate')).toBe(true);
    assertRightEndState(gh, clean.base);
  },

  'listing-down': async (gh) => {
    gh.fault('pulls/list', { kind: 'server-error', status: 502, times: 4 });
    const results = await refile(gh, base.outcome);
    expect(operations(results)).toEqual(NEEDING.map((p) => [p, 'failed']));
    for (const r of results) expect(r.reason).toMatch(/could not list the open refiling pull requests.*502/);
    expect(gh.writes()).toEqual([]);
    await rerunIsClean(gh);
  },

  'unplannable-product': async (gh) => {
    const hostile = await checkedEdited((dir) => {
      const file = join(dir, 'products/avc-c120w/filing.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/^scheme: cn-ccl$/m, `scheme: ${'S'.repeat(70_000)}`),
      );
    });
    const results = await refile(gh, hostile.outcome);
    expect(operations(results)).toEqual([
      ['avc-p340w', 'created'],
      ['avc-c120w', 'failed'],
    ]);
    expect(results[1]?.reason).toMatch(
      /could not be prepared: .*65,?280|could not be prepared: .*characters/,
    );
    assertNothingSilentlyLost(gh, results);
    await rerunIsClean(gh);
  },

  'broken-manifest-keeps-pull-request': async (gh) => {
    await refile(gh, base.outcome);
    const broken = await checkedEdited((dir) =>
      writeFileSync(join(dir, 'products/avc-p340w/product.yaml'), 'id: [unclosed\n'),
    );
    pushToMain(gh, broken.files, base.files);
    const results = await refile(gh, broken.outcome);
    expect(operations(results)).toEqual([['avc-c120w', 'unchanged']]);
    assertRightEndState(gh, clean.base);
  },
};

describe('faults on the refiling flow', () => {
  it.each(refilingFaults.map((f) => [f.id, f] as const))('%s: ends as declared', async (id) => {
    const gh = await startGitHub(camerasSeed(base.files));
    await scenarios[id](gh);
    expect(gh.failures).toEqual([]);
  });
});
