export const id = 844;
export const ids = [844];
export const modules = {

/***/ 79060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ changeInput),
/* harmony export */   k: () => (/* binding */ changeInputs)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66802);

const str = _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.string;
/** Declared shape of `change`: a `when` that reads any other field fails to load. */
const changeInputs = {
    change: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.object({
        kind: str,
        category: str,
        change: str,
        subject: str,
        from: str,
        to: str,
        field: str,
        roles: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.list(str),
        role: str,
        aspects: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.list(str),
        bump: str,
        type: str,
        security_relevant: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.bool,
        matched_by: str,
        stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.int,
        registered_stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.int,
        scheme: str,
    }),
};
/** The `change` object for one difference: every field present, '' or [] where it does not apply. */
function changeInput(d, ctx) {
    return {
        kind: d.kind,
        category: d.category,
        change: d.change,
        subject: d.subject,
        from: d.from ?? '',
        to: d.to ?? '',
        field: d.field,
        roles: d.roles,
        role: d.roles[0] ?? '',
        aspects: d.aspects,
        bump: d.bump,
        type: d.componentType,
        security_relevant: d.securityRelevant,
        matched_by: d.matchedBy ?? '',
        stars: ctx.stars,
        registered_stars: ctx.registeredStars,
        scheme: ctx.scheme,
    };
}


/***/ }),

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
function evaluateExpression(expression, input, budget = input.budget) {
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


/***/ }),

/***/ 66802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ shape),
/* harmony export */   dJ: () => (/* binding */ shapeFromJsonSchema),
/* harmony export */   ln: () => (/* binding */ shapeAt),
/* harmony export */   pi: () => (/* binding */ fieldNames)
/* harmony export */ });
// The shape of the values an expression may read. Expressions are checked against shapes when they are
// loaded, so that a typo such as `product.securty` is a load error naming the rule, not a silent
// "field missing" at run time on every product.
const any = { kind: 'any' };
/** Builders for hand-written shapes (inputs that have no JSON Schema). */
const shape = {
    any,
    string: { kind: 'scalar', type: 'string' },
    int: { kind: 'scalar', type: 'int' },
    double: { kind: 'scalar', type: 'double' },
    bool: { kind: 'scalar', type: 'bool' },
    object: (fields, additional) => additional ? { kind: 'object', fields, additional } : { kind: 'object', fields },
    list: (items) => ({ kind: 'list', items }),
};
/**
 * Derive a shape from a JSON Schema (the subset the data-model schemas use): objects with properties and
 * additionalProperties, arrays, scalars, enums, anyOf/oneOf. Anything it cannot describe becomes `any`.
 */
function shapeFromJsonSchema(schema) {
    if (typeof schema !== 'object' || schema === null)
        return any;
    const s = schema;
    const alternatives = (s.anyOf ?? s.oneOf);
    if (Array.isArray(alternatives))
        return merge(alternatives.map(shapeFromJsonSchema));
    if (Array.isArray(s.enum))
        return merge(s.enum.map(scalarOf));
    if ('const' in s)
        return scalarOf(s.const);
    const type = s.type;
    if (Array.isArray(type))
        return merge(type.map((t) => shapeFromJsonSchema({ ...s, type: t })));
    if (type === 'object' || (type === undefined && typeof s.properties === 'object')) {
        const fields = {};
        for (const [name, sub] of Object.entries((s.properties ?? {}))) {
            fields[name] = shapeFromJsonSchema(sub);
        }
        const extra = s.additionalProperties;
        // JSON Schema allows unknown keys unless told otherwise; our schemas always say `false`.
        if (extra === false)
            return { kind: 'object', fields };
        return {
            kind: 'object',
            fields,
            additional: extra === true || extra === undefined ? any : shapeFromJsonSchema(extra),
        };
    }
    if (type === 'array')
        return { kind: 'list', items: shapeFromJsonSchema(s.items) };
    if (type === 'string')
        return shape.string;
    if (type === 'integer')
        return shape.int;
    if (type === 'number')
        return shape.double;
    if (type === 'boolean')
        return shape.bool;
    if (type === 'null')
        return { kind: 'scalar', type: 'null' };
    return any;
}
function scalarOf(value) {
    if (typeof value === 'string')
        return shape.string;
    if (typeof value === 'boolean')
        return shape.bool;
    if (typeof value === 'number')
        return Number.isInteger(value) ? shape.int : shape.double;
    if (value === null)
        return { kind: 'scalar', type: 'null' };
    return any;
}
/** One shape for several alternatives: identical ones collapse, different ones become `any`. */
function merge(shapes) {
    const first = shapes[0];
    if (!first)
        return any;
    const key = JSON.stringify(first);
    return shapes.every((s) => JSON.stringify(s) === key) ? first : any;
}
/** Resolve a dotted path (`security.updates.signed`) against a shape; undefined when it does not exist. */
function shapeAt(root, path) {
    let current = root;
    for (const step of path) {
        if (current.kind === 'any')
            return any;
        if (typeof step === 'number') {
            if (current.kind !== 'list')
                return undefined;
            current = current.items;
            continue;
        }
        if (current.kind !== 'object')
            return undefined;
        const next = current.fields[step] ?? current.additional;
        if (!next)
            return undefined;
        current = next;
    }
    return current;
}
/** Names of the fields an object shape declares, sorted (for "did you mean" hints). */
function fieldNames(s) {
    return s.kind === 'object' ? Object.keys(s.fields).sort() : [];
}


/***/ }),

/***/ 49179:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ policyTrail),
/* harmony export */   TX: () => (/* binding */ readRepoPacks),
/* harmony export */   ff: () => (/* binding */ policyPaths),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var _load_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63780);
/* harmony import */ var _repo_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25092);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41879);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_config_js__WEBPACK_IMPORTED_MODULE_0__, _rules_index_js__WEBPACK_IMPORTED_MODULE_1__]);
([_load_config_js__WEBPACK_IMPORTED_MODULE_0__, _rules_index_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** Read the whole policy from one revision (or the working tree). */
async function loadPolicy(source, configPath, from = source.label) {
    const config = await (0,_load_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(source, configPath);
    const files = new Map();
    if (config.file) {
        const bytes = await source.readFile(config.file);
        if (bytes)
            files.set(config.file, bytes.toString('utf8'));
    }
    const repoPacks = await readRepoPacks(source, config);
    for (const pack of repoPacks.values())
        for (const f of pack.files)
            files.set(`${pack.root}/${f}`, pack.read(f) ?? '');
    return { config, repoPacks, files, from };
}
/** The repository packs a configuration names, read from `source`. */
async function readRepoPacks(source, config) {
    const out = new Map();
    for (const spec of (config.config.packs ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinPacks */ .ih]).map(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .packSpec */ .xx)) {
        if (!('path' in spec))
            continue;
        const pack = await readRepoPack(source, spec.path);
        if (pack)
            out.set(spec.path, pack);
    }
    return out;
}
/**
 * The paths whose content makes up the policy a configuration implies: both default configuration
 * names (or the explicit one) and the folders of the repository packs. A change under any of them (or
 * to a link on the way to them, see {@link policyTrail}) may change the policy.
 */
function policyPaths(config, configPath) {
    const packs = (config.config.packs ?? []).flatMap((p) => {
        const spec = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .packSpec */ .xx)(p);
        if (!('path' in spec))
            return [];
        const r = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRef */ .q)('', spec.path);
        return 'path' in r ? [r.path] : [];
    });
    return [...new Set([...(configPath ? [configPath] : _load_config_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultConfigFiles */ .$), ...packs])];
}
/**
 * Every repository path a change would have to touch to change the policy read from `source`: the
 * policy paths, the files under the pack folders, and the links on the way to each.
 */
async function policyTrail(source, paths) {
    const out = new Set();
    for (const p of paths) {
        for (const t of await source.trail(p))
            out.add(t);
        for (const f of await source.listFiles(p))
            for (const t of await source.trail(f))
                out.add(t);
    }
    return [...out];
}
/** A pack inside the user's repository, read up front so the pure loader can read it synchronously. */
async function readRepoPack(source, path) {
    const r = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRef */ .q)('', path);
    if ('refused' in r)
        return undefined;
    const texts = new Map();
    for (const file of await source.listFiles(r.path)) {
        const bytes = await source.readFile(file);
        if (bytes)
            texts.set(file.slice(r.path.length + 1), bytes.toString('utf8'));
    }
    if (texts.size === 0)
        return undefined;
    return { root: r.path, files: [...texts.keys()].sort(), read: (rel) => texts.get(rel) };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 28053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ coverageFactsSchema),
/* harmony export */   TH: () => (/* binding */ noCoverageChain),
/* harmony export */   g: () => (/* binding */ coverageFacts)
/* harmony export */ });
// What the change log says about test coverage. A test report covers the versions it tested; a product
// reached from a tested (registered) state through recorded record-class changes only is still backed by
// that report, because recording a change as "record" is the claim that it needs no re-test. Any material
// change, or any change not yet recorded, breaks that chain until a new report is recorded. Pure.
const coverageFactsSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        baselineFirmware: { type: 'string' },
        baselineHardware: { type: 'string' },
        recordOnly: { type: 'boolean' },
        via: { type: 'array', items: { type: 'string' } },
        breaks: { type: 'array', items: { type: 'string' } },
        breakSummary: { type: 'string' },
    },
};
/** No baseline, or nothing known about changes: coverage is only what the reports list. */
const noCoverageChain = {
    baselineFirmware: '',
    baselineHardware: '',
    recordOnly: false,
    via: [],
    breaks: [],
    breakSummary: '',
};
/** The coverage chain of one filing, from the changes detected against its baseline. */
function coverageFacts(filing, changes) {
    const baseline = filing?.baseline;
    if (!filing || !baseline)
        return noCoverageChain;
    const log = new Map((filing.changes ?? []).map((e) => [e.id, e]));
    const via = new Set();
    const breaks = new Set();
    const material = new Set();
    let unrecorded = 0;
    for (const c of changes) {
        if (c.classification === 'none')
            continue;
        const what = `${c.subject}${c.from !== undefined || c.to !== undefined ? ` ${c.from ?? '–'} → ${c.to ?? '–'}` : ''}`;
        const entry = c.changeLogId !== undefined ? log.get(c.changeLogId) : undefined;
        if (!entry) {
            breaks.add(`${what} is not recorded in the change log`);
            unrecorded++;
        }
        else if (c.classification === 'material' || entry.classification === 'material') {
            breaks.add(`${what} is a material change (${entry.id})`);
            material.add(entry.id);
        }
        else
            via.add(entry.id);
    }
    return {
        baselineFirmware: baseline.firmware.version,
        baselineHardware: baseline.hardware.revision,
        recordOnly: breaks.size === 0,
        via: [...via].sort(),
        breaks: [...breaks].sort(),
        breakSummary: [
            ...(material.size > 0 ? [`material changes recorded as ${[...material].sort().join(', ')}`] : []),
            ...(unrecorded > 0
                ? [`${unrecorded} change${unrecorded === 1 ? '' : 's'} not recorded in the change log`]
                : []),
        ].join(' and '),
    };
}


/***/ }),

/***/ 67131:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZK: () => (/* binding */ componentRoles),
/* harmony export */   Zt: () => (/* binding */ categoryInput),
/* harmony export */   hJ: () => (/* binding */ ruleInputShapes),
/* harmony export */   qn: () => (/* binding */ effectiveThresholds),
/* harmony export */   zQ: () => (/* binding */ sbomFacts)
/* harmony export */ });
/* unused harmony export matches */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66802);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20642);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97526);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84382);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28053);
// The object every rule expression reads, and the SBOM summary inside it. Which SBOM components are network
// daemons, crypto libraries or deny-listed cryptography comes from the pack's data (software-roles.yaml),
// never from code, so a new daemon or an end-of-life library branch is a data change.




const closedStates = new Set(['resolved', 'resolved_with_pedigree', 'false_positive', 'not_affected']);
const sbomFactsSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        present: { type: 'boolean' },
        schemaValid: { type: 'boolean' },
        specVersion: { type: 'string' },
        componentCount: { type: 'integer' },
        componentsWithoutVersion: { type: 'array', items: { type: 'string' } },
        componentsWithoutIdentity: { type: 'array', items: { type: 'string' } },
        metadataName: { type: 'string' },
        metadataVersion: { type: 'string' },
        firmwareVersions: { type: 'array', items: { type: 'string' } },
        metadataManufacturer: { type: 'string' },
        networkDaemons: { type: 'array', items: { type: 'string' } },
        cryptoLibraries: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                properties: { name: { type: 'string' }, version: { type: 'string' } },
            },
        },
        deniedCrypto: { type: 'array', items: { type: 'string' } },
        cryptoAlgorithms: { type: 'array', items: { type: 'string' } },
        roles: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        vulnerabilities: {
            type: 'object',
            additionalProperties: false,
            properties: { critical: { type: 'integer' }, high: { type: 'integer' } },
        },
        openVulnerabilities: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    id: { type: 'string' },
                    severity: { type: 'string' },
                    state: { type: 'string' },
                    published: { type: 'string' },
                    kev: { type: 'boolean' },
                },
            },
        },
    },
};
/** Summarise an SBOM for rules, recognising roles and deny-listed crypto from the pack's data. */
function sbomFacts(inventory, software, options = {}) {
    const roles = {};
    for (const role of Object.keys(software.roles).sort())
        roles[role] = [];
    const open = (options.vulnerabilities ?? [])
        .filter((v) => !closedStates.has(v.state ?? ''))
        .map((v) => ({
        id: v.id,
        severity: v.severity.toLowerCase(),
        state: v.state ?? '',
        published: v.published ?? '',
        kev: v.kev ?? false,
    }))
        .sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.id, b.id));
    const vulnerabilities = {
        critical: open.filter((v) => v.severity === 'critical').length,
        high: open.filter((v) => v.severity === 'high').length,
    };
    if (!inventory) {
        return {
            present: false,
            schemaValid: false,
            specVersion: '',
            componentCount: 0,
            componentsWithoutVersion: [],
            componentsWithoutIdentity: [],
            metadataName: '',
            metadataVersion: '',
            firmwareVersions: [],
            metadataManufacturer: '',
            networkDaemons: [],
            cryptoLibraries: [],
            deniedCrypto: [],
            cryptoAlgorithms: [],
            roles,
            vulnerabilities,
            openVulnerabilities: open,
        };
    }
    const softwareTypes = new Set(software.software_types);
    const withoutVersion = new Set();
    const withoutIdentity = new Set();
    const cryptoLibraries = new Map();
    const denied = new Set();
    const algorithms = new Set();
    const compiled = compiledRoles(software);
    // An entry with `since` denies only once that date has come (e.g. a branch's end of security support).
    const deny = compiled.denylist.filter((d) => d.since === undefined || (options.now !== undefined && d.since <= options.now));
    for (const c of inventory.components) {
        const label = c.group ? `${c.group}/${c.name}` : c.name;
        if (softwareTypes.has(c.type)) {
            if (!c.version)
                withoutVersion.add(label);
            if (!c.purl && !c.cpe)
                withoutIdentity.add(label);
        }
        if (c.type === 'cryptographic-asset')
            algorithms.add(c.name.toUpperCase());
        const keys = componentKeys(c);
        for (const role of rolesOf(c, keys, software, compiled)) {
            (roles[role] ??= []).push(keys.name);
            if (role === 'crypto')
                cryptoLibraries.set(`${keys.name}@${c.version ?? ''}`, { name: keys.name, version: c.version ?? '' });
        }
        for (const d of deny) {
            if (c.version !== undefined && d.matcher(keys) && d.version.test(c.version))
                denied.add(`${c.name} ${c.version}: ${d.reason}`);
        }
    }
    for (const role of Object.keys(roles))
        roles[role] = [...new Set(roles[role])].sort();
    const meta = inventory.metadata;
    return {
        present: true,
        schemaValid: options.schemaValid ?? true,
        specVersion: inventory.specVersion,
        componentCount: inventory.components.length,
        componentsWithoutVersion: [...withoutVersion].sort(),
        componentsWithoutIdentity: [...withoutIdentity].sort(),
        metadataName: meta.component?.name ?? '',
        metadataVersion: meta.component?.version ?? '',
        firmwareVersions: [
            ...new Set([meta.component, ...inventory.components].flatMap((c) => c?.type === 'firmware' && c.version ? [c.version] : [])),
        ].sort(),
        metadataManufacturer: meta.manufacturer ?? meta.supplier ?? meta.component?.manufacturer ?? meta.component?.supplier ?? '',
        networkDaemons: roles['network-daemon'] ?? [],
        cryptoLibraries: [...cryptoLibraries.values()].sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.name, b.name) || (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.version, b.version)),
        deniedCrypto: [...denied].sort(),
        cryptoAlgorithms: [...algorithms].sort(),
        roles,
        vulnerabilities,
        openVulnerabilities: open,
    };
}
/**
 * Security roles of an SBOM component. The SBOM author's own `ccl:role` property, when present, is the
 * whole answer (it may also say `library` or `none`); otherwise the pack's data recognises the
 * component by name, purl or CPE. Sorted.
 */
function componentRoles(c, software) {
    if (!software)
        return [...assignedRoles(c, 'ccl:role')].sort();
    return rolesOf(c, componentKeys(c), software, compiledRoles(software));
}
function rolesOf(c, keys, software, compiled) {
    const assigned = assignedRoles(c, software.role_property || 'ccl:role');
    if (assigned.size > 0)
        return [...assigned].sort();
    return compiled.roles
        .filter(({ matcher }) => matcher(keys))
        .map(({ role }) => role)
        .sort();
}
function assignedRoles(c, property) {
    const out = new Set();
    for (const p of c.properties) {
        if (p.name === property)
            for (const r of p.value.split(/[,\s]+/))
                if (r)
                    out.add(r.toLowerCase());
    }
    return out;
}
function componentKeys(c) {
    const purl = c.purl ? purlBase(c.purl) : undefined;
    const cpe = c.cpe ? cpeVendorProduct(c.cpe) : undefined;
    return {
        name: c.name.toLowerCase(),
        ...(purl ? { purl, purlName: purl.slice(purl.lastIndexOf('/') + 1) } : {}),
        ...(cpe ? { cpe } : {}),
    };
}
function compileMatcher(m) {
    const names = new Set((m.names ?? []).map((n) => n.toLowerCase()));
    const purls = (m.purls ?? []).map((g) => globToRegExp(g.toLowerCase()));
    const cpes = new Set((m.cpes ?? []).map((c) => c.toLowerCase()));
    return (k) => names.has(k.name) ||
        (k.purlName !== undefined && names.has(k.purlName)) ||
        (k.purl !== undefined && purls.some((re) => re.test(k.purl))) ||
        (k.cpe !== undefined && cpes.has(k.cpe));
}
// Packs are loaded once per run and evaluated for many products: compile their matchers once.
const compiledCache = new WeakMap();
function compiledRoles(software) {
    let c = compiledCache.get(software);
    if (!c) {
        c = {
            roles: Object.entries(software.roles).map(([role, m]) => ({ role, matcher: compileMatcher(m) })),
            denylist: software.crypto_denylist.map((d) => ({
                matcher: compileMatcher(d),
                version: new RegExp(d.version_pattern),
                ...(d.since ? { since: d.since } : {}),
                reason: d.reason,
            })),
        };
        compiledCache.set(software, c);
    }
    return c;
}
const matcherCache = new WeakMap();
/** Whether a component matches a data matcher by name, purl name, purl glob or CPE vendor:product. */
function matches(c, m) {
    let matcher = matcherCache.get(m);
    if (!matcher) {
        matcher = compileMatcher(m);
        matcherCache.set(m, matcher);
    }
    return matcher(componentKeys(c));
}
/** `pkg:type/namespace/name` of a purl, lower case, without version, qualifiers or subpath. */
function purlBase(purl) {
    const cut = purl.search(/[@?#]/);
    const base = cut === -1 ? purl : purl.slice(0, cut);
    try {
        return decodeURIComponent(base).toLowerCase();
    }
    catch {
        // A malformed %-escape in third-party data: compare the purl as written rather than fail.
        return base.toLowerCase();
    }
}
/** `vendor:product` of a CPE 2.3 formatted string or a CPE 2.2 URI, lower case. */
function cpeVendorProduct(cpe) {
    const parts = cpe.toLowerCase().split(':');
    if (parts[1] === '2.3' && parts.length >= 5)
        return `${parts[3]}:${parts[4]}`;
    if (parts[1]?.startsWith('/') && parts.length >= 4)
        return `${parts[2]}:${parts[3]}`;
    return undefined;
}
const globCache = new Map();
function globToRegExp(glob) {
    let re = globCache.get(glob);
    if (!re) {
        re = new RegExp(`^${glob
            .split('*')
            .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`);
        globCache.set(glob, re);
    }
    return re;
}
let productShape;
let filingShape;
let sbomShape;
let categoryShape;
let coverageShape;
/** The declared input shapes a pack's expressions are checked against. */
function ruleInputShapes(thresholds) {
    productShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__/* .productSchema */ .H);
    filingShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__/* .filingSchema */ .z2);
    sbomShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shapeFromJsonSchema */ .dJ)(sbomFactsSchema);
    categoryShape ??= withKnown((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_4__/* .catalogueSchema */ .pw.properties.categories.items));
    coverageShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shapeFromJsonSchema */ .dJ)(_coverage_js__WEBPACK_IMPORTED_MODULE_5__/* .coverageFactsSchema */ .Hb);
    const fields = {};
    for (const t of thresholds)
        fields[t.name] = thresholdShape(t.type);
    return {
        product: productShape,
        filing: filingShape,
        sbom: sbomShape,
        thresholds: _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.object(fields),
        now: _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.string,
        scheme: _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.string,
        stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.int,
        category: categoryShape,
        coverage: coverageShape,
    };
}
function withKnown(s) {
    return s.kind === 'object' ? { ...s, fields: { ...s.fields, known: _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.bool } } : s;
}
function thresholdShape(type) {
    if (type === 'int')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.int;
    if (type === 'number')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.double;
    if (type === 'bool')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.bool;
    if (type === 'list')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.list(_expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.string);
    return _expr_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shape */ .cW.string;
}
/** The catalogue entry for a category id, as rules see it. */
function categoryInput(pack, id) {
    if (!pack.catalogue)
        return { id, known: true };
    const entry = pack.catalogue.find((c) => c.id === id);
    if (!entry)
        return { id, known: false };
    const { sources: _sources, ...rest } = entry;
    return { ...rest, known: true };
}
/** Effective thresholds for one product: `.labelguard.yml` over the category's values over pack defaults. */
function effectiveThresholds(pack, category) {
    const out = {};
    for (const t of pack.thresholds) {
        out[t.name] = pack.thresholdOverrides[t.name] ?? category.thresholds?.[t.name] ?? t.default;
    }
    return out;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 41879:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ih: () => (/* binding */ builtinPacks),
/* harmony export */   sA: () => (/* binding */ loadPackSoftwareRoles),
/* harmony export */   xh: () => (/* binding */ loadRulePacks),
/* harmony export */   xx: () => (/* binding */ packSpec)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66802);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5080);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84794);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17665);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30405);
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67131);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__, _input_js__WEBPACK_IMPORTED_MODULE_4__]);
([_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__, _input_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Loads rule packs from file contents the shell provides (no file system here): parses and validates every
// file, compiles every expression once, and reports each problem as an error finding that names the file,
// the rule and the line.






/** The packs shipped with labelguard, found by the shell at `<dist or repo root>/rules/<name>/`. */
const builtinPacks = ['cn-ccl', 'etsi-en-303-645'];
/** Component types whose version and identity VUL-style rules check when a pack does not say. */
const defaultSoftwareTypes = [
    'application',
    'firmware',
    'framework',
    'library',
    'operating-system',
    'container',
];
/** A `.labelguard.yml` `packs:` entry as a spec: `./path` (or `../`, `/`) is a folder, anything else a name. */
function packSpec(entry) {
    return /^(\.{1,2}\/|\/)/.test(entry) ? { path: entry } : { name: entry };
}
/** Load, validate and compile rule packs; pure: `open` supplies each pack's files. */
function loadRulePacks(specs, open, options = {}) {
    const problems = [];
    const packs = [];
    const ruleOwners = new Map();
    const seen = new Set();
    for (const spec of specs) {
        const label = 'name' in spec ? spec.name : spec.path;
        const source = open(spec);
        if (!source) {
            problems.push(problem('data.rule-pack-missing', configAt(options, ['packs']), `rule pack '${label}' not found`, 'name' in spec
                ? `Built-in packs: ${builtinPacks.join(', ')}. A pack in your repository is written as ./path/to/pack.`
                : 'The folder must exist inside the repository and contain pack.yaml.'));
            continue;
        }
        const pack = loadPack(source, problems, ruleOwners, seen);
        if (pack)
            packs.push(pack);
    }
    applyOverrides(packs, options, problems);
    return { packs, problems };
}
function configAt(options, path) {
    return (options.locateConfig?.(path) ?? { file: options.configFile ?? '.labelguard.yml', line: 1, column: 1 });
}
function problem(ruleId, at, message, hint) {
    return { ruleId, severity: 'error', message, hint, file: at.file, line: at.line, column: at.column };
}
/** A pack file read, parsed and validated; undefined after reporting why not. */
function readDoc(source, rel, schema, what, problems) {
    const file = `${source.root}/${rel}`;
    const text = source.files.includes(rel) ? source.read(rel) : undefined;
    if (text === undefined) {
        problems.push(problem('data.rule-pack-missing', { file, line: 1, column: 1 }, `${what} ${file} not found`, `Create ${rel} in the pack folder, or fix the reference to it in pack.yaml.`));
        return undefined;
    }
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        // Located by the parser; never parsed again here, so a file refused for its size is not built anyway.
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, parsed.map((p) => p.toFinding()));
        return undefined;
    }
    // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
    if (source.validated)
        return parsed;
    const validate = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validator */ .Nc)(schema);
    if (!validate(parsed.value)) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, schemaProblems(parsed, validate.errors ?? [], what));
        return undefined;
    }
    return parsed;
}
function loadPack(source, problems, ruleOwners, loadedNames) {
    const manifestDoc = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
    if (!manifestDoc)
        return undefined;
    const name = manifestDoc.value.name;
    // Checked before the rules load, so a pack listed twice is one problem, not one per rule id.
    if (loadedNames.has(name)) {
        problems.push(problem('data.rule-pack-invalid', manifestDoc.locate(['name']), `rule pack '${name}' is loaded twice`, 'List each pack once in .labelguard.yml `packs:`; packs need distinct names.'));
        return undefined;
    }
    loadedNames.add(name);
    const manifest = manifestDoc.value;
    const before = problems.length;
    const thresholds = [];
    for (const [name, t] of Object.entries(manifest.thresholds ?? {}).sort(([a], [b]) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(a, b))) {
        const wrong = typeMismatch(t.type, t.default);
        if (wrong) {
            problems.push(problem('data.rule-pack-invalid', manifestDoc.locate(['thresholds', name, 'default']), `threshold '${name}': default ${wrong}`, `Give a default of type ${t.type}.`));
        }
        thresholds.push({
            name,
            type: t.type,
            default: t.default,
            description: t.description,
            ...(t.basis ? { basis: t.basis } : {}),
            sources: t.sources ?? [],
        });
    }
    const catalogue = manifest.catalogue
        ? loadCatalogue(source, manifest.catalogue, thresholds, problems)
        : undefined;
    const softwareRoles = manifest.software_roles
        ? loadSoftwareRoles(source, manifest.software_roles, problems)
        : defaultSoftwareRoles();
    if (problems.length > before || (manifest.catalogue && !catalogue) || !softwareRoles)
        return undefined;
    const pack = {
        name: manifest.name,
        title: manifest.title,
        scheme: manifest.scheme,
        ...(manifest.version ? { version: manifest.version } : {}),
        ...(manifest.description ? { description: manifest.description } : {}),
        levels: [...manifest.levels].sort((a, b) => a.stars - b.stars),
        thresholds,
        thresholdOverrides: {},
        ...(catalogue ? { catalogue } : {}),
        softwareRoles,
        ...(manifest.edition
            ? {
                edition: {
                    pinned: manifest.edition.pinned,
                    transcribedFrom: manifest.edition.transcribed_from,
                    changes: manifest.edition.changes,
                    confidence: manifest.edition.confidence,
                    consulted: manifest.edition.consulted ?? [],
                    provisions: (manifest.edition.provisions ?? []).map((p) => ({
                        clauses: [...p.clauses],
                        status: p.status,
                        confidence: p.confidence,
                        ...(p.note ? { note: p.note } : {}),
                    })),
                },
            }
            : {}),
        rules: [],
        root: source.root,
    };
    const inputs = (0,_input_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleInputShapes */ .hJ)(thresholds);
    const ruleFiles = source.files.filter((f) => /^rules\/[^/]+\.ya?ml$/.test(f)).sort();
    for (const rel of ruleFiles) {
        const doc = readDoc(source, rel, 'rules', 'rule file', problems);
        if (!doc)
            continue;
        const items = doc.value.rules;
        items.forEach((item, index) => {
            const rule = loadRule(pack, doc, item, index, inputs, problems);
            if (!rule)
                return;
            const owner = ruleOwners.get(rule.id);
            if (owner) {
                problems.push(problem('data.rule-duplicate-id', doc.locate(['rules', index, 'id']), `rule ${rule.id} is defined twice: here and at ${owner}`, 'Rule ids must be unique across every loaded pack; rename one.'));
                return;
            }
            ruleOwners.set(rule.id, `${rule.file}:${rule.line}`);
            pack.rules.push(rule);
        });
    }
    pack.rules.sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(a.id, b.id));
    return pack;
}
function loadRule(pack, doc, item, index, inputs, problems) {
    const at = (key) => doc.locate(key ? ['rules', index, key] : ['rules', index]);
    const before = problems.length;
    const fail = (id, key, message, hint) => problems.push(problem(id, at(key), `rule ${item.id}: ${message}`, hint));
    if (!item.sources || item.sources.length === 0) {
        fail('data.rule-sources', 'sources' in item ? 'sources' : undefined, 'has no sources', 'Every rule cites where it comes from: add `sources:` with the regulation or standard clause (title, clause, url).');
    }
    if (item.scheme !== undefined && item.scheme !== pack.scheme) {
        fail('data.rule-pack-invalid', 'scheme', `scheme '${item.scheme}' differs from the pack's scheme '${pack.scheme}'`, `Omit \`scheme:\` (rules take the pack's scheme) or move the rule to a pack for '${item.scheme}'.`);
    }
    if (!pack.levels.some((l) => l.stars === item.stars)) {
        fail('data.rule-pack-invalid', 'stars', `stars ${item.stars} is not a level of pack ${pack.name}`, `Levels: ${pack.levels.map((l) => l.stars).join(', ')}.`);
    }
    let categories = 'catalogue';
    if (item.categories) {
        if (item.categories.includes('*'))
            categories = 'any';
        else {
            categories = [...item.categories].sort();
            const unknown = pack.catalogue
                ? categories.filter((c) => !pack.catalogue.some((k) => k.id === c))
                : [];
            if (unknown.length > 0) {
                fail('data.rule-pack-invalid', 'categories', `unknown catalogue categories: ${unknown.join(', ')}`, `Categories of pack ${pack.name}: ${pack.catalogue.map((c) => c.id).join(', ')}.`);
            }
        }
    }
    const [docName, pathText] = item.path.startsWith('filing:')
        ? ['filing', item.path.slice('filing:'.length)]
        : ['product', item.path];
    const steps = pathText.split('.');
    if (!(0,_expr_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shapeAt */ .ln)(inputs[docName], steps)) {
        fail('data.rule-unknown-field', 'path', `path '${item.path}' does not exist in ${docName}.yaml`, `Point \`path:\` at a field of the ${docName} schema (see dist/schemas/${docName}.schema.json).`);
    }
    const condition = compile(item, 'condition', inputs, 'bool', fail);
    const details = item.details === undefined ? undefined : compile(item, 'details', inputs, 'list', fail);
    if (problems.length > before || !condition || (item.details !== undefined && !details))
        return undefined;
    const position = at();
    return {
        id: item.id,
        title: item.title,
        ...(item.title_zh ? { titleZh: item.title_zh } : {}),
        pack: pack.name,
        scheme: pack.scheme,
        stars: item.stars,
        categories,
        severity: item.severity,
        tierBasis: item.tier_basis,
        ...(item.tier_note ? { tierNote: item.tier_note } : {}),
        path: { doc: docName, steps, text: item.path },
        condition,
        ...(details ? { details } : {}),
        message: item.message,
        remediation: item.remediation,
        sources: item.sources ?? [],
        file: position.file,
        line: position.line,
    };
}
function compile(item, key, inputs, expect, fail) {
    const source = item[key];
    const result = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_6__/* .compileExpression */ .Wo)(source, inputs, { expect });
    if (result.ok)
        return result.expression;
    for (const p of result.problems) {
        const unknown = p.message.startsWith('unknown ') || p.message.startsWith('cannot read field');
        fail(unknown ? 'data.rule-unknown-field' : 'data.rule-expression', key, `${key}: ${p.message} near ${excerpt(source, p.offset)}`, p.hint ?? 'Check the expression against the rule input described in docs/rules.md.');
    }
    return undefined;
}
/** A short quote of the expression at the problem, for messages. */
function excerpt(source, offset) {
    const flat = source.replace(/\s+/g, ' ');
    const start = Math.max(0, Math.min(offset, flat.length - 1));
    const text = flat.slice(start, start + 40).trim();
    return `\`${text || flat.slice(-40).trim()}\`${start + 40 < flat.length ? '…' : ''} (column ${offset + 1})`;
}
function loadCatalogue(source, rel, thresholds, problems) {
    const doc = readDoc(source, rel, 'catalogue', 'catalogue', problems);
    if (!doc)
        return undefined;
    const categories = doc.value.categories;
    const before = problems.length;
    const ids = new Set();
    categories.forEach((c, i) => {
        if (ids.has(c.id)) {
            problems.push(problem('data.rule-pack-invalid', doc.locate(['categories', i, 'id']), `category '${c.id}' is listed twice`, 'Each catalogue category appears once.'));
        }
        ids.add(c.id);
        for (const [name, value] of Object.entries(c.thresholds ?? {})) {
            const t = thresholds.find((x) => x.name === name);
            const wrong = t ? typeMismatch(t.type, value) : 'is not a threshold this pack declares';
            if (wrong) {
                problems.push(problem('data.rule-pack-invalid', doc.locate(['categories', i, 'thresholds', name]), `category '${c.id}': threshold '${name}' ${wrong}`, 'Category thresholds override thresholds declared in pack.yaml.'));
            }
        }
    });
    return problems.length > before ? undefined : [...categories].sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(a.id, b.id));
}
const defaultSoftwareRoles = () => ({
    role_property: 'ccl:role',
    software_types: defaultSoftwareTypes,
    roles: {},
    crypto_denylist: [],
});
/**
 * A pack's software-role data alone (its manifest and `software-roles.yaml`, no rule compiled): what
 * classifying SBOM changes needs (`diff`).
 */
function loadPackSoftwareRoles(source) {
    const problems = [];
    const manifest = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
    const rel = manifest?.value?.software_roles;
    const softwareRoles = !manifest
        ? undefined
        : rel
            ? loadSoftwareRoles(source, rel, problems)
            : defaultSoftwareRoles();
    return { ...(softwareRoles ? { softwareRoles } : {}), problems };
}
function loadSoftwareRoles(source, rel, problems) {
    const doc = readDoc(source, rel, 'software', 'software roles file', problems);
    if (!doc)
        return undefined;
    const data = doc.value;
    const before = problems.length;
    (data.crypto_denylist ?? []).forEach((d, i) => {
        try {
            new RegExp(d.version_pattern);
        }
        catch (e) {
            problems.push(problem('data.rule-pack-invalid', doc.locate(['crypto_denylist', i, 'version_pattern']), `version_pattern is not a valid regular expression: ${e.message}`, 'Write a JavaScript regular expression, e.g. ^1\\.0\\.'));
        }
    });
    if (problems.length > before)
        return undefined;
    return {
        role_property: data.role_property ?? 'ccl:role',
        software_types: data.software_types ?? defaultSoftwareTypes,
        roles: data.roles,
        crypto_denylist: data.crypto_denylist ?? [],
    };
}
/** Why a value does not fit a threshold type, or undefined when it fits. */
function typeMismatch(type, value) {
    const ok = type === 'int'
        ? Number.isInteger(value)
        : type === 'number'
            ? typeof value === 'number'
            : type === 'bool'
                ? typeof value === 'boolean'
                : type === 'date'
                    ? typeof value === 'string' && (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDate */ ._)(value) !== undefined
                    : type === 'list'
                        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
                        : typeof value === 'string';
    if (ok)
        return undefined;
    const shown = JSON.stringify(value);
    return `must be ${type === 'int' ? 'a whole number' : type === 'date' ? 'a date (YYYY-MM-DD)' : type === 'list' ? 'a list of strings' : `a ${type}`}, not ${shown}`;
}
function applyOverrides(packs, options, problems) {
    for (const [key, value] of Object.entries(options.thresholds ?? {}).sort(([a], [b]) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(a, b))) {
        const dot = key.indexOf('.');
        const packName = dot === -1 ? undefined : key.slice(0, dot);
        const name = dot === -1 ? key : key.slice(dot + 1);
        const targets = packs.filter((p) => (packName === undefined || p.name === packName) && p.thresholds.some((t) => t.name === name));
        if (targets.length === 0) {
            const known = [...new Set(packs.flatMap((p) => p.thresholds.map((t) => t.name)))].sort();
            problems.push(problem('data.threshold', configAt(options, ['thresholds', key]), `unknown threshold '${key}'`, `Thresholds of the loaded packs: ${known.join(', ') || 'none'} (prefix with the pack name, e.g. cn-ccl.${known[0] ?? 'name'}, to set one pack only).`));
            continue;
        }
        for (const pack of targets) {
            const t = pack.thresholds.find((x) => x.name === name);
            const wrong = typeMismatch(t.type, value);
            if (wrong) {
                problems.push(problem('data.threshold', configAt(options, ['thresholds', key]), `threshold '${key}' ${wrong}`, `${t.description} Default: ${JSON.stringify(t.default)}.`));
                continue;
            }
            // A pack-qualified override wins over a plain one for the same pack.
            if (packName !== undefined || !(name in pack.thresholdOverrides))
                pack.thresholdOverrides[name] = value;
        }
    }
}
function schemaProblems(doc, errors, what) {
    // Name the rule when the problem is inside one, so a reader finds it without counting list items.
    const rules = doc.value.rules;
    return (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_8__/* .schemaErrors */ .d0)(errors, `the ${what}`).map(({ path, message }) => {
        const ruleId = path[0] === 'rules' && typeof path[1] === 'number' ? rules?.[path[1]]?.id : undefined;
        return problem('data.rule-pack-invalid', doc.locate(path), `${typeof ruleId === 'string' ? `rule ${ruleId}: ` : ''}${message}`, 'See docs/rules.md for the rule pack format.');
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
