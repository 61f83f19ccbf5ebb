import { describe, expect, it } from 'vitest';
import { compileExpression, evaluateExpression, prepareInput, shape } from '../../src/expr/index.js';
import type { CompiledExpression, DeclaredInputs } from '../../src/expr/index.js';

const inputs: DeclaredInputs = { l: shape.list(shape.int), s: shape.string };
const l = Array.from({ length: 150 }, (_, i) => i);
const input = prepareInput({ l, s: 'x' });

function compiled(source: string): CompiledExpression {
  const r = compileExpression(source, inputs);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.expression;
}

const nested = 'l.all(a, l.all(b, l.all(c, l.all(d, a + b + c + d >= 0))))';

describe('evaluation budget', () => {
  it('stops four nested .all() over 150 elements (5·10⁸ steps) with a budget failure', () => {
    const r = evaluateExpression(compiled(nested), input);
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'budget',
        message: expect.stringMatching(/took more than 1,\d{3},\d{3} steps/) as unknown,
      },
    });
  });

  it('is not hidden by an operator that absorbs errors', () => {
    const r = evaluateExpression(compiled(`${nested} || true`), input);
    expect(r.ok ? r.value : r.error.kind).toBe('budget');
  });

  it('counts every evaluated node, deterministically: the same expression fits a budget exactly or not at all', () => {
    const e = compiled('l.all(a, a >= 0)');
    // 150 steps of `a >= 0`, each evaluating the comparison and its two operands, plus the receiver.
    const fits = (budget: number) => evaluateExpression(e, input, budget).ok;
    let low = 1;
    let high = 10_000;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (fits(mid)) high = mid;
      else low = mid + 1;
    }
    expect(low).toBeGreaterThan(150 * 3);
    expect(fits(low)).toBe(true);
    expect(fits(low - 1)).toBe(false);
  });

  it('charges concatenation by the size it builds, so doubling a list cannot exhaust memory', () => {
    // x1 = l + l, x2 = x1 + x1, …: 150 · 2²⁴ elements (2.5·10⁹) in 24 steps without the size charge.
    let source = 'size(x24) > 0';
    for (let i = 24; i >= 1; i--)
      source = `cel.bind(x${i}, ${i === 1 ? 'l + l' : `x${i - 1} + x${i - 1}`}, ${source})`;
    const r = evaluateExpression(compiled(source), input);
    expect(r.ok ? r.value : r.error.kind).toBe('budget');
  });

  it('gives an input more budget the larger it is, so a rule that walks a big list once still runs', () => {
    const big = prepareInput({ l: Array.from({ length: 200_000 }, (_, i) => i), s: 'x' });
    expect(big.budget).toBeGreaterThan(input.budget);
    expect(evaluateExpression(compiled('l.all(a, a >= 0 && a < 1000000)'), big)).toEqual({
      ok: true,
      value: true,
    });
  });
});
