export const id = 549;
export const ids = [549];
export const modules = {

/***/ 16547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ append),
/* harmony export */   _: () => (/* binding */ maxOf),
/* harmony export */   _h: () => (/* binding */ minOf)
/* harmony export */ });
// Spreading a list into a call (`target.push(...items)`, `Math.max(...values)`) passes each item as an
// argument on the stack and throws "Maximum call stack size exceeded" past about 100,000 items: a
// 130,000-component SBOM took the whole run down that way. These take lists of any length.
/** Append every item to `target`, in order; returns `target`. */
function append(target, items) {
    for (const item of items)
        target.push(item);
    return target;
}
/** The largest of `values`, or `floor` when it is larger (or there are no values). */
function maxOf(values, floor = -Infinity) {
    let max = floor;
    for (const v of values)
        if (v > max)
            max = v;
    return max;
}
/** The smallest of `values`, or `ceiling` when it is smaller (or there are no values). */
function minOf(values, ceiling = Infinity) {
    let min = ceiling;
    for (const v of values)
        if (v < min)
            min = v;
    return min;
}


/***/ }),

/***/ 63780:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ defaultConfigFiles),
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91064);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81296);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_validate_js__WEBPACK_IMPORTED_MODULE_2__]);
_validate_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



const defaultConfigFiles = ['.labelguard.yml', '.labelguard.yaml'];
/** Read and validate `.labelguard.yml`; an invalid configuration is a UsageError (exit 2), never ignored. */
async function loadConfig(source, explicitPath) {
    const candidates = explicitPath ? [explicitPath] : defaultConfigFiles;
    for (const file of candidates) {
        // A FIFO or device named like the configuration must not be skipped as absent: that would drop the policy.
        if ((await source.containment(file)) === 'special') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`configuration file '${file}' is not a regular file`, [
                `${file}:1:1: a FIFO, socket or device; it was not opened`,
            ]);
        }
        const bytes = await source.readFile(file);
        if (!bytes)
            continue;
        const parsed = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlFile */ .BU)(file, bytes);
        if (Array.isArray(parsed))
            throw invalid(file, parsed);
        if (parsed.value === null || parsed.value === undefined)
            return { config: {}, file, doc: parsed };
        const problems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateAgainst */ .s)('config', parsed);
        if (problems.length > 0)
            throw invalid(file, problems);
        return { config: parsed.value, file, doc: parsed };
    }
    if (explicitPath) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`configuration file '${explicitPath}' not found in the ${source.label}`, [
            'Check the config path, or omit it to use .labelguard.yml at the repository root.',
        ]);
    }
    return { config: {} };
}
function invalid(file, problems) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`invalid configuration in ${file}`, problems.map((p) => `${file}:${p.at.line}:${p.at.column}: ${p.message}\n  hint: ${p.hint}`));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 83119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ LoadProblem)
/* harmony export */ });
/** A problem with the user's data found while loading it: always an error finding with a hint. */
class LoadProblem {
    ruleId;
    at;
    message;
    hint;
    constructor(ruleId, at, message, hint) {
        this.ruleId = ruleId;
        this.at = at;
        this.message = message;
        this.hint = hint;
    }
    /** This problem as a report finding. */
    toFinding(productId) {
        return {
            ruleId: this.ruleId,
            severity: 'error',
            message: this.message,
            hint: this.hint,
            ...this.at,
            ...(productId ? { productId } : {}),
        };
    }
}


/***/ }),

/***/ 91064:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ validateAgainst)
/* harmony export */ });
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17665);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30405);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83119);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__]);
_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** Validate a parsed file against one of the data-model schemas; every error located in the file. */
function validateAgainst(name, doc) {
    const validate = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .validator */ .Nc)(name);
    if (validate(doc.value))
        return [];
    return (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaErrors */ .d0)(validate.errors ?? [], 'the document', name).map((e) => new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.schema', e.onKey ? doc.locate(e.path, 'key') : doc.locate(e.path), e.message, hintFor(e, name)));
}
function hintFor({ error: e }, name) {
    const ref = `See dist/schemas/${name}.schema.json for the allowed keys and values.`;
    if (e.keyword === 'additionalProperties')
        return `Remove or rename the key (keys are snake_case). ${ref}`;
    if (e.keyword === 'format' && e.params.format === 'date')
        return 'Write dates as YYYY-MM-DD; quote them if your editor reformats them.';
    return ref;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 81296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ parseYamlFile)
/* harmony export */ });
/* unused harmony exports yamlLimits, datesAsText */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23776);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83119);



/**
 * Caps that keep a hostile file from exhausting memory or time. Bytes alone do not bound memory: the
 * parser keeps about 2 KB per node, so 4 MiB of `[],[],…` (1.4 million nodes) took 2 GB and 17 s;
 * 20,000 nodes take about 60 MB and under a second, and the largest real files have a few thousand.
 */
const yamlLimits = {
    maxBytes: 4 * 1024 * 1024,
    maxNodes: 20_000,
    /** Tokens other than spaces, newlines and comments: stray `]`, `,`, `&a`, `!t` or `---` build no node but each cost as much. */
    maxTokens: 40_000,
    maxAliasCount: 100,
    maxDepth: 64,
    maxProblems: 20,
};
/**
 * Parse a YAML file strictly (unique keys, no custom tags, bounded aliases) keeping source positions.
 * Given bytes, the size limit is checked before decoding and invalid UTF-8 is located at its byte; given
 * text (already decoded by the caller), a U+FFFD is taken as the mark of a lossy decode.
 */
function parseYamlFile(file, input) {
    // Bytes, not UTF-16 units: 4 MiB of CJK text is 12 MiB on disk.
    const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
    if (size > yamlLimits.maxBytes) {
        return [
            new _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadProblem */ .Y('data.too-large', { file, line: 1, column: 1 }, `file is larger than ${yamlLimits.maxBytes} bytes (${size} bytes)`, 'Product data files are small; check that the right file is referenced.'),
        ];
    }
    const decoded = typeof input === 'string' ? decodedText(file, input) : decodeBytes(file, input);
    if (decoded instanceof _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadProblem */ .Y)
        return [decoded];
    const text = decoded;
    const crowded = scanTokens(file, text);
    if (crowded)
        return [crowded];
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
            lineCounter,
            uniqueKeys: true,
            prettyErrors: false,
            strict: true,
            version: '1.2',
            // Without this, explicit `!!binary`, `!!set`, `!!omap`, `!!pairs` and `!!timestamp` still resolve and
            // hand the schema validator a Buffer, Set, Map or Date where plain JSON data was promised.
            resolveKnownTags: false,
        });
    }
    catch (e) {
        // The parser catches its own stack overflows today; should one escape, it is still a too-deep file.
        if (e instanceof RangeError)
            return [tooDeep({ file, line: 1, column: 1 })];
        throw e;
    }
    const problems = [];
    for (const e of [...doc.errors, ...doc.warnings]) {
        // Located here rather than with the parser's prettyErrors, which quotes context for every error and
        // took 30 s on a file of 60,000 stray anchors.
        const pos = lineCounter.linePos(e.pos[0]);
        const at = { file, line: pos.line, column: pos.col };
        // The parser turns a stack overflow on absurdly deep nesting into one error per level: report it once,
        // as the nesting problem it is.
        if (e.code === 'RESOURCE_EXHAUSTION') {
            return [tooDeep(at)];
        }
        const message = e.message.split('\n')[0] ?? e.message;
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadProblem */ .Y('data.yaml-syntax', at, yamlMessage(e.code, message), yamlHint(e.code)));
    }
    if (problems.length > yamlLimits.maxProblems) {
        // A binary or garbled file yields an error per line; the first few say everything there is to say.
        const rest = problems.length - yamlLimits.maxProblems;
        const last = problems[yamlLimits.maxProblems - 1];
        return [
            ...problems.slice(0, yamlLimits.maxProblems - 1),
            new _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadProblem */ .Y('data.yaml-syntax', last.at, `${last.message} (and ${rest} more YAML errors)`, 'Check that this is a YAML text file; fix the first error and run again.'),
        ];
    }
    if (problems.length > 0)
        return problems;
    const shapeProblem = checkShape(doc, file, lineCounter);
    if (shapeProblem)
        return [shapeProblem];
    let value;
    try {
        value = ownStrings(doc.toJS({ maxAliasCount: yamlLimits.maxAliasCount, reviver: datesAsText }));
    }
    catch (e) {
        return [
            new _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadProblem */ .Y('data.yaml-syntax', { file, line: 1, column: 1 }, e.message, 'Avoid YAML aliases that expand to large documents.'),
        ];
    }
    return { file, value, locate: (path, at = 'value') => locateIn(doc, lineCounter, file, path, at) };
}
/**
 * Replace every string in a parsed value with a copy of its own. The parser's strings are slices of the
 * file's text, and one kept slice keeps the whole text alive: an audit that keeps each product's manifest
 * and filing after judging it kept every product.yaml and filing.yaml whole. (A reviver cannot do this:
 * the parser stores a revived value only when it differs, and an equal string does not.)
 */
function ownStrings(value) {
    // A round trip through JSON builds a new string; slicing or concatenating may hand back the slice.
    const copy = (s) => JSON.parse(JSON.stringify(s));
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        if (v === null || typeof v !== 'object')
            continue;
        const o = v;
        for (const k of Object.keys(o)) {
            const x = o[k];
            if (typeof x === 'string')
                o[k] = copy(x);
            else if (x !== null && typeof x === 'object')
                stack.push(x);
        }
    }
    return typeof value === 'string' ? copy(value) : value;
}
/**
 * A file that declares `%YAML 1.1` gets that version's implicit timestamps: an unquoted 2026-07-01 becomes a
 * Date. The schemas describe dates as YYYY-MM-DD text (what YAML 1.2 and JSON give), so a date read either
 * way validates the same: a timestamp at midnight UTC turns back into its day, any other into ISO 8601.
 */
function datesAsText(_key, value) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
        return value;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
function yamlMessage(code, message) {
    if (code === 'DUPLICATE_KEY')
        return `duplicate key: ${message.replace(/ at line.*$/, '')}`;
    if (code === 'TAG_RESOLVE_FAILED')
        return `unsupported YAML tag: ${message.replace(/^Unresolved tag: /, '').replace(/ at line.*$/, '')}`;
    return `invalid YAML: ${message.replace(/ at line \d+, column \d+:?$/, '')}`;
}
function yamlHint(code) {
    if (code === 'DUPLICATE_KEY')
        return 'Each key may appear once in a mapping; remove or merge the duplicate.';
    if (code === 'TAG_RESOLVE_FAILED')
        return 'labelguard reads plain YAML; remove the custom tag.';
    return 'Fix the YAML syntax at this position (indentation, quotes, colons).';
}
// Tokens that begin a node (or a pair, whose key or value may be empty) in the lexer's stream.
const nodeTokens = new Set([
    'scalar',
    'single-quoted-scalar',
    'double-quoted-scalar',
    'block-scalar-header',
    'alias',
    'flow-map-start',
    'flow-seq-start',
    'seq-item-ind',
    'map-value-ind',
    'explicit-key-ind',
]);
const layoutTokens = new Set(['space', 'newline', 'comment']);
/**
 * Count nodes and tokens with the lexer, which streams tokens without building anything, and refuse the
 * file at the first one past its limit, before the parser builds a single node.
 */
function scanTokens(file, text) {
    let nodes = 0;
    let tokens = 0;
    let offset = 0;
    // Nesting the lexer can see: flow collections, and block indicators on one line (`- - - x`). Deeper
    // nesting by indentation is caught after parsing (checkShape), within the token limit.
    let flowDepth = 0;
    let lineDepth = 0;
    for (const token of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        const type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.tokenType(token);
        if (type === 'newline')
            lineDepth = 0;
        else if (type === 'flow-seq-start' || type === 'flow-map-start')
            flowDepth++;
        else if (type === 'flow-seq-end' || type === 'flow-map-end')
            flowDepth = Math.max(0, flowDepth - 1);
        // The lexer leaves flow mode when a line is not indented enough to continue it, unclosed or not.
        else if (type === 'flow-error-end')
            flowDepth = 0;
        else if (type === 'seq-item-ind' || type === 'explicit-key-ind')
            lineDepth++;
        if (flowDepth + lineDepth > yamlLimits.maxDepth) {
            const { line, column } = lineColumnOf(text, offset);
            return tooDeep({ file, line, column });
        }
        if (type && !layoutTokens.has(type)) {
            const tooMany = nodeTokens.has(type) && ++nodes > yamlLimits.maxNodes
                ? `more than ${yamlLimits.maxNodes.toLocaleString('en-US')} YAML values`
                : ++tokens > yamlLimits.maxTokens
                    ? `more than ${yamlLimits.maxTokens.toLocaleString('en-US')} YAML tokens`
                    : undefined;
            if (tooMany) {
                const { line, column } = lineColumnOf(text, offset);
                return new _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadProblem */ .Y('data.too-many-nodes', { file, line, column }, `${tooMany} in one file`, 'Product data, filings, configuration and rule packs have a few thousand values at most; check that this is the right file, or split it.');
            }
        }
        offset += token.length;
    }
    return undefined;
}
/** The problem for nesting beyond {@link yamlLimits.maxDepth}. */
function tooDeep(at) {
    return new _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadProblem */ .Y('data.too-deep', at, `nesting deeper than ${yamlLimits.maxDepth} levels`, 'Product data is shallow; flatten the structure.');
}
/**
 * Reject pathologically deep documents before converting them, so toJS cannot overflow the stack, and
 * mapping keys that are not plain scalars: a key that is a list or a map would be turned into a string
 * (with a warning on the console) instead of being reported.
 */
function checkShape(doc, file, lc) {
    const stack = [{ node: doc.contents, depth: 0 }];
    const at = (node) => {
        const pos = lc.linePos(node?.range?.[0] ?? 0);
        return { file, line: pos.line, column: pos.col };
    };
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (depth > yamlLimits.maxDepth)
            return tooDeep(at(node));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                if (pair.key !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key)) {
                    return new _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadProblem */ .Y('data.yaml-syntax', at(pair.key), 'a mapping key must be a plain value, not a list, a map or an alias', 'Write keys as plain words (snake_case); labelguard data has no complex keys.');
                }
                stack.push({ node: pair.value, depth: depth + 1 });
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            for (const item of node.items)
                stack.push({ node: item, depth: depth + 1 });
    }
    return undefined;
}
/** Text the caller decoded: a U+FFFD is what a lossy decoder leaves where the bytes were not UTF-8. */
function decodedText(file, text) {
    const at = text.indexOf('\uFFFD');
    if (at < 0)
        return text;
    return encodingProblem(file, lineColumnOf(text, at));
}
/** Decode UTF-8 strictly; invalid bytes are reported at the line and column where they start. */
function decodeBytes(file, bytes) {
    const r = (0,_core_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._)(bytes);
    // Everything before the first bad byte is valid, so it tells the line and column.
    return r.ok ? r.text : encodingProblem(file, lineColumnOf(r.before, r.before.length));
}
function encodingProblem(file, pos) {
    return new _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadProblem */ .Y('data.encoding', { file, ...pos }, 'file is not valid UTF-8', 'Save the file as UTF-8 (labelguard reads no other encoding).');
}
/** 1-based line and column (in code points) of UTF-16 offset `at` of text. */
function lineColumnOf(text, at) {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
    return { line, column };
}
function locateIn(doc, lc, file, path, at) {
    let node = doc.contents;
    let best = node;
    for (const [i, key] of path.entries()) {
        let next;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? String(p.key.value) : String(p.key)) === String(key));
            // Point at the value when there is one, else at the key (e.g. `key:` with nothing after it).
            const wantKey = at === 'key' && i === path.length - 1;
            next = pair ? (wantKey ? pair.key : (pair.value ?? pair.key)) : undefined;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof key === 'number') {
            next = node.items[key];
        }
        if (next === undefined || next === null)
            break;
        node = next;
        best = next;
    }
    const offset = best?.range?.[0] ?? 0;
    const pos = lc.linePos(offset);
    return { file, line: pos.line, column: pos.col };
}


/***/ }),

/***/ 25092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ resolveRef),
/* harmony export */   s: () => (/* binding */ refusalMessage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Resolve `ref` (written in a file inside `baseDir`) to a repository-relative path, refusing anything
 * that could leave the repository: absolute paths, drive letters, NUL bytes, and `..` above the root.
 */
function resolveRef(baseDir, ref) {
    if (ref.trim() === '')
        return { refused: 'empty' };
    if (ref.includes('\0'))
        return { refused: 'nul' };
    if (ref.startsWith('/') || ref.startsWith('\\') || /^[A-Za-z]:/.test(ref))
        return { refused: 'absolute' };
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(baseDir, ref.replace(/\\/g, '/')));
    if (joined === '..' || joined.startsWith('../'))
        return { refused: 'escapes' };
    return { path: joined === '.' ? '' : joined };
}
/** A sentence saying why a reference was refused, for error messages. */
function refusalMessage(ref, why) {
    switch (why) {
        case 'empty':
            return 'file reference is empty';
        case 'nul':
            return 'file reference contains a NUL byte';
        case 'absolute':
            return `file reference '${ref}' is absolute; references must be relative to the product folder`;
        case 'escapes':
            return `file reference '${ref}' leaves the repository`;
        case 'outside':
            return `file reference '${ref}' is a symbolic link that points outside the repository`;
    }
}


/***/ }),

/***/ 30405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ pointerMessage),
/* harmony export */   a5: () => (/* binding */ sbomSchemaMessage),
/* harmony export */   d0: () => (/* binding */ schemaErrors)
/* harmony export */ });
/* unused harmony export pointerToPath */
/** `/a/0/b` → `['a', '0', 'b']`: the unescaped segments of a JSON pointer. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** `/a/0/b` → `['a', 0, 'b']`. */
function pointerToPath(pointer) {
    return pointerSegments(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/**
 * Ajv's errors as located messages: `anyOf`/`oneOf` report every branch, so only the most specific
 * errors per location are kept, each once. `root` names the whole document (`the file`); `schema`, when
 * given, names the schema in messages Ajv words itself.
 */
function schemaErrors(errors, root, schema) {
    return dedupe(errors).map((e) => {
        const path = pointerToPath(e.instancePath);
        const p = e.params;
        const onKey = e.keyword === 'additionalProperties';
        return {
            path: onKey ? [...path, String(p.additionalProperty)] : path,
            onKey,
            message: describe(e, path.length === 0 ? root : `'${path.join('.')}'`, schema),
            error: e,
        };
    });
}
function dedupe(errors) {
    const byPath = new Map();
    for (const e of errors)
        byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
    const out = [];
    for (const list of byPath.values()) {
        const specific = list.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
        const seen = new Set();
        for (const e of specific.length > 0 ? specific : list) {
            const key = `${e.keyword}:${JSON.stringify(e.params)}`;
            if (!seen.has(key))
                out.push(e);
            seen.add(key);
        }
    }
    return out;
}
function describe(e, where, schema) {
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return `unknown key '${String(p.additionalProperty)}' in ${where}`;
        case 'required':
            return `missing required key '${String(p.missingProperty)}' in ${where}`;
        case 'type':
            return `${where} must be ${String(p.type)}`;
        case 'enum':
            return `${where} must be one of: ${p.allowedValues.map(String).join(', ')}`;
        case 'const':
            return `${where} must be ${JSON.stringify(p.allowedValue)}`;
        case 'format':
            return `${where} must be a valid ${String(p.format)}${p.format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
        case 'pattern':
            return `${where} does not match the expected form ${String(p.pattern)}`;
        default:
            return `${where} ${e.message ?? 'is invalid'}${schema ? ` (${schema} schema)` : ''}`;
    }
}
/** A schema error of a JSON report (status, check report) as `JSON pointer: message`. */
function pointerMessage(e) {
    const at = e.instancePath === '' ? '(top level)' : e.instancePath;
    const extra = e.keyword === 'additionalProperties'
        ? ` '${String(e.params.additionalProperty)}'`
        : e.keyword === 'enum' || e.keyword === 'const'
            ? ` (${JSON.stringify(e.params.allowedValues ?? e.params.allowedValue)})`
            : '';
    return `${at}: ${e.message ?? 'is invalid'}${extra}`;
}
/**
 * A schema error of an SBOM, quoting the offending value from `doc`:
 * `/components/0/type must be equal to one of the allowed values (found "foo"; allowed: …)`.
 */
function sbomSchemaMessage(e, doc) {
    const at = e.instancePath === '' ? '/' : e.instancePath;
    let text = `${at} ${e.message ?? 'is invalid'}`;
    const extras = [];
    if (e.keyword === 'additionalProperties') {
        extras.push(`property ${JSON.stringify(e.params.additionalProperty)}`);
    }
    if (e.keyword === 'enum' || e.keyword === 'pattern' || e.keyword === 'format' || e.keyword === 'const') {
        const found = valueAt(doc, e.instancePath);
        if (typeof found === 'string' || typeof found === 'number' || typeof found === 'boolean') {
            extras.push(`found ${JSON.stringify(found).slice(0, 80)}`);
        }
    }
    if (e.keyword === 'enum') {
        const allowed = e.params.allowedValues ?? [];
        const shown = allowed.slice(0, 15).map((v) => JSON.stringify(v));
        extras.push(`allowed: ${shown.join(', ')}${allowed.length > 15 ? `, … (${allowed.length} values)` : ''}`);
    }
    if (extras.length > 0)
        text += ` (${extras.join('; ')})`;
    return text;
}
/** Resolves a JSON pointer against a parsed document, own properties only. */
function valueAt(doc, pointer) {
    let cur = doc;
    for (const key of pointerSegments(pointer)) {
        if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key))
            return undefined;
        cur = cur[key];
    }
    return cur;
}


/***/ }),

/***/ 17665:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ compiledAtBuild),
/* harmony export */   Nc: () => (/* binding */ validator)
/* harmony export */ });
/* unused harmony exports cyclonedxVersions, schemaNames */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25462);
// The validator of every built-in schema. The build compiles each one into standalone code
// (dist/schemas/compiled/<name>.cjs, written by scripts/compile-schemas.ts), so a run loads a validator
// instead of compiling a schema (60–200 ms for a CycloneDX version, ~20 ms for a small one) and does not
// load Ajv at all. Running from source, where no compiled code exists, compiles with the same Ajv set-up
// (compile.ts) on first use.




const dataSchemaNames = [
    'product',
    'filing',
    'config',
    'pack',
    'rules',
    'catalogue',
    'software',
    'changes',
    'status',
    'report',
];
const cyclonedxVersions = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
/** Every built-in schema, as the build compiles them. */
const schemaNames = [
    ...dataSchemaNames,
    ...cyclonedxVersions.map((v) => `bom-${v}`),
];
const validators = new Map();
let compiledDir;
/** The folder of validators compiled by the build (beside the bundle), or null when running from source. */
function compiled() {
    if (compiledDir === undefined) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,_assets_js__WEBPACK_IMPORTED_MODULE_3__/* .assetDir */ .Y)('schemas/cyclonedx')), 'compiled');
        compiledDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) ? dir : null;
    }
    return compiledDir;
}
/**
 * Whether this labelguard was built: its schemas compiled and its built-in rule packs validated by the
 * build (which fails on any problem in them), so a run need not validate those packs again.
 */
function compiledAtBuild() {
    return compiled() !== null;
}
/** The compiled code of a schema shipped beside the bundle, when there is one. */
function precompiled(name) {
    const dir = compiled();
    if (dir === null)
        return undefined;
    return (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${name}.cjs`));
}
// Ajv and the schemas themselves load only where nothing was compiled at build time (top-level await, so
// the bundle keeps them in a chunk of their own that a built run never reads).
const { ajvFactory, schemaFor } = compiledAtBuild()
    ? { ajvFactory: undefined, schemaFor: undefined }
    : await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(390), __webpack_require__.e(936)]).then(__webpack_require__.bind(__webpack_require__, 28936));
const runtimeAjv = ajvFactory?.();
/** The validator of a built-in schema: compiled at build time when available, else now (once). */
function validator(name) {
    let fn = validators.get(name);
    if (fn === undefined) {
        fn = precompiled(name);
        if (fn === undefined) {
            const { ajv, schema } = schemaFor(name, runtimeAjv);
            fn = ajv.compile(schema);
        }
        validators.set(name, fn);
    }
    return fn;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
