export const id = 23;
export const ids = [23,391];
export const modules = {

/***/ 32023:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refilingNeeds: () => (/* reexport safe */ _refiling_needs_js__WEBPACK_IMPORTED_MODULE_3__.g),
/* harmony export */   syncRefilings: () => (/* binding */ syncRefilings),
/* harmony export */   writeForkRefilings: () => (/* binding */ writeForkRefilings)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3693);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73116);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(68922);
/* harmony import */ var _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(49801);
/* harmony import */ var _pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38391);
/* harmony import */ var _refiling_exec_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5848);
/* harmony import */ var _refiling_exec_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41203);
/* harmony import */ var _refiling_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83982);
/* harmony import */ var _refiling_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(16434);
/* harmony import */ var _refiling_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(37502);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(71013);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16547);
/* harmony import */ var _refiling_needs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27072);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_4__, _load_repository_js__WEBPACK_IMPORTED_MODULE_10__, _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_13__]);
([_pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_4__, _load_repository_js__WEBPACK_IMPORTED_MODULE_10__, _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_13__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);












// Callers outside the action (the adversarial corpus) read the needs from here, beside the executor.

/**
 * Open, update or close one refiling pull request per product and target branch. Every need either
 * gets a pull request or a result saying why not: nothing is dropped silently.
 */
async function syncRefilings(run) {
    await (0,_pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_4__.prepareLabelRenderer)(); // each plan renders label.png
    const settings = run.outcome.repo.config.config.refiling ?? {};
    const branchPrefix = settings.branch_prefix ?? _refiling_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_BRANCH_PREFIX */ ._g;
    const { octokit, repo } = run.api;
    const needs = (0,_refiling_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .refilingNeeds */ .g)(run.outcome).filter((n) => !run.only || run.only.has(n.product.id));
    let open;
    try {
        open = await (0,_refiling_exec_index_js__WEBPACK_IMPORTED_MODULE_6__/* .listRefilingPullRequests */ .Gq)(octokit, repo, {
            identity: run.identity,
            branchPrefix,
            target: run.target.branch,
        });
    }
    catch (error) {
        // Without the list nothing can be done safely (a refiling pull request could be opened twice), but the
        // run must go on to report the check: every need becomes a `failed` result saying why, which fails the
        // run with GitHub's classified message instead of an internal error that skips the summary.
        const reason = `could not list the open refiling pull requests: ${(0,_github_index_js__WEBPACK_IMPORTED_MODULE_7__/* .toGitHubApiError */ .Vu)(error, 'list the refiling pull requests').message}`;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`refiling: ${reason}`);
        return needs.map((n) => ({ productId: n.product.id, operation: 'failed', reason }));
    }
    const { plans, failed } = plansFor(run, needs, open.map((p) => p.metadata));
    const log = { debug: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, warn: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e };
    for (const f of failed)
        log.warn(`refiling ${f.productId} → ${run.target.branch}: failed: ${f.reason ?? ''}`);
    const results = await (0,_refiling_exec_index_js__WEBPACK_IMPORTED_MODULE_8__/* .syncRefiling */ .s)({
        octokit,
        repo,
        identity: run.identity,
        target: run.target,
        plans,
        openRefilingPrs: open,
        ...(settings.max_open ? { maxOpen: settings.max_open } : {}),
        log,
    });
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_9__/* .append */ .BC)(results, failed);
    if (run.closeStale) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_9__/* .append */ .BC)(results, await (0,_refiling_exec_index_js__WEBPACK_IMPORTED_MODULE_8__/* .closeStaleRefilings */ .b)({
            octokit,
            repo,
            identity: run.identity,
            target: run.target,
            branchPrefix,
            productIdsStillNeeding: [
                // Every product that needs a refiling, planned or not: a plan that failed this time must not get
                // the product's open refiling pull request closed as "no longer needed".
                ...needs.map((n) => n.product.id),
                // Nor may a product whose data could not be read this time (a broken product.yaml pushed to
                // the default branch): that it needs nothing is unknown, not shown.
                ...unjudged(run.outcome),
            ],
            openRefilingPrs: open,
            log,
        }));
    }
    return results;
}
/** Products whose data did not load cleanly, so that whether they still need a refiling is unknown. */
function unjudged(outcome) {
    return outcome.repo.products
        .filter((p) => {
        // A released product keeps a summary of its manifest and filing, not the documents themselves.
        const { manifest, filing } = (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_10__/* .summaryOf */ .YG)(p);
        return (!manifest || (!p.sbom && !p.summary) || !filing || p.findings.some((f) => f.severity === 'error'));
    })
        .map((p) => p.id);
}
/** For a pull request from a fork: write each refiling's files for a workflow artifact and say how to apply them. */
function writeForkRefilings(run, tempDir, runUrl) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tempDir, 'labelguard-refiling');
    const comments = [];
    const { plans, failed } = plansFor(run, (0,_refiling_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .refilingNeeds */ .g)(run.outcome), []);
    for (const f of failed)
        comments.push(`labelguard could not prepare the refiling of ${f.productId}: ${f.reason ?? ''}`);
    for (const plan of plans) {
        const out = (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_11__/* .forkRefilingFiles */ .Wq)(plan, { directory: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_11__/* .forkArtifactName */ .Km)(plan.productId)) });
        for (const f of out.files) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(f.path), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(f.path, f.content);
        }
        comments.push((0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_11__/* .forkRefilingComment */ .yZ)(plan, { artifactName: out.artifactName, ...(runUrl ? { runUrl } : {}) }));
    }
    return { dir, comments };
}
/**
 * The plan of every need. A need that cannot be planned (data that breaks a limit, such as a scheme name
 * too long for a pull-request body) becomes a `failed` result for its product alone: one product's bad
 * data must not take the refiling pull requests of all the others down with it.
 */
function plansFor(run, needs, previous) {
    const settings = run.outcome.repo.config.config.refiling ?? {};
    const templates = (0,_pipeline_evidence_assets_js__WEBPACK_IMPORTED_MODULE_4__.loadTemplates)();
    const plans = [];
    const failed = [];
    for (const { product, scheme, changes, changeSets } of needs) {
        try {
            plans.push(planOne(run, settings, templates, previous, product, scheme, changes, changeSets));
        }
        catch (error) {
            failed.push({
                productId: product.id,
                operation: 'failed',
                reason: `the refiling could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
            });
        }
    }
    return { plans, failed };
}
function planOne(run, settings, templates, previous, product, scheme, changes, changeSets) {
    const before = previous.find((m) => m?.product === product.id && m.scheme === scheme);
    const filingId = (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_12__/* .stableFilingId */ .Yy)(run.now, before, {
        productId: product.id,
        scheme,
        target: run.target.branch,
        fingerprints: changes.map((c) => c.fingerprint),
    });
    const softwareRoles = run.outcome.packs.packs.find((p) => p.scheme === scheme)?.softwareRoles;
    const allChanges = run.outcome.report.products.find((p) => p.id === product.id)?.changes ?? changes;
    const bundle = (0,_pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_13__/* .evidenceFor */ .h)(product, changes, {
        templates,
        ...(softwareRoles ? { softwareRoles } : {}),
        check: (0,_pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_13__/* .bundleCheck */ .n)(product, run.outcome.packs.packs, allChanges, run.now),
        filingId,
    });
    return (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_12__/* .planRefiling */ .wG)({
        productId: product.id,
        productDir: [run.pathPrefix, product.dir].filter(Boolean).join('/'),
        scheme,
        changes,
        ...(changeSets ? { changeSets } : {}),
        bundle,
        filingId,
        ...(product.filingText !== undefined ? { filingText: product.filingText } : {}),
        ...(product.manifest?.stakeholders ? { stakeholders: product.manifest.stakeholders } : {}),
        triggeredBy: run.trigger,
    }, run.target, settings, { repositoryUrl: run.repositoryUrl, generator: { ..._version_js__WEBPACK_IMPORTED_MODULE_14__/* .generator */ .w } });
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
    const read = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readSbom */ .kH)(sbomText, 'sbom.cdx.json');
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

/***/ 38391:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadTemplates: () => (/* binding */ loadTemplates),
/* harmony export */   prepareLabelRenderer: () => (/* binding */ prepareLabelRenderer)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76536);
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

/***/ 83982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OD: () => (/* binding */ refilingBranchName),
/* harmony export */   _g: () => (/* binding */ DEFAULT_BRANCH_PREFIX),
/* harmony export */   lZ: () => (/* binding */ sanitiseRefPath)
/* harmony export */ });
/**
 * The refiling branch name: the idempotency key of a refiling pull request, one per product and target
 * branch, like create-pull-request's fixed branch and Renovate's branch-per-update.
 */
/** The branch prefix when `.labelguard.yml` names none. */
const DEFAULT_BRANCH_PREFIX = 'labelguard/refile';
/**
 * `<prefix>/<target branch>/<product id>`, each part made valid under git's ref-name rules
 * (git check-ref-format): the same inputs always give the same name.
 */
function refilingBranchName(prefix, targetBranch, productId) {
    const parts = [prefix ?? DEFAULT_BRANCH_PREFIX, targetBranch, productId].map((p) => sanitiseRefPath(p));
    if (parts.some((p) => p === '')) {
        throw new Error(`Cannot form a refiling branch name from prefix "${prefix ?? ''}", target "${targetBranch}" and product ` +
            `"${productId}": each must keep at least one letter or digit after removing characters git refuses.`);
    }
    return parts.join('/');
}
/**
 * A slash-separated path made valid as part of a git ref: forbidden characters (controls, space, `~ ^ : ?
 * * [ \`, `@{`, `..`) become `-`, empty components go, no component starts with `.` or ends with `.lock`
 * or `.`. Not guaranteed injective (`a b` and `a-b` meet); the metadata records the real target and product.
 */
function sanitiseRefPath(path) {
    return path
        .split('/')
        .map(sanitiseComponent)
        .filter((c) => c !== '')
        .join('/');
}
function sanitiseComponent(component) {
    let c = component
        // eslint-disable-next-line no-control-regex -- control characters are exactly what git refuses
        .replace(/[\u0000-\u0020\u007F~^:?*[\\]/g, '-')
        .replace(/@\{/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-');
    c = c.replace(/^[.-]+/, '');
    while (/(\.lock|\.)$/i.test(c))
        c = c.replace(/\.lock$/i, '-lock').replace(/\.+$/, '');
    return c === '@' || /^-*$/.test(c) ? '' : c;
}


/***/ }),

/***/ 5848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ listRefilingPullRequests),
/* harmony export */   Oc: () => (/* binding */ listBranchPullRequests)
/* harmony export */ });
/* unused harmony exports refilingPullRequestsAmong, asRefilingPullRequest */
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74487);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77369);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48467);


/** Every pull request (open and closed) whose head is `branch` in this repository, newest first. */
async function listBranchPullRequests(octokit, repo, branch, identity) {
    const pulls = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listPullRequestsByHead */ .JN)(octokit, repo, { head: branch, state: 'all' });
    return pulls.map((p) => asRefilingPullRequest(p, identity));
}
/**
 * The open refiling pull requests labelguard itself opened: author is the identity, head branch under
 * the prefix, valid hidden metadata. One paged read; pass the result to `syncRefiling` and
 * `closeStaleRefilings` to save a lookup per product, and its metadata to `stableFilingId`.
 */
async function listRefilingPullRequests(octokit, repo, options) {
    const pulls = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listPullRequests */ .qc)(octokit, repo, {
        state: 'open',
        ...(options.target !== undefined && { base: options.target }),
    });
    return refilingPullRequestsAmong(pulls, repo, options);
}
/** Which of these pull requests are labelguard's refiling pull requests (see {@link listRefilingPullRequests}), oldest first. */
function refilingPullRequestsAmong(pulls, repo, options) {
    const prefix = `${options.branchPrefix.replace(/\/+$/, '')}/`;
    const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
    return pulls
        .map((p) => asRefilingPullRequest(p, options.identity))
        .filter((p) => p.own &&
        p.metadata !== undefined &&
        p.headRef.startsWith(prefix) &&
        p.headRepo?.toLowerCase() === fullName &&
        (options.target === undefined || p.baseRef === options.target))
        .sort((a, b) => a.number - b.number);
}
/** A pull request with whether the identity opened it and its refiling metadata. */
function asRefilingPullRequest(pull, identity) {
    const metadata = (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMetadata */ .jR)(pull.body);
    return {
        ...pull,
        own: (0,_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isOwnLogin */ .sV)(identity, pull.author),
        ...(metadata && { metadata }),
    };
}


/***/ }),

/***/ 41203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ closeStaleRefilings),
  s: () => (/* binding */ syncRefiling)
});

// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(78932);
// EXTERNAL MODULE: ./src/github/pulls.ts
var github_pulls = __webpack_require__(74487);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(66645);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/identity.ts
var github_identity = __webpack_require__(77369);
// EXTERNAL MODULE: ./src/markdown/limits.ts
var limits = __webpack_require__(55337);
// EXTERNAL MODULE: ./src/refiling/branch.ts
var branch = __webpack_require__(83982);
// EXTERNAL MODULE: ./src/refiling/metadata.ts
var metadata = __webpack_require__(48467);
// EXTERNAL MODULE: ./src/markdown/escape.ts
var markdown_escape = __webpack_require__(15330);
;// CONCATENATED MODULE: ./src/refiling/exec/messages.ts

/** Sticky-comment key of the "blocked by a person's commits" comment: one per pull request. */
const BLOCKED_COMMENT_KEY = 'refiling-blocked';
const MAX_COMMITS_LISTED = 10;
/**
 * Why labelguard stopped updating a refiling pull request. The text depends only on the branch and the
 * commits in the way, so a rerun finds it unchanged and writes nothing.
 */
function blockedComment(branch, base, foreign) {
    const listed = foreign.slice(0, MAX_COMMITS_LISTED).map((c) => {
        const who = c.authorLogin ?? c.authorEmail ?? 'an unknown author';
        const subject = c.message.split('\n')[0] ?? '';
        return `- \`${c.sha.slice(0, 12)}\` by ${(0,markdown_escape/* escapeMarkdown */.FV)(who, 80)}: ${(0,markdown_escape/* escapeMarkdown */.FV)(subject, 120)}`;
    });
    const more = foreign.length > MAX_COMMITS_LISTED ? [`- and ${foreign.length - MAX_COMMITS_LISTED} more`] : [];
    return [
        '### labelguard stopped updating this refiling pull request',
        '',
        `The changes or the evidence of this refiling have changed, but the branch ${(0,markdown_escape/* inlineCode */.ti)(branch)} carries ${foreign.length} commit${foreign.length === 1 ? '' : 's'} that labelguard did not make:`,
        '',
        ...listed,
        ...more,
        '',
        'labelguard never overwrites commits made by people, so the files here may now be out of date. To go on:',
        '',
        `- **Keep your commits:** update the evidence yourself (run \`labelguard evidence\` on this branch and commit what it writes), or merge as it is and let labelguard open a new refiling pull request against ${(0,markdown_escape/* inlineCode */.ti)(base)} for what is still missing.`,
        '- **Let labelguard regenerate it:** close this pull request and delete its branch; the next run opens a new one.',
    ].join('\n');
}
/** Why labelguard closed a refiling pull request whose need disappeared. */
function obsoleteComment(base, branchDeleted, foreign) {
    const lines = [
        `labelguard closed this refiling pull request: the product no longer has unrecorded changes on ${(0,markdown_escape/* inlineCode */.ti)(base)} (they were recorded another way, reverted, or are no longer classified as needing a record).`,
    ];
    if (branchDeleted)
        lines.push('', 'Its branch held only labelguard’s commit and was deleted.');
    else if (foreign.length > 0) {
        lines.push('', `Its branch was kept: it carries ${foreign.length} commit${foreign.length === 1 ? '' : 's'} that labelguard did not make.`);
    }
    return lines.join('\n');
}
/** The line a new refiling pull request gets when it replaces one a person closed. */
function supersedesLine(closed) {
    return `_This pull request replaces #${closed}, which was closed without merging before a new change appeared._`;
}
/** The pull request a body says it replaces, if it says so. */
function supersededIn(body) {
    const match = /^_This pull request replaces #(\d+), /m.exec(body);
    return match?.[1] !== undefined ? Number(match[1]) : undefined;
}
/** The line a closed pull request with the same changes gets in the result, explaining why nothing was opened. */
function ignoredReason(closed) {
    return (`The refiling pull request #${closed} for these changes was closed without merging. labelguard reads that as ` +
        '"ignore these changes" and opens a new pull request only when a new change appears. Reopen #' +
        `${closed} to have labelguard maintain it again.`);
}

// EXTERNAL MODULE: ./src/refiling/exec/pull-lookup.ts
var pull_lookup = __webpack_require__(5848);
;// CONCATENATED MODULE: ./src/refiling/exec/sync.ts





const silent = { debug: () => { }, info: () => { }, warn: () => { } };
/** Create, update or leave alone the refiling pull request of every plan; one result per plan, in order. */
async function syncRefiling(input) {
    const log = input.log ?? silent;
    const budget = new OpenBudget(input);
    const results = [];
    for (const plan of input.plans) {
        const result = await syncOne(input, plan, budget);
        const detail = result.reason ? `: ${result.reason}` : '';
        const where = result.number !== undefined ? ` #${result.number}` : '';
        const line = `refiling ${plan.productId} → ${plan.base}: ${result.operation}${where}${detail}`;
        if (result.operation === 'failed' || result.operation === 'blocked')
            log.warn(line);
        else
            log.info(line);
        for (const w of result.warnings ?? [])
            log.warn(`refiling ${plan.productId}: ${w}`);
        results.push(result);
    }
    return results;
}
/**
 * Close, with a comment, every open refiling pull request into the target whose product no longer needs
 * one, and delete its branch unless someone else committed to it.
 */
async function closeStaleRefilings(input) {
    const log = input.log ?? silent;
    const { octokit, repo, identity, target } = input;
    const still = new Set(input.productIdsStillNeeding);
    let open;
    try {
        open =
            input.openRefilingPrs ??
                (await (0,pull_lookup/* listRefilingPullRequests */.Gq)(octokit, repo, {
                    identity,
                    branchPrefix: input.branchPrefix ?? branch/* DEFAULT_BRANCH_PREFIX */._g,
                    target: target.branch,
                }));
    }
    catch (error) {
        const failure = failedResult('(all products)', error, undefined);
        log.warn(`refiling: could not list the open refiling pull requests: ${failure.reason ?? ''}`);
        return [failure];
    }
    const stale = open.filter((p) => p.state === 'open' &&
        p.own &&
        p.metadata !== undefined &&
        p.metadata.target === target.branch &&
        p.baseRef === target.branch &&
        !still.has(p.metadata.product));
    const results = [];
    for (const pr of stale) {
        const productId = pr.metadata?.product ?? '';
        try {
            const foreign = await (0,git_data/* findForeignCommits */.Q$)(octokit, repo, {
                base: target.sha,
                head: pr.headSha,
                identity,
            });
            const deleteIt = foreign.length === 0;
            await (0,github_pulls/* createComment */.eT)(octokit, repo, pr.number, obsoleteComment(target.branch, deleteIt, foreign));
            const body = pr.metadata ? (0,metadata/* replaceMetadata */._H)(pr.body, { ...pr.metadata, closed: 'obsolete' }) : pr.body;
            await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, pr.number, {
                state: 'closed',
                ...(body.length <= limits/* MAX_BODY_CHARS */.G && { body }),
            });
            if (deleteIt)
                await (0,git_data/* deleteBranch */.SN)(octokit, repo, pr.headRef);
            log.info(`refiling ${productId} → ${target.branch}: closed #${pr.number} (no longer needed)`);
            results.push({
                productId,
                operation: 'closed',
                number: pr.number,
                url: pr.url,
                branch: pr.headRef,
                reason: deleteIt
                    ? 'the product no longer needs a refiling; the branch was deleted'
                    : 'the product no longer needs a refiling; the branch was kept because it carries commits by others',
            });
        }
        catch (error) {
            const failure = failedResult(productId, error, pr);
            log.warn(`refiling ${productId} → ${target.branch}: failed to close #${pr.number}: ${failure.reason ?? ''}`);
            results.push(failure);
        }
    }
    return results;
}
/** How many more refiling pull requests may be opened under `max_open`; counted once, lazily. */
class OpenBudget {
    input;
    open;
    constructor(input) {
        this.input = input;
    }
    /** Undefined when there is room; otherwise why not. */
    async refusal(plan) {
        const max = this.input.maxOpen;
        if (max === undefined)
            return undefined;
        this.open ??= (this.input.openRefilingPrs ??
            (await (0,pull_lookup/* listRefilingPullRequests */.Gq)(this.input.octokit, this.input.repo, {
                identity: this.input.identity,
                branchPrefix: plan.branchPrefix,
            }))).filter((p) => p.state === 'open' && p.own).length;
        return this.open >= max
            ? `${this.open} refiling pull requests are open and refiling.max_open is ${max}; merge or close one, or raise max_open`
            : undefined;
    }
    opened() {
        if (this.open !== undefined)
            this.open++;
    }
}
async function syncOne(input, plan, budget) {
    const { octokit, repo, identity, target } = input;
    const base = { productId: plan.productId, operation: 'failed', branch: plan.branch };
    if (plan.base !== target.branch || plan.metadata.target !== target.branch) {
        return {
            ...base,
            reason: `the plan was made for target branch ${plan.base}, not ${target.branch}; plan it again for this target`,
        };
    }
    let stage = 'lookup';
    let committed;
    try {
        const known = input.openRefilingPrs?.find((p) => p.state === 'open' && p.headRef === plan.branch);
        const pulls = known ? [known] : await (0,pull_lookup/* listBranchPullRequests */.Oc)(octokit, repo, plan.branch, identity);
        const open = pulls.find((p) => p.state === 'open');
        if (open) {
            if (!isOurs(open, plan))
                return foreignPullRequest(base, open, identity);
            if (open.metadata?.digest === plan.metadata.digest) {
                return {
                    ...base,
                    operation: 'unchanged',
                    number: open.number,
                    url: open.url,
                    commitSha: open.headSha,
                };
            }
            // A replacement keeps saying which pull request it replaced.
            const body = withSupersedes(plan.body, supersededIn(open.body));
            if (open.metadata?.files === plan.metadata.files) {
                // Only the title or the text changed: the branch already holds these files.
                await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, open.number, { title: plan.title, body });
                return { ...base, operation: 'updated', number: open.number, url: open.url, commitSha: open.headSha };
            }
            stage = 'commit';
            // The files digest differs, so the branch cannot already hold these files: skip that check, and
            // start from the head the listing reported (checked again before the branch moves).
            committed = await commit(octokit, repo, identity, target, plan, {
                knownToDiffer: true,
                expectedHeadSha: open.headSha,
            });
            if (committed.operation === 'blocked') {
                await (0,comments/* upsertStickyComment */.qD)(octokit, repo, {
                    issueNumber: open.number,
                    key: BLOCKED_COMMENT_KEY,
                    identity,
                    body: blockedComment(plan.branch, target.branch, committed.foreignCommits ?? []),
                });
                return {
                    ...base,
                    operation: 'blocked',
                    number: open.number,
                    url: open.url,
                    ...(committed.commitSha !== undefined && { commitSha: committed.commitSha }),
                    reason: committed.reason ?? 'the branch carries commits by others',
                };
            }
            if (committed.operation === 'no-diff') {
                return closeObsolete(input, plan, open, base);
            }
            stage = 'pull-request';
            await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, open.number, { title: plan.title, body });
            return {
                ...base,
                operation: 'updated',
                number: open.number,
                url: open.url,
                ...(committed.commitSha !== undefined && { commitSha: committed.commitSha }),
            };
        }
        // No open pull request. One a person closed without merging means "ignore these changes".
        const closedByPerson = pulls.filter((p) => p.state === 'closed' && !p.merged && isOurs(p, plan) && p.metadata?.closed === undefined);
        const ignored = new Set(closedByPerson.flatMap((p) => p.metadata?.fingerprints ?? []));
        const newest = closedByPerson[0];
        if (newest && plan.metadata.fingerprints.every((f) => ignored.has(f))) {
            return {
                ...base,
                operation: 'unchanged',
                number: newest.number,
                url: newest.url,
                reason: ignoredReason(newest.number),
            };
        }
        const refusal = await budget.refusal(plan);
        if (refusal)
            return { ...base, operation: 'blocked', reason: refusal };
        stage = 'commit';
        committed = await commit(octokit, repo, identity, target, plan);
        if (committed.operation === 'blocked') {
            return {
                ...base,
                operation: 'blocked',
                ...(committed.commitSha !== undefined && { commitSha: committed.commitSha }),
                reason: `${committed.reason ?? 'the branch carries commits by others'}. There is no open pull request to ` +
                    `comment on: open one from ${plan.branch} yourself, or delete the branch so that labelguard can regenerate it`,
            };
        }
        if (committed.operation === 'no-diff') {
            return {
                ...base,
                operation: 'unchanged',
                reason: `${target.branch} already contains every file of this refiling`,
            };
        }
        stage = 'pull-request';
        const body = withSupersedes(plan.body, newest?.number);
        return await openPullRequest(input, plan, body, committed, base, budget);
    }
    catch (error) {
        const failure = failedResult(plan.productId, error, undefined);
        const progress = stage === 'pull-request' && committed?.commitSha
            ? ` The branch ${plan.branch} holds the refiling commit ${committed.commitSha.slice(0, 12)}; the next run completes the pull request.`
            : '';
        return { ...base, ...failure, branch: plan.branch, reason: `${failure.reason ?? ''}${progress}` };
    }
}
function commit(octokit, repo, identity, target, plan, hints = {}) {
    return (0,git_data/* commitChanges */.PT)(octokit, repo, {
        branch: plan.branch,
        parentSha: target.sha,
        message: plan.commitMessage,
        changes: plan.files.map((f) => ({ path: f.path, content: f.content })),
        identity,
        ...hints,
    });
}
/** Open the pull request; a parallel run that opened it first is found again and brought up to date. */
async function openPullRequest(input, plan, body, committed, base, budget) {
    const { octokit, repo, identity } = input;
    const commitSha = committed.commitSha !== undefined ? { commitSha: committed.commitSha } : {};
    let created;
    try {
        created = await (0,github_pulls/* createPullRequest */.jC)(octokit, repo, {
            head: plan.branch,
            base: plan.base,
            title: plan.title,
            body,
            draft: plan.draft,
        });
    }
    catch (error) {
        if (!((0,errors/* hasStatus */.Ro)(error, 422) && errors/* PULL_REQUEST_ALREADY_EXISTS */.S8.test((0,errors/* apiMessageOf */.rU)(error))))
            throw error;
        const again = (await (0,pull_lookup/* listBranchPullRequests */.Oc)(octokit, repo, plan.branch, identity)).find((p) => p.state === 'open');
        if (!again)
            throw error;
        if (!isOurs(again, plan))
            return foreignPullRequest(base, again, identity);
        if (again.metadata?.digest === plan.metadata.digest) {
            return { ...base, operation: 'unchanged', number: again.number, url: again.url, ...commitSha };
        }
        await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, again.number, { title: plan.title, body: plan.body });
        return { ...base, operation: 'updated', number: again.number, url: again.url, ...commitSha };
    }
    budget.opened();
    // Decorations are best effort: a reviewer who is not a collaborator must not undo the pull request.
    const warnings = [];
    const attempt = async (what, step) => {
        try {
            await step();
        }
        catch (error) {
            warnings.push(`could not ${what} on #${created.number}: ${(0,errors/* toGitHubApiError */.Vu)(error, what).info.userMessage}`);
        }
    };
    await attempt('add labels', () => (0,github_pulls/* addLabels */.Nl)(octokit, repo, created.number, plan.labels));
    // GitHub refuses a review request from the pull request's own author.
    const reviewers = plan.reviewers.filter((r) => !(0,github_identity/* isOwnLogin */.sV)(identity, r));
    await attempt('request reviewers', () => (0,github_pulls/* requestReviewers */.i5)(octokit, repo, created.number, { reviewers, teamReviewers: plan.teamReviewers }));
    await attempt('assign people', () => (0,github_pulls/* addAssignees */.Qd)(octokit, repo, created.number, plan.assignees));
    return {
        ...base,
        operation: 'created',
        number: created.number,
        url: created.url,
        ...commitSha,
        ...(warnings.length > 0 && { warnings }),
    };
}
/** The need is met by the target itself: close the pull request and delete the branch (only our commit is on it). */
async function closeObsolete(input, plan, open, base) {
    const { octokit, repo, target } = input;
    await (0,github_pulls/* createComment */.eT)(octokit, repo, open.number, obsoleteComment(target.branch, true, []));
    const body = open.metadata
        ? (0,metadata/* replaceMetadata */._H)(open.body, { ...open.metadata, closed: 'obsolete' })
        : open.body;
    await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, open.number, {
        state: 'closed',
        ...(body.length <= limits/* MAX_BODY_CHARS */.G && { body }),
    });
    await (0,git_data/* deleteBranch */.SN)(octokit, repo, plan.branch);
    return {
        ...base,
        operation: 'closed',
        number: open.number,
        url: open.url,
        reason: `${target.branch} already contains every file of this refiling`,
    };
}
/** Ours: opened by our identity, and its metadata names this product and target. */
function isOurs(pr, plan) {
    return pr.own && pr.metadata?.product === plan.productId && pr.metadata.target === plan.base;
}
function foreignPullRequest(base, pr, identity) {
    const who = pr.author ?? 'an unknown account';
    const why = pr.own
        ? 'does not carry labelguard’s metadata for this product and target branch'
        : `was opened by ${who}, not by ${identity.login}`;
    return {
        ...base,
        operation: 'blocked',
        number: pr.number,
        url: pr.url,
        reason: `pull request #${pr.number} from ${pr.headRef} ${why}; labelguard leaves it alone. Close it (or rename its branch) to let labelguard open its own`,
    };
}
function withSupersedes(body, closed) {
    if (closed === undefined)
        return body;
    const extended = `${body.trimEnd()}\n\n${supersedesLine(closed)}\n`;
    return extended.length <= limits/* MAX_BODY_CHARS */.G ? extended : body;
}
/** A `failed` result with GitHub's classified message and, for permission errors, the permission. */
function failedResult(productId, error, pr) {
    const classified = error instanceof errors/* GitHubApiError */.OS
        ? error
        : typeof error?.status === 'number'
            ? (0,errors/* toGitHubApiError */.Vu)(error, 'complete the refiling')
            : undefined;
    return {
        productId,
        operation: 'failed',
        ...(pr && { number: pr.number, url: pr.url, branch: pr.headRef }),
        reason: classified ? classified.message : error instanceof Error ? error.message : String(error),
        ...(classified?.permission !== undefined && { permission: classified.permission }),
    };
}


/***/ }),

/***/ 16434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ forkArtifactName),
/* harmony export */   Wq: () => (/* binding */ forkRefilingFiles),
/* harmony export */   yZ: () => (/* binding */ forkRefilingComment)
/* harmony export */ });
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15330);
/**
 * Refiling for pull requests from forks. Their token cannot push to the fork's branch, so the refiling
 * files go to a local folder the workflow uploads as an artifact, and a comment says how to apply them.
 * Pure: the shell writes the files and posts the comment.
 */

/** The artifact the workflow uploads for one product: `labelguard-refiling-<product>`. */
function forkArtifactName(productId) {
    // Artifact names may not contain " : < > | * ? \ / or line breaks.
    const safe = productId.replace(/["':<>|*?\\/\r\n]/g, '-');
    return `labelguard-refiling-${safe}`;
}
/**
 * The plan's files re-rooted from the product folder into `directory`, so that the artifact can be copied
 * over the product folder as it is.
 */
function forkRefilingFiles(plan, options) {
    const directory = options.directory.replace(/\\/g, '/').replace(/\/+$/, '');
    if (directory === '')
        throw new Error('Give a directory to write the refiling files to.');
    const prefix = `${plan.productDir}/`;
    const files = plan.files.map((f) => {
        if (!f.path.startsWith(prefix)) {
            throw new Error(`The refiling file ${f.path} is outside the product folder ${plan.productDir}.`);
        }
        return { path: `${directory}/${f.path.slice(prefix.length)}`, content: f.content };
    });
    return { artifactName: forkArtifactName(plan.productId), directory, files };
}
/** The pull request comment that tells the fork's author how to apply the refiling files. */
function forkRefilingComment(plan, options) {
    const dir = plan.productDir;
    const run = options.runUrl ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)('this workflow run', options.runUrl) : 'this workflow run';
    const fingerprints = plan.metadata.fingerprints.length;
    const lines = [
        `### labelguard: refiling files for ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(plan.productId)}`,
        '',
        `This pull request changes ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(plan.productId)} in ${fingerprints} way${fingerprints === 1 ? '' : 's'} its filing record does not account for. ` +
            'It comes from a fork, so labelguard cannot push the refiling to its branch; it generated the files instead:',
        '',
        `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)('filing.yaml')}: the change log with the new entries`,
        `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(`filings/${plan.metadata.filingId}/`)}: the evidence for the refiling`,
        '',
        '**To apply them**, either:',
        '',
        `1. Download the artifact **${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(options.artifactName)}** from ${run} and copy its contents into ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(`${dir}/`)} (it is laid out like the product folder), then commit and push to this branch.`,
    ];
    if (options.runId !== undefined &&
        /^\d+$/.test(String(options.runId)) &&
        /^[\w.-]+\/[\w.-]+$/.test(options.repository ?? '')) {
        lines.push('', '   ```sh', `   gh run download ${String(options.runId)} --repo ${options.repository ?? ''} --name ${options.artifactName} --dir ${shellWord(dir)}`, '   ```', '');
    }
    lines.push(`2. Or run \`labelguard evidence\` in your checkout and commit the files it writes under ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(`${dir}/`)}.`, '', 'Review the new change-log entries and give each a `justification` and an `approver` before merging.');
    return lines.join('\n');
}
/** A path as one shell word: plain when it is only safe characters, single-quoted otherwise. */
function shellWord(text) {
    return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 48467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ filesDigest),
/* harmony export */   C3: () => (/* binding */ renderMetadataLine),
/* harmony export */   Gb: () => (/* binding */ planDigest),
/* harmony export */   _H: () => (/* binding */ replaceMetadata),
/* harmony export */   jR: () => (/* binding */ parseMetadata)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95278);
/**
 * The hidden metadata of a refiling pull request. labelguard keeps no state store: like Renovate, it finds
 * its pull requests again by branch name and by this line in the body, and compares digests to decide
 * whether anything changed before spending a write.
 */


const PREFIX = '<!-- labelguard:refiling ';
const SUFFIX = ' -->';
// `s`: a body written before U+2028/U+2029 were escaped still holds them raw, and `.` alone stops there.
const LINE = /^<!-- labelguard:refiling (\{.*\}) -->$/s;
/**
 * The metadata as one HTML-comment line. `<`, `>` and `&` are written as JSON `\u` escapes, so no value
 * (a branch may contain `-->`) can end the comment early; so are U+2028 and U+2029, which JSON leaves
 * raw but which end a line for regular expressions and some editors (a scheme holding one made the pull
 * request unrecognisable, so every later run reported it as someone else's). JSON.parse restores them.
 */
function renderMetadataLine(metadata) {
    const json = JSON.stringify(canonical(metadata)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${PREFIX}${json}${SUFFIX}`;
}
/** The metadata in a pull request body, or undefined when there is none or it is not labelguard's layout. */
function parseMetadata(body) {
    if (!body)
        return undefined;
    for (const line of body.split(/\r?\n/)) {
        const match = LINE.exec(line.trim());
        if (!match?.[1])
            continue;
        let value;
        try {
            value = JSON.parse(match[1]);
        }
        catch {
            return undefined;
        }
        return isMetadata(value) ? value : undefined;
    }
    return undefined;
}
/** The body with its metadata line replaced (or prepended when it has none). */
function replaceMetadata(body, metadata) {
    const line = renderMetadataLine(metadata);
    const lines = body.split(/\r?\n/);
    const at = lines.findIndex((l) => LINE.test(l.trim()));
    if (at < 0)
        return `${line}\n${body}`;
    lines[at] = line;
    return lines.join('\n');
}
/** `sha256:` digest of a set of files: each path with the SHA-256 of its bytes, in path order. */
function filesDigest(files) {
    const lines = [...files]
        .sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.path, b.path))
        .map((f) => `${f.path}\0${sha256(typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content)}\n`);
    return `sha256:${sha256(Buffer.from(lines.join(''), 'utf8'))}`;
}
/** `sha256:` digest of what decides a refiling pull request: its files, its title and its fingerprints. */
function planDigest(input) {
    const text = JSON.stringify([input.files, input.title, [...input.fingerprints].sort()]);
    return `sha256:${sha256(Buffer.from(text, 'utf8'))}`;
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** Keys in a fixed order, so the same metadata is always the same line. */
function canonical(m) {
    return {
        v: m.v,
        product: m.product,
        scheme: m.scheme,
        target: m.target,
        fingerprints: [...m.fingerprints].sort(),
        filingId: m.filingId,
        generator: m.generator,
        files: m.files,
        digest: m.digest,
        ...(m.trigger && {
            trigger: { ...(m.trigger.pr !== undefined && { pr: m.trigger.pr }), sha: m.trigger.sha },
        }),
        ...(m.closed && { closed: m.closed }),
    };
}
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function isMetadata(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const m = value;
    const trigger = m.trigger;
    return (m.v === 1 &&
        typeof m.product === 'string' &&
        typeof m.scheme === 'string' &&
        typeof m.target === 'string' &&
        Array.isArray(m.fingerprints) &&
        m.fingerprints.every((f) => typeof f === 'string') &&
        typeof m.filingId === 'string' &&
        typeof m.generator === 'string' &&
        typeof m.files === 'string' &&
        DIGEST.test(m.files) &&
        typeof m.digest === 'string' &&
        DIGEST.test(m.digest) &&
        (trigger === undefined ||
            (typeof trigger === 'object' &&
                trigger !== null &&
                typeof trigger.sha === 'string' &&
                (trigger.pr === undefined || typeof trigger.pr === 'number'))) &&
        (m.closed === undefined || m.closed === 'obsolete'));
}


/***/ }),

/***/ 37502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wG: () => (/* binding */ planRefiling),
  Yy: () => (/* binding */ stableFilingId)
});

// UNUSED EXPORTS: BODY_RESERVE

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(95278);
// EXTERNAL MODULE: ./src/markdown/limits.ts
var limits = __webpack_require__(55337);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
// EXTERNAL MODULE: ./src/markdown/escape.ts
var markdown_escape = __webpack_require__(15330);
;// CONCATENATED MODULE: ./src/refiling/body.ts


/**
 * `Refile cam-x1 (cn-ccl): 2 material changes, 1 record change`, or `Record …` without material ones.
 * Counted per change-log entry (one change set each), not per difference.
 */
function renderRefilingTitle(productId, scheme, changes) {
    const material = changes.filter((c) => c.classification === 'material').length;
    const record = changes.length - material;
    const count = (n, what) => `${n} ${what} change${n === 1 ? '' : 's'}`;
    // A title links issue references and commit SHAs like Markdown does: `gh-12` must not become one.
    const product = `${(0,markdown_escape/* inertText */.UJ)(productId, 64)} (${(0,markdown_escape/* inertText */.UJ)(scheme, 32)})`;
    if (material === 0)
        return `Record ${count(record, 'record')} of ${product}`;
    return `Refile ${product}: ${count(material, 'material')}${record > 0 ? `, ${count(record, 'record')}` : ''}`;
}
/** The commit message: the title, what the commit writes, and the fingerprints it records. */
function renderCommitMessage(input) {
    const ids = input.entries.map((e) => e.id).join(', ');
    const fingerprints = input.entries.flatMap((e) => e.fingerprints).sort();
    return [
        input.title,
        '',
        `Records the changes in ${input.productDir}/filing.yaml (${ids}) and adds the evidence generated for them in ${input.productDir}/filings/${input.filingId}/.`,
        '',
        `Fingerprints: ${fingerprints.join(', ')}`,
    ].join('\n');
}
/** The pull request body, and how many change rows were left out to fit the limit. */
function renderRefilingBody(input) {
    const maxChars = input.maxChars ?? limits/* MAX_BODY_CHARS */.G;
    const head = headSection(input);
    const rows = input.changes.map((c) => changeRow(c, entryOf(input.entries, c.fingerprint)));
    const tail = tailSections(input);
    // One row per change-log entry (a change set: one feature, one classification); every difference it
    // records is listed, folded, below.
    const entryTable = [
        '### Changes',
        '',
        '| Change | Classification | Reason | Change log |',
        '|---|---|---|---|',
        ...input.entries.map((e) => entryRow(e, input.changes)),
    ].join('\n');
    const tableHead = [
        `<details><summary>Every difference these entries record (${input.changes.length})</summary>`,
        '',
        '| Change | From | To | Classification | Reason | Change log |',
        '|---|---|---|---|---|---|',
    ].join('\n');
    const assemble = (shown) => {
        const omitted = rows.length - shown;
        const note = omitted > 0
            ? `\n\n_${omitted} more change${omitted === 1 ? ' is' : 's are'} not listed here: GitHub limits a pull request body to ${maxChars.toLocaleString('en-US')} characters. The change notification in the evidence lists every change._`
            : '';
        return `${head}\n\n${entryTable}\n\n${tableHead}\n${rows.slice(0, shown).join('\n')}${note}\n\n</details>\n\n${tail}\n`;
    };
    // Longest prefix of the table that fits: the length grows with the rows shown, so search for it.
    let low = 0;
    let high = rows.length;
    if (assemble(high).length > maxChars) {
        while (low < high) {
            const mid = Math.ceil((low + high) / 2);
            if (assemble(mid).length <= maxChars)
                low = mid;
            else
                high = mid - 1;
        }
    }
    else {
        low = high;
    }
    const body = assemble(low);
    if (body.length > maxChars) {
        throw new RangeError(`The refiling pull request body for ${input.productId} needs ${body.length} characters without any change rows; GitHub accepts ${maxChars}.`);
    }
    return { body, omittedRows: rows.length - low };
}
function headSection(input) {
    const material = input.entries.filter((c) => c.classification === 'material').length;
    const record = input.entries.length - material;
    const differences = input.changes.length !== input.entries.length ? ` (${input.changes.length} differences)` : '';
    const parts = [
        material > 0 ? `**${material} material** (re-test and re-file with the filing agency)` : '',
        record > 0 ? `**${record} record** (recorded in the change log, no re-test by default)` : '',
    ].filter((p) => p !== '');
    const evidenceDir = `${input.productDir}/filings/${input.filingId}/`;
    const lines = [
        input.metadataLine,
        `## Refiling: ${(0,markdown_escape/* inlineCode */.ti)(input.productId)} (${(0,markdown_escape/* escapeMarkdown */.FV)(input.scheme)})`,
        '',
        `labelguard found ${input.entries.length} change${input.entries.length === 1 ? '' : 's'}${differences} to product ${(0,markdown_escape/* inlineCode */.ti)(input.productId)} that its filing record does not account for: ${parts.join(', ')}. ` +
            `This pull request records them in ${(0,markdown_escape/* inlineCode */.ti)(`${input.productDir}/filing.yaml`)} and adds freshly generated evidence under ${(0,markdown_escape/* inlineCode */.ti)(evidenceDir)}, for the branch ${(0,markdown_escape/* inlineCode */.ti)(input.base)}.`,
    ];
    if (input.statusChange) {
        lines.push('', `Merging it sets the filing status from ${(0,markdown_escape/* inlineCode */.ti)(input.statusChange.from)} to ${(0,markdown_escape/* inlineCode */.ti)(input.statusChange.to)}.`);
    }
    const trigger = triggerLine(input.triggeredBy);
    if (trigger)
        lines.push('', trigger);
    return lines.join('\n');
}
function triggerLine(trigger) {
    if (!trigger)
        return undefined;
    const sha = /^[0-9a-f]{7,64}$/i.test(trigger.sha)
        ? `\`${trigger.sha.slice(0, 12)}\``
        : (0,markdown_escape/* escapeMarkdown */.FV)(trigger.sha);
    // A bare #123 makes GitHub cross-reference the triggering pull request, which links the two both ways.
    const pr = trigger.pr !== undefined && Number.isSafeInteger(trigger.pr) && trigger.pr > 0
        ? (0,markdown_escape/* safeHttpsUrl */.Wb)(trigger.url)
            ? (0,markdown_escape/* markdownLink */.iQ)(`#${trigger.pr}`, trigger.url)
            : `#${trigger.pr}`
        : undefined;
    if (pr)
        return `Triggered by pull request ${pr} at commit ${sha}.`;
    const commit = (0,markdown_escape/* safeHttpsUrl */.Wb)(trigger.url) ? (0,markdown_escape/* markdownLink */.iQ)(trigger.sha.slice(0, 12), trigger.url) : sha;
    return `Triggered by commit ${commit}.`;
}
function changeRow(change, entry) {
    const cells = [
        `${(0,markdown_escape/* inlineCode */.ti)(change.kind, 80)} ${(0,markdown_escape/* escapeMarkdown */.FV)(change.subject, 120)}`,
        change.from !== undefined ? (0,markdown_escape/* escapeMarkdown */.FV)(change.from, 120) : '–',
        change.to !== undefined ? (0,markdown_escape/* escapeMarkdown */.FV)(change.to, 120) : '–',
        `${change.classification === 'material' ? '**material**' : (0,markdown_escape/* escapeMarkdown */.FV)(change.classification)} (${(0,markdown_escape/* inlineCode */.ti)(change.classId, 80)})`,
        (0,markdown_escape/* escapeMarkdown */.FV)(change.reason, 240),
        entry ? (0,markdown_escape/* inlineCode */.ti)(entry.id, 80) : '–',
    ];
    return `| ${cells.join(' | ')} |`;
}
function entryRow(entry, changes) {
    const members = changes.filter((c) => entry.fingerprints.includes(c.fingerprint));
    const top = members.find((c) => c.classification === entry.classification) ?? members[0];
    const size = entry.fingerprints.length > 1 ? ` (${entry.fingerprints.length} differences)` : '';
    const cells = [
        `${(0,markdown_escape/* escapeMarkdown */.FV)(entry.summary, 300)}${size}`,
        `${entry.classification === 'material' ? '**material**' : (0,markdown_escape/* escapeMarkdown */.FV)(entry.classification)}${top ? ` (${(0,markdown_escape/* inlineCode */.ti)(top.classId, 80)})` : ''}`,
        top ? (0,markdown_escape/* escapeMarkdown */.FV)(top.reason, 240) : '–',
        (0,markdown_escape/* inlineCode */.ti)(entry.id, 80),
    ];
    return `| ${cells.join(' | ')} |`;
}
function entryOf(entries, fingerprint) {
    return entries.find((e) => e.fingerprints.includes(fingerprint));
}
function tailSections(input) {
    const evidenceDir = `${input.productDir}/filings/${input.filingId}`;
    const svgPath = `${evidenceDir}/label.svg`;
    const pngPath = `${evidenceDir}/label.png`;
    const has = (path) => input.files.some((f) => f.path === path);
    const sections = [];
    if (has(svgPath) || has(pngPath)) {
        const svg = has(svgPath) ? fileUrl(input.repositoryUrl, input.branch, svgPath) : undefined;
        const png = has(pngPath) ? fileUrl(input.repositoryUrl, input.branch, pngPath) : undefined;
        // A PR body cannot embed a data: URI; GitHub shows images from the repository by their blob URL.
        const preview = png !== undefined
            ? `[![Label preview](<${png}?raw=true>)](<${svg ?? png}>)`
            : svg !== undefined
                ? `[Label artwork (SVG)](<${svg}>)`
                : `The label artwork is in ${[svgPath, pngPath]
                    .filter(has)
                    .map((p) => (0,markdown_escape/* inlineCode */.ti)(p))
                    .join(' and ')}.`;
        sections.push([
            '### Label preview',
            '',
            preview,
            '',
            'The label stays a draft until the filing agency grants the refiling.',
        ].join('\n'));
    }
    const filingPath = `${input.productDir}/filing.yaml`;
    const fileLines = [...input.files]
        .map((f) => f.path)
        .sort()
        .map((path) => {
        if (path !== filingPath)
            return `- ${(0,markdown_escape/* inlineCode */.ti)(path)}`;
        const ids = input.entries.map((e) => (0,markdown_escape/* inlineCode */.ti)(e.id)).join(', ');
        return `- ${(0,markdown_escape/* inlineCode */.ti)(path)}: ${input.entries.length} new change-log entr${input.entries.length === 1 ? 'y' : 'ies'} (${ids})${input.statusChange ? `, status ${(0,markdown_escape/* inlineCode */.ti)(input.statusChange.to)}` : ''}`;
    });
    sections.push(['### Files', '', ...fileLines].join('\n'));
    sections.push([
        '### Before merging',
        '',
        `1. Review the evidence, complete ${(0,markdown_escape/* inlineCode */.ti)('declaration-draft.md')} and have it signed.`,
        '2. Give each new change-log entry a `justification` and an `approver`.',
        '3. Submit the refiling to the filing agency, then set the filing status to `refiling-submitted`.',
    ].join('\n'));
    sections.push([
        '<details><summary>How labelguard maintains this pull request</summary>',
        '',
        `- It regenerates this branch as one new commit on ${(0,markdown_escape/* inlineCode */.ti)(input.base)} when the changes or the evidence change, and leaves it alone otherwise.`,
        '- Once anyone else pushes a commit to this branch, labelguard stops updating it, never overwrites that commit, and says so in a comment.',
        '- It closes this pull request when the changes no longer need recording.',
        '- Closing it without merging means "ignore these changes": labelguard opens a new pull request only when a new change appears.',
        '',
        '</details>',
    ].join('\n'));
    return sections.join('\n\n');
}
/** `<repository>/blob/<branch>/<path>` with each segment URL-encoded, or undefined without an https repository URL. */
function fileUrl(repositoryUrl, branch, path) {
    const base = (0,markdown_escape/* safeHttpsUrl */.Wb)(repositoryUrl);
    if (base === undefined)
        return undefined;
    // wellFormed: encodeURIComponent throws on a lone surrogate, and one odd name must not sink the body.
    const encode = (p) => p
        .split('/')
        .map((s) => encodeURIComponent((0,markdown_escape/* wellFormed */.ES)(s)))
        .join('/');
    return `${base.replace(/\/+$/, '')}/blob/${encode(branch)}/${encode(path)}`;
}

// EXTERNAL MODULE: ./src/refiling/branch.ts
var refiling_branch = __webpack_require__(83982);
// EXTERNAL MODULE: ./src/refiling/metadata.ts
var refiling_metadata = __webpack_require__(48467);
;// CONCATENATED MODULE: ./src/refiling/record-changes.ts
/**
 * Recording changes in filing.yaml: one change-log entry per group of unrecorded changes, and the filing
 * status moved to `refiling-required` when a change is material. The file is the user's: the edit is
 * spliced into the text at positions the `yaml` Document API reports, so comments, quoting, folded
 * scalars and blank lines outside the edit stay byte for byte as they were.
 */



/** filing.yaml cannot be updated as it is: says where and what to fix. */
class FilingUpdateError extends Error {
    file;
    line;
    problem;
    fix;
    name = 'FilingUpdateError';
    constructor(file, line, problem, fix) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem} ${fix}`);
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }
}
/** Filing statuses a material change moves to `refiling-required`; the others stay as they are. */
const REOPENED_BY_MATERIAL = new Set(['granted', 'refiling-submitted']);
const MAX_SUMMARY_ITEMS = 8;
const MAX_ITEM_CHARS = 160;
/** The changes that still need an entry: unrecorded, not `none`, not already listed in the change log. */
function changesToRecord(changes, existing = []) {
    const listed = new Set(existing.flatMap((e) => e.fingerprints));
    const seen = new Set();
    return changes.filter((c) => {
        if (c.recorded || c.classification === 'none' || listed.has(c.fingerprint) || seen.has(c.fingerprint)) {
            return false;
        }
        seen.add(c.fingerprint);
        return true;
    });
}
/**
 * The change-log entries for the unrecorded changes: one per change class (the change-classification entry
 * that decided them), material groups first, ids `CHG-<filingId>-<n>` numbered after any already used.
 */
function changeLogEntries(existing, changes, options) {
    const date = entryDate(options);
    const toRecord = changesToRecord(changes, existing);
    const byFingerprint = new Map(toRecord.map((c) => [c.fingerprint, c]));
    // Change sets first, in their report order; whatever no set holds, grouped by change class.
    const groups = [];
    const inSet = new Set();
    for (const set of options.sets ?? []) {
        const members = set.fingerprints.flatMap((f) => {
            const c = byFingerprint.get(f);
            return c && !inSet.has(f) ? [c] : [];
        });
        for (const c of members)
            inSet.add(c.fingerprint);
        if (members.length > 0)
            groups.push({ set, changes: members });
    }
    const byClass = new Map();
    for (const change of toRecord.filter((c) => !inSet.has(c.fingerprint))) {
        const key = `${rank(change.classification)}\0${change.classId}`;
        byClass.set(key, [...(byClass.get(key) ?? []), change]);
    }
    for (const [, group] of [...byClass.entries()].sort(([a], [b]) => (0,finding/* compareText */.n6)(a, b))) {
        groups.push({ changes: [...group].sort(compareChanges) });
    }
    // Material entries first, as before; sets keep their report order within each classification.
    const ordered = groups
        .map((g, i) => ({ g, i, material: g.changes.some((c) => c.classification === 'material') }))
        .sort((a, b) => Number(b.material) - Number(a.material) || a.i - b.i)
        .map((x) => x.g);
    const merged = options.summary !== undefined && ordered.length > 0
        ? [{ changes: ordered.flatMap((g) => g.changes), summary: options.summary }]
        : ordered.map((g) => ({ ...g, summary: g.set ? (0,markdown_escape/* plainText */.wh)(g.set.title, 480) : summarise(g.changes) }));
    const usedIds = new Set(existing.map((e) => e.id));
    let n = 0;
    const nextId = (suggested) => {
        if (options.suggestedIds && suggested !== undefined && !usedIds.has(suggested)) {
            usedIds.add(suggested);
            return suggested;
        }
        let id;
        do
            id = `CHG-${options.filingId}-${++n}`;
        while (usedIds.has(id));
        usedIds.add(id);
        return id;
    };
    return merged.map((g) => {
        const material = g.changes.some((c) => c.classification === 'material');
        const classification = options.classification ?? (material ? 'material' : 'record');
        return {
            id: nextId('set' in g ? g.set?.suggestedId : undefined),
            summary: g.summary,
            fingerprints: g.changes.map((c) => c.fingerprint),
            classification,
            status: classification === 'material' ? 'refiling-required' : 'recorded',
            ...(date !== undefined && { date }),
            ...(options.pullRequest !== undefined && { pull_request: options.pullRequest }),
        };
    });
}
/**
 * filing.yaml with the unrecorded changes appended to its change log and, when one of them is material,
 * `status: refiling-required` (with `status_since`). Idempotent: changes already listed add nothing, so
 * recording the same changes twice gives the same text. Without a filing.yaml (never filed) a new one
 * with `status: not-filed` is started.
 */
function recordChanges(filingText, changes, options) {
    const file = options.fileName ?? 'filing.yaml';
    if (filingText === undefined || filingText.trim() === '')
        return newFiling(changes, options);
    // A final line break first, so that text appended at the end starts on a line of its own.
    const eol = filingText.includes('\r\n') ? '\r\n' : '\n';
    const text = filingText.endsWith('\n') ? filingText : `${filingText}${eol}`;
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const firstError = doc.errors[0];
    if (firstError) {
        throw new FilingUpdateError(file, firstError.linePos?.[0]?.line, `is not valid YAML (${firstError.message.split('\n')[0] ?? ''}).`, 'Fix the YAML syntax, then run labelguard again.');
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root) || root.flow) {
        throw new FilingUpdateError(file, undefined, 'is not a block mapping of filing fields.', 'Write it as `key: value` lines (see the filing schema).');
    }
    const lineOf = (pos) => text.slice(0, pos).split('\n').length;
    const changesPair = pairOf(root.items, 'changes');
    const existing = existingEntries(changesPair?.value);
    const entries = changeLogEntries(existing, changes, options);
    const edits = [];
    // Status: only a material change re-opens a filing, and a status that already says so keeps its date.
    const statusPair = pairOf(root.items, 'status');
    const status = (0,dist/* isScalar */.jn)(statusPair?.value) ? statusPair.value.value : undefined;
    const date = entryDate(options);
    if (entries.some((e) => e.classification === 'material') && REOPENED_BY_MATERIAL.has(String(status))) {
        const value = statusPair?.value;
        const [start, end] = rangeOf(value);
        edits.push({ start, end, text: 'refiling-required' });
        if (date !== undefined) {
            const since = pairOf(root.items, 'status_since');
            if (since && (0,dist/* isScalar */.jn)(since.value)) {
                const [s, e] = rangeOf(since.value);
                edits.push({ start: s, end: e, text: date });
            }
            else if (!since) {
                const at = endOfLine(text, end);
                const indent = ' '.repeat(columnOf(text, rangeOf(statusPair?.key)[0]));
                edits.push({ start: at, end: at, text: `${indent}status_since: ${date}${eol}` });
            }
        }
    }
    if (entries.length > 0) {
        const value = changesPair?.value;
        if (!changesPair) {
            const keyIndent = columnOf(text, rangeOf(root.items[0]?.key)[0]);
            edits.push({
                start: text.length,
                end: text.length,
                text: `${' '.repeat(keyIndent)}changes:${eol}${renderItems(entries, keyIndent + 2, eol)}`,
            });
        }
        else if ((0,dist/* isSeq */.oP)(value) && !value.flow && value.items.length > 0) {
            const [start, end] = rangeOf(value);
            const at = text[end - 1] === '\n' ? end : endOfLine(text, end);
            edits.push({ start: at, end: at, text: renderItems(entries, columnOf(text, start), eol) });
        }
        else if (value === null ||
            value === undefined ||
            ((0,dist/* isScalar */.jn)(value) && value.value === null) ||
            (0,dist/* isSeq */.oP)(value)) {
            // `changes:`, `changes: ~` or a flow list: rewritten as a block list under the key.
            const keyNode = changesPair.key;
            const keyIndent = columnOf(text, rangeOf(keyNode)[0]);
            const kept = (0,dist/* isSeq */.oP)(value) ? value.toJSON() : [];
            const [start, end] = value ? rangeOf(value) : [rangeOf(keyNode)[1], rangeOf(keyNode)[1]];
            edits.push({ start, end, text: '' });
            const at = endOfLine(text, Math.max(end, rangeOf(keyNode)[1]));
            edits.push({ start: at, end: at, text: renderItems([...kept, ...entries], keyIndent + 2, eol) });
        }
        else {
            throw new FilingUpdateError(file, lineOf(rangeOf(value)[0]), '`changes` is not a list.', 'Make it a list of change-log entries (`- id: …`), or remove it.');
        }
    }
    if (edits.length === 0)
        return filingText;
    const updated = applyEdits(text, edits);
    verify(updated, existing.length + entries.length, file);
    return updated;
}
/** The YYYY-MM-DD of the entries: the option, else the date the filing id starts with. */
function entryDate(options) {
    const date = options.date ?? /^(\d{4}-\d{2}-\d{2})/.exec(options.filingId)?.[1];
    if (date === undefined)
        return undefined;
    const parsed = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
        throw new Error(`"${date}" is not a calendar date (YYYY-MM-DD) for the change-log entries.`);
    }
    return date;
}
function newFiling(changes, options) {
    const entries = changeLogEntries([], changes, options);
    const doc = new dist/* Document */.yo({
        product: options.productId,
        scheme: options.scheme,
        status: 'not-filed',
        ...(entries.length > 0 && { changes: entries }),
    });
    doc.commentBefore =
        ` Filing record of ${(0,markdown_escape/* plainText */.wh)(options.productId, 64)}, started by labelguard. The product has not been` +
            `\n filed yet: until it is, this file records its changes.`;
    return doc.toString({ lineWidth: 0 });
}
/** Apply non-overlapping edits; insertions at one position keep the order in which they were listed. */
function applyEdits(text, edits) {
    let out = text;
    const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
    for (const e of ordered)
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
}
/** Re-read the result: a splice that broke the file is a labelguard defect, never a silent corruption. */
function verify(text, expectedEntries, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const changes = doc.toJS()?.changes;
    const count = Array.isArray(changes) ? changes.length : 0;
    if (doc.errors.length > 0 || count !== expectedEntries) {
        throw new Error(`labelguard could not update ${file} without breaking it (${doc.errors[0]?.message ?? `expected ${expectedEntries} change-log entries, found ${count}`}). ` +
            'Please report this with the file.');
    }
}
/** The entries as rendered YAML list items, every line indented by `indent` spaces. */
function renderItems(entries, indent, eol) {
    const yaml = new dist/* Document */.yo(entries).toString({ lineWidth: 0 });
    const pad = ' '.repeat(indent);
    return yaml
        .split('\n')
        .filter((line, i, all) => !(i === all.length - 1 && line === ''))
        .map((line) => `${line === '' ? '' : pad}${line}${eol}`)
        .join('');
}
function existingEntries(value) {
    return (0,dist/* isSeq */.oP)(value) ? entriesOf(value.toJSON()) : [];
}
/** The ids and fingerprints of a change log as plain data, skipping anything that is not an entry. */
function entriesOf(list) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((item) => {
        if (typeof item !== 'object' || item === null)
            return [];
        const e = item;
        return [
            {
                id: typeof e.id === 'string' ? e.id : '',
                fingerprints: Array.isArray(e.fingerprints)
                    ? e.fingerprints.filter((f) => typeof f === 'string')
                    : [],
            },
        ];
    });
}
/**
 * The change log of a filing.yaml text, read leniently (unreadable text gives none): recordChanges reports
 * the real problems with their line.
 */
function changeLogOf(text) {
    if (text === undefined)
        return [];
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0)
        return [];
    return entriesOf(doc.toJS()?.changes);
}
function pairOf(items, key) {
    return items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === key);
}
function rangeOf(node) {
    const range = node.range;
    if (!range)
        throw new Error('labelguard: a parsed YAML node has no source range');
    return [range[0], range[1]];
}
function columnOf(text, pos) {
    return pos - (text.lastIndexOf('\n', pos - 1) + 1);
}
/** The position just after the line break that ends the line holding `pos` (or the end of the text). */
function endOfLine(text, pos) {
    const at = text.indexOf('\n', pos);
    return at < 0 ? text.length : at + 1;
}
function rank(classification) {
    return classification === 'material' ? 0 : classification === 'record' ? 1 : 2;
}
function compareChanges(a, b) {
    const key = (c) => [c.kind, c.subject, c.fingerprint];
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
        const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** One line: the class's reason, then what changed. */
function summarise(changes) {
    const reason = (0,markdown_escape/* plainText */.wh)(changes[0]?.reason ?? '', 240).replace(/\.$/, '');
    const items = changes.slice(0, MAX_SUMMARY_ITEMS).map((c) => (0,markdown_escape/* truncate */.xv)(describeChange(c), MAX_ITEM_CHARS));
    const more = changes.length > MAX_SUMMARY_ITEMS ? `; and ${changes.length - MAX_SUMMARY_ITEMS} more` : '';
    const list = `${items.join('; ')}${more}`;
    return reason ? `${reason} — ${list}` : list;
}
/** What changed, in plain text, e.g. `firmware 2.3.1 → 2.4.0`. */
function describeChange(c) {
    const subject = (0,markdown_escape/* plainText */.wh)(c.subject, MAX_ITEM_CHARS);
    const from = c.from !== undefined ? (0,markdown_escape/* plainText */.wh)(c.from, MAX_ITEM_CHARS) : undefined;
    const to = c.to !== undefined ? (0,markdown_escape/* plainText */.wh)(c.to, MAX_ITEM_CHARS) : undefined;
    if (c.kind.endsWith('.added'))
        return `${subject} added${to ? ` (${to})` : ''}`;
    if (c.kind.endsWith('.removed'))
        return `${subject} removed${from ? ` (was ${from})` : ''}`;
    return `${subject} ${from ?? '(unset)'} → ${to ?? '(unset)'}`;
}

;// CONCATENATED MODULE: ./src/refiling/plan.ts
/**
 * The refiling planner: from one product's need, the target branch and the refiling settings to the pull
 * request that records it (branch, title, body, files, reviewers, hidden metadata). Pure: no I/O, no clock.
 */








/** Characters of the body limit kept free for the executor's additions. */
const BODY_RESERVE = 256;
/** Plan the refiling pull request of one product against one target branch. */
function planRefiling(need, target, settings = {}, context = {}) {
    const productDir = checkedProductDir(need.productDir, need.productId);
    const filingPath = `${productDir}/filing.yaml`;
    const existing = changeLogOf(need.filingText);
    const toRecord = changesToRecord(need.changes, existing).sort(compareForDisplay);
    if (toRecord.length === 0) {
        throw new Error(`Product ${need.productId} has no unrecorded material or record change to file; plan a refiling only for a product that needs one.`);
    }
    const recordOptions = {
        productId: need.productId,
        scheme: need.scheme,
        filingId: need.filingId,
        fileName: filingPath,
        ...(need.triggeredBy?.pr !== undefined && { pullRequest: need.triggeredBy.pr }),
        ...(need.changeSets && { sets: need.changeSets }),
    };
    const entries = changeLogEntries(existing, toRecord, recordOptions);
    const filingText = recordChanges(need.filingText, toRecord, recordOptions);
    const evidenceDir = `${productDir}/filings/${need.filingId}`;
    const files = [
        ...need.bundle.files.map((f) => ({
            path: `${evidenceDir}/${checkedBundlePath(f.path)}`,
            content: asTextOrBytes(f.content),
        })),
        { path: filingPath, content: filingText },
    ].sort((a, b) => (0,finding/* compareText */.n6)(a.path, b.path));
    const duplicate = files.find((f, i) => i > 0 && files[i - 1]?.path === f.path);
    if (duplicate)
        throw new Error(`The refiling of ${need.productId} would write ${duplicate.path} twice.`);
    const branch = (0,refiling_branch/* refilingBranchName */.OD)(settings.branch_prefix, target.branch, need.productId);
    const title = renderRefilingTitle(need.productId, need.scheme, entries);
    const fingerprints = toRecord.map((c) => c.fingerprint).sort();
    const filesSha = (0,refiling_metadata/* filesDigest */.AD)(files);
    const gen = context.generator ?? version/* generator */.w;
    const metadata = {
        v: 1,
        product: need.productId,
        scheme: need.scheme,
        target: target.branch,
        fingerprints,
        filingId: need.filingId,
        generator: `${gen.name}@${gen.version}`,
        files: filesSha,
        digest: (0,refiling_metadata/* planDigest */.Gb)({ files: filesSha, title, fingerprints }),
        ...(need.triggeredBy && {
            trigger: {
                ...(need.triggeredBy.pr !== undefined && { pr: need.triggeredBy.pr }),
                sha: need.triggeredBy.sha,
            },
        }),
    };
    const statusChange = statusChangeOf(need.filingText, filingText);
    const { body, omittedRows } = renderRefilingBody({
        productId: need.productId,
        productDir,
        scheme: need.scheme,
        base: target.branch,
        branch,
        filingId: need.filingId,
        changes: toRecord,
        entries,
        files,
        ...(statusChange && { statusChange }),
        ...(need.triggeredBy && { triggeredBy: need.triggeredBy }),
        ...(context.repositoryUrl !== undefined && { repositoryUrl: context.repositoryUrl }),
        metadataLine: (0,refiling_metadata/* renderMetadataLine */.C3)(metadata),
        // Room for what the executor may add later: the "closed" flag, a "supersedes" line.
        maxChars: limits/* MAX_BODY_CHARS */.G - BODY_RESERVE,
    });
    const who = reviewersOf(settings, need.stakeholders ?? []);
    return {
        productId: need.productId,
        productDir,
        scheme: need.scheme,
        branch,
        branchPrefix: (0,refiling_branch/* sanitiseRefPath */.lZ)(settings.branch_prefix ?? refiling_branch/* DEFAULT_BRANCH_PREFIX */._g),
        base: target.branch,
        title,
        body,
        commitMessage: renderCommitMessage({ title, productDir, filingId: need.filingId, entries }),
        files,
        labels: unique(settings.labels ?? []),
        reviewers: who.reviewers,
        teamReviewers: who.teamReviewers,
        assignees: unique((settings.assignees ?? []).map(stripAt)),
        draft: settings.draft ?? false,
        metadata,
        omittedRows,
    };
}
/**
 * The filing id to generate evidence under: the one of the pull request already open for the same
 * product, target and fingerprints when there is one, so that a refiling is not regenerated every day
 * only because the date moved; otherwise the candidate (typically today's date).
 */
function stableFilingId(candidate, previous, need) {
    if (!previous ||
        previous.closed !== undefined ||
        previous.product !== need.productId ||
        previous.scheme !== need.scheme ||
        previous.target !== need.target) {
        return candidate;
    }
    const wanted = [...new Set(need.fingerprints)].sort();
    const had = [...new Set(previous.fingerprints)].sort();
    return wanted.length === had.length && wanted.every((f, i) => f === had[i]) ? previous.filingId : candidate;
}
/** Reviewers: the configured ones and every stakeholder with a GitHub user; teams lose their `org/`. */
function reviewersOf(settings, stakeholders) {
    const handles = stakeholders.flatMap((s) => (s.github ? [stripAt(s.github)] : []));
    const users = [...(settings.reviewers ?? []).map(stripAt), ...handles.filter((h) => !h.includes('/'))];
    const teams = [...(settings.team_reviewers ?? []), ...handles.filter((h) => h.includes('/'))].map((t) => stripAt(t).split('/').pop() ?? '');
    return { reviewers: unique(users), teamReviewers: unique(teams) };
}
function stripAt(handle) {
    return handle.trim().replace(/^@/, '');
}
/** Without duplicates (GitHub logins and slugs are case-insensitive), first spelling kept, sorted. */
function unique(values) {
    const seen = new Map();
    for (const v of values)
        if (v !== '' && !seen.has(v.toLowerCase()))
            seen.set(v.toLowerCase(), v);
    return [...seen.values()].sort((a, b) => (0,finding/* compareText */.n6)(a.toLowerCase(), b.toLowerCase()));
}
function checkedProductDir(dir, productId) {
    const clean = dir
        .replace(/\\/g, '/')
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
    if (clean === '' ||
        clean.startsWith('/') ||
        clean.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new Error(`The product folder of ${productId} ("${dir}") is not a path inside the repository; pass it relative to the repository root, e.g. products/${productId}.`);
    }
    return clean;
}
function checkedBundlePath(path) {
    if (path === '' ||
        path.startsWith('/') ||
        path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new Error(`Evidence file "${path}" is not a relative path inside the evidence folder.`);
    }
    return path;
}
/** UTF-8 text as a string (GitHub stores it from inside the tree request), anything else as bytes. */
function asTextOrBytes(content) {
    if (content.includes(0))
        return content;
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
    }
    catch {
        return content;
    }
}
function statusChangeOf(before, after) {
    const status = (text) => {
        if (text === undefined)
            return undefined;
        try {
            const s = (0,dist/* parse */.qg)(text)?.status;
            return typeof s === 'string' ? s : undefined;
        }
        catch {
            return undefined;
        }
    };
    const [from, to] = [status(before), status(after)];
    return from !== undefined && to !== undefined && from !== to ? { from, to } : undefined;
}
/** Material first, then by kind, subject and fingerprint: the order of the table and of the change log. */
function compareForDisplay(a, b) {
    const ka = [a.classification === 'material' ? '0' : '1', a.kind, a.subject, a.fingerprint];
    const kb = [b.classification === 'material' ? '0' : '1', b.kind, b.subject, b.fingerprint];
    for (let i = 0; i < ka.length; i++) {
        const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}


/***/ })

};
