export const id = 418;
export const ids = [418];
export const modules = {

/***/ 40837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ indentEntries),
/* harmony export */   TI: () => (/* binding */ pendingEntriesYaml),
/* harmony export */   Z7: () => (/* binding */ changeLogEntry),
/* harmony export */   uJ: () => (/* binding */ changeLogYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

/** The entry recording the given change sets: every unrecorded fingerprint, in report order. */
function changeLogEntry(id, sets, summary) {
    const material = sets.some((s) => s.pending === 'material');
    return {
        id,
        summary: summary ?? sets.map((s) => s.title).join('; '),
        fingerprints: sets.flatMap((s) => s.unrecorded),
        classification: material ? 'material' : 'record',
        status: material ? 'refiling-required' : 'recorded',
    };
}
/**
 * A change-log entry as YAML (a list item at column 0), one field per line, each
 * fingerprint commented with the difference it stands for (the comment is for the reader; labelguard
 * reads only the fingerprint).
 */
function changeLogYaml(entry, members = []) {
    const byFingerprint = new Map(members.map((m) => [m.fingerprint, m]));
    const scalar = (v) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(v, { lineWidth: 0 }).trimEnd();
    const lines = [
        `- id: ${scalar(entry.id)}`,
        `  summary: ${scalar(entry.summary)}`,
        '  fingerprints:',
        ...entry.fingerprints.map((f) => {
            const m = byFingerprint.get(f);
            // A comment is one line: drop line breaks a value might hold.
            const note = m ? ` # ${m.kind} ${m.subject}`.replace(/[\r\n]+/g, ' ') : '';
            return `    - ${f}${note}`;
        }),
        `  classification: ${entry.classification}`,
        `  status: ${entry.status}`,
    ];
    return lines.join('\n');
}
/**
 * One change-log entry per change set with unrecorded members, in report order, as one YAML block to
 * paste under `changes:` (ids continue the log's numbering, so they come out in order).
 */
function pendingEntriesYaml(sets, changes) {
    return indentEntries(sets
        .filter((s) => s.pending !== 'none')
        .map((s) => changeLogYaml(changeLogEntry(s.suggestedId ?? 'CHG-NEW', [s]), changes))
        .join('\n'));
}
/** Entries indented as items of `changes:` usually are in filing.yaml (two spaces), so they paste in place. */
function indentEntries(yaml) {
    return yaml
        .split('\n')
        .map((l) => (l === '' ? l : `  ${l}`))
        .join('\n');
}


/***/ }),

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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(68922);
/* harmony import */ var _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36762);
/* harmony import */ var _core_shard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99499);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96867);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4479);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91875);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83802);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21121);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78623);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_render_report_js__WEBPACK_IMPORTED_MODULE_0__, _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_5__, _load_repository_js__WEBPACK_IMPORTED_MODULE_9__]);
([_render_report_js__WEBPACK_IMPORTED_MODULE_0__, _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_5__, _load_repository_js__WEBPACK_IMPORTED_MODULE_9__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











const checkHelp = `Usage: labelguard check [--repo DIR] [--format FORMAT] [--output FILE] [--now YYYY-MM-DD]
                       [--config FILE] [--fail-on LEVEL] [--warn-only] [--base REF [--head REF]]
                       [--policy-from base|head] [--shard I/N] [--product ID]... [--verbose]

Judge every product of a compliance repository: data files against the schemas, rule packs for each
label target, and every change since the registered baseline (recorded or not).

Options:
  --repo DIR         the compliance repository (default: current directory)
  --format FORMAT    ${_render_report_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFormats */ .z.join(', ')} (default text); markdown is the
                     pull-request comment, codeclimate the GitLab code-quality report
  --output FILE      write the report to FILE instead of standard output
  --now DATE         judge dates as of DATE (default: today)
  --config FILE      configuration file inside the repository (default: .labelguard.yml)
  --fail-on LEVEL    ${_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .failOnLevels */ .R.join(' | ')} (default: from config, else error)
  --warn-only        report everything, never fail
  --base REF         judge a change: read --head (default HEAD) straight from git, and judge only the
                     products changed since the merge base with REF. Changes are always judged against
                     each product's registered baseline in filing.yaml.
  --head REF         the revision to judge (with --base)
  --policy-from FROM base or head (with --base; default base): judge the change with the policy
                     (.labelguard.yml with its waivers and overrides, repository rule packs) of the
                     base, as a pull request is judged, or of the head, to try a policy change
  --shard I/N        judge only part I of N of the products (split by product folder), for job matrices
  --product ID       judge only this product (repeatable)
  --verbose          text format: list every member of every change set, and changes needing no record

Exit codes: 0 nothing blocking; 1 blocking findings; 2 could not run as asked.
`;
const validateHelp = `Usage: labelguard validate [--repo DIR] [--config FILE]

Parse and validate every product.yaml, filing.yaml and .labelguard.yml against labelguard's schemas,
and check that every referenced file exists inside the repository.

Exit codes: 0 valid; 1 invalid product data; 2 could not run as asked.
`;
/** `labelguard check`. */
async function runCheckCommand(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('check', args, {
        repo: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        now: { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string' },
        'warn-only': { type: 'boolean' },
        verbose: { type: 'boolean' },
        base: { type: 'string' },
        head: { type: 'string' },
        'policy-from': { type: 'string' },
        shard: { type: 'string' },
        product: { type: 'string', multiple: true },
    });
    if (values.help)
        return help(io, checkHelp);
    if (values.head && !values.base)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('--head needs --base (the revision the change starts from)');
    const policyFrom = values['policy-from'];
    if (policyFrom !== undefined && policyFrom !== 'base' && policyFrom !== 'head')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--policy-from must be base or head, got '${policyFrom}'`);
    if (policyFrom && !values.base)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('--policy-from needs --base (the change it judges)');
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFormat */ .Xc)(values.format, _render_report_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFormats */ .z, 'text');
    const now = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNow */ .A7)(values.now, io.today);
    const failOn = values['fail-on'];
    if (failOn !== undefined && !_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .failOnLevels */ .R.includes(failOn)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--fail-on must be one of ${_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .failOnLevels */ .R.join(', ')}, got '${failOn}'`);
    }
    const dir = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_4__/* .repoDir */ .w)(io.cwd, values.repo);
    const outcome = await (0,_pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_5__/* .runCheck */ .k)({
        dir,
        ...(values.base ? { base: values.base } : {}),
        ...(values.head ? { head: values.head } : {}),
        ...(values.base ? { policyFrom: policyFrom ?? 'base' } : {}),
        ...(values.config ? { configPath: values.config } : {}),
        now,
        overrides: {
            ...(failOn ? { failOn: failOn } : {}),
            ...(values['warn-only'] ? { warnOnly: true } : {}),
        },
        ...(values.shard ? { shard: (0,_core_shard_js__WEBPACK_IMPORTED_MODULE_6__/* .parseShard */ .u)(values.shard) } : {}),
        ...(values.product ? { productIds: values.product } : {}),
        ...(values.base
            ? {
                approvals: {
                    reviews: { unavailable: 'the CLI does not read pull-request reviews (the action does)' },
                },
            }
            : {}),
    });
    (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .emit */ .I)(io, values.output, (0,_render_report_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReport */ .B)(outcome, format, { verbose: values.verbose === true }));
    return (0,_report_model_js__WEBPACK_IMPORTED_MODULE_8__/* .exitCodeFor */ .R)(outcome.report);
}
/** `labelguard validate`: loading problems only. */
async function runValidate(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('validate', args, {
        repo: { type: 'string' },
        config: { type: 'string' },
    });
    if (values.help)
        return help(io, validateHelp);
    const dir = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_4__/* .repoDir */ .w)(io.cwd, values.repo);
    const repo = await (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_9__/* .loadRepository */ .rV)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_10__/* .WorkingTreeSource */ .T(dir), {
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

/***/ 78623:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderReport),
/* harmony export */   z: () => (/* binding */ reportFormats)
/* harmony export */ });
/* harmony import */ var _report_codeclimate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34114);
/* harmony import */ var _report_core_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30213);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32794);
/* harmony import */ var _markdown_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55337);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87478);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10643);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65655);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_report_text_js__WEBPACK_IMPORTED_MODULE_0__]);
_report_text_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];







const reportFormats = ['text', 'json', 'markdown', 'sarif', 'codeclimate'];
/**
 * The report in one of the CLI's formats; markdown is exactly the pull-request comment body. JSON comes in
 * pieces (the report of a large audit is written as it is serialised, never held as one string).
 */
function renderReport(outcome, format, opts = {}) {
    switch (format) {
        case 'text':
            return (0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .renderText */ .S)(outcome.report, opts);
        case 'json':
            return (0,_report_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonReportChunks */ .x)(outcome.report);
        case 'markdown':
            return `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(outcome.report, { mode: 'comment', maxChars: _markdown_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_LIMITS */ .f.comment })}\n`;
        case 'sarif':
            return `${JSON.stringify((0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSarif */ .WH)(outcome.report, (0,_report_core_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .sarifRules */ .V)(outcome.packs.packs)), null, 2)}\n`;
        case 'codeclimate':
            return (0,_report_codeclimate_js__WEBPACK_IMPORTED_MODULE_6__/* .renderCodeClimate */ .N)(outcome.report);
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 34114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ renderCodeClimate)
/* harmony export */ });
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10643);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15330);


// A blocking finding fails the pipeline: GitLab's highest severity. Waived findings stay visible as info.
const severityOf = { error: 'major', warning: 'minor', info: 'info' };
function severity(p) {
    if (p.suppressed)
        return 'info';
    return p.blocking ? 'blocker' : severityOf[p.severity];
}
/** The report as a GitLab code-quality report: a JSON array, in order of place, no byte order mark. */
function renderCodeClimate(report) {
    const issues = (0,_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .withFingerprints */ .QN)((0,_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .collectResults */ .n1)(report).sort(_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .comparePlace */ .f8)).map(({ p, fingerprint }) => {
        const hint = p.finding?.hint ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(p.finding.hint, 2000) : '';
        return {
            type: 'issue',
            check_name: p.ruleId,
            description: p.productId ? `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(p.productId, 200)}: ${p.message}` : p.message,
            ...(hint ? { content: { body: hint } } : {}),
            categories: ['Security'],
            severity: severity(p),
            fingerprint,
            location: {
                path: p.file.replace(/\\/g, '/').replace(/^(\.\/)+/, ''),
                lines: { begin: Number.isInteger(p.line) && p.line >= 1 ? p.line : 1 },
            },
        };
    });
    return `${JSON.stringify(issues, null, 2)}\n`;
}


/***/ }),

/***/ 30213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ sarifRules)
/* harmony export */ });
/* unused harmony export coreRules */
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
        'data.not-a-file',
        'Not a regular file',
        'A FIFO, socket or device where a file is expected is refused before it is opened (a FIFO would block the run).',
    ],
    [
        'data.too-many-nodes',
        'YAML file too large in values',
        'A YAML file has more than 20,000 values or 40,000 tokens; it is refused before it is parsed, which keeps memory bounded.',
    ],
    [
        'data.hash-mismatch',
        'Evidence file changed',
        'An evidence file no longer has the SHA-256 recorded in product.yaml.',
    ],
    [
        'sbom.subject-mismatch',
        'SBOM describes another release',
        "The SBOM's subject (metadata.component) is another firmware version than product.yaml's, or another model.",
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
        'report.findings-capped',
        'More findings than a report shows',
        'A product shows at most 1,000 findings, blocking ones first; this one counts and names the rest. The verdict and counts include them.',
    ],
    [
        'check.product-failed',
        'Product could not be judged',
        'A step of the check failed on this product; the product fails and every other product is still judged.',
    ],
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
    [
        'change.entry-classification',
        'Change log understates a change',
        'A change-log entry records a change below the class the rule pack (and trusted overrides) assign.',
    ],
    [
        'change.material-not-refiled',
        'Material change not refiled',
        "A material change is recorded with status 'recorded' while the filing is still granted.",
    ],
    ['policy.refiling-pending', 'Refiling pending', 'Recorded changes still wait for a new filing.'],
    [
        'policy.waiver-expired',
        'Waiver expired',
        'The waiver no longer applies; renew it with an approver or fix the finding.',
    ],
    [
        'policy.approval-missing',
        'Approval missing',
        'A waiver or classification override added by the pull request lacks the approval of a configured approver at its head commit.',
    ],
    [
        'policy.approver-not-allowed',
        'Approver not allowed',
        'A waiver or classification override names an approver who is not in approvals.approvers.',
    ],
    [
        'policy.approval-unverified',
        'Approval not verified',
        'The approval of a new waiver or override could not be checked against the pull request reviews.',
    ],
    [
        'policy.override-expired',
        'Classification override expired',
        'The override no longer applies; renew it with an approver or record the change as the pack classifies it.',
    ],
];
/** SARIF rule descriptions of labelguard's own finding kinds. */
const coreRules = core.map(([id, title, help]) => ({
    id,
    title,
    help,
    severity: id === 'change.unrecorded-record' ||
        id.startsWith('change.stale') ||
        id === 'policy.waiver-expired' ||
        id === 'policy.override-expired' ||
        id === 'policy.approval-unverified'
        ? 'warning'
        : 'error',
}));
/** Every rule a SARIF log may cite: labelguard's own finding kinds and the rules of the packs loaded. */
function sarifRules(packs) {
    return [
        ...coreRules,
        ...packs.flatMap((p) => p.rules.map((r) => ({
            id: r.id,
            title: r.title,
            help: r.remediation,
            sources: r.sources,
            severity: r.severity,
        }))),
    ];
}


/***/ }),

/***/ 32794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ jsonReportChunks)
/* harmony export */ });
/* unused harmony export renderJson */
/** How much text {@link jsonReportChunks} gathers before it hands a piece to the writer. */
const CHUNK_CHARS = 64 * 1024;
/** The JSON report: stable key order, two-space indent, trailing newline. */
function renderJson(report) {
    return [...jsonReportChunks(report)].join('');
}
/**
 * The JSON report in pieces of about 64 KiB, one product after another: joined, byte for byte
 * `JSON.stringify(report, null, 2)` and a newline. A writer streams them, so an audit of thousands of
 * products never holds its whole report as one string (nor the parts JSON.stringify builds it from).
 */
function* jsonReportChunks(report) {
    let pending = '';
    for (const piece of pieces(report)) {
        pending += piece;
        if (pending.length >= CHUNK_CHARS) {
            yield pending;
            pending = '';
        }
    }
    if (pending !== '')
        yield pending;
}
/**
 * The report's top-level members as JSON.stringify writes them, each array item (a product, a finding)
 * on its own. Nested text only needs its lines indented: a JSON string holds no raw line break.
 */
function* pieces(report) {
    // JSON.stringify leaves out members whose value is undefined; the report holds nothing else it drops.
    const members = Object.entries(report).filter(([, value]) => value !== undefined);
    if (members.length === 0) {
        yield '{}\n';
        return;
    }
    let first = true;
    for (const [key, value] of members) {
        yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
        first = false;
        if (!Array.isArray(value) || value.length === 0) {
            yield indent(JSON.stringify(value, null, 2), '  ');
            continue;
        }
        let firstItem = true;
        for (const item of value) {
            // An undefined item is null in an array, as JSON.stringify writes it.
            yield `${firstItem ? '[' : ','}\n    ${indent(JSON.stringify(item ?? null, null, 2), '    ')}`;
            firstItem = false;
        }
        yield '\n  ]';
    }
    yield '\n}\n';
}
function indent(json, by) {
    return json.replaceAll('\n', `\n${by}`);
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
const modelAndSchemaAgree = [true, true, true, true, true, true, true];
void modelAndSchemaAgree;


/***/ }),

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ withFingerprints),
/* harmony export */   WH: () => (/* binding */ renderSarif),
/* harmony export */   f8: () => (/* binding */ comparePlace),
/* harmony export */   n1: () => (/* binding */ collectResults)
/* harmony export */ });
/* unused harmony exports UNRECORDED_CHANGE_RULE, MAX_SARIF_RESULTS, artifactUri */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95278);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15330);
/* harmony import */ var _ordering_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72472);




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
/** One result per finding of the report, products first. */
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
    return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(id, 200) || 'labelguard.unnamed-rule';
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
        message: (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.message, 2000),
        // The message carries the data the rule judged (values, component names): it tells two findings of
        // one rule in one file apart, and does not move when lines are added above.
        identity: ['finding', productId ?? '', ruleId, artifactUri(f.file), (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.message, 2000)],
        finding: f,
        ...(productId !== undefined ? { productId } : {}),
    };
}
function ruleDescriptors(rules, pending) {
    const byId = new Map();
    const given = rules.map((r) => ({ ...r, id: ruleIdOf(r.id) })).sort((a, b) => (0,_ordering_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)(a.id, b.id));
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
    return [...byId.values()].sort((a, b) => (0,_ordering_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)(a.id, b.id)).map(descriptor);
}
function descriptor(r) {
    const title = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(r.title, 300) || r.id;
    const help = r.help ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(r.help, 4000) : '';
    const sourcesText = (r.sources ?? []).map(sourceText);
    const helpText = [
        help || title,
        ...(sourcesText.length > 0 ? [`Sources: ${sourcesText.join('; ')}`] : []),
    ].join('\n\n');
    const helpMarkdown = [
        `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(title)}**`,
        ...(help ? [(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(help, 4000)] : []),
        ...(r.sources && r.sources.length > 0
            ? [`Sources:\n\n${r.sources.map((s) => `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)((0,_core_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceLabel */ .en)(s), s.url)}`).join('\n')}`]
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
    const title = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)((0,_core_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceLabel */ .en)(s), 300);
    return s.url ? `${title} <${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(s.url, 500)}>` : title;
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
    return ((0,_ordering_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        (0,_ordering_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)(a.ruleId, b.ruleId) ||
        (0,_ordering_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)(a.identity.join('\u0000'), b.identity.join('\u0000')));
}
/**
 * A fingerprint per result: a hash of what identifies it (never its line), and a counter that tells
 * identical results apart, as `<hash>:<n>` in the order results are written.
 */
function withFingerprints(results) {
    const seen = new Map();
    return results.map((p) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(p.identity.join('\u0000')).digest('hex').slice(0, 32);
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
                justification: (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(`${waiver.justification} (waiver approved by ${waiver.approver}, expires ${waiver.expires})`, 1000),
            },
        ];
    }
    return result;
}
function resultProperties(p) {
    const props = { blocking: p.blocking };
    if (p.productId !== undefined)
        props.productId = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(p.productId, 200);
    if (p.change) {
        props.changeFingerprint = p.change.fingerprint;
        props.changeKind = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(p.change.kind, 200);
        props.changeSubject = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(p.change.subject, 300);
        props.classification = p.change.classification;
        props.classId = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(p.change.classId, 200);
    }
    return props;
}
/**
 * A repository-relative path as a relative URI reference: forward slashes, no leading `./` or `/`, and
 * each segment percent-encoded (a space, `#`, `?` or `%` in a file name would otherwise change its meaning).
 */
function artifactUri(file) {
    const segments = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .wellFormed */ .ES)(file)
        .replace(/\\/g, '/')
        .split('/')
        .filter((s) => s !== '' && s !== '.');
    return segments.map((s) => encodeURIComponent(s)).join('/');
}


/***/ }),

/***/ 65655:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40837);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16547);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15330);
/* harmony import */ var _ordering_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72472);
/* harmony import */ var _policy_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93307);





const stars = (n) => '★'.repeat(n);
// Every value below comes from the user's repository and may hold line breaks, ANSI escape sequences or
// other control characters: printed as they are, a model name could forge a "PASS" line, recolour or
// retitle the terminal, or start a `::workflow-command::` line in a CI log. Each value is shown on one
// line with those removed; nothing is cut short.
const one = (value) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(String(value ?? ''), Number.MAX_SAFE_INTEGER);
/** A plain-text report for terminals and logs: one block per product, findings as file:line:column. */
function renderText(report, opts = {}) {
    const lines = [...(0,_policy_change_js__WEBPACK_IMPORTED_MODULE_1__/* .policyChangeText */ .g)(report)];
    for (const p of report.products) {
        const labels = p.labels.map((l) => `${one(l.scheme)} ${stars(l.stars)}`).join(', ');
        const status = p.filingStatus ? `, filing ${one(p.filingStatus)}` : '';
        lines.push(`${verdictWord(p.verdict)}  ${one(p.id)}${p.model ? ` (${one(p.model)})` : ''} — ${labels || 'no label target'}${status}`);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .append */ .BC)(lines, changeLines(p, opts.verbose === true));
        // Unrecorded changes are the change lines above and the entries below; the rest are findings.
        for (const f of p.findings)
            if (!(0,_ordering_js__WEBPACK_IMPORTED_MODULE_3__/* .shownAsChange */ .SX)(f))
                (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .append */ .BC)(lines, findingLines(f));
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .append */ .BC)(lines, entryLines(p));
        for (const r of p.readiness ?? []) {
            const gaps = Object.entries(r.gaps)
                .map(([level, ids]) => `${stars(Number(level))} blocked by ${ids.map(one).join(', ')}`)
                .join('; ');
            lines.push(`    readiness ${one(r.scheme)}: target ${stars(r.target)}, meets ${r.met > 0 ? stars(r.met) : 'none'}${gaps ? ` — ${gaps}` : ''}`);
        }
        lines.push('');
    }
    for (const f of report.findings)
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .append */ .BC)(lines, findingLines(f));
    const s = report.summary;
    lines.push(`${s.products} product${s.products === 1 ? '' : 's'} checked: ${s.blocking} blocking, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.unrecorded} unrecorded material change${s.unrecorded === 1 ? '' : 's'} (as of ${one(report.now)}, fail-on ${one(report.policy.failOn)}${report.policy.warnOnly ? ', warn-only' : ''})`);
    // A value can still begin a line (a file path right after the indent): the runner trims a log line
    // before looking for `::`, so a line must never start with it.
    return `${lines.join('\n')}\n`.replace(/^(\s*):(?=:)/gm, '$1: ');
}
/** One line per change set (unrecorded material first); with `verbose`, each member below it. */
function changeLines(p, verbose) {
    const byFingerprint = new Map((p.changes ?? []).map((c) => [c.fingerprint, c]));
    const out = [];
    for (const set of (0,_ordering_js__WEBPACK_IMPORTED_MODULE_3__/* .shownSets */ .rg)(p)) {
        const state = set.pending === 'none'
            ? ` (recorded${set.changeLogId ? ` ${one(set.changeLogId)}` : ''})`
            : set.unrecorded.length < set.fingerprints.length
                ? ` (partly recorded${set.changeLogId ? ` ${one(set.changeLogId)}` : ''}; ${set.unrecorded.length} ${set.pending}-class difference${set.unrecorded.length === 1 ? '' : 's'} UNRECORDED)`
                : ' (UNRECORDED)';
        const size = set.fingerprints.length > 1 ? ` (${set.fingerprints.length} differences)` : '';
        out.push(`    change  ${set.classification}${state}  ${one(set.title)}${size} [${one(set.classId)}]`);
        if (verbose)
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .append */ .BC)(out, memberLines(set, byFingerprint));
    }
    const none = (0,_ordering_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSetsOf */ .d8)(p).filter((s) => s.classification === 'none');
    if (verbose)
        for (const set of none)
            out.push(`    change  none  ${one(set.title)}`);
    else if (none.length > 0)
        out.push(`    (${none.length} more change${none.length === 1 ? '' : 's'} need no record; --verbose lists them)`);
    return out;
}
function memberLines(set, byFingerprint) {
    return set.fingerprints.map((f) => {
        const c = byFingerprint.get(f);
        if (!c)
            return `        member  ${one(f)}`;
        const fromTo = c.from !== undefined || c.to !== undefined ? `: ${one(c.from ?? '∅')} → ${one(c.to ?? '∅')}` : '';
        return `        member  ${c.classification}${c.recorded ? ' (recorded)' : ''}  ${one(c.kind)} ${one(c.subject)}${fromTo}  ${one(f)}`;
    });
}
/**
 * The change-log entries that record what is unrecorded, as YAML to paste under `changes:` as is: each
 * line is indented by four spaces in the report, and every value was cleaned like the rest of the report.
 */
function entryLines(p) {
    const sets = (0,_ordering_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSetsOf */ .d8)(p).map((s) => ({
        ...s,
        title: one(s.title),
        unrecorded: s.unrecorded.map(one),
        ...(s.suggestedId !== undefined ? { suggestedId: one(s.suggestedId) } : {}),
    }));
    const yaml = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .pendingEntriesYaml */ .TI)(sets, (p.changes ?? []).map(cleanChange));
    if (yaml === '')
        return [];
    const filing = (0,_ordering_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPath */ .qN)(p.path, _ordering_js__WEBPACK_IMPORTED_MODULE_3__/* .FILING_FILE */ .dB);
    const dir = (0,_ordering_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPath */ .qN)(p.path, '').replace(/\/$/, '') || '.';
    return [
        `    record: run \`labelguard record ${one(dir)}\`, or paste under \`changes:\` in ${one(filing)}:`,
        '',
        // Two spaces, as under `changes:` in filing.yaml: the block pastes in place.
        ...yaml.split('\n'),
        '',
    ];
}
function cleanChange(c) {
    return { ...c, fingerprint: one(c.fingerprint), kind: one(c.kind), subject: one(c.subject) };
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

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 16335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ securitySchema),
/* harmony export */   KC: () => (/* binding */ schemaParts),
/* harmony export */   Qp: () => (/* binding */ stakeholderRoles),
/* harmony export */   qv: () => (/* binding */ hardwareSchema),
/* harmony export */   xT: () => (/* binding */ firmwareSchema)
/* harmony export */ });
// Sub-schemas shared by product.yaml and filing.yaml. The filing's registered baseline snapshots the
// same shapes the manifest declares, so both must use one definition.
const date = { type: 'string', format: 'date', description: 'A calendar date, YYYY-MM-DD.' };
const sha256 = {
    type: 'string',
    pattern: '^[0-9a-f]{64}$',
    description: 'Lower-case hex SHA-256 of the file.',
};
const nonEmpty = { type: 'string', minLength: 1 };
const schemaParts = { date, sha256, nonEmpty };
const stakeholderRoles = [
    'manufacturer',
    'legal-representative',
    'importer',
    'distributor',
    'manufacturing-partner',
    'agent',
    'test-lab',
    'compliance-lead',
];
const hardwareSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['revision'],
    properties: {
        revision: { ...nonEmpty, description: 'Current hardware revision as printed on the board.' },
        parts: {
            type: 'array',
            description: 'Security-relevant parts: SoC, secure element, flash holding secrets, radio, camera, microphone.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['part', 'mpn'],
                properties: {
                    part: { ...nonEmpty, description: 'What the part is on the board, e.g. "SoC".' },
                    role: {
                        enum: ['soc', 'secure-element', 'flash', 'radio', 'camera', 'microphone', 'other'],
                        description: 'Which security-relevant function the part serves; drives change classification.',
                    },
                    mpn: { ...nonEmpty, description: 'Manufacturer part number.' },
                    manufacturer: { type: 'string' },
                    security_relevant: { type: 'boolean', default: true },
                },
            },
        },
    },
};
const firmwareSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['version', 'image_sha256'],
    properties: {
        version: { ...nonEmpty, description: 'Firmware version shipped on the product.' },
        image_sha256: { ...sha256, description: 'SHA-256 of the released firmware image.' },
    },
};
const networkService = {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'port', 'protocol', 'auth_required', 'encrypted'],
    properties: {
        name: { ...nonEmpty, description: 'Service name, e.g. "rtsp", "onvif", "https".' },
        port: { type: 'integer', minimum: 1, maximum: 65535 },
        protocol: { enum: ['tcp', 'udp'] },
        exposure: { enum: ['lan', 'wan', 'cloud'], default: 'lan' },
        enabled_by_default: {
            type: 'boolean',
            default: true,
            description: 'Whether the service runs out of the box or only after the user turns it on (ETSI 5.6-1).',
        },
        auth_required: { type: 'boolean' },
        encrypted: { type: 'boolean' },
        component: { type: 'string', description: 'Name of the SBOM component that implements the service.' },
        justification: { type: 'string' },
    },
};
const securitySchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        authentication: {
            type: 'object',
            additionalProperties: false,
            properties: {
                default_credential_mode: { enum: ['unique_per_device', 'user_defined_at_setup', 'universal', 'none'] },
                unique_credential_mechanism: {
                    type: 'string',
                    description: 'How per-device credentials are generated (required when unique_per_device).',
                },
                password_policy: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        min_length: { type: 'integer', minimum: 0 },
                        min_character_classes: { type: 'integer', minimum: 0, maximum: 4 },
                    },
                },
                brute_force_protection: { type: 'boolean' },
                scheme: { type: 'string', description: 'Authentication scheme, e.g. "password+totp", "mutual-tls".' },
            },
        },
        vulnerability_disclosure: {
            type: 'object',
            additionalProperties: false,
            properties: {
                policy_url: { type: 'string', format: 'uri' },
                contact: { type: 'string' },
                psirt_contact: {
                    type: 'string',
                    description: 'Who receives and handles vulnerability reports (the product security incident response team).',
                },
                reporting_procedure: {
                    type: 'string',
                    description: "How a vulnerability is reported to MIIT's vulnerability-sharing platform and users are notified (URL or document).",
                },
                ack_days: { type: 'integer', minimum: 0 },
                status_update_days: { type: 'integer', minimum: 0 },
            },
        },
        updates: {
            type: 'object',
            additionalProperties: false,
            properties: {
                mechanism: { type: 'string', description: 'e.g. "ota-https", "app-push", "manual-usb".' },
                signed: { type: 'boolean' },
                signature_alg: { type: 'string', description: 'e.g. "ECDSA-P256-SHA256", "Ed25519", "SM2-SM3".' },
                auto_install_default: { type: 'boolean' },
                support_end: { ...date, description: 'Last day security updates are promised.' },
                security_update_sla_days: { type: 'integer', minimum: 0 },
            },
        },
        crypto: {
            type: 'object',
            additionalProperties: false,
            properties: {
                tls_versions: {
                    type: 'array',
                    description: 'Protocol versions the product accepts, e.g. [TLS1.2, TLS1.3].',
                    items: { enum: ['SSL3.0', 'TLS1.0', 'TLS1.1', 'TLS1.2', 'TLS1.3', 'DTLS1.0', 'DTLS1.2', 'DTLS1.3'] },
                },
                algorithms: { type: 'array', items: { type: 'string' } },
                library: { type: 'string', description: 'Name of the crypto/TLS library component in the SBOM.' },
            },
        },
        network_services: { type: 'array', items: networkService },
        debug_interfaces: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'state'],
                properties: {
                    name: { ...nonEmpty, description: 'e.g. "UART", "JTAG", "telnet", "adb".' },
                    state: { enum: ['disabled', 'authenticated', 'enabled'] },
                },
            },
        },
        secure_boot: {
            type: 'object',
            additionalProperties: false,
            properties: { enabled: { type: 'boolean' }, root_of_trust: { type: 'string' } },
        },
        storage: {
            type: 'object',
            additionalProperties: false,
            properties: { csp_protection: { type: 'string' }, hardcoded_secrets: { type: 'boolean' } },
        },
        logging: {
            type: 'object',
            additionalProperties: false,
            properties: {
                security_audit_log: { type: 'boolean' },
                retention_days: { type: 'integer', minimum: 0 },
            },
        },
        privacy: {
            type: 'object',
            additionalProperties: false,
            properties: {
                sensors: { type: 'array', items: { type: 'string' } },
                pi_notice_url: { type: 'string', format: 'uri' },
                user_data_erase: { type: 'boolean' },
            },
        },
        input_validation: {
            type: 'object',
            additionalProperties: false,
            properties: { attested: { type: 'boolean' }, test_reference: { type: 'string' } },
        },
    },
};


/***/ }),

/***/ 91875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ configSchema),
/* harmony export */   R: () => (/* binding */ failOnLevels)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16335);

const { date, nonEmpty } = _common_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaParts */ .KC;
const failOnLevels = ['unrecorded-material', 'error', 'warning', 'never'];
const policy = {
    type: 'object',
    additionalProperties: false,
    properties: {
        fail_on: {
            enum: failOnLevels,
            description: 'What fails the check: unrecorded material changes only; or also error findings; or also warnings; or nothing.',
        },
        warn_only: { type: 'boolean', description: 'Report everything, never fail.' },
        block_pending_refiling: {
            type: 'boolean',
            description: 'Also block a product whose refiling is recorded but not yet granted.',
        },
        sbom_schema: {
            enum: ['warning', 'error'],
            description: 'How CycloneDX schema problems in an SBOM count.',
        },
        policy_change: {
            enum: ['warning', 'error'],
            description: 'How a pull request that changes the policy (this file, repository rule packs) counts; read from the base. Default: error on pull_request_target, warning otherwise.',
        },
    },
};
/** JSON Schema of `.labelguard.yml` at the repository root (every key optional). */
const configSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://raw.githubusercontent.com/labelguard/labelguard/main/dist/schemas/config.schema.json',
    title: 'labelguard configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        products: {
            description: 'Glob(s) of product manifests, relative to the repository root.',
            anyOf: [nonEmpty, { type: 'array', minItems: 1, items: nonEmpty }],
        },
        packs: {
            type: 'array',
            items: nonEmpty,
            description: 'Rule packs: a built-in name (cn-ccl, etsi-en-303-645) or a ./path inside the repository.',
        },
        thresholds: {
            type: 'object',
            description: 'Overrides of rule-pack thresholds by name (see `labelguard rules`).',
            additionalProperties: {
                anyOf: [{ type: ['number', 'string', 'boolean'] }, { type: 'array', items: { type: 'string' } }],
            },
        },
        policy: {
            ...policy,
            properties: {
                ...policy.properties,
                branches: {
                    type: 'array',
                    description: 'Stricter policy for pull requests whose base branch matches a glob (first match wins).',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['pattern'],
                        properties: { pattern: nonEmpty, ...policy.properties },
                    },
                },
            },
        },
        waivers: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['rule', 'product', 'justification', 'approver', 'expires'],
                properties: {
                    rule: nonEmpty,
                    product: nonEmpty,
                    justification: nonEmpty,
                    approver: nonEmpty,
                    expires: date,
                },
            },
        },
        sbom_noise: {
            type: 'object',
            additionalProperties: false,
            description: "SBOM properties that describe the build, not the product, left out of every comparison: added to or removed from the rule pack's sbom-noise.yaml.",
            properties: {
                ignore_properties: { type: 'array', items: nonEmpty, description: 'Also ignore these property names (`*` wildcard).' },
                keep_properties: { type: 'array', items: nonEmpty, description: "Compare these after all, though the pack's list ignores them." },
            },
        },
        classification: {
            type: 'array',
            description: 'Per-product overrides of change classification.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['change', 'classification', 'justification'],
                properties: {
                    product: { type: 'string', description: 'Product id; all products when absent.' },
                    change: { ...nonEmpty, description: 'Change-classification id from the rule pack, e.g. fw-security-patch.' },
                    classification: { enum: ['material', 'record', 'none'] },
                    justification: nonEmpty,
                    fingerprints: {
                        type: 'array',
                        minItems: 1,
                        items: nonEmpty,
                        description: 'Only these changes (fingerprints as labelguard reports them); every change of the entry when absent.',
                    },
                    approver: {
                        ...nonEmpty,
                        description: 'Who approved the override: a GitHub login or org/team (checked when `approvals` is set).',
                    },
                    expires: { ...date, description: 'Last day the override applies; it stops applying after it.' },
                },
            },
        },
        approvals: {
            type: 'object',
            additionalProperties: false,
            description: 'Who may approve waivers and classification overrides; the approver named on one a pull request adds must have approved that pull request.',
            properties: {
                approvers: {
                    type: 'array',
                    items: { type: 'string', pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$' },
                    description: 'GitHub logins (alice) and teams (org/team) that may approve.',
                },
            },
        },
        refiling: {
            type: 'object',
            additionalProperties: false,
            properties: {
                enabled: { type: 'boolean', description: 'Open refiling pull requests (default true).' },
                on_pull_request: {
                    type: 'boolean',
                    description: 'Also open a refiling pull request stacked on the pull request branch.',
                },
                branch_prefix: { type: 'string', default: 'labelguard/refile' },
                labels: { type: 'array', items: nonEmpty },
                reviewers: { type: 'array', items: nonEmpty },
                team_reviewers: { type: 'array', items: nonEmpty },
                assignees: { type: 'array', items: nonEmpty },
                draft: { type: 'boolean' },
                max_open: { type: 'integer', minimum: 1 },
            },
        },
        dashboard: {
            type: 'object',
            additionalProperties: false,
            properties: {
                enabled: { type: 'boolean' },
                title: { type: 'string' },
                labels: { type: 'array', items: nonEmpty },
            },
        },
    },
};


/***/ })

};
