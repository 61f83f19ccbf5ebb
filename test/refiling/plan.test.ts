import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { MAX_BODY_CHARS } from '../../src/markdown/limits.js';
import { parseMetadata } from '../../src/refiling/metadata.js';
import { BODY_RESERVE, planRefiling, stableFilingId } from '../../src/refiling/plan.js';
import type { RefilingNeed, RefilingTarget } from '../../src/refiling/types.js';
import { assertValidFiling } from '../evidence/fixtures.js';
import { REPOSITORY_URL, SETTINGS, laterChange, needFor, unrecordedChanges } from './support.js';

const target: RefilingTarget = { branch: 'main', sha: 'a'.repeat(40) };
const plan = (overrides: Partial<RefilingNeed> = {}, settings = SETTINGS, t = target) =>
  planRefiling(needFor(overrides), t, settings, { repositoryUrl: REPOSITORY_URL });

/** The cells of a Markdown table row, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('planRefiling', () => {
  test('gives byte-identical plans for the same inputs', () => {
    expect(plan()).toEqual(plan());
  });

  test('names the branch after the prefix, the target and the product, and targets the target branch', () => {
    expect(plan()).toMatchObject({
      branch: 'labelguard/refile/main/cam-x1',
      base: 'main',
      branchPrefix: 'labelguard/refile',
    });
    const stacked = plan({}, SETTINGS, { branch: 'feature/new-firmware', sha: target.sha });
    expect(stacked).toMatchObject({
      branch: 'labelguard/refile/feature/new-firmware/cam-x1',
      base: 'feature/new-firmware',
    });
  });

  test('writes the evidence under filings/<filing id>/ and the updated filing.yaml, text as text and images as bytes', () => {
    const p = plan();
    const need = needFor();
    expect(p.files.map((f) => f.path)).toEqual(
      [
        'products/cam-x1/filing.yaml',
        ...need.bundle.files.map((f) => `products/cam-x1/filings/2026-11-26/${f.path}`),
      ].sort(),
    );
    for (const file of need.bundle.files) {
      const planned = p.files.find((f) => f.path.endsWith(`/${file.path}`));
      expect(Buffer.from(planned?.content ?? '')).toEqual(file.content);
      expect(typeof planned?.content, file.path).toBe(file.path.endsWith('.png') ? 'object' : 'string');
    }
    const filing: unknown = parse(
      p.files.find((f) => f.path === 'products/cam-x1/filing.yaml')?.content as string,
    );
    assertValidFiling(filing);
    expect(filing.status).toBe('refiling-required');
  });

  test('asks configured and stakeholder reviewers, with teams as slugs without their organisation', () => {
    expect(plan()).toMatchObject({
      labels: ['cn-ccl-refiling', 'compliance'],
      reviewers: ['alice', 'bob'],
      teamReviewers: ['compliance'],
      assignees: ['alice'],
      draft: false,
    });
  });

  test('carries hidden metadata that names the product, scheme, target, fingerprints, generator and a digest of the files', () => {
    const p = plan();
    expect(p.body.split('\n')[0]).toMatch(/^<!-- labelguard:refiling \{.*\} -->$/);
    expect(parseMetadata(p.body)).toEqual(p.metadata);
    expect(p.metadata).toMatchObject({
      v: 1,
      product: 'cam-x1',
      scheme: 'cn-ccl',
      target: 'main',
      fingerprints: ['fw:89abcdef01234567', 'svc:fedcba9876543210'],
      filingId: '2026-11-26',
      generator: expect.stringMatching(/^labelguard@\d/) as unknown,
      files: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown,
      trigger: { pr: 7, sha: 'c0ffee0000000000000000000000000000000000' },
    });
  });

  test('changes the digest when a change is added, but not when only the trigger differs', () => {
    const base = plan().metadata.digest;
    expect(plan({ changes: [...unrecordedChanges(), laterChange()] }).metadata.digest).not.toBe(base);
    expect(plan({ triggeredBy: { pr: 7, sha: 'b'.repeat(40) } }).metadata.digest).toBe(base);
  });

  test('explains the change in the body: a table of from and to, classification and reason, the trigger and the files', () => {
    const body = plan().body;
    expect(body).toContain(
      '| `firmware.version` firmware | 2.3.1 | 2.4.0 | **material** (`fw-new-service`) |',
    );
    expect(body).toContain('Triggered by pull request #7 at commit `c0ffee000000`.');
    expect(body).toContain('Merging it sets the filing status from `granted` to `refiling-required`.');
    expect(body).toContain('- `products/cam-x1/filings/2026-11-26/label.svg`');
  });

  test('links the label preview to the artwork on the refiling branch', () => {
    const body = plan().body;
    const dir = `${REPOSITORY_URL}/blob/labelguard/refile/main/cam-x1/products/cam-x1/filings/2026-11-26`;
    expect(body).toContain(`[![Label preview](<${dir}/label.png?raw=true>)](<${dir}/label.svg>)`);
    const withoutUrl = planRefiling(needFor(), target, SETTINGS).body;
    expect(withoutUrl).toContain('The label artwork is in `products/cam-x1/filings/2026-11-26/label.svg`');
  });

  test('escapes hostile change data so it cannot break the table, link, mention or inject HTML', () => {
    const hostile = laterChange({
      subject: '<img src=x onerror=alert(1)> @everyone | `code` [x](javascript:alert(1))',
      from: '1.0 | 2.0',
      to: '#1 ![i](https://evil.example/p.png)',
      reason: '<script>alert(1)</script>\n## heading',
    });
    const body = plan({ changes: [...unrecordedChanges(), hostile] }).body;
    expect(body).not.toMatch(/<img|<script|@everyone|\]\(javascript|!\[i\]|https:\/\/evil/);
    const rows = body.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(cells(row)).toHaveLength(6);
    expect(body).not.toMatch(/^## heading/m);
  });

  test('cannot let a target branch end the hidden metadata comment early', () => {
    const p = plan({}, SETTINGS, { branch: 'x-->y', sha: target.sha });
    const first = p.body.split('\n')[0] ?? '';
    expect(first.indexOf('-->')).toBe(first.length - 3);
    expect(parseMetadata(p.body)?.target).toBe('x-->y');
  });

  test('shortens the change table to fit the body limit, says so, and keeps the metadata', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      laterChange({
        subject: `component-${String(i).padStart(4, '0')}`,
        reason: `A long reason ${'x'.repeat(280)}`,
        fingerprint: `sbom:${i.toString(16).padStart(16, '0')}`,
      }),
    );
    const p = plan({ changes: many });
    expect(p.body.length).toBeLessThanOrEqual(MAX_BODY_CHARS - BODY_RESERVE);
    expect(p.omittedRows).toBeGreaterThan(0);
    expect(p.body).toContain(`_${p.omittedRows} more changes are not listed here`);
    expect(p.body.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(400 - p.omittedRows);
    expect(parseMetadata(p.body)?.fingerprints).toHaveLength(400);
  });

  test('titles a refiling by its change-log entries (material first) and a record-only one as a record', () => {
    // The two material differences have one change class and no change set: one entry, one change.
    expect(plan().title).toBe('Refile cam-x1 (cn-ccl): 1 material change');
    expect(plan({ changes: [...unrecordedChanges(), laterChange()] }).title).toBe(
      'Refile cam-x1 (cn-ccl): 1 material change, 1 record change',
    );
    expect(plan({ changes: [laterChange()] }).title).toBe('Record 1 record change of cam-x1 (cn-ccl)');
  });

  test('refuses to plan a refiling with nothing left to record', () => {
    const recorded = unrecordedChanges().map((c) => ({ ...c, recorded: true }));
    expect(() => plan({ changes: recorded })).toThrow(/no unrecorded material or record change/);
  });

  test('refuses a product folder outside the repository', () => {
    expect(() => plan({ productDir: '../elsewhere' })).toThrow(/not a path inside the repository/);
  });
});

describe('stableFilingId', () => {
  const need = { productId: 'cam-x1', scheme: 'cn-ccl', target: 'main', fingerprints: ['fw:1', 'svc:2'] };
  const previous = { ...plan().metadata, fingerprints: ['svc:2', 'fw:1'], filingId: '2026-11-01' };

  test('keeps the filing id of the open pull request while its changes are the same', () => {
    expect(stableFilingId('2026-11-26', previous, need)).toBe('2026-11-01');
  });

  test('takes the new id when a change was added or the pull request was closed as obsolete', () => {
    expect(stableFilingId('2026-11-26', previous, { ...need, fingerprints: ['fw:1', 'svc:2', 'hw:3'] })).toBe(
      '2026-11-26',
    );
    expect(stableFilingId('2026-11-26', { ...previous, closed: 'obsolete' }, need)).toBe('2026-11-26');
    expect(stableFilingId('2026-11-26', undefined, need)).toBe('2026-11-26');
  });
});
