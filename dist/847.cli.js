export const id = 847;
export const ids = [847];
export const modules = {

/***/ 27211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ classifyDifference),
/* harmony export */   _: () => (/* binding */ unclassifiedId)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5080);
/* harmony import */ var _change_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79060);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42725);



/** Used when no table covers the filing's scheme, or a table has no catch-all: nothing is dropped. */
const unclassifiedId = 'unclassified';
const unclassifiedReason = 'not classified by the pack; recorded for audit';
/**
 * Classify one difference with the first entry whose `when` is true, then apply the entry's star
 * threshold and any override for the product. Pure.
 */
function classifyDifference(d, table, ctx, overrides, productId) {
    const input = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareInput */ ._s)({ change: (0,_change_input_js__WEBPACK_IMPORTED_MODULE_1__/* .changeInput */ .J)(d, ctx) });
    const failures = [];
    let out;
    for (const entry of table?.entries ?? []) {
        const r = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(entry.when, input);
        if (!r.ok) {
            failures.push({ classId: entry.id, message: r.error.message });
            continue;
        }
        if (typeof r.value !== 'boolean') {
            // The engine types inputs dynamically, so a non-boolean `when` is only caught here.
            failures.push({
                classId: entry.id,
                message: `'when' gave ${describeValue(r.value)}, not true or false`,
            });
            continue;
        }
        if (!r.value)
            continue;
        let classification = entry.classification;
        let reason = entry.reason;
        if (entry.minStars !== undefined && ctx.stars < entry.minStars) {
            classification = entry.belowMinStars;
            reason = `${reason} (${classification} below ${entry.minStars}★; this product targets ${ctx.stars}★)`;
        }
        out = {
            difference: d,
            classification,
            classId: entry.id,
            reason,
            sources: entry.sources,
            blocking: entry.blocking,
            failures,
        };
        break;
    }
    out ??= {
        difference: d,
        classification: 'record',
        classId: unclassifiedId,
        reason: unclassifiedReason,
        sources: [],
        blocking: false,
        failures,
    };
    const override = findOverride(overrides, out.classId, productId, () => (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprintOf */ .a)(d));
    if (override) {
        out.reason = `${out.reason} — overridden to ${override.classification} in .labelguard.yml: ${override.justification}`;
        out.classification = override.classification;
    }
    // Only a material change can block; an override that lowers it lifts the block too.
    if (out.classification !== 'material')
        out.blocking = false;
    return out;
}
/**
 * The override for an entry and product: one that names this very change (by fingerprint) wins over one
 * for the product, which wins over one for all products. An override that lists fingerprints covers
 * only those changes.
 */
function findOverride(overrides, classId, productId, fingerprint) {
    const forEntry = overrides.filter((o) => o.change === classId && (o.product === undefined || o.product === productId));
    const named = forEntry.filter((o) => o.fingerprints !== undefined);
    const own = named.length > 0 ? fingerprint() : undefined;
    return (named.find((o) => o.fingerprints.includes(own) && o.product === productId) ??
        named.find((o) => o.fingerprints.includes(own)) ??
        forEntry.find((o) => o.fingerprints === undefined && o.product === productId) ??
        forEntry.find((o) => o.fingerprints === undefined));
}
function describeValue(v) {
    if (Array.isArray(v))
        return 'a list';
    if (v === null || v === undefined)
        return 'no value';
    return typeof v === 'string' ? `the text '${v}'` : `a ${typeof v}`;
}


/***/ }),

/***/ 42725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* unused harmony export fingerprintPrefix */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const prefixes = {
    hardware: 'hw',
    firmware: 'fw',
    sbom: 'sbom',
    service: 'svc',
    security: 'sec',
    label: 'label',
    lifecycle: 'life',
};
/** The fingerprint prefix of a category: hw, fw, sbom, svc, sec, label or life. */
function fingerprintPrefix(category) {
    return prefixes[category];
}
/**
 * Stable id of one difference: `<prefix>:<16 hex>` from a SHA-256 over kind, subject, from and to.
 * Only normalised values go in, so the same difference read from a JSON or an XML SBOM, or on another
 * day, has the same fingerprint; a different target version gives a different one.
 */
function fingerprintOf(d) {
    // JSON of an array keeps the fields apart: no separator inside a value can make two inputs collide.
    const text = JSON.stringify([d.kind, d.subject, d.from ?? null, d.to ?? null]);
    return `${fingerprintPrefix(d.category)}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 16)}`;
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
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(27211);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(32138);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13111);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40151);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(81647);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86540);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(15330);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(67131);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4479);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(71604);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_4__, _changes_index_js__WEBPACK_IMPORTED_MODULE_8__, _rules_index_js__WEBPACK_IMPORTED_MODULE_9__]);
([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_4__, _changes_index_js__WEBPACK_IMPORTED_MODULE_8__, _rules_index_js__WEBPACK_IMPORTED_MODULE_9__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











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
    const [before, after] = positionals.map((p) => readInventory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, p), p));
    const { classifier } = await (0,_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_4__/* .loadChangeTables */ .QH)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_5__/* .WorkingTreeSource */ .T(io.cwd), {
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
    const classified = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_8__/* .sbomDifferences */ .w)(diff, (c) => (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_9__/* .componentRoles */ .ZK)(c, roles), undefined, {
        subjectVersion: true,
    }).map((d) => (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_10__/* .classifyDifference */ .C)(d, table, { scheme, stars, registeredStars: stars }, [], ''));
    const json = {
        summary: {
            added: diff.added.length,
            removed: diff.removed.length,
            changed: diff.changed.length,
            ...subjectSummary(diff),
        },
        changes: classified.map(toJson),
    };
    (0,_io_js__WEBPACK_IMPORTED_MODULE_11__/* .emit */ .I)(io, values.output, format === 'json'
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
        ...(0,_changes_index_js__WEBPACK_IMPORTED_MODULE_12__/* .differenceHeadline */ .W)(d),
        ...(d.matchedBy !== undefined ? { matchedBy: d.matchedBy } : {}),
        ...(d.aspects.includes('version-down') ? { downgrade: true } : {}),
        classification: c.classification,
        reason: c.reason,
    };
}
function readInventory(file, shown) {
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot read ${shown}`, ['Pass the paths of two CycloneDX SBOM files.']);
    }
    const r = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_13__/* .readSbom */ .kH)(bytes, shown);
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
    const rows = j.changes.map((c) => `| ${c.classification} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .inlineCode */ .ti)(c.kind, 60)} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeMarkdown */ .FV)(c.subject)}${c.downgrade ? ' **(downgrade)**' : ''} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeMarkdown */ .FV)(c.from ?? '—')} → ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeMarkdown */ .FV)(c.to ?? '—')} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeMarkdown */ .FV)(c.reason)} |`);
    return [
        `**${j.summary.added} added · ${j.summary.removed} removed · ${j.summary.changed} changed**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_14__/* .escapeMarkdown */ .FV)(subjectText(j.summary.subject))}`,
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

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ emit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Write a command's output to `--output` (exact bytes) or to standard output. */
function emit(io, output, text) {
    if (output)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), text);
    else
        io.stdout(text);
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


/***/ })

};
