// A full audit judges each product as it loads and releases what the report does not need. What it keeps
// must be all that the steps after judging read: the status (and so the dashboard) and the duplicate-id
// check give what they give on the same products loaded whole.
import { afterEach, describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/load/repository.js';
import { runCheck } from '../../src/pipeline/run-check.js';
import { WorkingTreeSource } from '../../src/repo/fs-source.js';
import { buildStatus } from '../../src/status/index.js';
import { exampleDir } from '../status/support.js';
import { makeTempRepo, minimalProduct, productFiles } from '../support/temp-repo.js';

const now = '2026-08-01';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('releasing judged products', () => {
  it('keeps of a product without a refiling need only what the status reads, and the status is unchanged', async () => {
    const outcome = await runCheck({ dir: exampleDir, now });
    const released = outcome.repo.products.filter((p) => !p.manifest);
    const kept = outcome.repo.products.filter((p) => p.manifest);
    // The example has both: granted products with nothing to record, and products a refiling needs.
    expect(released.map((p) => p.id).length).toBeGreaterThan(0);
    expect(kept.map((p) => p.id).length).toBeGreaterThan(0);
    for (const p of released) {
      expect(p.files).toEqual([]);
      expect(p.summary?.manifest?.id).toBe(p.id);
      for (const field of ['filing', 'sbom', 'baselineSbom', 'filingText', 'manifestDoc'] as const)
        expect(p[field]).toBeUndefined();
    }
    // What a refiling reads stays whole.
    for (const p of kept) {
      expect(p.filing && p.sbom && p.filingText).toBeTruthy();
      expect(p.summary).toBeUndefined();
    }

    const whole = await loadRepository(new WorkingTreeSource(exampleDir));
    expect(whole.products.every((p) => p.manifest && !p.summary)).toBe(true);
    expect(buildStatus({ ...outcome, repo: whole })).toEqual(buildStatus(outcome));
  });

  it('still reports a product id used twice after both products were released', async () => {
    const { dir, cleanup } = makeTempRepo({
      ...productFiles('cam-a'),
      ...productFiles('cam-b', minimalProduct('cam-a')),
    });
    cleanups.push(cleanup);
    const outcome = await runCheck({ dir, now });
    expect(outcome.repo.products.every((p) => p.summary && !p.manifest)).toBe(true);
    expect(outcome.report.findings).toEqual([
      expect.objectContaining({ ruleId: 'data.duplicate-id', file: 'products/cam-b/product.yaml' }),
    ]);
  });
});
