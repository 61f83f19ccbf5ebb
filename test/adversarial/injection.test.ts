/**
 * Hostile strings in every field that reaches a comment, an issue or a pull request, through the real
 * pipeline: check → sticky comment, job summary, refiling pull request (title, body, commit message),
 * dashboard issue, SARIF, annotations and the plain-text report. Every output is checked structurally
 * (safe-output.ts) and for the payload's own raw forms.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseMetadata } from '../../src/refiling/index.js';
import { injectionCases } from './injection.cases.js';
import { COMMENT_KEY, hostileRepository, renderAll } from './pipeline.js';
import { assertSafeLine, assertSafeMarkdown, assertSafeTextReport, visibleMarkdown } from './safe-output.js';
import { caseTracker, removeRepos } from './support.js';

const NOW = '2026-11-26';
const tracker = caseTracker();
afterAll(removeRepos);

describe('Markdown and HTML injection through the pipeline', () => {
  it.each(injectionCases.map((c) => [c.id, c] as const))('%s: every output shows it as inert text', async (_id, c) => {
    const { dir, fields } = hostileRepository(c.payload);
    expect(fields, 'the payload reached the fields it is written into').toBeGreaterThan(100);
    const out = await renderAll(dir, NOW);
    // The payload travelled: products were judged and refiling pull requests planned from hostile data.
    expect(out.outcome.report.products).toHaveLength(3);
    expect(out.plans.length).toBeGreaterThan(0);

    const bodies: [string, string][] = [
      ['comment', out.comment],
      ['summary', out.summary],
      ['dashboard', out.dashboard],
      ...out.plans.map((p) => [`refiling body of ${p.productId}`, p.body] as [string, string]),
    ];
    for (const [where, body] of bodies) {
      assertSafeMarkdown(body, where);
      const visible = visibleMarkdown(body);
      for (const raw of c.mustNotAppear) expect(visible.includes(raw), `${where} contains ${JSON.stringify(raw)}`).toBe(false);
    }
    // Hidden markers stay labelguard's own: one sticky marker, and the plan's metadata reads back intact.
    expect(out.comment.split(`<!-- labelguard:comment key=${COMMENT_KEY} -->`)).toHaveLength(2);
    for (const p of out.plans) expect(parseMetadata(p.body)).toEqual(p.metadata);

    for (const p of out.plans) {
      assertSafeLine(p.title, `title of ${p.productId}`, 256);
      expect(p.commitMessage.includes('\u001b') || p.commitMessage.includes('\r')).toBe(false);
    }
    const sarif = JSON.parse(out.sarif) as { runs: { results: { message: { text: string } }[] }[] };
    for (const r of sarif.runs[0]!.results) assertSafeLine(r.message.text, 'SARIF message', 10_000);
    for (const a of out.annotations) {
      assertSafeLine(a.message, 'annotation message', 300);
      assertSafeLine(a.title, 'annotation title', 100);
      expect(a.message.includes('::') || a.title.includes('::'), `annotation ${a.message}`).toBe(false);
    }
    assertSafeTextReport(out.text, 'text report');
    for (const raw of c.mustNotAppear.filter((r) => ['\n', '\r', '\u001b', '\u202e'].some((ch) => r.includes(ch))))
      expect(out.text.includes(raw), `text report contains ${JSON.stringify(raw)}`).toBe(false);
    tracker.ran(c.id);
  });
});

it('declares each case once and ran every one of them', () => {
  const ids = injectionCases.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  tracker.assertAllRan(ids);
});
