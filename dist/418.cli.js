export const id = 418;
export const ids = [418];
export const modules = {

/***/ 76418:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkHelp: () => (/* binding */ checkHelp),
/* harmony export */   runCheckCommand: () => (/* binding */ runCheckCommand),
/* harmony export */   runValidate: () => (/* binding */ runValidate),
/* harmony export */   validateHelp: () => (/* binding */ validateHelp)
/* harmony export */ });
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32229);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68922);
/* harmony import */ var _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36762);
/* harmony import */ var _pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1366);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(96867);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4479);
/* harmony import */ var _schemas_config_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91875);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71604);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21121);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81473);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_2__]);
([_load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











const checkHelp = `Usage: labelguard check [--repo DIR] [--format FORMAT] [--output FILE] [--now YYYY-MM-DD]
                       [--config FILE] [--fail-on LEVEL] [--warn-only] [--base REF [--head REF]]
                       [--shard I/N] [--product ID]...

Judge every product of a compliance repository: data files against the schemas, rule packs for each
label target, and every change since the registered baseline (recorded or not).

Options:
  --repo DIR         the compliance repository (default: current directory)
  --format FORMAT    ${_render_report_js__WEBPACK_IMPORTED_MODULE_9__/* .reportFormats */ .zX.join(', ')} (default text); markdown is the pull-request comment
  --output FILE      write the report to FILE instead of standard output
  --now DATE         judge dates as of DATE (default: today)
  --config FILE      configuration file inside the repository (default: .labelguard.yml)
  --fail-on LEVEL    ${_schemas_config_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .failOnLevels */ .R.join(' | ')} (default: from config, else error)
  --warn-only        report everything, never fail
  --base REF         judge a change: read --head (default HEAD) straight from git, and judge only the
                     products changed since the merge base with REF. Changes are always judged against
                     each product's registered baseline in filing.yaml.
  --head REF         the revision to judge (with --base)
  --shard I/N        judge only part I of N of the products (split by product folder), for job matrices
  --product ID       judge only this product (repeatable)

Exit codes: 0 nothing blocking; 1 blocking findings; 2 could not run as asked.
`;
const validateHelp = `Usage: labelguard validate [--repo DIR] [--config FILE]

Parse and validate every product.yaml, filing.yaml and .labelguard.yml against labelguard's schemas,
and check that every referenced file exists inside the repository.

Exit codes: 0 valid; 1 invalid product data; 2 could not run as asked.
`;
/** `labelguard check`. */
async function runCheckCommand(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)('check', args, {
        repo: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        now: { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string' },
        'warn-only': { type: 'boolean' },
        base: { type: 'string' },
        head: { type: 'string' },
        shard: { type: 'string' },
        product: { type: 'string', multiple: true },
    });
    if (values.help)
        return help(io, checkHelp);
    if (values.head && !values.base)
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('--head needs --base (the revision the change starts from)');
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFormat */ .Xc)(values.format, _render_report_js__WEBPACK_IMPORTED_MODULE_9__/* .reportFormats */ .zX, 'text');
    const now = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseNow */ .A7)(values.now, io.today);
    const failOn = values['fail-on'];
    if (failOn !== undefined && !_schemas_config_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .failOnLevels */ .R.includes(failOn)) {
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`--fail-on must be one of ${_schemas_config_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .failOnLevels */ .R.join(', ')}, got '${failOn}'`);
    }
    const outcome = await (0,_pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_2__/* .runCheck */ .k)({
        dir: (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_8__/* .repoDir */ .w)(io.cwd, values.repo),
        ...(values.base ? { base: values.base } : {}),
        ...(values.head ? { head: values.head } : {}),
        ...(values.config ? { configPath: values.config } : {}),
        now,
        overrides: {
            ...(failOn ? { failOn: failOn } : {}),
            ...(values['warn-only'] ? { warnOnly: true } : {}),
        },
        ...(values.shard ? { shard: (0,_pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .parseShard */ .u)(values.shard) } : {}),
        ...(values.product ? { productIds: values.product } : {}),
    });
    (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .emit */ .I)(io, values.output, (0,_render_report_js__WEBPACK_IMPORTED_MODULE_9__/* .renderReport */ .B1)(outcome, format));
    return (0,_report_model_js__WEBPACK_IMPORTED_MODULE_10__/* .exitCodeFor */ .R)(outcome.report);
}
/** `labelguard validate`: loading problems only. */
async function runValidate(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)('validate', args, {
        repo: { type: 'string' },
        config: { type: 'string' },
    });
    if (values.help)
        return help(io, validateHelp);
    const dir = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_8__/* .repoDir */ .w)(io.cwd, values.repo);
    const repo = await (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRepository */ .rV)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkingTreeSource */ .T(dir), {
        ...(values.config ? { configPath: values.config } : {}),
    });
    const findings = [...repo.findings, ...repo.products.flatMap((p) => p.findings)].filter((f) => f.severity === 'error');
    for (const f of findings)
        io.stdout(`${f.file}:${f.line}:${f.column}: error ${f.ruleId}: ${f.message}\n  hint: ${f.hint ?? ''}\n`);
    io.stdout(`${repo.products.length} product${repo.products.length === 1 ? '' : 's'} validated: ${findings.length} problem${findings.length === 1 ? '' : 's'}\n`);
    return findings.length > 0 || repo.products.length === 0 ? 1 : 0;
}
/** Write to --output, or standard output. */
function help(io, text) {
    io.stdout(text);
    return 0;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 81473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B1: () => (/* binding */ renderReport),
  zX: () => (/* binding */ reportFormats)
});

// UNUSED EXPORTS: sarifRules

;// CONCATENATED MODULE: ./src/report/core-rules.ts
// Findings that come from labelguard itself rather than from a rule pack: described here once so that
// SARIF rule metadata and `labelguard rules` can explain them.
const core = [
    [
        'data.yaml-syntax',
        'Invalid YAML',
        'The file is not valid YAML, repeats a key, uses a custom tag or expands aliases without bound.',
    ],
    [
        'data.schema',
        'Data does not match its schema',
        'A key is unknown, missing or of the wrong type; the schemas ship in dist/schemas/.',
    ],
    [
        'data.missing-file',
        'Referenced file missing',
        'A file named in product.yaml or filing.yaml does not exist in the repository.',
    ],
    [
        'data.path-escape',
        'Reference leaves the repository',
        'Absolute paths, .. above the root and symbolic links to the outside are refused.',
    ],
    ['data.duplicate-id', 'Product id used twice', 'Product ids must be unique across the repository.'],
    [
        'data.hash-mismatch',
        'Evidence file changed',
        'An evidence file no longer has the SHA-256 recorded in product.yaml.',
    ],
    [
        'data.inconsistent',
        'Product and filing disagree',
        'filing.yaml names another product or a scheme the product does not target.',
    ],
    ['data.no-products', 'No products found', 'No product.yaml matched the configured globs.'],
    [
        'data.baseline-tampered',
        'Registered SBOM changed',
        'The registered SBOM no longer has the digest recorded in the filing baseline.',
    ],
    ['data.unknown-scheme', 'Unknown label scheme', 'A product targets a scheme no loaded rule pack provides.'],
    [
        'sbom.unreadable',
        'SBOM cannot be read',
        'The SBOM is not CycloneDX JSON or XML 1.2–1.7, or exceeds the size and depth limits.',
    ],
    [
        'sbom.schema',
        'SBOM schema problem',
        'The SBOM does not validate against the official CycloneDX schema of its version.',
    ],
    [
        'change.unrecorded',
        'Unrecorded technical modification',
        'A material change since the registered baseline has no change-log entry: the label no longer tells the truth until it is recorded and refiled.',
    ],
    [
        'change.unrecorded-record',
        'Change not in the change log',
        'A record-class change must appear in the change log, though it needs no refiling.',
    ],
    [
        'change.blocked',
        'Change the scheme does not allow',
        'A change the pack marks blocking (e.g. a debug interface re-enabled), recorded or not.',
    ],
    [
        'change.stale-entry',
        'Stale change-log entry',
        'A change-log entry matches no current difference from the baseline.',
    ],
    ['policy.refiling-pending', 'Refiling pending', 'Recorded changes still wait for a new filing.'],
    [
        'policy.waiver-expired',
        'Waiver expired',
        'The waiver no longer applies; renew it with an approver or fix the finding.',
    ],
];
/** SARIF rule descriptions of labelguard's own finding kinds. */
const coreRules = core.map(([id, title, help]) => ({
    id,
    title,
    help,
    severity: id === 'change.unrecorded-record' || id.startsWith('change.stale') || id === 'policy.waiver-expired'
        ? 'warning'
        : 'error',
}));

;// CONCATENATED MODULE: ./src/report/json.ts
/** The JSON report: stable key order, two-space indent, trailing newline. */
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/budget.ts
// GitHub refuses a comment body over 65,536 characters and fails the step when a job summary passes
// 1 MiB, so a report is rendered in full, measured, and degraded one step at a time until it fits.
/** GitHub's size limits for the places a Markdown report goes. */
const GITHUB_LIMITS = {
    /** Issue and pull-request comment bodies, in characters. */
    comment: 65_536,
    /** A step's job summary, in bytes. */
    summary: 1_048_576,
};
const detailLevels = [0, 1, 2, 3, 4];
/**
 * The size of a body as GitHub counts it against the limit: UTF-16 code units for comments (never fewer
 * than the characters GitHub counts), UTF-8 bytes for job summaries, whose limit is in bytes.
 */
function sizeOf(text, mode) {
    return mode === 'summary' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** The unit `sizeOf` counts in, for messages. */
function sizeUnit(mode) {
    return mode === 'summary' ? 'bytes' : 'characters';
}
/** The first rendering, in the given order, that fits; undefined when none does. */
function firstThatFits(levels, render, fits) {
    for (const level of levels) {
        const text = render(level);
        if (fits(text))
            return { level, text };
    }
    return undefined;
}
/**
 * Head, as many lines as fit, and a tail that says how many lines were left out. Lines are taken in
 * order, so the caller decides what matters most. Never longer than the budget: when not even the head
 * and tail fit, the text is cut.
 */
function fillLines(head, lines, tail, fits, cut) {
    const compose = (n) => [head, ...lines.slice(0, n), tail(lines.length - n)].filter((s) => s !== '').join('\n');
    // Binary search for the most lines that fit: the tail's length depends on the count left out.
    let lo = 0;
    let hi = lines.length;
    if (!fits(compose(0)))
        return cut(compose(0));
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(compose(mid)))
            lo = mid;
        else
            hi = mid - 1;
    }
    return compose(lo);
}
/** Cut text so that it fits, by code points, ending with an ellipsis. */
function cutToFit(text, fits) {
    if (fits(text))
        return text;
    const points = Array.from(text);
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(`${points.slice(0, mid).join('')}…`))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo === 0 ? '' : `${points.slice(0, lo).join('')}…`;
}
/** A count with thousands separators, the same on every machine. */
function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** "1 finding" / "2 findings". */
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}

// EXTERNAL MODULE: ./src/report/escape-md.ts
var escape_md = __webpack_require__(17825);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(95278);
;// CONCATENATED MODULE: ./src/report/ordering.ts

// Shared ordering for the GitHub renderers: code-unit order (compareText), never localeCompare, whose
// result depends on the machine's ICU data and locale — the same report must render byte-identically.
/** Compare strings by code units: the same answer on every machine. */
const byCodeUnits = finding/* compareText */.n;
/** Findings by file, position, rule and message. */
const compareFindingPlaces = finding/* compareFindings */.E;
const findingGroups = ['blocking', 'error', 'warning', 'info', 'waived'];
/** Which group a finding is shown in: a waived finding never blocks, whatever its flag says. */
function groupOf(f) {
    if (f.waived)
        return 'waived';
    if (f.blocking)
        return 'blocking';
    return f.severity;
}
/**
 * Findings that say "this change is not in the change log": the change table shows each such change
 * with its fingerprint and next step, so the Markdown lists them there rather than twice.
 */
function shownAsChange(f) {
    return f.ruleId === 'change.unrecorded' || f.ruleId === 'change.unrecorded-record';
}
/** Findings split into their groups, each sorted by place. */
function groupFindings(findings) {
    const groups = new Map(findingGroups.map((g) => [g, []]));
    for (const f of findings)
        if (!shownAsChange(f))
            groups.get(groupOf(f)).push(f);
    for (const list of groups.values())
        list.sort(compareFindingPlaces);
    return groups;
}
/** A material change that no change-log entry accounts for: what invalidates a label. */
function isUnrecordedMaterial(c) {
    return c.classification === 'material' && !c.recorded;
}
function changeRank(c) {
    if (isUnrecordedMaterial(c))
        return 0;
    if (c.classification === 'material')
        return 1;
    return c.classification === 'record' ? 2 : 3;
}
/** Changes worth showing (classification other than none), unrecorded material ones first. */
function shownChanges(changes) {
    return (changes ?? [])
        .filter((c) => c.classification !== 'none')
        .sort((a, b) => changeRank(a) - changeRank(b) ||
        byCodeUnits(a.kind, b.kind) ||
        byCodeUnits(a.subject, b.subject) ||
        byCodeUnits(a.fingerprint, b.fingerprint));
}
const verdictRank = { fail: 0, warn: 1, pass: 2 };
/** Products failing first, then warning, then passing; by id within each. */
function orderedProducts(report) {
    return [...report.products].sort((a, b) => verdictRank[a.verdict] - verdictRank[b.verdict] ||
        byCodeUnits(a.id, b.id) ||
        byCodeUnits(a.path, b.path));
}
/** The overall verdict of a report: the worst of its products and its repository-wide findings. */
function overallVerdict(report) {
    const all = [...report.products.flatMap((p) => p.findings), ...report.findings];
    if (report.summary.blocking > 0 || report.products.some((p) => p.verdict === 'fail'))
        return 'fail';
    if (all.some((f) => groupOf(f) === 'blocking'))
        return 'fail';
    if (report.summary.warnings > 0 || report.products.some((p) => p.verdict === 'warn'))
        return 'warn';
    return 'pass';
}
/** Join a folder and a file name with `/`, as repository paths are written. */
function repoPath(folder, file) {
    const base = folder.replace(/\\/g, '/').replace(/\/+$/, '');
    return base === '' || base === '.' ? file : `${base}/${file}`;
}
/** The file inside a product folder where its change log lives. */
const FILING_FILE = 'filing.yaml';

;// CONCATENATED MODULE: ./src/report/markdown.ts



const verdictIcon = { fail: '❌', warn: '⚠️', pass: '✅' };
const groupTitle = {
    blocking: 'Blocking',
    error: 'Errors (not blocking under this policy)',
    warning: 'Warnings',
    info: 'Notes',
    waived: 'Waived',
};
const groupNoun = {
    blocking: 'blocking finding',
    error: 'non-blocking error',
    warning: 'warning',
    info: 'note',
    waived: 'waived finding',
};
const groupIcon = {
    blocking: '❌',
    error: '❗',
    warning: '⚠️',
    info: 'ℹ️',
    waived: '🔕',
};
/**
 * The report as GitHub Markdown for a pull-request comment or a job summary, within `maxChars`:
 * rendered in full, then degraded step by step until it fits, always keeping every blocking finding and
 * every unrecorded material change, and saying what was cut and where the full report is.
 */
function renderMarkdown(report, opts) {
    const fits = (text) => sizeOf(text, opts.mode) <= opts.maxChars;
    const chosen = firstThatFits(detailLevels, (detail) => renderAt(report, opts, detail), fits);
    return chosen ? chosen.text : renderOverflow(report, opts, fits);
}
/** The report at one level of detail, with no regard to size. */
function renderAt(report, opts, detail) {
    const ctx = {
        report,
        opts,
        detail,
        prs: new Map((opts.refilingPrs ?? []).map((pr) => [pr.productId, pr])),
        cut: { passingDetails: 0, passingUnlisted: 0, nonBlocking: 0, recordedChanges: 0, extras: false },
    };
    if (detail === 4)
        return minimal(ctx);
    const products = orderedProducts(report);
    const collapsible = products.filter(isCollapsible);
    const shown = products.filter((p) => !isCollapsible(p));
    const blocks = [heading(ctx), countsLine(report)];
    if (opts.mode === 'summary' && detail <= 2)
        blocks.push(overview(detail === 0 ? products : shown));
    for (const p of shown)
        blocks.push(productSection(p, ctx));
    if (report.findings.length > 0)
        blocks.push(repositorySection(ctx));
    if (collapsible.length > 0)
        blocks.push(passingSection(collapsible, ctx));
    const note = cutNote(ctx);
    if (note)
        blocks.push(note);
    blocks.push(footer(report));
    return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
// A passing product with nothing that must always be shown may be folded away.
function isCollapsible(p) {
    return (p.verdict === 'pass' &&
        !p.findings.some((f) => groupOf(f) === 'blocking') &&
        !(p.changes ?? []).some(isUnrecordedMaterial));
}
function heading(ctx) {
    const { report, opts } = ctx;
    const verdict = overallVerdict(report);
    const title = (0,escape_md/* escapeMarkdown */.FV)(opts.title ?? 'labelguard', 120);
    return `${opts.mode === 'summary' ? '##' : '###'} ${verdictIcon[verdict]} ${title}: ${headlinePhrase(report, verdict)}`;
}
function headlinePhrase(report, verdict) {
    const products = report.products.length;
    if (verdict === 'fail') {
        const failing = report.products.filter((p) => p.verdict === 'fail').length;
        if (failing === 0)
            return 'blocking findings';
        return `${count(failing)} of ${plural(products, 'product')} ${failing === 1 ? 'fails' : 'fail'}`;
    }
    if (verdict === 'warn')
        return 'passes with warnings';
    if (products === 0)
        return 'no products to check';
    return products === 1 ? 'the product passes' : `all ${count(products)} products pass`;
}
function countsLine(report) {
    const s = report.summary;
    const parts = [
        s.blocking > 0 ? `**${count(s.blocking)} blocking**` : '0 blocking',
        plural(s.warnings, 'warning'),
        s.unrecorded > 0
            ? `**${plural(s.unrecorded, 'unrecorded material change')}**`
            : '0 unrecorded material changes',
        `${plural(s.products, 'product')} checked`,
        `as of ${(0,escape_md/* escapeMarkdown */.FV)(report.now, 40)}`,
        `fail-on ${(0,escape_md/* inlineCode */.ti)(report.policy.failOn, 40)}${report.policy.warnOnly ? ' (warn-only)' : ''}`,
    ];
    return parts.join(' · ');
}
function overview(products) {
    if (products.length === 0)
        return '';
    const rows = products.map((p) => {
        const blocking = p.findings.filter((f) => groupOf(f) === 'blocking').length;
        const warnings = p.findings.filter((f) => groupOf(f) === 'warning').length;
        const unrecorded = (p.changes ?? []).filter(isUnrecordedMaterial).length;
        return `| ${verdictIcon[p.verdict]} ${(0,escape_md/* inlineCode */.ti)(p.id, 80)} | ${labels(p)} | ${filing(p)} | ${count(blocking)} | ${count(unrecorded)} | ${count(warnings)} |`;
    });
    return [
        '| Product | Label | Filing | Blocking | Unrecorded changes | Warnings |',
        '|---|---|---|--:|--:|--:|',
        ...rows,
    ].join('\n');
}
function productSection(p, ctx) {
    const groups = groupFindings(p.findings);
    const changes = shownChanges(p.changes);
    const unrecorded = changes.filter(isUnrecordedMaterial);
    const lines = [productHeadline(p, '####'), verdictLine(p.verdict, groups, unrecorded.length)];
    const table = changeTable(changes, ctx);
    if (table)
        lines.push(`**Changes since the registered baseline**\n\n${table}`);
    lines.push(...findingSections(groups, ctx));
    const readiness = readinessLine(p.readiness, ctx);
    if (readiness)
        lines.push(readiness);
    const next = nextSteps(p, groups, unrecorded, ctx);
    if (next)
        lines.push(next);
    return lines.join('\n\n');
}
function productHeadline(p, level) {
    const model = p.model !== undefined && p.model !== '' ? ` — ${(0,escape_md/* escapeMarkdown */.FV)(p.model, 120)}` : '';
    return `${level} ${verdictIcon[p.verdict]} ${(0,escape_md/* inlineCode */.ti)(p.id, 120)}${model} · ${labels(p)} · ${filing(p)}`;
}
function productLine(p) {
    const model = p.model !== undefined && p.model !== '' ? ` — ${(0,escape_md/* escapeMarkdown */.FV)(p.model, 120)}` : '';
    return `- ${verdictIcon[p.verdict]} ${(0,escape_md/* inlineCode */.ti)(p.id, 120)}${model} · ${labels(p)} · ${filing(p)}`;
}
function labels(p) {
    const text = p.labels.map((l) => `${(0,escape_md/* escapeMarkdown */.FV)(l.scheme, 40)} ${stars(l.stars)}`).join(', ');
    return text === '' ? 'no label target' : text;
}
function filing(p) {
    return p.filingStatus !== undefined && p.filingStatus !== ''
        ? `filing ${(0,escape_md/* escapeMarkdown */.FV)(p.filingStatus, 60)}`
        : 'not filed';
}
function stars(n) {
    if (Number.isInteger(n) && n >= 1 && n <= 10)
        return '★'.repeat(n);
    return n === 0 ? 'none' : (0,escape_md/* escapeMarkdown */.FV)(String(n), 20);
}
function verdictLine(verdict, groups, unrecorded) {
    const size = (g) => groups.get(g).length;
    const parts = [];
    if (size('blocking') > 0)
        parts.push(plural(size('blocking'), 'blocking finding'));
    if (unrecorded > 0)
        parts.push(plural(unrecorded, 'unrecorded material change'));
    if (size('error') > 0)
        parts.push(plural(size('error'), 'non-blocking error'));
    if (size('warning') > 0)
        parts.push(plural(size('warning'), 'warning'));
    if (size('info') > 0)
        parts.push(plural(size('info'), 'note'));
    if (size('waived') > 0)
        parts.push(`${count(size('waived'))} waived`);
    const word = verdict === 'fail' ? 'Fails' : verdict === 'warn' ? 'Passes with warnings' : 'Passes';
    return parts.length > 0 ? `**${word}:** ${parts.join(' · ')}` : `**${word}.**`;
}
function changeTable(changes, ctx) {
    const kept = ctx.detail >= 3 ? changes.filter(isUnrecordedMaterial) : changes;
    ctx.cut.recordedChanges += changes.length - kept.length;
    if (kept.length === 0)
        return '';
    const rows = kept.map((c) => {
        const unrecorded = isUnrecordedMaterial(c);
        const subject = (0,escape_md/* escapeMarkdown */.FV)(c.subject, 120);
        const what = `${(0,escape_md/* inlineCode */.ti)(c.kind, 60)} ${unrecorded ? `**${subject}**` : subject}`;
        const fromTo = `${value(c.from)} → ${value(c.to)}`;
        const reason = ctx.detail >= 3 ? '' : ` — ${(0,escape_md/* escapeMarkdown */.FV)(c.reason, 160)}`;
        const cls = `${c.classification === 'material' ? '**material**' : (0,escape_md/* escapeMarkdown */.FV)(c.classification, 20)}${reason}`;
        return `| ${unrecorded ? '❗' : ''} | ${what} | ${fromTo} | ${cls} | ${recordedCell(c)} |`;
    });
    return ['| | Change | From → to | Classification | Recorded |', '|---|---|---|---|---|', ...rows].join('\n');
}
function value(v) {
    return v === undefined || v === '' ? '∅' : (0,escape_md/* inlineCode */.ti)(v, 100);
}
function recordedCell(c) {
    if (c.recorded)
        return `✅ ${c.changeLogId ? (0,escape_md/* inlineCode */.ti)(c.changeLogId, 60) : 'recorded'}`;
    return c.classification === 'material'
        ? `**❌ not recorded** ${(0,escape_md/* inlineCode */.ti)(c.fingerprint, 60)}`
        : 'not recorded';
}
function findingSections(groups, ctx) {
    const out = [];
    const dropped = new Map();
    for (const [group, findings] of groups) {
        if (findings.length === 0)
            continue;
        if (ctx.detail >= 2 && group !== 'blocking') {
            dropped.set(group, findings.length);
            continue;
        }
        out.push(`**${groupTitle[group]} (${count(findings.length)})**\n\n${findings.map((f) => findingItem(f, group, ctx)).join('\n')}`);
    }
    const total = [...dropped.values()].reduce((a, b) => a + b, 0);
    if (total > 0) {
        ctx.cut.nonBlocking += total;
        const kinds = [...dropped].map(([g, n]) => g === 'waived' ? `${count(n)} waived` : plural(n, groupNoun[g]));
        out.push(`_✂️ ${plural(total, 'non-blocking finding')} not shown (${kinds.join(', ')})._`);
    }
    return out;
}
function findingItem(f, group, ctx) {
    const brief = ctx.detail >= 3;
    const message = (0,escape_md/* escapeMarkdown */.FV)(f.message, brief ? 200 : 500);
    const lines = [`- ${groupIcon[group]} ${(0,escape_md/* inlineCode */.ti)(f.ruleId, 80)} ${message} — ${markdown_location(f)}`];
    if (f.waived) {
        lines.push(`  - Waived by ${(0,escape_md/* escapeMarkdown */.FV)(f.waived.approver, 80)} until ${(0,escape_md/* escapeMarkdown */.FV)(f.waived.expires, 40)}: ${(0,escape_md/* escapeMarkdown */.FV)(f.waived.justification)}`);
    }
    if (brief) {
        if ((f.sources?.length ?? 0) > 0 || f.hint)
            ctx.cut.extras = true;
        return lines.join('\n');
    }
    if (f.sources && f.sources.length > 0)
        lines.push(`  - Sources: ${sources(f.sources)}`);
    if (f.hint && !f.waived)
        lines.push(`  - Hint: ${(0,escape_md/* escapeMarkdown */.FV)(f.hint)}`);
    return lines.join('\n');
}
function markdown_location(f) {
    return f.line >= 1 ? (0,escape_md/* inlineCode */.ti)(`${f.file}:${f.line}`, 200) : (0,escape_md/* inlineCode */.ti)(f.file, 200);
}
/** Sources as links when their URL is https, otherwise as text with the URL neutralised. */
function sources(list) {
    return list
        .map((s) => {
        const title = s.clause ? `${s.title}, ${s.clause}` : s.title;
        return (0,escape_md/* markdownLink */.iQ)(title, s.url, 160);
    })
        .join(' · ');
}
function readinessLine(readiness, ctx) {
    if (!readiness || readiness.length === 0)
        return '';
    const parts = readiness.map((r) => {
        const base = `${(0,escape_md/* escapeMarkdown */.FV)(r.scheme, 40)}: target ${stars(r.target)}, meets ${r.met > 0 ? stars(r.met) : 'none'}`;
        const gaps = Object.entries(r.gaps)
            .filter(([, ids]) => ids.length > 0)
            .sort(([a], [b]) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
        if (gaps.length === 0)
            return base;
        if (ctx.detail >= 3) {
            ctx.cut.extras = true;
            return base;
        }
        const text = gaps
            .map(([level, ids]) => {
            const shown = ids.slice(0, 20).map((id) => (0,escape_md/* inlineCode */.ti)(id, 60));
            const more = ids.length > 20 ? ` and ${count(ids.length - 20)} more` : '';
            return `${stars(Number(level))} blocked by ${shown.join(', ')}${more}`;
        })
            .join('; ');
        return `${base} — ${text}`;
    });
    return `**Readiness:** ${parts.join(' · ')}`;
}
const MAX_FINGERPRINTS = 10;
function nextSteps(p, groups, unrecorded, ctx) {
    const steps = [];
    if (unrecorded.length > 0) {
        const pr = ctx.prs.get(p.id);
        if (pr) {
            steps.push(`Merge the refiling pull request ${(0,escape_md/* markdownLink */.iQ)(`#${pr.number}`, pr.url)}: it records ${unrecorded.length === 1 ? 'the change' : `the ${count(unrecorded.length)} changes`} in the filing record and carries regenerated evidence.`);
        }
        else {
            const fps = unrecorded.slice(0, MAX_FINGERPRINTS).map((c) => (0,escape_md/* inlineCode */.ti)(c.fingerprint, 60));
            const more = unrecorded.length > MAX_FINGERPRINTS
                ? ` and ${count(unrecorded.length - MAX_FINGERPRINTS)} more`
                : '';
            steps.push(`Record the ${unrecorded.length === 1 ? 'change' : 'changes'}: add a change-log entry to ${(0,escape_md/* inlineCode */.ti)(repoPath(p.path, FILING_FILE), 200)} with ${unrecorded.length === 1 ? 'fingerprint' : 'fingerprints'} ${fps.join(', ')}${more}.`);
        }
    }
    const blocking = groups.get('blocking').length;
    if (blocking > 0) {
        steps.push(`Fix ${blocking === 1 ? 'the blocking finding' : `the ${count(blocking)} blocking findings`}, or request a waiver for one you accept: a \`waivers\` entry in \`.labelguard.yml\` with rule, product, justification, approver and expiry.`);
    }
    if (steps.length === 0 && p.verdict === 'warn')
        steps.push('Nothing blocks the merge; review the warnings.');
    if (steps.length === 0)
        return '';
    return steps.length === 1
        ? `**Next step:** ${steps[0]}`
        : `**Next steps:**\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`;
}
function repositorySection(ctx) {
    const groups = groupFindings(ctx.report.findings);
    return ['#### Repository-wide findings', ...findingSections(groups, ctx)].join('\n\n');
}
function passingSection(products, ctx) {
    const summary = `✅ ${plural(products.length, 'product')} ${products.length === 1 ? 'passes' : 'pass'}`;
    if (ctx.detail >= 3) {
        ctx.cut.passingUnlisted += products.length;
        return `${summary} (not listed).`;
    }
    let body;
    if (ctx.detail === 0) {
        body = products.map((p) => productSection(p, ctx)).join('\n\n');
    }
    else {
        ctx.cut.passingDetails += products.filter(hasDetails).length;
        body = products.map(productLine).join('\n');
    }
    // GitHub renders Markdown inside <details> only after a blank line.
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function hasDetails(p) {
    return p.findings.length > 0 || shownChanges(p.changes).length > 0 || (p.readiness?.length ?? 0) > 0;
}
function fullReportPointer(opts) {
    if (opts.reportUrl !== undefined && opts.reportUrl.trim() !== '') {
        return `Full report: ${(0,escape_md/* markdownLink */.iQ)('workflow run', opts.reportUrl, 200)}.`;
    }
    return 'Run `labelguard check` for the full report.';
}
function limitText(opts) {
    return `${count(opts.maxChars)} ${sizeUnit(opts.mode)}`;
}
function cutNote(ctx) {
    const { cut } = ctx;
    const parts = [];
    if (cut.passingDetails > 0)
        parts.push(`details of ${plural(cut.passingDetails, 'passing product')}`);
    if (cut.passingUnlisted > 0)
        parts.push(`the list of ${plural(cut.passingUnlisted, 'passing product')}`);
    if (cut.nonBlocking > 0)
        parts.push(plural(cut.nonBlocking, 'non-blocking finding'));
    if (cut.recordedChanges > 0)
        parts.push(plural(cut.recordedChanges, 'recorded or record-only change'));
    if (cut.extras)
        parts.push('sources, hints and readiness gaps');
    if (parts.length === 0)
        return '';
    return [
        '---',
        `✂️ **Shortened to fit the size limit of ${limitText(ctx.opts)}.** Not shown: ${parts.join('; ')}. ` +
            `Every blocking finding and every unrecorded material change is shown. ${fullReportPointer(ctx.opts)}`,
    ].join('\n\n');
}
function footer(report) {
    return `<sub>${(0,escape_md/* escapeMarkdown */.FV)(report.generator.name, 40)} ${(0,escape_md/* escapeMarkdown */.FV)(report.generator.version, 40)}</sub>`;
}
/**
 * The items that are always kept, one line each: refiling PRs, unrecorded changes, blocking findings.
 * A finding's file path names its product folder, so the product id is not repeated; compact lines,
 * for when even these overflow, also leave out the messages.
 */
function essentialLines(report, opts, compact) {
    const products = orderedProducts(report);
    const prs = (opts.refilingPrs ?? [])
        .filter((pr) => products.some((p) => p.id === pr.productId))
        .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : a.number - b.number))
        .map((pr) => `- 🔁 ${(0,escape_md/* inlineCode */.ti)(pr.productId, 80)} refiling PR ${(0,escape_md/* markdownLink */.iQ)(`#${pr.number}`, pr.url)}`);
    const changes = products.flatMap((p) => shownChanges(p.changes)
        .filter(isUnrecordedMaterial)
        .map((c) => compact
        ? `- ❗ ${(0,escape_md/* inlineCode */.ti)(p.id, 80)} ${(0,escape_md/* inlineCode */.ti)(c.fingerprint, 60)}`
        : `- ❗ ${(0,escape_md/* inlineCode */.ti)(p.id, 80)} unrecorded ${(0,escape_md/* inlineCode */.ti)(c.kind, 60)} ${(0,escape_md/* escapeMarkdown */.FV)(c.subject, 160)} ${value(c.from)} → ${value(c.to)} ${(0,escape_md/* inlineCode */.ti)(c.fingerprint, 60)}`));
    const blockingLine = (f) => compact
        ? `- ❌ ${(0,escape_md/* inlineCode */.ti)(f.ruleId, 80)} ${markdown_location(f)}`
        : `- ❌ ${(0,escape_md/* inlineCode */.ti)(f.ruleId, 80)} ${markdown_location(f)} ${(0,escape_md/* escapeMarkdown */.FV)(f.message, 100)}`;
    const findings = [
        ...products.flatMap((p) => groupFindings(p.findings).get('blocking').map(blockingLine)),
        ...groupFindings(report.findings).get('blocking').map(blockingLine),
    ];
    return [...prs, ...changes, ...findings];
}
function essentialCount(report) {
    const changes = report.products.flatMap((p) => (p.changes ?? []).filter(isUnrecordedMaterial)).length;
    const findings = [...report.products.flatMap((p) => p.findings), ...report.findings].filter((f) => groupOf(f) === 'blocking' && !shownAsChange(f)).length;
    return changes + findings;
}
function minimalNote(report, opts) {
    const all = [...report.products.flatMap((p) => p.findings), ...report.findings].filter((f) => !shownAsChange(f));
    const nonBlocking = all.filter((f) => groupOf(f) !== 'blocking').length;
    const hidden = nonBlocking > 0 ? ` ${plural(nonBlocking, 'non-blocking finding')} and all details not shown.` : '';
    return `✂️ Only blocking findings and unrecorded material changes are listed, to fit the size limit of ${limitText(opts)}.${hidden} ${fullReportPointer(opts)}`;
}
function minimal(ctx) {
    const head = `${heading(ctx)}\n\n${countsLine(ctx.report)}\n`;
    const lines = essentialLines(ctx.report, ctx.opts, false);
    return `${[head, ...lines, '', minimalNote(ctx.report, ctx.opts)].join('\n')}\n`;
}
/** Even one line per blocking item is too much: as many lines as fit, and how many did not. */
function renderOverflow(report, opts, fits) {
    const ctx = {
        report,
        opts,
        detail: 4,
        prs: new Map(),
        cut: { passingDetails: 0, passingUnlisted: 0, nonBlocking: 0, recordedChanges: 0, extras: false },
    };
    const head = `${heading(ctx)}\n\n${countsLine(report)}\n`;
    const lines = essentialLines(report, opts, true);
    const total = essentialCount(report);
    const tail = (omitted) => omitted === 0
        ? `\n${minimalNote(report, opts)}\n`
        : `\n✂️ Even one line per blocking item (${count(total)}) exceeds the size limit of ${limitText(opts)}: ` +
            `${count(omitted)} of ${count(lines.length)} lines are not shown. ${fullReportPointer(opts)}\n`;
    // When not even the heading fits, it is cut: it is built from escaped parts, so a prefix of it is still
    // safe Markdown (at worst a dangling backslash or a broken entity, which render as text).
    return fillLines(head, lines, tail, fits, (text) => cutToFit(text, fits));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/report/sarif.ts



/** The rule every unrecorded material change is reported under. */
const UNRECORDED_CHANGE_RULE = {
    id: 'change.unrecorded',
    title: 'Material change not recorded in the filing record',
    help: 'The product differs from its registered baseline in a way classified as material, and no change-log ' +
        'entry in the filing record accounts for it. An unrecorded technical modification can get the label ' +
        'cancelled. Merge the refiling pull request, or add a change-log entry with the change fingerprint.',
    severity: 'error',
};
/** GitHub code scanning's cap on results per run. */
const MAX_SARIF_RESULTS = 25_000;
const MAX_TAGS = 20;
const FINGERPRINT_KEY = 'labelguard/v1';
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const DEFAULT_INFORMATION_URI = 'https://labelguard.dev';
const levelOf = { error: 'error', warning: 'warning', info: 'note' };
const problemSeverity = { error: 'error', warning: 'warning', info: 'recommendation' };
const severityRank = { error: 0, warning: 1, info: 2 };
/** The report as a SARIF 2.1.0 log with one run: rules from the rule packs, one result per finding and per unrecorded change. */
function renderSarif(report, rules, opts = {}) {
    const pending = collectResults(report);
    const descriptors = ruleDescriptors(rules, pending);
    const index = new Map(descriptors.map((r, i) => [r.id, i]));
    const maxResults = Math.max(0, Math.floor(opts.maxResults ?? MAX_SARIF_RESULTS));
    // Fingerprints are counted over every result, so cutting never renumbers the ones kept; the most
    // urgent results are kept, and what is kept is written in order of place.
    const all = withFingerprints([...pending].sort(comparePlace));
    const kept = [...all]
        .sort((a, b) => comparePriority(a.p, b.p))
        .slice(0, maxResults)
        .sort((a, b) => comparePlace(a.p, b.p));
    const results = kept.map(({ p, fingerprint }) => toResult(p, index.get(p.ruleId), fingerprint));
    const omitted = pending.length - kept.length;
    const run = {
        tool: {
            driver: {
                name: 'labelguard',
                version: report.generator.version,
                semanticVersion: report.generator.version,
                informationUri: opts.informationUri ?? DEFAULT_INFORMATION_URI,
                rules: descriptors,
            },
        },
        columnKind: 'utf16CodeUnits',
        results,
    };
    if (omitted > 0) {
        run.properties = {
            truncated: true,
            omittedResults: omitted,
            note: `${omitted} of ${pending.length} results were left out to stay within ${maxResults} results per run; warnings and notes were cut before errors. The JSON report has every finding.`,
        };
    }
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
function collectResults(report) {
    const out = [];
    for (const p of report.products) {
        for (const f of p.findings)
            out.push(fromFinding(f, f.productId ?? p.id));
    }
    for (const f of report.findings)
        out.push(fromFinding(f, f.productId));
    return out;
}
// Rule ids key the rules array and code scanning's alerts: one line, never empty.
function ruleIdOf(id) {
    return (0,escape_md/* plainText */.wh)(id, 200) || 'labelguard.unnamed-rule';
}
function fromFinding(f, productId) {
    const ruleId = ruleIdOf(f.ruleId);
    return {
        ruleId,
        severity: f.severity,
        blocking: f.blocking && !f.waived,
        suppressed: f.waived !== undefined,
        file: f.file,
        line: f.line,
        column: f.column,
        message: (0,escape_md/* plainText */.wh)(f.message, 2000),
        // The message carries the data the rule judged (values, component names): it tells two findings of
        // one rule in one file apart, and does not move when lines are added above.
        identity: ['finding', productId ?? '', ruleId, artifactUri(f.file), (0,escape_md/* plainText */.wh)(f.message, 2000)],
        finding: f,
        ...(productId !== undefined ? { productId } : {}),
    };
}
function ruleDescriptors(rules, pending) {
    const byId = new Map();
    const given = rules.map((r) => ({ ...r, id: ruleIdOf(r.id) })).sort((a, b) => byCodeUnits(a.id, b.id));
    for (const r of given)
        if (!byId.has(r.id))
            byId.set(r.id, r);
    if (pending.some((p) => p.ruleId === UNRECORDED_CHANGE_RULE.id) && !byId.has(UNRECORDED_CHANGE_RULE.id)) {
        byId.set(UNRECORDED_CHANGE_RULE.id, UNRECORDED_CHANGE_RULE);
    }
    // A finding from a rule the caller did not describe (a load or schema problem) still needs a rule: it
    // is named after its id and takes the most severe level its findings have.
    const undescribed = new Map();
    for (const p of pending) {
        if (byId.has(p.ruleId))
            continue;
        const seen = undescribed.get(p.ruleId);
        if (seen === undefined || severityRank[p.severity] < severityRank[seen])
            undescribed.set(p.ruleId, p.severity);
    }
    for (const [id, severity] of undescribed)
        byId.set(id, { id, title: id, severity });
    return [...byId.values()].sort((a, b) => byCodeUnits(a.id, b.id)).map(descriptor);
}
function descriptor(r) {
    const title = (0,escape_md/* plainText */.wh)(r.title, 300) || r.id;
    const help = r.help ? (0,escape_md/* plainText */.wh)(r.help, 4000) : '';
    const sourcesText = (r.sources ?? []).map(sourceText);
    const helpText = [
        help || title,
        ...(sourcesText.length > 0 ? [`Sources: ${sourcesText.join('; ')}`] : []),
    ].join('\n\n');
    const helpMarkdown = [
        `**${(0,escape_md/* escapeMarkdown */.FV)(title)}**`,
        ...(help ? [(0,escape_md/* escapeMarkdown */.FV)(help, 4000)] : []),
        ...(r.sources && r.sources.length > 0
            ? [
                `Sources:\n\n${r.sources.map((s) => `- ${(0,escape_md/* markdownLink */.iQ)(s.clause ? `${s.title}, ${s.clause}` : s.title, s.url)}`).join('\n')}`,
            ]
            : []),
    ].join('\n\n');
    return {
        id: r.id,
        shortDescription: { text: title },
        fullDescription: { text: help || title },
        help: { text: helpText, markdown: helpMarkdown },
        defaultConfiguration: { level: levelOf[r.severity] },
        properties: { tags: tagsFor(r), precision: 'very-high', 'problem.severity': problemSeverity[r.severity] },
    };
}
function sourceText(s) {
    const title = (0,escape_md/* plainText */.wh)(s.clause ? `${s.title}, ${s.clause}` : s.title, 300);
    return s.url ? `${title} <${(0,escape_md/* plainText */.wh)(s.url, 500)}>` : title;
}
function tagsFor(r) {
    const family = r.id
        .split(/[-.]/)[0]
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');
    const tags = ['compliance', 'labelguard', ...(family ? [family] : [])];
    return [...new Set(tags)].slice(0, MAX_TAGS);
}
// Errors before warnings before notes; blocking and unsuppressed first within a level.
function comparePriority(a, b) {
    return (severityRank[a.severity] - severityRank[b.severity] ||
        Number(b.blocking) - Number(a.blocking) ||
        Number(a.suppressed) - Number(b.suppressed) ||
        comparePlace(a, b));
}
function comparePlace(a, b) {
    return (byCodeUnits(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        byCodeUnits(a.ruleId, b.ruleId) ||
        byCodeUnits(a.identity.join('\u0000'), b.identity.join('\u0000')));
}
/**
 * A fingerprint per result: a hash of what identifies it (never its line), and a counter that tells
 * identical results apart, as `<hash>:<n>` in the order results are written.
 */
function withFingerprints(results) {
    const seen = new Map();
    return results.map((p) => {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(p.identity.join('\u0000')).digest('hex').slice(0, 32);
        const n = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, n);
        return { p, fingerprint: `${hash}:${n}` };
    });
}
function toResult(p, ruleIndex, fingerprint) {
    const region = Number.isInteger(p.line) && p.line >= 1
        ? {
            startLine: p.line,
            ...(Number.isInteger(p.column) && p.column >= 1 ? { startColumn: p.column } : {}),
        }
        : undefined;
    const result = {
        ruleId: p.ruleId,
        ruleIndex,
        level: levelOf[p.severity],
        message: { text: p.message || p.ruleId },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: artifactUri(p.file), uriBaseId: '%SRCROOT%' },
                    ...(region ? { region } : {}),
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        properties: resultProperties(p),
    };
    const waiver = p.finding?.waived;
    if (waiver) {
        result.suppressions = [
            {
                kind: 'external',
                status: 'accepted',
                justification: (0,escape_md/* plainText */.wh)(`${waiver.justification} (waiver approved by ${waiver.approver}, expires ${waiver.expires})`, 1000),
            },
        ];
    }
    return result;
}
function resultProperties(p) {
    const props = { blocking: p.blocking };
    if (p.productId !== undefined)
        props.productId = (0,escape_md/* plainText */.wh)(p.productId, 200);
    if (p.change) {
        props.changeFingerprint = p.change.fingerprint;
        props.changeKind = (0,escape_md/* plainText */.wh)(p.change.kind, 200);
        props.changeSubject = (0,escape_md/* plainText */.wh)(p.change.subject, 300);
        props.classification = p.change.classification;
        props.classId = (0,escape_md/* plainText */.wh)(p.change.classId, 200);
    }
    return props;
}
/**
 * A repository-relative path as a relative URI reference: forward slashes, no leading `./` or `/`, and
 * each segment percent-encoded (a space, `#`, `?` or `%` in a file name would otherwise change its meaning).
 */
function artifactUri(file) {
    const segments = (0,escape_md/* wellFormed */.ES)(file)
        .replace(/\\/g, '/')
        .split('/')
        .filter((s) => s !== '' && s !== '.');
    return segments.map((s) => encodeURIComponent(s)).join('/');
}

;// CONCATENATED MODULE: ./src/report/text.ts

const text_stars = (n) => '★'.repeat(n);
// Every value below comes from the user's repository and may hold line breaks, ANSI escape sequences or
// other control characters: printed as they are, a model name could forge a "PASS" line, recolour or
// retitle the terminal, or start a `::workflow-command::` line in a CI log. Each value is shown on one
// line with those removed; nothing is cut short.
const one = (value) => (0,escape_md/* plainText */.wh)(String(value ?? ''), Number.MAX_SAFE_INTEGER);
/** A plain-text report for terminals and logs: one block per product, findings as file:line:column. */
function renderText(report) {
    const lines = [];
    for (const p of report.products) {
        const labels = p.labels.map((l) => `${one(l.scheme)} ${text_stars(l.stars)}`).join(', ');
        const status = p.filingStatus ? `, filing ${one(p.filingStatus)}` : '';
        lines.push(`${verdictWord(p.verdict)}  ${one(p.id)}${p.model ? ` (${one(p.model)})` : ''} — ${labels || 'no label target'}${status}`);
        for (const c of p.changes ?? []) {
            if (c.classification === 'none')
                continue;
            const fromTo = c.from !== undefined || c.to !== undefined ? `: ${one(c.from ?? '∅')} → ${one(c.to ?? '∅')}` : '';
            lines.push(`    change  ${c.classification}${c.recorded ? ' (recorded)' : ' (UNRECORDED)'}  ${one(c.kind)} ${one(c.subject)}${fromTo}`);
        }
        for (const f of p.findings)
            lines.push(...findingLines(f));
        for (const r of p.readiness ?? []) {
            const gaps = Object.entries(r.gaps)
                .map(([level, ids]) => `${text_stars(Number(level))} blocked by ${ids.map(one).join(', ')}`)
                .join('; ');
            lines.push(`    readiness ${one(r.scheme)}: target ${text_stars(r.target)}, meets ${r.met > 0 ? text_stars(r.met) : 'none'}${gaps ? ` — ${gaps}` : ''}`);
        }
        lines.push('');
    }
    for (const f of report.findings)
        lines.push(...findingLines(f));
    const s = report.summary;
    lines.push(`${s.products} product${s.products === 1 ? '' : 's'} checked: ${s.blocking} blocking, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.unrecorded} unrecorded material change${s.unrecorded === 1 ? '' : 's'} (as of ${one(report.now)}, fail-on ${one(report.policy.failOn)}${report.policy.warnOnly ? ', warn-only' : ''})`);
    // A value can still begin a line (a file path right after the indent): the runner trims a log line
    // before looking for `::`, so a line must never start with it.
    return `${lines.join('\n')}\n`.replace(/^(\s*):(?=:)/gm, '$1: ');
}
function verdictWord(v) {
    return v === 'fail' ? 'FAIL' : v === 'warn' ? 'WARN' : 'PASS';
}
function findingLines(f) {
    const tag = f.waived ? 'waived' : f.blocking ? `${f.severity}!` : f.severity;
    const out = [`    ${one(f.file)}:${f.line}:${f.column}: ${tag} ${one(f.ruleId)}: ${one(f.message)}`];
    if (f.waived)
        out.push(`        waived until ${one(f.waived.expires)} by ${one(f.waived.approver)}: ${one(f.waived.justification)}`);
    // One line too: a hint can quote data, and a hint line of its own could start with `::`.
    else if (f.hint)
        out.push(`        hint: ${one(f.hint)}`);
    return out;
}

;// CONCATENATED MODULE: ./src/cli/render-report.ts






const reportFormats = ['text', 'json', 'markdown', 'sarif'];
/** Every rule a SARIF log may cite: the packs' rules and labelguard's own finding kinds. */
function sarifRules(outcome) {
    return [
        ...coreRules,
        ...outcome.packs.packs.flatMap((p) => p.rules.map((r) => ({
            id: r.id,
            title: r.title,
            help: r.remediation,
            sources: r.sources,
            severity: r.severity,
        }))),
    ];
}
/** The report in one of the CLI's formats; markdown is exactly the pull-request comment body. */
function renderReport(outcome, format) {
    switch (format) {
        case 'text':
            return renderText(outcome.report);
        case 'json':
            return renderJson(outcome.report);
        case 'markdown':
            return `${renderMarkdown(outcome.report, { mode: 'comment', maxChars: GITHUB_LIMITS.comment })}\n`;
        case 'sarif':
            return `${JSON.stringify(renderSarif(outcome.report, sarifRules(outcome)), null, 2)}\n`;
    }
}


/***/ }),

/***/ 96867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ exitCodeFor)
/* harmony export */ });
/** Exit status the report warrants: 1 when anything blocks. */
function exitCodeFor(report) {
    return report.summary.blocking > 0 ? 1 : 0;
}


/***/ })

};
