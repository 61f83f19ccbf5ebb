/**
 * Runs of the refiling flow interrupted at every step. A clean run's requests are recorded; then for each
 * request k of that sequence a fresh run has request k fail — either GitHub answers 502 to it and its
 * retries (the request never took effect), or, for a write, GitHub carries it out and the answer is cut
 * off mid-body, four times over (it took effect, the run never learns so) — and the flow is run again
 * without faults.
 * Whatever step the first run died at, the end state after the rerun is the clean run's: one pull request
 * per product with the right files, nothing duplicated, and no need lost on the way.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { camerasSeed } from '../action/support.js';
import { startLoopbackGitHub, type FaultSpec } from '../support/loopback-github.js';
import { useLoopbackServers } from '../support/use-loopback-github.js';
import { interruptionModes } from './cases.js';
import {
  assertNothingSilentlyLost,
  assertRightEndState,
  checked,
  endState,
  refile,
  removeTemps,
} from './support.js';

afterAll(removeTemps);
const startGitHub = useLoopbackServers();

const { outcome, files } = await checked();

// The clean run: what the server is asked, in order, and what it ends with.
const reference = await startLoopbackGitHub(camerasSeed(files));
const cleanResults = await refile(reference, outcome);
const cleanRequests = reference.requests.map((r) => ({
  operationId: r.operationId ?? `${r.method} ${r.path}`,
  method: r.method,
}));
const cleanState = endState(reference);
await reference.close();

/** Request k of the clean run, and how many requests of the same operation came before it. */
const steps = cleanRequests.map((r, k) => ({
  k: k + 1,
  operationId: r.operationId,
  method: r.method,
  skip: cleanRequests.slice(0, k).filter((x) => x.operationId === r.operationId).length,
}));

const faultOf: Record<(typeof interruptionModes)[number]['id'], FaultSpec> = {
  'request-fails': { kind: 'server-error', status: 502, times: 4 },
  'answer-lost': { kind: 'truncate', times: 4 },
};

describe('a clean run', () => {
  it('opens one pull request per product that needs one', () => {
    expect(cleanResults.map((r) => [r.productId, r.operation])).toEqual([
      ['avc-c120w', 'created'],
      ['avc-p340w', 'created'],
    ]);
    expect(steps.length).toBeGreaterThan(15);
    expect(Object.values(cleanState.trees).every((t) => t !== undefined)).toBe(true);
  });
});

for (const mode of interruptionModes) {
  // A read whose answer is lost changed nothing on the server: that is the failed-request case again.
  const at = mode.id === 'answer-lost' ? steps.filter((s) => s.method !== 'GET') : steps;
  describe(`interrupted: ${mode.input}`, () => {
    it.each(at.map((s) => [s.k, s.operationId, s] as const))(
      'at step %i (%s), then run again: the end state is right',
      async (_k, _op, step) => {
        const gh = await startGitHub(camerasSeed(files));
        gh.fault(step.operationId, { ...faultOf[mode.id], skip: step.skip });
        const first = await refile(gh, outcome);
        expect(
          gh.requests.some((r) => r.fault !== undefined),
          'the fault was injected',
        ).toBe(true);
        assertNothingSilentlyLost(gh, first);
        const second = await refile(gh, outcome);
        for (const r of second)
          expect(['created', 'updated', 'unchanged'], JSON.stringify(r)).toContain(r.operation);
        assertRightEndState(gh, cleanState);
      },
    );
  });
}
