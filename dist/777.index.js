export const id = 777;
export const ids = [777];
export const modules = {

/***/ 14603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  df: () => (/* binding */ changeNotificationModel),
  q6: () => (/* binding */ createContext),
  K6: () => (/* binding */ declarationModel),
  $S: () => (/* binding */ filingFormModel),
  Yz: () => (/* binding */ responsibilityModel),
  rw: () => (/* binding */ technicalDocumentationModel),
  RZ: () => (/* binding */ testRequestModel)
});

// UNUSED EXPORTS: checkModel, missingMaterials, sortChanges

// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(95278);
// EXTERNAL MODULE: ./src/schemas/filing-status.ts
var filing_status = __webpack_require__(30062);
// EXTERNAL MODULE: ./src/evidence/label.ts
var evidence_label = __webpack_require__(94187);
// EXTERNAL MODULE: ./src/schemas/common.ts
var common = __webpack_require__(16335);
;// CONCATENATED MODULE: ./src/evidence/responsibility.ts

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
    return common/* stakeholderRoles */.Qp.flatMap((role) => {
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
        roles: common/* stakeholderRoles */.Qp.map((r) => roleTitles[r]),
        rows: responsibilities.map((r) => ({
            data: r.data,
            basis: r.basis,
            cells: common/* stakeholderRoles */.Qp.map((role) => r.duties[role] ?? ''),
        })),
    };
}
/** The person to contact about the filing: the compliance lead, else the manufacturer's named contact. */
function filingContact(product) {
    const listed = product.stakeholders ?? [];
    const person = listed.find((s) => s.role === 'compliance-lead') ?? listed.find((s) => s.role === 'manufacturer');
    return person ? { role: person.role, name: person.name, contact: person.contact ?? null } : null;
}

;// CONCATENATED MODULE: ./src/evidence/security-claims.ts

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
/** Every claim in `security`, grouped by area in schema order; nothing is left out. */
function securityClaims(security) {
    if (!security)
        return [];
    const schema = common/* securitySchema */.C0;
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
                title: humanise(area),
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
        return { title: humanise(area), rows: named, table: null };
    });
}

// EXTERNAL MODULE: ./src/evidence/test-request.ts
var test_request = __webpack_require__(16953);
;// CONCATENATED MODULE: ./src/evidence/documents.ts






const classificationRank = { material: 0, record: 1, none: 2 };
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Changes in report order: material first, then by kind, subject and fingerprint. */
function sortChanges(changes) {
    return [...changes].sort((a, b) => classificationRank[a.classification] - classificationRank[b.classification] ||
        byText(a.kind, b.kind) ||
        byText(a.subject, b.subject) ||
        byText(a.fingerprint, b.fingerprint));
}
function createContext(product, filing, filingId, changes, sbom, check) {
    return {
        product,
        filing,
        filingId,
        label: (0,evidence_label/* describeLabel */.uD)(product, filing),
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
    const { scheme, stars } = (0,evidence_label/* labelScheme */.q1)(ctx.product, ctx.filing);
    return {
        productId: ctx.product.id,
        model: ctx.product.model,
        producer: ctx.product.manufacturer.name,
        filingId: ctx.filingId,
        scheme,
        stars,
        starSymbols: '★'.repeat(stars),
        filingStatus: (0,filing_status/* statusWording */.D)(ctx.label.filingStatus),
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
    const { scheme, stars } = (0,evidence_label/* labelScheme */.q1)(product, filing);
    const contact = filingContact(product);
    const testReport = report(product.evidence?.test_report);
    const lab = (0,evidence_label/* labelLab */.WM)(product, filing);
    const standard = (0,evidence_label/* labelStandard */.gh)(filing);
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
            filing_status: (0,filing_status/* statusWording */.D)(label.filingStatus),
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
            unmet: check.unmet.map((l) => ({ stars: l.stars, rules: l.rules })),
            notes: check.notes,
        },
        missing,
    };
}
/** technical-documentation.md: hardware, firmware, every security claim, SBOM summary. */
function technicalDocumentationModel(ctx) {
    const { product } = ctx;
    return {
        ...header(ctx),
        category: product.category,
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
        security: securityClaims(product.security),
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
            subject: c.subject,
            from: c.from ?? null,
            to: c.to ?? null,
            classification: c.classification,
            classId: c.classId,
            reason: c.reason,
            recorded: c.recorded,
            changeLogId: c.changeLogId ?? null,
            fingerprint: c.fingerprint,
            matchedBy: c.matchedBy ?? null,
            sources: c.sources.map((s) => ({ label: (0,finding/* sourceLabel */.en)(s), url: s.url ?? null })),
        })),
    };
}
/** declaration-draft.md: the manufacturer's conformity declaration, to be signed. */
function declarationModel(ctx) {
    const { product, filing } = ctx;
    return {
        ...header(ctx),
        levelName: ctx.label.levelName ? `${ctx.label.levelName.zh} ${ctx.label.levelName.en}` : null,
        category: product.category,
        address: product.manufacturer.address ?? null,
        creditCode: product.manufacturer.credit_code ?? null,
        standard: (0,evidence_label/* labelStandard */.gh)(filing),
        lab: (0,evidence_label/* labelLab */.WM)(product, filing),
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
    return { ...header(ctx), stakeholders: namedStakeholders(ctx.product), matrix: responsibilityMatrix() };
}
/** test-request.md: what the laboratory must test again. */
function testRequestModel(ctx) {
    const { product, filing } = ctx;
    const { stars } = (0,evidence_label/* labelScheme */.q1)(product, filing);
    return {
        ...header(ctx),
        lab: (0,evidence_label/* labelLab */.WM)(product, filing),
        hardwareRevision: product.hardware.revision,
        firmwareVersion: product.firmware.version,
        firmwareSha256: product.firmware.image_sha256,
        previousReport: report(product.evidence?.test_report),
        firstFiling: !filing?.baseline,
        request: filing?.baseline ? (0,test_request/* deriveTestRequest */.DQ)(ctx.changes, product, stars) : (0,test_request/* initialTestRequest */.YH)(stars),
    };
}


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
/* harmony export */   D: () => (/* binding */ evidenceIndexName),
/* harmony export */   r: () => (/* binding */ generateEvidence)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14603);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17050);
/* harmony import */ var _text_formats_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51879);
/* harmony import */ var _label_png_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68725);
/* harmony import */ var _label_svg_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21962);
/* harmony import */ var _sbom_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18917);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7998);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_sbom_summary_js__WEBPACK_IMPORTED_MODULE_5__]);
_sbom_summary_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];








/** Name of the index file every bundle ends with; it hashes every other file and every input. */
const evidenceIndexName = 'evidence-index.json';
const sha256 = (content) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex');
const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
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
    const text = (0,_templates_js__WEBPACK_IMPORTED_MODULE_6__/* .renderTemplate */ .X)(templates, name, model)
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd();
    return Buffer.from(`${text}\n`, 'utf8');
}
function json(templates, name, model) {
    const rendered = (0,_templates_js__WEBPACK_IMPORTED_MODULE_6__/* .renderTemplate */ .X)(templates, name, model);
    let value;
    try {
        value = JSON.parse(rendered);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .o(`templates/${name} rendered invalid JSON (${error.message}).`, 'Print every value with the json helper ({{json field}}) and check commas and brackets.');
    }
    // Re-serialised, so the layout is canonical whatever the template's whitespace.
    return Buffer.from((0,_text_formats_js__WEBPACK_IMPORTED_MODULE_7__/* .stableJson */ ._Y)(value), 'utf8');
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
    return { path: evidenceIndexName, content: Buffer.from((0,_text_formats_js__WEBPACK_IMPORTED_MODULE_7__/* .stableJson */ ._Y)(index), 'utf8') };
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
    const ctx = (0,_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .createContext */ .q6)(input.product, input.filing, input.filingId, input.changes, sbom, input.check);
    const declaration = (0,_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .declarationModel */ .K6)(ctx);
    const labelSvg = (0,_label_svg_js__WEBPACK_IMPORTED_MODULE_4__/* .renderLabelSvg */ .p)(ctx.label, templates);
    // Documents meant for the filing agency, in English and in Simplified Chinese: one model, two templates.
    const bilingual = (base, model) => ['', '.zh-CN'].map((lang) => ({
        path: `${base}${lang}.md`,
        content: markdown(templates, `${base}${lang}.md.hbs`, model),
    }));
    const files = [
        ...bilingual('change-notification', (0,_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .changeNotificationModel */ .df)(ctx)),
        ...bilingual('declaration-draft', declaration),
        { path: 'filing-form.json', content: json(templates, 'filing-form.json.hbs', (0,_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .filingFormModel */ .$S)(ctx)) },
        // The PNG is the SVG rendered, so the two cannot disagree.
        { path: 'label.png', content: (0,_label_png_js__WEBPACK_IMPORTED_MODULE_3__/* .renderLabelPng */ .Ce)(labelSvg) },
        { path: 'label.svg', content: Buffer.from(labelSvg, 'utf8') },
        {
            path: 'responsibility-matrix.md',
            content: markdown(templates, 'responsibility-matrix.md.hbs', (0,_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .responsibilityModel */ .Yz)(ctx)),
        },
        { path: 'sbom.cdx.json', content: Buffer.from(input.sbomNormalised, 'utf8') },
        ...bilingual('technical-documentation', (0,_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .technicalDocumentationModel */ .rw)(ctx)),
        ...bilingual('test-request', (0,_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .testRequestModel */ .RZ)(ctx)),
    ].sort(byPath);
    return { files: [...files, evidenceIndex(input, files, inputs)].sort(byPath) };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 91777:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EvidenceError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_6__.o),
/* harmony export */   deriveTestRequest: () => (/* reexport safe */ _test_request_js__WEBPACK_IMPORTED_MODULE_5__.DQ),
/* harmony export */   describeLabel: () => (/* reexport safe */ _label_js__WEBPACK_IMPORTED_MODULE_1__.uD),
/* harmony export */   evidenceIndexName: () => (/* reexport safe */ _generate_js__WEBPACK_IMPORTED_MODULE_0__.D),
/* harmony export */   evidenceTemplateNames: () => (/* reexport safe */ _templates_js__WEBPACK_IMPORTED_MODULE_4__.S),
/* harmony export */   generateEvidence: () => (/* reexport safe */ _generate_js__WEBPACK_IMPORTED_MODULE_0__.r),
/* harmony export */   labelItemCaptions: () => (/* reexport safe */ _label_js__WEBPACK_IMPORTED_MODULE_1__.T5),
/* harmony export */   placeholderVerificationUrl: () => (/* reexport safe */ _label_js__WEBPACK_IMPORTED_MODULE_1__.yp),
/* harmony export */   prepareLabelRenderer: () => (/* reexport safe */ _label_png_js__WEBPACK_IMPORTED_MODULE_3__.ZS),
/* harmony export */   renderLabelPng: () => (/* reexport safe */ _label_png_js__WEBPACK_IMPORTED_MODULE_3__.Ce),
/* harmony export */   renderLabelSvg: () => (/* reexport safe */ _label_svg_js__WEBPACK_IMPORTED_MODULE_2__.p),
/* harmony export */   testAreasFor: () => (/* reexport safe */ _test_request_js__WEBPACK_IMPORTED_MODULE_5__.WW)
/* harmony export */ });
/* harmony import */ var _generate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(618);
/* harmony import */ var _label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94187);
/* harmony import */ var _label_svg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21962);
/* harmony import */ var _label_png_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68725);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7998);
/* harmony import */ var _test_request_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16953);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17050);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_generate_js__WEBPACK_IMPORTED_MODULE_0__]);
_generate_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The evidence bundle generator: pure functions from product, filing, changes and SBOM to files.








__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 68725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ renderLabelPng),
/* harmony export */   ZS: () => (/* binding */ prepareLabelRenderer)
/* harmony export */ });
/* unused harmony export labelFontFamily */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _resvg_resvg_wasm__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43026);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17050);





/** The family name inside `assets/label/label-cjk.ttf`; the SVG template names it first. */
const labelFontFamily = 'WenQuanYi Micro Hei';
let font;
let preparing;
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
/**
 * Load the SVG renderer and the label font once (WebAssembly starts asynchronously). Shells call it
 * before generating evidence; the rendering itself then stays synchronous and pure.
 */
function prepareLabelRenderer() {
    preparing ??= (async () => {
        const dir = (0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .assetDir */ .Y)('assets/label');
        await (0,_resvg_resvg_wasm__WEBPACK_IMPORTED_MODULE_4__/* .initWasm */ .z)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(wasmFile(dir)));
        font = new Uint8Array((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'label-cjk.ttf')));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .o('The label renderer is not loaded, so label.png cannot be drawn.', 'Call prepareLabelRenderer() (and await it) before generating evidence.');
    }
    const resvg = new _resvg_resvg_wasm__WEBPACK_IMPORTED_MODULE_4__/* .Resvg */ .W(svg, {
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
/* harmony export */   T5: () => (/* binding */ labelItemCaptions),
/* harmony export */   WM: () => (/* binding */ labelLab),
/* harmony export */   gh: () => (/* binding */ labelStandard),
/* harmony export */   q1: () => (/* binding */ labelScheme),
/* harmony export */   uD: () => (/* binding */ describeLabel),
/* harmony export */   yp: () => (/* binding */ placeholderVerificationUrl)
/* harmony export */ });
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

/***/ 18917:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ summariseSbom)
/* harmony export */ });
/* unused harmony export rolesOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _changes_declared_roles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91035);
/* harmony import */ var _rules_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78514);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17050);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__]);
_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];





const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Security roles of one component, as change detection sees them: pack data, role property, manifest. */
function rolesOf(component, product, softwareRoles) {
    const declared = (0,_changes_declared_roles_js__WEBPACK_IMPORTED_MODULE_4__/* .declaredRoles */ ._)(product.security).get(component.name.trim().toLowerCase()) ?? [];
    return [...new Set([...(0,_rules_input_js__WEBPACK_IMPORTED_MODULE_1__/* .componentRoles */ .ZK)(component, softwareRoles), ...declared])].sort();
}
/**
 * Summarise the normalised SBOM text: component counts by type and the security-relevant software
 * (components with a role from the pack's software roles, a `ccl:role` property, or the manifest).
 */
function summariseSbom(sbomText, product, softwareRoles) {
    const read = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readSbom */ .kH)(sbomText, 'sbom.cdx.json');
    if (!read.ok) {
        const first = read.problems[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .o(`The normalised SBOM given to the evidence generator cannot be read: ${first?.message ?? 'unknown problem'}${first?.line ? ` (line ${first.line})` : ''}.`, 'Pass the CycloneDX JSON text produced by serialiseNormalised, not an unchecked file.');
    }
    const { sbom } = read;
    if (sbom.format !== 'json') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .o(`The normalised SBOM given to the evidence generator is CycloneDX ${sbom.format.toUpperCase()}, not JSON; it would be filed as sbom.cdx.json.`, 'Pass the CycloneDX JSON text produced by serialiseNormalised.');
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
        .sort((a, b) => byText(a.name, b.name) || byText(a.version ?? '', b.version ?? '') || byText(a.type, b.type));
    return {
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(sbomText, 'utf8').digest('hex'),
        specVersion: sbom.specVersion,
        subject: {
            name: sbom.metadata.component?.name ?? null,
            version: sbom.metadata.component?.version ?? null,
        },
        components: sbom.components.length,
        byType: [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => byText(a.type, b.type)),
        services: sbom.services.length,
        securityRelevant,
    };
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17050);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15330);
/* harmony import */ var _text_formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51879);




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
        return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(String(value), _markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .evidenceMarkdown */ .BI);
    if (Array.isArray(value))
        return value.length === 0 ? '—' : value.map(markdownText).join(', ');
    throw new Error(`helper "md" cannot print an object; name one of its fields`);
}
hb.registerHelper('md', (...args) => new hb.SafeString(markdownText(oneArgument('md', args))));
hb.registerHelper('link', (...args) => {
    const value = oneArgument('link', args);
    return new hb.SafeString(typeof value === 'string' && value !== '' ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownUrl */ .$x)(value, _markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .evidenceMarkdown */ .BI) : markdownText(value));
});
hb.registerHelper('json', (...args) => new hb.SafeString((0,_text_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonValue */ .IL)(oneArgument('json', args))));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .o(`Template ${name} is missing from the templates given to the evidence generator.`, `Load every file named in evidenceTemplateNames from templates/ (dist/templates/ in the bundle).`);
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .o)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .o(`templates/${name}: ${message}.`, 'Fix the template: it uses a field or helper the evidence model does not provide (see src/evidence/).');
    }
}


/***/ }),

/***/ 16953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ deriveTestRequest),
/* harmony export */   WW: () => (/* binding */ testAreasFor),
/* harmony export */   YH: () => (/* binding */ initialTestRequest)
/* harmony export */ });
/* harmony import */ var _changes_declared_roles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91035);

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
function ref(c) {
    return {
        kind: c.kind,
        subject: c.subject,
        from: c.from ?? null,
        to: c.to ?? null,
        classification: c.classification,
        reason: c.reason,
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
    const roles = (0,_changes_declared_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredRoles */ ._)(product.security).get(componentName(change.subject)) ?? [];
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
        areas: areas.map((id) => ({ id, title: areaTitles[id], because: [] })),
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
            .map((id) => ({ id, title: areaTitles[id], because: because.get(id) ?? [] })),
        notRetested: changes.filter((c) => c.classification === 'record').map(ref),
    };
}


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


/***/ })

};
