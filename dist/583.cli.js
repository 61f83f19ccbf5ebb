export const id = 583;
export const ids = [583,334];
export const modules = {

/***/ 94993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ labelIndex),
/* harmony export */   y: () => (/* binding */ registeredState)
/* harmony export */ });
/** The registered state of a filing, or undefined when nothing was registered yet (no baseline). */
function registeredState(filing) {
    const b = filing?.baseline;
    if (!filing || !b)
        return undefined;
    const l = filing.label ?? {};
    const label = {};
    const model = b.model ?? l.model;
    const producer = b.producer ?? l.producer;
    const lab = b.lab ?? l.lab;
    const standard = b.standard ?? l.standard;
    const stars = b.stars ?? l.stars;
    if (model !== undefined)
        label.model = model;
    if (b.category !== undefined)
        label.category = b.category;
    if (producer !== undefined)
        label.producer = producer;
    if (lab !== undefined)
        label.lab = lab;
    if (standard !== undefined)
        label.standard = standard;
    if (stars !== undefined)
        label.stars = stars;
    return {
        scheme: filing.scheme,
        hardware: b.hardware,
        firmware: b.firmware,
        ...(b.security ? { security: b.security } : {}),
        label,
    };
}
/** Index of the product's label entry for a scheme (schemes compare case-insensitively), or -1. */
function labelIndex(product, scheme) {
    const want = scheme.toLowerCase();
    return product.labels.findIndex((l) => l.scheme.toLowerCase() === want);
}


/***/ }),

/***/ 58209:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ baselineOf),
/* harmony export */   U: () => (/* binding */ writeBaseline)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94993);
// The registered baseline written into filing.yaml (pure: text in, text out). The baseline is the reference
// every later change is judged against: what the filing agency was told when the filing was submitted or granted.


/** The baseline of a product as it is now, for the filing's scheme. */
function baselineOf(product, filing, filingId, sbom) {
    const label = filing.label ?? {};
    const stars = product.labels[(0,_changes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .labelIndex */ .v)(product, filing.scheme)]?.stars ?? label.stars;
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

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _load_sbom_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15334);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14315);
/* harmony import */ var _baseline_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58209);
/* harmony import */ var _product_arg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10548);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_product_arg_js__WEBPACK_IMPORTED_MODULE_2__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__, _load_sbom_file_js__WEBPACK_IMPORTED_MODULE_5__, _baseline_record_js__WEBPACK_IMPORTED_MODULE_6__]);
([_product_arg_js__WEBPACK_IMPORTED_MODULE_2__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__, _load_sbom_file_js__WEBPACK_IMPORTED_MODULE_5__, _baseline_record_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);







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
    const parsed = (0,_product_arg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProductCommand */ ._Y)('baseline', args, io, baselineHelp, {
        status: { type: 'string' },
        replace: { type: 'boolean' },
    });
    if (!parsed)
        return 0;
    const { values, now, filingId } = parsed;
    const status = values.status;
    if (status !== undefined && !settable.includes(status))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--status must be one of ${settable.join(', ')}, got '${status}'`);
    const { productDir, product } = await (0,_product_arg_js__WEBPACK_IMPORTED_MODULE_2__/* .loadProductArg */ .i_)(io, parsed.productArg, values.repo);
    if (product.filingFile === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`product ${product.id} has no filing.yaml`, [
            `Create one with 'labelguard init' or by hand (scheme, status: not-filed), then run baseline again.`,
        ]);
    (0,_product_arg_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(product, 'its baseline is registered');
    const filing = product.filing;
    if (filing.baseline && !values.replace)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${product.filingFile} already has a registered baseline (filing ${filing.baseline.filing_id ?? 'without id'})`, [
            'Every change is judged against it: replace it only when a refiling was granted (--replace), after',
            'the granted changes are in the change log.',
        ]);
    // The registered SBOM: the normalised form `labelguard evidence` writes to the same place. An existing
    // file with other content is someone's evidence: never overwritten.
    const sbomRel = `filings/${filingId}/sbom.cdx.json`;
    const sbomPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(productDir, sbomRel);
    const normalised = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__/* .serialiseNormalised */ .Q)(product.sbom);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(sbomPath) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(sbomPath, 'utf8') !== normalised)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, sbomPath)} exists and is not the product's current SBOM`, [
            'Choose another --filing-id, or remove the file if it is stale.',
        ]);
    // The digest change detection will verify: of the file as it will be read back.
    const digest = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sbomDigest */ .K)((0,_load_sbom_file_js__WEBPACK_IMPORTED_MODULE_5__.loadSbomFile)(sbomRel, Buffer.from(normalised, 'utf8'), 'skip').inventory);
    const nextStatus = status ?? (filing.status === 'not-filed' ? 'submitted' : undefined);
    const text = (0,_baseline_record_js__WEBPACK_IMPORTED_MODULE_6__/* .writeBaseline */ .U)(product.filingText ?? '', {
        baseline: (0,_baseline_record_js__WEBPACK_IMPORTED_MODULE_6__/* .baselineOf */ .B)(product.manifest, filing, filingId, { file: sbomRel, digest }),
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68922);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4479);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_6__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];







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
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)(command, args, { ...productOptions, ...options }, true);
    // The shared options, typed: TypeScript cannot resolve them through the command's generic options.
    const common = values;
    if (common.help) {
        io.stdout(help);
        return undefined;
    }
    if (positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${command} takes one product folder`, [
            `Run 'labelguard ${command} --help' for usage.`,
        ]);
    const now = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNow */ .A7)(common.now, io.today);
    const filingId = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFilingId */ .kD)(common['filing-id'], now);
    return { values, productArg: positionals[0], now, filingId };
}
/**
 * Load the product in folder `arg` (relative to the current directory) from its repository: `--repo`, else
 * the nearest folder above it holding .labelguard.yml or .git. A folder without a product is a usage error.
 */
async function loadProductArg(io, arg, repo) {
    const productDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, arg);
    const root = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_4__/* .repoDir */ .w)(io.cwd, repo ?? findRepoRoot(productDir) ?? '.');
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, productDir).split('\\').join('/');
    if (rel.startsWith('..'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`the product folder ${arg} is not inside the repository ${root}`);
    const source = new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_5__/* .WorkingTreeSource */ .T(root);
    const loaded = await (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .loadRepository */ .rV)(source, { onlyDirs: new Set([rel]) });
    const product = loaded.products[0];
    if (!product)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`no product found in ${arg}`, [
            'The folder must hold a product.yaml matched by the configured product globs.',
        ]);
    return { productDir, root, source, repo: loaded, product };
}
/** Refuse a product whose data has errors: `what` is what cannot be done with it. */
function requireValid(product, what) {
    const errors = product.findings.filter((f) => f.severity === 'error');
    if (!product.manifest || !product.sbom || errors.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`product ${product.id} has problems that must be fixed before ${what}`, errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
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


/***/ }),

/***/ 68922:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rc: () => (/* binding */ referencedFiles),
/* harmony export */   Su: () => (/* binding */ discoverManifests),
/* harmony export */   TQ: () => (/* binding */ defaultProductGlob),
/* harmony export */   Tn: () => (/* binding */ filingFileName),
/* harmony export */   rV: () => (/* binding */ loadRepository),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export notAFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _repo_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25092);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30062);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18743);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63780);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83119);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91064);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(81296);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_config_js__WEBPACK_IMPORTED_MODULE_1__, _validate_js__WEBPACK_IMPORTED_MODULE_4__]);
([_config_js__WEBPACK_IMPORTED_MODULE_1__, _validate_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











// The SBOM readers (and their XML parser and CycloneDX library) load with the first SBOM: a run that
// reads none, such as a pull request touching no product, does not pay for them.
const sbomReader = () => Promise.all(/* import() */[__webpack_require__.e(893), __webpack_require__.e(647), __webpack_require__.e(334)]).then(__webpack_require__.bind(__webpack_require__, 15334));
const defaultProductGlob = 'products/*/product.yaml';
// Repository paths are POSIX on every runner (and picomatch then need not probe the platform).
const posixGlob = { dot: false, windows: false };
const filingFileName = 'filing.yaml';
/** Where a value in a loaded product's manifest or filing stands; falls back to the file's start. */
function locate(p, doc, path) {
    const d = doc === 'product' ? p.manifestDoc : p.filingDoc;
    if (d)
        return d.locate(path);
    return { file: doc === 'product' ? p.manifestFile : (p.filingFile ?? p.manifestFile), line: 1, column: 1 };
}
/** Discover, parse and validate every product of the repository. */
async function loadRepository(source, options = {}) {
    const config = options.config ?? (await (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(source, options.configPath));
    const manifests = options.manifests ? [...options.manifests] : await discoverManifests(source, config);
    const dirOf = (m) => m.slice(0, Math.max(0, m.lastIndexOf('/')));
    const wanted = manifests.filter((m) => (!options.onlyDirs || options.onlyDirs.has(dirOf(m))) &&
        (!options.filterDir || options.filterDir(dirOf(m))));
    const products = await mapLimit(wanted, 16, async (m) => {
        const p = await loadProduct(source, m, config);
        options.onProduct?.(p);
        return p;
    });
    const findings = duplicateIds(products);
    return { source, config, products, findings };
}
/** The manifest files matched by the configured product globs, sorted. */
async function discoverManifests(source, config) {
    const globs = config.config.products ?? defaultProductGlob;
    const patterns = Array.isArray(globs) ? globs : [globs];
    const found = new Set();
    for (const pattern of patterns) {
        if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`product glob '${pattern}' must be relative and stay inside the repository`);
        }
        const base = picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(pattern).base;
        const match = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(pattern, posixGlob);
        for (const f of await source.listFiles(base))
            if (match(f))
                found.add(f);
    }
    return [...found].sort();
}
async function loadProduct(source, manifestFile, cfg) {
    const dir = manifestFile.includes('/') ? manifestFile.slice(0, manifestFile.lastIndexOf('/')) : '';
    const p = {
        id: dir.split('/').pop() || manifestFile,
        dir,
        manifestFile,
        sha256: {},
        files: [],
        findings: [],
    };
    const problems = [];
    const manifestDoc = await readYaml(source, manifestFile, problems, (h) => (p.sha256.manifest = h));
    if (manifestDoc) {
        p.manifestDoc = manifestDoc;
        const schemaProblems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateAgainst */ .s)('product', manifestDoc);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, schemaProblems);
        p.idAt = manifestDoc.locate(['id']);
        if (schemaProblems.length === 0) {
            p.manifest = manifestDoc.value;
            p.id = p.manifest.id;
        }
        else if (isRecord(manifestDoc.value) && typeof manifestDoc.value.id === 'string') {
            p.id = manifestDoc.value.id;
        }
    }
    const filingFile = dir === '' ? filingFileName : `${dir}/${filingFileName}`;
    if ((await source.containment(filingFile)) !== 'missing') {
        p.filingFile = filingFile;
        const filingDoc = await readYaml(source, filingFile, problems, (h, text) => {
            p.sha256.filing = h;
            if (text !== undefined)
                p.filingText = text;
        });
        if (filingDoc) {
            p.filingDoc = filingDoc;
            const schemaProblems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateAgainst */ .s)('filing', filingDoc);
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, schemaProblems);
            if (schemaProblems.length === 0) {
                const filing = filingDoc.value;
                p.filing = { ...filing, status: (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalStatus */ .x)(filing.status) };
            }
        }
    }
    if (p.manifest)
        await resolveManifestRefs(source, p, problems, cfg.config.policy?.sbom_schema ?? 'warning');
    if (p.filing?.baseline) {
        const ref = await resolveFile(source, p, 'filing', ['baseline', 'sbom', 'file'], p.filing.baseline.sbom.file, problems);
        if (ref?.bytes) {
            // Not schema-validated again: labelguard generated it at filing time, and its digest is verified.
            const read = (await sbomReader()).loadSbomFile(ref.resolved, ref.bytes, 'skip');
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(p.findings, read.findings.map((f) => ({ ...f, productId: p.id })));
            if (read.inventory)
                p.baselineSbom = read.inventory;
            p.baselineBytesDigest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(ref.bytes).digest('hex')}`;
        }
    }
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(p.findings, problems.map((x) => x.toFinding(p.id)));
    return p;
}
async function resolveManifestRefs(source, p, problems, sbomSchema) {
    const m = p.manifest;
    const sbom = await resolveFile(source, p, 'product', ['sbom'], m.sbom, problems);
    if (sbom) {
        p.sbomFile = sbom.resolved;
        if (sbom.bytes) {
            // As configured (`policy.sbom_schema`), like the registered SBOM: a schema-invalid SBOM must fail a
            // check whose owners asked for that, not pass it as a warning.
            const read = (await sbomReader()).loadSbomFile(sbom.resolved, sbom.bytes, sbomSchema);
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(p.findings, read.findings.map((f) => ({ ...f, productId: p.id })));
            if (read.inventory) {
                p.sbom = read.inventory;
                p.sbomLocate = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_7__/* .entryLocator */ .R)(new TextDecoder().decode(sbom.bytes));
            }
        }
    }
    for (const r of referencedFiles(m, undefined)) {
        if (r.path[0] !== 'sbom')
            await resolveFile(source, p, r.doc, r.path, r.ref, problems);
    }
}
/**
 * Every file product.yaml and filing.yaml refer to, where they say it: the one list of what makes up a
 * product besides its folder. Reads unvalidated documents too (the change scope reads every manifest
 * without validating it), so each value is checked to be a string.
 */
function referencedFiles(manifest, filing) {
    const out = [];
    const add = (doc, path, value) => {
        if (typeof value === 'string' && value !== '')
            out.push({ doc, path, ref: value });
    };
    const m = isRecord(manifest) ? manifest : {};
    add('product', ['sbom'], m.sbom);
    for (const [key, doc] of Object.entries(isRecord(m.evidence) ? m.evidence : {})) {
        if (isRecord(doc))
            add('product', ['evidence', key, 'file'], doc.file);
    }
    if (isRecord(m.agent))
        add('product', ['agent', 'authorization_doc'], m.agent.authorization_doc);
    const f = isRecord(filing) ? filing : {};
    const baseline = isRecord(f.baseline) && isRecord(f.baseline.sbom) ? f.baseline.sbom : {};
    add('filing', ['baseline', 'sbom', 'file'], baseline.file);
    return out;
}
/** Follow one file reference, refusing escapes; records it in `p.files` with its SHA-256. */
async function resolveFile(source, p, doc, path, ref, problems) {
    const at = locate(p, doc, path);
    const r = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveRef */ .q)(p.dir, ref);
    if ('refused' in r) {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.path-escape', at, (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .refusalMessage */ .s)(ref, r.refused), 'Reference files inside the repository with a path relative to the product folder.'));
        p.files.push({ doc, path, ref });
        return undefined;
    }
    const where = await source.containment(r.path);
    if (where === 'special') {
        problems.push(notAFile(at, ref));
        p.files.push({ doc, path, ref, resolved: r.path });
        return undefined;
    }
    if (where === 'outside') {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.path-escape', at, (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .refusalMessage */ .s)(ref, 'outside'), 'Commit the file itself instead of a link to a place outside the repository.'));
        p.files.push({ doc, path, ref, resolved: r.path });
        return undefined;
    }
    const bytes = where === 'inside' ? await source.readFile(r.path) : undefined;
    if (!bytes) {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.missing-file', at, `referenced file '${ref}' does not exist (${r.path})`, 'Add the file, or correct the path (relative to the product folder).'));
        p.files.push({ doc, path, ref, resolved: r.path });
        return { resolved: r.path };
    }
    p.files.push({ doc, path, ref, resolved: r.path, sha256: sha256Hex(bytes) });
    return { resolved: r.path, bytes };
}
/** A FIFO, socket or device where a file is expected: refused without opening it (a FIFO blocks). */
function notAFile(at, ref) {
    return new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.not-a-file', at, `'${ref}' is not a regular file (a FIFO, socket or device); it was not opened`, 'Reference a regular file committed to the repository.');
}
async function readYaml(source, file, problems, onRead) {
    const where = await source.containment(file);
    if (where === 'special') {
        problems.push(notAFile({ file, line: 1, column: 1 }, file));
        return undefined;
    }
    if (where === 'outside') {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.path-escape', { file, line: 1, column: 1 }, (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .refusalMessage */ .s)(file, 'outside'), 'Commit the file itself instead of a link to a place outside the repository.'));
        return undefined;
    }
    const bytes = await source.readFile(file);
    if (!bytes) {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.missing-file', { file, line: 1, column: 1 }, `cannot read ${file}`, 'Check the file exists and is readable.'));
        return undefined;
    }
    // The bytes, not a decoded string: the parser checks the size before decoding anything and locates
    // invalid UTF-8 (a lossy decode here would hide it, or flag a file that merely contains U+FFFD).
    const parsed = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_10__/* .parseYamlFile */ .BU)(file, bytes);
    if (Array.isArray(parsed)) {
        onRead(sha256Hex(bytes), undefined);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, parsed);
        return undefined;
    }
    onRead(sha256Hex(bytes), bytes.toString('utf8'));
    return parsed;
}
function duplicateIds(products) {
    const byId = new Map();
    for (const p of products)
        if (p.manifest)
            byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
    const out = [];
    for (const [id, list] of byId) {
        if (list.length < 2)
            continue;
        for (const p of list.slice(1)) {
            out.push({
                ruleId: 'data.duplicate-id',
                severity: 'error',
                message: `product id '${id}' is also used by ${list[0].manifestFile}`,
                hint: 'Product ids must be unique across the repository; rename one of them.',
                productId: id,
                ...(p.idAt ?? locate(p, 'product', ['id'])),
            });
        }
    }
    return out;
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    });
    await Promise.all(workers);
    return out;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 15334:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSbomFile: () => (/* binding */ loadSbomFile)
/* harmony export */ });
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81647);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42515);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

/**
 * Read one SBOM file into an inventory; unreadable is an error, schema problems count as configured
 * (`skip`: not validated — the registered SBOM, which labelguard generated and whose digest is checked).
 */
function loadSbomFile(file, bytes, schemaSeverity) {
    // The bytes go to the parser as they are, so an oversized file is refused before anything decodes it
    // into a string; the reader and the validator then share the one parse.
    const parsed = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSbom */ .rl)(bytes, file, { positions: schemaSeverity !== 'skip' });
    const read = parsed.ok ? (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readParsed */ .mY)(parsed, file) : parsed;
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
        ...(schemaSeverity === 'skip' || !parsed.ok ? [] : (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validateParsed */ .i)(parsed, file, read.sbom)),
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

/***/ }),

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ locateJsonPointers)
/* harmony export */ });
// Finds where JSON pointers point in the source text, so schema errors can carry line/column.
// One iterative pass over text that JSON.parse already accepted; only run when there are errors.
function escapeToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** UTF-16 offsets of the values at the wanted JSON pointers ('' is the whole document). */
function locateJsonPointers(text, wanted) {
    const found = new Map();
    if (wanted.size === 0)
        return found;
    const n = text.length;
    const stack = [];
    let i = 0;
    let ptr = '';
    const skipWs = () => {
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            i++;
        }
    };
    const skipString = () => {
        // i is at the opening quote
        i++;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x5c)
                i += 2;
            else if (c === 0x22) {
                i++;
                return;
            }
            else
                i++;
        }
    };
    const readKey = () => {
        skipWs();
        const start = i;
        skipString();
        const key = JSON.parse(text.slice(start, i));
        skipWs();
        i++; // ':'
        return key;
    };
    const childPtr = (frame) => `${frame.ptr}/${frame.isArray ? String(frame.index) : escapeToken(readKey())}`;
    outer: while (i < n) {
        skipWs();
        if (wanted.has(ptr) && !found.has(ptr)) {
            found.set(ptr, i);
            if (found.size === wanted.size)
                break;
        }
        const c = text[i];
        if (c === '{' || c === '[') {
            const frame = { ptr, isArray: c === '[', index: 0 };
            i++;
            skipWs();
            if (text[i] !== (c === '{' ? '}' : ']')) {
                stack.push(frame);
                ptr = childPtr(frame);
                continue;
            }
            i++;
        }
        else if (c === '"') {
            skipString();
        }
        else {
            while (i < n && !/[\s,\]}]/.test(text[i]))
                i++;
        }
        // After a complete value: move to the next sibling, closing containers as needed.
        for (;;) {
            skipWs();
            const top = stack[stack.length - 1];
            if (top === undefined || i >= n)
                break outer;
            if (text[i] === ',') {
                i++;
                top.index++;
                ptr = childPtr(top);
                continue outer;
            }
            i++;
            stack.pop();
        }
    }
    return found;
}


/***/ }),

/***/ 18743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ entryLocator)
/* harmony export */ });
// Where a component or service is written in its SBOM file, so a finding about it points at its line
// (JSON or XML) instead of line 1. The reader's normalised model keeps no positions; the text is searched
// for the entry's most specific identity: its bom-ref, else its purl, else its name.
/** A locator over one SBOM's text (JSON or XML, told from its first character). */
function entryLocator(text) {
    const xml = text.trimStart().startsWith('<');
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    const lineAt = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    // Every `key: value` of the three identity keys, indexed once (first occurrence wins): a finding per
    // component of a 100,000-component SBOM must not search the whole text each time.
    const index = new Map();
    // The key is found by a regular expression; a JSON value is scanned by hand, since a pattern over an
    // escaped string recurses once per character and a hostile megabyte-long string overflows the stack.
    const pattern = xml ? /bom-ref="([^"]*)"|<(purl|name)>([^<]*)<\/\2>/g : /"(bom-ref|purl|name)"\s*:\s*"/g;
    for (const m of text.matchAll(pattern)) {
        let key;
        if (xml)
            key = m[1] !== undefined ? `bom-ref=${m[1]}` : `${m[2]}=${m[3]}`;
        else {
            const start = m.index + m[0].length - 1;
            let end = start + 1;
            while (end < text.length && text[end] !== '"')
                end += text[end] === '\\' ? 2 : 1;
            key = `${m[1]}=${jsonValue(text.slice(start, end + 1))}`;
        }
        if (!index.has(key))
            index.set(key, lineAt(m.index));
    }
    return (e) => {
        const tries = [];
        if (e.bomRef)
            tries.push(`bom-ref=${xml ? xmlText(e.bomRef) : e.bomRef}`);
        if (e.purl)
            tries.push(`purl=${xml ? xmlText(e.purl) : e.purl}`);
        tries.push(`name=${xml ? xmlText(e.name) : e.name}`);
        for (const t of tries) {
            const line = index.get(t);
            if (line !== undefined)
                return line;
        }
        return undefined;
    };
}
function jsonValue(literal) {
    try {
        return JSON.parse(literal);
    }
    catch {
        return literal;
    }
}
function xmlText(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}


/***/ }),

/***/ 14315:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ sbomDigest),
/* harmony export */   Q: () => (/* binding */ serialiseNormalised)
/* harmony export */ });
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
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(serialiseNormalised(inv), 'utf8').digest('hex')}`;
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

/***/ 33215:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ validateXmlStructure)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20969);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23837);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55604);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_js__WEBPACK_IMPORTED_MODULE_0__]);
_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Best-effort structural validation of CycloneDX XML. Full XSD validation needs a native or wasm
// validator we chose not to ship; these checks cover what the diff and the rules depend on:
// component type present and allowed for the spec version, component name present, hash algorithm
// known and digest well-formed for its algorithm, service name and dependency ref present.
// Anything else the XSD would reject (ordering, unknown elements, facets elsewhere) passes here.



// Hex digest lengths per algorithm; BLAKE3 is variable, so it gets the schema's generic lengths.
const DIGEST_LENGTHS = {
    MD5: [32],
    'SHA-1': [40],
    'SHA-256': [64],
    'SHA-384': [96],
    'SHA-512': [128],
    'SHA3-256': [64],
    'SHA3-384': [96],
    'SHA3-512': [128],
    'BLAKE2b-256': [64],
    'BLAKE2b-384': [96],
    'BLAKE2b-512': [128],
    BLAKE3: [32, 40, 64, 96, 128],
    'Streebog-256': [64],
    'Streebog-512': [128],
};
/** Structural checks on a parsed XML <bom>; `source` is the XML text, for line numbers. */
function validateXmlStructure(bom, version, source, file) {
    const types = new Set((0,_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .componentTypes */ .Ru)(version));
    const algs = new Set((0,_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .hashAlgorithms */ .D)(version));
    const problems = [];
    const report = (n, where, message) => {
        const { line, column } = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(source, n);
        problems.push((0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .problem */ .CC)(file, `schema (CycloneDX ${version} XML, best-effort): ${where}: ${message}`, _problems_js__WEBPACK_IMPORTED_MODULE_2__/* .HINTS */ .NI.schema, line, column));
    };
    const metadataComponent = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)(bom, 'metadata'), 'component');
    const queue = [];
    if (metadataComponent !== undefined)
        queue.push([metadataComponent, '/bom/metadata/component']);
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(bom, 'components', 'component').forEach((c, i) => queue.push([c, `/bom/components/component[${i + 1}]`]));
    // A queue, not recursion: nesting is already bounded by the parser, but a loop costs nothing.
    for (let q = 0; q < queue.length; q++) {
        const [c, where] = queue[q];
        const type = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attr */ .CF)(c, 'type');
        if (type === undefined)
            report(c, where, "component is missing required attribute 'type'");
        else if (!types.has(type))
            report(c, where, `component type ${JSON.stringify(type)} is not allowed in ${version} (allowed: ${[...types].join(', ')})`);
        if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(c, 'name') === undefined)
            report(c, where, "component is missing required element 'name'");
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(c, 'hashes', 'hash').forEach((h, i) => {
            const at = `${where}/hashes/hash[${i + 1}]`;
            const alg = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attr */ .CF)(h, 'alg');
            const content = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .ownText */ .U3)(h) ?? '';
            if (alg === undefined) {
                report(h, at, "hash is missing required attribute 'alg'");
            }
            else if (!algs.has(alg)) {
                report(h, at, `hash algorithm ${JSON.stringify(alg)} is not allowed in ${version}`);
            }
            else {
                const lengths = DIGEST_LENGTHS[alg] ?? [];
                if (!/^[0-9a-fA-F]+$/.test(content) || !lengths.includes(content.length)) {
                    report(h, at, `${alg} hash ${JSON.stringify(content.slice(0, 80))} is not ${lengths.join(' or ')} hexadecimal characters`);
                }
            }
        });
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(c, 'components', 'component').forEach((k, i) => queue.push([k, `${where}/components/component[${i + 1}]`]));
    }
    const services = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(bom, 'services', 'service').map((s, i) => [
        s,
        `/bom/services/service[${i + 1}]`,
    ]);
    for (let q = 0; q < services.length; q++) {
        const [s, where] = services[q];
        if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(s, 'name') === undefined)
            report(s, where, "service is missing required element 'name'");
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(s, 'services', 'service').forEach((k, i) => services.push([k, `${where}/services/service[${i + 1}]`]));
    }
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(bom, 'dependencies', 'dependency').forEach((d, i) => {
        const where = `/bom/dependencies/dependency[${i + 1}]`;
        if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attr */ .CF)(d, 'ref') === undefined)
            report(d, where, "dependency is missing required attribute 'ref'");
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(d.dependency).forEach((k, j) => {
            if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attr */ .CF)(k, 'ref') === undefined)
                report(k, `${where}/dependency[${j + 1}]`, "dependency is missing required attribute 'ref'");
        });
    });
    return problems;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 42515:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ validateParsed)
/* harmony export */ });
/* unused harmony export validateSbom */
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30405);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26449);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20969);
/* harmony import */ var _json_locate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3770);
/* harmony import */ var _read_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89292);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23837);
/* harmony import */ var _validate_xml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33215);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55604);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_validate_xml_js__WEBPACK_IMPORTED_MODULE_2__, _schemas_js__WEBPACK_IMPORTED_MODULE_5__]);
([_validate_xml_js__WEBPACK_IMPORTED_MODULE_2__, _schemas_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Schema validation, kept apart from reading: callers decide whether a schema problem is a warning
// or an error (config `sbom_schema`). JSON is checked against the official schema; XML gets the
// best-effort structural checks in validate-xml.ts (no native or wasm XSD validator).









/**
 * Validates a CycloneDX document against its declared spec version; [] means valid. `sbom` (the
 * result of readSbom on the same input) is optional and only saves re-detecting the version.
 */
function validateSbom(input, fileName, sbom, opts = {}) {
    const parsed = parseSbom(input, fileName, { ...opts, positions: true });
    return parsed.ok ? validateParsed(parsed, fileName, sbom, opts) : parsed.problems;
}
/**
 * Validates an SBOM parsed by parseSbom (the same parse readParsed read: a file is decoded and parsed
 * once). An XML document parsed without positions is parsed again with them, for line numbers.
 */
function validateParsed(parsed, fileName, sbom, opts = {}) {
    const maxDepth = opts.maxDepth ?? _input_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_DEPTH */ .J;
    const maxProblems = opts.maxProblems ?? 100;
    if (parsed.format === 'xml') {
        const xml = parsed.positions ? parsed : (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCycloneDxXml */ .MI)(parsed.text, fileName, maxDepth, true);
        if (!xml.ok)
            return xml.problems;
        return cap((0,_validate_xml_js__WEBPACK_IMPORTED_MODULE_2__/* .validateXmlStructure */ .H)(xml.bom, sbom?.specVersion ?? xml.specVersion, parsed.text, fileName), maxProblems, fileName);
    }
    const doc = parsed.doc;
    const version = sbom?.specVersion ?? (0,_read_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonSpecVersion */ .m)(doc);
    if (version === undefined) {
        const declared = doc?.specVersion;
        return [
            (0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)(fileName, `cannot validate: specVersion ${JSON.stringify(declared ?? null)} is not a CycloneDX version labelguard supports (1.2–1.7)`, _problems_js__WEBPACK_IMPORTED_MODULE_4__/* .HINTS */ .NI.specVersion),
        ];
    }
    // ajv's generated code recurses with the document, so bound the depth it can see.
    if ((0,_input_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDepthExceeds */ .LL)(doc, (0,_input_js__WEBPACK_IMPORTED_MODULE_0__/* .structuralDepthLimit */ .CD)(maxDepth))) {
        return [
            (0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)(fileName, `cannot validate: JSON nested more than ${(0,_input_js__WEBPACK_IMPORTED_MODULE_0__/* .structuralDepthLimit */ .CD)(maxDepth)} levels deep`, _problems_js__WEBPACK_IMPORTED_MODULE_4__/* .HINTS */ .NI.depth),
        ];
    }
    const validate = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonSchemaValidator */ .qj)(version);
    if (validate(doc))
        return [];
    const errors = validate.errors ?? [];
    const offsets = (0,_json_locate_js__WEBPACK_IMPORTED_MODULE_6__/* .locateJsonPointers */ .D)(parsed.text, new Set(errors.slice(0, maxProblems * 4).map((e) => e.instancePath)));
    const seen = new Set();
    const problems = [];
    for (const e of errors) {
        const message = `schema (CycloneDX ${version}): ${(0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_7__/* .sbomSchemaMessage */ .a5)(e, doc)}`;
        if (seen.has(message))
            continue;
        seen.add(message);
        const offset = offsets.get(e.instancePath);
        const at = offset === undefined ? undefined : (0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .lineColumn */ .rv)(parsed.text, offset);
        problems.push((0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)(fileName, message, _problems_js__WEBPACK_IMPORTED_MODULE_4__/* .HINTS */ .NI.schema, at?.line, at?.column));
    }
    return cap(problems, maxProblems, fileName);
}
function cap(problems, max, file) {
    if (problems.length <= max)
        return problems;
    const kept = problems.slice(0, max);
    kept.push((0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)(file, `… and ${problems.length - max} more schema problems`, _problems_js__WEBPACK_IMPORTED_MODULE_4__/* .HINTS */ .NI.schema));
    return kept;
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
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25462);
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


/***/ }),

/***/ 30062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ statusWording),
/* harmony export */   x: () => (/* binding */ canonicalStatus)
/* harmony export */ });
/**
 * The data model's status for a value written in filing.yaml: `filed` (备案完成, the agency's word) is read
 * as `granted`, the value the model has always used, so both spellings keep working.
 */
function canonicalStatus(status) {
    return status === 'filed' ? 'granted' : status;
}
// 备案 is a filing checked for completeness, not an approval: documents never say "granted".
const wording = {
    'not-filed': 'not filed (未备案)',
    submitted: 'submitted, awaiting the agency (已提交备案)',
    granted: 'filed (备案完成)',
    'refiling-required': 'refiling required (需重新备案)',
    'refiling-submitted': 'refiling submitted (已提交重新备案)',
    expired: 'expired (已过期)',
    cancelled: 'cancelled (已注销)',
};
/** How documents meant for the filing agency and the product team name a filing status. */
function statusWording(status) {
    return wording[canonicalStatus(status)];
}


/***/ })

};
