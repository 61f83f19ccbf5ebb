/** Unknown keys and wrong types in configuration and data, in-process: each refused at its line. */
import { afterAll, describe, expect, it } from 'vitest';
import { configCases } from './config.cases.js';
import { assertExpected, assertPrototypesClean, caseTracker, checkWith, removeRepos } from './support.js';

const tracker = caseTracker();
afterAll(removeRepos);

describe('unknown keys and wrong types', () => {
  it.each(configCases.map((c) => [c.id, c] as const))('%s: ends in its declared outcome', async (_id, c) => {
    assertExpected(await checkWith(c.changes()), c.outcome);
    assertPrototypesClean();
    tracker.ran(c.id);
  });
});

it('declares each case once and ran every one of them', () => {
  const ids = configCases.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  tracker.assertAllRan(ids);
});
