export const id = 958;
export const ids = [958,179];
export const modules = {

/***/ 25462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ assetDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



// A file that only the data folder holds: `src/rules/` (code) must not be mistaken for `rules/` (data).
const markers = {
    rules: 'cn-ccl',
    templates: 'label.svg.hbs',
    'schemas/cyclonedx': 'bom-1.6.SNAPSHOT.schema.json',
    'assets/label': 'label-cjk.ttf',
};
/**
 * The folder of shipped data (`rules`, `templates`, the CycloneDX schemas, the label font): beside the bundle in dist/,
 * or in the repository (root, or src/) when running from source. Found by walking up from this module's own file.
 */
function assetDir(name) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, markers[name])))
            return candidate;
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    }
    throw new Error(`labelguard is incomplete: its '${name}' folder was not found above ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)}`);
}


/***/ }),

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

/***/ 94085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ snapshotOf),
  T: () => (/* binding */ tableFromSnapshot)
});

;// CONCATENATED MODULE: ./src/expr/deferred.ts
function deferExpression(source, inputs, expect = 'any') {
    return { source, deferred: { inputs, expect } };
}

// EXTERNAL MODULE: ./src/changes/change-input.ts
var change_input = __webpack_require__(79060);
;// CONCATENATED MODULE: ./src/changes/table-snapshot.ts
// A built-in pack's change-classification table as the build writes it (JSON, see
// scripts/snapshot-packs.ts): loaded, validated and compiled once at build time, so a built run reads
// JSON instead of parsing YAML, and compiles a `when` only when it evaluates it.


function snapshotOf(table) {
    return { ...table, entries: table.entries.map((e) => ({ ...e, when: e.when.source })) };
}
function tableFromSnapshot(snapshot) {
    return {
        ...snapshot,
        entries: snapshot.entries.map((e) => ({ ...e, when: deferExpression(e.when, change_input/* changeInputs */.k, 'bool') })),
    };
}


/***/ }),

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   kD: () => (/* binding */ parseFilingId)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** Parse a command's arguments strictly; unknown flags and missing values are usage errors (exit 2). */
function parseCommandArgs(command, args, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals,
            strict: true,
        });
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${e.message.replace(/\. To specify.*$/, '')}`, [
            `Run 'labelguard ${command} --help' for usage.`,
        ]);
    }
}
/** Validate a --now value: a real calendar date. */
function parseNow(value, today) {
    const now = value ?? today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(now) ||
        Number.isNaN(Date.parse(`${now}T00:00:00Z`)) ||
        new Date(`${now}T00:00:00Z`).toISOString().slice(0, 10) !== now) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--now must be a date as YYYY-MM-DD, got '${now}'`);
    }
    return now;
}
/** Validate a --format value against the formats a command supports. */
function parseFormat(value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--format must be one of ${allowed.join(', ')}, got '${value}'`);
    }
    return value;
}
/** Validate a --filing-id value (default: the day): it names a folder under the product's filings/. */
function parseFilingId(value, now) {
    const id = value ?? now;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--filing-id must be a plain folder name, got '${id}'`);
    return id;
}


/***/ }),

/***/ 83802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ emit)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/pipeline/write-pieces.ts

/**
 * Write a text that comes in pieces (the JSON report of a large audit) to `file` as the pieces come, so
 * the whole text is never held at once. The file holds exactly the pieces joined.
 */
function writePieces(file, pieces) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        // writeFileSync on a descriptor writes at its position, and all of the piece.
        for (const piece of pieces)
            (0,external_node_fs_.writeFileSync)(fd, piece);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/cli/io.ts


/**
 * Write a command's output to `--output` (exact bytes) or to standard output: a text, or the pieces of one
 * written as they come.
 */
function emit(io, output, text) {
    const pieces = typeof text === 'string' ? [text] : text;
    if (output)
        writePieces((0,external_node_path_.resolve)(io.cwd, output), pieces);
    else
        for (const piece of pieces)
            io.stdout(piece);
}


/***/ }),

/***/ 21121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ findRepoRoot),
/* harmony export */   w: () => (/* binding */ repoDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



/** Resolve --repo to an existing directory, or fail as a usage error. */
function repoDir(cwd, value) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, value ?? '.');
    let ok;
    try {
        ok = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory();
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`repository '${value ?? '.'}' does not exist or is not a directory`, [
            'Pass --repo <path to your compliance repository>.',
        ]);
    return dir;
}
/**
 * The compliance repository a product folder belongs to, when --repo is not given: the nearest folder at
 * or above `start` that holds a .labelguard.yml (or .yaml) or .git; undefined when there is none.
 */
function findRepoRoot(start) {
    let dir = start;
    for (;;) {
        for (const marker of ['.labelguard.yml', '.labelguard.yaml', '.git']) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, marker));
                return dir;
            }
            catch (e) {
                if (e.code === 'EISDIR')
                    return dir;
            }
        }
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}


/***/ }),

/***/ 96293:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rulesHelp: () => (/* binding */ rulesHelp),
/* harmony export */   runRules: () => (/* binding */ runRules)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86540);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7584);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69515);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4479);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83802);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_2__]);
_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];







const rulesHelp = `Usage: labelguard rules [--pack NAME]... [--repo DIR] [--format text|json|markdown] [--output FILE]

List the rules of the built-in packs (or of --pack: a built-in name, or ./path to a pack inside --repo)
with their star level, severity, whether the tier is confirmed or inferred, thresholds and sources.
`;
/** `labelguard rules`. */
async function runRules(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandArgs */ .Qx)('rules', args, {
        pack: { type: 'string', multiple: true },
        repo: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
    });
    if (values.help) {
        io.stdout(rulesHelp);
        return 0;
    }
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFormat */ .Xc)(values.format, ['text', 'json', 'markdown'], 'text');
    const dir = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_1__/* .repoDir */ .w)(io.cwd, values.repo);
    const loaded = await (0,_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_2__.loadPacks)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkingTreeSource */ .T(dir), {
        config: { packs: values.pack ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .builtinPacks */ .i] },
    });
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e('the rule packs are invalid', errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
    }
    (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .emit */ .I)(io, values.output, (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_7__/* .renderRules */ .a)(loaded.packs, format));
    return 0;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 95278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   b$: () => (/* binding */ sourceConfidences),
/* harmony export */   en: () => (/* binding */ sourceLabel),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/** Where a requirement or classification comes from: regulation text, standard clause, guidance. */
/** How firmly a source supports what it is cited for (see docs/rules.md). */
const sourceConfidences = ['confirmed', 'fragment', 'inferred', 'assumption'];
/**
 * A source as one line of text: title, number, version and clause, then the confidence in brackets, e.g.
 * `《网络安全标识管理办法》 Measures for Cybersecurity Labels, 国信办发文〔2026〕4号, label items [confirmed]`.
 */
function sourceLabel(s) {
    const cited = [s.title, s.number, s.version, s.clause].filter(Boolean).join(', ');
    return s.confidence ? `${cited} [${s.confidence}]` : cited;
}
/** Compare strings by code unit: unlike localeCompare, the same on every machine and locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Sort findings into the order every report uses: by file, then position, then rule. */
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}


/***/ }),

/***/ 23776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
// Strict UTF-8 decoding for the readers of user files. A lossy decoder turns invalid bytes into U+FFFD
// without a word, so a manifest or SBOM saved in another encoding would be read as slightly different
// data instead of being refused where the bad byte stands.
const strict = new TextDecoder('utf-8', { fatal: true });
/** Decode UTF-8 strictly (a leading byte-order mark is dropped). */
function decodeUtf8(bytes) {
    try {
        return { ok: true, text: strict.decode(bytes) };
    }
    catch {
        const byteOffset = firstInvalidUtf8(bytes);
        return { ok: false, byteOffset, before: strict.decode(bytes.subarray(0, byteOffset)) };
    }
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        const need = c < 0x80
            ? 0
            : c >= 0xc2 && c <= 0xdf
                ? 1
                : c >= 0xe0 && c <= 0xef
                    ? 2
                    : c >= 0xf0 && c <= 0xf4
                        ? 3
                        : -1;
        if (need < 0 || (need > 0 && i + need >= b.length))
            return i;
        // The second byte's range also excludes overlong forms and surrogates (the E0, ED, F0 and F4 rows).
        const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
        const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
        const second = b[i + 1] ?? 0;
        if (need > 0 && (second < lo || second > hi))
            return i;
        for (let k = 2; k <= need; k++)
            if (((b[i + k] ?? 0) & 0xc0) !== 0x80)
                return i;
        i += need + 1;
    }
    return b.length;
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
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7584);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_config_js__WEBPACK_IMPORTED_MODULE_0__]);
_load_config_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



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
    for (const spec of (config.config.packs ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinPacks */ .i]).map(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .packSpec */ .x)) {
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
        const spec = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .packSpec */ .x)(p);
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

/***/ 4479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ WorkingTreeSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Synchronous calls for listings, links and small files, on purpose: each promise-based call goes through
// libuv's thread pool (started on first use) and the microtask queue. On a pull request that touches no
// product, the scope's few hundred small calls took 17 ms that way, 5 ms like this. Every read stays
// guarded: a containment check (or, for a file the listing met, an open that refuses a link) and a
// non-blocking open checked to be a regular file.


const maxLinkHops = 40;
const skippedDirs = new Set(['.git', 'node_modules']);
/** Files up to this size (manifests, filings, configuration) are read at once; larger ones asynchronously. */
const smallFile = 64 * 1024;
/** The repository's working tree on disk. */
class WorkingTreeSource {
    root;
    label = 'working tree';
    rootReal;
    /** Folders `listFiles` walked whole, and the links it met there: what `hasLinks` need not walk again. */
    walked = new Set();
    linksSeen = new Set();
    /**
     * Regular files `listFiles` met, every folder on the way a real folder (a link is never descended):
     * inside the repository without a containment check, which cost three calls per read (a pull request in
     * a 1,000-product repository reads two files of each product on each side).
     */
    plainFiles = new Set();
    constructor(root) {
        this.root = root;
    }
    listFiles(dir) {
        return Promise.resolve(this.listFilesNow(dir));
    }
    listFilesNow(dir) {
        const top = dir === '.' ? '' : dir.replace(/\/$/, '');
        const out = [];
        const pending = [top];
        while (pending.length > 0) {
            const rel = pending.pop();
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel), { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const e of entries) {
                const child = rel === '' ? e.name : `${rel}/${e.name}`;
                if (e.isDirectory()) {
                    if (!skippedDirs.has(e.name))
                        pending.push(child);
                }
                else {
                    if (e.isSymbolicLink())
                        this.linksSeen.add(child);
                    else if (e.isFile())
                        this.plainFiles.add(child);
                    out.push(child);
                }
            }
        }
        this.walked.add(top);
        return out.sort();
    }
    readFile(path) {
        const listed = this.plainFiles.has(path);
        if (!listed && this.containmentNow(path) !== 'inside')
            return Promise.resolve(undefined);
        let fd;
        try {
            // Non-blocking, and checked on the open file: a FIFO swapped in after containment() would otherwise
            // block the read forever waiting for a writer. (No-op for regular files; absent on Windows.) A listed
            // file is opened only if it is still not a link.
            const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (listed ? (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) : 0);
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, path), flags);
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (!stats.isFile())
                return Promise.resolve(undefined);
            if (stats.size <= smallFile)
                return Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd));
            // A large file (an SBOM) is read off the main thread: read synchronously, a 300-product audit's peak
            // memory rose by about a sixth.
            const large = fd;
            fd = undefined;
            return new Promise((resolve) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile)(large, (err, bytes) => {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(large);
                resolve(err ? undefined : bytes);
            }));
        }
        catch {
            return Promise.resolve(undefined);
        }
        finally {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    hasLinks(dir) {
        return Promise.resolve(this.hasLinksNow(dir));
    }
    /** Whether `listFiles` walked a folder at or above `dir`. */
    walkedAbove(dir) {
        for (const w of this.walked)
            if (w === '' || dir === w || dir.startsWith(`${w}/`))
                return true;
        return false;
    }
    hasLinksNow(dir) {
        if (dir !== '' && this.walkedAbove(dir)) {
            const below = `${dir}/`;
            for (const link of this.linksSeen)
                if (link === dir || link.startsWith(below))
                    return true;
            return false;
        }
        const pending = [dir];
        while (pending.length > 0) {
            const rel = pending.pop();
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel)).isSymbolicLink())
                    return true;
                for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel), { withFileTypes: true })) {
                    if (e.isSymbolicLink())
                        return true;
                    if (e.isDirectory() && !skippedDirs.has(e.name))
                        pending.push(rel === '' ? e.name : `${rel}/${e.name}`);
                }
            }
            catch {
                // Gone or not a folder: nothing below it.
            }
        }
        return false;
    }
    trail(path) {
        return Promise.resolve(this.trailNow(path));
    }
    trailNow(path) {
        const out = new Set([path]);
        // Walk the path one name at a time, as the kernel does, noting every link met and where it leads.
        let pending = path.split('/').filter((n) => n !== '' && n !== '.');
        const done = [];
        for (let hops = 0; pending.length > 0 && hops <= maxLinkHops;) {
            const name = pending.shift();
            if (name === '..') {
                if (done.pop() === undefined)
                    break; // above the repository
                continue;
            }
            const at = [...done, name].join('/');
            let target;
            try {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, at)).isSymbolicLink()) {
                    done.push(name);
                    continue;
                }
                target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, at));
            }
            catch {
                break; // missing from here on
            }
            out.add(at);
            hops++;
            if (node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(target) || /^[A-Za-z]:/.test(target))
                break;
            pending = target
                .replace(/\\/g, '/')
                .split('/')
                .filter((n) => n !== '' && n !== '.')
                .concat(pending);
        }
        if (pending.length === 0 && done.length > 0)
            out.add(done.join('/'));
        return [...out];
    }
    containment(path) {
        return Promise.resolve(this.containmentNow(path));
    }
    containmentNow(path) {
        if (this.plainFiles.has(path))
            return 'inside';
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, path);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
        }
        catch {
            return 'missing';
        }
        try {
            const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(full);
            this.rootReal ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.root);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.rootReal, real);
            if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
                return 'outside';
            // A FIFO, socket or device: opening a FIFO blocks until someone writes to it, so `check` hung.
            const kind = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
            return kind.isFile() || kind.isDirectory() ? 'inside' : 'special';
        }
        catch {
            // A dangling symlink: it exists but leads nowhere we can read.
            return 'missing';
        }
    }
}


/***/ }),

/***/ 7584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ builtinPacks),
/* harmony export */   x: () => (/* binding */ packSpec)
/* harmony export */ });
/** The packs shipped with labelguard, found by the shell at `<dist or repo root>/rules/<name>/`. */
const builtinPacks = ['cn-ccl', 'etsi-en-303-645'];
/** A `.labelguard.yml` `packs:` entry as a spec: `./path` (or `../`, `/`) is a folder, anything else a name. */
function packSpec(entry) {
    return /^(\.{1,2}\/|\/)/.test(entry) ? { path: entry } : { name: entry };
}


/***/ }),

/***/ 69515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ renderRules)
/* harmony export */ });
/* unused harmony export renderRulesDoc */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);
// Renders loaded rule packs for `labelguard rules` (text, JSON, Markdown) and for docs/rules.md. Pure and
// deterministic: packs in the order given, rules by id.



/** Render the rules of the given packs with their sources. */
function renderRules(packs, format) {
    if (format === 'json')
        return `${JSON.stringify({ packs: packs.map(packJson) }, null, 2)}\n`;
    if (format === 'markdown')
        return packs.map((p) => `## ${p.name}: ${md(p.title)}\n\n${rulesTable(p)}`).join('\n');
    return packs.map(packText).join('\n');
}
function stars(n) {
    return '★'.repeat(n);
}
function sourceText(s) {
    return (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceLabel */ .en)(s) + (s.url ? ` <${s.url}>` : '');
}
function packText(p) {
    const levels = p.levels.map((l) => `${stars(l.stars)} ${l.name}`).join(', ');
    const lines = [`${p.name}  ${p.title}: ${p.rules.length} rules (scheme ${p.scheme}; levels: ${levels})`];
    const idWidth = (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .maxOf */ ._)(p.rules.map((r) => r.id.length), 4);
    const starWidth = (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .maxOf */ ._)(p.levels.map((l) => l.stars), 1);
    for (const r of p.rules) {
        lines.push(`  ${r.id.padEnd(idWidth)}  ${stars(r.stars).padEnd(starWidth)}  ${r.severity.padEnd(7)}  ${r.tierBasis.padEnd(9)}  ${r.title}`);
        const indent = ' '.repeat(idWidth + 4);
        lines.push(`${indent}checks: ${r.path.text}`);
        for (const s of r.sources)
            lines.push(`${indent}source: ${sourceText(s)}`);
    }
    return `${lines.join('\n')}\n`;
}
function packJson(p) {
    return {
        name: p.name,
        title: p.title,
        scheme: p.scheme,
        ...(p.version ? { version: p.version } : {}),
        levels: p.levels,
        thresholds: p.thresholds.map((t) => ({
            name: t.name,
            type: t.type,
            default: t.default,
            ...(t.name in p.thresholdOverrides ? { value: p.thresholdOverrides[t.name] } : {}),
            description: t.description,
            ...(t.basis ? { basis: t.basis } : {}),
            sources: t.sources,
        })),
        ...(p.catalogue ? { catalogue: p.catalogue.map((c) => ({ id: c.id, title: c.title })) } : {}),
        rules: p.rules.map(ruleJson),
    };
}
function ruleJson(r) {
    return {
        id: r.id,
        title: r.title,
        ...(r.titleZh ? { titleZh: r.titleZh } : {}),
        scheme: r.scheme,
        stars: r.stars,
        categories: r.categories,
        severity: r.severity,
        tierBasis: r.tierBasis,
        ...(r.tierNote ? { tierNote: r.tierNote } : {}),
        path: r.path.text,
        condition: r.condition.source.trim(),
        ...(r.details ? { details: r.details.source.trim() } : {}),
        message: r.message,
        remediation: r.remediation,
        sources: r.sources,
    };
}
/** Escape text for a Markdown table cell. */
function md(text) {
    return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}
function sourceMd(s) {
    const label = md((0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceLabel */ .en)(s));
    return s.url ? `[${label.replace(/[[\]]/g, '\\$&')}](${s.url})` : label;
}
/** The edition a pack is pinned to, what was consulted, and each provision's status in it. */
function editionSection(e) {
    const consulted = e.consulted.length > 0
        ? ['Consulted for the comparison:', '', e.consulted.map((s) => `- ${sourceMd(s)}`).join('\n'), '']
        : [];
    const provisions = e.provisions.length > 0
        ? [
            `| Provisions | In ${md(e.pinned.version ?? 'the pinned edition')} | Confidence | Note |`,
            '|---|---|---|---|',
            e.provisions
                .map((p) => `| ${p.clauses.join(', ')} | ${p.status} | ${p.confidence ?? ''} | ${md(p.note ?? '')} |`)
                .join('\n'),
            '',
        ]
        : [];
    return [
        '### Edition',
        '',
        `Pinned to ${md(sourceLabel(e.pinned))}; the rules cite ${md(e.transcribedFrom)}. Changes between the two [${e.confidence ?? 'assumption'}]: ${md(e.changes)}`,
        '',
        ...consulted,
        ...provisions,
    ].join('\n');
}
function rulesTable(p) {
    const rows = p.rules.map((r) => {
        const tier = r.tierBasis === 'confirmed' ? 'confirmed' : 'inferred';
        return `| ${r.id} | ${stars(r.stars)} | ${r.severity} | ${tier} | ${md(r.title)}${r.titleZh ? `<br>${md(r.titleZh)}` : ''} | \`${r.path.text}\` | ${r.sources.map(sourceMd).join('<br>')} |`;
    });
    return ([
        '| Rule | Level | Severity | Tier | Title | Points at | Sources |',
        '|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n') + '\n');
}
function thresholdsTable(thresholds) {
    const rows = thresholds.map((t) => `| \`${t.name}\` | ${t.type} | \`${md(JSON.stringify(t.default))}\` | ${md(t.description)} | ${md(t.basis ?? '')} |`);
    return (['| Threshold | Type | Default | Meaning | Basis |', '|---|---|---|---|---|', ...rows].join('\n') + '\n');
}
/** The complete docs/rules.md for the given (built-in) packs. */
function renderRulesDoc(packs) {
    const out = [
        '# Rule reference',
        '',
        '<!-- Generated from the built-in rule packs by renderRulesDoc() (src/rules/render.ts). Do not edit by hand:',
        '     change the files under rules/ and regenerate. A test fails when this file is stale. -->',
        '',
        `labelguard ships ${packs.length} rule packs with ${packs.reduce((n, p) => n + p.rules.length, 0)} rules. A product names the schemes it targets in`,
        '`product.yaml` (`labels: [{scheme, stars}]`) and gets the findings of every rule of each scheme whose level is at or below',
        'its target. Rules above the target are still evaluated for the readiness (gap) analysis.',
        '',
        '**Tier**: *confirmed* means the regulation or standard itself puts the requirement at that level; *inferred* means the level',
        'is our mapping and may change when the implementation rules are published. A rule whose level is only partly',
        'confirmed says which part in its tier note (`labelguard rules --format json`, `tierNote`).',
        '',
        "**Sources** are cited by the instrument's title, number, version and clause, each with its confidence in brackets:",
        '*confirmed* (the official text, or a reputable summary of it), *fragment* (wording seen only in unverified reposts:',
        'cited by title and number, never linked), *inferred* (our mapping) or *assumption* (a placeholder value). A source',
        'links only to the official publisher or a reputable secondary source: each pack lists the hosts it has reviewed',
        '(`source_hosts` in `pack.yaml`), and a test fails on a URL anywhere else.',
        '',
        '## Writing rules',
        '',
        'A pack is a folder with `pack.yaml` (name, scheme, levels, thresholds), optional `catalogue.yaml` and',
        '`software-roles.yaml`, and rule files under `rules/*.yaml`. Each rule has `id`, `title` (and `title_zh`, the title',
        'the Simplified Chinese documents for the filing agency show; every built-in rule has one), `stars`, `severity`,',
        '`tier_basis`, `path` (the field the finding points at: relative to product.yaml, or `filing:` + a path in filing.yaml),',
        '`condition` (CEL, true = pass), optional `details` (CEL list of strings naming what failed), `message`, `remediation`',
        'and `sources`. Conditions read one object:',
        '',
        '| Input | What it is |',
        '|---|---|',
        '| `product` | product.yaml as validated (snake_case keys) |',
        "| `filing` | filing.yaml when it is for this scheme, else `{scheme, status: 'not-filed'}` |",
        '| `sbom` | SBOM summary: `present`, `schemaValid`, `componentCount`, `componentsWithoutVersion`, `componentsWithoutIdentity`, `metadataName`, `metadataVersion`, `metadataManufacturer`, `networkDaemons`, `cryptoLibraries`, `deniedCrypto`, `cryptoAlgorithms`, `roles`, `vulnerabilities`, `openVulnerabilities` |',
        '| `thresholds` | the pack thresholds below, after category and `.labelguard.yml` overrides |',
        '| `now` | the date judged against, `YYYY-MM-DD` |',
        '| `scheme`, `stars` | the scheme and the star level the product targets |',
        '| `category` | the catalogue entry of `product.category`, with `known` |',
        "| `coverage` | the recorded-change chain from the filing's baseline: `baselineFirmware`, `baselineHardware`, `recordOnly` (every difference recorded as record-class), `via` (change-log ids), `breaks` (why not) |",
        '',
        'Optional fields: `has(product.agent)` tests one level; `product.?security.?updates.?signed.orValue(false)` reads a',
        'nested optional field with a default. A field read without either that is missing makes the rule fail with a',
        'finding that names the missing field. Functions added to CEL:',
        '',
        ...expressionFunctions.map((f) => `- \`${f.signature}\`: ${f.doc}`),
        '',
        `Work is bounded: one evaluation of a condition may take ${evaluationBudget.base.toLocaleString('en-US')} steps plus ${evaluationBudget.perInputValue} per`,
        'value of its input (every node evaluated is a step; `+` and `join()` also cost the size they build). A condition',
        'that takes more, such as nested list macros that multiply (`a.all(x, a.all(y, …))`), stops with a finding on the rule',
        'and the product. Walk each list once.',
        '',
    ];
    for (const p of packs) {
        out.push(`## ${p.name}: ${p.title}`, '');
        if (p.description)
            out.push(p.description.trim(), '');
        out.push(`Scheme id: \`${p.scheme}\`. Levels: ${p.levels.map((l) => `${stars(l.stars)} ${l.name}`).join(', ')}.`, '');
        if (p.catalogue) {
            out.push('### Catalogue', '', '| Category | Title | Batch | Effective |', '|---|---|---|---|');
            for (const c of p.catalogue) {
                out.push(`| \`${c.id}\` | ${md(c.title)}${c.title_zh ? ` (${md(c.title_zh)})` : ''} | ${c.batch ?? ''} | ${c.effective ?? ''} |`);
            }
            out.push('');
        }
        if (p.edition)
            out.push(editionSection(p.edition));
        if (p.thresholds.length > 0)
            out.push('### Thresholds', '', thresholdsTable(p.thresholds));
        out.push(`### Rules (${p.rules.length})`, '', rulesTable(p));
    }
    return `${out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}


/***/ }),

/***/ 65286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ rolesOf),
/* harmony export */   ZK: () => (/* binding */ componentRoles),
/* harmony export */   ZV: () => (/* binding */ compiledRoles),
/* harmony export */   s$: () => (/* binding */ componentKeys)
/* harmony export */ });
/* unused harmony export matches */
// Which security roles an SBOM component plays (network daemon, crypto library, ...), from the pack's
// software-role data. Kept apart from the rule input so that comparing two SBOMs (`diff`) loads no
// expression engine and no schema.
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


/***/ })

};
