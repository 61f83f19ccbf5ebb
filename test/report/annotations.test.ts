import { describe, expect, it } from 'vitest';
import { renderAnnotations } from '../../src/report/annotations.js';
import {
  bulkReport,
  finding,
  hostileReport,
  product,
  report,
  sampleReport,
} from '../fixtures/report/reports.js';

const hasControl = (s: string) => [...s].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f');

describe('renderAnnotations', () => {
  it('puts blocking findings and unrecorded changes first, then warnings, then notes', () => {
    const levels = renderAnnotations(sampleReport()).map((a) => `${a.level} ${a.title}`);
    expect(levels).toEqual([
      'error labelguard AUTH-001 (blocking)',
      'error labelguard change.unrecorded (blocking)',
      'warning labelguard UPD-003',
      'warning labelguard UPD-003',
      'notice labelguard PRIV-001',
    ]);
  });

  it('leaves out waived findings', () => {
    expect(renderAnnotations(sampleReport()).some((a) => a.title.includes('LOG-001'))).toBe(false);
  });

  it('gives each annotation its file, line and column and a message naming the product', () => {
    const auth = renderAnnotations(sampleReport()).find((a) => a.title.includes('AUTH-001'));
    expect(auth).toEqual({
      level: 'error',
      title: 'labelguard AUTH-001 (blocking)',
      message: "cam-x1: default_credential_mode is 'universal'",
      file: 'products/cam-x1/product.yaml',
      startLine: 12,
      startColumn: 5,
    });
  });

  it('annotates an unrecorded change where the value changed, from its finding', () => {
    const change = renderAnnotations(sampleReport()).find((a) => a.title.includes('change.unrecorded'));
    expect(change).toMatchObject({
      level: 'error',
      file: 'products/cam-x1/product.yaml',
      startLine: 20,
      startColumn: 12,
    });
    expect(change!.message).toContain('firmware version changed from 1.2.0 to 1.3.0');
  });

  it('returns at most the maximum, most urgent first', () => {
    const all = renderAnnotations(bulkReport(30, 100, 1), 50);
    expect(all).toHaveLength(50);
    expect(all.slice(0, 31).every((a) => a.level === 'error')).toBe(true);
    expect(all.slice(31).every((a) => a.level === 'warning')).toBe(true);
  });

  it('keeps each message to one short line that cannot start a workflow command', () => {
    const payload = 'x\n::set-output name=a::b\r\n::error::pwned\u001b[31m' + 'y'.repeat(2000);
    for (const a of renderAnnotations(hostileReport(payload))) {
      for (const text of [a.message, a.title, a.file]) expect(hasControl(text)).toBe(false);
      // The file is a command property, in which core escapes every `:`; message and title are not.
      for (const text of [a.message, a.title]) expect(text).not.toContain('::');
      expect(a.message.length).toBeLessThanOrEqual(300);
      expect(a.title.length).toBeLessThanOrEqual(100);
    }
  });

  it('uses line and column 1 for a finding without a position', () => {
    const r = report([
      product({ id: 'p', findings: [finding({ ruleId: 'X', message: 'm', line: 0, column: 0 })] }),
    ]);
    expect(renderAnnotations(r)[0]).toMatchObject({ startLine: 1, startColumn: 1 });
  });

  it('returns the same annotations whatever order the report lists things in', () => {
    const shuffled = sampleReport();
    shuffled.products.reverse();
    for (const p of shuffled.products) p.findings.reverse();
    expect(renderAnnotations(shuffled)).toEqual(renderAnnotations(sampleReport()));
  });
});
