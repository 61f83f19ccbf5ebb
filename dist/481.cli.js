export const id = 481;
export const ids = [481];
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

/***/ 26847:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffHelp: () => (/* binding */ diffHelp),
/* harmony export */   runDiff: () => (/* binding */ runDiff)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(60048);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32138);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13111);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40151);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(42652);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _pipeline_change_tables_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68080);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(15330);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65286);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4479);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83802);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_change_tables_js__WEBPACK_IMPORTED_MODULE_4__, _changes_index_js__WEBPACK_IMPORTED_MODULE_8__]);
([_pipeline_change_tables_js__WEBPACK_IMPORTED_MODULE_4__, _changes_index_js__WEBPACK_IMPORTED_MODULE_8__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











const diffHelp = `Usage: labelguard diff <baseline-sbom> <current-sbom> [--format text|json|markdown]
                      [--scheme ID] [--stars N] [--output FILE]

Compare two CycloneDX SBOMs (JSON or XML, spec 1.2-1.7, in any combination) and classify every
component and service change with the scheme's change-classification table.

Options:
  --format FORMAT   text (default), json or markdown
  --scheme ID       classification table to use (default cn-ccl)
  --stars N         the product's target star level, for level-dependent classes (default 1)
  --output FILE     write to FILE instead of standard output

Exit codes: 0 compared; 2 could not run as asked (unreadable SBOM, bad flags).
`;
/** `labelguard diff`. */
async function runDiff(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('diff', args, {
        format: { type: 'string' },
        scheme: { type: 'string' },
        stars: { type: 'string' },
        output: { type: 'string' },
    }, true);
    if (values.help) {
        io.stdout(diffHelp);
        return 0;
    }
    if (positionals.length !== 2)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('diff takes two SBOM files: the baseline, then the current one', [
            "Run 'labelguard diff --help' for usage.",
        ]);
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFormat */ .Xc)(values.format, ['text', 'json', 'markdown'], 'text');
    const stars = Number(values.stars ?? '1');
    if (!Number.isInteger(stars) || stars < 1 || stars > 4)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--stars must be 1 to 4, got '${values.stars}'`);
    const scheme = values.scheme ?? 'cn-ccl';
    const before = await readInventory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, positionals[0]), positionals[0]);
    const after = await readInventory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, positionals[1]), positionals[1]);
    const { classifier } = await (0,_pipeline_change_tables_js__WEBPACK_IMPORTED_MODULE_4__/* .loadChangeTables */ .Q)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_5__/* .WorkingTreeSource */ .T(io.cwd), {
        config: { packs: [scheme] },
    });
    const table = classifier.tables.find((t) => t.scheme === scheme);
    if (!table)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`no change-classification table for scheme '${scheme}'`, [
            'Built-in schemes: cn-ccl, etsi-en-303-645.',
        ]);
    const roles = table.softwareRoles;
    // Properties that describe the build (generator, checkout folder) are not compared: see sbom-noise.yaml.
    const noise = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_6__/* .noiseFilter */ .j)(table.noise);
    const diff = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_7__/* .diffSboms */ .Q)(before, after, noise ? { noise } : {});
    const differences = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_8__/* .sbomDifferences */ .w)(diff, (c) => (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_9__/* .componentRoles */ .ZK)(c, roles), undefined, {
        subjectVersion: true,
    });
    // The classifier (and with it the expression engine) loads only when there is something to classify.
    let classified = [];
    if (differences.length > 0) {
        const { classifyDifference } = await Promise.all(/* import() */[__webpack_require__.e(337), __webpack_require__.e(80), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 27211));
        classified = differences.map((d) => classifyDifference(d, table, { scheme, stars, registeredStars: stars }, [], ''));
    }
    const json = {
        summary: {
            added: diff.added.length,
            removed: diff.removed.length,
            changed: diff.changed.length,
            ...subjectSummary(diff),
        },
        changes: classified.map(toJson),
    };
    (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .emit */ .I)(io, values.output, format === 'json'
        ? `${JSON.stringify(json, null, 2)}\n`
        : format === 'markdown'
            ? markdown(json)
            : text(json));
    return 0;
}
function subjectSummary(diff) {
    if (diff.root.status !== 'changed')
        return {};
    const { before, after, aspects } = diff.root.change;
    if (before.version === after.version)
        return {};
    return {
        subject: {
            name: after.name,
            ...(before.version !== undefined ? { from: before.version } : {}),
            ...(after.version !== undefined ? { to: after.version } : {}),
            ...(aspects.includes('version-down') ? { downgrade: true } : {}),
        },
    };
}
function subjectText(s) {
    if (!s)
        return '';
    return `; subject ${s.name} ${s.from ?? '∅'} → ${s.to ?? '∅'}${s.downgrade ? ' (DOWNGRADE)' : ''}`;
}
function toJson(c) {
    const d = c.difference;
    return {
        ...(0,_changes_index_js__WEBPACK_IMPORTED_MODULE_11__/* .differenceHeadline */ .W)(d),
        ...(d.matchedBy !== undefined ? { matchedBy: d.matchedBy } : {}),
        ...(d.aspects.includes('version-down') ? { downgrade: true } : {}),
        classification: c.classification,
        reason: c.reason,
    };
}
async function readInventory(file, shown) {
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot read ${shown}`, ['Pass the paths of two CycloneDX SBOM files.']);
    }
    const r = await (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_12__/* .readSbomLazily */ .b)(bytes, shown);
    if (!r.ok) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${shown} is not a readable CycloneDX SBOM`, r.problems.map((p) => `${p.file}:${p.line ?? 1}:${p.column ?? 1}: ${p.message}\n  hint: ${p.hint}`));
    }
    return r.sbom;
}
function text(j) {
    const lines = j.changes.map((c) => `${c.classification.padEnd(8)} ${c.kind} ${c.subject}${c.from !== undefined || c.to !== undefined ? `: ${c.from ?? '∅'} → ${c.to ?? '∅'}` : ''}${c.downgrade ? ' (DOWNGRADE)' : ''}${c.matchedBy ? ` [matched by ${c.matchedBy}]` : ''}`);
    lines.push(`${j.summary.added} added, ${j.summary.removed} removed, ${j.summary.changed} changed${subjectText(j.summary.subject)}`);
    return `${lines.join('\n')}\n`;
}
function markdown(j) {
    const rows = j.changes.map((c) => `| ${c.classification} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .inlineCode */ .ti)(c.kind, 60)} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(c.subject)}${c.downgrade ? ' **(downgrade)**' : ''} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(c.from ?? '—')} → ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(c.to ?? '—')} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(c.reason)} |`);
    return [
        `**${j.summary.added} added · ${j.summary.removed} removed · ${j.summary.changed} changed**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(subjectText(j.summary.subject))}`,
        '',
        '| class | kind | subject | from → to | reason |',
        '|---|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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

/***/ 15330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ markdownUrl),
/* harmony export */   BI: () => (/* binding */ evidenceMarkdown),
/* harmony export */   ES: () => (/* binding */ wellFormed),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Wb: () => (/* binding */ safeHttpsUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports MAX_CELL_CHARS, inertText */
// The one Markdown escaper. Every string labelguard writes into Markdown comes from the user's repository
// (product ids, models, SBOM component names, messages that quote manifest values) and may be hostile: a
// model named `<img onerror=…>`, a supplier called `@acme/all`, a component version that is a
// `javascript:` link, a product named `GH-1` or after a commit SHA. Pull-request comments, the dashboard
// issue, refiling pull requests and the filed evidence documents all reach GitHub, so all of them go
// through `escapeMarkdown`, which makes data render as exactly its own characters and reach nobody: no
// HTML, links, images, autolinks, mentions, issue, pull-request or commit references, emphasis or table
// breaks. The options cover the two real differences between comments and evidence documents.
/** Longest piece of data a Markdown cell or line shows before it is cut with an ellipsis. */
const MAX_CELL_CHARS = 300;
/** Options for evidence documents: never cut, entity breakers, e-mail addresses kept. */
const evidenceMarkdown = {
    maxChars: Infinity,
    breaker: 'entity',
    keepEmails: true,
};
// ANSI/VT escape sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), 8-bit CSI, and the
// remaining two-character ESC sequences. Removed whole, so `\u001b[31mred` becomes `red`, not `[31mred`.
const ansiSequence = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u009B[0-?]*[ -/]*[@-~]|\u001B[ -~]?/g;
// Characters that end or break a line become spaces, so words on either side stay apart.
const lineBreaking = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Remaining C0/C1 controls, the bidirectional overrides that can make text read differently from what it
// is ("Trojan Source"), and the two non-characters no XML or HTML document may hold.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisibleControl = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Clean data for a one-line display: no escape sequences, no control characters, no line breaks, single
 * spaces, at most `maxChars` code points (cut with an ellipsis). The result is plain text, not Markdown.
 */
function plainText(text, maxChars = MAX_CELL_CHARS) {
    const flat = String(text)
        .replace(ansiSequence, '')
        .replace(lineBreaking, ' ')
        .replace(invisibleControl, '')
        .replace(loneSurrogate, '\uFFFD')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(flat, maxChars);
}
/** Text with every lone surrogate replaced by U+FFFD, so that it can be encoded as UTF-8 or a URI. */
function wellFormed(text) {
    return text.replace(loneSurrogate, '\uFFFD');
}
/** Cut text to at most `maxChars` code points, ending in `…` when anything was cut. */
function truncate(text, maxChars) {
    if (maxChars === Infinity)
        return text;
    const limit = Math.max(1, Math.floor(maxChars));
    if (text.length <= limit)
        return text; // UTF-16 length ≥ code points: nothing to cut
    const points = Array.from(text);
    if (points.length <= limit)
        return text;
    return `${points
        .slice(0, limit - 1)
        .join('')
        .trimEnd()}…`;
}
const punctuationEscapes = {
    '\\': '\\\\',
    '`': '\\`',
    '*': '\\*',
    _: '\\_',
    '~': '\\~',
    '[': '\\[',
    ']': '\\]',
    '(': '\\(',
    ')': '\\)',
    '!': '\\!',
    '|': '\\|',
    // GitHub renders $…$ and $$…$$ as maths.
    $: '\\$',
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
};
// One pass over the text, so nothing an earlier replacement inserted is escaped again. A zero-width space
// (the breaker) goes where GitHub's autolinkers would start matching; a backslash escape would be removed
// before they run.
// - `://` and `www.`: URLs.
// - `mailto:` and `xmpp:`: the other URL schemes GitHub links.
// - `@`: mentions (and notifications) of users and teams, `user@sha` commit references, e-mail links: a
//   breaker after it stops a mention, one before it stops every e-mail autolinker.
// - `#`: `#12` and `owner/repo#12` issue and pull-request references; a leading `#` cannot start a heading.
// - `GH-12`: GitHub's other issue-reference form.
// - A word of 7 to 40 hex digits with a letter among them: an abbreviated or full commit SHA (also
//   `owner/repo@sha`); a breaker every 6 digits leaves no word long enough. Longer ones (SHA-256 digests),
//   hex inside a longer word (`91440300MA5…`) and plain decimal numbers stay as they are: certificate,
//   registration and phone numbers must stay copyable in filing documents, and GitHub links a SHA only to
//   a commit that exists, which an all-decimal prefix of seven or more digits practically never names.
// - The rest is CommonMark punctuation (emphasis, code, links, images, tables, maths) and HTML; `(`, `)`
//   and `!` too, so that not even the raw text holds `](` or `![`.
const references = /:\/\/|www\.|\b(?:mailto|xmpp):|@|#|\bGH-(?=\d)|\b(?=\d*[A-F])[0-9A-F]{7,40}\b/gi;
const markdownSpecial = new RegExp(`${references.source}|[\\\\\`*_~[\\]()!|$&<>"]`, 'gi');
const wordBefore = /[A-Za-z0-9_]$/;
/** The replacement of one autolink or reference start found by `references`; undefined for anything else. */
function breakReference(m, at, all, zw, keepEmails) {
    if (m === '://')
        return `:${zw}//`;
    if (m.toLowerCase() === 'www.')
        return `${m.slice(0, 3)}${zw}.`;
    if (m.length > 1 && m.endsWith(':'))
        return `${m}${zw}`;
    if (m === '@') {
        const inWord = wordBefore.test(all.slice(Math.max(0, at - 1), at));
        return keepEmails && inWord ? m : `${zw}@${zw}`;
    }
    if (m === '#')
        return `#${zw}`;
    if (m.toUpperCase() === 'GH-')
        return `${m[0]}${zw}${m.slice(1)}`;
    if (m.length >= 7)
        return m.replace(/.{6}(?=.)/g, `$&${zw}`);
    return undefined;
}
/**
 * Escape data for inline Markdown — a paragraph, list item, heading or table cell — so that it renders as
 * exactly its own text and links to nothing and nobody, on one line. A number is the `maxChars` option.
 */
function escapeMarkdown(text, options = {}) {
    const opts = typeof options === 'number' ? { maxChars: options } : options;
    const zw = opts.breaker === 'entity' ? '&#8203;' : '\u200B';
    const escaped = plainText(text, opts.maxChars ?? MAX_CELL_CHARS).replace(markdownSpecial, (m, at, all) => breakReference(m, at, all, zw, opts.keepEmails === true) ?? punctuationEscapes[m] ?? m);
    // Data placed at the start of a line (or after a list marker) must not open a list item, a setext
    // heading underline or a thematic break.
    return escaped.replace(/^[-+=](?=[\s\-+=]|$)/, '\\$&').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * Plain text that links to nothing and nobody where GitHub links references in plain text (pull-request
 * titles, commit messages): `plainText` with the same breakers as `escapeMarkdown`, no Markdown escapes.
 */
function inertText(text, maxChars = MAX_CELL_CHARS) {
    return plainText(text, maxChars).replace(references, (m, at, all) => breakReference(m, at, all, '\u200B', false) ?? m);
}
// Identifiers, versions, paths and fingerprints usually fit this set; inside a code span they are shown
// verbatim (GitHub autolinks nothing in code), and nothing in the set can end the span, split a table
// cell or form a mention.
const codeSafe = /^[A-Za-z0-9._:/+-]+$/;
/** Show an identifier as inline code when that is safe, otherwise as escaped text. */
function inlineCode(text, maxChars = MAX_CELL_CHARS) {
    const clean = plainText(text, maxChars);
    return clean !== '' && codeSafe.test(clean) ? `\`${clean}\`` : escapeMarkdown(clean, maxChars);
}
/**
 * The URL as it may appear in a Markdown link destination, or undefined when it must not be linked:
 * only absolute https URLs without credentials. Characters that could end the destination or a table
 * cell are percent-encoded.
 */
function safeHttpsUrl(url) {
    if (url === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url.trim());
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '')
        return undefined;
    return parsed.href.replace(/[\\|`<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** A Markdown link when the URL is a safe https URL; otherwise the escaped text followed by the escaped URL. */
function markdownLink(text, url, maxChars = MAX_CELL_CHARS) {
    const href = safeHttpsUrl(url);
    if (href !== undefined)
        return `[${escapeMarkdown(text, maxChars)}](<${href}>)`;
    const label = escapeMarkdown(text, maxChars);
    return url === undefined || url.trim() === '' ? label : `${label} (${escapeMarkdown(url, maxChars)})`;
}
const plainUrl = /^https?:\/\/[^\s<>"'`\\|[\]{}^]+$/i;
/**
 * A URL the document is meant to link (e.g. the label's verification URL) as an autolink whose visible
 * text is its target, so a reader sees where it goes; anything else as escaped text.
 */
function markdownUrl(url, options = {}) {
    return plainUrl.test(url) ? `<${url}>` : escapeMarkdown(url, options);
}


/***/ }),

/***/ 68080:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ loadChangeTables)
/* harmony export */ });
/* unused harmony export snapshotFileName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25462);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94085);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7584);
// The change-classification tables `diff` needs. A built labelguard reads its built-in packs' tables from
// the JSON snapshot the build wrote (checked there: scripts/snapshot-packs.ts), so comparing two SBOMs
// loads neither the YAML parser nor the expression engine until a `when` is evaluated. Repository packs,
// and runs from source, parse and validate the pack files as before.





const snapshotFileName = 'packs.snapshot.json';
/** The configured packs' change tables, with their software roles (see {@link parseChangeTables}). */
async function loadChangeTables(source, config) {
    const names = (config.config.packs ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinPacks */ .i])
        .map(_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .packSpec */ .x)
        .map((s) => ('name' in s ? s.name : ''));
    const snapshot = builtinSnapshot();
    // A pack listed twice is a problem the full loader reports; a folder pack is the repository's.
    if (snapshot &&
        new Set(names).size === names.length &&
        names.every((n) => Object.hasOwn(snapshot.packs, n))) {
        const tables = names.flatMap((n) => {
            const table = snapshot.packs[n].table;
            return table ? [(0,_changes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .tableFromSnapshot */ .T)(table)] : [];
        });
        return { classifier: { tables }, problems: [] };
    }
    return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(337), __webpack_require__.e(549), __webpack_require__.e(390), __webpack_require__.e(80), __webpack_require__.e(540), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 86540))).parseChangeTables(source, config);
}
function builtinSnapshot() {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_assets_js__WEBPACK_IMPORTED_MODULE_4__/* .assetDir */ .Y)('rules'), snapshotFileName);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')) : undefined;
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

/***/ 42652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readSbomLazily)
/* harmony export */ });
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26449);
/* harmony import */ var _read_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89292);


/**
 * {@link readSbom}, loading the XML reader and its parser only when the SBOM is XML: a command that reads
 * a JSON SBOM or two (`diff`) then never loads them. Same checks, same result.
 */
async function readSbomLazily(input, fileName, opts = {}) {
    const decoded = (0,_input_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeInput */ .Ny)(input, fileName, opts.maxBytes ?? _input_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_BYTES */ .fS);
    if (!decoded.ok)
        return decoded;
    if (decoded.format !== 'json')
        return (await Promise.all(/* import() */[__webpack_require__.e(893), __webpack_require__.e(647)]).then(__webpack_require__.bind(__webpack_require__, 81647))).readSbom(decoded.text, fileName, opts);
    const parsed = (0,_input_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(decoded.text, fileName);
    return parsed.ok ? (0,_read_json_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonDocument */ .E)(parsed.value, fileName, opts.maxDepth ?? _input_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_DEPTH */ .J) : parsed;
}


/***/ })

};
