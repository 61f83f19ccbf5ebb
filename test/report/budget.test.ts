import { describe, expect, it } from 'vitest';
import { GITHUB_LIMITS } from '../../src/markdown/limits.js';
import { sizeOf } from '../../src/report/budget.js';
import { renderAt, renderMarkdown, type MarkdownOptions } from '../../src/report/markdown.js';
import { bulkReport, change, product, report, sampleReport } from '../fixtures/report/reports.js';

const runUrl = 'https://github.com/acme/compliance/actions/runs/7';
const comment: MarkdownOptions = { mode: 'comment', maxChars: GITHUB_LIMITS.comment, reportUrl: runUrl };

/** The blocking rule ids a rendering lists, in order. */
const listedBlocking = (md: string) => [...md.matchAll(/`(BLK-\d{4})`/g)].map((m) => m[1]);

describe('renderMarkdown within a size budget', () => {
  // 4 products × (60 blocking + 440 warnings) = 2,000 findings, about 480,000 characters in full.
  const big = bulkReport(60, 440, 4);

  it('renders a report with 2,000 findings under the 65,536-character comment limit', () => {
    expect(renderMarkdown(big, comment).length).toBeLessThanOrEqual(65_536);
  });

  it('keeps every blocking finding when it cuts', () => {
    const md = renderMarkdown(big, comment);
    for (let k = 0; k < 4; k++) {
      const section = md.slice(
        md.indexOf(`\`cam-00${k}\``),
        k < 3 ? md.indexOf(`\`cam-00${k + 1}\``) : undefined,
      );
      // Each shows on the first screen and again, in full, in the folded findings.
      expect([...new Set(listedBlocking(section))]).toEqual(
        Array.from({ length: 60 }, (_, i) => `BLK-${String(i).padStart(4, '0')}`),
      );
    }
  });

  it('keeps every unrecorded material change when it cuts', () => {
    const md = renderMarkdown(big, comment);
    for (let k = 0; k < 4; k++) expect(md).toContain(`\`fw:${String(k).padStart(16, '0')}\``);
  });

  it('says per product how many non-blocking findings were cut', () => {
    const md = renderMarkdown(big, comment);
    expect(md.match(/_✂️ 440 non-blocking findings not shown \(440 warnings\)\._/g)).toHaveLength(4);
  });

  it('ends with a note on what was cut and a link to the full report', () => {
    const md = renderMarkdown(big, comment);
    expect(md).toContain(
      '✂️ **Shortened to fit the size limit of 65,536 characters.** Not shown: 1,760 non-blocking findings. ' +
        'Every blocking finding and every unrecorded material change is shown. ' +
        `Full report: [workflow run](<${runUrl}>).`,
    );
  });

  it('adds no note when the full report fits', () => {
    expect(renderMarkdown(sampleReport(), comment)).not.toContain('✂️');
  });

  it('lists passing products one per line before it drops any finding', () => {
    const passing = Array.from({ length: 40 }, (_, i) =>
      product({
        id: `ok-${String(i).padStart(2, '0')}`,
        readiness: [{ scheme: 'CN-CCL', target: 2, met: 2, gaps: {} }],
      }),
    );
    const full = renderMarkdown(report([...sampleReport().products, ...passing]), {
      ...comment,
      maxChars: 1e6,
    });
    const md = renderMarkdown(report([...sampleReport().products, ...passing]), {
      ...comment,
      maxChars: full.length - 1,
    });
    expect(md).toContain('- ✅ `ok-00` · CN-CCL ★★ · filing granted\n- ✅ `ok-01`');
    expect(md).toContain('**Warnings (1)**');
    expect(md).toContain('Not shown: details of 41 passing products.');
  });

  it('lists only blocking items, one line each, when even the shortened report is too big', () => {
    const r = bulkReport(300, 0, 1);
    const shortened = renderAt(r, comment, 3);
    const opts = { ...comment, maxChars: shortened.length - 1 };
    const md = renderMarkdown(r, opts);
    expect(md).toBe(renderAt(r, opts, 4));
    const items = md.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(301);
    expect(items[0]).toBe('- ❗ `cam-000` unrecorded firmware.version main: 1.0 → 2.0 `fw:0000000000000000`');
    expect(items[1]).toBe(
      '- ❌ `BLK-0000` `products/cam-000/product.yaml:1` blocking problem number 0 in the manifest',
    );
    expect(md).not.toContain('Hint');
    expect(md).toContain('✂️ Only blocking findings and unrecorded material changes are listed');
  });

  it('says how many blocking items did not fit when even one line each exceeds the budget', () => {
    const md = renderMarkdown(bulkReport(2000, 0, 1), comment);
    expect(md.length).toBeLessThanOrEqual(65_536);
    const shown = listedBlocking(md).length;
    expect(shown).toBeGreaterThan(1000);
    expect(md).toContain(
      `✂️ Even one line per blocking item (2,001) exceeds the size limit of 65,536 characters: ${(2001 - shown - 1).toLocaleString('en-US')} of 2,001 lines are not shown.`,
    );
    expect(md).toContain(`Full report: [workflow run](<${runUrl}>).`);
  });

  it('never exceeds even an absurdly small budget', () => {
    for (const maxChars of [0, 1, 20, 100, 500]) {
      expect(renderMarkdown(bulkReport(50, 50, 2), { ...comment, maxChars }).length).toBeLessThanOrEqual(
        maxChars,
      );
    }
  });

  it('counts the job summary budget in UTF-8 bytes', () => {
    const wide = bulkReport(40, 400, 2);
    for (const p of wide.products) for (const f of p.findings) f.message = `组件缺少标识符 ${f.message}`;
    const md = renderMarkdown(wide, { mode: 'summary', maxChars: 30_000 });
    expect(sizeOf(md, 'summary')).toBeLessThanOrEqual(30_000);
    expect(Buffer.byteLength(md)).toBeGreaterThan(md.length);
    expect(md).toContain('the size limit of 30,000 bytes');
  });

  it('cuts the same way every time', () => {
    const a = renderMarkdown(big, comment);
    expect(renderMarkdown(bulkReport(60, 440, 4), comment)).toBe(a);
  });

  it('keeps repository-wide blocking findings and unrecorded changes of passing-looking products', () => {
    const odd = product({ id: 'odd', changes: [change({ kind: 'hardware.part', subject: 'SoC' })] });
    const r = report([odd, ...bulkReport(0, 600, 1).products]);
    const md = renderMarkdown(r, { ...comment, maxChars: 5_000 });
    expect(md.length).toBeLessThanOrEqual(5_000);
    expect(md).toContain('`fw:0123456789abcdef`');
  });
});
