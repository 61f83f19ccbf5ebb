// A deterministic work budget for one evaluation. The engine has no evaluation limit of its own (its
// `limits` are parse-time only), so four nested `.all()` over 150-element lists (150⁴ steps) ran for
// minutes. Every node the engine evaluates below the root goes through its evaluator's `run` (macro steps,
// operands, arguments; `tryEval` calls `run` too), so counting those calls counts the work, whatever the
// expression does. No clock is involved: the same expression on the same data always stops at the same step.

import { Environment } from '@marcbachmann/cel-js';

/** Thrown inside the engine when the budget is spent; sticky, so an absorbing `||` cannot hide it. */
export class BudgetExceeded extends Error {
  constructor(readonly budget: number) {
    super(`evaluation budget of ${budget.toLocaleString('en-US')} steps exceeded`);
  }
}

/** Steps every evaluation may take, plus `perInputValue` for each value of its input (see `inputSize`). */
export const evaluationBudget = { base: 1_000_000, perInputValue: 50 };

// The meter of the evaluation under way (evaluation is synchronous, so one at a time), kept in plain
// module variables: the check runs for every node evaluated and must cost next to nothing.
let metering = false;
let left = 0;
let budgetOf = 0;

type Run = (this: unknown, ast: EngineNode, ctx: unknown) => unknown;
interface EngineNode {
  op?: string;
  args?: unknown;
  evaluate(ev: unknown, ast: EngineNode, ctx: unknown): unknown;
}

// The evaluator class is not exported; its prototype is reached once through a function handler, which the
// engine calls with the evaluator as `this`. test/expr/budget.test.ts pins this, so an engine upgrade that
// routes evaluation differently fails the build instead of silently dropping the budget.
function instrument(): void {
  let prototype: { run: Run } | undefined;
  const probe = new Environment();
  probe.registerFunction('probe(): bool', function (this: object) {
    prototype = Object.getPrototypeOf(this) as { run: Run };
    return true;
  });
  probe.evaluate('probe()', {});
  if (!prototype || typeof prototype.run !== 'function') {
    throw new Error('the CEL engine changed: cannot install the evaluation budget');
  }
  const run = prototype.run;
  prototype.run = function metered(ast, ctx) {
    if (!metering) return run.call(this, ast, ctx);
    // Once spent, every further step throws: loops that absorb errors (`all`, `exists`) end at once.
    if (--left < 0) throw new BudgetExceeded(budgetOf);
    const value = run.call(this, ast, ctx);
    // Concatenation and join allocate in proportion to their result in a single step: charge for it, so
    // that `cel.bind(a, l + l, cel.bind(b, a + a, …))` cannot double a list into gigabytes.
    const op = ast.op;
    if (op === '+' || (op === 'rcall' && (ast.args as unknown[])[0] === 'join')) left -= sizeOf(value);
    return value;
  };
}
instrument();

function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'string') return Math.ceil(value.length / 64);
  return 0;
}

/**
 * Run `evaluate` under a budget. Returns its value, or `exceeded: true` when the budget ran out, even if
 * the expression then absorbed the error (`… || true`).
 */
export function withBudget<T>(
  budget: number,
  evaluate: () => T,
): { exceeded: boolean; value?: T; error?: unknown } {
  const outer = { metering, left, budgetOf };
  metering = true;
  left = budget;
  budgetOf = budget;
  try {
    const value = evaluate();
    return left < 0 ? { exceeded: true } : { exceeded: false, value };
  } catch (error) {
    return left < 0 ? { exceeded: true } : { exceeded: false, error };
  } finally {
    ({ metering, left, budgetOf } = outer);
  }
}

/** The size of an input for the budget: one per value, one more per 64 characters of text. */
export function inputSize(value: unknown): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    size += 1;
    if (typeof v === 'string') size += Math.floor(v.length / 64);
    else if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v !== null && typeof v === 'object') for (const item of Object.values(v)) stack.push(item);
  }
  return size;
}
