import type { CompiledExpression, ExpectedResult } from './engine.js';
import type { DeclaredInputs } from './shape.js';

/**
 * An expression compiled on its first evaluation, not when it is loaded: for data checked when labelguard
 * was built (the built-in packs), so a run compiles only the expressions it evaluates and a command that
 * evaluates none (a diff without differences) never loads the expression engine.
 */
export interface DeferredExpression {
  readonly source: string;
  readonly deferred: { readonly inputs: DeclaredInputs; readonly expect: ExpectedResult };
}

export type Expression = CompiledExpression | DeferredExpression;

export function deferExpression(
  source: string,
  inputs: DeclaredInputs,
  expect: ExpectedResult = 'any',
): DeferredExpression {
  return { source, deferred: { inputs, expect } };
}
