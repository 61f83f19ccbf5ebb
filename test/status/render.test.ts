import { describe, expect, test } from 'vitest';
import { renderStatus, summarise, type StatusReport, type StatusRow } from '../../src/status/index.js';
import { exampleDir, statusOf } from './support.js';

const example = await statusOf(exampleDir, '2026-11-26');

/** A report of hand-made rows: the renderers are pure functions of the report. */
function reportOf(rows: StatusRow[]): StatusReport {
  return {
    version: 1,
    kind: 'labelguard-status',
    generator: { name: 'labelguard', version: '0.0.0-test' },
    now: '2026-11-26',
    summary: summarise(rows),
    rows,
  };
}

const hostile: StatusRow = {
  product: 'cam-x',
  path: 'products/cam-x',
  model: '=HYPERLINK("https://evil.example")',
  scheme: 'cn-ccl',
  targetStars: 1,
  openChanges: { recorded: 0, unrecorded: 1 },
  deadlines: [],
  urgency: 'action-needed',
  reasons: [
    'data.schema: ping @acme/all, see <img src=x onerror=alert(1)> | [x](javascript:alert(1))',
    'second, "quoted"',
  ],
  findings: { errors: 1, warnings: 0, blocking: 1 },
};

describe('text', () => {
  test('groups rows under their urgency with a header line and the reasons under each row', () => {
    const text = renderStatus(example, 'text');
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Label status as of 2026-11-26: 3 products, 6 labels: 4 action needed, 0 pending, 2 healthy',
    );
    const action = lines.indexOf('ACTION NEEDED (4)');
    expect(lines[action + 1]).toMatch(/^PRODUCT +SCHEME +STARS +FILING +CODE +VALID UNTIL +SUPPORT END/);
    expect(lines[action + 2]).toMatch(
      /^avc-p340w +cn-ccl +★★ \(filed ★★\) +granted since 2026-07-27 +CCL-C-2026-440300-00061 +2027-01-25 +2030-12-31 +149 d \(max 24 mo\)/,
    );
    expect(lines[action + 2]).toMatch(/2026-10-27 label renewal \(due, 30 days ago\)$/);
    expect(lines[action + 3]).toBe(
      '    - the label expires on 2027-01-25, within the 90-day renewal window: renew it',
    );
    expect(lines).toContain('PENDING (0)');
    expect(lines).toContain('HEALTHY (2)');
  });

  test('strips control characters and line breaks from repository text', () => {
    const text = renderStatus(reportOf([{ ...hostile, product: 'cam\u001b[31m-x\nforged' }]), 'text');
    expect(text).toContain('cam-x forged');
    expect(text).not.toContain('\u001b');
  });
});

describe('CSV', () => {
  test('has a header and one line per row, in report order', () => {
    const lines = renderStatus(example, 'csv').split('\r\n');
    expect(
      lines[0]!.startsWith('urgency,product,path,model,scheme,target_stars,registered_stars,filing_status'),
    ).toBe(true);
    expect(lines.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(' '))).toEqual(
      example.rows.map((r) => `${r.urgency} ${r.product}`),
    );
    expect(lines.at(-1)).toBe('');
  });

  test('quotes commas and quotes, and keeps text from becoming a spreadsheet formula', () => {
    const csv = renderStatus(reportOf([hostile]), 'csv');
    expect(csv).toContain(`,"'=HYPERLINK(""https://evil.example"")",`);
    expect(csv).toContain('second, ""quoted"""\r\n');
  });

  test('writes negative day counts as numbers', () => {
    const csv = renderStatus(example, 'csv');
    expect(csv.split('\r\n')[1]).toContain(',2026-10-27,label-renewal,-30,true,');
  });
});

describe('Markdown', () => {
  test('puts each row under its group heading, healthy rows folded away', () => {
    const md = renderStatus(example, 'markdown');
    const action = md.indexOf('### 🔴 Action needed (4)');
    const pending = md.indexOf('### 🟡 Pending (0)');
    const healthy = md.indexOf('<details><summary><b>🟢 Healthy (2)</b></summary>');
    expect(action).toBeGreaterThan(0);
    expect(pending).toBeGreaterThan(action);
    expect(healthy).toBeGreaterThan(pending);
    const p340w = md.indexOf('| `avc-p340w` | `cn-ccl` |');
    expect(p340w).toBeGreaterThan(action);
    expect(p340w).toBeLessThan(pending);
  });

  test('escapes text from the repository: no mentions, HTML, links or table breaks', () => {
    const md = renderStatus(reportOf([hostile]), 'markdown');
    const row = md.split('\n').find((l) => l.startsWith('| `cam-x`'))!;
    expect(row).toContain('@\u200Bacme/all');
    expect(row).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(row).toContain('\\| \\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(row.split(' | ')).toHaveLength(12);
  });
});

describe('JSON', () => {
  test('is the report itself, two-space indented, ending with a newline', () => {
    const json = renderStatus(example, 'json');
    expect(JSON.parse(json)).toEqual(example);
    expect(json.endsWith('}\n')).toBe(true);
  });
});
