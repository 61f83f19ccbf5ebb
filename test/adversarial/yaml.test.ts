/**
 * Hostile YAML through the whole check, in-process: every case ends in its declared, located outcome in
 * bounded time and memory (bounded by the loader's limits: 4 MiB, 64 levels, 100 alias expansions), and
 * no input changes a prototype.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { assertExpected, assertPrototypesClean, caseTracker, checkWith, removeRepos } from './support.js';
import { yamlCases } from './yaml.cases.js';

const tracker = caseTracker();
afterAll(removeRepos);

describe('hostile YAML', () => {
  it.each(yamlCases.map((c) => [c.id, c] as const))('%s: ends in its declared outcome', async (_id, c) => {
    const result = await checkWith({ [c.file]: c.content() });
    assertExpected(result, c.outcome);
    c.verify?.(result);
    assertPrototypesClean();
    tracker.ran(c.id);
  });

  it('declares each case once and ran every one of them', () => {
    const ids = yamlCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    tracker.assertAllRan(ids);
  });
});
