/**
 * Hostile inputs against the work bounds: each case of bounds.cases.ts runs through the whole check in its
 * own Node process, ends in its declared located outcome, and stays under its declared wall time and peak
 * resident memory (generous margins; the benchmark prints the measured figures).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import type { CheckOutcome } from '../../src/pipeline/run-check.js';
import { boundCases } from './bounds.cases.js';
import { runBoundCase } from './run-bound.js';
import { assertExpected, caseTracker, type CheckResult } from './support.js';

const tracker = caseTracker();
const measured: string[] = [];
afterAll(() => console.log(`measured bounds:\n${measured.join('\n')}`));

describe('bounded work for hostile inputs', () => {
  it.each(boundCases.map((c) => [c.id, c] as const))(
    '%s: ends in its declared outcome within its time and memory bound',
    async (_id, c) => {
      const run = await runBoundCase(c.id, c.bound.seconds * 1000 + 20_000);
      if ('failed' in run) throw new Error(`${c.id}: ${run.failed}`);
      measured.push(`${c.id}: ${(run.ms / 1000).toFixed(1)} s, peak ${run.peakMiB} MiB`);
      const result: CheckResult =
        run.result.kind === 'report'
          ? {
              kind: 'report',
              outcome: { report: { summary: { blocking: run.result.blocking } } } as unknown as CheckOutcome,
              findings: run.result.findings,
            }
          : { kind: 'usage-error', error: new UsageError(run.result.message, run.result.details) };
      assertExpected(result, c.outcome);
      expect(run.ms / 1000, 'seconds').toBeLessThan(c.bound.seconds);
      expect(run.peakMiB, 'peak MiB').toBeLessThan(c.bound.peakMiB);
      tracker.ran(c.id);
    },
    300_000,
  );

  it('declares each case once and ran every one of them', () => {
    const ids = boundCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    tracker.assertAllRan(ids);
  });
});
