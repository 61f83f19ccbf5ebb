/**
 * Template injection through `labelguard evidence` (in-process, the CLI's own entry): Handlebars syntax in
 * every free-text field of product.yaml and filing.yaml (and in SBOM component names) reaches the evidence
 * documents as literal text. Each file is decoded for its format (Markdown escapes, JSON, XML) before the
 * comparison, so "literal" means what a reader of the file sees.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { EVIDENCE_PRODUCTS, EVIDENCE_WITH_DATA, payloadIn, readEvidence } from './evidence-text.js';
import { hostileRepository } from './pipeline.js';
import { caseTracker, removeRepos, tempDir } from './support.js';
import { templateCases } from './template.cases.js';

const NOW = '2026-11-26';
const tracker = caseTracker();
afterAll(removeRepos);

describe('template injection through labelguard evidence', () => {
  it.each(templateCases.map((c) => [c.id, c] as const))('%s: comes out as literal text', async (_id, c) => {
    const { dir } = hostileRepository(c.payload);
    const reached = new Set<string>();
    let total = 0;
    for (const product of EVIDENCE_PRODUCTS) {
      const out = tempDir('labelguard-evidence-');
      let stderr = '';
      const code = await runCli(['evidence', join(dir, 'products', product), '--out', out, '--now', NOW], {
        stdout: () => {},
        stderr: (t) => (stderr += t),
        cwd: dir,
        today: NOW,
      });
      expect(code, stderr).toBe(0);
      for (const [name, n] of payloadIn(readEvidence(out), c.payload, product)) {
        reached.add(name);
        total += n;
      }
    }
    expect(total, 'the payload reached the evidence').toBeGreaterThan(10);
    expect([...reached]).toEqual(expect.arrayContaining(EVIDENCE_WITH_DATA));
    tracker.ran(c.id);
  });
});

it('declares each case once and ran every one of them', () => {
  const ids = templateCases.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  tracker.assertAllRan(ids);
});
