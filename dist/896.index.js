export const id = 896;
export const ids = [896];
export const modules = {

/***/ 91035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ declaredRoles)
/* harmony export */ });
/**
 * Roles the manifest itself gives SBOM components, by lower-case component name: the crypto library
 * it names (`security.crypto.library`) and the components behind its network services. Read from
 * both the registered and the current claims, so a component keeps its role when it is removed.
 */
function declaredRoles(...claims) {
    const out = new Map();
    const add = (name, role) => {
        if (!name)
            return;
        const key = name.trim().toLowerCase();
        out.set(key, (out.get(key) ?? new Set()).add(role));
    };
    for (const s of claims) {
        add(s?.crypto?.library, 'crypto');
        for (const svc of s?.network_services ?? [])
            add(svc.component, 'network-daemon');
    }
    return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
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

/***/ 20436:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ evaluateProduct)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5080);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67131);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28053);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_input_js__WEBPACK_IMPORTED_MODULE_1__]);
_input_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Evaluates a product against every pack for every scheme it targets. One finding per failed rule and
// product, located in the manifest; rules above the target level are still evaluated, so that readiness can
// say what stands between the product and the next level.




/** Evaluate every rule of every targeted scheme for one product; never throws on bad data. */
function evaluateProduct(packs, ctx) {
    const { product } = ctx;
    const findings = [];
    const outcomes = [];
    const labels = [];
    const seen = new Set();
    // Validation guarantees labels; guard anyway, since this must never throw on bad data.
    const targets = Array.isArray(product.labels) ? product.labels : [];
    targets.forEach((label, index) => {
        if (seen.has(label.scheme))
            return;
        seen.add(label.scheme);
        const schemePacks = packs.filter((p) => p.scheme === label.scheme);
        if (schemePacks.length === 0) {
            const loaded = [...new Set(packs.map((p) => p.scheme))].sort();
            findings.push({
                ruleId: 'data.unknown-scheme',
                severity: 'error',
                message: `no rule pack for scheme '${label.scheme}' is loaded, so this label cannot be checked`,
                hint: `Fix the scheme id or add its pack to .labelguard.yml \`packs:\` (loaded schemes: ${loaded.join(', ') || 'none'}).`,
                productId: product.id,
                ...ctx.locate('product', ['labels', index, 'scheme']),
            });
            return;
        }
        labels.push({ scheme: label.scheme, stars: label.stars });
        for (const pack of schemePacks)
            evaluatePack(pack, label.stars, ctx, findings, outcomes);
    });
    labels.sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.scheme, b.scheme));
    findings.sort(_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg);
    return { productId: product.id, labels, findings, outcomes };
}
function evaluatePack(pack, target, ctx, findings, outcomes) {
    const category = (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .categoryInput */ .Zt)(pack, ctx.product.category);
    const filing = ctx.filing && ctx.filing.scheme === pack.scheme
        ? ctx.filing
        : { scheme: pack.scheme, status: 'not-filed' };
    const input = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareInput */ ._s)({
        product: ctx.product,
        filing,
        sbom: (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .sbomFacts */ .zQ)(ctx.inventory, pack.softwareRoles, {
            now: ctx.now,
            ...(ctx.sbomSchemaValid !== undefined ? { schemaValid: ctx.sbomSchemaValid } : {}),
            ...(ctx.vulnerabilities ? { vulnerabilities: ctx.vulnerabilities } : {}),
        }),
        thresholds: (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveThresholds */ .qn)(pack, category),
        now: ctx.now,
        scheme: pack.scheme,
        stars: target,
        category,
        coverage: ctx.filing?.scheme === pack.scheme ? (ctx.coverage ?? _coverage_js__WEBPACK_IMPORTED_MODULE_3__/* .noCoverageChain */ .TH) : _coverage_js__WEBPACK_IMPORTED_MODULE_3__/* .noCoverageChain */ .TH,
    });
    for (const rule of pack.rules) {
        const outcome = {
            ruleId: rule.id,
            pack: pack.name,
            scheme: pack.scheme,
            stars: rule.stars,
            severity: rule.severity,
            status: 'pass',
            inScope: rule.stars <= target,
        };
        outcomes.push(outcome);
        if (!applies(rule, category)) {
            outcome.status = 'not-applicable';
            continue;
        }
        const result = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateExpression */ .O4)(rule.condition, input);
        if (result.ok && result.value === true)
            continue;
        outcome.status = result.ok && result.value === false ? 'fail' : 'error';
        if (!outcome.inScope)
            continue;
        const finding = result.ok
            ? result.value === false
                ? failed(rule, input, ctx)
                : misbehaved(rule, result.value, ctx)
            : unevaluable(rule, result.error, ctx);
        findings.push(finding);
    }
}
function applies(rule, category) {
    if (rule.categories === 'any')
        return true;
    if (rule.categories === 'catalogue')
        return category.known;
    return rule.categories.includes(category.id);
}
function base(rule, ctx, doc, path) {
    return {
        ruleId: rule.id,
        severity: rule.severity,
        hint: rule.remediation,
        sources: rule.sources,
        productId: ctx.product.id,
        ...ctx.locate(doc, path),
    };
}
function failed(rule, input, ctx) {
    let message = rule.message;
    if (rule.details) {
        const details = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateExpression */ .O4)(rule.details, input);
        if (details.ok && Array.isArray(details.value) && details.value.length > 0) {
            message = `${message}: ${details.value.map(String).join('; ')}`;
        }
    }
    return { ...base(rule, ctx, rule.path.doc, rule.path.steps), message };
}
function misbehaved(rule, value, ctx) {
    const kind = value === undefined || value === null
        ? 'no value'
        : Array.isArray(value)
            ? 'a list'
            : `a ${typeof value}`;
    return {
        ...base(rule, ctx, rule.path.doc, rule.path.steps),
        message: `${rule.title}: could not be checked, the rule's condition gave ${kind} instead of true or false`,
        hint: `The condition of ${rule.id} (${rule.file}:${rule.line}) must give true or false; fix the rule pack.`,
    };
}
/** A rule that could not be evaluated on this data: a finding about the data, located where it is missing. */
function unevaluable(rule, error, ctx) {
    const [root, ...rest] = error.missing ?? [];
    if (error.kind === 'missing-field' && (root === 'product' || root === 'filing')) {
        const field = formatPath(rest);
        return {
            ...base(rule, ctx, root, rest),
            message: `${rule.title}: could not be checked, ${root}.yaml has no '${field}'`,
            hint: `Declare '${field}' in ${root}.yaml. ${rule.remediation}`,
        };
    }
    if (error.kind === 'budget') {
        return {
            ...base(rule, ctx, rule.path.doc, rule.path.steps),
            message: `${rule.title}: could not be checked, ${error.message}`,
            hint: `The condition of ${rule.id} (${rule.file}:${rule.line}) does too much work on this product (nested list macros multiply); rewrite it so each list is walked once.`,
        };
    }
    const what = error.kind === 'missing-field'
        ? `'${formatPath(error.missing ?? [])}' is missing`
        : error.kind === 'type'
            ? `a value has the wrong type (${error.message})`
            : error.message;
    return {
        ...base(rule, ctx, rule.path.doc, rule.path.steps),
        message: `${rule.title}: could not be checked, ${what}`,
    };
}
function formatPath(path) {
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 20731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readiness)
/* harmony export */ });
// Gap analysis: for each scheme a product targets, the highest star level it meets today and, for every
// level above, exactly which rules stand in the way. A level is met when no error-severity rule of that
// level or below fails or cannot be evaluated. Waivers do not count: a waiver is a decision to ship anyway,
// not evidence that the product meets the level.
/** Readiness per targeted scheme, sorted by scheme. */
function readiness(evaluation, packs) {
    return evaluation.labels.map(({ scheme, stars }) => {
        const levels = [
            ...new Set(packs.filter((p) => p.scheme === scheme).flatMap((p) => p.levels.map((l) => l.stars))),
        ].sort((a, b) => a - b);
        const blocking = evaluation.outcomes.filter((o) => o.scheme === scheme && o.severity === 'error' && (o.status === 'fail' || o.status === 'error'));
        const blockersAt = (level) => [...new Set(blocking.filter((o) => o.stars <= level).map((o) => o.ruleId))].sort();
        let met = 0;
        for (const level of levels) {
            if (blockersAt(level).length > 0)
                break;
            met = level;
        }
        const gaps = {};
        for (const level of levels)
            if (level > met)
                gaps[String(level)] = blockersAt(level);
        return { scheme, target: stars, met, gaps };
    });
}


/***/ }),

/***/ 58031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   aE: () => (/* binding */ keyHash),
/* harmony export */   hT: () => (/* binding */ purlKey),
/* harmony export */   us: () => (/* binding */ cpeKey),
/* harmony export */   wB: () => (/* binding */ SCAN),
/* harmony export */   we: () => (/* binding */ purlIdentity),
/* harmony export */   xz: () => (/* binding */ scanCanonicalPurl)
/* harmony export */ });
/* unused harmony exports purlName, artefactSignature */
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22811);
// Identity keys for matching components across two SBOMs. Versions are never part of a key: a
// version change is a change of the same component, not a removal plus an addition.

// purl types whose spec says namespace/name are case-insensitive (stored lower-case).
const CASE_INSENSITIVE_TYPES = new Set([
    'alpm',
    'apk',
    'bitbucket',
    'composer',
    'deb',
    'github',
    'hex',
    'npm',
    'pypi',
]);
function decode(s) {
    if (!s.includes('%'))
        return s;
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** Lenient Package URL parser; undefined when the string is not a purl at all. */
function parsePurl(purl) {
    let rest = purl.trim();
    if (!/^pkg:/i.test(rest))
        return undefined;
    rest = rest.slice(4).replace(/^\/+/, '');
    let subpath;
    const hash = rest.indexOf('#');
    if (hash !== -1) {
        subpath = rest.slice(hash + 1).replace(/^\/+|\/+$/g, '') || undefined;
        rest = rest.slice(0, hash);
    }
    let qualifiers = [];
    const q = rest.indexOf('?');
    if (q !== -1) {
        for (const pair of rest.slice(q + 1).split('&')) {
            const eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const value = decode(pair.slice(eq + 1));
            if (value !== '')
                qualifiers.push([pair.slice(0, eq).toLowerCase(), value]);
        }
        if (qualifiers.length > 1)
            qualifiers = qualifiers.sort((a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(a[0], b[0]));
        rest = rest.slice(0, q);
    }
    let version;
    const at = rest.lastIndexOf('@');
    if (at > rest.lastIndexOf('/')) {
        version = decode(rest.slice(at + 1)) || undefined;
        rest = rest.slice(0, at);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0)
        return undefined;
    const type = rest.slice(0, slash).toLowerCase();
    const segments = rest
        .slice(slash + 1)
        .split('/')
        .filter((s) => s !== '')
        .map(decode);
    const lower = CASE_INSENSITIVE_TYPES.has(type);
    const name = segments.pop();
    if (name === undefined)
        return undefined;
    const namespace = segments.length > 0 ? segments.join('/') : undefined;
    const parsed = {
        type,
        name: lower ? name.toLowerCase() : name,
        qualifiers,
    };
    if (namespace !== undefined)
        parsed.namespace = lower ? namespace.toLowerCase() : namespace;
    if (version !== undefined)
        parsed.version = version;
    if (subpath !== undefined)
        parsed.subpath = subpath;
    return parsed;
}
/** The name part of a purl's key: `pkg:type/namespace/name`, without version, qualifiers or subpath. */
function purlName(p) {
    return `pkg:${p.type}/${p.namespace === undefined ? '' : `${p.namespace}/`}${p.name}`;
}
/** Canonical purl without its version; qualifiers kept (Debian `?arch=source` ≠ `?arch=amd64`). */
function purlKey(p) {
    let key = purlName(p);
    if (p.qualifiers.length > 0)
        key += `?${p.qualifiers.map(([k, v]) => `${k}=${v}`).join('&')}`;
    if (p.subpath !== undefined)
        key += `#${p.subpath}`;
    return key;
}
// Qualifiers that name a different artefact of the same package (not a different place to get it):
// two components disagreeing on one of these are never the same component.
const ARTEFACT_QUALIFIERS = new Set(['arch', 'classifier', 'os', 'platform', 'type']);
/** Qualifier values that pin the artefact, e.g. `arch=amd64`; '' when there are none. */
function artefactSignature(p) {
    if (p === undefined)
        return '';
    let sig = '';
    for (const [k, v] of p.qualifiers)
        if (ARTEFACT_QUALIFIERS.has(k))
            sig += `${k}=${v};`;
    return sig;
}
/** purlKey/type/artefactSignature in one go, with a fast path for already-canonical purls. */
function purlIdentity(purl) {
    if (scanCanonicalPurl(purl)) {
        const { typeEnd, nameEnd, q, eq } = SCAN;
        const key = q === -1 ? purl.slice(0, nameEnd) : purl.slice(0, nameEnd) + purl.slice(q);
        const signature = q !== -1 && ARTEFACT_QUALIFIERS.has(purl.slice(q + 1, eq)) ? `${purl.slice(q + 1)};` : '';
        return { key, nameEnd, type: purl.slice(4, typeEnd), signature };
    }
    const p = parsePurl(purl);
    if (p === undefined)
        return undefined;
    return { key: purlKey(p), nameEnd: purlName(p).length, type: p.type, signature: artefactSignature(p) };
}
/** Where the parts of the last canonical purl scanned are; valid after scanCanonicalPurl() → true. */
const SCAN = { typeEnd: 0, nameEnd: 0, q: -1, eq: -1, hash: 0 };
/**
 * Most purls in real SBOMs are already canonical (lower-case type, no escapes or empty segments
 * before the version, at most one plain qualifier): their key is s[0, nameEnd) + s[q, end), found
 * in one scan without allocating, together with the key's hash (see keyHash). Anything
 * unusual returns false and must take the full parser, which yields the same key.
 */
function scanCanonicalPurl(s) {
    const n = s.length;
    if (!s.startsWith('pkg:') || s.charCodeAt(n - 1) <= 32)
        return false;
    let typeEnd = -1;
    let lastSlash = -1;
    let lastAt = -1;
    let firstOddity = n; // first '%' or '//' after the type: fine only inside the version
    let firstUpper = n;
    // The hash lanes of s[0, i) (see keyHash): x takes the next character. 'pkg:' is always the same.
    let x = PKG_X;
    let y = PKG_Y;
    let xAt = 0; // the lanes just before the last '@'
    let yAt = 0;
    let i = 4;
    // Up to the qualifiers. Most characters (lower-case letters, digits, '.', '-') mean nothing here
    // but their hash, so they take the first branch alone.
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 90 || (c >= 48 && c <= 57) || c === 45 || c === 46) {
            const t = Math.imul(x ^ c, FNV_PRIME);
            x = y;
            y = t;
            continue;
        }
        if (c === 63 /* ? */)
            break;
        if (c === 35 /* # */)
            return false;
        if (c === 47 /* / */) {
            if (typeEnd === -1)
                typeEnd = i;
            else if (s.charCodeAt(i - 1) === 47 && firstOddity === n)
                firstOddity = i;
            lastSlash = i;
        }
        else if (c === 64 /* @ */) {
            lastAt = i;
            xAt = x;
            yAt = y;
        }
        else if (typeEnd === -1) {
            if (c >= 65)
                return false; // upper case in the type
        }
        else if (c === 37 /* % */) {
            if (firstOddity === n)
                firstOddity = i;
        }
        else if (c >= 65 && firstUpper === n) {
            firstUpper = i;
        }
        const t = Math.imul(x ^ c, FNV_PRIME);
        x = y;
        y = t;
    }
    const q = i < n ? i : -1;
    let eq = -1;
    // The qualifier: one plain `key=value`, key in lower case.
    for (i++; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === 35 /* # */ || c === 38 /* & */ || c === 37 /* % */)
            return false;
        if (eq === -1) {
            if (c === 61 /* = */)
                eq = i;
            else if (c >= 65 && c <= 90)
                return false;
        }
    }
    const nameEnd = lastAt > lastSlash ? lastAt : q === -1 ? n : q;
    if (typeEnd <= 4 || nameEnd <= typeEnd + 1 || lastSlash === nameEnd - 1 || firstOddity < nameEnd)
        return false;
    if (q !== -1 && (eq <= q + 1 || eq === n - 1))
        return false;
    if (firstUpper < nameEnd && CASE_INSENSITIVE_TYPES.has(s.slice(4, typeEnd)))
        return false;
    SCAN.typeEnd = typeEnd;
    SCAN.nameEnd = nameEnd;
    SCAN.q = q;
    SCAN.eq = eq;
    const atVersion = nameEnd === lastAt;
    SCAN.hash = lanes(atVersion ? xAt : x, atVersion ? yAt : y, s, q === -1 ? n : q, n);
    return true;
}
const FNV_PRIME = 0x01000193;
/**
 * The hash of s[from, to) continued from lanes x (which takes the next character) and y: two FNV-1a
 * lanes taking alternate characters, so each multiply waits only for the one two characters back.
 * keyHash of the 100,000 purls of the 50k bench pair: 23.7 ms with one lane over every character,
 * 12.1 ms with two (Node 24; Node 20 24.0 -> 12.3 ms); their canonical scan 24 -> 18 ms.
 */
function lanes(x, y, s, from, to) {
    let i = from;
    for (; i + 1 < to; i += 2) {
        x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
        y = Math.imul(y ^ s.charCodeAt(i + 1), FNV_PRIME);
    }
    if (i < to) {
        const t = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
        x = y;
        y = t;
    }
    return Math.imul(x, FNV_PRIME) ^ y;
}
// The two lanes' offsets, and the lanes after 'pkg:', where every purl starts.
const X0 = 0x811c9dc5;
const Y0 = 0x050c5d1f;
const PKG_X = Math.imul(Math.imul(X0 ^ 0x70 /* p */, FNV_PRIME) ^ 0x67 /* g */, FNV_PRIME);
const PKG_Y = Math.imul(Math.imul(Y0 ^ 0x6b /* k */, FNV_PRIME) ^ 0x3a /* : */, FNV_PRIME);
/** The hash of a whole key string; equals SCAN.hash for the key of a canonical purl. */
function keyHash(key) {
    return lanes(X0, Y0, key, 0, key.length);
}
/** `vendor:product` from a CPE 2.2 URI or 2.3 formatted string; undefined for wildcards or junk. */
function cpeKey(cpe) {
    const s = cpe.trim();
    let parts;
    if (/^cpe:2\.3:/i.test(s)) {
        parts = splitCpe23(s.slice(8));
    }
    else if (/^cpe:\//i.test(s)) {
        parts = s.slice(5).split(':').map(decode);
    }
    else {
        return undefined;
    }
    const vendor = parts[1]?.toLowerCase();
    const product = parts[2]?.toLowerCase();
    if (!vendor || !product || vendor === '*' || vendor === '-' || product === '*' || product === '-')
        return undefined;
    return `${vendor}:${product}`;
}
function splitCpe23(s) {
    const out = [];
    let cur = '';
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (ch === '\\' && i + 1 < s.length) {
            cur += s[++i];
        }
        else if (ch === ':') {
            out.push(cur);
            cur = '';
        }
        else {
            cur += ch;
        }
        if (out.length > 3)
            break;
    }
    out.push(cur);
    return out;
}


/***/ }),

/***/ 22811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Pu: () => (/* binding */ componentSortKey),
/* harmony export */   Z$: () => (/* binding */ sortedUnique),
/* harmony export */   _c: () => (/* binding */ normaliseProperties),
/* harmony export */   bZ: () => (/* binding */ sortHashes),
/* harmony export */   d3: () => (/* binding */ serviceSortKey),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   jU: () => (/* binding */ makeHash),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   r6: () => (/* binding */ sortByKey)
/* harmony export */ });
/* unused harmony export normaliseHashAlg */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
// Value normalisation shared by the JSON and XML readers, so both formats yield identical data.

/** Code-unit comparison: locale-independent, so sort orders (and digests) match on every machine. */
const compareStrings = _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6;
/** Trimmed string, or undefined for anything else (numbers are accepted and stringified). */
function str(v) {
    if (typeof v === 'string') {
        const t = v.trim();
        return t === '' ? undefined : t;
    }
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return undefined;
}
function bool(v) {
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string') {
        const t = v.trim();
        if (t === 'true' || t === '1')
            return true;
        if (t === 'false' || t === '0')
            return false;
    }
    return undefined;
}
const CANONICAL_HASH_ALGS = [
    'MD5',
    'SHA-1',
    'SHA-256',
    'SHA-384',
    'SHA-512',
    'SHA3-256',
    'SHA3-384',
    'SHA3-512',
    'BLAKE2b-256',
    'BLAKE2b-384',
    'BLAKE2b-512',
    'BLAKE3',
    'Streebog-256',
    'Streebog-512',
];
const CANONICAL = new Set(CANONICAL_HASH_ALGS);
const HASH_ALGS = new Map(CANONICAL_HASH_ALGS.map((alg) => [squash(alg), alg]));
function squash(alg) {
    return alg.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
/** Maps `sha256`, `SHA_256`, `sha-256` … to the CycloneDX spelling; unknown algorithms pass through trimmed. */
function normaliseHashAlg(alg) {
    if (CANONICAL.has(alg))
        return alg;
    return HASH_ALGS.get(squash(alg)) ?? alg.trim();
}
/** A normalised hash: canonical algorithm name, lower-case hex. */
function makeHash(alg, content) {
    const trimmed = content.trim();
    // Node 24's toLowerCase returns a copy even of lower-case text; keeping the copy in every hash
    // would double what an inventory's digests cost, so the copy is dropped at once when nothing changed.
    const lower = trimmed.toLowerCase();
    return { alg: normaliseHashAlg(alg), content: lower === trimmed ? trimmed : lower };
}
/** Sorts by algorithm then content and drops exact duplicates (in place when possible). */
function sortHashes(hashes) {
    if (hashes.length < 2)
        return hashes;
    hashes.sort((a, b) => compareStrings(a.alg, b.alg) || compareStrings(a.content, b.content));
    return hashes.filter((h, i) => i === 0 || h.alg !== hashes[i - 1].alg || h.content !== hashes[i - 1].content);
}
function normaliseProperties(raw) {
    if (raw.length < 2)
        return raw;
    raw.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.value, b.value));
    return raw.filter((p, i) => i === 0 || p.name !== raw[i - 1].name || p.value !== raw[i - 1].value);
}
function sortedUnique(values) {
    if (values.length < 2)
        return values;
    values.sort(compareStrings);
    return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}
/**
 * Total, content-based sort key: equal keys mean the diff cannot tell the components apart, so any
 * order between them is equally deterministic.
 */
function componentSortKey(c) {
    return [
        c.name,
        c.group ?? '',
        c.version ?? '',
        c.type,
        c.purl ?? '',
        c.cpe ?? '',
        c.path.join('/'),
        c.supplier ?? '',
        c.manufacturer ?? '',
        c.publisher ?? '',
        c.hashes.map((h) => `${h.alg}:${h.content}`).join(','),
        c.properties.map((p) => `${p.name}=${p.value}`).join('\u0001'),
        c.licenses.join('\u0001'),
        c.cryptoProperties === undefined ? '' : JSON.stringify(c.cryptoProperties),
    ].join('\u0000');
}
function serviceSortKey(s) {
    return [
        s.name,
        s.group ?? '',
        s.version ?? '',
        s.path.join('/'),
        s.provider ?? '',
        String(s.authenticated),
        String(s.trustBoundary),
        s.endpoints.join('\u0001'),
    ].join('\u0000');
}
/** Sorts by a precomputed key, computing each key once. */
function sortByKey(items, key) {
    if (items.length < 2)
        return items;
    const keyed = items.map((item) => ({ item, k: key(item) }));
    keyed.sort((a, b) => compareStrings(a.k, b.k));
    return keyed.map((e) => e.item);
}


/***/ }),

/***/ 14315:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K_: () => (/* binding */ sbomDigest),
/* harmony export */   Qw: () => (/* binding */ serialiseNormalised)
/* harmony export */ });
/* unused harmony export normalisedDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6820);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50320);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51248);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94321);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22811);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23837);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_js__WEBPACK_IMPORTED_MODULE_6__]);
_schemas_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The normalised SBOM: a canonical CycloneDX 1.6 JSON rendering of an Inventory, used as evidence
// and hashed into a digest. Same inventory → byte-identical text, on every machine:
//   - every bom-ref is explicit (purl, else a content key), so the library never invents random ones;
//   - no timestamp, no serial number;
//   - every list is re-sorted by code unit after serialisation, because the library's sortLists
//     uses localeCompare, whose order can depend on the host's ICU locale.
// Fields the library's models cannot carry (component manufacturer and cryptoProperties, CPEs it
// would reject, service endpoints/authenticated/x-trust-boundary, metadata.manufacturer) are
// written into the serialised JSON afterwards; they are native CycloneDX 1.6 fields, so the output
// stays plain CycloneDX and readSbom reads them back.







/** Canonical CycloneDX 1.6 JSON for an inventory: 2-space indent, trailing newline, deterministic. */
function serialiseNormalised(inv) {
    const { bom, patches } = toModel(inv);
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__.Spec1dot6));
    const doc = JSON.parse(serializer.serialize(bom, { sortLists: true }));
    for (const o of nodes(doc)) {
        const ref = o['bom-ref'];
        if (typeof ref === 'string')
            patches.get(ref)?.(o);
    }
    if (inv.metadata.manufacturer !== undefined) {
        doc.metadata.manufacturer = { name: inv.metadata.manufacturer };
    }
    canonicalOrder(doc);
    return `${JSON.stringify(doc, null, 2)}\n`;
}
function toModel(inv) {
    const ctx = {
        refs: new RefAllocator(),
        byRef: new Map(),
        originalRefs: new Map(),
        patches: new Map(),
    };
    const root = inv.metadata.component;
    const rootModel = root === undefined ? undefined : addComponent(ctx, root);
    const components = placeComponents(ctx, (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .sortByKey */ .r6)([...inv.components], _normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .componentSortKey */ .Pu), root, rootModel);
    const services = placeServices(ctx, (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .sortByKey */ .r6)([...inv.services], _normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .serviceSortKey */ .d3));
    linkDependencies(ctx, inv.dependencies);
    const supplier = inv.metadata.supplier;
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Bom({
        metadata: new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Metadata({
            component: rootModel,
            supplier: supplier === undefined ? undefined : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.OrganizationalEntity({ name: supplier }),
        }),
    });
    for (const m of components)
        bom.components.add(m);
    for (const m of services)
        bom.services.add(m);
    return { bom, patches: ctx.patches };
}
function remember(ctx, original, ref, model) {
    ctx.byRef.set(ref, model);
    if (original !== undefined && !ctx.originalRefs.has(original))
        ctx.originalRefs.set(original, ref);
}
function addComponent(ctx, c) {
    const ref = ctx.refs.allocate(c.purl ?? componentKey(c));
    const model = componentModel(c, ref);
    remember(ctx, c.bomRef, ref, model);
    ctx.patches.set(ref, (o) => patchComponent(o, c));
    return model;
}
// Nesting is rebuilt from each entry's path of parent names; when a name is ambiguous the first parent
// in sort order wins, and a path that names no entry leaves it at top level. `outsideParent` names a
// parent that is not in the list (the root component). Returns the top-level models.
function nest(placed, addChild, outsideParent = () => undefined) {
    const byPath = new Map();
    for (const [entry, model] of placed) {
        const key = [...entry.path, entry.name].join('\u0000');
        if (!byPath.has(key))
            byPath.set(key, model);
    }
    const topLevel = [];
    for (const [entry, model] of placed) {
        const parent = entry.path.length === 0 ? undefined : (outsideParent(entry) ?? byPath.get(entry.path.join('\u0000')));
        if (parent === undefined)
            topLevel.push(model);
        else
            addChild(parent, model);
    }
    return topLevel;
}
function placeComponents(ctx, components, root, rootModel) {
    const placed = components.map((c) => [c, addComponent(ctx, c)]);
    return nest(placed, (parent, child) => parent.components.add(child), (c) => (c.path.length === 1 && root !== undefined && c.path[0] === root.name ? rootModel : undefined));
}
function placeServices(ctx, services) {
    const placed = services.map((s) => {
        const group = s.group === undefined ? '' : `${s.group}/`;
        const ref = ctx.refs.allocate(`service:${group}${s.name}${s.version === undefined ? '' : `@${s.version}`}`);
        const model = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Service(s.name, {
            bomRef: ref,
            group: s.group,
            version: s.version,
            provider: s.provider === undefined ? undefined : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.OrganizationalEntity({ name: s.provider }),
        });
        remember(ctx, s.bomRef, ref, model);
        ctx.patches.set(ref, (o) => patchService(o, s));
        return [s, model];
    });
    return nest(placed, (parent, child) => parent.services.add(child));
}
// Dependencies name the source document's refs; translate them, dropping refs that name nothing.
function linkDependencies(ctx, dependencies) {
    for (const d of dependencies) {
        const from = ctx.byRef.get(ctx.originalRefs.get(d.ref) ?? '\u0000');
        if (from === undefined)
            continue;
        for (const target of d.dependsOn) {
            const to = ctx.byRef.get(ctx.originalRefs.get(target) ?? '\u0000');
            if (to !== undefined && to !== from)
                from.dependencies.add(to.bomRef);
        }
    }
}
/** 'sha256:' + hex SHA-256 of serialiseNormalised(inv). */
function sbomDigest(inv) {
    return normalisedDigest(serialiseNormalised(inv));
}
/** The digest of an already normalised SBOM text (what {@link serialiseNormalised} gave). */
function normalisedDigest(normalised) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(normalised, 'utf8').digest('hex')}`;
}
/** Hands out unique bom-refs in call order; collisions get `#2`, `#3`, … */
class RefAllocator {
    #used = new Set();
    allocate(wanted) {
        let ref = wanted === '' ? 'component' : wanted;
        for (let n = 2; this.#used.has(ref); n++)
            ref = `${wanted}#${n}`;
        this.#used.add(ref);
        return ref;
    }
}
function componentKey(c) {
    return `${c.type || 'component'}:${c.group === undefined ? '' : `${c.group}/`}${c.name}${c.version === undefined ? '' : `@${c.version}`}`;
}
const SUPPORTED_TYPES = new Set(Object.values(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType).filter((t) => _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__.Spec1dot6.supportsComponentType(t)));
function componentModel(c, ref) {
    // Unknown types would make the library drop the component; the real type is patched in later.
    const type = (SUPPORTED_TYPES.has(c.type) ? c.type : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Library);
    const properties = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.PropertyRepository();
    for (const p of c.properties)
        properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(p.name, p.value));
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(type, c.name, {
        bomRef: ref,
        group: c.group,
        version: c.version,
        purl: c.purl,
        publisher: c.publisher,
        supplier: c.supplier === undefined ? undefined : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.OrganizationalEntity({ name: c.supplier }),
        licenses: licenseModels(c.licenses),
        properties,
    });
}
function licenseModels(licenses) {
    const repo = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseRepository();
    // CycloneDX allows one expression, or any number of named/SPDX licences, not a mix.
    if (licenses.length === 1 && /\s(AND|OR|WITH)\s|[()]/.test(licenses[0])) {
        repo.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseExpression(licenses[0]));
        return repo;
    }
    for (const l of licenses)
        repo.add((0,_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .spdxIds */ .Ej)().has(l) ? new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.SpdxLicense(l) : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.NamedLicense(l));
    return repo;
}
function patchComponent(o, c) {
    o.type = c.type;
    if (c.cpe !== undefined)
        o.cpe = c.cpe;
    if (c.hashes.length > 0)
        o.hashes = c.hashes.map((h) => ({ alg: h.alg, content: h.content }));
    if (c.manufacturer !== undefined)
        o.manufacturer = { name: c.manufacturer };
    if (c.cryptoProperties !== undefined)
        o.cryptoProperties = cryptoJson(c.cryptoProperties);
}
function patchService(o, s) {
    if (s.endpoints.length > 0)
        o.endpoints = [...s.endpoints];
    if (s.authenticated !== undefined)
        o.authenticated = s.authenticated;
    if (s.trustBoundary !== undefined)
        o['x-trust-boundary'] = s.trustBoundary;
}
function asNumberIfInteger(v) {
    return /^(0|[1-9]\d{0,14})$/.test(v) ? Number(v) : v;
}
function cryptoJson(c) {
    const out = { assetType: c.assetType };
    if (c.algorithm !== undefined) {
        const { cryptoFunctions, classicalSecurityLevel, nistQuantumSecurityLevel, ...rest } = c.algorithm;
        const alg = { ...rest };
        if (cryptoFunctions.length > 0)
            alg.cryptoFunctions = [...cryptoFunctions];
        // The schema types these two as integers; the inventory keeps every value as a string.
        if (classicalSecurityLevel !== undefined)
            alg.classicalSecurityLevel = asNumberIfInteger(classicalSecurityLevel);
        if (nistQuantumSecurityLevel !== undefined)
            alg.nistQuantumSecurityLevel = asNumberIfInteger(nistQuantumSecurityLevel);
        out.algorithmProperties = alg;
    }
    if (c.protocol !== undefined) {
        const proto = {};
        if (c.protocol.type !== undefined)
            proto.type = c.protocol.type;
        if (c.protocol.version !== undefined)
            proto.version = c.protocol.version;
        if (c.protocol.cipherSuites.length > 0)
            proto.cipherSuites = c.protocol.cipherSuites.map((name) => ({ name }));
        out.protocolProperties = proto;
    }
    if (c.oid !== undefined)
        out.oid = c.oid;
    return out;
}
/** Every component and service object in the document, breadth first (no recursion). */
function nodes(doc) {
    const queue = [];
    const add = (v) => {
        for (const x of asArray(v))
            if (typeof x === 'object' && x !== null)
                queue.push(x);
    };
    const root = doc.metadata?.component;
    if (root !== undefined)
        add([root]);
    add(doc.components);
    add(doc.services);
    for (let i = 0; i < queue.length; i++) {
        add(queue[i].components);
        add(queue[i].services);
    }
    return queue;
}
function asArray(v) {
    return Array.isArray(v) ? v : [];
}
function licenseText(l) {
    const o = l;
    return o.expression ?? o.license?.id ?? o.license?.name ?? '';
}
/** Re-sorts every list of the document by code unit (see the file comment). */
function canonicalOrder(doc) {
    const byRef = (a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(String(a['bom-ref']), String(b['bom-ref']));
    const sortNode = (o) => {
        if (Array.isArray(o.components))
            o.components.sort(byRef);
        if (Array.isArray(o.services))
            o.services.sort(byRef);
        if (Array.isArray(o.properties)) {
            o.properties.sort((a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(a.name, b.name) || (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(a.value, b.value));
        }
        if (Array.isArray(o.licenses))
            o.licenses.sort((a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(licenseText(a), licenseText(b)));
    };
    sortNode(doc);
    for (const o of nodes(doc))
        sortNode(o);
    if (Array.isArray(doc.dependencies)) {
        const deps = doc.dependencies;
        for (const d of deps)
            d.dependsOn?.sort(_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt);
        deps.sort((a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(a.ref, b.ref));
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 23837:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashAlgorithms),
/* harmony export */   Ej: () => (/* binding */ spdxIds),
/* harmony export */   Ru: () => (/* binding */ componentTypes),
/* harmony export */   qj: () => (/* binding */ jsonSchemaValidator)
/* harmony export */ });
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64217);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17665);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

const bomSchema = (v) => (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .cyclonedxSchemaFile */ .h)(`bom-${v}.SNAPSHOT.schema.json`);
/** Component types the given spec version allows (from its schema, so it matches validation). */
function componentTypes(v) {
    return bomSchema(v).definitions.component.properties.type.enum;
}
/** Hash algorithms the given spec version allows. */
function hashAlgorithms(v) {
    return bomSchema(v).definitions['hash-alg'].enum;
}
let spdxIdSet;
/** SPDX licence ids CycloneDX accepts in `license.id`. */
function spdxIds() {
    return (spdxIdSet ??= new Set((0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .cyclonedxSchemaFile */ .h)('spdx.SNAPSHOT.schema.json').enum));
}
/** The validator for a spec version (compiled when labelguard was built; else on first use). */
function jsonSchemaValidator(v) {
    return (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validator */ .Nc)(`bom-${v}`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 64217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ cyclonedxSchemaFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76536);
// The vendored CycloneDX JSON Schemas (about 1 MB), read from labelguard's own schemas folder the first
// time one is needed rather than inlined in the bundle: a run that reads no SBOM (a pull request touching
// no product) neither reads nor parses them. The SBOM core (src/sbom/) takes the enums it checks XML
// against from here; compile.ts hands them to Ajv.



const loaded = new Map();
/** One vendored schema file by name (e.g. `bom-1.6.SNAPSHOT.schema.json`), parsed once per process. */
function cyclonedxSchemaFile(file) {
    let schema = loaded.get(file);
    if (schema === undefined) {
        schema = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .assetDir */ .Y)('schemas/cyclonedx'), file), 'utf8'));
        loaded.set(file, schema);
    }
    return schema;
}


/***/ })

};
