export const id = 583;
export const ids = [583,334];
export const modules = {

/***/ 58209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ baselineOf),
/* harmony export */   U: () => (/* binding */ writeBaseline)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _changes_registered_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94993);
// The registered baseline written into filing.yaml (pure: text in, text out). The baseline is the reference
// every later change is judged against: what the filing agency was told when the filing was submitted or granted.


/** The baseline of a product as it is now, for the filing's scheme. */
function baselineOf(product, filing, filingId, sbom) {
    const label = filing.label ?? {};
    const stars = product.labels[(0,_changes_registered_js__WEBPACK_IMPORTED_MODULE_1__/* .labelIndex */ .v)(product, filing.scheme)]?.stars ?? label.stars;
    const lab = label.lab ?? product.evidence?.test_report?.lab;
    return {
        filing_id: filingId,
        model: product.model,
        producer: product.manufacturer.name,
        ...(lab !== undefined && { lab }),
        ...(label.standard !== undefined && { standard: label.standard }),
        ...(stars !== undefined && { stars }),
        hardware: product.hardware,
        firmware: product.firmware,
        ...(product.security !== undefined && { security: product.security }),
        sbom,
    };
}
const SBOM_NOTE = ' digest: SHA-256 of the file above, which is labelguard’s normalised form (sorted CycloneDX 1.6 JSON) of\n' +
    ' the product’s SBOM at registration; change detection refuses a registered SBOM that no longer matches it.';
/**
 * filing.yaml with `baseline` set (replacing any previous one) and, when asked, the status changed, through
 * the YAML Document API so that every comment and every other key stays as the author wrote it.
 */
function writeBaseline(filingText, edit) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(filingText);
    if (doc.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents))
        throw new Error('filing.yaml is not a YAML mapping; fix it before registering a baseline');
    const root = doc.contents;
    const keyOf = (p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? p.key.value : p.key);
    if (edit.status !== undefined && doc.get('status') !== edit.status) {
        setScalar(root, 'status', edit.status);
        const since = root.get('status_since', true);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(since)) {
            // The scalar itself changes, so a comment beside it stays.
            since.value = edit.now;
            since.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE;
        }
        else {
            const at = root.items.findIndex((p) => keyOf(p) === 'status');
            root.items.splice(at + 1, 0, doc.createPair('status_since', quoted(edit.now)));
        }
    }
    const node = doc.createNode(edit.baseline);
    quoteDates(node);
    node.commentBefore =
        ' The registered baseline (labelguard baseline): the state the filing agency was told about. Every change\n' +
            ' is judged against it; only a new filing or a granted refiling replaces it.';
    const sbom = node.get('sbom', true);
    const digest = sbom?.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === 'digest');
    if (digest && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(digest.key))
        digest.key.commentBefore = SBOM_NOTE;
    if (root.has('baseline'))
        root.set('baseline', node);
    else {
        // Before the change log, which reads as what happened since the baseline.
        const at = root.items.findIndex((p) => keyOf(p) === 'changes');
        const pair = doc.createPair('baseline', node);
        root.items.splice(at < 0 ? root.items.length : at, 0, pair);
        // A blank line around it, as between the other sections of the file.
        pair.key.spaceBefore = true;
        const next = root.items[at + 1]?.key;
        if (at >= 0 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(next))
            next.spaceBefore = true;
    }
    return doc.toString({ lineWidth: 0 });
}
/** Set a key's value, changing the scalar in place when there is one so that its comment stays. */
function setScalar(map, key, value) {
    const node = map.get(key, true);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        node.value = value;
    else
        map.set(key, value);
}
function quoted(text) {
    const s = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(text);
    s.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE;
    return s;
}
/** Quote every YYYY-MM-DD scalar, so that a YAML 1.1 reader does not turn it into a timestamp. */
function quoteDates(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        if (typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node.value))
            node.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE;
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        for (const pair of node.items)
            quoteDates(pair.value);
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        for (const item of node.items)
            quoteDates(item);
}


/***/ }),

/***/ 41583:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineHelp: () => (/* binding */ baselineHelp),
/* harmony export */   runBaseline: () => (/* binding */ runBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32229);
/* harmony import */ var _load_sbom_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15334);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63273);
/* harmony import */ var _baseline_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58209);
/* harmony import */ var _product_arg_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10548);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_sbom_file_js__WEBPACK_IMPORTED_MODULE_3__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__, _product_arg_js__WEBPACK_IMPORTED_MODULE_6__]);
([_load_sbom_file_js__WEBPACK_IMPORTED_MODULE_3__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__, _product_arg_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);







const baselineHelp = `Usage: labelguard baseline <product-dir> [--repo DIR] [--status STATUS] [--filing-id ID]
                           [--now DATE] [--replace]

Register the product as it is now in its filing.yaml, at the moment the filing is submitted (or granted):
hardware, firmware, security claims, the label items (model, producer, stars, lab, standard) and the
SBOM, saved in labelguard's normalised form under filings/<filing-id>/sbom.cdx.json with its digest.
Every later change is judged against this baseline. Comments and the other keys of filing.yaml are kept.
See docs/filing-lifecycle.md for what each step of the filing needs.

Options:
  <product-dir>    the product's folder (holding product.yaml and filing.yaml)
  --repo DIR       the compliance repository (default: the nearest folder above the product holding
                   .labelguard.yml or .git, else the current directory)
  --status STATUS  the filing status to set: submitted or granted (default: submitted when the filing
                   is not-filed, else unchanged)
  --filing-id ID   the evidence folder under filings/ (default: --now); the same id as
                   'labelguard evidence' writes, whose sbom.cdx.json is the same file
  --now DATE       the day of the registration (default: today)
  --replace        replace a baseline filing.yaml already has (only when a refiling was granted: the
                   old baseline is the reference the granted label stood on)

Exit codes: 0 written; 2 could not run as asked (nothing is written then).
`;
const settable = ['submitted', 'granted'];
/** `labelguard baseline`. */
async function runBaseline(args, io) {
    const parsed = (0,_product_arg_js__WEBPACK_IMPORTED_MODULE_6__/* .parseProductCommand */ ._Y)('baseline', args, io, baselineHelp, {
        status: { type: 'string' },
        replace: { type: 'boolean' },
    });
    if (!parsed)
        return 0;
    const { values, now, filingId } = parsed;
    const status = values.status;
    if (status !== undefined && !settable.includes(status))
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--status must be one of ${settable.join(', ')}, got '${status}'`);
    const { productDir, product } = await (0,_product_arg_js__WEBPACK_IMPORTED_MODULE_6__/* .loadProductArg */ .i_)(io, parsed.productArg, values.repo);
    if (product.filingFile === undefined)
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`product ${product.id} has no filing.yaml`, [
            `Create one with 'labelguard init' or by hand (scheme, status: not-filed), then run baseline again.`,
        ]);
    (0,_product_arg_js__WEBPACK_IMPORTED_MODULE_6__/* .requireValid */ .AK)(product, 'its baseline is registered');
    const filing = product.filing;
    if (filing.baseline && !values.replace)
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${product.filingFile} already has a registered baseline (filing ${filing.baseline.filing_id ?? 'without id'})`, [
            'Every change is judged against it: replace it only when a refiling was granted (--replace), after',
            'the granted changes are in the change log.',
        ]);
    // The registered SBOM: the normalised form `labelguard evidence` writes to the same place. An existing
    // file with other content is someone's evidence: never overwritten.
    const sbomRel = `filings/${filingId}/sbom.cdx.json`;
    const sbomPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(productDir, sbomRel);
    const normalised = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__/* .serialiseNormalised */ .Qw)(product.sbom);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(sbomPath) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(sbomPath, 'utf8') !== normalised)
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, sbomPath)} exists and is not the product's current SBOM`, [
            'Choose another --filing-id, or remove the file if it is stale.',
        ]);
    // The digest change detection will verify: of the file as it will be read back.
    const digest = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sbomDigest */ .K_)((0,_load_sbom_file_js__WEBPACK_IMPORTED_MODULE_3__.loadSbomFile)(sbomRel, Buffer.from(normalised, 'utf8'), 'skip').inventory);
    const nextStatus = status ?? (filing.status === 'not-filed' ? 'submitted' : undefined);
    const text = (0,_baseline_record_js__WEBPACK_IMPORTED_MODULE_5__/* .writeBaseline */ .U)(product.filingText ?? '', {
        baseline: (0,_baseline_record_js__WEBPACK_IMPORTED_MODULE_5__/* .baselineOf */ .B)(product.manifest, filing, filingId, { file: sbomRel, digest }),
        ...(nextStatus !== undefined && { status: nextStatus }),
        now,
    });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(sbomPath), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(sbomPath, normalised);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(productDir, 'filing.yaml'), text);
    io.stdout(`baseline of ${product.id} registered in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(productDir, 'filing.yaml'))}` +
        `${nextStatus ? ` (status ${nextStatus})` : ''}\n` +
        `  sbom ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, sbomPath)} ${digest}\n` +
        `  firmware ${product.manifest.firmware.version}, hardware ${product.manifest.hardware.revision}\n`);
    return 0;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 10548:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ requireValid),
/* harmony export */   _Y: () => (/* binding */ parseProductCommand),
/* harmony export */   i_: () => (/* binding */ loadProductArg)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32229);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68922);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4479);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77593);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_3__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];







/** The options every command on one product folder takes, besides its own. */
const productOptions = {
    repo: { type: 'string' },
    'filing-id': { type: 'string' },
    now: { type: 'string' },
};
/**
 * Parse the arguments of a command on one product folder (`<product-dir> [--repo DIR] [--filing-id ID]
 * [--now DATE]` and the command's own `options`). Undefined when --help was asked for (it is printed).
 */
function parseProductCommand(command, args, io, help, options) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)(command, args, { ...productOptions, ...options }, true);
    // The shared options, typed: TypeScript cannot resolve them through the command's generic options.
    const common = values;
    if (common.help) {
        io.stdout(help);
        return undefined;
    }
    if (positionals.length !== 1)
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${command} takes one product folder`, [
            `Run 'labelguard ${command} --help' for usage.`,
        ]);
    const now = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNow */ .A7)(common.now, io.today);
    const filingId = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFilingId */ .kD)(common['filing-id'], now);
    return { values, productArg: positionals[0], now, filingId };
}
/**
 * Load the product in folder `arg` (relative to the current directory) from its repository: `--repo`, else
 * the nearest folder above it holding .labelguard.yml or .git. A folder without a product is a usage error.
 */
async function loadProductArg(io, arg, repo) {
    const productDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, arg);
    const root = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_6__/* .repoDir */ .w)(io.cwd, repo ?? findRepoRoot(productDir) ?? '.');
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, productDir).split('\\').join('/');
    if (rel.startsWith('..'))
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`the product folder ${arg} is not inside the repository ${root}`);
    const source = new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkingTreeSource */ .T(root);
    const loaded = await (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRepository */ .rV)(source, { onlyDirs: new Set([rel]) });
    const product = loaded.products[0];
    if (!product)
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`no product found in ${arg}`, [
            'The folder must hold a product.yaml matched by the configured product globs.',
        ]);
    return { productDir, root, source, repo: loaded, product };
}
/** Refuse a product whose data has errors: `what` is what cannot be done with it. */
function requireValid(product, what) {
    const errors = product.findings.filter((f) => f.severity === 'error');
    if (!product.manifest || !product.sbom || errors.length > 0) {
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`product ${product.id} has problems that must be fixed before ${what}`, errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
    }
}
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

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 21121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ repoDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32229);



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
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`repository '${value ?? '.'}' does not exist or is not a directory`, [
            'Pass --repo <path to your compliance repository>.',
        ]);
    return dir;
}


/***/ }),

/***/ 15334:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSbomFile: () => (/* binding */ loadSbomFile)
/* harmony export */ });
/* harmony import */ var _sbom_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81647);
/* harmony import */ var _sbom_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42515);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_sbom_validate_js__WEBPACK_IMPORTED_MODULE_1__]);
_sbom_validate_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/**
 * Read one SBOM file into an inventory; unreadable is an error, schema problems count as configured
 * (`skip`: not validated — the registered SBOM, which labelguard generated and whose digest is checked).
 */
function loadSbomFile(file, bytes, schemaSeverity) {
    // The bytes go to the parser as they are, so an oversized file is refused before anything decodes it
    // into a string; the reader and the validator then share the one parse.
    const parsed = (0,_sbom_read_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSbom */ .rl)(bytes, file, { positions: schemaSeverity !== 'skip' });
    const read = parsed.ok ? (0,_sbom_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readParsed */ .mY)(parsed, file) : parsed;
    if (!read.ok) {
        return {
            findings: read.problems.map((p) => ({
                ruleId: 'sbom.unreadable',
                severity: 'error',
                message: p.message,
                hint: p.hint,
                file: p.file,
                line: p.line ?? 1,
                column: p.column ?? 1,
            })),
        };
    }
    const problems = [
        ...read.warnings,
        ...(schemaSeverity === 'skip' || !parsed.ok ? [] : (0,_sbom_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateParsed */ .i)(parsed, file, read.sbom)),
    ];
    return {
        inventory: read.sbom,
        findings: problems.map((p) => ({
            ruleId: 'sbom.schema',
            severity: schemaSeverity === 'skip' ? 'warning' : schemaSeverity,
            message: p.message,
            hint: p.hint,
            file: p.file,
            line: p.line ?? 1,
            column: p.column ?? 1,
        })),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
