// The expression engine facade: CEL through @marcbachmann/cel-js (see README.md for why this engine).
// Callers compile once, prepare each input object once, and evaluate many times; nothing here throws on
// bad expressions or bad data: both come back as values.

import { Environment, Optional } from '@marcbachmann/cel-js';
import { evaluationBudget, inputSize, withBudget } from './budget.js';
import { expressionFunctions } from './functions.js';
import { checkReferences, type ExpressionProblem, type PathReference } from './references.js';
import type { DeferredExpression, Expression } from './deferred.js';
import type { DeclaredInputs } from './shape.js';

/** What an expression must produce, checked at compile time where the engine can tell. */
export type ExpectedResult = 'bool' | 'list' | 'any';

/** A compiled expression, ready to evaluate against prepared inputs. */
export interface CompiledExpression {
  readonly source: string;
  /** The input names it was compiled against. */
  readonly inputs: readonly string[];
  /** Every input path it reads, in source order. */
  readonly references: readonly PathReference[];
  /** @internal the engine's compiled program */
  readonly program: (context: Record<string, unknown>) => unknown;
}

export type CompileResult =
  { ok: true; expression: CompiledExpression } | { ok: false; problems: ExpressionProblem[] };

/** Why an evaluation produced no value. */
export interface EvaluationFailure {
  /**
   * missing-field: the data lacks a field the expression reads; type: a value has the wrong type;
   * budget: the evaluation took more steps than its budget (see budget.ts).
   */
  kind: 'missing-field' | 'type' | 'invalid-value' | 'budget' | 'other';
  message: string;
  /** For missing-field: the first absent path, input name first, list positions as numbers. */
  missing?: (string | number)[];
}

export type EvaluationResult = { ok: true; value: unknown } | { ok: false; error: EvaluationFailure };

const prepared = Symbol('prepared');

/** An input object converted once for the engine (integers become CEL ints), with its work budget. */
export interface PreparedInput {
  readonly [prepared]: Record<string, unknown>;
  /** Steps one evaluation against this input may take: a fixed part plus a part per input value. */
  readonly budget: number;
}

const limits = {
  maxAstNodes: 2000,
  maxDepth: 64,
  maxListElements: 200,
  maxMapEntries: 200,
  maxCallArguments: 16,
};
const environments = new Map<string, Environment>();

function environmentFor(names: readonly string[]): Environment {
  const key = names.join('\0');
  let env = environments.get(key);
  if (!env) {
    env = new Environment({ enableOptionalTypes: true, limits });
    for (const name of names) env.registerVariable(name, 'dyn');
    for (const f of expressionFunctions) {
      env.registerFunction(f.signature, f.handler as (...args: unknown[]) => unknown, { description: f.doc });
    }
    environments.set(key, env);
  }
  return env;
}

/**
 * Compile a CEL expression against declared inputs. Fails with positioned problems on a syntax error, a
 * reference to an input or field the shapes do not declare, a static type error, or a result of the
 * wrong kind.
 */
export function compileExpression(
  source: string,
  declaredInputs: DeclaredInputs,
  options: { expect?: ExpectedResult } = {},
): CompileResult {
  const names = Object.keys(declaredInputs).sort();
  const env = environmentFor(names);
  let parsed: ReturnType<Environment['parse']>;
  try {
    parsed = env.parse(source);
  } catch (e) {
    return { ok: false, problems: [engineProblem(e, 'syntax error')] };
  }
  const { problems, references } = checkReferences(parsed.ast, declaredInputs);
  if (problems.length > 0) return { ok: false, problems };
  const checked = parsed.check();
  if (!checked.valid) return { ok: false, problems: [engineProblem(checked.error, 'type error')] };
  const expect = options.expect ?? 'any';
  const type = checked.type ?? 'dyn';
  if (expect === 'bool' && type !== 'bool' && type !== 'dyn') {
    return {
      ok: false,
      problems: [{ message: `the expression must be true or false, but it gives ${type}`, offset: 0 }],
    };
  }
  if (expect === 'list' && !type.startsWith('list') && type !== 'dyn') {
    return {
      ok: false,
      problems: [{ message: `the expression must give a list, but it gives ${type}`, offset: 0 }],
    };
  }
  return { ok: true, expression: { source, inputs: names, references, program: parsed } };
}

/** Convert an input object for evaluation: integral numbers become CEL ints, so `x >= 8` compares ints. */
export function prepareInput(input: Record<string, unknown>): PreparedInput {
  const budget = evaluationBudget.base + evaluationBudget.perInputValue * inputSize(input);
  return { [prepared]: toCel(input) as Record<string, unknown>, budget };
}

function toCel(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toCel);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toCel(v);
    return out;
  }
  return value;
}

/**
 * Evaluate a compiled expression; a missing field, a type error or a spent budget comes back as a failure,
 * never a throw or a hang. `budget` overrides the input's budget (tests).
 */
export function evaluateExpression(
  source: Expression,
  input: PreparedInput,
  budget: number = input.budget,
): EvaluationResult {
  const expression = 'deferred' in source ? compiledOnce(source) : source;
  if ('problems' in expression) {
    const message = expression.problems.map((p) => p.message).join('; ');
    return { ok: false, error: { kind: 'other', message: `the expression does not compile: ${message}` } };
  }
  const context = input[prepared];
  const run = withBudget(budget, () => expression.program(context));
  if (run.exceeded) {
    return {
      ok: false,
      error: {
        kind: 'budget',
        message: `the evaluation took more than ${budget.toLocaleString('en-US')} steps and was stopped`,
      },
    };
  }
  if ('error' in run) return { ok: false, error: describeFailure(run.error, expression, context) };
  try {
    return { ok: true, value: fromCel(run.value) };
  } catch (e) {
    return { ok: false, error: describeFailure(e, expression, context) };
  }
}

const deferredCompiled = new WeakMap<
  DeferredExpression,
  CompiledExpression | { problems: ExpressionProblem[] }
>();

/** A deferred expression compiled on its first evaluation, once. */
function compiledOnce(d: DeferredExpression): CompiledExpression | { problems: ExpressionProblem[] } {
  let c = deferredCompiled.get(d);
  if (!c) {
    const r = compileExpression(d.source, d.deferred.inputs, { expect: d.deferred.expect });
    c = r.ok ? r.expression : { problems: r.problems };
    deferredCompiled.set(d, c);
  }
  return c;
}

/** Plain JavaScript from an engine value: ints become numbers, optionals are unwrapped. */
function fromCel(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Optional) return value.hasValue() ? fromCel(value.value()) : undefined;
  if (Array.isArray(value)) return value.map(fromCel);
  if (value instanceof Map)
    return Object.fromEntries([...value.entries()].map(([k, v]) => [String(k), fromCel(v)]));
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCel(v)]));
  }
  return value;
}

function describeFailure(
  e: unknown,
  expression: CompiledExpression,
  context: Record<string, unknown>,
): EvaluationFailure {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const message = firstLine(e);
  if (code === 'no_such_key') {
    const key = /No such key: (.*)$/.exec(message)?.[1];
    const missing = findMissing(expression.references, context, key);
    return missing ? { kind: 'missing-field', message, missing } : { kind: 'missing-field', message };
  }
  if (code.startsWith('no_such_overload') || code === 'no_matching_overload')
    return { kind: 'type', message };
  if (!code && e instanceof Error) return { kind: 'invalid-value', message };
  return { kind: 'other', message };
}

/**
 * The first path an expression reads that the data lacks, preferring one that ends in the key the engine
 * named. Steps the expression guards (inside has() or after `.?`) may be absent and are skipped.
 */
export function findMissing(
  references: readonly PathReference[],
  context: Record<string, unknown>,
  key?: string,
): (string | number)[] | undefined {
  let fallback: (string | number)[] | undefined;
  for (const ref of references) {
    const missing = walk(context[ref.root], ref, 0, [ref.root]);
    if (!missing) continue;
    if (key === undefined || missing[missing.length - 1] === key) return missing;
    fallback ??= missing;
  }
  return fallback;
}

function walk(
  value: unknown,
  ref: PathReference,
  i: number,
  at: (string | number)[],
): (string | number)[] | undefined {
  if (i >= ref.steps.length || i >= ref.optionalFrom) return undefined;
  const step = ref.steps[i]!;
  if (step === '*') {
    if (!Array.isArray(value)) return undefined;
    for (let k = 0; k < value.length; k++) {
      const found = walk(value[k], ref, i + 1, [...at, k]);
      if (found) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (!(step in value)) return [...at, step];
  return walk((value as Record<string, unknown>)[step], ref, i + 1, [...at, step]);
}

function engineProblem(e: unknown, what: string): ExpressionProblem {
  const range =
    typeof e === 'object' && e !== null && 'range' in e
      ? (e as { range?: { start: number } }).range
      : undefined;
  return { message: `${what}: ${firstLine(e)}`, offset: range?.start ?? 0 };
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split('\n')[0] ?? text).trim();
}
