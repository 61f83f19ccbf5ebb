// Load-time check of what an expression reads. Walks the parsed expression, follows field selections from
// the declared inputs (and through comprehension variables such as `s` in `list.all(s, ...)`), and reports
// every field the input shapes do not declare. It also records each path read, so that an evaluation error
// can later be explained as "this field is missing" instead of an engine message.

import { fieldNames, shape, type DeclaredInputs, type Shape } from './shape.js';

/** The parts of the engine's syntax tree the walker reads. */
interface AstNode {
  op: string;
  args: unknown;
  start: number;
  end: number;
}

/** A problem found in an expression, positioned inside the expression text (0-based offset). */
export interface ExpressionProblem {
  message: string;
  hint?: string;
  offset: number;
}

/**
 * One path an expression reads from its inputs: `root` is the input name, `steps` the fields, `*` for
 * "each element of a list". Steps from `optionalFrom` on may be absent without error (inside `has()` or
 * after `.?`).
 */
export interface PathReference {
  root: string;
  steps: readonly string[];
  optionalFrom: number;
  offset: number;
}

interface Binding {
  shape: Shape;
  /** Set when the variable stands for a value read from an input, e.g. each element of a list. */
  path?: { root: string; steps: string[]; optionalFrom: number };
}

interface Inferred {
  shape: Shape;
  path?: { root: string; steps: string[]; optionalFrom: number };
}

// Macros that bind a variable to each element (list) or key (map) of their receiver.
const comprehensionMacros = new Set(['all', 'exists', 'exists_one', 'existsOne', 'map', 'filter']);
const booleanMacros = new Set(['all', 'exists', 'exists_one', 'existsOne']);

/** Check an expression's field references against the declared inputs; returns problems and paths read. */
export function checkReferences(
  root: unknown,
  inputs: DeclaredInputs,
): { problems: ExpressionProblem[]; references: PathReference[] } {
  const problems: ExpressionProblem[] = [];
  const references: PathReference[] = [];
  const seen = new Set<string>();

  const record = (path: Inferred['path'], offset: number): void => {
    if (!path) return;
    const key = `${path.root}.${path.steps.join('.')}:${path.optionalFrom}`;
    if (seen.has(key)) return;
    seen.add(key);
    references.push({ root: path.root, steps: [...path.steps], optionalFrom: path.optionalFrom, offset });
  };

  const select = (from: Inferred, field: string, node: AstNode, optional: boolean): Inferred => {
    const path = from.path
      ? {
          root: from.path.root,
          steps: [...from.path.steps, field],
          optionalFrom: optional
            ? Math.min(from.path.optionalFrom, from.path.steps.length)
            : from.path.optionalFrom,
        }
      : undefined;
    const s = from.shape;
    if (s.kind === 'any') {
      record(path, node.start);
      return { shape: shape.any, ...(path ? { path } : {}) };
    }
    if (s.kind === 'object') {
      const next = s.fields[field] ?? s.additional;
      if (next) {
        record(path, node.start);
        return { shape: next, ...(path ? { path } : {}) };
      }
      const where = describe(from.path);
      problems.push({
        message: `unknown field '${field}' in ${where}`,
        hint: suggest(field, fieldNames(s)),
        offset: node.start,
      });
      return { shape: shape.any };
    }
    const where = describe(from.path);
    problems.push({
      message: `cannot read field '${field}' of ${where}: it is a ${s.kind === 'list' ? 'list' : s.type}`,
      hint:
        s.kind === 'list'
          ? `Use a macro over the list, e.g. ${where}.all(x, x.${field} ...) or .exists(...).`
          : 'Only objects have fields.',
      offset: node.start,
    });
    return { shape: shape.any };
  };

  const infer = (n: unknown, scope: ReadonlyMap<string, Binding>): Inferred => {
    if (!isNode(n)) return { shape: shape.any };
    switch (n.op) {
      case 'value':
        return { shape: literalShape(n.args) };
      case 'id': {
        const name = String(n.args);
        const bound = scope.get(name);
        if (bound) return bound.path ? { shape: bound.shape, path: bound.path } : { shape: bound.shape };
        const declared = inputs[name];
        if (declared) return { shape: declared, path: { root: name, steps: [], optionalFrom: Infinity } };
        problems.push({
          message: `unknown input '${name}'`,
          hint: suggest(name, Object.keys(inputs).sort()),
          offset: n.start,
        });
        return { shape: shape.any };
      }
      case '.':
      case '.?': {
        const [operand, field] = n.args as [unknown, string];
        return select(infer(operand, scope), field, n, n.op === '.?');
      }
      case '[]':
      case '[?]': {
        const [operand, index] = n.args as [unknown, unknown];
        const from = infer(operand, scope);
        infer(index, scope);
        if (
          isNode(index) &&
          index.op === 'value' &&
          typeof index.args === 'string' &&
          from.shape.kind === 'object'
        ) {
          return select(from, index.args, n, n.op === '[?]');
        }
        if (from.shape.kind === 'list') {
          const path = from.path ? { ...from.path, steps: [...from.path.steps, '*'] } : undefined;
          return { shape: from.shape.items, ...(path ? { path } : {}) };
        }
        if (from.shape.kind === 'object' && from.shape.additional) return { shape: from.shape.additional };
        return { shape: shape.any };
      }
      case 'call': {
        const [name, args] = n.args as [string, unknown[]];
        if (name === 'has' && args.length === 1 && isNode(args[0]) && args[0].op === '.') {
          // has(a.b): `a` must exist, `b` may be absent.
          const [operand, field] = args[0].args as [unknown, string];
          const from = infer(operand, scope);
          const stepCount = from.path ? from.path.steps.length : 0;
          const guarded = from.path
            ? {
                shape: from.shape,
                path: { ...from.path, optionalFrom: Math.min(from.path.optionalFrom, stepCount) },
              }
            : from;
          select(guarded, field, args[0], true);
          return { shape: shape.bool };
        }
        for (const a of args) infer(a, scope);
        return { shape: callShape(name) };
      }
      case 'rcall': {
        const [name, receiver, args] = n.args as [string, unknown, unknown[]];
        if (name === 'bind' && isNode(receiver) && receiver.op === 'id' && receiver.args === 'cel') {
          const [variable, init, body] = args;
          const value = infer(init, scope);
          if (!isNode(variable) || variable.op !== 'id') return { shape: shape.any };
          return infer(body, extend(scope, String(variable.args), value));
        }
        if (comprehensionMacros.has(name) && args.length >= 2 && isNode(args[0]) && args[0].op === 'id') {
          const over = infer(receiver, scope);
          const element = elementOf(over);
          const inner = extend(scope, String(args[0].args), element);
          let last: Inferred = { shape: shape.any };
          for (const a of args.slice(1)) last = infer(a, inner);
          if (booleanMacros.has(name)) return { shape: shape.bool };
          if (name === 'filter') return { shape: over.shape };
          return { shape: shape.list(last.shape) };
        }
        const target = infer(receiver, scope);
        for (const a of args) infer(a, scope);
        // Optional values pass their shape through `orValue`/`value`, so `x.?a.orValue([]).all(...)` works.
        if (name === 'orValue' || name === 'value') return { shape: target.shape };
        return { shape: shape.any };
      }
      default:
        walkChildren(n.args, (child) => infer(child, scope));
        return { shape: shape.any };
    }
  };

  infer(root, new Map());
  references.sort((a, b) => a.offset - b.offset);
  return { problems, references };
}

/** A path as rule authors write it: `product.security.network_services[]` for "each element". */
function describe(path: Inferred['path']): string {
  if (!path) return 'this value';
  return [path.root, ...path.steps].join('.').replace(/\.\*/g, '[]');
}

function extend(scope: ReadonlyMap<string, Binding>, name: string, value: Inferred): Map<string, Binding> {
  const next = new Map(scope);
  next.set(name, value.path ? { shape: value.shape, path: value.path } : { shape: value.shape });
  return next;
}

/** What a comprehension variable stands for: each list element, or each map key. */
function elementOf(over: Inferred): Inferred {
  const s = over.shape;
  if (s.kind === 'list') {
    return over.path
      ? { shape: s.items, path: { ...over.path, steps: [...over.path.steps, '*'] } }
      : { shape: s.items };
  }
  if (s.kind === 'object') return { shape: shape.string };
  return { shape: shape.any };
}

function literalShape(value: unknown): Shape {
  if (typeof value === 'string') return shape.string;
  if (typeof value === 'bigint') return shape.int;
  if (typeof value === 'number') return shape.double;
  if (typeof value === 'boolean') return shape.bool;
  return shape.any;
}

function callShape(name: string): Shape {
  if (name === 'size' || name === 'int' || name === 'days_between') return shape.int;
  if (name === 'string' || name === 'add_days' || name === 'add_months') return shape.string;
  if (name === 'is_date' || name === 'bool') return shape.bool;
  return shape.any;
}

function isNode(n: unknown): n is AstNode {
  return typeof n === 'object' && n !== null && 'op' in n && typeof (n as AstNode).op === 'string';
}

function walkChildren(args: unknown, visit: (n: AstNode) => void): void {
  if (isNode(args)) visit(args);
  else if (Array.isArray(args)) for (const a of args) walkChildren(a, visit);
}

/** A "did you mean" hint: the closest known name by edit distance, or the list of known names. */
export function suggest(name: string, known: readonly string[]): string {
  if (known.length === 0) return 'This value has no fields.';
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)))
    return `Did you mean '${best}'?`;
  return `Known names: ${known.join(', ')}.`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
