import { describe, expect, it } from 'vitest';
import { append, maxOf, minOf } from '../../src/core/append.js';
import { assembleReport, judgeProduct, type JudgedProduct } from '../../src/pipeline/judge.js';
import { CAPPED_RULE, capFindings } from '../../src/pipeline/cap.js';
import type { LoadedProduct } from '../../src/load/repository.js';
import type { ReportFinding } from '../../src/report/model.js';
import { resolvePolicy } from '../../src/pipeline/policy.js';

const defaultPolicy = resolvePolicy({});

const finding = (i: number, blocking: boolean): ReportFinding => ({
  ruleId: blocking ? 'rule.blocking' : 'rule.warning',
  severity: blocking ? 'error' : 'warning',
  blocking,
  message: `finding ${String(i).padStart(6, '0')}`,
  file: 'products/p/product.yaml',
  line: i + 1,
  column: 1,
  productId: 'p',
});

describe('findings per product', () => {
  it('keeps every finding up to the limit', () => {
    const all = Array.from({ length: 10 }, (_, i) => finding(i, false));
    expect(capFindings(all, 'p', 10)).toEqual(all);
  });

  it('keeps blocking findings first and sums up the rest in one located finding', () => {
    const all = Array.from({ length: 50 }, (_, i) => finding(i, i % 10 === 9));
    const capped = capFindings(all, 'p', 8);
    expect(capped).toHaveLength(9);
    expect(capped.slice(0, 8).filter((f) => f.blocking)).toHaveLength(5);
    expect(capped[8]).toMatchObject({
      ruleId: CAPPED_RULE,
      severity: 'warning',
      blocking: false,
      file: 'products/p/product.yaml',
      message: '42 more findings on this product are not shown (0 of them blocking): rule.warning ×42',
    });
  });

  it('says when blocking findings were cut', () => {
    const all = Array.from({ length: 20 }, (_, i) => finding(i, true));
    expect(capFindings(all, 'p', 5).at(-1)).toMatchObject({
      ruleId: CAPPED_RULE,
      blocking: true,
      severity: 'error',
    });
  });

  it('counts and judges every finding in the report summary, not only those shown', () => {
    const judged: JudgedProduct = {
      id: 'p',
      dir: 'products/p',
      labels: [],
      findings: Array.from({ length: 3000 }, (_, i) => finding(i, true)).map(({ blocking: _b, ...f }) => f),
    };
    const report = assembleReport({ findings: [], config: { config: {} } }, [judged], {
      now: '2026-11-20',
      policy: defaultPolicy,
    });
    expect(report.summary.blocking).toBe(3000);
    expect(report.products[0]!.verdict).toBe('fail');
    expect(report.products[0]!.findings).toHaveLength(1001);
  });
});

describe('a product whose stage throws', () => {
  it('fails with a located finding instead of stopping the run', () => {
    const p = {
      id: 'p',
      dir: 'products/p',
      manifestFile: 'products/p/product.yaml',
      manifest: { id: 'p', labels: [] },
      files: [],
      findings: [],
      sha256: {},
    } as unknown as LoadedProduct;
    const j = judgeProduct(p, [
      () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    ]);
    expect(j.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'check.product-failed',
        file: 'products/p/product.yaml',
        line: 1,
        message: expect.stringContaining('RangeError: Maximum call stack size exceeded') as string,
      }),
    );
  });
});

describe('lists of any length', () => {
  it('append, maxOf and minOf take 500,000 items, where spreading into a call overflows the stack', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    expect(append([-1], many)).toHaveLength(500_001);
    expect(maxOf(many)).toBe(499_999);
    expect(minOf(many, 5)).toBe(0);
    expect(maxOf([], 4)).toBe(4);
  });
});
