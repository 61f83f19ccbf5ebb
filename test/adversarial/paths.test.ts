/** File references out of the repository, in-process: each is refused where it is written. */
import { afterAll, describe, expect, it } from 'vitest';
import { pathCases } from './paths.cases.js';
import { assertExpected, caseTracker, checkWith, removeRepos } from './support.js';

const tracker = caseTracker();
afterAll(removeRepos);

describe('paths out of the repository', () => {
  it.each(pathCases.map((c) => [c.id, c] as const))('%s: ends in its declared outcome', async (_id, c) => {
    const result = c.run ? await c.run() : await checkWith(c.changes!());
    assertExpected(result, c.outcome);
    // Whatever the reference, nothing from outside the repository reached the product.
    if (result.kind === 'report') {
      const names = result.outcome.repo.products.flatMap((p) => p.sbom?.components.map((x) => x.name) ?? []);
      expect(names).not.toContain('stolen');
      expect(result.outcome.report.products.map((p) => p.model)).not.toContain('STOLEN');
    }
    tracker.ran(c.id);
  });
});

it('declares each case once and ran every one of them', () => {
  const ids = pathCases.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  tracker.assertAllRan(ids);
});
