export const id = 58;
export const ids = [58];
export const modules = {

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

/***/ 83058:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus),
/* harmony export */   statusHelp: () => (/* binding */ statusHelp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36762);
/* harmony import */ var _core_shard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99499);
/* harmony import */ var _status_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25864);
/* harmony import */ var _status_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76570);
/* harmony import */ var _status_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(62526);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83802);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_status_index_js__WEBPACK_IMPORTED_MODULE_2__, _status_index_js__WEBPACK_IMPORTED_MODULE_5__, _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_8__, _status_index_js__WEBPACK_IMPORTED_MODULE_10__]);
([_status_index_js__WEBPACK_IMPORTED_MODULE_2__, _status_index_js__WEBPACK_IMPORTED_MODULE_5__, _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_8__, _status_index_js__WEBPACK_IMPORTED_MODULE_10__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);









const statusHelp = `Usage: labelguard status [--repo DIR] [--format FORMAT] [--output FILE] [--now YYYY-MM-DD]
                        [--config FILE] [--shard I/N] [--product ID]...
       labelguard status --merge FILE... [--format FORMAT] [--output FILE]

One row per product and label scheme: target and filed stars, filing status and code, end of validity,
end of security support, age of the test and penetration test reports, open material changes (recorded
and unrecorded), open refiling pull request and the next deadline; grouped into action needed, pending
and healthy, most urgent first.

Options:
  --repo DIR         the compliance repository (default: current directory)
  --format FORMAT    ${_status_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFormats */ .TP.join(', ')} (default text); json follows docs/status-report.schema.json
  --output FILE      write to FILE instead of standard output
  --now DATE         compute ages and deadlines as of DATE (default: today)
  --config FILE      configuration file inside the repository (default: .labelguard.yml)
  --shard I/N        only part I of N of the products (split by product folder), for job matrices;
                     write every part with --format json, then merge them with --merge
  --product ID       only this product (repeatable)
  --merge            merge the JSON status reports given as arguments (the shards of one audit) into
                     one; refuses reports of different dates or labelguard versions, a product reported
                     twice and a missing shard

The renewal window, the report age limits and how long a submitted refiling may wait are thresholds of
the rule packs (renewal_window_days, test_report_max_age_months, pentest_max_age_months,
refiling_submitted_max_days): override them under \`thresholds:\` in .labelguard.yml. Open refiling pull
requests are listed when the GitHub Action builds the status; the CLI reads nothing from GitHub.

Exit codes: 0 status written; 2 could not run as asked.
`;
/** `labelguard status`: the label status of every product, or the merge of shard reports. */
async function runStatus(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('status', args, {
        repo: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        now: { type: 'string' },
        config: { type: 'string' },
        shard: { type: 'string' },
        product: { type: 'string', multiple: true },
        merge: { type: 'boolean' },
    }, true);
    if (values.help) {
        io.stdout(statusHelp);
        return 0;
    }
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFormat */ .Xc)(values.format, _status_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFormats */ .TP, 'text');
    if (values.merge) {
        const misplaced = ['repo', 'now', 'config', 'shard', 'product'].filter((k) => values[k] !== undefined);
        if (misplaced.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`--merge cannot be combined with ${misplaced.map((k) => `--${k}`).join(', ')}`, [
                'A merge reads only the shard reports; their date and products come from them.',
            ]);
        }
        if (positionals.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('--merge needs the status reports to merge', [
                'For example: labelguard status --merge status-1.json status-2.json status-3.json',
            ]);
        }
        const reports = positionals.map((file) => ({ file, report: (0,_status_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStatusReport */ .u)(file, read(io, file)) }));
        (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .emit */ .I)(io, values.output, (0,_status_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderStatus */ .LG)((0,_status_index_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeStatusReports */ .W)(reports), format));
        return 0;
    }
    if (positionals.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`unexpected argument '${positionals[0]}'`, [
            'Pass report files only with --merge; see labelguard status --help.',
        ]);
    }
    const shard = values.shard ? (0,_core_shard_js__WEBPACK_IMPORTED_MODULE_7__/* .parseShard */ .u)(values.shard) : undefined;
    const outcome = await (0,_pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_8__/* .runCheck */ .k)({
        dir: (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_9__/* .repoDir */ .w)(io.cwd, values.repo),
        ...(values.config ? { configPath: values.config } : {}),
        now: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNow */ .A7)(values.now, io.today),
        ...(shard ? { shard } : {}),
        ...(values.product ? { productIds: values.product } : {}),
    });
    (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .emit */ .I)(io, values.output, (0,_status_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderStatus */ .LG)((0,_status_index_js__WEBPACK_IMPORTED_MODULE_10__/* .buildStatus */ .B)(outcome, shard ? { shard } : {}), format));
    return 0;
}
function read(io, file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'utf8');
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`cannot read ${file}: ${e.code ?? e.message}`, ['Pass the files written by `labelguard status --format json --output FILE`.']);
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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
/* harmony export */   Zt: () => (/* binding */ categoryInput),
/* harmony export */   hJ: () => (/* binding */ ruleInputShapes),
/* harmony export */   qn: () => (/* binding */ effectiveThresholds),
/* harmony export */   zQ: () => (/* binding */ sbomFacts)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66802);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20642);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97526);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84382);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28053);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65286);
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
    const compiled = (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .compiledRoles */ .ZV)(software);
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
        const keys = (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKeys */ .s$)(c);
        for (const role of (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .rolesOf */ .R7)(c, keys, software, compiled)) {
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
let productShape;
let filingShape;
let sbomShape;
let categoryShape;
let coverageShape;
/** The declared input shapes a pack's expressions are checked against. */
function ruleInputShapes(thresholds) {
    productShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__/* .productSchema */ .H);
    filingShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_4__/* .filingSchema */ .z2);
    sbomShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(sbomFactsSchema);
    categoryShape ??= withKnown((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_5__/* .catalogueSchema */ .pw.properties.categories.items));
    coverageShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_coverage_js__WEBPACK_IMPORTED_MODULE_6__/* .coverageFactsSchema */ .Hb);
    const fields = {};
    for (const t of thresholds)
        fields[t.name] = thresholdShape(t.type);
    return {
        product: productShape,
        filing: filingShape,
        sbom: sbomShape,
        thresholds: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.object(fields),
        now: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string,
        scheme: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string,
        stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.int,
        category: categoryShape,
        coverage: coverageShape,
    };
}
function withKnown(s) {
    return s.kind === 'object' ? { ...s, fields: { ...s.fields, known: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.bool } } : s;
}
function thresholdShape(type) {
    if (type === 'int')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.int;
    if (type === 'number')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.double;
    if (type === 'bool')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.bool;
    if (type === 'list')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.list(_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string);
    return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string;
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


/***/ }),

/***/ 25823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ urgencies),
/* harmony export */   q: () => (/* binding */ statusReportSchema)
/* harmony export */ });
// The published JSON Schema of `labelguard status --format json` (docs/status-report.schema.json is this
// object, written out). `status --merge` validates every shard report against it before merging.
/** What a row needs from the compliance lead, in the order rows are listed: most urgent first. */
const urgencies = ['action-needed', 'pending', 'healthy'];
const date = { type: 'string', format: 'date' };
const count = { type: 'integer', minimum: 0 };
const stars = { type: 'integer', minimum: 1, maximum: 4 };
const deadline = {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'date', 'daysLeft', 'due', 'description'],
    properties: {
        kind: {
            enum: [
                'label-renewal',
                'label-expiry',
                'support-end',
                'test-report',
                'pentest-report',
                'refiling-submitted',
            ],
            description: 'Which lifecycle date this is.',
        },
        date: { ...date, description: 'The day the obligation falls due.' },
        daysLeft: { type: 'integer', description: 'Days from `now` to `date`; negative once passed.' },
        due: { type: 'boolean', description: 'Whether it is due as of `now`.' },
        description: { type: 'string' },
    },
};
const reportAge = {
    type: 'object',
    additionalProperties: false,
    required: ['date', 'ageDays'],
    properties: {
        date,
        ageDays: { type: 'integer' },
        maxAgeMonths: { ...count, description: 'The limit of the scheme at the target level, when it has one.' },
    },
};
const row = {
    type: 'object',
    additionalProperties: false,
    required: ['product', 'path', 'openChanges', 'deadlines', 'urgency', 'reasons', 'findings'],
    properties: {
        product: { type: 'string', minLength: 1, description: 'Product id.' },
        path: { type: 'string', description: 'Product folder, relative to the repository root.' },
        model: { type: 'string' },
        scheme: { type: 'string', minLength: 1, description: 'Absent only when the manifest could not be read.' },
        targetStars: stars,
        registeredStars: stars,
        filingStatus: {
            enum: [
                'not-filed',
                'submitted',
                'granted',
                'refiling-required',
                'refiling-submitted',
                'expired',
                'cancelled',
            ],
            description: 'Absent when the product has no filing record for this scheme.',
        },
        statusSince: date,
        filingCode: { type: 'string' },
        validUntil: date,
        supportEnd: date,
        testReport: reportAge,
        pentestReport: reportAge,
        openChanges: {
            type: 'object',
            additionalProperties: false,
            required: ['recorded', 'unrecorded'],
            properties: { recorded: count, unrecorded: count },
            description: 'Material changes since the registered baseline.',
        },
        refilingPullRequest: {
            type: 'object',
            additionalProperties: false,
            required: ['number', 'url'],
            properties: { number: { type: 'integer', minimum: 1 }, url: { type: 'string' } },
        },
        nextDeadline: deadline,
        deadlines: { type: 'array', items: deadline },
        urgency: { enum: urgencies },
        reasons: { type: 'array', items: { type: 'string' } },
        findings: {
            type: 'object',
            additionalProperties: false,
            required: ['errors', 'warnings', 'blocking'],
            properties: { errors: count, warnings: count, blocking: count },
        },
    },
};
/** JSON Schema of the status report (version 1). */
const statusReportSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://labelguard.dev/schemas/status-report.schema.json',
    title: 'labelguard status report',
    description: 'One row per product and label scheme with filing state, lifecycle dates and urgency, as written by `labelguard status --format json`.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'kind', 'generator', 'now', 'summary', 'rows'],
    properties: {
        version: { const: 1 },
        kind: { const: 'labelguard-status' },
        generator: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'version'],
            properties: { name: { type: 'string' }, version: { type: 'string' } },
        },
        now: { ...date, description: 'The date every age and deadline is computed against.' },
        shard: {
            type: 'object',
            additionalProperties: false,
            required: ['index', 'count'],
            properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 2 } },
            description: 'Which part of a sharded audit this report covers; absent on a whole report.',
        },
        summary: {
            type: 'object',
            additionalProperties: false,
            required: ['products', 'rows', 'actionNeeded', 'pending', 'healthy'],
            properties: { products: count, rows: count, actionNeeded: count, pending: count, healthy: count },
        },
        rows: { type: 'array', items: row },
    },
};


/***/ }),

/***/ 62526:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildStatus)
/* harmony export */ });
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68922);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30062);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22363);
/* harmony import */ var _deadlines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97639);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50722);
/* harmony import */ var _urgency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61505);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_order_js__WEBPACK_IMPORTED_MODULE_0__, _load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _deadlines_js__WEBPACK_IMPORTED_MODULE_3__]);
([_order_js__WEBPACK_IMPORTED_MODULE_0__, _load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _deadlines_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);






// Change-log states in which a recorded material change still waits for the filing agency.
const openEntryStates = new Set(['refiling-required', 'refiling-submitted']);
/** One row per product and targeted scheme, with lifecycle dates and urgency, sorted most urgent first. */
function buildStatus(source, options = {}) {
    const { report } = source;
    const loaded = new Map(source.repo.products.map((p) => [p.dir, p]));
    const schemeOfRule = new Map();
    for (const pack of source.packs.packs)
        for (const r of pack.rules)
            schemeOfRule.set(r.id, pack.scheme);
    const prs = new Map();
    for (const pr of [...(options.refilingPullRequests ?? [])].sort((a, b) => a.number - b.number)) {
        if (!prs.has(pr.productId))
            prs.set(pr.productId, pr);
    }
    const rows = report.products.flatMap((p) => rowsOf(p, loaded.get(p.path), {
        now: report.now,
        packs: source.packs.packs,
        schemeOfRule,
        pr: prs.get(p.id),
    }));
    rows.sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareRows */ .f);
    return {
        version: 1,
        kind: 'labelguard-status',
        generator: { ...report.generator },
        now: report.now,
        ...(options.shard && options.shard.count > 1
            ? { shard: { index: options.shard.index, count: options.shard.count } }
            : {}),
        summary: (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .summarise */ .y)(rows),
        rows,
    };
}
function rowsOf(p, loaded, ctx) {
    const { manifest, filing } = loaded ? (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryOf */ .YG)(loaded) : {};
    const counts = (fs) => ({
        errors: fs.filter((f) => !f.waived && f.severity === 'error').length,
        warnings: fs.filter((f) => !f.waived && f.severity === 'warning').length,
        blocking: fs.filter((f) => f.blocking).length,
    });
    if (!manifest) {
        // Nothing is known about the targets of a product whose manifest does not validate: one row says so.
        const errors = p.findings.filter((f) => !f.waived && f.severity === 'error');
        return [
            {
                product: p.id,
                path: p.path,
                openChanges: { recorded: 0, unrecorded: 0 },
                deadlines: [],
                urgency: 'action-needed',
                reasons: [
                    `the product data cannot be read: ${errors.length} error${errors.length === 1 ? '' : 's'}`,
                    ...errors.map(_urgency_js__WEBPACK_IMPORTED_MODULE_2__/* .findingReason */ .c),
                ],
                findings: counts(p.findings),
            },
        ];
    }
    const schemes = [];
    for (const l of manifest.labels)
        if (!schemes.some((s) => s.scheme === l.scheme))
            schemes.push(l);
    // Findings and changes that belong to no pack rule (change detection, data problems) go to the row
    // of the filed scheme: the registered baseline they are judged against is that filing's.
    const primary = filing && schemes.some((s) => s.scheme === filing.scheme) ? filing.scheme : schemes[0]?.scheme;
    const changeLog = new Map((filing?.changes ?? []).map((c) => [c.id, c.status]));
    return schemes.map(({ scheme, stars }) => {
        const own = p.findings.filter((f) => (ctx.schemeOfRule.get(f.ruleId) ?? primary) === scheme);
        const schemeFiling = filing?.scheme === scheme ? filing : undefined;
        const material = scheme === primary ? (p.changes ?? []).filter((c) => c.classification === 'material') : [];
        const openChanges = {
            recorded: material.filter((c) => c.recorded && (!c.changeLogId || openEntryStates.has(changeLog.get(c.changeLogId) ?? ''))).length,
            unrecorded: material.filter((c) => !c.recorded).length,
        };
        const life = (0,_deadlines_js__WEBPACK_IMPORTED_MODULE_3__/* .lifecycleOf */ .o)({
            product: manifest,
            ...(schemeFiling ? { filing: schemeFiling } : {}),
            packs: ctx.packs.filter((pack) => pack.scheme === scheme),
            targetStars: stars,
            now: ctx.now,
        });
        const pr = scheme === primary ? ctx.pr : undefined;
        // Loading already reads 'filed' as 'granted'; the filing type still allows the spelling.
        const status = schemeFiling?.status === undefined ? undefined : (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalStatus */ .x)(schemeFiling.status);
        const statusSince = (0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .isDate */ .$P)(schemeFiling?.status_since) ? schemeFiling.status_since : undefined;
        const label = schemeFiling?.label;
        const registeredStars = status && status !== 'not-filed' ? (label?.stars ?? schemeFiling?.baseline?.stars) : undefined;
        const testReport = reportAge(manifest.evidence?.test_report, ctx.now, life.limits.testReportMonths);
        const pentestReport = reportAge(manifest.evidence?.pentest_report, ctx.now, life.limits.pentestMonths);
        const row = {
            product: p.id,
            path: p.path,
            model: manifest.model,
            scheme,
            targetStars: stars,
            ...(registeredStars !== undefined ? { registeredStars } : {}),
            ...(status ? { filingStatus: status } : {}),
            ...(statusSince ? { statusSince } : {}),
            ...(label?.filing_code ? { filingCode: label.filing_code } : {}),
            ...((0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .isDate */ .$P)(label?.valid_until) ? { validUntil: label.valid_until } : {}),
            ...((0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .isDate */ .$P)(manifest.security?.updates?.support_end)
                ? { supportEnd: manifest.security.updates.support_end }
                : {}),
            ...(testReport ? { testReport } : {}),
            ...(pentestReport ? { pentestReport } : {}),
            openChanges,
            ...(pr ? { refilingPullRequest: { number: pr.number, url: pr.url } } : {}),
            ...(life.deadlines[0] ? { nextDeadline: life.deadlines[0] } : {}),
            deadlines: life.deadlines,
            ...(0,_urgency_js__WEBPACK_IMPORTED_MODULE_2__/* .urgencyOf */ .b)({
                ...(status ? { filingStatus: status } : {}),
                ...(statusSince ? { statusSince } : {}),
                openChanges,
                ...(pr ? { refilingPullRequest: pr } : {}),
                lifecycle: life,
                findings: own,
            }),
            findings: counts(own),
        };
        return row;
    });
}
/** A dated report's age as of `now`, with the limit that applies; undefined without a date. */
function reportAge(doc, now, maxAgeMonths) {
    if (!(0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .isDate */ .$P)(doc?.date))
        return undefined;
    return {
        date: doc.date,
        ageDays: (0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .daysBetween */ .YM)(doc.date, now),
        ...(maxAgeMonths !== undefined ? { maxAgeMonths } : {}),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 68383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ filingText),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   RK: () => (/* binding */ levelsText),
/* harmony export */   Tb: () => (/* binding */ changesText),
/* harmony export */   XG: () => (/* binding */ ageText),
/* harmony export */   _z: () => (/* binding */ deadlineText),
/* harmony export */   aY: () => (/* binding */ deadlineKindText),
/* harmony export */   mF: () => (/* binding */ urgencyTitle),
/* harmony export */   oO: () => (/* binding */ whenText)
/* harmony export */ });
/* unused harmony export starsText */
/** Group headings. */
const urgencyTitle = {
    'action-needed': 'Action needed',
    pending: 'Pending',
    healthy: 'Healthy',
};
/** `★★`, or `-` for no level. */
function starsText(n) {
    return n === undefined ? '-' : '★'.repeat(n);
}
/** Target level, and the filed one when there is a filing: `★★ (filed ★)`. */
function levelsText(row) {
    const target = starsText(row.targetStars);
    return row.registeredStars === undefined ? target : `${target} (filed ${starsText(row.registeredStars)})`;
}
/** `label renewal` for `label-renewal`. */
function deadlineKindText(kind) {
    return kind === 'pentest-report' ? 'penetration test' : kind.replace(/-/g, ' ');
}
/** When a deadline is, relative to now: `due`, `due today`, `in 12 days`. */
function whenText(d) {
    if (d.due)
        return d.daysLeft < 0 ? `due, ${plural(-d.daysLeft, 'day')} ago` : 'due';
    return d.daysLeft === 0 ? 'today' : `in ${plural(d.daysLeft, 'day')}`;
}
/** `2026-10-27 label renewal (due, 30 days ago)`. */
function deadlineText(d) {
    return d ? `${d.date} ${deadlineKindText(d.kind)} (${whenText(d)})` : '-';
}
/** Age of a report in days, with its limit: `149 days (max 24 months)`, or `149 d (max 24 mo)` short. */
function ageText(age, short = false) {
    if (!age)
        return '-';
    const days = short ? `${age.ageDays} d` : plural(age.ageDays, 'day');
    const max = age.maxAgeMonths === undefined ? '' : ` (max ${age.maxAgeMonths} ${short ? 'mo' : 'months'})`;
    return `${days}${max}`;
}
/** `2 recorded, 6 unrecorded`, or `-` when there are none. */
function changesText(c) {
    if (c.recorded === 0 && c.unrecorded === 0)
        return '-';
    return `${c.recorded} recorded, ${c.unrecorded} unrecorded`;
}
/** `granted since 2026-07-27`. */
function filingText(row) {
    if (!row.filingStatus)
        return '-';
    return row.statusSince ? `${row.filingStatus} since ${row.statusSince}` : row.filingStatus;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 22363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ isDate),
/* harmony export */   PS: () => (/* binding */ addMonths),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   fi: () => (/* binding */ addDays)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84794);
// Calendar arithmetic on YYYY-MM-DD dates, the way rule expressions do it (src/expr/functions.ts), so a
// deadline falls on the day the rule behind it starts to fail.

const dayMs = 86_400_000;
function format(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** Whether the text is a real calendar date written YYYY-MM-DD. */
function isDate(text) {
    return typeof text === 'string' && (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(text) !== undefined;
}
/** Whole days from `a` to `b` (negative when `b` is earlier). */
function daysBetween(a, b) {
    return Math.round(((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(b) - (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(a)) / dayMs);
}
/** The date `days` days later (earlier when negative). */
function addDays(date, days) {
    return format((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(date) + days * dayMs);
}
/** The date `months` calendar months later; the day is clamped to the end of a shorter month. */
function addMonths(date, months) {
    const d = new Date((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(date));
    const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
    const year = Math.floor(total / 12);
    const month = total - year * 12;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return format(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
}


/***/ }),

/***/ 97639:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ lifecycleOf)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67131);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22363);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_rules_index_js__WEBPACK_IMPORTED_MODULE_0__]);
_rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The lifecycle dates of one product under one scheme. Which dates apply, and their limits, come from the
// scheme's rule packs: a deadline exists only when a rule in scope at the target level reads the data or the
// threshold behind it (CCL-LBL-008 reads renewal_window_days, CCL-PEN-003 pentest_max_age_months…), so a
// pack without a renewal rule has no renewal deadline, and the dates agree with the findings of the check.


/** Filing states in which a label is on the market, so its validity runs. */
const labelledStatuses = new Set(['granted', 'refiling-required', 'refiling-submitted']);
/** A rule reads a path, or a threshold, when one of its condition's references starts with it. */
function reads(rule, root, steps) {
    return rule.condition.references.some((r) => r.root === root && steps.every((s, i) => r.steps[i] === s));
}
/** Lifecycle dates and report age limits of one product under one scheme. */
function lifecycleOf(input) {
    const { product, filing, now } = input;
    const deadlines = [];
    const dueRules = new Set();
    const limits = {};
    // The rules in scope at the target level for the product's category, with the pack they belong to.
    const inScope = input.packs.flatMap((pack) => {
        const category = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryInput */ .Zt)(pack, product.category);
        const thresholds = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveThresholds */ .qn)(pack, category);
        return pack.rules
            .filter((r) => r.stars <= input.targetStars && applies(r, category))
            .map((rule) => ({ rule, thresholds }));
    });
    const readers = (root, steps) => inScope.filter(({ rule }) => reads(rule, root, steps));
    /** The value of a threshold that an in-scope rule reads, with those rules. */
    const threshold = (name) => {
        const found = readers('thresholds', [name]);
        const value = found.map((f) => f.thresholds[name]).find((v) => typeof v === 'number');
        return typeof value === 'number' ? { value, rules: found.map((f) => f.rule) } : undefined;
    };
    /** `text` is [what happens on the date, what to do once it is due]. */
    const add = (kind, date, due, text, rules) => {
        deadlines.push({ kind, date, daysLeft: (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .daysBetween */ .YM)(now, date), due, description: text[due ? 1 : 0] });
        if (due)
            for (const r of rules)
                dueRules.add(r.id);
    };
    const label = filing?.label;
    const labelled = filing !== undefined && labelledStatuses.has(filing.status);
    if (labelled && (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .isDate */ .$P)(label?.valid_until)) {
        const validUntil = label.valid_until;
        const window = threshold('renewal_window_days');
        if (window) {
            const start = (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addDays */ .fi)(validUntil, -window.value);
            add('label-renewal', start, now >= start, [
                `the label enters its ${window.value}-day renewal window (it expires on ${validUntil})`,
                `the label expires on ${validUntil}, within the ${window.value}-day renewal window: renew it`,
            ], window.rules);
        }
        const expiryRules = readers('filing', ['label', 'valid_until']).map((f) => f.rule);
        if (expiryRules.length > 0) {
            add('label-expiry', validUntil, now > validUntil, [`the label expires`, `the label expired on ${validUntil}: file again`], expiryRules);
        }
    }
    const supportEnd = product.security?.updates?.support_end;
    const supportRules = readers('product', ['security', 'updates', 'support_end']).map((f) => f.rule);
    if ((0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .isDate */ .$P)(supportEnd) && supportRules.length > 0) {
        add('support-end', supportEnd, now > supportEnd, ['security support ends', `security support ended on ${supportEnd}: extend it or withdraw the label`], supportRules);
    }
    const reports = [
        { kind: 'test-report', doc: product.evidence?.test_report, limit: 'test_report_max_age_months' },
        { kind: 'pentest-report', doc: product.evidence?.pentest_report, limit: 'pentest_max_age_months' },
    ];
    for (const { kind, doc, limit } of reports) {
        const max = threshold(limit);
        if (!max)
            continue;
        if (kind === 'test-report')
            limits.testReportMonths = max.value;
        else
            limits.pentestMonths = max.value;
        if (!(0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .isDate */ .$P)(doc?.date))
            continue;
        const what = kind === 'test-report' ? 'test report' : 'penetration test';
        add(kind, (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addMonths */ .PS)(doc.date, max.value), doc.date < (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addMonths */ .PS)(now, -max.value), [
            `the ${what} of ${doc.date} becomes older than ${max.value} months`,
            `the ${what} of ${doc.date} is older than ${max.value} months: test again`,
        ], max.rules);
    }
    if (filing?.status === 'refiling-submitted' && (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .isDate */ .$P)(filing.status_since)) {
        const max = threshold('refiling_submitted_max_days');
        if (max) {
            add('refiling-submitted', (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addDays */ .fi)(filing.status_since, max.value), (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .daysBetween */ .YM)(filing.status_since, now) > max.value, [
                `the refiling submitted on ${filing.status_since} has waited ${max.value} days`,
                `the refiling submitted on ${filing.status_since} has waited more than ${max.value} days: ask the filing agency`,
            ], max.rules);
        }
    }
    deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : 1));
    return { deadlines, limits, dueRules };
}
function applies(rule, category) {
    if (rule.categories === 'any')
        return true;
    if (rule.categories === 'catalogue')
        return category.known;
    return rule.categories.includes(category.id);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 52105:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ statusMarkdown)
/* harmony export */ });
/* unused harmony exports groupHeading, repoFileUrl, rowsMarkdown, summaryMarkdown, groupMarkdown */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15330);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68383);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50722);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25823);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_order_js__WEBPACK_IMPORTED_MODULE_2__]);
_order_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Status rows as GitHub Markdown: a table per urgency group, in three levels of detail so that the
// dashboard issue can shrink to fit GitHub's body limit. Every value from the repository is escaped.




const urgencyIcon = { 'action-needed': '🔴', pending: '🟡', healthy: '🟢' };
/** Heading text of a group, e.g. `🔴 Action needed (4)`. */
function groupHeading(urgency, n) {
    return `${urgencyIcon[urgency]} ${_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .urgencyTitle */ .mF[urgency]} (${n})`;
}
/** Link to a file or folder of the repository at the ref, when the repository URL is a safe https URL. */
function repoFileUrl(links, path, kind) {
    if (!links.repoUrl)
        return undefined;
    const base = links.repoUrl.replace(/\/+$/, '');
    // encodeURIComponent throws on a lone surrogate (a path or ref read from a shard report can hold one):
    // make the text well-formed first, so a strange name costs a U+FFFD, not the whole dashboard.
    const ref = encodeURIComponent((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .wellFormed */ .ES)(links.ref ?? 'HEAD'));
    const encoded = path
        .split('/')
        .filter((s) => s !== '')
        .map((s) => encodeURIComponent((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .wellFormed */ .ES)(s)))
        .join('/');
    return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHttpsUrl */ .Wb)(`${base}/${kind}/${ref}/${encoded}`);
}
function link(text, href) {
    return href ? `[${text}](<${href}>)` : text;
}
function productCell(row, links) {
    return link((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(row.product, 64), repoFileUrl(links, row.path, 'tree'));
}
function filingCell(row, links) {
    if (!row.filingStatus)
        return '—';
    const status = link((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(row.filingStatus), repoFileUrl(links, `${row.path}/filing.yaml`, 'blob'));
    // Dates are validated where rows are built and where shard reports are read; escaped here all the same,
    // so that no value reaches the issue body raw.
    const since = row.statusSince ? ` since ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(row.statusSince, 40)}` : '';
    return `${status}${since}${row.filingCode ? `<br>${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(row.filingCode, 80)}` : ''}`;
}
function refilingCell(row) {
    const pr = row.refilingPullRequest;
    if (!pr)
        return '—';
    const href = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHttpsUrl */ .Wb)(pr.url);
    return href ? `[#${pr.number}](<${href}>)` : `#${pr.number}`;
}
function deadlineCell(row) {
    const d = row.nextDeadline;
    if (!d)
        return '—';
    const date = d.due ? `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.date, 40)}**` : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.date, 40);
    return `${date} ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlineKindText */ .aY)(d.kind))} (${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .whenText */ .oO)(d))})`;
}
function reasonsCell(row, max, chars) {
    const shown = row.reasons.slice(0, max).map((r) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r, chars));
    const more = row.reasons.length - shown.length;
    if (more > 0)
        shown.push(`… ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(more, 'more reason')}`);
    return shown.length > 0 ? shown.join('<br>') : '—';
}
function dash(text) {
    return text === '-' ? '—' : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(text);
}
const fullColumns = [
    { title: 'Product', cell: productCell },
    { title: 'Scheme', cell: (r) => (r.scheme ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.scheme, 64) : '—') },
    { title: 'Stars', cell: (r) => (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .levelsText */ .RK)(r) },
    { title: 'Filing', cell: filingCell },
    { title: 'Valid until', cell: (r) => (r.validUntil ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.validUntil, 40) : '—') },
    { title: 'Support end', cell: (r) => (r.supportEnd ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.supportEnd, 40) : '—') },
    { title: 'Test report', cell: (r) => dash((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .ageText */ .XG)(r.testReport)) },
    { title: 'Pentest', cell: (r) => dash((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .ageText */ .XG)(r.pentestReport)) },
    { title: 'Open changes', cell: (r) => dash((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .changesText */ .Tb)(r.openChanges)) },
    { title: 'Refiling PR', cell: refilingCell },
    { title: 'Next deadline', cell: deadlineCell },
    { title: 'Why', cell: (r) => reasonsCell(r, 5, 200) },
];
const compactColumns = [
    { title: 'Product', cell: productCell },
    { title: 'Scheme', cell: (r) => (r.scheme ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.scheme, 64) : '—') },
    { title: 'Refiling PR', cell: refilingCell },
    { title: 'Next deadline', cell: deadlineCell },
    { title: 'Why', cell: (r) => reasonsCell(r, 1, 100) },
];
/** Rows as a Markdown table (full, compact) or a list (line); empty rows give an empty string. */
function rowsMarkdown(rows, detail, links) {
    if (rows.length === 0)
        return '';
    if (detail === 'ids')
        return [...new Set(rows.map((r) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.product, 64)))].join(', ');
    if (detail === 'line') {
        return rows
            .map((r) => `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.product, 64)} ${r.scheme ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.scheme, 64) : ''} ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlineText */ ._z)(r.nextDeadline))}`)
            .join('\n');
    }
    const columns = detail === 'full' ? fullColumns : compactColumns;
    return [
        `| ${columns.map((c) => c.title).join(' | ')} |`,
        `|${columns.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${columns.map((c) => c.cell(r, links)).join(' | ')} |`),
    ].join('\n');
}
/** The one-line summary under the title. */
function summaryMarkdown(rows, now) {
    const s = (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .summarise */ .y)(rows);
    // The day is a date wherever labelguard sets it, but it is rendered like every other value: escaped.
    const asOf = now ? `As of ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(now, 40)}: ` : '';
    return `${asOf}${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.products, 'product')}, ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.rows, 'label')} — **${s.actionNeeded} action needed**, ${s.pending} pending, ${s.healthy} healthy.`;
}
/** The whole status as Markdown, every group in full (healthy rows folded away). */
function statusMarkdown(rows, options) {
    const parts = [`## ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(options.title)}`, summaryMarkdown(rows, options.now)];
    for (const urgency of _types_js__WEBPACK_IMPORTED_MODULE_3__/* .urgencies */ .Q) {
        const group = rows.filter((r) => r.urgency === urgency);
        parts.push(groupMarkdown(urgency, group, 'full', options));
    }
    return parts.join('\n\n');
}
/** One group: a heading and its rows; healthy rows sit in a folded `<details>` block. */
function groupMarkdown(urgency, rows, detail, links) {
    const heading = groupHeading(urgency, rows.length);
    if (rows.length === 0)
        return `### ${heading}\n\nNothing here.`;
    if (detail === 'count')
        return `### ${heading}\n\nNot listed here, to keep this issue within GitHub's size limit.`;
    const body = rowsMarkdown(rows, detail, links);
    if (urgency === 'healthy')
        return `<details><summary><b>${heading}</b></summary>\n\n${body}\n\n</details>`;
    return `### ${heading}\n\n${body}`;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 76570:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mergeStatusReports),
/* harmony export */   u: () => (/* binding */ parseStatusReport)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50722);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94835);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schema_js__WEBPACK_IMPORTED_MODULE_1__, _order_js__WEBPACK_IMPORTED_MODULE_2__]);
([_schema_js__WEBPACK_IMPORTED_MODULE_1__, _order_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Merging the status reports of the shards of one audit (`--shard i/n` on a job matrix) into one report.
// A merge refuses anything that would make the result quietly wrong: reports of different runs (another
// date or labelguard version), a product in two reports, or a shard missing from a sharded audit.



/** Parse and validate one status report file; a usage error says which file and what is wrong. */
function parseStatusReport(file, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${file} is not JSON: ${e.message}`, [
            'Pass the files written by `labelguard status --format json`.',
        ]);
    }
    const problems = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .statusReportProblems */ .H)(value);
    if (problems.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${file} is not a labelguard status report`, [
            ...problems.map((p) => `${file}: ${p}`),
            'Pass the files written by `labelguard status --format json` (docs/status-report.schema.json).',
        ]);
    }
    return value;
}
/** One report of every row of the given reports, re-sorted and re-counted. */
function mergeStatusReports(inputs) {
    const first = inputs[0];
    if (!first)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('nothing to merge', ['Pass the status reports of every shard.']);
    for (const { file, report } of inputs.slice(1)) {
        const [a, b] = [first.report.generator, report.generator];
        if (a.name !== b.name || a.version !== b.version) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${first.file} was written by ${a.name} ${a.version} and ${file} by ${b.name} ${b.version}`, ['Merge the reports of one run: run every shard with the same labelguard version.']);
        }
        if (report.now !== first.report.now) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${first.file} is as of ${first.report.now} and ${file} as of ${report.now}`, [
                'Merge the reports of one run: pass the same --now to every shard.',
            ]);
        }
    }
    checkShards(inputs);
    checkDisjoint(inputs);
    const rows = inputs.flatMap((i) => i.report.rows).sort(_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRows */ .f);
    return {
        version: 1,
        kind: 'labelguard-status',
        generator: { ...first.report.generator },
        now: first.report.now,
        summary: (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .summarise */ .y)(rows),
        rows,
    };
}
function checkShards(inputs) {
    const sharded = inputs.filter((i) => i.report.shard);
    if (sharded.length === 0)
        return;
    const whole = inputs.find((i) => !i.report.shard);
    if (whole) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${whole.file} is a whole report, the others are shards of an audit`, [
            'Merge only the shard reports of one audit.',
        ]);
    }
    const count = sharded[0].report.shard.count;
    const seen = new Map();
    for (const { file, report } of sharded) {
        const shard = report.shard;
        if (shard.count !== count) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${sharded[0].file} is shard ${sharded[0].report.shard.index}/${count} and ${file} is shard ${shard.index}/${shard.count}`, ['Merge the shards of one audit: every shard must have the same count.']);
        }
        const other = seen.get(shard.index);
        if (other !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${other} and ${file} are both shard ${shard.index}/${count}`, [
                'Pass each shard report once.',
            ]);
        }
        seen.set(shard.index, file);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`, ["The products of a missing shard would be left out of the audit; pass every shard's report."]);
    }
}
function checkDisjoint(inputs) {
    const byPath = new Map();
    const byId = new Map();
    for (const { file, report } of inputs) {
        const products = new Map(report.rows.map((r) => [r.path, r.product]));
        for (const [path, id] of products) {
            const other = byPath.get(path) ?? byId.get(id);
            if (other !== undefined) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`product ${id} (${path}) is reported by both ${other} and ${file}`, [
                    'Shards must not overlap: give every shard the same N in --shard I/N and each I once.',
                ]);
            }
        }
        for (const [path, id] of products) {
            byPath.set(path, file);
            byId.set(id, file);
        }
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 50722:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ compareRows),
/* harmony export */   y: () => (/* binding */ summarise)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95278);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25823);


/**
 * The order of rows: action needed, pending, healthy; within a group the earliest next deadline first
 * (rows without one last), then product id, folder and scheme, so the order never depends on input order.
 */
function compareRows(a, b) {
    return (_types_js__WEBPACK_IMPORTED_MODULE_0__/* .urgencies */ .Q.indexOf(a.urgency) - _types_js__WEBPACK_IMPORTED_MODULE_0__/* .urgencies */ .Q.indexOf(b.urgency) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.nextDeadline?.date ?? '9999-99-99', b.nextDeadline?.date ?? '9999-99-99') ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.product, b.product) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.path, b.path) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.scheme ?? '', b.scheme ?? ''));
}
/** Counts of products and rows per urgency. */
function summarise(rows) {
    return {
        products: new Set(rows.map((r) => r.path)).size,
        rows: rows.length,
        actionNeeded: rows.filter((r) => r.urgency === 'action-needed').length,
        pending: rows.filter((r) => r.urgency === 'pending').length,
        healthy: rows.filter((r) => r.urgency === 'healthy').length,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 25864:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LG: () => (/* binding */ renderStatus),
/* harmony export */   TP: () => (/* binding */ statusFormats)
/* harmony export */ });
/* unused harmony exports summaryLine, renderStatusText, renderStatusCsv */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15330);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68383);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52105);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25823);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_markdown_js__WEBPACK_IMPORTED_MODULE_0__]);
_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];





/** The formats `labelguard status` writes. */
const statusFormats = ['text', 'json', 'markdown', 'csv'];
/** The status report in one format; the same report gives byte-identical output. */
function renderStatus(report, format) {
    switch (format) {
        case 'json':
            return `${JSON.stringify(report, null, 2)}\n`;
        case 'text':
            return renderStatusText(report);
        case 'csv':
            return renderStatusCsv(report);
        case 'markdown':
            return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .statusMarkdown */ .KZ)(report.rows, { title: 'Label status', now: report.now })}\n`;
    }
}
/** One line summing up a report: `3 products, 6 labels: 4 action needed, 0 pending, 2 healthy`. */
function summaryLine(report) {
    const s = report.summary;
    return `${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(s.products, 'product')}, ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(s.rows, 'label')}: ${s.actionNeeded} action needed, ${s.pending} pending, ${s.healthy} healthy`;
}
const textColumns = [
    { title: 'PRODUCT', cell: (r) => r.product },
    { title: 'SCHEME', cell: (r) => r.scheme ?? '-' },
    { title: 'STARS', cell: _cells_js__WEBPACK_IMPORTED_MODULE_1__/* .levelsText */ .RK },
    { title: 'FILING', cell: _cells_js__WEBPACK_IMPORTED_MODULE_1__/* .filingText */ .H0 },
    { title: 'CODE', cell: (r) => r.filingCode ?? '-' },
    { title: 'VALID UNTIL', cell: (r) => r.validUntil ?? '-' },
    { title: 'SUPPORT END', cell: (r) => r.supportEnd ?? '-' },
    { title: 'TEST REPORT', cell: (r) => (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .ageText */ .XG)(r.testReport, true) },
    { title: 'PENTEST', cell: (r) => (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .ageText */ .XG)(r.pentestReport, true) },
    { title: 'OPEN CHANGES', cell: (r) => (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .changesText */ .Tb)(r.openChanges) },
    { title: 'REFILING PR', cell: (r) => (r.refilingPullRequest ? `#${r.refilingPullRequest.number}` : '-') },
    { title: 'NEXT DEADLINE', cell: (r) => (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .deadlineText */ ._z)(r.nextDeadline) },
];
/** A terminal table grouped by urgency, with the reasons under every row that is not healthy. */
function renderStatusText(report) {
    const cells = report.rows.map((r) => textColumns.map((c) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(c.cell(r), 80)));
    const widths = textColumns.map((c, i) => (0,_core_append_js__WEBPACK_IMPORTED_MODULE_3__/* .maxOf */ ._)(cells.map((row) => row[i].length), c.title.length));
    const line = (values) => values
        .map((v, i) => v.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const out = [`Label status as of ${report.now}: ${summaryLine(report)}`, ''];
    for (const urgency of _types_js__WEBPACK_IMPORTED_MODULE_4__/* .urgencies */ .Q) {
        const rows = report.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.urgency === urgency);
        out.push(`${_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .urgencyTitle */ .mF[urgency].toUpperCase()} (${rows.length})`);
        if (rows.length > 0)
            out.push(line(textColumns.map((c) => c.title)));
        for (const { r, i } of rows) {
            out.push(line(cells[i]));
            for (const reason of r.reasons)
                out.push(`    - ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(reason, 300)}`);
        }
        out.push('');
    }
    return `${out.join('\n').trimEnd()}\n`;
}
const csvColumns = [
    { name: 'urgency', value: (r) => r.urgency },
    { name: 'product', value: (r) => r.product },
    { name: 'path', value: (r) => r.path },
    { name: 'model', value: (r) => r.model },
    { name: 'scheme', value: (r) => r.scheme },
    { name: 'target_stars', value: (r) => r.targetStars },
    { name: 'registered_stars', value: (r) => r.registeredStars },
    { name: 'filing_status', value: (r) => r.filingStatus },
    { name: 'status_since', value: (r) => r.statusSince },
    { name: 'filing_code', value: (r) => r.filingCode },
    { name: 'valid_until', value: (r) => r.validUntil },
    { name: 'support_end', value: (r) => r.supportEnd },
    { name: 'test_report_date', value: (r) => r.testReport?.date },
    { name: 'test_report_age_days', value: (r) => r.testReport?.ageDays },
    { name: 'test_report_max_age_months', value: (r) => r.testReport?.maxAgeMonths },
    { name: 'pentest_date', value: (r) => r.pentestReport?.date },
    { name: 'pentest_age_days', value: (r) => r.pentestReport?.ageDays },
    { name: 'pentest_max_age_months', value: (r) => r.pentestReport?.maxAgeMonths },
    { name: 'open_changes_recorded', value: (r) => r.openChanges.recorded },
    { name: 'open_changes_unrecorded', value: (r) => r.openChanges.unrecorded },
    { name: 'refiling_pr', value: (r) => r.refilingPullRequest?.number },
    { name: 'refiling_pr_url', value: (r) => r.refilingPullRequest?.url },
    { name: 'next_deadline', value: (r) => r.nextDeadline?.date },
    { name: 'next_deadline_kind', value: (r) => r.nextDeadline?.kind },
    { name: 'next_deadline_days_left', value: (r) => r.nextDeadline?.daysLeft },
    { name: 'next_deadline_due', value: (r) => r.nextDeadline?.due },
    { name: 'errors', value: (r) => r.findings.errors },
    { name: 'warnings', value: (r) => r.findings.warnings },
    { name: 'blocking', value: (r) => r.findings.blocking },
    { name: 'reasons', value: (r) => r.reasons.join('; ') },
];
/** RFC 4180 CSV (CRLF line ends), one line per row, in report order. */
function renderStatusCsv(report) {
    const lines = [
        csvColumns.map((c) => c.name).join(','),
        ...report.rows.map((r) => csvColumns.map((c) => csvCell(c.value(r))).join(',')),
    ];
    return `${lines.join('\r\n')}\r\n`;
}
function csvCell(value) {
    if (value === undefined)
        return '';
    if (typeof value !== 'string')
        return String(value);
    // Text from the repository must not become a formula when the file is opened in a spreadsheet.
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 94835:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ statusReportProblems)
/* harmony export */ });
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17665);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30405);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__]);
_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// `status --merge` validates every shard report against the published schema before merging; problems are
// said by JSON pointer, as a reader of a JSON file looks for them.

/** Problems of a parsed status report against the schema, each as `JSON pointer: message`; empty when valid. */
function statusReportProblems(value) {
    const validate = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .validator */ .Nc)('status');
    if (validate(value))
        return [];
    return (validate.errors ?? []).slice(0, 10).map(_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerMessage */ .Lf);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 61505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ urgencyOf),
/* harmony export */   c: () => (/* binding */ findingReason)
/* harmony export */ });
/** The row's group and the reasons for it, most important first. */
function urgencyOf(input) {
    const { filingStatus: status, openChanges, lifecycle } = input;
    const action = [];
    const pending = [];
    if (status === 'expired')
        action.push('the label has expired (filing status expired): file again');
    if (status === 'cancelled')
        action.push('the filing was cancelled: file again before selling with the label');
    if (openChanges.unrecorded > 0) {
        action.push(`${plural(openChanges.unrecorded, 'unrecorded material change')}: record in filing.yaml and refile`);
    }
    if (status === 'refiling-required') {
        const waiting = openChanges.recorded > 0 ? `: ${plural(openChanges.recorded, 'recorded material change')} to file` : '';
        const pr = input.refilingPullRequest
            ? `; refiling pull request #${input.refilingPullRequest.number} is open`
            : '';
        action.push(`refiling required${waiting}${pr}`);
    }
    for (const d of lifecycle.deadlines)
        if (d.due)
            action.push(d.description);
    for (const f of input.findings) {
        // A due deadline already says what its rule says; changes and a pending refiling are counted above.
        if (f.waived || f.severity !== 'error' || lifecycle.dueRules.has(f.ruleId))
            continue;
        if (f.ruleId.startsWith('change.') || f.ruleId === 'policy.refiling-pending')
            continue;
        action.push(findingReason(f));
    }
    if (status === 'refiling-submitted') {
        const since = input.statusSince ? ` on ${input.statusSince}` : '';
        pending.push(`refiling submitted${since}: waiting for the filing agency`);
    }
    if (status === 'submitted') {
        const since = input.statusSince ? ` on ${input.statusSince}` : '';
        pending.push(`filing submitted${since}: waiting for the filing agency`);
    }
    if (status === 'not-filed')
        pending.push('not filed yet');
    if (action.length > 0)
        return { urgency: 'action-needed', reasons: [...action, ...pending] };
    return { urgency: pending.length > 0 ? 'pending' : 'healthy', reasons: pending };
}
/** A finding as a reason: `RULE-ID: message`. */
function findingReason(f) {
    return `${f.ruleId}: ${f.message}`;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ })

};
