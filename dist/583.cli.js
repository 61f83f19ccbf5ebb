export const id = 583;
export const ids = [583];
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
    const normalised = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__/* .serialiseNormalised */ .Qw)(product.sbom);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(sbomPath) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(sbomPath, 'utf8') !== normalised)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, sbomPath)} exists and is not the product's current SBOM`, [
            'Choose another --filing-id, or remove the file if it is stale.',
        ]);
    // The digest change detection will verify: of the file as it will be read back.
    const digest = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sbomDigest */ .K_)((0,_load_sbom_file_js__WEBPACK_IMPORTED_MODULE_5__.loadSbomFile)(sbomRel, Buffer.from(normalised, 'utf8'), 'skip').inventory);
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68922);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4479);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_5__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];






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
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(command, args, { ...productOptions, ...options }, true);
    // The shared options, typed: TypeScript cannot resolve them through the command's generic options.
    const common = values;
    if (common.help) {
        io.stdout(help);
        return undefined;
    }
    if (positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${command} takes one product folder`, [
            `Run 'labelguard ${command} --help' for usage.`,
        ]);
    const now = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNow */ .A7)(common.now, io.today);
    const filingId = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFilingId */ .kD)(common['filing-id'], now);
    return { values, productArg: positionals[0], now, filingId };
}
/**
 * Load the product in folder `arg` (relative to the current directory) from its repository: `--repo`, else
 * the nearest folder above it holding .labelguard.yml or .git. A folder without a product is a usage error.
 */
async function loadProductArg(io, arg, repo) {
    const productDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, arg);
    const root = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_3__/* .repoDir */ .w)(io.cwd, repo ?? (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_3__/* .findRepoRoot */ .G)(productDir) ?? '.');
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, productDir).split('\\').join('/');
    if (rel.startsWith('..'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`the product folder ${arg} is not inside the repository ${root}`);
    const source = new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkingTreeSource */ .T(root);
    const loaded = await (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRepository */ .rV)(source, { onlyDirs: new Set([rel]) });
    const product = loaded.products[0];
    if (!product)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`no product found in ${arg}`, [
            'The folder must hold a product.yaml matched by the configured product globs.',
        ]);
    return { productDir, root, source, repo: loaded, product };
}
/** Refuse a product whose data has errors: `what` is what cannot be done with it. */
function requireValid(product, what) {
    const errors = product.findings.filter((f) => f.severity === 'error');
    if (!product.manifest || !product.sbom || errors.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`product ${product.id} has problems that must be fixed before ${what}`, errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 14315:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K_: () => (/* binding */ sbomDigest),
/* harmony export */   Qw: () => (/* binding */ serialiseNormalised)
/* harmony export */ });
/* unused harmony export normalisedDigest */
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
    return normalisedDigest(serialiseNormalised(inv));
}
/** The digest of an already normalised SBOM text (what {@link serialiseNormalised} gave). */
function normalisedDigest(normalised) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(normalised, 'utf8').digest('hex')}`;
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

/***/ })

};
