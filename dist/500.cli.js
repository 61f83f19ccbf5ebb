export const id = 500;
export const ids = [500];
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

/***/ 74435:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentHelp: () => (/* binding */ commentHelp),
/* harmony export */   runComment: () => (/* binding */ runComment)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _markdown_limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55337);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15330);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87478);
/* harmony import */ var _report_read_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63483);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83802);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_report_read_report_js__WEBPACK_IMPORTED_MODULE_4__]);
_report_read_report_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];









const commentHelp = `Usage: labelguard comment --report FILE [--output FILE] [--run-url URL]

Render the pull-request comment from a JSON check report (labelguard check --format json, or the
action's report-json output), for a privileged workflow_run job that comments on pull requests from
forks. The report comes from a run the pull request controls, so it is validated first: the report
schema (docs/check-report.schema.json), bounded sizes, and counts and verdicts that agree with its
findings. Every value is escaped as in labelguard's own comments; nothing else of the report reaches
the comment.

Options:
  --report FILE   the JSON check report (required)
  --output FILE   write the comment to FILE instead of standard output
  --run-url URL   link to the run that judged the pull request (https only)

Exit codes: 0 comment rendered; 2 the report is missing, invalid or contradicts itself.
`;
/** `labelguard comment`. */
async function runComment(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('comment', args, {
        report: { type: 'string' },
        output: { type: 'string' },
        'run-url': { type: 'string' },
    });
    if (values.help) {
        io.stdout(commentHelp);
        return 0;
    }
    if (!values.report)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('--report is required', ['For example: labelguard comment --report report.json']);
    const runUrl = values['run-url'];
    if (runUrl !== undefined && !/^https:\/\/[^\s<>()[\]]+$/.test(runUrl)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--run-url must be an https URL, got '${runUrl}'`);
    }
    const report = (0,_report_read_report_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCheckReport */ .Q)(values.report, await readReport((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.report), values.report));
    // Readers must see that this comment restates a report and is not the check itself.
    const run = runUrl ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownLink */ .iQ)('the pull request’s run', runUrl) : 'the pull request’s run';
    const footer = `\n\n<sub>Rendered from the JSON report of ${run}, validated but not re-judged: the required check’s status is the verdict.</sub>`;
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .renderMarkdown */ .Gc)(report, {
        mode: 'comment',
        maxChars: _markdown_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .GITHUB_LIMITS */ .f.comment - footer.length,
        ...(runUrl ? { reportUrl: runUrl } : {}),
    });
    (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .emit */ .I)(io, values.output, `${body}${footer}\n`);
    return 0;
}
/** The report's bytes: a regular file of bounded size (a FIFO or a device would block or never end). */
async function readReport(path, name) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!info.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${name} is not a regular file`, ['Pass the JSON report file.']);
        size = info.size;
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e)
            throw e;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot read ${name}: ${e.code ?? e.message}`, ['Pass the JSON report file.']);
    }
    if (size > _report_read_report_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REPORT_BYTES */ .W) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${name} is ${size} bytes, more than a report may be (${_report_read_report_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REPORT_BYTES */ .W})`, [
            'Pass the JSON report written by `labelguard check --format json`.',
        ]);
    }
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
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

/***/ 63483:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCheckReport),
/* harmony export */   W: () => (/* binding */ MAX_REPORT_BYTES)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17665);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30405);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57994);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Reading a check report that labelguard did not just compute — the JSON report a `pull_request` run
// uploaded, which a fork's pull request controls — before anything is rendered from it. A report is
// accepted only when it is the format labelguard writes (schema, bounded sizes) and its counts and
// verdicts agree with its findings; anything else is a usage error saying what is wrong.



/** Largest report accepted, in bytes (a report of 10,000 products with their findings stays far below). */
const MAX_REPORT_BYTES = 32 * 1024 * 1024;
const what = 'Pass the JSON report written by `labelguard check --format json` or the action’s `report-json`.';
/** The report in `bytes`, validated; `file` names it in messages. */
function parseCheckReport(file, bytes) {
    if (bytes.byteLength > MAX_REPORT_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${file} is ${bytes.byteLength} bytes, more than a report may be (${MAX_REPORT_BYTES})`, [what]);
    }
    let value;
    try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${file} is not JSON in UTF-8: ${e.message}`, [what]);
    }
    const validate = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validator */ .Nc)('report');
    if (!validate(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${file} is not a labelguard check report`, [
            ...(validate.errors ?? []).slice(0, 10).map((e) => `${file}: ${(0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerMessage */ .Lf)(e)}`),
            `${what} (docs/check-report.schema.json)`,
        ]);
    }
    const report = value;
    const problems = inconsistencies(report);
    if (problems.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${file} contradicts itself: it was not written by labelguard as it is`, [
            ...problems.slice(0, 10).map((p) => `${file}: ${p}`),
            what,
        ]);
    }
    return report;
}
/** Where the report's counts, verdicts and product ids disagree with its findings. */
function inconsistencies(report) {
    const problems = [];
    const counted = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .summarise */ .f)(report.products, report.findings);
    for (const key of Object.keys(counted)) {
        if (report.summary[key] !== counted[key])
            problems.push(`/summary/${key}: says ${report.summary[key]}, the report holds ${counted[key]}`);
    }
    const ids = new Set();
    report.products.forEach((p, i) => {
        if (ids.has(p.id))
            problems.push(`/products/${i}/id: product '${p.id}' appears twice`);
        ids.add(p.id);
        const verdict = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .productVerdict */ .L)(p.findings);
        if (p.verdict !== verdict)
            problems.push(`/products/${i}/verdict: says '${p.verdict}', its findings make it '${verdict}'`);
        p.findings.forEach((f, j) => {
            if (f.productId !== undefined && f.productId !== p.id)
                problems.push(`/products/${i}/findings/${j}/productId: '${f.productId}' in product '${p.id}'`);
            if (f.blocking && f.waived)
                problems.push(`/products/${i}/findings/${j}: waived and blocking at once`);
        });
    });
    return problems;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 57994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ productVerdict),
/* harmony export */   f: () => (/* binding */ summarise)
/* harmony export */ });
/** A product's verdict from its findings: fail when one blocks, warn when one is a live warning or error. */
function productVerdict(findings) {
    if (findings.some((f) => f.blocking))
        return 'fail';
    return findings.some((f) => !f.waived && f.severity !== 'info') ? 'warn' : 'pass';
}
/** The report's counts, from its products and repository-wide findings. */
function summarise(products, findings) {
    const all = [...findings, ...products.flatMap((p) => p.findings)];
    return {
        products: products.length,
        blocking: all.filter((f) => f.blocking).length,
        warnings: all.filter((f) => f.severity === 'warning' && !f.waived).length,
        // Change sets, not raw differences: one feature added is one unrecorded change.
        unrecorded: products.reduce((n, p) => n + (p.changeSets ?? []).filter((c) => c.pending === 'material').length, 0),
    };
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
