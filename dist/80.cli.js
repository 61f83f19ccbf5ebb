export const id = 80;
export const ids = [80];
export const modules = {

/***/ 5080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wo: () => (/* binding */ compileExpression),
  O4: () => (/* binding */ evaluateExpression),
  _s: () => (/* binding */ prepareInput)
});

// UNUSED EXPORTS: findMissing

// EXTERNAL MODULE: ./node_modules/@marcbachmann/cel-js/lib/index.js + 13 modules
var lib = __webpack_require__(47337);
;// CONCATENATED MODULE: ./src/expr/budget.ts
// A deterministic work budget for one evaluation. The engine has no evaluation limit of its own (its
// `limits` are parse-time only), so four nested `.all()` over 150-element lists (150⁴ steps) ran for
// minutes. Every node the engine evaluates below the root goes through its evaluator's `run` (macro steps,
// operands, arguments; `tryEval` calls `run` too), so counting those calls counts the work, whatever the
// expression does. No clock is involved: the same expression on the same data always stops at the same step.

/** Thrown inside the engine when the budget is spent; sticky, so an absorbing `||` cannot hide it. */
class BudgetExceeded extends Error {
    budget;
    constructor(budget) {
        super(`evaluation budget of ${budget.toLocaleString('en-US')} steps exceeded`);
        this.budget = budget;
    }
}
/** Steps every evaluation may take, plus `perInputValue` for each value of its input (see `inputSize`). */
const evaluationBudget = { base: 1_000_000, perInputValue: 50 };
// The meter of the evaluation under way (evaluation is synchronous, so one at a time), kept in plain
// module variables: the check runs for every node evaluated and must cost next to nothing.
let metering = false;
let left = 0;
let budgetOf = 0;
// The evaluator class is not exported; its prototype is reached once through a function handler, which the
// engine calls with the evaluator as `this`. test/expr/budget.test.ts pins this, so an engine upgrade that
// routes evaluation differently fails the build instead of silently dropping the budget.
function instrument() {
    let prototype;
    const probe = new lib/* Environment */.OH();
    probe.registerFunction('probe(): bool', function () {
        prototype = Object.getPrototypeOf(this);
        return true;
    });
    probe.evaluate('probe()', {});
    if (!prototype || typeof prototype.run !== 'function') {
        throw new Error('the CEL engine changed: cannot install the evaluation budget');
    }
    const run = prototype.run;
    prototype.run = function metered(ast, ctx) {
        if (!metering)
            return run.call(this, ast, ctx);
        // Once spent, every further step throws: loops that absorb errors (`all`, `exists`) end at once.
        if (--left < 0)
            throw new BudgetExceeded(budgetOf);
        const value = run.call(this, ast, ctx);
        // Concatenation and join allocate in proportion to their result in a single step: charge for it, so
        // that `cel.bind(a, l + l, cel.bind(b, a + a, …))` cannot double a list into gigabytes.
        const op = ast.op;
        if (op === '+' || (op === 'rcall' && ast.args[0] === 'join'))
            left -= sizeOf(value);
        return value;
    };
}
instrument();
function sizeOf(value) {
    if (Array.isArray(value))
        return value.length;
    if (typeof value === 'string')
        return Math.ceil(value.length / 64);
    return 0;
}
/**
 * Run `evaluate` under a budget. Returns its value, or `exceeded: true` when the budget ran out, even if
 * the expression then absorbed the error (`… || true`).
 */
function withBudget(budget, evaluate) {
    const outer = { metering, left, budgetOf };
    metering = true;
    left = budget;
    budgetOf = budget;
    try {
        const value = evaluate();
        return left < 0 ? { exceeded: true } : { exceeded: false, value };
    }
    catch (error) {
        return left < 0 ? { exceeded: true } : { exceeded: false, error };
    }
    finally {
        ({ metering, left, budgetOf } = outer);
    }
}
/** The size of an input for the budget: one per value, one more per 64 characters of text. */
function inputSize(value) {
    let size = 0;
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        size += 1;
        if (typeof v === 'string')
            size += Math.floor(v.length / 64);
        else if (Array.isArray(v))
            for (const item of v)
                stack.push(item);
        else if (v !== null && typeof v === 'object')
            for (const item of Object.values(v))
                stack.push(item);
    }
    return size;
}

// EXTERNAL MODULE: ./src/expr/functions.ts
var functions = __webpack_require__(84794);
// EXTERNAL MODULE: ./src/expr/shape.ts
var shape = __webpack_require__(66802);
;// CONCATENATED MODULE: ./src/expr/references.ts
// Load-time check of what an expression reads. Walks the parsed expression, follows field selections from
// the declared inputs (and through comprehension variables such as `s` in `list.all(s, ...)`), and reports
// every field the input shapes do not declare. It also records each path read, so that an evaluation error
// can later be explained as "this field is missing" instead of an engine message.

// Macros that bind a variable to each element (list) or key (map) of their receiver.
const comprehensionMacros = new Set(['all', 'exists', 'exists_one', 'existsOne', 'map', 'filter']);
const booleanMacros = new Set(['all', 'exists', 'exists_one', 'existsOne']);
/** Check an expression's field references against the declared inputs; returns problems and paths read. */
function checkReferences(root, inputs) {
    const problems = [];
    const references = [];
    const seen = new Set();
    const record = (path, offset) => {
        if (!path)
            return;
        const key = `${path.root}.${path.steps.join('.')}:${path.optionalFrom}`;
        if (seen.has(key))
            return;
        seen.add(key);
        references.push({ root: path.root, steps: [...path.steps], optionalFrom: path.optionalFrom, offset });
    };
    const select = (from, field, node, optional) => {
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
            return { shape: shape/* shape */.cW.any, ...(path ? { path } : {}) };
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
                hint: suggest(field, (0,shape/* fieldNames */.pi)(s)),
                offset: node.start,
            });
            return { shape: shape/* shape */.cW.any };
        }
        const where = describe(from.path);
        problems.push({
            message: `cannot read field '${field}' of ${where}: it is a ${s.kind === 'list' ? 'list' : s.type}`,
            hint: s.kind === 'list'
                ? `Use a macro over the list, e.g. ${where}.all(x, x.${field} ...) or .exists(...).`
                : 'Only objects have fields.',
            offset: node.start,
        });
        return { shape: shape/* shape */.cW.any };
    };
    const infer = (n, scope) => {
        if (!isNode(n))
            return { shape: shape/* shape */.cW.any };
        switch (n.op) {
            case 'value':
                return { shape: literalShape(n.args) };
            case 'id': {
                const name = String(n.args);
                const bound = scope.get(name);
                if (bound)
                    return bound.path ? { shape: bound.shape, path: bound.path } : { shape: bound.shape };
                const declared = inputs[name];
                if (declared)
                    return { shape: declared, path: { root: name, steps: [], optionalFrom: Infinity } };
                problems.push({
                    message: `unknown input '${name}'`,
                    hint: suggest(name, Object.keys(inputs).sort()),
                    offset: n.start,
                });
                return { shape: shape/* shape */.cW.any };
            }
            case '.':
            case '.?': {
                const [operand, field] = n.args;
                return select(infer(operand, scope), field, n, n.op === '.?');
            }
            case '[]':
            case '[?]': {
                const [operand, index] = n.args;
                const from = infer(operand, scope);
                infer(index, scope);
                if (isNode(index) &&
                    index.op === 'value' &&
                    typeof index.args === 'string' &&
                    from.shape.kind === 'object') {
                    return select(from, index.args, n, n.op === '[?]');
                }
                if (from.shape.kind === 'list') {
                    const path = from.path ? { ...from.path, steps: [...from.path.steps, '*'] } : undefined;
                    return { shape: from.shape.items, ...(path ? { path } : {}) };
                }
                if (from.shape.kind === 'object' && from.shape.additional)
                    return { shape: from.shape.additional };
                return { shape: shape/* shape */.cW.any };
            }
            case 'call': {
                const [name, args] = n.args;
                if (name === 'has' && args.length === 1 && isNode(args[0]) && args[0].op === '.') {
                    // has(a.b): `a` must exist, `b` may be absent.
                    const [operand, field] = args[0].args;
                    const from = infer(operand, scope);
                    const stepCount = from.path ? from.path.steps.length : 0;
                    const guarded = from.path
                        ? {
                            shape: from.shape,
                            path: { ...from.path, optionalFrom: Math.min(from.path.optionalFrom, stepCount) },
                        }
                        : from;
                    select(guarded, field, args[0], true);
                    return { shape: shape/* shape */.cW.bool };
                }
                for (const a of args)
                    infer(a, scope);
                return { shape: callShape(name) };
            }
            case 'rcall': {
                const [name, receiver, args] = n.args;
                if (name === 'bind' && isNode(receiver) && receiver.op === 'id' && receiver.args === 'cel') {
                    const [variable, init, body] = args;
                    const value = infer(init, scope);
                    if (!isNode(variable) || variable.op !== 'id')
                        return { shape: shape/* shape */.cW.any };
                    return infer(body, extend(scope, String(variable.args), value));
                }
                if (comprehensionMacros.has(name) && args.length >= 2 && isNode(args[0]) && args[0].op === 'id') {
                    const over = infer(receiver, scope);
                    const element = elementOf(over);
                    const inner = extend(scope, String(args[0].args), element);
                    let last = { shape: shape/* shape */.cW.any };
                    for (const a of args.slice(1))
                        last = infer(a, inner);
                    if (booleanMacros.has(name))
                        return { shape: shape/* shape */.cW.bool };
                    if (name === 'filter')
                        return { shape: over.shape };
                    return { shape: shape/* shape */.cW.list(last.shape) };
                }
                const target = infer(receiver, scope);
                for (const a of args)
                    infer(a, scope);
                // Optional values pass their shape through `orValue`/`value`, so `x.?a.orValue([]).all(...)` works.
                if (name === 'orValue' || name === 'value')
                    return { shape: target.shape };
                return { shape: shape/* shape */.cW.any };
            }
            default:
                walkChildren(n.args, (child) => infer(child, scope));
                return { shape: shape/* shape */.cW.any };
        }
    };
    infer(root, new Map());
    references.sort((a, b) => a.offset - b.offset);
    return { problems, references };
}
/** A path as rule authors write it: `product.security.network_services[]` for "each element". */
function describe(path) {
    if (!path)
        return 'this value';
    return [path.root, ...path.steps].join('.').replace(/\.\*/g, '[]');
}
function extend(scope, name, value) {
    const next = new Map(scope);
    next.set(name, value.path ? { shape: value.shape, path: value.path } : { shape: value.shape });
    return next;
}
/** What a comprehension variable stands for: each list element, or each map key. */
function elementOf(over) {
    const s = over.shape;
    if (s.kind === 'list') {
        return over.path
            ? { shape: s.items, path: { ...over.path, steps: [...over.path.steps, '*'] } }
            : { shape: s.items };
    }
    if (s.kind === 'object')
        return { shape: shape/* shape */.cW.string };
    return { shape: shape/* shape */.cW.any };
}
function literalShape(value) {
    if (typeof value === 'string')
        return shape/* shape */.cW.string;
    if (typeof value === 'bigint')
        return shape/* shape */.cW.int;
    if (typeof value === 'number')
        return shape/* shape */.cW.double;
    if (typeof value === 'boolean')
        return shape/* shape */.cW.bool;
    return shape/* shape */.cW.any;
}
function callShape(name) {
    if (name === 'size' || name === 'int' || name === 'days_between')
        return shape/* shape */.cW.int;
    if (name === 'string' || name === 'add_days' || name === 'add_months')
        return shape/* shape */.cW.string;
    if (name === 'is_date' || name === 'bool')
        return shape/* shape */.cW.bool;
    return shape/* shape */.cW.any;
}
function isNode(n) {
    return typeof n === 'object' && n !== null && 'op' in n && typeof n.op === 'string';
}
function walkChildren(args, visit) {
    if (isNode(args))
        visit(args);
    else if (Array.isArray(args))
        for (const a of args)
            walkChildren(a, visit);
}
/** A "did you mean" hint: the closest known name by edit distance, or the list of known names. */
function suggest(name, known) {
    if (known.length === 0)
        return 'This value has no fields.';
    let best;
    let bestDistance = Infinity;
    for (const k of known) {
        const d = distance(name, k);
        if (d < bestDistance)
            [best, bestDistance] = [k, d];
    }
    if (best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)))
        return `Did you mean '${best}'?`;
    return `Known names: ${known.join(', ')}.`;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/expr/engine.ts
// The expression engine facade: CEL through @marcbachmann/cel-js (see README.md for why this engine).
// Callers compile once, prepare each input object once, and evaluate many times; nothing here throws on
// bad expressions or bad data: both come back as values.




const prepared = Symbol('prepared');
const limits = {
    maxAstNodes: 2000,
    maxDepth: 64,
    maxListElements: 200,
    maxMapEntries: 200,
    maxCallArguments: 16,
};
const environments = new Map();
function environmentFor(names) {
    const key = names.join('\0');
    let env = environments.get(key);
    if (!env) {
        env = new lib/* Environment */.OH({ enableOptionalTypes: true, limits });
        for (const name of names)
            env.registerVariable(name, 'dyn');
        for (const f of functions/* expressionFunctions */.K) {
            env.registerFunction(f.signature, f.handler, { description: f.doc });
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
function compileExpression(source, declaredInputs, options = {}) {
    const names = Object.keys(declaredInputs).sort();
    const env = environmentFor(names);
    let parsed;
    try {
        parsed = env.parse(source);
    }
    catch (e) {
        return { ok: false, problems: [engineProblem(e, 'syntax error')] };
    }
    const { problems, references } = checkReferences(parsed.ast, declaredInputs);
    if (problems.length > 0)
        return { ok: false, problems };
    const checked = parsed.check();
    if (!checked.valid)
        return { ok: false, problems: [engineProblem(checked.error, 'type error')] };
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
function prepareInput(input) {
    const budget = evaluationBudget.base + evaluationBudget.perInputValue * inputSize(input);
    return { [prepared]: toCel(input), budget };
}
function toCel(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? BigInt(value) : value;
    if (Array.isArray(value))
        return value.map(toCel);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            if (v !== undefined)
                out[k] = toCel(v);
        return out;
    }
    return value;
}
/**
 * Evaluate a compiled expression; a missing field, a type error or a spent budget comes back as a failure,
 * never a throw or a hang. `budget` overrides the input's budget (tests).
 */
function evaluateExpression(source, input, budget = input.budget) {
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
    if ('error' in run)
        return { ok: false, error: describeFailure(run.error, expression, context) };
    try {
        return { ok: true, value: fromCel(run.value) };
    }
    catch (e) {
        return { ok: false, error: describeFailure(e, expression, context) };
    }
}
const deferredCompiled = new WeakMap();
/** A deferred expression compiled on its first evaluation, once. */
function compiledOnce(d) {
    let c = deferredCompiled.get(d);
    if (!c) {
        const r = compileExpression(d.source, d.deferred.inputs, { expect: d.deferred.expect });
        c = r.ok ? r.expression : { problems: r.problems };
        deferredCompiled.set(d, c);
    }
    return c;
}
/** Plain JavaScript from an engine value: ints become numbers, optionals are unwrapped. */
function fromCel(value) {
    if (typeof value === 'bigint')
        return Number(value);
    if (value instanceof lib/* Optional */.Xx)
        return value.hasValue() ? fromCel(value.value()) : undefined;
    if (Array.isArray(value))
        return value.map(fromCel);
    if (value instanceof Map)
        return Object.fromEntries([...value.entries()].map(([k, v]) => [String(k), fromCel(v)]));
    if (value !== null && typeof value === 'object' && value.constructor === Object) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCel(v)]));
    }
    return value;
}
function describeFailure(e, expression, context) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    const message = firstLine(e);
    if (code === 'no_such_key') {
        const key = /No such key: (.*)$/.exec(message)?.[1];
        const missing = findMissing(expression.references, context, key);
        return missing ? { kind: 'missing-field', message, missing } : { kind: 'missing-field', message };
    }
    if (code.startsWith('no_such_overload') || code === 'no_matching_overload')
        return { kind: 'type', message };
    if (!code && e instanceof Error)
        return { kind: 'invalid-value', message };
    return { kind: 'other', message };
}
/**
 * The first path an expression reads that the data lacks, preferring one that ends in the key the engine
 * named. Steps the expression guards (inside has() or after `.?`) may be absent and are skipped.
 */
function findMissing(references, context, key) {
    let fallback;
    for (const ref of references) {
        const missing = walk(context[ref.root], ref, 0, [ref.root]);
        if (!missing)
            continue;
        if (key === undefined || missing[missing.length - 1] === key)
            return missing;
        fallback ??= missing;
    }
    return fallback;
}
function walk(value, ref, i, at) {
    if (i >= ref.steps.length || i >= ref.optionalFrom)
        return undefined;
    const step = ref.steps[i];
    if (step === '*') {
        if (!Array.isArray(value))
            return undefined;
        for (let k = 0; k < value.length; k++) {
            const found = walk(value[k], ref, i + 1, [...at, k]);
            if (found)
                return found;
        }
        return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    if (!(step in value))
        return [...at, step];
    return walk(value[step], ref, i + 1, [...at, step]);
}
function engineProblem(e, what) {
    const range = typeof e === 'object' && e !== null && 'range' in e
        ? e.range
        : undefined;
    return { message: `${what}: ${firstLine(e)}`, offset: range?.start ?? 0 };
}
function firstLine(e) {
    const text = e instanceof Error ? e.message : String(e);
    return (text.split('\n')[0] ?? text).trim();
}


/***/ }),

/***/ 84794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ expressionFunctions),
/* harmony export */   _: () => (/* binding */ parseDate)
/* harmony export */ });
// Functions added to CEL for rule authors. Dates in product data are YYYY-MM-DD strings (valid dates
// compare correctly as strings); these helpers do the arithmetic that plain comparison cannot.
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;
/** Milliseconds since the epoch of a YYYY-MM-DD date at 00:00 UTC, or undefined when not a real date. */
function parseDate(text) {
    const m = datePattern.exec(text);
    if (!m)
        return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
        return undefined;
    return ms;
}
function requireDate(text, fn) {
    const ms = parseDate(text);
    if (ms === undefined)
        throw new Error(`${fn}: '${text}' is not a date (YYYY-MM-DD)`);
    return ms;
}
function formatDate(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** Every function the engine adds to standard CEL (documented in src/expr/README.md). */
const expressionFunctions = [
    {
        signature: 'days_between(string, string): int',
        doc: 'Whole days from the first date to the second (negative when the second is earlier).',
        handler: (a, b) => BigInt(Math.round((requireDate(b, 'days_between') - requireDate(a, 'days_between')) / dayMs)),
    },
    {
        signature: 'add_days(string, int): string',
        doc: 'The date that many days later (earlier when negative).',
        handler: (date, days) => formatDate(requireDate(date, 'add_days') + Number(days) * dayMs),
    },
    {
        signature: 'add_months(string, int): string',
        doc: 'The date that many calendar months later; the day is clamped to the end of a shorter month.',
        handler: (date, months) => addMonths(requireDate(date, 'add_months'), Number(months)),
    },
    {
        signature: 'is_date(string): bool',
        doc: 'Whether the text is a real calendar date written YYYY-MM-DD.',
        handler: (text) => parseDate(text) !== undefined,
    },
];
function addMonths(ms, months) {
    const d = new Date(ms);
    const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
    const year = Math.floor(total / 12);
    const month = total - year * 12;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return formatDate(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
}


/***/ })

};
