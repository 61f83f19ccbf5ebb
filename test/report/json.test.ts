// The JSON report is written as it is serialised, in pieces: joined they must be byte for byte what
// JSON.stringify of the whole report gives (the format users parse), whatever the report holds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { runCheck } from '../../src/pipeline/run-check.js';
import { jsonReportChunks, renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/model.js';
import { exampleRepo } from '../support/dist.js';

const now = '2026-11-26';
const whole = (report: unknown) => `${JSON.stringify(report, null, 2)}\n`;
const dir = mkdtempSync(join(tmpdir(), 'labelguard-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let example: Report;
beforeAll(async () => {
  example = (await runCheck({ dir: exampleRepo, now })).report;
});

/** The example's products over and over under other ids: a report of `n` products. */
function manyProducts(n: number): Report {
  const products = Array.from({ length: n }, (_, i) => {
    const p = example.products[i % example.products.length]!;
    return { ...p, id: `${p.id}-${i}` };
  });
  return { ...example, products, summary: { ...example.summary, products: n } };
}

describe('the JSON report in pieces', () => {
  it("is the example's report byte for byte, with its findings, changes and readiness", () => {
    expect(example.products.length).toBeGreaterThan(1);
    expect(example.products.some((p) => p.findings.length > 0 && (p.changes ?? []).length > 0)).toBe(true);
    expect([...jsonReportChunks(example)].join('')).toBe(whole(example));
    expect(renderJson(example)).toBe(whole(example));
  });

  it('comes in several pieces for a large report, and they join to the whole report', () => {
    const report = manyProducts(500);
    const pieces = [...jsonReportChunks(report)];
    expect(pieces.length).toBeGreaterThan(5);
    // Bounded pieces: about 64 KiB, at most one product more.
    const largestProduct = Math.max(...report.products.map((p) => JSON.stringify(p, null, 2).length));
    const largestPiece = Math.max(...pieces.map((p) => p.length));
    expect(largestPiece).toBeLessThan(64 * 1024 + 2 * largestProduct);
    expect(largestPiece * 5).toBeLessThan(whole(report).length);
    expect(pieces.join('')).toBe(whole(report));
  });

  it('writes empty lists, absent and undefined members and the policy change as JSON.stringify does', () => {
    const cases: Report[] = [
      { ...example, products: [], findings: [] },
      { ...example, policyChange: undefined } as unknown as Report,
      {
        ...example,
        policyChange: { from: 'base', lines: [{ what: 'fail_on', from: 'error', to: 'warning' }] },
      },
      { ...example, findings: [undefined] } as unknown as Report,
    ];
    for (const report of cases) expect([...jsonReportChunks(report)].join('')).toBe(whole(report));
  });

  it('is what `check --format json` writes, to --output and to standard output alike', async () => {
    const run = async (extra: string[]) => {
      let stdout = '';
      const code = await runCli(
        ['check', '--repo', exampleRepo, '--now', now, '--format', 'json', ...extra],
        {
          stdout: (t) => (stdout += t),
          stderr: () => {},
          cwd: dir,
          today: now,
        },
      );
      return { code, stdout };
    };
    const toFile = await run(['--output', 'report.json']);
    const toStdout = await run([]);
    expect(toFile).toEqual({ code: 1, stdout: '' });
    expect(toStdout.code).toBe(1);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(whole(example));
    expect(toStdout.stdout).toBe(whole(example));
  });
});
