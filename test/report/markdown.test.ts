import { describe, expect, it } from 'vitest';
import { renderMarkdown, type MarkdownOptions } from '../../src/report/markdown.js';
import { hostile, hostileReport, product, report, sampleReport } from '../fixtures/report/reports.js';

const ZWSP = '\u200B';
const comment: MarkdownOptions = { mode: 'comment', maxChars: 65_536 };

function section(md: string, heading: string): string {
  const start = md.indexOf(heading);
  expect(start, `section ${heading}`).toBeGreaterThanOrEqual(0);
  const next = md.indexOf('\n#### ', start + heading.length);
  return md.slice(start, next === -1 ? undefined : next);
}

describe('renderMarkdown', () => {
  it('starts with a headline and a summary line with the counts', () => {
    const md = renderMarkdown(sampleReport(), comment);
    const [title, , counts] = md.split('\n');
    expect(title).toBe('### ❌ labelguard: 1 of 3 products fails');
    expect(counts).toBe(
      '**2 blocking** · 2 warnings · **1 unrecorded material change** · 3 products checked · as of 2026-11-20 · fail-on `error`',
    );
  });

  it('heads each product with its id, model, target stars, filing status and verdict icon', () => {
    const md = renderMarkdown(sampleReport(), comment);
    expect(md).toContain('#### ❌ `cam-x1` — X1 Pro · CN-CCL ★★ · filing granted\n');
    expect(md).toContain('#### ⚠️ `cam-x2` — X2 · CN-CCL ★★ · filing granted\n');
  });

  it('shows failing products before warning ones', () => {
    const md = renderMarkdown(sampleReport(), comment);
    expect(md.indexOf('`cam-x1`')).toBeLessThan(md.indexOf('`cam-x2`'));
  });

  it('tabulates changes with the unrecorded material one first and marked', () => {
    const table = section(renderMarkdown(sampleReport(), comment), '<summary>All changes')
      .split('\n')
      .slice(2, 6);
    expect(table).toEqual([
      '| | Change | Classification | Recorded |',
      '|---|---|---|---|',
      '| ❗ | **firmware.version main firmware: 1.2.0 → 1.3.0** | **material** — firmware adds a network service | **❌ not recorded** `fw:0123456789abcdef` |',
      '|  | sbom.component.changed busybox: 1.36.0 → 1.36.1 | record — ordinary library patch | ✅ `CL-2026-007` |',
    ]);
  });

  it('leaves out changes classified as none', () => {
    expect(renderMarkdown(sampleReport(), comment)).not.toContain('zlib');
  });

  it('groups findings by severity with blocking first and waived last', () => {
    const cam = section(renderMarkdown(sampleReport(), comment), '#### ❌ `cam-x1`');
    const order = ['**Blocking (1)**', '**Warnings (1)**', '**Notes (1)**', '**Waived (1)**'].map((h) =>
      cam.indexOf(h),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows a finding with rule id, message, file:line, linked sources and hint', () => {
    const md = renderMarkdown(sampleReport(), comment);
    expect(md).toContain(
      [
        "- ❌ `AUTH-001` default\\_credential\\_mode is 'universal' — `products/cam-x1/product.yaml:12`",
        '  - Sources: [CCL 1★ basic requirements](<https://www.cac.gov.cn/ccl>) · ETSI EN 303 645, 5.1-1',
        '  - Hint: Set security.authentication.default\\_credential\\_mode to unique\\_per\\_device.',
      ].join('\n'),
    );
  });

  it('shows a waived finding with its approver and expiry', () => {
    expect(renderMarkdown(sampleReport(), comment)).toContain(
      '- 🔕 `LOG-001` security audit log is disabled — `products/cam-x1/product.yaml:44`\n' +
        '  - Waived by alice until 2026-12-31: audit log ships in 1.4',
    );
  });

  it('states readiness with the rules that block the next level', () => {
    expect(renderMarkdown(sampleReport(), comment)).toContain(
      '**Readiness:** CN-CCL: target ★★, meets ★ — ★★ blocked by `CRY-001`, `NET-001`',
    );
  });

  it('asks to record the change, with the entry to paste folded, when there is no refiling PR', () => {
    const md = renderMarkdown(sampleReport(), comment);
    expect(md).toContain(
      '1. Record it: run `labelguard record` `products/cam-x1` and commit `products/cam-x1/filing.yaml`; `labelguard check` prints the entry to paste by hand.',
    );
  });

  it('points to the refiling PR when there is one', () => {
    const md = renderMarkdown(sampleReport(), {
      ...comment,
      refilingPrs: [{ productId: 'cam-x1', url: 'https://github.com/acme/compliance/pull/42', number: 42 }],
    });
    expect(md).toContain(
      `1. Merge the refiling pull request [#${ZWSP}42](<https://github.com/acme/compliance/pull/42>): it records the change`,
    );
    expect(md).not.toContain('labelguard record');
  });

  it('offers a waiver as the way out of a blocking finding', () => {
    expect(renderMarkdown(sampleReport(), comment)).toContain(
      '2. Fix the blocking finding, or request a waiver for one you accept: a `waivers` entry in `.labelguard.yml`',
    );
  });

  it('folds passing products into a details block', () => {
    const md = renderMarkdown(sampleReport(), comment);
    const start = md.indexOf('<details>\n<summary>✅ 1 product passes');
    expect(start).toBeGreaterThan(0);
    expect(md.slice(start)).toContain(
      '<summary>✅ 1 product passes</summary>\n\n#### ✅ `doorbell-d1` — D1 · CN-CCL ★',
    );
    expect(md.indexOf('`doorbell-d1`')).toBeGreaterThan(start);
  });

  it('never folds away a product with an unrecorded material change, whatever its verdict', () => {
    const sample = sampleReport();
    const odd = { ...sample.products[2]!, id: 'cam-x1-odd', verdict: 'pass' as const };
    const md = renderMarkdown(report([odd, product({ id: 'ok' })]), comment);
    expect(md.indexOf('`cam-x1-odd`')).toBeLessThan(md.indexOf('<details>'));
  });

  it('adds an overview table in summary mode and not in a comment', () => {
    const summary = renderMarkdown(sampleReport(), { mode: 'summary', maxChars: 1_048_576 });
    expect(summary.startsWith('## ❌ labelguard: 1 of 3 products fails\n')).toBe(true);
    expect(summary).toContain('| ❌ `cam-x1` | CN-CCL ★★ | filing granted | 2 | 1 | 1 |');
    expect(renderMarkdown(sampleReport(), comment)).not.toContain('| Product |');
  });

  it('says everything passes when it does', () => {
    const md = renderMarkdown(report([product({ id: 'a' }), product({ id: 'b' })]), comment);
    expect(md.split('\n')[0]).toBe('### ✅ labelguard: all 2 products pass');
  });

  it('uses the given title, escaped', () => {
    const md = renderMarkdown(sampleReport(), { ...comment, title: 'Label check <b>' });
    expect(md.split('\n')[0]).toBe('### ❌ Label check &lt;b&gt;: 1 of 3 products fails');
  });

  it('renders the same report to the same bytes', () => {
    const a = renderMarkdown(sampleReport(), comment);
    const shuffled = sampleReport();
    shuffled.products.reverse();
    shuffled.products[0]!.findings.reverse();
    expect(renderMarkdown(shuffled, comment)).toBe(a);
  });

  it('matches the reviewed rendering of the sample report', async () => {
    await expect(renderMarkdown(sampleReport(), comment)).toMatchFileSnapshot(
      '../fixtures/report/sample.comment.md',
    );
    await expect(
      renderMarkdown(sampleReport(), {
        mode: 'summary',
        maxChars: 1_048_576,
        refilingPrs: [{ productId: 'cam-x1', url: 'https://github.com/acme/compliance/pull/42', number: 42 }],
      }),
    ).toMatchFileSnapshot('../fixtures/report/sample.summary.md');
  });
});

describe('renderMarkdown with hostile data', () => {
  const render = (s: string) => renderMarkdown(hostileReport(s), { mode: 'summary', maxChars: 1_048_576 });
  /**
   * The text outside fenced code blocks: GitHub renders a fence's content literally (no HTML, links,
   * images or mentions), which is where the change-log entries to paste go; see 'keeps data inside its
   * fence' for why data can never close one.
   */
  const outsideFences = (md: string) => md.replace(/^(`{3,})yaml\n[\s\S]*?\n\1$/gm, '');
  /** The rendered text outside the tags labelguard itself writes. */
  const dataOnly = (md: string) => outsideFences(md).replace(/<\/?(details|summary|sub|code)>/g, '');

  it('turns an HTML payload into entities everywhere', () => {
    const md = dataOnly(render(hostile.html));
    expect(md).not.toMatch(/<(?!https:)/);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md).not.toContain('<img');
  });

  it('never leaves an @-mention that would notify a team', () => {
    const md = outsideFences(render(hostile.mention));
    expect(md).not.toMatch(/@acme/);
    expect(md).toContain(`@${ZWSP}acme/all`);
  });

  it('never forms a javascript: link', () => {
    const md = outsideFences(render(hostile.jsLink));
    expect(md).not.toContain('](javascript');
    expect(md).not.toContain('](');
    expect(md).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('never forms an image', () => {
    const md = outsideFences(render(hostile.image));
    expect(md).not.toContain('![');
    expect(md).toContain(`\\!\\[i\\]\\(http:${ZWSP}//x/i.png\\)`);
  });

  it('links an https source URL but leaves no other autolink', () => {
    const md = outsideFences(render(hostile.bareUrl));
    // The only link is the rule-pack source, whose URL is https.
    expect(md.match(/\]\(</g)).toHaveLength(1);
    expect(md).toContain(`](<https://evil.example/>)`);
    // Code spans are never autolinked, so only text outside them matters.
    const outsideCode = md.replace('(<https://evil.example/>)', '').replace(/`[^`]*`/g, '');
    expect(outsideCode).not.toContain('://');
    expect(outsideCode).toContain(`https:${ZWSP}//evil.example`);
  });

  it('cuts a 10,000-character value in every cell', () => {
    const md = render(hostile.longLine);
    expect(md).not.toContain('L'.repeat(501));
    expect(md).toContain(`${'L'.repeat(299)}…`);
    expect(md.length).toBeLessThan(20_000);
  });

  it('removes ANSI colour codes', () => {
    const md = render(hostile.ansi);
    expect(md).not.toContain('\u001b');
    expect(md).not.toContain('[31m');
    expect(md).toContain('red');
  });

  it('keeps pipes from splitting table cells', () => {
    const md = render(hostile.pipe);
    const rows = md.split('\n').filter((l) => l.startsWith('| ❗') || l.startsWith('| ❌'));
    expect(rows.length).toBe(2);
    for (const row of rows)
      expect(row.replace(/\\\|/g, '').match(/\|/g)!.length).toBe(row.startsWith('| ❗') ? 5 : 7);
    expect(md).toContain('a\\|b');
  });

  it('keeps backticks from opening code spans', () => {
    const md = outsideFences(render(hostile.backticks));
    expect(md).toContain('\\`\\`code\\`\\`');
    expect(md).not.toMatch(/(^|[^\\])``/);
  });
});
