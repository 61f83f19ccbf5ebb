export const id = 755;
export const ids = [755];
export const modules = {

/***/ 28053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ coverageFactsSchema),
/* harmony export */   TH: () => (/* binding */ noCoverageChain),
/* harmony export */   g: () => (/* binding */ coverageFacts)
/* harmony export */ });
// What the change log says about test coverage. A test report covers the versions it tested; a product
// reached from a tested (registered) state through recorded record-class changes only is still backed by
// that report, because recording a change as "record" is the claim that it needs no re-test. Any material
// change, or any change not yet recorded, breaks that chain until a new report is recorded. Pure.
const coverageFactsSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        baselineFirmware: { type: 'string' },
        baselineHardware: { type: 'string' },
        recordOnly: { type: 'boolean' },
        via: { type: 'array', items: { type: 'string' } },
        breaks: { type: 'array', items: { type: 'string' } },
        breakSummary: { type: 'string' },
    },
};
/** No baseline, or nothing known about changes: coverage is only what the reports list. */
const noCoverageChain = {
    baselineFirmware: '',
    baselineHardware: '',
    recordOnly: false,
    via: [],
    breaks: [],
    breakSummary: '',
};
/** The coverage chain of one filing, from the changes detected against its baseline. */
function coverageFacts(filing, changes) {
    const baseline = filing?.baseline;
    if (!filing || !baseline)
        return noCoverageChain;
    const log = new Map((filing.changes ?? []).map((e) => [e.id, e]));
    const via = new Set();
    const breaks = new Set();
    const material = new Set();
    let unrecorded = 0;
    for (const c of changes) {
        if (c.classification === 'none')
            continue;
        const what = `${c.subject}${c.from !== undefined || c.to !== undefined ? ` ${c.from ?? '–'} → ${c.to ?? '–'}` : ''}`;
        const entry = c.changeLogId !== undefined ? log.get(c.changeLogId) : undefined;
        if (!entry) {
            breaks.add(`${what} is not recorded in the change log`);
            unrecorded++;
        }
        else if (c.classification === 'material' || entry.classification === 'material') {
            breaks.add(`${what} is a material change (${entry.id})`);
            material.add(entry.id);
        }
        else
            via.add(entry.id);
    }
    return {
        baselineFirmware: baseline.firmware.version,
        baselineHardware: baseline.hardware.revision,
        recordOnly: breaks.size === 0,
        via: [...via].sort(),
        breaks: [...breaks].sort(),
        breakSummary: [
            ...(material.size > 0 ? [`material changes recorded as ${[...material].sort().join(', ')}`] : []),
            ...(unrecorded > 0
                ? [`${unrecorded} change${unrecorded === 1 ? '' : 's'} not recorded in the change log`]
                : []),
        ].join(' and '),
    };
}


/***/ }),

/***/ 20436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ evaluateProduct)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95410);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80653);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28053);
// Evaluates a product against every pack for every scheme it targets. One finding per failed rule and
// product, located in the manifest; rules above the target level are still evaluated, so that readiness can
// say what stands between the product and the next level.




/** Evaluate every rule of every targeted scheme for one product; never throws on bad data. */
function evaluateProduct(packs, ctx) {
    const { product } = ctx;
    const findings = [];
    const outcomes = [];
    const labels = [];
    const seen = new Set();
    // Validation guarantees labels; guard anyway, since this must never throw on bad data.
    const targets = Array.isArray(product.labels) ? product.labels : [];
    targets.forEach((label, index) => {
        if (seen.has(label.scheme))
            return;
        seen.add(label.scheme);
        const schemePacks = packs.filter((p) => p.scheme === label.scheme);
        if (schemePacks.length === 0) {
            const loaded = [...new Set(packs.map((p) => p.scheme))].sort();
            findings.push({
                ruleId: 'data.unknown-scheme',
                severity: 'error',
                message: `no rule pack for scheme '${label.scheme}' is loaded, so this label cannot be checked`,
                hint: `Fix the scheme id or add its pack to .labelguard.yml \`packs:\` (loaded schemes: ${loaded.join(', ') || 'none'}).`,
                productId: product.id,
                ...ctx.locate('product', ['labels', index, 'scheme']),
            });
            return;
        }
        labels.push({ scheme: label.scheme, stars: label.stars });
        for (const pack of schemePacks)
            evaluatePack(pack, label.stars, ctx, findings, outcomes);
    });
    labels.sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(a.scheme, b.scheme));
    findings.sort(_core_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .compareFindings */ .Eg);
    return { productId: product.id, labels, findings, outcomes };
}
function evaluatePack(pack, target, ctx, findings, outcomes) {
    const category = (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .categoryInput */ .Zt)(pack, ctx.product.category);
    const filing = ctx.filing && ctx.filing.scheme === pack.scheme
        ? ctx.filing
        : { scheme: pack.scheme, status: 'not-filed' };
    const input = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareInput */ ._s)({
        product: ctx.product,
        filing,
        sbom: (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .sbomFacts */ .zQ)(ctx.inventory, pack.softwareRoles, {
            now: ctx.now,
            ...(ctx.sbomSchemaValid !== undefined ? { schemaValid: ctx.sbomSchemaValid } : {}),
            ...(ctx.vulnerabilities ? { vulnerabilities: ctx.vulnerabilities } : {}),
        }),
        thresholds: (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveThresholds */ .qn)(pack, category),
        now: ctx.now,
        scheme: pack.scheme,
        stars: target,
        category,
        coverage: ctx.filing?.scheme === pack.scheme ? (ctx.coverage ?? _coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .noCoverageChain */ .TH) : _coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .noCoverageChain */ .TH,
    });
    for (const rule of pack.rules) {
        const outcome = {
            ruleId: rule.id,
            pack: pack.name,
            scheme: pack.scheme,
            stars: rule.stars,
            severity: rule.severity,
            status: 'pass',
            inScope: rule.stars <= target,
        };
        outcomes.push(outcome);
        if (!applies(rule, category)) {
            outcome.status = 'not-applicable';
            continue;
        }
        const result = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(rule.condition, input);
        if (result.ok && result.value === true)
            continue;
        outcome.status = result.ok && result.value === false ? 'fail' : 'error';
        if (!outcome.inScope)
            continue;
        const finding = result.ok
            ? result.value === false
                ? failed(rule, input, ctx)
                : misbehaved(rule, result.value, ctx)
            : unevaluable(rule, result.error, ctx);
        findings.push(finding);
    }
}
function applies(rule, category) {
    if (rule.categories === 'any')
        return true;
    if (rule.categories === 'catalogue')
        return category.known;
    return rule.categories.includes(category.id);
}
function base(rule, ctx, doc, path) {
    return {
        ruleId: rule.id,
        severity: rule.severity,
        hint: rule.remediation,
        sources: rule.sources,
        productId: ctx.product.id,
        ...ctx.locate(doc, path),
    };
}
function failed(rule, input, ctx) {
    let message = rule.message;
    if (rule.details) {
        const details = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(rule.details, input);
        if (details.ok && Array.isArray(details.value) && details.value.length > 0) {
            message = `${message}: ${details.value.map(String).join('; ')}`;
        }
    }
    return { ...base(rule, ctx, rule.path.doc, rule.path.steps), message };
}
function misbehaved(rule, value, ctx) {
    const kind = value === undefined || value === null
        ? 'no value'
        : Array.isArray(value)
            ? 'a list'
            : `a ${typeof value}`;
    return {
        ...base(rule, ctx, rule.path.doc, rule.path.steps),
        message: `${rule.title}: could not be checked, the rule's condition gave ${kind} instead of true or false`,
        hint: `The condition of ${rule.id} (${rule.file}:${rule.line}) must give true or false; fix the rule pack.`,
    };
}
/** A rule that could not be evaluated on this data: a finding about the data, located where it is missing. */
function unevaluable(rule, error, ctx) {
    const [root, ...rest] = error.missing ?? [];
    if (error.kind === 'missing-field' && (root === 'product' || root === 'filing')) {
        const field = formatPath(rest);
        return {
            ...base(rule, ctx, root, rest),
            message: `${rule.title}: could not be checked, ${root}.yaml has no '${field}'`,
            hint: `Declare '${field}' in ${root}.yaml. ${rule.remediation}`,
        };
    }
    if (error.kind === 'budget') {
        return {
            ...base(rule, ctx, rule.path.doc, rule.path.steps),
            message: `${rule.title}: could not be checked, ${error.message}`,
            hint: `The condition of ${rule.id} (${rule.file}:${rule.line}) does too much work on this product (nested list macros multiply); rewrite it so each list is walked once.`,
        };
    }
    const what = error.kind === 'missing-field'
        ? `'${formatPath(error.missing ?? [])}' is missing`
        : error.kind === 'type'
            ? `a value has the wrong type (${error.message})`
            : error.message;
    return {
        ...base(rule, ctx, rule.path.doc, rule.path.steps),
        message: `${rule.title}: could not be checked, ${what}`,
    };
}
function formatPath(path) {
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}


/***/ }),

/***/ 85755:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zt: () => (/* reexport safe */ _input_js__WEBPACK_IMPORTED_MODULE_1__.Zt),
/* harmony export */   am: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_5__.a),
/* harmony export */   bh: () => (/* reexport safe */ _evaluate_js__WEBPACK_IMPORTED_MODULE_0__.b),
/* harmony export */   g: () => (/* reexport safe */ _coverage_js__WEBPACK_IMPORTED_MODULE_2__.g),
/* harmony export */   ih: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_3__.ih),
/* harmony export */   qn: () => (/* reexport safe */ _input_js__WEBPACK_IMPORTED_MODULE_1__.qn),
/* harmony export */   sA: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_3__.sA),
/* harmony export */   xh: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_3__.xh),
/* harmony export */   xx: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_3__.xx),
/* harmony export */   xz: () => (/* reexport safe */ _readiness_js__WEBPACK_IMPORTED_MODULE_4__.x)
/* harmony export */ });
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20436);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80653);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28053);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41879);
/* harmony import */ var _readiness_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20731);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69515);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_js__WEBPACK_IMPORTED_MODULE_3__]);
_load_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Rule packs: load (pure, from file contents), evaluate products, gap analysis, waivers and their
// approvals, rendering.










__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 80653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zt: () => (/* binding */ categoryInput),
  ZK: () => (/* reexport */ rules_roles/* componentRoles */.ZK),
  qn: () => (/* binding */ effectiveThresholds),
  hJ: () => (/* binding */ ruleInputShapes),
  zQ: () => (/* binding */ sbomFacts)
});

// UNUSED EXPORTS: matches

// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(95278);
// EXTERNAL MODULE: ./src/expr/index.ts + 4 modules
var expr = __webpack_require__(95410);
// EXTERNAL MODULE: ./src/schemas/config.schema.ts
var config_schema = __webpack_require__(91875);
// EXTERNAL MODULE: ./src/schemas/filing.schema.ts
var filing_schema = __webpack_require__(97526);
// EXTERNAL MODULE: ./src/schemas/product.schema.ts
var product_schema = __webpack_require__(20642);
;// CONCATENATED MODULE: ./src/schemas/index.ts




/** Every user-facing schema, by the file name it is published under in dist/schemas/. */
const publishedSchemas = {
    'product.schema.json': product_schema/* productSchema */.H,
    'filing.schema.json': filing_schema/* filingSchema */.z2,
    'config.schema.json': config_schema/* configSchema */.Q,
};

// EXTERNAL MODULE: ./src/schemas/pack.schema.ts
var pack_schema = __webpack_require__(84382);
// EXTERNAL MODULE: ./src/rules/coverage.ts
var coverage = __webpack_require__(28053);
// EXTERNAL MODULE: ./src/rules/roles.ts
var rules_roles = __webpack_require__(65286);
;// CONCATENATED MODULE: ./src/rules/input.ts
// The object every rule expression reads, and the SBOM summary inside it. Which SBOM components are network
// daemons, crypto libraries or deny-listed cryptography comes from the pack's data (software-roles.yaml),
// never from code, so a new daemon or an end-of-life library branch is a data change.







const closedStates = new Set(['resolved', 'resolved_with_pedigree', 'false_positive', 'not_affected']);
const sbomFactsSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        present: { type: 'boolean' },
        schemaValid: { type: 'boolean' },
        specVersion: { type: 'string' },
        componentCount: { type: 'integer' },
        componentsWithoutVersion: { type: 'array', items: { type: 'string' } },
        componentsWithoutIdentity: { type: 'array', items: { type: 'string' } },
        metadataName: { type: 'string' },
        metadataVersion: { type: 'string' },
        firmwareVersions: { type: 'array', items: { type: 'string' } },
        metadataManufacturer: { type: 'string' },
        networkDaemons: { type: 'array', items: { type: 'string' } },
        cryptoLibraries: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                properties: { name: { type: 'string' }, version: { type: 'string' } },
            },
        },
        deniedCrypto: { type: 'array', items: { type: 'string' } },
        cryptoAlgorithms: { type: 'array', items: { type: 'string' } },
        roles: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        vulnerabilities: {
            type: 'object',
            additionalProperties: false,
            properties: { critical: { type: 'integer' }, high: { type: 'integer' } },
        },
        openVulnerabilities: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    id: { type: 'string' },
                    severity: { type: 'string' },
                    state: { type: 'string' },
                    published: { type: 'string' },
                    kev: { type: 'boolean' },
                },
            },
        },
    },
};
/** Summarise an SBOM for rules, recognising roles and deny-listed crypto from the pack's data. */
function sbomFacts(inventory, software, options = {}) {
    const roles = {};
    for (const role of Object.keys(software.roles).sort())
        roles[role] = [];
    const open = (options.vulnerabilities ?? [])
        .filter((v) => !closedStates.has(v.state ?? ''))
        .map((v) => ({
        id: v.id,
        severity: v.severity.toLowerCase(),
        state: v.state ?? '',
        published: v.published ?? '',
        kev: v.kev ?? false,
    }))
        .sort((a, b) => (0,finding/* compareText */.n6)(a.id, b.id));
    const vulnerabilities = {
        critical: open.filter((v) => v.severity === 'critical').length,
        high: open.filter((v) => v.severity === 'high').length,
    };
    if (!inventory) {
        return {
            present: false,
            schemaValid: false,
            specVersion: '',
            componentCount: 0,
            componentsWithoutVersion: [],
            componentsWithoutIdentity: [],
            metadataName: '',
            metadataVersion: '',
            firmwareVersions: [],
            metadataManufacturer: '',
            networkDaemons: [],
            cryptoLibraries: [],
            deniedCrypto: [],
            cryptoAlgorithms: [],
            roles,
            vulnerabilities,
            openVulnerabilities: open,
        };
    }
    const softwareTypes = new Set(software.software_types);
    const withoutVersion = new Set();
    const withoutIdentity = new Set();
    const cryptoLibraries = new Map();
    const denied = new Set();
    const algorithms = new Set();
    const compiled = (0,rules_roles/* compiledRoles */.ZV)(software);
    // An entry with `since` denies only once that date has come (e.g. a branch's end of security support).
    const deny = compiled.denylist.filter((d) => d.since === undefined || (options.now !== undefined && d.since <= options.now));
    for (const c of inventory.components) {
        const label = c.group ? `${c.group}/${c.name}` : c.name;
        if (softwareTypes.has(c.type)) {
            if (!c.version)
                withoutVersion.add(label);
            if (!c.purl && !c.cpe)
                withoutIdentity.add(label);
        }
        if (c.type === 'cryptographic-asset')
            algorithms.add(c.name.toUpperCase());
        const keys = (0,rules_roles/* componentKeys */.s$)(c);
        for (const role of (0,rules_roles/* rolesOf */.R7)(c, keys, software, compiled)) {
            (roles[role] ??= []).push(keys.name);
            if (role === 'crypto')
                cryptoLibraries.set(`${keys.name}@${c.version ?? ''}`, { name: keys.name, version: c.version ?? '' });
        }
        for (const d of deny) {
            if (c.version !== undefined && d.matcher(keys) && d.version.test(c.version))
                denied.add(`${c.name} ${c.version}: ${d.reason}`);
        }
    }
    for (const role of Object.keys(roles))
        roles[role] = [...new Set(roles[role])].sort();
    const meta = inventory.metadata;
    return {
        present: true,
        schemaValid: options.schemaValid ?? true,
        specVersion: inventory.specVersion,
        componentCount: inventory.components.length,
        componentsWithoutVersion: [...withoutVersion].sort(),
        componentsWithoutIdentity: [...withoutIdentity].sort(),
        metadataName: meta.component?.name ?? '',
        metadataVersion: meta.component?.version ?? '',
        firmwareVersions: [
            ...new Set([meta.component, ...inventory.components].flatMap((c) => c?.type === 'firmware' && c.version ? [c.version] : [])),
        ].sort(),
        metadataManufacturer: meta.manufacturer ?? meta.supplier ?? meta.component?.manufacturer ?? meta.component?.supplier ?? '',
        networkDaemons: roles['network-daemon'] ?? [],
        cryptoLibraries: [...cryptoLibraries.values()].sort((a, b) => (0,finding/* compareText */.n6)(a.name, b.name) || (0,finding/* compareText */.n6)(a.version, b.version)),
        deniedCrypto: [...denied].sort(),
        cryptoAlgorithms: [...algorithms].sort(),
        roles,
        vulnerabilities,
        openVulnerabilities: open,
    };
}
let productShape;
let filingShape;
let sbomShape;
let categoryShape;
let coverageShape;
/** The declared input shapes a pack's expressions are checked against. */
function ruleInputShapes(thresholds) {
    productShape ??= (0,expr/* shapeFromJsonSchema */.dJ)(product_schema/* productSchema */.H);
    filingShape ??= (0,expr/* shapeFromJsonSchema */.dJ)(filing_schema/* filingSchema */.z2);
    sbomShape ??= (0,expr/* shapeFromJsonSchema */.dJ)(sbomFactsSchema);
    categoryShape ??= withKnown((0,expr/* shapeFromJsonSchema */.dJ)(pack_schema/* catalogueSchema */.pw.properties.categories.items));
    coverageShape ??= (0,expr/* shapeFromJsonSchema */.dJ)(coverage/* coverageFactsSchema */.Hb);
    const fields = {};
    for (const t of thresholds)
        fields[t.name] = thresholdShape(t.type);
    return {
        product: productShape,
        filing: filingShape,
        sbom: sbomShape,
        thresholds: expr/* shape */.cW.object(fields),
        now: expr/* shape */.cW.string,
        scheme: expr/* shape */.cW.string,
        stars: expr/* shape */.cW.int,
        category: categoryShape,
        coverage: coverageShape,
    };
}
function withKnown(s) {
    return s.kind === 'object' ? { ...s, fields: { ...s.fields, known: expr/* shape */.cW.bool } } : s;
}
function thresholdShape(type) {
    if (type === 'int')
        return expr/* shape */.cW.int;
    if (type === 'number')
        return expr/* shape */.cW.double;
    if (type === 'bool')
        return expr/* shape */.cW.bool;
    if (type === 'list')
        return expr/* shape */.cW.list(expr/* shape */.cW.string);
    return expr/* shape */.cW.string;
}
/** The catalogue entry for a category id, as rules see it. */
function categoryInput(pack, id) {
    if (!pack.catalogue)
        return { id, known: true };
    const entry = pack.catalogue.find((c) => c.id === id);
    if (!entry)
        return { id, known: false };
    const { sources: _sources, ...rest } = entry;
    return { ...rest, known: true };
}
/** Effective thresholds for one product: `.labelguard.yml` over the category's values over pack defaults. */
function effectiveThresholds(pack, category) {
    const out = {};
    for (const t of pack.thresholds) {
        out[t.name] = pack.thresholdOverrides[t.name] ?? category.thresholds?.[t.name] ?? t.default;
    }
    return out;
}


/***/ }),

/***/ 41879:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ih: () => (/* reexport safe */ _pack_spec_js__WEBPACK_IMPORTED_MODULE_4__.i),
/* harmony export */   sA: () => (/* binding */ loadPackSoftwareRoles),
/* harmony export */   xh: () => (/* binding */ loadRulePacks),
/* harmony export */   xx: () => (/* reexport safe */ _pack_spec_js__WEBPACK_IMPORTED_MODULE_4__.x)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95410);
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81296);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80653);
/* harmony import */ var _schemas_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30405);
/* harmony import */ var _schemas_validators_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17665);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16547);
/* harmony import */ var _pack_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7584);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_validators_js__WEBPACK_IMPORTED_MODULE_3__]);
_schemas_validators_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Loads rule packs from file contents the shell provides (no file system here): parses and validates every
// file, compiles every expression once, and reports each problem as an error finding that names the file,
// the rule and the line.









/** Component types whose version and identity VUL-style rules check when a pack does not say. */
const defaultSoftwareTypes = [
    'application',
    'firmware',
    'framework',
    'library',
    'operating-system',
    'container',
];
/** Load, validate and compile rule packs; pure: `open` supplies each pack's files. */
function loadRulePacks(specs, open, options = {}) {
    const problems = [];
    const packs = [];
    const ruleOwners = new Map();
    const seen = new Set();
    for (const spec of specs) {
        const label = 'name' in spec ? spec.name : spec.path;
        const source = open(spec);
        if (!source) {
            problems.push(problem('data.rule-pack-missing', configAt(options, ['packs']), `rule pack '${label}' not found`, 'name' in spec
                ? `Built-in packs: ${_pack_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .builtinPacks */ .i.join(', ')}. A pack in your repository is written as ./path/to/pack.`
                : 'The folder must exist inside the repository and contain pack.yaml.'));
            continue;
        }
        const pack = loadPack(source, problems, ruleOwners, seen);
        if (pack)
            packs.push(pack);
    }
    applyOverrides(packs, options, problems);
    return { packs, problems };
}
function configAt(options, path) {
    return (options.locateConfig?.(path) ?? { file: options.configFile ?? '.labelguard.yml', line: 1, column: 1 });
}
function problem(ruleId, at, message, hint) {
    return { ruleId, severity: 'error', message, hint, file: at.file, line: at.line, column: at.column };
}
/** A pack file read, parsed and validated; undefined after reporting why not. */
function readDoc(source, rel, schema, what, problems) {
    const file = `${source.root}/${rel}`;
    const text = source.files.includes(rel) ? source.read(rel) : undefined;
    if (text === undefined) {
        problems.push(problem('data.rule-pack-missing', { file, line: 1, column: 1 }, `${what} ${file} not found`, `Create ${rel} in the pack folder, or fix the reference to it in pack.yaml.`));
        return undefined;
    }
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        // Located by the parser; never parsed again here, so a file refused for its size is not built anyway.
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, parsed.map((p) => p.toFinding()));
        return undefined;
    }
    // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
    if (source.validated)
        return parsed;
    const validate = (0,_schemas_validators_js__WEBPACK_IMPORTED_MODULE_3__/* .validator */ .Nc)(schema);
    if (!validate(parsed.value)) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, schemaProblems(parsed, validate.errors ?? [], what));
        return undefined;
    }
    return parsed;
}
function loadPack(source, problems, ruleOwners, loadedNames) {
    const manifestDoc = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
    if (!manifestDoc)
        return undefined;
    const name = manifestDoc.value.name;
    // Checked before the rules load, so a pack listed twice is one problem, not one per rule id.
    if (loadedNames.has(name)) {
        problems.push(problem('data.rule-pack-invalid', manifestDoc.locate(['name']), `rule pack '${name}' is loaded twice`, 'List each pack once in .labelguard.yml `packs:`; packs need distinct names.'));
        return undefined;
    }
    loadedNames.add(name);
    const manifest = manifestDoc.value;
    const before = problems.length;
    const thresholds = [];
    for (const [name, t] of Object.entries(manifest.thresholds ?? {}).sort(([a], [b]) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .compareText */ .n6)(a, b))) {
        const wrong = typeMismatch(t.type, t.default);
        if (wrong) {
            problems.push(problem('data.rule-pack-invalid', manifestDoc.locate(['thresholds', name, 'default']), `threshold '${name}': default ${wrong}`, `Give a default of type ${t.type}.`));
        }
        thresholds.push({
            name,
            type: t.type,
            default: t.default,
            description: t.description,
            ...(t.basis ? { basis: t.basis } : {}),
            sources: t.sources ?? [],
        });
    }
    const catalogue = manifest.catalogue
        ? loadCatalogue(source, manifest.catalogue, thresholds, problems)
        : undefined;
    const softwareRoles = manifest.software_roles
        ? loadSoftwareRoles(source, manifest.software_roles, problems)
        : defaultSoftwareRoles();
    if (problems.length > before || (manifest.catalogue && !catalogue) || !softwareRoles)
        return undefined;
    const pack = {
        name: manifest.name,
        title: manifest.title,
        scheme: manifest.scheme,
        ...(manifest.version ? { version: manifest.version } : {}),
        ...(manifest.description ? { description: manifest.description } : {}),
        levels: [...manifest.levels].sort((a, b) => a.stars - b.stars),
        thresholds,
        thresholdOverrides: {},
        ...(catalogue ? { catalogue } : {}),
        softwareRoles,
        rules: [],
        root: source.root,
    };
    const inputs = (0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleInputShapes */ .hJ)(thresholds);
    const ruleFiles = source.files.filter((f) => /^rules\/[^/]+\.ya?ml$/.test(f)).sort();
    for (const rel of ruleFiles) {
        const doc = readDoc(source, rel, 'rules', 'rule file', problems);
        if (!doc)
            continue;
        const items = doc.value.rules;
        items.forEach((item, index) => {
            const rule = loadRule(pack, doc, item, index, inputs, problems);
            if (!rule)
                return;
            const owner = ruleOwners.get(rule.id);
            if (owner) {
                problems.push(problem('data.rule-duplicate-id', doc.locate(['rules', index, 'id']), `rule ${rule.id} is defined twice: here and at ${owner}`, 'Rule ids must be unique across every loaded pack; rename one.'));
                return;
            }
            ruleOwners.set(rule.id, `${rule.file}:${rule.line}`);
            pack.rules.push(rule);
        });
    }
    pack.rules.sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .compareText */ .n6)(a.id, b.id));
    return pack;
}
function loadRule(pack, doc, item, index, inputs, problems) {
    const at = (key) => doc.locate(key ? ['rules', index, key] : ['rules', index]);
    const before = problems.length;
    const fail = (id, key, message, hint) => problems.push(problem(id, at(key), `rule ${item.id}: ${message}`, hint));
    if (!item.sources || item.sources.length === 0) {
        fail('data.rule-sources', 'sources' in item ? 'sources' : undefined, 'has no sources', 'Every rule cites where it comes from: add `sources:` with the regulation or standard clause (title, clause, url).');
    }
    if (item.scheme !== undefined && item.scheme !== pack.scheme) {
        fail('data.rule-pack-invalid', 'scheme', `scheme '${item.scheme}' differs from the pack's scheme '${pack.scheme}'`, `Omit \`scheme:\` (rules take the pack's scheme) or move the rule to a pack for '${item.scheme}'.`);
    }
    if (!pack.levels.some((l) => l.stars === item.stars)) {
        fail('data.rule-pack-invalid', 'stars', `stars ${item.stars} is not a level of pack ${pack.name}`, `Levels: ${pack.levels.map((l) => l.stars).join(', ')}.`);
    }
    let categories = 'catalogue';
    if (item.categories) {
        if (item.categories.includes('*'))
            categories = 'any';
        else {
            categories = [...item.categories].sort();
            const unknown = pack.catalogue
                ? categories.filter((c) => !pack.catalogue.some((k) => k.id === c))
                : [];
            if (unknown.length > 0) {
                fail('data.rule-pack-invalid', 'categories', `unknown catalogue categories: ${unknown.join(', ')}`, `Categories of pack ${pack.name}: ${pack.catalogue.map((c) => c.id).join(', ')}.`);
            }
        }
    }
    const [docName, pathText] = item.path.startsWith('filing:')
        ? ['filing', item.path.slice('filing:'.length)]
        : ['product', item.path];
    const steps = pathText.split('.');
    if (!(0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeAt */ .ln)(inputs[docName], steps)) {
        fail('data.rule-unknown-field', 'path', `path '${item.path}' does not exist in ${docName}.yaml`, `Point \`path:\` at a field of the ${docName} schema (see dist/schemas/${docName}.schema.json).`);
    }
    const condition = compile(item, 'condition', inputs, 'bool', fail);
    const details = item.details === undefined ? undefined : compile(item, 'details', inputs, 'list', fail);
    if (problems.length > before || !condition || (item.details !== undefined && !details))
        return undefined;
    const position = at();
    return {
        id: item.id,
        title: item.title,
        pack: pack.name,
        scheme: pack.scheme,
        stars: item.stars,
        categories,
        severity: item.severity,
        tierBasis: item.tier_basis,
        ...(item.tier_note ? { tierNote: item.tier_note } : {}),
        path: { doc: docName, steps, text: item.path },
        condition,
        ...(details ? { details } : {}),
        message: item.message,
        remediation: item.remediation,
        sources: item.sources ?? [],
        file: position.file,
        line: position.line,
    };
}
function compile(item, key, inputs, expect, fail) {
    const source = item[key];
    const result = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compileExpression */ .Wo)(source, inputs, { expect });
    if (result.ok)
        return result.expression;
    for (const p of result.problems) {
        const unknown = p.message.startsWith('unknown ') || p.message.startsWith('cannot read field');
        fail(unknown ? 'data.rule-unknown-field' : 'data.rule-expression', key, `${key}: ${p.message} near ${excerpt(source, p.offset)}`, p.hint ?? 'Check the expression against the rule input described in docs/rules.md.');
    }
    return undefined;
}
/** A short quote of the expression at the problem, for messages. */
function excerpt(source, offset) {
    const flat = source.replace(/\s+/g, ' ');
    const start = Math.max(0, Math.min(offset, flat.length - 1));
    const text = flat.slice(start, start + 40).trim();
    return `\`${text || flat.slice(-40).trim()}\`${start + 40 < flat.length ? '…' : ''} (column ${offset + 1})`;
}
function loadCatalogue(source, rel, thresholds, problems) {
    const doc = readDoc(source, rel, 'catalogue', 'catalogue', problems);
    if (!doc)
        return undefined;
    const categories = doc.value.categories;
    const before = problems.length;
    const ids = new Set();
    categories.forEach((c, i) => {
        if (ids.has(c.id)) {
            problems.push(problem('data.rule-pack-invalid', doc.locate(['categories', i, 'id']), `category '${c.id}' is listed twice`, 'Each catalogue category appears once.'));
        }
        ids.add(c.id);
        for (const [name, value] of Object.entries(c.thresholds ?? {})) {
            const t = thresholds.find((x) => x.name === name);
            const wrong = t ? typeMismatch(t.type, value) : 'is not a threshold this pack declares';
            if (wrong) {
                problems.push(problem('data.rule-pack-invalid', doc.locate(['categories', i, 'thresholds', name]), `category '${c.id}': threshold '${name}' ${wrong}`, 'Category thresholds override thresholds declared in pack.yaml.'));
            }
        }
    });
    return problems.length > before ? undefined : [...categories].sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .compareText */ .n6)(a.id, b.id));
}
const defaultSoftwareRoles = () => ({
    role_property: 'ccl:role',
    software_types: defaultSoftwareTypes,
    roles: {},
    crypto_denylist: [],
});
/**
 * A pack's software-role data alone (its manifest and `software-roles.yaml`, no rule compiled): what
 * classifying SBOM changes needs (`diff`).
 */
function loadPackSoftwareRoles(source) {
    const problems = [];
    const manifest = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
    const rel = manifest?.value?.software_roles;
    const softwareRoles = !manifest
        ? undefined
        : rel
            ? loadSoftwareRoles(source, rel, problems)
            : defaultSoftwareRoles();
    return { ...(softwareRoles ? { softwareRoles } : {}), problems };
}
function loadSoftwareRoles(source, rel, problems) {
    const doc = readDoc(source, rel, 'software', 'software roles file', problems);
    if (!doc)
        return undefined;
    const data = doc.value;
    const before = problems.length;
    (data.crypto_denylist ?? []).forEach((d, i) => {
        try {
            new RegExp(d.version_pattern);
        }
        catch (e) {
            problems.push(problem('data.rule-pack-invalid', doc.locate(['crypto_denylist', i, 'version_pattern']), `version_pattern is not a valid regular expression: ${e.message}`, 'Write a JavaScript regular expression, e.g. ^1\\.0\\.'));
        }
    });
    if (problems.length > before)
        return undefined;
    return {
        role_property: data.role_property ?? 'ccl:role',
        software_types: data.software_types ?? defaultSoftwareTypes,
        roles: data.roles,
        crypto_denylist: data.crypto_denylist ?? [],
    };
}
/** Why a value does not fit a threshold type, or undefined when it fits. */
function typeMismatch(type, value) {
    const ok = type === 'int'
        ? Number.isInteger(value)
        : type === 'number'
            ? typeof value === 'number'
            : type === 'bool'
                ? typeof value === 'boolean'
                : type === 'date'
                    ? typeof value === 'string' && (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._U)(value) !== undefined
                    : type === 'list'
                        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
                        : typeof value === 'string';
    if (ok)
        return undefined;
    const shown = JSON.stringify(value);
    return `must be ${type === 'int' ? 'a whole number' : type === 'date' ? 'a date (YYYY-MM-DD)' : type === 'list' ? 'a list of strings' : `a ${type}`}, not ${shown}`;
}
function applyOverrides(packs, options, problems) {
    for (const [key, value] of Object.entries(options.thresholds ?? {}).sort(([a], [b]) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .compareText */ .n6)(a, b))) {
        const dot = key.indexOf('.');
        const packName = dot === -1 ? undefined : key.slice(0, dot);
        const name = dot === -1 ? key : key.slice(dot + 1);
        const targets = packs.filter((p) => (packName === undefined || p.name === packName) && p.thresholds.some((t) => t.name === name));
        if (targets.length === 0) {
            const known = [...new Set(packs.flatMap((p) => p.thresholds.map((t) => t.name)))].sort();
            problems.push(problem('data.threshold', configAt(options, ['thresholds', key]), `unknown threshold '${key}'`, `Thresholds of the loaded packs: ${known.join(', ') || 'none'} (prefix with the pack name, e.g. cn-ccl.${known[0] ?? 'name'}, to set one pack only).`));
            continue;
        }
        for (const pack of targets) {
            const t = pack.thresholds.find((x) => x.name === name);
            const wrong = typeMismatch(t.type, value);
            if (wrong) {
                problems.push(problem('data.threshold', configAt(options, ['thresholds', key]), `threshold '${key}' ${wrong}`, `${t.description} Default: ${JSON.stringify(t.default)}.`));
                continue;
            }
            // A pack-qualified override wins over a plain one for the same pack.
            if (packName !== undefined || !(name in pack.thresholdOverrides))
                pack.thresholdOverrides[name] = value;
        }
    }
}
function schemaProblems(doc, errors, what) {
    // Name the rule when the problem is inside one, so a reader finds it without counting list items.
    const rules = doc.value.rules;
    return (0,_schemas_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .schemaErrors */ .d)(errors, `the ${what}`).map(({ path, message }) => {
        const ruleId = path[0] === 'rules' && typeof path[1] === 'number' ? rules?.[path[1]]?.id : undefined;
        return problem('data.rule-pack-invalid', doc.locate(path), `${typeof ruleId === 'string' ? `rule ${ruleId}: ` : ''}${message}`, 'See docs/rules.md for the rule pack format.');
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 20731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readiness)
/* harmony export */ });
// Gap analysis: for each scheme a product targets, the highest star level it meets today and, for every
// level above, exactly which rules stand in the way. A level is met when no error-severity rule of that
// level or below fails or cannot be evaluated. Waivers do not count: a waiver is a decision to ship anyway,
// not evidence that the product meets the level.
/** Readiness per targeted scheme, sorted by scheme. */
function readiness(evaluation, packs) {
    return evaluation.labels.map(({ scheme, stars }) => {
        const levels = [
            ...new Set(packs.filter((p) => p.scheme === scheme).flatMap((p) => p.levels.map((l) => l.stars))),
        ].sort((a, b) => a - b);
        const blocking = evaluation.outcomes.filter((o) => o.scheme === scheme && o.severity === 'error' && (o.status === 'fail' || o.status === 'error'));
        const blockersAt = (level) => [...new Set(blocking.filter((o) => o.stars <= level).map((o) => o.ruleId))].sort();
        let met = 0;
        for (const level of levels) {
            if (blockersAt(level).length > 0)
                break;
            met = level;
        }
        const gaps = {};
        for (const level of levels)
            if (level > met)
                gaps[String(level)] = blockersAt(level);
        return { scheme, target: stars, met, gaps };
    });
}


/***/ }),

/***/ 69515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ renderRules)
/* harmony export */ });
/* unused harmony export renderRulesDoc */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95410);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16547);
// Renders loaded rule packs for `labelguard rules` (text, JSON, Markdown) and for docs/rules.md. Pure and
// deterministic: packs in the order given, rules by id.



/** Render the rules of the given packs with their sources. */
function renderRules(packs, format) {
    if (format === 'json')
        return `${JSON.stringify({ packs: packs.map(packJson) }, null, 2)}\n`;
    if (format === 'markdown')
        return packs.map((p) => `## ${p.name}: ${md(p.title)}\n\n${rulesTable(p)}`).join('\n');
    return packs.map(packText).join('\n');
}
function stars(n) {
    return '★'.repeat(n);
}
function sourceText(s) {
    return (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceLabel */ .en)(s) + (s.url ? ` <${s.url}>` : '');
}
function packText(p) {
    const levels = p.levels.map((l) => `${stars(l.stars)} ${l.name}`).join(', ');
    const lines = [`${p.name}  ${p.title}: ${p.rules.length} rules (scheme ${p.scheme}; levels: ${levels})`];
    const idWidth = (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .maxOf */ ._)(p.rules.map((r) => r.id.length), 4);
    const starWidth = (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .maxOf */ ._)(p.levels.map((l) => l.stars), 1);
    for (const r of p.rules) {
        lines.push(`  ${r.id.padEnd(idWidth)}  ${stars(r.stars).padEnd(starWidth)}  ${r.severity.padEnd(7)}  ${r.tierBasis.padEnd(9)}  ${r.title}`);
        const indent = ' '.repeat(idWidth + 4);
        lines.push(`${indent}checks: ${r.path.text}`);
        for (const s of r.sources)
            lines.push(`${indent}source: ${sourceText(s)}`);
    }
    return `${lines.join('\n')}\n`;
}
function packJson(p) {
    return {
        name: p.name,
        title: p.title,
        scheme: p.scheme,
        ...(p.version ? { version: p.version } : {}),
        levels: p.levels,
        thresholds: p.thresholds.map((t) => ({
            name: t.name,
            type: t.type,
            default: t.default,
            ...(t.name in p.thresholdOverrides ? { value: p.thresholdOverrides[t.name] } : {}),
            description: t.description,
            ...(t.basis ? { basis: t.basis } : {}),
            sources: t.sources,
        })),
        ...(p.catalogue ? { catalogue: p.catalogue.map((c) => ({ id: c.id, title: c.title })) } : {}),
        rules: p.rules.map(ruleJson),
    };
}
function ruleJson(r) {
    return {
        id: r.id,
        title: r.title,
        scheme: r.scheme,
        stars: r.stars,
        categories: r.categories,
        severity: r.severity,
        tierBasis: r.tierBasis,
        ...(r.tierNote ? { tierNote: r.tierNote } : {}),
        path: r.path.text,
        condition: r.condition.source.trim(),
        ...(r.details ? { details: r.details.source.trim() } : {}),
        message: r.message,
        remediation: r.remediation,
        sources: r.sources,
    };
}
/** Escape text for a Markdown table cell. */
function md(text) {
    return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}
function sourceMd(s) {
    const label = md((0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceLabel */ .en)(s));
    return s.url ? `[${label.replace(/[[\]]/g, '\\$&')}](${s.url})` : label;
}
function rulesTable(p) {
    const rows = p.rules.map((r) => {
        const tier = r.tierBasis === 'confirmed' ? 'confirmed' : 'inferred';
        return `| ${r.id} | ${stars(r.stars)} | ${r.severity} | ${tier} | ${md(r.title)} | \`${r.path.text}\` | ${r.sources.map(sourceMd).join('<br>')} |`;
    });
    return ([
        '| Rule | Level | Severity | Tier | Title | Points at | Sources |',
        '|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n') + '\n');
}
function thresholdsTable(thresholds) {
    const rows = thresholds.map((t) => `| \`${t.name}\` | ${t.type} | \`${md(JSON.stringify(t.default))}\` | ${md(t.description)} | ${md(t.basis ?? '')} |`);
    return (['| Threshold | Type | Default | Meaning | Basis |', '|---|---|---|---|---|', ...rows].join('\n') + '\n');
}
/** The complete docs/rules.md for the given (built-in) packs. */
function renderRulesDoc(packs) {
    const out = [
        '# Rule reference',
        '',
        '<!-- Generated from the built-in rule packs by renderRulesDoc() (src/rules/render.ts). Do not edit by hand:',
        '     change the files under rules/ and regenerate. A test fails when this file is stale. -->',
        '',
        `labelguard ships ${packs.length} rule packs with ${packs.reduce((n, p) => n + p.rules.length, 0)} rules. A product names the schemes it targets in`,
        '`product.yaml` (`labels: [{scheme, stars}]`) and gets the findings of every rule of each scheme whose level is at or below',
        'its target. Rules above the target are still evaluated for the readiness (gap) analysis.',
        '',
        '**Tier**: *confirmed* means the regulation or standard itself puts the requirement at that level; *inferred* means the level',
        'is our mapping and may change when the implementation rules are published. A rule whose level is only partly',
        'confirmed says which part in its tier note (`labelguard rules --format json`, `tierNote`).',
        '',
        "**Sources** are cited by the instrument's title, number, version and clause, each with its confidence in brackets:",
        '*confirmed* (the official text, or a reputable summary of it), *fragment* (wording seen only in unverified reposts:',
        'cited by title and number, never linked), *inferred* (our mapping) or *assumption* (a placeholder value). A source',
        'links only to the official publisher or a reputable secondary source: each pack lists the hosts it has reviewed',
        '(`source_hosts` in `pack.yaml`), and a test fails on a URL anywhere else.',
        '',
        '## Writing rules',
        '',
        'A pack is a folder with `pack.yaml` (name, scheme, levels, thresholds), optional `catalogue.yaml` and',
        '`software-roles.yaml`, and rule files under `rules/*.yaml`. Each rule has `id`, `title`, `stars`, `severity`,',
        '`tier_basis`, `path` (the field the finding points at: relative to product.yaml, or `filing:` + a path in filing.yaml),',
        '`condition` (CEL, true = pass), optional `details` (CEL list of strings naming what failed), `message`, `remediation`',
        'and `sources`. Conditions read one object:',
        '',
        '| Input | What it is |',
        '|---|---|',
        '| `product` | product.yaml as validated (snake_case keys) |',
        "| `filing` | filing.yaml when it is for this scheme, else `{scheme, status: 'not-filed'}` |",
        '| `sbom` | SBOM summary: `present`, `schemaValid`, `componentCount`, `componentsWithoutVersion`, `componentsWithoutIdentity`, `metadataName`, `metadataVersion`, `metadataManufacturer`, `networkDaemons`, `cryptoLibraries`, `deniedCrypto`, `cryptoAlgorithms`, `roles`, `vulnerabilities`, `openVulnerabilities` |',
        '| `thresholds` | the pack thresholds below, after category and `.labelguard.yml` overrides |',
        '| `now` | the date judged against, `YYYY-MM-DD` |',
        '| `scheme`, `stars` | the scheme and the star level the product targets |',
        '| `category` | the catalogue entry of `product.category`, with `known` |',
        "| `coverage` | the recorded-change chain from the filing's baseline: `baselineFirmware`, `baselineHardware`, `recordOnly` (every difference recorded as record-class), `via` (change-log ids), `breaks` (why not) |",
        '',
        'Optional fields: `has(product.agent)` tests one level; `product.?security.?updates.?signed.orValue(false)` reads a',
        'nested optional field with a default. A field read without either that is missing makes the rule fail with a',
        'finding that names the missing field. Functions added to CEL:',
        '',
        ...expressionFunctions.map((f) => `- \`${f.signature}\`: ${f.doc}`),
        '',
        `Work is bounded: one evaluation of a condition may take ${evaluationBudget.base.toLocaleString('en-US')} steps plus ${evaluationBudget.perInputValue} per`,
        'value of its input (every node evaluated is a step; `+` and `join()` also cost the size they build). A condition',
        'that takes more, such as nested list macros that multiply (`a.all(x, a.all(y, …))`), stops with a finding on the rule',
        'and the product. Walk each list once.',
        '',
    ];
    for (const p of packs) {
        out.push(`## ${p.name}: ${p.title}`, '');
        if (p.description)
            out.push(p.description.trim(), '');
        out.push(`Scheme id: \`${p.scheme}\`. Levels: ${p.levels.map((l) => `${stars(l.stars)} ${l.name}`).join(', ')}.`, '');
        if (p.catalogue) {
            out.push('### Catalogue', '', '| Category | Title | Batch | Effective |', '|---|---|---|---|');
            for (const c of p.catalogue) {
                out.push(`| \`${c.id}\` | ${md(c.title)}${c.title_zh ? ` (${md(c.title_zh)})` : ''} | ${c.batch ?? ''} | ${c.effective ?? ''} |`);
            }
            out.push('');
        }
        if (p.thresholds.length > 0)
            out.push('### Thresholds', '', thresholdsTable(p.thresholds));
        out.push(`### Rules (${p.rules.length})`, '', rulesTable(p));
    }
    return `${out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}


/***/ })

};
