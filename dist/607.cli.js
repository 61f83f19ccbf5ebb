export const id = 607;
export const ids = [607,179,647];
export const modules = {

/***/ 45749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ unclassifiedId)
/* harmony export */ });
/**
 * The classification id of a difference no entry classified (no table for the scheme, or no catch-all):
 * nothing is dropped. Apart from the classifier so that checking overrides loads no expression engine.
 */
const unclassifiedId = 'unclassified';


/***/ }),

/***/ 60137:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evidenceHelp: () => (/* binding */ evidenceHelp),
/* harmony export */   runEvidence: () => (/* binding */ runEvidence)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53126);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49801);
/* harmony import */ var _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86540);
/* harmony import */ var _pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38391);
/* harmony import */ var _product_arg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10548);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_product_arg_js__WEBPACK_IMPORTED_MODULE_2__, _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_3__, _changes_index_js__WEBPACK_IMPORTED_MODULE_4__, _pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_5__, _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__]);
([_product_arg_js__WEBPACK_IMPORTED_MODULE_2__, _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_3__, _changes_index_js__WEBPACK_IMPORTED_MODULE_4__, _pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_5__, _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);








const evidenceHelp = `Usage: labelguard evidence <product-dir> [--repo DIR] [--out DIR] [--filing-id ID] [--now DATE]

Generate the filing evidence of one product: filing form data, technical documentation, change
notification, declaration draft, responsibility matrix, test request, label artwork (SVG and PNG with
the QR code), the normalised SBOM and an evidence index with the SHA-256 of every file and input.
The same inputs always give byte-identical files.

Options:
  <product-dir>    the product's folder (holding product.yaml), relative to the current directory
  --repo DIR       the compliance repository (default: the nearest folder above the product holding
                   .labelguard.yml or .git, else the current directory)
  --out DIR        where to write (default: <product-dir>/filings/<filing-id>/)
  --filing-id ID   name of the filing's evidence folder (default: --now)
  --now DATE       the day the evidence is for (default: today)
`;
/** `labelguard evidence`. */
async function runEvidence(args, io) {
    const parsed = (0,_product_arg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProductCommand */ ._Y)('evidence', args, io, evidenceHelp, { out: { type: 'string' } });
    if (!parsed)
        return 0;
    const { values, now, filingId } = parsed;
    const { productDir, source, repo, product } = await (0,_product_arg_js__WEBPACK_IMPORTED_MODULE_2__/* .loadProductArg */ .i_)(io, parsed.productArg, values.repo);
    if (values.out === undefined)
        forgiveOwnSbom(product, filingId);
    (0,_product_arg_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(product, 'evidence is generated');
    const packs = await (0,_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_3__.loadPacks)(source, repo.config);
    const changes = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .detectChanges */ .f)(product, packs.classifier, repo.config.config.classification ?? []).changes;
    const scheme = product.filing?.scheme ?? product.manifest.labels[0]?.scheme;
    const softwareRoles = packs.packs.find((p) => p.scheme === scheme)?.softwareRoles;
    await (0,_pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareLabelRenderer */ .Z)();
    const bundle = (0,_pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__/* .evidenceFor */ .h)(product, changes, {
        templates: (0,_pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTemplates */ .K)(),
        ...(softwareRoles ? { softwareRoles } : {}),
        check: (0,_pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__/* .bundleCheck */ .n)(product, packs.packs, changes, now),
        filingId,
    });
    const out = values.out ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.out) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(productDir, 'filings', filingId);
    refuseToRewriteRegistered(productDir, product.filing?.baseline?.sbom.file, out, bundle.files);
    for (const f of bundle.files) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, f.path);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, f.content);
    }
    io.stdout(`${bundle.files.length} evidence files for ${product.id} written to ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, out) || '.'}\n`);
    for (const f of bundle.files)
        io.stdout(`  ${f.path}\n`);
    return 0;
}
/**
 * The folder may hold the registered SBOM (filing.yaml's baseline points into the bundle of the filing it
 * came from): writing the same bytes again is fine, other bytes would silently move the reference.
 */
function refuseToRewriteRegistered(productDir, registered, out, files) {
    if (registered === undefined)
        return;
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(productDir, registered);
    const file = files.find((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, f.path) === target);
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        return;
    if (Buffer.compare((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(target), Buffer.from(file.content)) === 0)
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`${registered} is the registered SBOM of filing.yaml's baseline and would change`, [
        'Generate the evidence of a new filing into its own folder (--filing-id), or --out elsewhere.',
    ]);
}
/**
 * filing.yaml may already point its baseline at the SBOM this very run writes (`filings/<id>/sbom.cdx.json`,
 * as `labelguard baseline` registers it): that file not existing yet is no reason to refuse the run.
 */
function forgiveOwnSbom(product, filingId) {
    const ref = `filings/${filingId}/sbom.cdx.json`;
    if (product.filing?.baseline?.sbom.file !== ref)
        return;
    product.findings = product.findings.filter((f) => !(f.ruleId === 'data.missing-file' && f.file === product.filingFile && f.message.includes(`'${ref}'`)));
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

/***/ 81301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ classText)
/* harmony export */ });
function classText(c) {
    return {
        classId: c.classId,
        classTitle: c.classTitle ?? null,
        classTitleZh: c.classTitleZh ?? null,
        reason: c.reason,
        reasonZh: c.reasonZh ?? null,
    };
}


/***/ }),

/***/ 77995:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ filingFormModel),
/* harmony export */   K6: () => (/* binding */ declarationModel),
/* harmony export */   RZ: () => (/* binding */ testRequestModel),
/* harmony export */   Yz: () => (/* binding */ responsibilityModel),
/* harmony export */   df: () => (/* binding */ changeNotificationModel),
/* harmony export */   q6: () => (/* binding */ createContext),
/* harmony export */   rw: () => (/* binding */ technicalDocumentationModel)
/* harmony export */ });
/* unused harmony exports sortChanges, checkModel, missingMaterials */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30062);
/* harmony import */ var _label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94187);
/* harmony import */ var _responsibility_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1539);
/* harmony import */ var _security_claims_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28685);
/* harmony import */ var _test_request_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16953);
/* harmony import */ var _class_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81301);
/* harmony import */ var _kind_zh_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6370);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_responsibility_js__WEBPACK_IMPORTED_MODULE_3__, _security_claims_js__WEBPACK_IMPORTED_MODULE_4__, _test_request_js__WEBPACK_IMPORTED_MODULE_7__]);
([_responsibility_js__WEBPACK_IMPORTED_MODULE_3__, _security_claims_js__WEBPACK_IMPORTED_MODULE_4__, _test_request_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);








const classificationRank = { material: 0, record: 1, none: 2 };
/** Changes in report order: material first, then by kind, subject and fingerprint. */
function sortChanges(changes) {
    return [...changes].sort((a, b) => classificationRank[a.classification] - classificationRank[b.classification] ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.kind, b.kind) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.subject, b.subject) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.fingerprint, b.fingerprint));
}
function createContext(product, filing, filingId, changes, sbom, check) {
    return {
        product,
        filing,
        filingId,
        label: (0,_label_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLabel */ .uD)(product, filing),
        changes: sortChanges(changes),
        sbom,
        check,
    };
}
/**
 * The check result every document meant for signing or filing carries: the level claimed, the level met,
 * the unmet rules by level and every filing material still missing. Ready to sign only when the level
 * claimed is met and nothing is missing.
 */
function checkModel(ctx) {
    const missing = missingMaterials(ctx.product);
    const levelMet = ctx.check.met >= ctx.check.target;
    return {
        target: ctx.check.target,
        targetSymbols: '★'.repeat(ctx.check.target),
        met: ctx.check.met,
        metSymbols: ctx.check.met > 0 ? '★'.repeat(ctx.check.met) : 'none',
        levelMet,
        readyToSign: levelMet && missing.length === 0,
        judgedOn: ctx.check.judgedOn,
        unmet: ctx.check.unmet.map((l) => ({ stars: l.stars, starSymbols: '★'.repeat(l.stars), rules: l.rules })),
        notes: ctx.check.notes,
        missing,
    };
}
/** Filing materials the agency asks for that the product's data does not provide yet. */
function missingMaterials(product) {
    const ev = product.evidence;
    const report = ev?.test_report;
    const out = [];
    if (!report)
        out.push({ id: 'test_report', zh: '检测报告', en: 'test report' });
    if (!ev?.business_licence)
        out.push({ id: 'business_licence', zh: '营业执照', en: "producer's business licence" });
    if (report && !report.lab_qualification?.cma_certificate)
        out.push({
            id: 'lab_qualification',
            zh: '检测机构资质认定证书',
            en: "laboratory's qualification certificate (CMA)",
        });
    if (!ev?.declaration?.signed_by)
        out.push({ id: 'signed_declaration', zh: '签署的符合性声明', en: 'signed conformity declaration' });
    if (!product.manufacturer.legal_representative)
        out.push({ id: 'legal_representative', zh: '法定代表人', en: "producer's legal representative (named)" });
    if (product.agent && !product.agent.authorization_doc)
        out.push({ id: 'agent_authorisation', zh: '代理人授权书', en: "agent's authorisation" });
    return out;
}
function header(ctx) {
    const { scheme, stars } = (0,_label_js__WEBPACK_IMPORTED_MODULE_1__/* .labelScheme */ .q1)(ctx.product, ctx.filing);
    return {
        productId: ctx.product.id,
        model: ctx.product.model,
        producer: ctx.product.manufacturer.name,
        filingId: ctx.filingId,
        scheme,
        stars,
        starSymbols: '★'.repeat(stars),
        filingStatus: (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statusWording */ .D)(ctx.label.filingStatus),
        draft: ctx.label.draft,
    };
}
const report = (r) => r
    ? {
        file: r.file,
        report_number: r.report_number ?? null,
        sha256: r.sha256,
        date: r.date,
        lab: r.lab,
        lab_type: r.lab_type ?? null,
        accreditation_id: r.accreditation_id ?? null,
        cma_certificate: r.lab_qualification?.cma_certificate ?? null,
        cnas: r.lab_qualification?.cnas ?? null,
    }
    : null;
function securityParts(product) {
    return (product.hardware.parts ?? [])
        .filter((p) => p.security_relevant !== false)
        .map((p) => ({ part: p.part, role: p.role ?? null, mpn: p.mpn, manufacturer: p.manufacturer ?? null }));
}
/** filing-form.json: the seven label items and the product data a filing portal asks for. */
function filingFormModel(ctx) {
    const { product, filing, label } = ctx;
    const { scheme, stars } = (0,_label_js__WEBPACK_IMPORTED_MODULE_1__/* .labelScheme */ .q1)(product, filing);
    const contact = (0,_responsibility_js__WEBPACK_IMPORTED_MODULE_3__/* .filingContact */ .W8)(product);
    const testReport = report(product.evidence?.test_report);
    const lab = (0,_label_js__WEBPACK_IMPORTED_MODULE_1__/* .labelLab */ .WM)(product, filing);
    const standard = (0,_label_js__WEBPACK_IMPORTED_MODULE_1__/* .labelStandard */ .gh)(filing);
    const missing = [
        ...(product.manufacturer.credit_code ? [] : ['producer.credit_code']),
        ...(lab ? [] : ['label.lab']),
        ...(standard ? [] : ['label.standard']),
        ...(testReport ? [] : ['test_report']),
        ...(contact ? [] : ['contact']),
        ...missingMaterials(product)
            .filter((m) => m.id !== 'test_report' && m.id !== 'agent_authorisation')
            .map((m) => m.id),
        ...(product.agent && !product.agent.authorization_doc ? ['agent.authorization_doc'] : []),
    ];
    const check = checkModel(ctx);
    return {
        form: {
            scheme,
            agency: filing?.agency ?? null,
            filing_id: ctx.filingId,
            filing_status: (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statusWording */ .D)(label.filingStatus),
            draft: label.draft,
        },
        label: {
            producer: product.manufacturer.name,
            model: product.model,
            stars,
            level_name: label.levelName ? `${label.levelName.zh} ${label.levelName.en}` : null,
            valid_from: filing?.label?.valid_from ?? null,
            valid_until: filing?.label?.valid_until ?? null,
            lab,
            standard,
            filing_code: label.draft ? null : (filing?.label?.filing_code ?? null),
            verification_url: filing?.verification_url ?? null,
        },
        producer: {
            name: product.manufacturer.name,
            credit_code: product.manufacturer.credit_code ?? null,
            country: product.manufacturer.country ?? null,
            address: product.manufacturer.address ?? null,
        },
        product: { id: product.id, model: product.model, category: product.category, stars },
        hardware: { revision: product.hardware.revision, security_parts: securityParts(product) },
        firmware: { version: product.firmware.version, image_sha256: product.firmware.image_sha256 },
        test_report: testReport,
        pentest_report: report(product.evidence?.pentest_report),
        contact,
        agent: product.agent
            ? { name: product.agent.name, authorization_doc: product.agent.authorization_doc ?? null }
            : null,
        sbom: { file: 'sbom.cdx.json', sha256: ctx.sbom.sha256 },
        check: {
            target_stars: check.target,
            met_stars: check.met,
            level_met: check.levelMet,
            ready_to_sign: check.readyToSign,
            judged_on: check.judgedOn,
            unmet: check.unmet.map((l) => ({
                stars: l.stars,
                rules: l.rules.map((r) => ({
                    id: r.id,
                    title: r.title,
                    ...(r.titleZh ? { title_zh: r.titleZh } : {}),
                    message: r.message,
                })),
            })),
            notes: check.notes,
        },
        missing,
    };
}
/** The category's id, with the catalogue's own names for it when the scheme's pack has a catalogue. */
function categoryModel(ctx) {
    const named = ctx.check.category;
    return {
        category: ctx.product.category,
        categoryTitle: named?.title ?? null,
        categoryTitleZh: named?.titleZh ?? null,
    };
}
/** technical-documentation.md: hardware, firmware, every security claim, SBOM summary. */
function technicalDocumentationModel(ctx) {
    const { product } = ctx;
    return {
        ...header(ctx),
        ...categoryModel(ctx),
        hardware: {
            revision: product.hardware.revision,
            parts: (product.hardware.parts ?? []).map((p) => ({
                part: p.part,
                role: p.role ?? null,
                mpn: p.mpn,
                manufacturer: p.manufacturer ?? null,
                securityRelevant: p.security_relevant !== false,
            })),
        },
        firmware: { version: product.firmware.version, imageSha256: product.firmware.image_sha256 },
        security: (0,_security_claims_js__WEBPACK_IMPORTED_MODULE_4__/* .securityClaims */ .U)(product.security),
        sbom: ctx.sbom,
        check: checkModel(ctx),
    };
}
/** change-notification.md: each change since the baseline. */
function changeNotificationModel(ctx) {
    const baseline = ctx.filing?.baseline;
    const count = (c) => ctx.changes.filter((x) => x.classification === c).length;
    return {
        ...header(ctx),
        baseline: baseline
            ? {
                filingId: baseline.filing_id ?? null,
                hardwareRevision: baseline.hardware.revision,
                firmwareVersion: baseline.firmware.version,
                sbomDigest: baseline.sbom.digest,
            }
            : null,
        counts: {
            total: ctx.changes.length,
            material: count('material'),
            record: count('record'),
            none: count('none'),
            unrecorded: ctx.changes.filter((c) => c.classification === 'material' && !c.recorded).length,
        },
        changes: ctx.changes.map((c, i) => ({
            number: i + 1,
            kind: c.kind,
            kindZh: (0,_kind_zh_js__WEBPACK_IMPORTED_MODULE_5__/* .kindZh */ .p)(c.kind),
            subject: c.subject,
            from: c.from ?? null,
            to: c.to ?? null,
            classification: c.classification,
            ...(0,_class_text_js__WEBPACK_IMPORTED_MODULE_6__/* .classText */ .a)(c),
            recorded: c.recorded,
            changeLogId: c.changeLogId ?? null,
            fingerprint: c.fingerprint,
            matchedBy: c.matchedBy ?? null,
            sources: c.sources.map((s) => ({ label: (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceLabel */ .en)(s), url: s.url ?? null })),
        })),
    };
}
/** declaration-draft.md: the manufacturer's conformity declaration, to be signed. */
function declarationModel(ctx) {
    const { product, filing } = ctx;
    return {
        ...header(ctx),
        levelName: ctx.label.levelName ? `${ctx.label.levelName.zh} ${ctx.label.levelName.en}` : null,
        ...categoryModel(ctx),
        address: product.manufacturer.address ?? null,
        creditCode: product.manufacturer.credit_code ?? null,
        standard: (0,_label_js__WEBPACK_IMPORTED_MODULE_1__/* .labelStandard */ .gh)(filing),
        lab: (0,_label_js__WEBPACK_IMPORTED_MODULE_1__/* .labelLab */ .WM)(product, filing),
        hardwareRevision: product.hardware.revision,
        firmwareVersion: product.firmware.version,
        firmwareSha256: product.firmware.image_sha256,
        testReport: report(product.evidence?.test_report),
        pentestReport: report(product.evidence?.pentest_report),
        // 法定代表人: the named person on the business licence, never an (EU-style) authorised representative.
        legalRepresentative: product.manufacturer.legal_representative ?? null,
        check: checkModel(ctx),
    };
}
/** responsibility-matrix.md: who answers for which data. */
function responsibilityModel(ctx) {
    return { ...header(ctx), stakeholders: (0,_responsibility_js__WEBPACK_IMPORTED_MODULE_3__/* .namedStakeholders */ .xV)(ctx.product), matrix: (0,_responsibility_js__WEBPACK_IMPORTED_MODULE_3__/* .responsibilityMatrix */ .gE)() };
}
/** test-request.md: what the laboratory must test again. */
function testRequestModel(ctx) {
    const { product, filing } = ctx;
    const { stars } = (0,_label_js__WEBPACK_IMPORTED_MODULE_1__/* .labelScheme */ .q1)(product, filing);
    return {
        ...header(ctx),
        lab: (0,_label_js__WEBPACK_IMPORTED_MODULE_1__/* .labelLab */ .WM)(product, filing),
        hardwareRevision: product.hardware.revision,
        firmwareVersion: product.firmware.version,
        firmwareSha256: product.firmware.image_sha256,
        previousReport: report(product.evidence?.test_report),
        firstFiling: !filing?.baseline,
        request: filing?.baseline ? (0,_test_request_js__WEBPACK_IMPORTED_MODULE_7__/* .deriveTestRequest */ .DQ)(ctx.changes, product, stars) : (0,_test_request_js__WEBPACK_IMPORTED_MODULE_7__/* .initialTestRequest */ .YH)(stars),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 17050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ EvidenceError)
/* harmony export */ });
/** Evidence cannot be generated from what was given; the message says what is wrong and what to do. */
class EvidenceError extends Error {
    what;
    hint;
    constructor(what, hint) {
        super(`${what} ${hint}`);
        this.what = what;
        this.hint = hint;
        this.name = 'EvidenceError';
    }
}


/***/ }),

/***/ 618:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ generateEvidence)
/* harmony export */ });
/* unused harmony export evidenceIndexName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95278);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77995);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17050);
/* harmony import */ var _text_formats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51879);
/* harmony import */ var _label_png_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(68725);
/* harmony import */ var _label_svg_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21962);
/* harmony import */ var _sbom_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18917);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7998);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_sbom_summary_js__WEBPACK_IMPORTED_MODULE_5__, _documents_js__WEBPACK_IMPORTED_MODULE_6__]);
([_sbom_summary_js__WEBPACK_IMPORTED_MODULE_5__, _documents_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);









/** Name of the index file every bundle ends with; it hashes every other file and every input. */
const evidenceIndexName = 'evidence-index.json';
const sha256 = (content) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex');
const byPath = (a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.path, b.path);
function checkFilingId(filingId) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(filingId)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .o(`Filing id ${JSON.stringify(filingId)} cannot name an evidence folder.`, 'Use letters, digits, dot, dash or underscore, e.g. the filing date 2026-11-26.');
    }
}
/** The inputs sorted by path; each hash checked, a path listed twice with two hashes refused. */
function checkedInputs(inputs) {
    const seen = new Map();
    for (const { path, sha256: hash } of inputs) {
        if (!/^[0-9a-f]{64}$/.test(hash)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .o(`Input ${path} has hash ${JSON.stringify(hash)}, which is not a lower-case hex SHA-256.`, 'Hash the file bytes with SHA-256 and pass the 64 lower-case hex digits.');
        }
        const earlier = seen.get(path);
        if (earlier !== undefined && earlier !== hash) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .o(`Input ${path} is listed twice with different hashes.`, 'List each source file once, hashed once.');
        }
        seen.set(path, hash);
    }
    return [...seen].map(([path, hash]) => ({ path, sha256: hash })).sort(byPath);
}
function markdown(templates, name, model) {
    // Blocks in the templates leave blank lines behind; collapse them so the files diff cleanly.
    const text = (0,_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTemplate */ .X)(templates, name, model)
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd();
    return Buffer.from(`${text}\n`, 'utf8');
}
function json(templates, name, model) {
    const rendered = (0,_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTemplate */ .X)(templates, name, model);
    let value;
    try {
        value = JSON.parse(rendered);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .o(`templates/${name} rendered invalid JSON (${error.message}).`, 'Print every value with the json helper ({{json field}}) and check commas and brackets.');
    }
    // Re-serialised, so the layout is canonical whatever the template's whitespace.
    return Buffer.from((0,_text_formats_js__WEBPACK_IMPORTED_MODULE_4__/* .stableJson */ ._Y)(value), 'utf8');
}
/** The evidence index: SHA-256 of every generated file and every input, and who generated them. */
function evidenceIndex(input, files, inputs) {
    const index = {
        generator: { name: input.generator.name, version: input.generator.version },
        product: input.product.id,
        filing_id: input.filingId,
        files: files.map((f) => ({ path: f.path, sha256: sha256(f.content), bytes: f.content.length })),
        inputs,
    };
    return { path: evidenceIndexName, content: Buffer.from((0,_text_formats_js__WEBPACK_IMPORTED_MODULE_4__/* .stableJson */ ._Y)(index), 'utf8') };
}
/**
 * Generate one filing's evidence bundle from data alone: the same input always gives byte-identical files,
 * so a refiling pull request changes only when the evidence does.
 */
function generateEvidence(input) {
    checkFilingId(input.filingId);
    const inputs = checkedInputs(input.inputs);
    const { templates } = input;
    const sbom = (0,_sbom_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .summariseSbom */ .G)(input.sbomNormalised, input.product, input.softwareRoles);
    const ctx = (0,_documents_js__WEBPACK_IMPORTED_MODULE_6__/* .createContext */ .q6)(input.product, input.filing, input.filingId, input.changes, sbom, input.check);
    const declaration = (0,_documents_js__WEBPACK_IMPORTED_MODULE_6__/* .declarationModel */ .K6)(ctx);
    const labelSvg = (0,_label_svg_js__WEBPACK_IMPORTED_MODULE_7__/* .renderLabelSvg */ .p)(ctx.label, templates);
    // Documents meant for the filing agency, in English and in Simplified Chinese: one model, two templates.
    const bilingual = (base, model) => ['', '.zh-CN'].map((lang) => ({
        path: `${base}${lang}.md`,
        content: markdown(templates, `${base}${lang}.md.hbs`, model),
    }));
    const files = [
        ...bilingual('change-notification', (0,_documents_js__WEBPACK_IMPORTED_MODULE_6__/* .changeNotificationModel */ .df)(ctx)),
        ...bilingual('declaration-draft', declaration),
        { path: 'filing-form.json', content: json(templates, 'filing-form.json.hbs', (0,_documents_js__WEBPACK_IMPORTED_MODULE_6__/* .filingFormModel */ .$S)(ctx)) },
        // The PNG is the SVG rendered, so the two cannot disagree.
        { path: 'label.png', content: (0,_label_png_js__WEBPACK_IMPORTED_MODULE_8__/* .renderLabelPng */ .Ce)(labelSvg) },
        { path: 'label.svg', content: Buffer.from(labelSvg, 'utf8') },
        {
            path: 'responsibility-matrix.md',
            content: markdown(templates, 'responsibility-matrix.md.hbs', (0,_documents_js__WEBPACK_IMPORTED_MODULE_6__/* .responsibilityModel */ .Yz)(ctx)),
        },
        { path: 'sbom.cdx.json', content: Buffer.from(input.sbomNormalised, 'utf8') },
        ...bilingual('technical-documentation', (0,_documents_js__WEBPACK_IMPORTED_MODULE_6__/* .technicalDocumentationModel */ .rw)(ctx)),
        ...bilingual('test-request', (0,_documents_js__WEBPACK_IMPORTED_MODULE_6__/* .testRequestModel */ .RZ)(ctx)),
    ].sort(byPath);
    return { files: [...files, evidenceIndex(input, files, inputs)].sort(byPath) };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ securityAreaZh),
/* harmony export */   p: () => (/* binding */ kindZh)
/* harmony export */ });
// Chinese names of change kinds (src/changes/ emits them; rules/*/changes.yaml documents them) and of the
// security claim areas of product.yaml, for the documents meant for the filing agency. The English
// documents show the kind or the area's own name.
/** The claim areas under product.yaml `security`, by key. */
const securityAreaZh = {
    authentication: '身份鉴别',
    vulnerability_disclosure: '漏洞披露',
    updates: '软件更新',
    crypto: '密码技术',
    network_services: '网络服务',
    debug_interfaces: '调试接口',
    secure_boot: '安全启动',
    storage: '关键安全参数存储',
    logging: '安全日志',
    privacy: '个人信息保护',
    input_validation: '输入验证',
};
const what = {
    'hardware.revision': '硬件版本',
    'hardware.part': '硬件部件',
    'firmware.version': '固件版本',
    'firmware.image': '固件镜像（同版本不同哈希）',
    'security.debug_interface': '调试接口',
    ...Object.fromEntries(Object.entries(securityAreaZh).map(([area, zh]) => [`security.${area}`, `安全声明：${zh}`])),
    service: '网络服务',
    'sbom.component': 'SBOM 组件',
    'sbom.product': 'SBOM 所述产品',
    'sbom.service': 'SBOM 服务',
    'label.model': '标识：规格型号',
    'label.category': '标识：产品类别',
    'label.producer': '标识：生产者',
    'label.lab': '标识：检测机构',
    'label.standard': '标识：依据的标准或技术文件',
    'label.stars': '标识：网络安全能力等级',
    'lifecycle.support_end': '安全支持截止日期',
};
const how = { added: '新增', removed: '移除', changed: '变更' };
/**
 * The Chinese name of a change kind, e.g. `sbom.component.added` → `SBOM 组件新增`; a kind this table
 * does not know (another pack's, or a new one) is returned as it is.
 */
function kindZh(kind) {
    if (what[kind])
        return what[kind];
    const dot = kind.lastIndexOf('.');
    const base = what[kind.slice(0, dot)];
    const verb = how[kind.slice(dot + 1)];
    if (base && verb)
        return `${base}${verb}`;
    if (kind.startsWith('security.'))
        return `安全声明：${kind.slice('security.'.length)}`;
    return kind;
}


/***/ }),

/***/ 68725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ renderLabelPng),
/* harmony export */   E8: () => (/* binding */ loadLabelRenderer)
/* harmony export */ });
/* unused harmony export labelFontFamily */
/* harmony import */ var _resvg_resvg_wasm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43026);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17050);


/** The family name inside `assets/label/label-cjk.ttf`; the SVG template names it first. */
const labelFontFamily = 'WenQuanYi Micro Hei';
let font;
let preparing;
/**
 * Start the SVG renderer once (WebAssembly starts asynchronously) with the bytes `read` returns; the
 * rendering itself then stays synchronous and pure. `prepareLabelRenderer` (src/pipeline/evidence-assets.ts)
 * reads the shipped files and calls this; shells call that before generating evidence.
 */
function loadLabelRenderer(read) {
    preparing ??= (async () => {
        const assets = read();
        await (0,_resvg_resvg_wasm__WEBPACK_IMPORTED_MODULE_0__/* .initWasm */ .z)(assets.wasm);
        font = assets.font;
    })();
    return preparing;
}
/**
 * The label PNG, rendered from the label SVG by resvg at 1 px per SVG unit with only the shipped CJK font
 * (no system fonts), so the PNG shows exactly what the SVG says on every machine. resvg writes no time
 * or text chunks: the same SVG gives the same bytes.
 */
function renderLabelPng(svg) {
    if (!font) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .o('The label renderer is not loaded, so label.png cannot be drawn.', 'Call prepareLabelRenderer() (src/pipeline/evidence-assets.ts, and await it) before generating evidence.');
    }
    const resvg = new _resvg_resvg_wasm__WEBPACK_IMPORTED_MODULE_0__/* .Resvg */ .W(svg, {
        font: {
            fontBuffers: [font],
            defaultFontFamily: labelFontFamily,
            sansSerifFamily: labelFontFamily,
        },
        background: '#ffffff',
        shapeRendering: 2,
        textRendering: 1,
    });
    try {
        const image = resvg.render();
        const png = Buffer.from(image.asPng());
        image.free();
        return png;
    }
    finally {
        resvg.free();
    }
}


/***/ }),

/***/ 21962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ renderLabelSvg)
});

// UNUSED EXPORTS: labelSvgModel

// EXTERNAL MODULE: ./src/evidence/text-formats.ts
var text_formats = __webpack_require__(51879);
;// CONCATENATED MODULE: ./src/evidence/label-layout.ts
// Geometry of the label artwork (label.svg.hbs); the PNG is that SVG rendered.
const labelWidth = 640;
const labelHeight = 450;
const margin = 24;
/** Items column: seven rows, caption over value. */
const itemsTop = 146;
const itemRowHeight = 36;
const itemsWidth = 380;
/** QR panel on the right, quiet zone included. */
const qrLeft = 428;
const qrTop = 150;
const qrBox = 188;
/** Star row under the title. */
const starTop = 84;
const starRadius = 16;
const starPitch = 40;
/** Draft banner, top right. */
const bannerLeft = 300;
const bannerTop = 18;
const bannerWidth = 316;
const bannerHeight = 34;
// A five-pointed star of outer radius 1 centred on the origin, first point up. Written out rather than
// computed with sin/cos so every platform draws exactly the same pixels.
const unitStar = [
    [0, -1],
    [0.2245, -0.309],
    [0.9511, -0.309],
    [0.3633, 0.118],
    [0.5878, 0.809],
    [0, 0.382],
    [-0.5878, 0.809],
    [-0.3633, 0.118],
    [-0.9511, -0.309],
    [-0.2245, -0.309],
];
/** Vertices of a star of radius `r` centred on (cx, cy). */
function starPoints(cx, cy, r) {
    return unitStar.map(([x, y]) => [cx + x * r, cy + y * r]);
}
/** Centre of the star in slot `i` (0-based). */
function starCentre(i) {
    return [margin + starRadius + i * starPitch, starTop + starRadius];
}

// EXTERNAL MODULE: ./node_modules/qrcode/lib/index.js
var lib = __webpack_require__(21302);
;// CONCATENATED MODULE: ./src/evidence/qr.ts

/** Modules of white border the QR specification requires around the symbol. */
const qrQuietZone = 4;
/** Encode text as a QR code (error correction M: survives some print damage, stays small). */
function qrMatrix(text) {
    const { modules } = lib.create(text, { errorCorrectionLevel: 'M' });
    return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}
/**
 * The dark modules as one SVG path in module units, one rectangle per horizontal run: one element
 * instead of hundreds, and the same text for the same code on every run.
 */
function qrSvgPath(qr) {
    const parts = [];
    for (let row = 0; row < qr.size; row++) {
        let col = 0;
        while (col < qr.size) {
            if (!qr.dark(row, col)) {
                col++;
                continue;
            }
            const start = col;
            while (col < qr.size && qr.dark(row, col))
                col++;
            parts.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
        }
    }
    return parts.join('');
}

// EXTERNAL MODULE: ./src/evidence/templates.ts
var evidence_templates = __webpack_require__(7998);
;// CONCATENATED MODULE: ./src/evidence/label-svg.ts




const valueFontSize = 14;
/** Rough advance of a bold sans-serif string in px: CJK and full-width glyphs are square, the rest ~0.6 em. */
function estimatedWidth(text, fontSize) {
    let em = 0;
    for (const ch of text)
        em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
    return em * fontSize;
}
const number = (n) => String(Math.round(n * 100) / 100);
/** The view model label.svg.hbs renders; every string in it is data and gets XML-escaped there. */
function labelSvgModel(label) {
    const qr = qrMatrix(label.qrText);
    const scale = qrBox / (qr.size + 2 * qrQuietZone);
    return {
        width: labelWidth,
        height: labelHeight,
        frame: { width: labelWidth - 8, height: labelHeight - 8 },
        ruleRight: labelWidth - margin,
        watermarkY: labelHeight - 60,
        draft: label.draft,
        draftTitle: 'DRAFT — refiling pending',
        draftReasons: label.draftReasons.join('; '),
        frameColour: label.draft ? '#c00000' : '#000000',
        // The scheme is data (filing.yaml) like the items: characters XML forbids would make the SVG unreadable.
        scheme: (0,text_formats/* cleanText */.X5)(label.scheme.toUpperCase()),
        margin: margin,
        stars: Array.from({ length: label.starSlots }, (_, i) => {
            const [cx, cy] = starCentre(i);
            return {
                points: starPoints(cx, cy, starRadius)
                    .map(([x, y]) => `${number(x)},${number(y)}`)
                    .join(' '),
                filled: i < label.stars,
            };
        }),
        levelX: margin + label.starSlots * starPitch,
        levelY: starTop + starRadius + 6,
        levelText: label.levelName ? `${label.levelName.zh} ${label.levelName.en}` : `Level ${label.stars}`,
        starsText: `${label.stars}/${label.starSlots}`,
        items: label.items.map((item, i) => {
            const value = (0,text_formats/* cleanText */.X5)(item.value ?? '—');
            const top = itemsTop + i * itemRowHeight;
            return {
                caption: `${item.zh} ${item.en}`,
                value,
                captionY: top + 10,
                valueY: top + 28,
                // Squeeze an over-long value into the column instead of cutting a legally required item short.
                fit: estimatedWidth(value, valueFontSize) > itemsWidth ? itemsWidth : null,
            };
        }),
        itemsRight: margin + itemsWidth,
        qr: {
            x: qrLeft,
            y: qrTop,
            box: qrBox,
            path: qrSvgPath(qr),
            transform: `translate(${number(qrLeft + qrQuietZone * scale)} ${number(qrTop + qrQuietZone * scale)}) scale(${Math.round(scale * 10000) / 10000})`,
            centreX: qrLeft + qrBox / 2,
            captionY: qrTop + qrBox + 18,
            noteY: qrTop + qrBox + 36,
        },
        qrText: (0,text_formats/* cleanText */.X5)(label.qrText),
        qrPlaceholder: label.qrPlaceholder,
        banner: { x: bannerLeft, y: bannerTop, width: bannerWidth, height: bannerHeight },
        bannerTextX: bannerLeft + bannerWidth / 2,
        bannerTextY: bannerTop + 23,
        reasonsY: labelHeight - 16,
        styleNoteY: labelHeight - 34,
    };
}
/** The label artwork as SVG, rendered from `templates/label.svg.hbs` with all data XML-escaped. */
function renderLabelSvg(label, templates) {
    return (0,evidence_templates/* renderTemplate */.X)(templates, 'label.svg.hbs', labelSvgModel(label));
}


/***/ }),

/***/ 94187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WM: () => (/* binding */ labelLab),
/* harmony export */   gh: () => (/* binding */ labelStandard),
/* harmony export */   q1: () => (/* binding */ labelScheme),
/* harmony export */   uD: () => (/* binding */ describeLabel)
/* harmony export */ });
/* unused harmony exports labelItemCaptions, placeholderVerificationUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17050);

/** The seven items of the label, in the order they are printed, with their bilingual captions. */
const labelItemCaptions = [
    { key: 'producer', zh: '生产者', en: 'Producer' },
    { key: 'model', zh: '规格型号', en: 'Model' },
    { key: 'level', zh: '网络安全能力等级', en: 'Level' },
    { key: 'validity', zh: '有效期', en: 'Validity' },
    { key: 'lab', zh: '检测机构', en: 'Lab' },
    { key: 'standard', zh: '依据标准', en: 'Standard' },
    { key: 'filing_code', zh: '备案信息码', en: 'Filing code' },
];
// [CONFIRMED, draft] level names of the CN-CCL scale (domain notes 1.3).
const cclLevelNames = {
    1: { zh: '基础级', en: 'Basic' },
    2: { zh: '增强级', en: 'Enhanced' },
    3: { zh: '领先级', en: 'Leading' },
};
/** The QR payload of a label without a verification URL: `.invalid` never resolves (RFC 2606). */
function placeholderVerificationUrl(productId) {
    return `https://not-filed.invalid/DRAFT/${encodeURIComponent(productId)}`;
}
/** The scheme the evidence is for and the star level claimed for it. */
function labelScheme(product, filing) {
    const claimed = product.labels.find((l) => l.scheme === filing?.scheme) ??
        product.labels.find((l) => l.scheme === 'cn-ccl') ??
        product.labels[0];
    if (!claimed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceError */ .o(`Product ${product.id} targets no label scheme (labels is empty).`, 'Add a labels entry with scheme and stars to product.yaml.');
    }
    const scheme = filing?.scheme ?? claimed.scheme;
    const stars = claimed.scheme === scheme ? claimed.stars : (filing?.label?.stars ?? claimed.stars);
    return { scheme, stars };
}
/** The testing laboratory: the current test report's lab first, as that report is what gets filed. */
function labelLab(product, filing) {
    return product.evidence?.test_report?.lab ?? filing?.label?.lab ?? filing?.baseline?.lab ?? null;
}
/** The standard or technical document relied on; only the filing record states it. */
function labelStandard(filing) {
    return filing?.label?.standard ?? filing?.baseline?.standard ?? null;
}
function validity(filing) {
    const from = filing?.label?.valid_from;
    const until = filing?.label?.valid_until;
    if (from && until)
        return `${from} – ${until}`;
    if (until)
        return `until ${until}`;
    return null;
}
/**
 * The label as it should be printed for the product as it is now. Producer, model, level and lab come
 * from the product (what a refiling submits); validity, standard and filing code from the filing record.
 * It is final only for a granted filing with a filing code and a QR payload; otherwise it is a draft.
 */
function describeLabel(product, filing) {
    const { scheme, stars } = labelScheme(product, filing);
    const status = filing?.status ?? 'not-filed';
    const code = filing?.label?.filing_code ?? null;
    const payload = filing?.label?.qr_payload ?? filing?.verification_url ?? null;
    const draftReasons = [];
    if (status !== 'granted')
        draftReasons.push(`filing status is ${status}`);
    if (!code)
        draftReasons.push('no filing code');
    if (!payload)
        draftReasons.push('no QR payload (label.qr_payload or verification_url)');
    const draft = draftReasons.length > 0;
    const levelName = scheme === 'cn-ccl' ? (cclLevelNames[stars] ?? null) : null;
    const values = {
        producer: product.manufacturer.name,
        model: product.model,
        level: levelName ? `${stars} — ${levelName.zh} ${levelName.en}` : String(stars),
        validity: validity(filing),
        lab: labelLab(product, filing),
        standard: labelStandard(filing),
        // A draft never shows the old code: the code belongs to the filing that the change invalidated.
        filing_code: draft ? '待备案 pending' : code,
    };
    return {
        productId: product.id,
        scheme,
        stars,
        starSlots: Math.max(3, stars),
        levelName,
        items: labelItemCaptions.map((c) => ({ ...c, value: values[c.key] })),
        filingStatus: status,
        draft,
        draftReasons,
        qrText: payload ?? placeholderVerificationUrl(product.id),
        qrPlaceholder: payload === null,
    };
}


/***/ }),

/***/ 1539:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W8: () => (/* binding */ filingContact),
/* harmony export */   gE: () => (/* binding */ responsibilityMatrix),
/* harmony export */   xV: () => (/* binding */ namedStakeholders)
/* harmony export */ });
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16335);

const roleTitles = {
    manufacturer: 'Manufacturer',
    // The stakeholder role is an authorised representative outside China (e.g. under EU law). The 法定代表人
    // who signs the declaration is the producer's own legal representative: manufacturer.legal_representative.
    'legal-representative': 'Authorised representative (outside China)',
    importer: 'Importer',
    distributor: 'Distributor',
    'manufacturing-partner': 'Manufacturing partner',
    agent: 'Filing agent',
    'test-lab': 'Testing laboratory',
    'compliance-lead': 'Compliance lead',
};
// Who answers for which data, following the Measures (《网络安全标识管理办法》, 国信办发文〔2026〕4号, known from
// fragments): the producer and, when it files through one, its agent answer for the truth and completeness of
// the filing materials; label validity and the standard relied on (item 6) are the producer's. Importer and
// distributor duties are not found in any CN-CCL text and are our inference from comparable schemes, marked so.
const responsibilities = [
    {
        data: 'Producer name and credit code (label item 1)',
        basis: 'CN-CCL label item 1',
        duties: { manufacturer: 'A', agent: 'C' },
    },
    { data: 'Product model (label item 2)', basis: 'CN-CCL label item 2', duties: { manufacturer: 'A' } },
    {
        data: 'Capability level claimed (label item 3)',
        basis: 'CN-CCL label item 3',
        duties: { manufacturer: 'A', 'test-lab': 'C', 'compliance-lead': 'C' },
    },
    {
        data: 'Label validity (label item 4)',
        basis: 'CN-CCL label item 4; the producer answers for it [FRAGMENT]',
        duties: { manufacturer: 'A', 'compliance-lead': 'C' },
    },
    {
        data: 'Testing laboratory and test report (label item 5)',
        basis: 'CN-CCL label item 5; testing routes',
        duties: { 'test-lab': 'A', manufacturer: 'C' },
    },
    {
        data: 'Standard relied on (label item 6)',
        basis: 'CN-CCL label item 6; the producer answers for it [FRAGMENT]',
        duties: { manufacturer: 'A', 'test-lab': 'C', 'compliance-lead': 'C' },
    },
    {
        data: 'Filing materials (form, test report, label design, business licence, lab qualification certificate, agent authorisation) and the filing information code (label item 7)',
        basis: 'Measures [FRAGMENT]: producer and agent answer for the truth and completeness of the filing materials',
        duties: { manufacturer: 'A', agent: 'A', 'test-lab': 'C', 'compliance-lead': 'C' },
    },
    {
        data: 'Hardware revision and security-relevant parts',
        basis: 'Change classification (key technical parameters)',
        duties: { manufacturer: 'A', 'manufacturing-partner': 'C' },
    },
    {
        data: 'Firmware and SBOM',
        basis: 'Change classification; vulnerability management',
        duties: { manufacturer: 'A', 'compliance-lead': 'C' },
    },
    {
        data: 'Security claims',
        basis: 'Label must match actual capability [FRAGMENT]',
        duties: { manufacturer: 'A', 'test-lab': 'C' },
    },
    {
        data: "Conformity declaration, signed by the producer's legal representative (法定代表人)",
        basis: 'Declaration behind the QR code',
        duties: { manufacturer: 'A' },
    },
    {
        data: 'Change notification and refiling',
        basis: 'Re-filing on key parameter change [FRAGMENT]',
        duties: { 'compliance-lead': 'A', manufacturer: 'A', agent: 'C' },
    },
    {
        data: 'Vulnerability handling and updates for the support period',
        basis: 'CN-CCL ★ basic requirements; 《网络产品安全漏洞管理规定》 工信部联网安〔2021〕66号',
        duties: { manufacturer: 'A', 'compliance-lead': 'C' },
    },
    {
        data: 'Imported products match the filed model',
        basis: '[INFERENCE] from comparable schemes',
        duties: { importer: 'A', manufacturer: 'C' },
    },
    {
        data: 'Products on sale carry a valid label',
        basis: '[INFERENCE] from comparable schemes',
        duties: { distributor: 'A', importer: 'C' },
    },
];
/** Everyone the manifest names for each role, in role order; a role nobody holds is listed as unnamed. */
function namedStakeholders(product) {
    const listed = product.stakeholders ?? [];
    return _schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .stakeholderRoles */ .Qp.flatMap((role) => {
        const holders = listed
            .filter((s) => s.role === role)
            .map((s) => ({
            role: roleTitles[role],
            name: s.name,
            contact: s.contact ?? null,
            github: s.github ?? null,
            source: 'stakeholders',
        }));
        if (holders.length > 0)
            return holders;
        const fallback = role === 'manufacturer'
            ? { name: product.manufacturer.name, source: 'manufacturer' }
            : role === 'agent' && product.agent
                ? { name: product.agent.name, source: 'agent' }
                : role === 'test-lab' && product.evidence?.test_report
                    ? { name: product.evidence.test_report.lab, source: 'evidence.test_report' }
                    : { name: null, source: 'not named' };
        return [{ role: roleTitles[role], contact: null, github: null, ...fallback }];
    });
}
/** The responsibility matrix: one row per kind of data, one column per role. */
function responsibilityMatrix() {
    return {
        roles: _schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .stakeholderRoles */ .Qp.map((r) => roleTitles[r]),
        rows: responsibilities.map((r) => ({
            data: r.data,
            basis: r.basis,
            cells: _schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .stakeholderRoles */ .Qp.map((role) => r.duties[role] ?? ''),
        })),
    };
}
/** The person to contact about the filing: the compliance lead, else the manufacturer's named contact. */
function filingContact(product) {
    const listed = product.stakeholders ?? [];
    const person = listed.find((s) => s.role === 'compliance-lead') ?? listed.find((s) => s.role === 'manufacturer');
    return person ? { role: person.role, name: person.name, contact: person.contact ?? null } : null;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 18917:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ summariseSbom)
/* harmony export */ });
/* unused harmony export rolesOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91035);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95278);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65286);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81647);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17050);






/** Security roles of one component, as change detection sees them: pack data, role property, manifest. */
function rolesOf(component, product, softwareRoles) {
    const declared = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredRoles */ ._)(product.security).get(component.name.trim().toLowerCase()) ?? [];
    return [...new Set([...(0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .componentRoles */ .ZK)(component, softwareRoles), ...declared])].sort();
}
/**
 * Summarise the normalised SBOM text: component counts by type and the security-relevant software
 * (components with a role from the pack's software roles, a `ccl:role` property, or the manifest).
 */
function summariseSbom(sbomText, product, softwareRoles) {
    const read = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_3__.readSbom)(sbomText, 'sbom.cdx.json');
    if (!read.ok) {
        const first = read.problems[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EvidenceError */ .o(`The normalised SBOM given to the evidence generator cannot be read: ${first?.message ?? 'unknown problem'}${first?.line ? ` (line ${first.line})` : ''}.`, 'Pass the CycloneDX JSON text produced by serialiseNormalised, not an unchecked file.');
    }
    const { sbom } = read;
    if (sbom.format !== 'json') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EvidenceError */ .o(`The normalised SBOM given to the evidence generator is CycloneDX ${sbom.format.toUpperCase()}, not JSON; it would be filed as sbom.cdx.json.`, 'Pass the CycloneDX JSON text produced by serialiseNormalised.');
    }
    const counts = new Map();
    for (const c of sbom.components)
        counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    const securityRelevant = sbom.components
        .map((c) => ({ c, roles: rolesOf(c, product, softwareRoles) }))
        .filter(({ roles }) => roles.length > 0)
        .map(({ c, roles }) => ({
        name: c.group ? `${c.group}/${c.name}` : c.name,
        version: c.version ?? null,
        type: c.type,
        roles: roles.join(', '),
    }))
        .sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .compareText */ .n6)(a.name, b.name) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .compareText */ .n6)(a.version ?? '', b.version ?? '') ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .compareText */ .n6)(a.type, b.type));
    return {
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(sbomText, 'utf8').digest('hex'),
        specVersion: sbom.specVersion,
        subject: {
            name: sbom.metadata.component?.name ?? null,
            version: sbom.metadata.component?.version ?? null,
        },
        components: sbom.components.length,
        byType: [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .compareText */ .n6)(a.type, b.type)),
        services: sbom.services.length,
        securityRelevant,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 28685:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ securityClaims)
/* harmony export */ });
/* unused harmony export humanise */
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16335);
/* harmony import */ var _kind_zh_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6370);


/** `default_credential_mode` → `Default credential mode`. */
function humanise(key) {
    const words = key.replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}
/** Keys of `value` in schema order, then any the schema does not know, sorted: stable for any YAML order. */
function orderedKeys(value, schema) {
    const known = Object.keys(schema?.properties ?? {});
    const extra = Object.keys(value)
        .filter((k) => !known.includes(k))
        .sort();
    return [...known.filter((k) => k in value), ...extra];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function cell(value) {
    if (value === null ||
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean') {
        return value;
    }
    return JSON.stringify(value) ?? null;
}
function flatten(value, schema, path, rows) {
    if (isRecord(value)) {
        for (const key of orderedKeys(value, schema)) {
            flatten(value[key], schema?.properties?.[key], [...path, humanise(key)], rows);
        }
    }
    else if (Array.isArray(value) && value.some(isRecord)) {
        value.forEach((item, i) => flatten(item, schema?.items, [...path, String(i + 1)], rows));
    }
    else if (Array.isArray(value)) {
        rows.push({ claim: path.join(' › '), value: value.map(cell), isUrl: false });
    }
    else if (value !== undefined) {
        rows.push({ claim: path.join(' › '), value: cell(value), isUrl: schema?.format === 'uri' });
    }
}
function areaTitles(area) {
    const zh = _kind_zh_js__WEBPACK_IMPORTED_MODULE_0__/* .securityAreaZh */ .S[area];
    return { title: humanise(area), ...(zh ? { titleZh: zh } : {}) };
}
/** Every claim in `security`, grouped by area in schema order; nothing is left out. */
function securityClaims(security) {
    if (!security)
        return [];
    const schema = _schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .securitySchema */ .C0;
    return orderedKeys(security, schema).map((area) => {
        const value = security[area];
        const areaSchema = schema.properties?.[area];
        if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) {
            const records = value;
            const everyKey = {};
            for (const record of records)
                Object.assign(everyKey, record);
            const columns = orderedKeys(everyKey, areaSchema?.items);
            return {
                ...areaTitles(area),
                rows: [],
                table: {
                    columns: columns.map(humanise),
                    rows: records.map((r) => ({ cells: columns.map((c) => (r[c] === undefined ? null : cell(r[c]))) })),
                },
            };
        }
        const rows = [];
        flatten(value, areaSchema, [], rows);
        const named = rows.map((row) => (row.claim === '' ? { ...row, claim: humanise(area) } : row));
        return { ...areaTitles(area), rows: named, table: null };
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ evidenceTemplateNames),
/* harmony export */   X: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88508);
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(handlebars__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17050);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15330);
/* harmony import */ var _text_formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51879);




/** Template files the evidence bundle is rendered from, by name under `templates/`. */
const evidenceTemplateNames = [
    'change-notification.md.hbs',
    'change-notification.zh-CN.md.hbs',
    'declaration-draft.md.hbs',
    'declaration-draft.zh-CN.md.hbs',
    'filing-form.json.hbs',
    'label.svg.hbs',
    'responsibility-matrix.md.hbs',
    'technical-documentation.md.hbs',
    'technical-documentation.zh-CN.md.hbs',
    'test-request.md.hbs',
    'test-request.zh-CN.md.hbs',
];
// An isolated instance: helpers registered here never leak into another part of the program that uses
// Handlebars, and theirs never reach the evidence.
const hb = handlebars__WEBPACK_IMPORTED_MODULE_0___default().create();
/** The single value a helper was called with; a template typo such as `{{md}}` fails loudly. */
function oneArgument(name, args) {
    if (args.length !== 2)
        throw new Error(`helper "${name}" takes exactly one value, got ${args.length - 1}`);
    return args[0];
}
/** A data value as inline Markdown: escaped, never a link, image, HTML tag or mention. */
function markdownText(value) {
    if (value === undefined || value === null || value === '')
        return '—';
    if (typeof value === 'boolean')
        return value ? 'yes' : 'no';
    if (typeof value === 'number' || typeof value === 'string')
        return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(String(value), _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .evidenceMarkdown */ .BI);
    if (Array.isArray(value))
        return value.length === 0 ? '—' : value.map(markdownText).join(', ');
    throw new Error(`helper "md" cannot print an object; name one of its fields`);
}
hb.registerHelper('md', (...args) => new hb.SafeString(markdownText(oneArgument('md', args))));
hb.registerHelper('link', (...args) => {
    const value = oneArgument('link', args);
    return new hb.SafeString(typeof value === 'string' && value !== '' ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownUrl */ .$x)(value, _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .evidenceMarkdown */ .BI) : markdownText(value));
});
hb.registerHelper('json', (...args) => new hb.SafeString((0,_text_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonValue */ .IL)(oneArgument('json', args))));
hb.registerHelper('eq', (...args) => {
    if (args.length !== 3)
        throw new Error(`helper "eq" takes exactly two values, got ${args.length - 1}`);
    return args[0] === args[1];
});
// Compiled once per distinct source: a bundle renders each template once, a long-running process
// (a refiling run over many products) renders the same sources again and again.
const compiled = new Map();
/** Render one evidence template with a view model; template errors name the template file. */
function renderTemplate(templates, name, model) {
    const source = templates[name];
    if (source === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .o(`Template ${name} is missing from the templates given to the evidence generator.`, `Load every file named in evidenceTemplateNames from templates/ (dist/templates/ in the bundle).`);
    }
    try {
        let template = compiled.get(source);
        if (!template) {
            // strict: a field the model does not have is an error, not an empty string on a legal document.
            template = hb.compile(source, { strict: true, noEscape: false });
            compiled.set(source, template);
        }
        return template(model);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .o)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .o(`templates/${name}: ${message}.`, 'Fix the template: it uses a field or helper the evidence model does not provide (see src/evidence/).');
    }
}


/***/ }),

/***/ 16953:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ deriveTestRequest),
/* harmony export */   YH: () => (/* binding */ initialTestRequest)
/* harmony export */ });
/* unused harmony export testAreasFor */
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91035);
/* harmony import */ var _class_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81301);
/* harmony import */ var _kind_zh_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6370);



// In the order a lab works through them; the titles say what the test covers (TC260 domains, ETSI clauses).
const areaTitles = {
    full: 'Full retest against every requirement of the claimed level',
    network: 'Network services and exposed interfaces (service inventory, port scan, protocols)',
    authentication: 'Authentication and access control (default credentials, password policy, brute-force protection)',
    crypto: 'Cryptography and secure communication (TLS versions, algorithms, key and secret storage)',
    update: 'Secure update (signature verification, update channel, rollback)',
    'secure-boot': 'Secure boot and firmware integrity',
    debug: 'Debug and physical interfaces (UART, JTAG, adb, telnet)',
    input: 'Input validation of exposed interfaces (fuzzing)',
    privacy: 'Data and personal information (sensors, notices, user data erasure)',
    logging: 'Security audit logging',
    vulnerability: 'Known-vulnerability check of the software inventory (SBOM)',
    documents: 'Document review only: label data and statements, no technical test',
    review: 'Scope to be agreed with the laboratory: change kind not in the catalogue',
    penetration: 'Penetration test by a qualified third-party laboratory (required at ★★★)',
};
const areaOrder = Object.keys(areaTitles);
// The same titles in Simplified Chinese, for test-request.zh-CN.md.
const areaTitlesZh = {
    full: '按所声明等级的全部要求全面重新检测',
    network: '网络服务和暴露的接口（服务清单、端口扫描、协议）',
    authentication: '身份鉴别和访问控制（默认凭据、口令策略、防暴力破解）',
    crypto: '密码技术和安全通信（TLS 版本、算法、密钥和秘密信息的存储）',
    update: '安全更新（签名验证、更新通道、回滚）',
    'secure-boot': '安全启动和固件完整性',
    debug: '调试接口和物理接口（UART、JTAG、adb、telnet）',
    input: '暴露接口的输入验证（模糊测试）',
    privacy: '数据和个人信息（传感器、告知、用户数据删除）',
    logging: '安全审计日志',
    vulnerability: '软件清单（SBOM）的已知漏洞检查',
    documents: '仅文件审查：标识数据和声明，无需技术检测',
    review: '检测范围须与检测机构商定：变更类型不在目录中',
    penetration: '由具备资质的第三方检测机构进行渗透测试（★★★ 要求）',
};
function ref(c) {
    return {
        kind: c.kind,
        kindZh: (0,_kind_zh_js__WEBPACK_IMPORTED_MODULE_0__/* .kindZh */ .p)(c.kind),
        subject: c.subject,
        from: c.from ?? null,
        to: c.to ?? null,
        classification: c.classification,
        ...(0,_class_text_js__WEBPACK_IMPORTED_MODULE_1__/* .classText */ .a)(c),
    };
}
/** The role of the hardware part a change names, looked up in the manifest by part name or MPN. */
function partRole(change, product) {
    const names = [change.subject, change.from, change.to].filter((s) => !!s);
    // Change detection describes a part as `<manufacturer> <mpn>`, or the MPN alone.
    const part = (product.hardware.parts ?? []).find((p) => names.some((n) => n === p.part || n === p.mpn || n.endsWith(` ${p.mpn}`)));
    return part?.role;
}
/** `mbedtls` from a component subject such as `mbedtls (pkg:generic/mbedtls)` or `org/name (library)`. */
function componentName(subject) {
    const display = subject.replace(/\s\([^)]*\)$/, '').trim();
    return display.slice(display.lastIndexOf('/') + 1).toLowerCase();
}
// The product manifest names its crypto library and the components behind its network services; roles
// known only from the pack's software-roles data reach the test request through the class id (below).
function componentAreas(change, product) {
    const roles = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredRoles */ ._)(product.security).get(componentName(change.subject)) ?? [];
    if (roles.includes('crypto'))
        return ['crypto', 'vulnerability'];
    if (roles.includes('network-daemon'))
        return ['network', 'authentication', 'vulnerability'];
    return ['vulnerability'];
}
// Areas by change-class id of the built-in CN-CCL pack (rules/cn-ccl/changes.yaml). They add what the
// kind alone cannot tell, e.g. that an added SBOM component is a bootloader. Another pack's ids fall
// back to the kind.
const areasByClass = {
    'fw-new-network-service': ['network', 'authentication'],
    'network-service-weakened': ['network', 'authentication'],
    'auth-scheme-changed': ['authentication'],
    'update-mechanism-changed': ['update'],
    'boot-chain-changed': ['secure-boot'],
    'crypto-library-major': ['crypto'],
    'crypto-algorithm-changed': ['crypto'],
    'storage-protection-changed': ['crypto'],
    'privacy-sensors-changed': ['privacy'],
    'debug-interface-re-enabled': ['debug'],
    'debug-interface-added': ['debug'],
    'label-stars-raised': ['full'],
    'label-lab-or-standard-changed': ['full'],
};
/** The test areas one material change calls for: by its kind, plus what its class id adds. */
function testAreasFor(change, product) {
    const byKind = areasForKind(change, product);
    const byClass = areasByClass[change.classId] ?? [];
    const areas = byClass.length > 0 && byKind.length === 1 && byKind[0] === 'review' ? byClass : [...byKind, ...byClass];
    return areaOrder.filter((id) => areas.includes(id));
}
// Hardware that holds the root of trust (SoC, secure element) or whose role is unknown means a full
// retest: the lab cannot reuse results obtained on other silicon.
function areasForKind(change, product) {
    const kind = change.kind;
    const starts = (prefix) => kind === prefix || kind.startsWith(`${prefix}.`);
    if (starts('hardware.part')) {
        const role = partRole(change, product);
        if (role === 'flash')
            return ['crypto', 'secure-boot'];
        if (role === 'radio')
            return ['network', 'crypto'];
        if (role === 'camera' || role === 'microphone')
            return ['privacy'];
        return ['full'];
    }
    if (starts('hardware'))
        return ['full'];
    if (starts('firmware'))
        return ['network', 'authentication', 'vulnerability'];
    if (starts('service') || starts('security.network_services') || starts('sbom.service')) {
        return ['network', 'authentication'];
    }
    if (starts('sbom.component'))
        return componentAreas(change, product);
    if (starts('security.authentication'))
        return ['authentication'];
    if (starts('security.crypto') || starts('security.storage'))
        return ['crypto'];
    if (starts('security.updates'))
        return ['update'];
    if (starts('security.secure_boot'))
        return ['secure-boot'];
    if (starts('security.debug_interface') || starts('security.debug_interfaces'))
        return ['debug'];
    if (starts('security.input_validation'))
        return ['input'];
    if (starts('security.privacy'))
        return ['privacy'];
    if (starts('security.logging'))
        return ['logging'];
    if (starts('security'))
        return ['documents'];
    if (starts('label.stars') || starts('label.lab') || starts('label.standard'))
        return ['full'];
    if (starts('label') || starts('lifecycle'))
        return ['documents'];
    return ['review'];
}
/** A product without a registered baseline is tested in full; ★★★ adds the penetration test. */
function initialTestRequest(stars) {
    const areas = stars >= 3 ? ['full', 'penetration'] : ['full'];
    return {
        fullRetest: true,
        areas: areas.map((id) => ({ id, title: areaTitles[id], titleZh: areaTitlesZh[id], because: [] })),
        notRetested: [],
    };
}
/** Derive the retest scope from the changes' kinds; ★★★ adds a third-party penetration test. */
function deriveTestRequest(changes, product, stars) {
    const because = new Map();
    const material = changes.filter((c) => c.classification === 'material');
    for (const change of material) {
        for (const area of testAreasFor(change, product)) {
            because.set(area, [...(because.get(area) ?? []), ref(change)]);
        }
    }
    const technical = [...because.keys()].some((a) => a !== 'documents');
    if (stars >= 3 && technical) {
        because.set('penetration', material.map(ref));
    }
    return {
        fullRetest: because.has('full'),
        areas: areaOrder
            .filter((id) => because.has(id))
            .map((id) => ({
            id,
            title: areaTitles[id],
            titleZh: areaTitlesZh[id],
            because: because.get(id) ?? [],
        })),
        notRetested: changes.filter((c) => c.classification === 'record').map(ref),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 51879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ jsonValue),
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   _Y: () => (/* binding */ stableJson)
/* harmony export */ });
// Escaping for the evidence's formats other than Markdown (which src/markdown/escape.ts handles): XML text
// in the label SVG, and JSON. Data comes from the user's repository and may be hostile, so every value is
// escaped for the format it lands in, and templates never see raw data.
/** Characters XML 1.0 forbids even when escaped; also lone surrogates, which no encoder can write. */
const forbiddenInXml = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replace characters no XML document may hold with U+FFFD. */
function cleanText(text) {
    return text.replace(forbiddenInXml, '\uFFFD');
}
/**
 * Canonical JSON: two-space indent, trailing newline, and `<`, `>`, `&`, U+2028/9 as \u escapes so that
 * no HTML tag or entity survives even if the file is pasted into a web page.
 */
function stableJson(value) {
    return `${jsonText(JSON.stringify(value, null, 2))}\n`;
}
/** One JSON value on one line, escaped as `stableJson` escapes. */
function jsonValue(value) {
    return jsonText(JSON.stringify(value ?? null));
}
function jsonText(json) {
    // These characters only ever occur inside JSON strings, where a \u escape means the same.
    return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

/***/ 38391:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ loadTemplates),
/* harmony export */   Z: () => (/* binding */ prepareLabelRenderer)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25462);
/* harmony import */ var _evidence_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7998);
/* harmony import */ var _evidence_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68725);
// The shipped files evidence is rendered with, read from beside the bundle: the templates and what label.png
// is drawn with. Here, not in src/evidence/ (which renders from what it is given and reads no file), so that
// both shells read them alike.




/** Load the templates evidence is rendered from. */
function loadTemplates() {
    const dir = (0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .assetDir */ .Y)('templates');
    return Object.fromEntries(_evidence_index_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceTemplateNames */ .S.map((name) => [name, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'utf8')]));
}
/**
 * Load the SVG renderer and the label font once. Shells call it before generating evidence (each bundle
 * renders label.png).
 */
function prepareLabelRenderer() {
    return (0,_evidence_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadLabelRenderer */ .E8)(() => {
        const dir = (0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .assetDir */ .Y)('assets/label');
        return {
            wasm: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(wasmFile(dir)),
            font: new Uint8Array((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'label-cjk.ttf'))),
        };
    });
}
/**
 * The resvg WebAssembly module: copied beside the font in dist/ by the build, else the npm package's
 * own file when running from the repository. WebAssembly rather than a native addon, so the bundle runs
 * on every runner OS and CPU from dist/ alone.
 */
function wasmFile(dir) {
    const shipped = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'resvg.wasm');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(shipped))
        return shipped;
    const installed = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)), 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(installed))
        return installed;
    throw new Error(`labelguard is incomplete: resvg.wasm is missing from ${dir}; rebuild dist/ (npm run build)`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 49801:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ evidenceFor),
/* harmony export */   n: () => (/* binding */ bundleCheck)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95278);
/* harmony import */ var _evidence_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(618);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68922);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20436);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28053);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20731);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14315);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71013);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_evidence_index_js__WEBPACK_IMPORTED_MODULE_0__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _load_repository_js__WEBPACK_IMPORTED_MODULE_5__]);
([_evidence_index_js__WEBPACK_IMPORTED_MODULE_0__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _load_repository_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);






/** The evidence bundle of one loaded product, from its files as read (pure: no I/O, no clock). */
function evidenceFor(p, changes, ctx) {
    if (!p.manifest || !p.sbom) {
        throw new Error(`product ${p.id} has problems that prevent generating evidence; run labelguard check first`);
    }
    const inputs = [
        ...(p.sha256.manifest ? [{ path: p.manifestFile, sha256: p.sha256.manifest }] : []),
        ...(p.sha256.filing && p.filingFile ? [{ path: p.filingFile, sha256: p.sha256.filing }] : []),
        ...p.files.filter((f) => f.resolved && f.sha256).map((f) => ({ path: f.resolved, sha256: f.sha256 })),
    ];
    return (0,_evidence_index_js__WEBPACK_IMPORTED_MODULE_0__/* .generateEvidence */ .r)({
        product: p.manifest,
        ...(p.filing ? { filing: p.filing } : {}),
        changes,
        sbomNormalised: (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseNormalised */ .Qw)(p.sbom),
        ...(ctx.softwareRoles ? { softwareRoles: ctx.softwareRoles } : {}),
        check: ctx.check,
        inputs,
        generator: { ..._version_js__WEBPACK_IMPORTED_MODULE_2__/* .generator */ .w },
        filingId: ctx.filingId,
        templates: ctx.templates,
    });
}
/**
 * The rules' verdict on one product for the scheme its evidence is for: the level met and every rule that
 * fails at or below the level claimed. `changes` are all changes since the baseline (coverage follows the
 * change log). Pure.
 */
function bundleCheck(p, packs, changes, now) {
    const manifest = p.manifest;
    const scheme = p.filing?.scheme ?? manifest?.labels[0]?.scheme ?? '';
    const target = manifest?.labels.find((l) => l.scheme === scheme)?.stars ?? 0;
    if (!manifest)
        return { scheme, target, met: 0, unmet: [], notes: [], judgedOn: now };
    const evaluation = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateProduct */ .b)(packs, {
        product: manifest,
        ...(p.filing ? { filing: p.filing } : {}),
        ...(p.sbom ? { inventory: p.sbom } : {}),
        sbomSchemaValid: !p.findings.some((f) => f.ruleId === 'sbom.schema'),
        now,
        coverage: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .coverageFacts */ .g)(p.filing, changes),
        locate: (doc, path) => (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(p, doc, path),
    });
    const met = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readiness */ .x)(evaluation, packs).find((r) => r.scheme === scheme)?.met ?? 0;
    const rulesById = new Map(packs.flatMap((pack) => pack.rules.map((r) => [r.id, r])));
    const failing = evaluation.outcomes.filter((o) => o.scheme === scheme &&
        o.inScope &&
        o.severity === 'error' &&
        (o.status === 'fail' || o.status === 'error'));
    const levels = [...new Set(failing.map((o) => o.stars))].sort((a, b) => a - b);
    const unmet = levels.map((stars) => ({
        stars,
        rules: failing
            .filter((o) => o.stars === stars)
            .map((o) => {
            const rule = rulesById.get(o.ruleId);
            return {
                id: o.ruleId,
                title: rule?.title ?? o.ruleId,
                ...(rule?.titleZh ? { titleZh: rule.titleZh } : {}),
                message: evaluation.findings.find((f) => f.ruleId === o.ruleId)?.message ?? '',
            };
        })
            .sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n6)(a.id, b.id)),
    }));
    const schemeRules = new Set(packs.filter((pk) => pk.scheme === scheme).flatMap((pk) => pk.rules.map((r) => r.id)));
    const notes = evaluation.findings
        .filter((f) => f.severity === 'info' && schemeRules.has(f.ruleId))
        .map((f) => ({ id: f.ruleId, message: f.message }));
    const entry = packs
        .filter((pk) => pk.scheme === scheme)
        .flatMap((pk) => pk.catalogue ?? [])
        .find((c) => c.id === manifest.category);
    const category = entry
        ? { title: entry.title, ...(entry.title_zh ? { titleZh: entry.title_zh } : {}) }
        : undefined;
    return { scheme, target, met, unmet, notes, judgedOn: now, ...(category ? { category } : {}) };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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

/***/ 81647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSbom: () => (/* binding */ parseSbom),
  readParsed: () => (/* binding */ readParsed),
  readSbom: () => (/* binding */ readSbom)
});

// EXTERNAL MODULE: ./src/sbom/input.ts
var sbom_input = __webpack_require__(26449);
// EXTERNAL MODULE: ./src/sbom/read-json.ts
var read_json = __webpack_require__(89292);
// EXTERNAL MODULE: ./src/sbom/build.ts + 1 modules
var build = __webpack_require__(88220);
// EXTERNAL MODULE: ./src/sbom/normalise.ts
var normalise = __webpack_require__(22811);
// EXTERNAL MODULE: ./src/sbom/xml.ts
var sbom_xml = __webpack_require__(55604);
// EXTERNAL MODULE: ./src/sbom/types.ts
var types = __webpack_require__(59452);
;// CONCATENATED MODULE: ./src/sbom/read-xml.ts
// CycloneDX XML front end: maps the XML shape (attributes, wrapper elements, nested dependencies)
// onto the same raw fields the JSON front end produces.




// Same field order as the JSON front end, so both produce one object shape.
const componentAccess = {
    read(n, path) {
        return {
            type: (0,sbom_xml/* attr */.CF)(n, 'type') ?? '',
            name: (0,sbom_xml/* text */.Qq)(n, 'name') ?? '',
            group: (0,sbom_xml/* text */.Qq)(n, 'group'),
            version: (0,sbom_xml/* text */.Qq)(n, 'version'),
            purl: (0,sbom_xml/* text */.Qq)(n, 'purl'),
            cpe: (0,sbom_xml/* text */.Qq)(n, 'cpe'),
            hashes: (0,normalise/* sortHashes */.bZ)((0,sbom_xml/* items */.ld)(n, 'hashes', 'hash').flatMap((h) => {
                const alg = (0,sbom_xml/* attr */.CF)(h, 'alg');
                const content = (0,sbom_xml/* ownText */.U3)(h);
                return alg === undefined || content === undefined ? [] : [(0,normalise/* makeHash */.jU)(alg, content)];
            })),
            supplier: (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(n, 'supplier'), 'name'),
            manufacturer: (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(n, 'manufacturer'), 'name'),
            publisher: (0,sbom_xml/* text */.Qq)(n, 'publisher'),
            properties: readProperties(n),
            bomRef: (0,sbom_xml/* attr */.CF)(n, 'bom-ref'),
            cryptoProperties: readCrypto((0,sbom_xml/* child */.jf)(n, 'cryptoProperties')),
            licenses: readLicenses(n),
            path,
        };
    },
    children: (n) => (0,sbom_xml/* items */.ld)(n, 'components', 'component'),
};
const serviceAccess = {
    read(n, path) {
        const s = {
            name: (0,sbom_xml/* text */.Qq)(n, 'name') ?? '',
            endpoints: (0,normalise/* sortedUnique */.Z$)((0,sbom_xml/* items */.ld)(n, 'endpoints', 'endpoint').flatMap((e) => (0,sbom_xml/* ownText */.U3)(e) ?? [])),
            path,
        };
        (0,build/* setIf */.O)(s, 'group', (0,sbom_xml/* text */.Qq)(n, 'group'));
        (0,build/* setIf */.O)(s, 'version', (0,sbom_xml/* text */.Qq)(n, 'version'));
        (0,build/* setIf */.O)(s, 'provider', (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(n, 'provider'), 'name'));
        (0,build/* setIf */.O)(s, 'authenticated', (0,normalise/* bool */.lc)((0,sbom_xml/* text */.Qq)(n, 'authenticated')));
        (0,build/* setIf */.O)(s, 'trustBoundary', (0,normalise/* bool */.lc)((0,sbom_xml/* text */.Qq)(n, 'x-trust-boundary')));
        (0,build/* setIf */.O)(s, 'bomRef', (0,sbom_xml/* attr */.CF)(n, 'bom-ref'));
        return s;
    },
    children: (n) => (0,sbom_xml/* items */.ld)(n, 'services', 'service'),
};
function readProperties(n) {
    const out = [];
    for (const p of (0,sbom_xml/* items */.ld)(n, 'properties', 'property')) {
        const name = (0,sbom_xml/* attr */.CF)(p, 'name');
        if (name !== undefined)
            out.push({ name, value: (0,sbom_xml/* ownText */.U3)(p) ?? '' });
    }
    return (0,normalise/* normaliseProperties */._c)(out);
}
function readLicenses(n) {
    const licenses = (0,sbom_xml/* child */.jf)(n, 'licenses');
    const out = [];
    for (const l of (0,sbom_xml/* all */.Q7)(licenses?.license)) {
        const s = (0,sbom_xml/* text */.Qq)(l, 'id') ?? (0,sbom_xml/* text */.Qq)(l, 'name');
        if (s !== undefined)
            out.push(s);
    }
    for (const e of (0,sbom_xml/* all */.Q7)(licenses?.expression)) {
        const s = (0,sbom_xml/* ownText */.U3)(e);
        if (s !== undefined)
            out.push(s);
    }
    return (0,normalise/* sortedUnique */.Z$)(out);
}
function readCrypto(n) {
    const assetType = (0,sbom_xml/* text */.Qq)(n, 'assetType');
    if (n === undefined || assetType === undefined)
        return undefined;
    const c = { assetType };
    const oid = (0,sbom_xml/* text */.Qq)(n, 'oid');
    if (oid !== undefined)
        c.oid = oid;
    const alg = (0,sbom_xml/* child */.jf)(n, 'algorithmProperties');
    if (alg !== undefined) {
        c.algorithm = {
            cryptoFunctions: (0,normalise/* sortedUnique */.Z$)((0,sbom_xml/* items */.ld)(alg, 'cryptoFunctions', 'cryptoFunction').flatMap((f) => (0,sbom_xml/* ownText */.U3)(f) ?? [])),
        };
        for (const k of types/* CRYPTO_ALGORITHM_FIELDS */.S) {
            const v = (0,sbom_xml/* text */.Qq)(alg, k);
            if (v !== undefined)
                c.algorithm[k] = v;
        }
    }
    const proto = (0,sbom_xml/* child */.jf)(n, 'protocolProperties');
    if (proto !== undefined) {
        c.protocol = {
            cipherSuites: (0,normalise/* sortedUnique */.Z$)((0,sbom_xml/* items */.ld)(proto, 'cipherSuites', 'cipherSuite').flatMap((s) => (0,sbom_xml/* text */.Qq)(s, 'name') ?? [])),
        };
        const type = (0,sbom_xml/* text */.Qq)(proto, 'type');
        const version = (0,sbom_xml/* text */.Qq)(proto, 'version');
        if (type !== undefined)
            c.protocol.type = type;
        if (version !== undefined)
            c.protocol.version = version;
    }
    return c;
}
// XML nests dependency refs: <dependency ref="a"><dependency ref="b"/></dependency>. Deeper
// nesting is read as further entries; the parser's nesting limit bounds the loop.
function readDependencies(bom) {
    const out = [];
    const queue = (0,sbom_xml/* items */.ld)(bom, 'dependencies', 'dependency');
    for (let i = 0; i < queue.length; i++) {
        const d = queue[i];
        const ref = (0,sbom_xml/* attr */.CF)(d, 'ref');
        const kids = (0,sbom_xml/* all */.Q7)(d.dependency);
        if (ref !== undefined)
            out.push({ ref, dependsOn: kids.flatMap((k) => (0,sbom_xml/* attr */.CF)(k, 'ref') ?? []) });
        for (const k of kids)
            if (k.dependency !== undefined)
                queue.push(k);
    }
    return out;
}
/** Reads a parsed CycloneDX XML <bom> element. */
function readXmlDocument(bom, specVersion, file, maxDepth) {
    const metadata = (0,sbom_xml/* child */.jf)(bom, 'metadata');
    return (0,build/* buildInventory */.R)({
        specVersion,
        format: 'xml',
        root: (0,sbom_xml/* child */.jf)(metadata, 'component'),
        manufacturer: (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(metadata, 'manufacturer'), 'name') ?? (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(metadata, 'manufacture'), 'name'),
        supplier: (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(metadata, 'supplier'), 'name'),
        components: (0,sbom_xml/* items */.ld)(bom, 'components', 'component'),
        services: (0,sbom_xml/* items */.ld)(bom, 'services', 'service'),
        dependencies: readDependencies(bom),
    }, componentAccess, serviceAccess, file, maxDepth);
}

;// CONCATENATED MODULE: ./src/sbom/read.ts




/**
 * Decodes and parses an SBOM (size, encoding, depth and DTD limits applied); never throws on bad input.
 * `positions` keeps each XML element's offset, which schema problems need for their line numbers.
 */
function parseSbom(input, fileName, opts = {}) {
    const decoded = (0,sbom_input/* decodeInput */.Ny)(input, fileName, opts.maxBytes ?? sbom_input/* DEFAULT_MAX_BYTES */.fS);
    if (!decoded.ok)
        return decoded;
    if (decoded.format === 'json') {
        const parsed = (0,sbom_input/* parseJson */.qF)(decoded.text, fileName);
        if (!parsed.ok)
            return parsed;
        return { ok: true, format: 'json', text: decoded.text, doc: parsed.value };
    }
    const positions = opts.positions === true;
    const xml = (0,sbom_xml/* parseCycloneDxXml */.MI)(decoded.text, fileName, opts.maxDepth ?? sbom_input/* DEFAULT_MAX_DEPTH */.J, positions);
    if (!xml.ok)
        return xml;
    return {
        ok: true,
        format: 'xml',
        text: decoded.text,
        bom: xml.bom,
        specVersion: xml.specVersion,
        positions,
    };
}
/** Reads a parsed SBOM into a normalised Inventory. */
function readParsed(parsed, fileName, opts = {}) {
    const maxDepth = opts.maxDepth ?? sbom_input/* DEFAULT_MAX_DEPTH */.J;
    return parsed.format === 'json'
        ? (0,read_json/* readJsonDocument */.E)(parsed.doc, fileName, maxDepth)
        : readXmlDocument(parsed.bom, parsed.specVersion, fileName, maxDepth);
}
/** Reads a CycloneDX 1.2–1.7 SBOM (JSON or XML) into a normalised Inventory; never throws on bad input. */
function readSbom(input, fileName, opts = {}) {
    const parsed = parseSbom(input, fileName, opts);
    return parsed.ok ? readParsed(parsed, fileName, opts) : parsed;
}


/***/ }),

/***/ 55604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ attr),
/* harmony export */   G1: () => (/* binding */ position),
/* harmony export */   MI: () => (/* binding */ parseCycloneDxXml),
/* harmony export */   Q7: () => (/* binding */ all),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   U3: () => (/* binding */ ownText),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   ld: () => (/* binding */ items)
/* harmony export */ });
/* unused harmony export node */
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69658);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75824);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26449);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20969);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22811);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59452);
// XML plumbing: a locked-down fast-xml-parser setup plus small accessors over its output. No DTD
// is ever processed (documents with one are refused), values stay strings ("1.10" is not 1.1).





// Tags that may repeat; always arrays so one and many look alike.
const ARRAY_TAGS = new Set([
    'component',
    'service',
    'hash',
    'property',
    'license',
    'expression',
    'dependency',
    'endpoint',
    'manufacture',
    'cipherSuite',
    'cryptoFunction',
]);
const ATTR = '@_';
function makeParser(maxNestedTags, captureMetaData) {
    return new fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A({
        ignoreAttributes: false,
        attributeNamePrefix: ATTR,
        removeNSPrefix: true,
        parseTagValue: false,
        parseAttributeValue: false,
        // Decodes numeric character references too; with DTDs refused no custom entity can exist.
        htmlEntities: true,
        ignoreDeclaration: true,
        ignorePiTags: true,
        isArray: (name, _jPath, _leaf, isAttribute) => !isAttribute && ARRAY_TAGS.has(name),
        maxNestedTags,
        captureMetaData,
    });
}
const NS = /^http:\/\/cyclonedx\.org\/schema\/bom\/(\d+\.\d+)$/;
const START_TAG = /<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Finds the document element and its CycloneDX namespace version without a full parse. */
function rootElement(text) {
    let i = 0;
    for (;;) {
        i = text.indexOf('<', i);
        if (i === -1)
            return undefined;
        if (text.startsWith('<?', i)) {
            i = text.indexOf('?>', i);
            if (i === -1)
                return undefined;
            continue;
        }
        if (text.startsWith('<!--', i)) {
            i = text.indexOf('-->', i);
            if (i === -1)
                return undefined;
            continue;
        }
        START_TAG.lastIndex = i;
        const m = START_TAG.exec(text);
        if (!m)
            return undefined;
        const [prefix, local] = m[2] === undefined ? [undefined, m[1]] : [m[1], m[2]];
        const wanted = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
        let namespace;
        for (const a of m[3].matchAll(ATTRIBUTE))
            if (a[1] === wanted)
                namespace = a[2] ?? a[3];
        return { name: local, namespace };
    }
}
/** Checks well-formedness, refuses DTDs, identifies a CycloneDX <bom> and parses it. */
function parseCycloneDxXml(text, file, maxDepth, captureMetaData = false) {
    const fail = (message, hint, line, column) => ({
        ok: false,
        problems: [(0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)(file, message, hint, line, column)],
    });
    const dtd = (0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .rejectDtd */ .GR)(text, file);
    if (dtd.length > 0)
        return { ok: false, problems: dtd };
    const wellFormed = fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__/* .XMLValidator */ .iI.validate(text);
    if (wellFormed !== true) {
        const { msg, line, col } = wellFormed.err;
        return fail(`invalid XML: ${msg}`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.xml, line, col);
    }
    const root = rootElement(text);
    if (root === undefined)
        return fail('not a CycloneDX SBOM: no document element found', _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.notCycloneDx);
    if (root.name !== 'bom')
        return fail(`not a CycloneDX SBOM: the document element is <${root.name}>, not <bom>`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.notCycloneDx);
    const version = root.namespace === undefined ? undefined : NS.exec(root.namespace)?.[1];
    if (version === undefined) {
        return fail(`not a CycloneDX SBOM: <bom> is in namespace ${JSON.stringify(root.namespace ?? '')}, not http://cyclonedx.org/schema/bom/1.x`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.notCycloneDx);
    }
    if (!_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SUPPORTED_SPEC_VERSIONS */ .R.includes(version)) {
        return fail(`unsupported CycloneDX spec version ${version} (XML namespace ${root.namespace})`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.specVersion);
    }
    const limit = (0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .structuralDepthLimit */ .CD)(maxDepth);
    let parsed;
    try {
        parsed = makeParser(limit, captureMetaData).parse(text);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (/nested tags/i.test(message)) {
            return fail(`XML elements are nested more than ${limit} levels deep`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.depth);
        }
        return fail(`invalid XML: ${message}`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.xml);
    }
    const bom = node(parsed.bom);
    if (bom === undefined)
        return fail('not a CycloneDX SBOM: no <bom> element', _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.notCycloneDx);
    return { ok: true, bom, specVersion: version };
}
/** A parsed element as an object (leaf strings become `{ '#text': s }`). */
function node(v) {
    if (Array.isArray(v))
        return node(v[0]);
    if (typeof v === 'string')
        return { '#text': v };
    return typeof v === 'object' && v !== null ? v : undefined;
}
/** Child element `name` of `n`. */
function child(n, name) {
    return n === undefined ? undefined : node(n[name]);
}
/** Repeated `item` children of the `container` child, e.g. items(c, 'hashes', 'hash'). */
function items(n, container, item) {
    return all(child(n, container)?.[item]);
}
/** Every element of a possibly-repeated child value. */
function all(v) {
    const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
    const out = [];
    for (const x of list) {
        const e = node(x);
        if (e !== undefined)
            out.push(e);
    }
    return out;
}
/** Trimmed text content of `n` itself. */
function ownText(n) {
    return n === undefined ? undefined : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(n['#text']);
}
/** Trimmed text of child element `name`. */
function text(n, name) {
    return ownText(child(n, name));
}
function attr(n, name) {
    return n === undefined ? undefined : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(n[ATTR + name]);
}
/** 1-based line/column of an element parsed with captureMetaData. */
function position(text_, n) {
    const meta = n[fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.getMetaDataSymbol()];
    return meta?.startIndex === undefined ? {} : (0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumn */ .rv)(text_, meta.startIndex);
}


/***/ })

};
