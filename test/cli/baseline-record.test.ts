/** writeBaseline edits filing.yaml through the YAML Document API: comments and other keys stay. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeBaseline } from '../../src/cli/baseline-record.js';
import type { Baseline } from '../../src/schemas/index.js';

const baseline = (version: string): Baseline => ({
  filing_id: '2026-11-27',
  model: 'X',
  hardware: { revision: 'A' },
  firmware: { version, image_sha256: 'a'.repeat(64) },
  security: { updates: { support_end: '2030-12-31' } },
  sbom: { file: 'filings/2026-11-27/sbom.cdx.json', digest: `sha256:${'b'.repeat(64)}` },
});

const filing = [
  '# The filing of x.',
  'scheme: cn-ccl',
  'status: not-filed # planned',
  '',
  'label:',
  '  model: X # item 2',
  '',
  '# every change since',
  'changes: []',
  '',
].join('\n');

describe('writeBaseline', () => {
  it('puts the baseline before the change log and keeps every comment', () => {
    const text = writeBaseline(filing, { baseline: baseline('1.0'), status: 'submitted', now: '2026-11-27' });
    for (const comment of ['# The filing of x.', '# item 2', '# every change since'])
      expect(text).toContain(comment);
    expect(text.indexOf('baseline:')).toBeLessThan(text.indexOf('changes:'));
    expect(parse(text)).toMatchObject({
      status: 'submitted',
      status_since: '2026-11-27',
      baseline: baseline('1.0'),
    });
  });

  it('changes status and status_since in place, keeping the comments beside them', () => {
    const text = writeBaseline(
      "scheme: cn-ccl\nstatus: not-filed # planned\nstatus_since: '2026-01-05' # started\n",
      { baseline: baseline('1.0'), status: 'submitted', now: '2026-11-27' },
    );
    expect(text).toContain("status: submitted # planned\nstatus_since: '2026-11-27' # started\n");
  });

  it('adds status_since right after status when there was none', () => {
    const text = writeBaseline('scheme: cn-ccl\nstatus: not-filed\nagency: CESI\n', {
      baseline: baseline('1.0'),
      status: 'submitted',
      now: '2026-11-27',
    });
    expect(
      text.startsWith("scheme: cn-ccl\nstatus: submitted\nstatus_since: '2026-11-27'\nagency: CESI\n"),
    ).toBe(true);
  });

  it('quotes dates and versions that YAML would read as something else', () => {
    const text = writeBaseline(filing, { baseline: baseline('1.10'), now: '2026-11-27' });
    expect(text).toContain("support_end: '2030-12-31'");
    expect(text).toContain("filing_id: '2026-11-27'");
    expect((parse(text, { version: '1.1' }) as { baseline: Baseline }).baseline.firmware.version).toBe(
      '1.10',
    );
  });

  it('replaces a previous baseline in place and leaves the status alone when none is given', () => {
    const once = writeBaseline(filing, { baseline: baseline('1.0'), now: '2026-11-27' });
    const twice = writeBaseline(once, { baseline: baseline('2.0'), now: '2026-12-01' });
    expect(twice.match(/^baseline:/gm)).toHaveLength(1);
    expect(parse(twice)).toMatchObject({ status: 'not-filed', baseline: { firmware: { version: '2.0' } } });
    expect(twice).not.toContain('status_since');
  });

  it('refuses a filing.yaml that is not a mapping', () => {
    expect(() => writeBaseline('- a\n- b\n', { baseline: baseline('1'), now: '2026-11-27' })).toThrow(
      /not a YAML mapping/,
    );
  });
});
