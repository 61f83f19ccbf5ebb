export const id = 936;
export const ids = [936];
export const modules = {

/***/ 28936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ajvFactory: () => (/* binding */ ajvFactory),
  dataSchemas: () => (/* binding */ dataSchemas),
  schemaFor: () => (/* binding */ schemaFor)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/schemas/unique-items.ts
// The `uniqueItems` check of the CycloneDX validators (see ajv.ts). Imports nothing: the build bundles this
// file into each compiled validator.
/**
 * The first pair `[i, j]` (i < j) of equal items, or undefined. Items are equal when their canonical JSON
 * texts (object keys sorted) are; arrays of primitives and short arrays need no canonical text.
 */
function duplicateItems(items) {
    const n = items.length;
    if (n < 2)
        return undefined;
    const isPrimitive = (v) => v === null || typeof v !== 'object';
    const equal = (a, b) => {
        if (isPrimitive(a) || isPrimitive(b))
            return a === b;
        if (Array.isArray(a) !== Array.isArray(b))
            return false;
        if (Array.isArray(a)) {
            const y = b;
            return a.length === y.length && a.every((v, k) => equal(v, y[k]));
        }
        const x = a;
        const y = b;
        const keys = Object.keys(x);
        return (keys.length === Object.keys(y).length &&
            keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && equal(x[k], y[k])));
    };
    if (n <= 8) {
        for (let j = 1; j < n; j++)
            for (let i = 0; i < j; i++)
                if (equal(items[i], items[j]))
                    return [i, j];
        return undefined;
    }
    const canonical = (v) => {
        if (isPrimitive(v))
            return JSON.stringify(v) ?? 'undefined';
        if (Array.isArray(v))
            return `[${v.map(canonical).join(',')}]`;
        const o = v;
        return `{${Object.keys(o)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
            .join(',')}}`;
    };
    const primitive = items.every(isPrimitive);
    const seen = new Map();
    for (let j = 0; j < n; j++) {
        // Primitives are their own keys (a Map tells 1 from "1"); anything else by its canonical text.
        const key = primitive ? items[j] : canonical(items[j]);
        const i = seen.get(key);
        if (i !== undefined)
            return [i, j];
        seen.set(key, j);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/schemas/ajv.ts
// The one Ajv set-up of labelguard. Every built-in schema is compiled by an instance made here: at build
// time into standalone code (scripts/compile-schemas.ts), and at run time only when no compiled code
// ships beside the bundle (running from source, or a repository's own rule pack).




// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
/**
 * A fresh Ajv instance for a dialect, every error reported (`allErrors`). `source` keeps the generated
 * code so that it can be written out as a standalone module.
 */
function createAjv(dialect, opts = {}) {
    const code = { source: opts.source === true };
    if (dialect === '2020-12') {
        return addFormats(new _2020.Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code }));
    }
    // Same options as @cyclonedx/cyclonedx-library's own validator, plus allErrors.
    const a = new ajv.Ajv({
        allErrors: true,
        useDefaults: false,
        strict: false,
        strictSchema: false,
        addUsedSchema: false,
        code,
        loadSchema: (uri) => Promise.reject(new Error(`remote schemas are disabled: ${uri}`)),
    });
    addFormats(a);
    a.removeKeyword('uniqueItems');
    a.addKeyword(uniqueItems);
    a.addFormat('iri-reference', true);
    a.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
    return a;
}
/**
 * `uniqueItems` in linear time. ajv's own keyword compares every pair of items: 0.4 s for one
 * 2,000-component SBOM, most of a large audit. Generated as code (not a `validate` function) so that it
 * survives standalone compilation: there the check is `require`d from its file, which the build bundles
 * into each compiled validator (its path is relative to the repository root, where the build runs).
 */
const uniqueItems = {
    keyword: 'uniqueItems',
    type: 'array',
    schemaType: 'boolean',
    error: {
        message: ({ params }) => (0,ajv.str) `must NOT have duplicate items (items ## ${params.j} and ${params.i} are identical)`,
        params: ({ params }) => (0,ajv._) `{i: ${params.i}, j: ${params.j}}`,
    },
    code(cxt) {
        if (cxt.schema !== true)
            return;
        const fn = cxt.gen.scopeValue('func', {
            ref: duplicateItems,
            code: (0,ajv._) `require(${'./src/schemas/unique-items.ts'}).duplicateItems`,
        });
        const dup = cxt.gen.const('dup', (0,ajv._) `${fn}(${cxt.data})`);
        cxt.setParams({ i: (0,ajv._) `${dup}[0]`, j: (0,ajv._) `${dup}[1]` });
        cxt.fail((0,ajv._) `${dup} !== undefined`);
    },
};

// EXTERNAL MODULE: ./src/schemas/pack.schema.ts
var pack_schema = __webpack_require__(84382);
;// CONCATENATED MODULE: ./src/schemas/changes.schema.ts
// JSON Schema of a rule pack's `changes.yaml`: the ordered change-classification table. The loader
// validates every file against it before compiling any `when` expression.

const nonEmpty = { type: 'string', minLength: 1 };
const classifications = ['material', 'record', 'none'];
const confidences = ['confirmed', 'fragment', 'inference'];
/** `rules/<pack>/changes.yaml`. */
const changesSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://labelguard.dev/schemas/changes.schema.json',
    title: 'labelguard change classification',
    type: 'object',
    additionalProperties: false,
    required: ['scheme', 'entries'],
    properties: {
        $schema: { type: 'string' },
        scheme: { ...nonEmpty, description: 'Scheme whose filings this table classifies, e.g. cn-ccl.' },
        entries: {
            type: 'array',
            minItems: 1,
            description: 'Ordered: the first entry whose `when` is true classifies the change.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'title', 'when', 'classification', 'reason', 'sources', 'confidence'],
                properties: {
                    id: {
                        type: 'string',
                        pattern: '^[a-z0-9][a-z0-9-]*$',
                        description: 'Stable id, used by overrides.',
                    },
                    title: nonEmpty,
                    title_zh: {
                        ...nonEmpty,
                        description: 'The title in Simplified Chinese, shown by the documents meant for the filing agency (*.zh-CN.md); without it they show the English title, marked as English.',
                    },
                    when: {
                        ...nonEmpty,
                        description: 'CEL over `change` (see the file header); must give true or false.',
                    },
                    classification: { enum: classifications },
                    min_stars: {
                        type: 'integer',
                        minimum: 1,
                        maximum: 9,
                        description: 'Below this star level the entry gives `below_min_stars` instead.',
                    },
                    below_min_stars: { enum: classifications, default: 'record' },
                    blocking: {
                        type: 'boolean',
                        description: 'A material change that fails the check even when the change log records it.',
                    },
                    reason: nonEmpty,
                    reason_zh: {
                        ...nonEmpty,
                        description: 'The reason in Simplified Chinese, for the *.zh-CN.md documents; without it they show the English reason, marked as English.',
                    },
                    sources: {
                        type: 'array',
                        minItems: 1,
                        items: pack_schema/* sourceSchema */.dr,
                    },
                    confidence: { enum: confidences },
                },
            },
        },
    },
};

// EXTERNAL MODULE: ./src/schemas/config.schema.ts
var config_schema = __webpack_require__(91875);
// EXTERNAL MODULE: ./src/schemas/cyclonedx.ts
var cyclonedx = __webpack_require__(64217);
// EXTERNAL MODULE: ./src/schemas/filing.schema.ts
var filing_schema = __webpack_require__(97526);
// EXTERNAL MODULE: ./src/schemas/product.schema.ts
var product_schema = __webpack_require__(20642);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(95278);
;// CONCATENATED MODULE: ./src/schemas/report.schema.ts
// The published JSON Schema of the check report (`labelguard check --format json`, the action's
// `report-json`); docs/check-report.schema.json is this object, written out. `labelguard comment` validates
// a report against it before rendering anything from it: the report may come from a run a fork controls,
// so every string and list is bounded and no key beyond the format's is accepted.


const report_schema_text = (maxLength) => ({ type: 'string', maxLength });
const id = { type: 'string', minLength: 1, maxLength: 200 };
const path = { type: 'string', maxLength: 1024 };
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const position = { type: 'integer', minimum: 0, maximum: 10_000_000 };
const count = { type: 'integer', minimum: 0, maximum: 100_000_000 };
const stars = { type: 'integer', minimum: 1, maximum: 4 };
const source = {
    type: 'object',
    additionalProperties: false,
    required: ['title'],
    properties: {
        title: report_schema_text(500),
        number: report_schema_text(200),
        version: report_schema_text(200),
        clause: report_schema_text(200),
        url: { type: 'string', maxLength: 2048, pattern: '^https?://' },
        confidence: { enum: finding/* sourceConfidences */.b$ },
    },
};
const sources = { type: 'array', maxItems: 50, items: source };
const report_schema_finding = {
    type: 'object',
    additionalProperties: false,
    required: ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'blocking'],
    properties: {
        ruleId: id,
        severity: { enum: ['error', 'warning', 'info'] },
        message: report_schema_text(10_000),
        hint: report_schema_text(10_000),
        sources,
        productId: id,
        file: path,
        line: position,
        column: position,
        blocking: { type: 'boolean', description: 'Whether the finding fails the check under the run’s policy.' },
        waived: {
            type: 'object',
            additionalProperties: false,
            required: ['approver', 'expires', 'justification'],
            properties: { approver: report_schema_text(200), expires: date, justification: report_schema_text(2000) },
        },
    },
};
const findings = { type: 'array', maxItems: 100_000, items: report_schema_finding };
const change = {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'subject', 'classification', 'classId', 'reason', 'sources', 'recorded', 'fingerprint'],
    properties: {
        kind: id,
        subject: report_schema_text(1000),
        from: report_schema_text(1000),
        to: report_schema_text(1000),
        classification: { enum: ['material', 'record', 'none'] },
        classId: id,
        classTitle: report_schema_text(1000),
        classTitleZh: report_schema_text(1000),
        reason: report_schema_text(2000),
        reasonZh: report_schema_text(2000),
        sources,
        recorded: { type: 'boolean' },
        fingerprint: { type: 'string', pattern: '^[a-z][a-z0-9.-]*:[0-9a-f]{16}$' },
        changeLogId: id,
        matchedBy: id,
    },
};
const fingerprint = { type: 'string', pattern: '^[a-z][a-z0-9.-]*:[0-9a-f]{16}$' };
const classification = { enum: ['material', 'record', 'none'] };
const fingerprints = { type: 'array', maxItems: 100_000, items: fingerprint };
const changeSet = {
    type: 'object',
    additionalProperties: false,
    required: [
        'id',
        'title',
        'classification',
        'classId',
        'reason',
        'recorded',
        'fingerprints',
        'unrecorded',
        'pending',
    ],
    properties: {
        id: fingerprint,
        title: report_schema_text(2000),
        groupId: id,
        classification,
        classId: id,
        reason: report_schema_text(2000),
        recorded: { type: 'boolean' },
        changeLogId: id,
        fingerprints,
        unrecorded: fingerprints,
        pending: classification,
        suggestedId: id,
    },
};
const readiness = {
    type: 'object',
    additionalProperties: false,
    required: ['scheme', 'target', 'met', 'gaps'],
    properties: {
        scheme: id,
        target: stars,
        met: { type: 'integer', minimum: 0, maximum: 4 },
        gaps: {
            type: 'object',
            additionalProperties: false,
            patternProperties: { '^[1-4]$': { type: 'array', maxItems: 1000, items: id } },
        },
    },
};
const product = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'path', 'labels', 'verdict', 'findings'],
    properties: {
        id,
        path,
        model: report_schema_text(200),
        labels: {
            type: 'array',
            maxItems: 20,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['scheme', 'stars'],
                properties: { scheme: id, stars },
            },
        },
        filingStatus: id,
        verdict: { enum: ['pass', 'warn', 'fail'] },
        findings,
        readiness: { type: 'array', maxItems: 20, items: readiness },
        changes: { type: 'array', maxItems: 100_000, items: change },
        changeSets: { type: 'array', maxItems: 100_000, items: changeSet },
    },
};
/** JSON Schema of the check report (version 1). */
const checkReportSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://labelguard.dev/schemas/check-report.schema.json',
    title: 'labelguard check report',
    description: 'Every product judged, with its findings, label readiness and changes since the registered baseline, as written by `labelguard check --format json` and the action’s `report-json` output.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'generator', 'now', 'policy', 'summary', 'products', 'findings'],
    properties: {
        version: { const: 1 },
        generator: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'version'],
            properties: {
                name: { const: 'labelguard' },
                version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+[-+.0-9A-Za-z]*$', maxLength: 50 },
            },
        },
        now: { ...date, description: 'The date findings were judged against.' },
        policy: {
            type: 'object',
            additionalProperties: false,
            required: ['failOn', 'warnOnly'],
            properties: { failOn: { enum: config_schema/* failOnLevels */.R }, warnOnly: { type: 'boolean' } },
        },
        summary: {
            type: 'object',
            additionalProperties: false,
            required: ['products', 'blocking', 'warnings', 'unrecorded'],
            properties: { products: count, blocking: count, warnings: count, unrecorded: count },
            description: 'Counts of the products and findings below (a reader must find them equal to a recount).',
        },
        products: { type: 'array', maxItems: 10_000, items: product },
        findings: { ...findings, description: 'Findings that belong to no single product.' },
        policyChange: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'lines'],
            description: 'Set when the judged change modifies the policy: whose policy judged it, and what changed.',
            properties: {
                from: report_schema_text(200),
                lines: {
                    type: 'array',
                    maxItems: 1000,
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['what', 'from', 'to'],
                        properties: { what: report_schema_text(500), from: report_schema_text(2000), to: report_schema_text(2000) },
                    },
                },
            },
        },
    },
};

// EXTERNAL MODULE: ./src/schemas/status.schema.ts
var status_schema = __webpack_require__(25823);
;// CONCATENATED MODULE: ./src/schemas/compile.ts









/** labelguard's own schemas (JSON Schema 2020-12). */
const dataSchemas = {
    product: product_schema/* productSchema */.H,
    filing: filing_schema/* filingSchema */.z2,
    config: config_schema/* configSchema */.Q,
    pack: pack_schema/* packManifestSchema */.E_,
    rules: pack_schema/* ruleFileSchema */.y7,
    catalogue: pack_schema/* catalogueSchema */.pw,
    software: pack_schema/* softwareRolesSchema */.yb,
    changes: changesSchema,
    status: status_schema/* statusReportSchema */.q,
    report: checkReportSchema,
};
/** The vendored CycloneDX schemas the bom schemas `$ref` by file name. */
const cyclonedxRefs = [
    'spdx.SNAPSHOT.schema.json',
    'jsf-0.82.SNAPSHOT.schema.json',
    'cryptography-defs.SNAPSHOT.schema.json',
];
/** A schema and an Ajv instance (of its dialect, with what it references) to compile it with. */
function schemaFor(name, ajvFor) {
    if (Object.hasOwn(dataSchemas, name)) {
        return { ajv: ajvFor('2020-12'), schema: dataSchemas[name] };
    }
    return { ajv: ajvFor('draft-07'), schema: (0,cyclonedx/* cyclonedxSchemaFile */.h)(`${name}.SNAPSHOT.schema.json`) };
}
/** An Ajv instance per dialect, ready to compile any built-in schema of it. */
function ajvFactory(opts = {}) {
    const instances = new Map();
    return (d) => {
        let a = instances.get(d);
        if (a === undefined) {
            a = createAjv(d, opts);
            // The bom schemas $ref these by relative file name, resolved against http://cyclonedx.org/schema/.
            if (d === 'draft-07')
                for (const f of cyclonedxRefs)
                    a.addSchema((0,cyclonedx/* cyclonedxSchemaFile */.h)(f), `http://cyclonedx.org/schema/${f}`);
            instances.set(d, a);
        }
        return a;
    };
}


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
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76536);
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

/***/ 25823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ urgencies),
/* harmony export */   q: () => (/* binding */ statusReportSchema)
/* harmony export */ });
// The published JSON Schema of `labelguard status --format json` (docs/status-report.schema.json is this
// object, written out). `status --merge` validates every shard report against it before merging.
/** What a row needs from the compliance lead, in the order rows are listed: most urgent first. */
const urgencies = ['action-needed', 'pending', 'healthy'];
const date = { type: 'string', format: 'date' };
const count = { type: 'integer', minimum: 0 };
const stars = { type: 'integer', minimum: 1, maximum: 4 };
const deadline = {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'date', 'daysLeft', 'due', 'description'],
    properties: {
        kind: {
            enum: [
                'label-renewal',
                'label-expiry',
                'support-end',
                'test-report',
                'pentest-report',
                'refiling-submitted',
            ],
            description: 'Which lifecycle date this is.',
        },
        date: { ...date, description: 'The day the obligation falls due.' },
        daysLeft: { type: 'integer', description: 'Days from `now` to `date`; negative once passed.' },
        due: { type: 'boolean', description: 'Whether it is due as of `now`.' },
        description: { type: 'string' },
    },
};
const reportAge = {
    type: 'object',
    additionalProperties: false,
    required: ['date', 'ageDays'],
    properties: {
        date,
        ageDays: { type: 'integer' },
        maxAgeMonths: { ...count, description: 'The limit of the scheme at the target level, when it has one.' },
    },
};
const row = {
    type: 'object',
    additionalProperties: false,
    required: ['product', 'path', 'openChanges', 'deadlines', 'urgency', 'reasons', 'findings'],
    properties: {
        product: { type: 'string', minLength: 1, description: 'Product id.' },
        path: { type: 'string', description: 'Product folder, relative to the repository root.' },
        model: { type: 'string' },
        scheme: { type: 'string', minLength: 1, description: 'Absent only when the manifest could not be read.' },
        targetStars: stars,
        registeredStars: stars,
        filingStatus: {
            enum: [
                'not-filed',
                'submitted',
                'granted',
                'refiling-required',
                'refiling-submitted',
                'expired',
                'cancelled',
            ],
            description: 'Absent when the product has no filing record for this scheme.',
        },
        statusSince: date,
        filingCode: { type: 'string' },
        validUntil: date,
        supportEnd: date,
        testReport: reportAge,
        pentestReport: reportAge,
        openChanges: {
            type: 'object',
            additionalProperties: false,
            required: ['recorded', 'unrecorded'],
            properties: { recorded: count, unrecorded: count },
            description: 'Material changes since the registered baseline.',
        },
        refilingPullRequest: {
            type: 'object',
            additionalProperties: false,
            required: ['number', 'url'],
            properties: { number: { type: 'integer', minimum: 1 }, url: { type: 'string' } },
        },
        nextDeadline: deadline,
        deadlines: { type: 'array', items: deadline },
        urgency: { enum: urgencies },
        reasons: { type: 'array', items: { type: 'string' } },
        findings: {
            type: 'object',
            additionalProperties: false,
            required: ['errors', 'warnings', 'blocking'],
            properties: { errors: count, warnings: count, blocking: count },
        },
    },
};
/** JSON Schema of the status report (version 1). */
const statusReportSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://labelguard.dev/schemas/status-report.schema.json',
    title: 'labelguard status report',
    description: 'One row per product and label scheme with filing state, lifecycle dates and urgency, as written by `labelguard status --format json`.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'kind', 'generator', 'now', 'summary', 'rows'],
    properties: {
        version: { const: 1 },
        kind: { const: 'labelguard-status' },
        generator: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'version'],
            properties: { name: { type: 'string' }, version: { type: 'string' } },
        },
        now: { ...date, description: 'The date every age and deadline is computed against.' },
        shard: {
            type: 'object',
            additionalProperties: false,
            required: ['index', 'count'],
            properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 2 } },
            description: 'Which part of a sharded audit this report covers; absent on a whole report.',
        },
        summary: {
            type: 'object',
            additionalProperties: false,
            required: ['products', 'rows', 'actionNeeded', 'pending', 'healthy'],
            properties: { products: count, rows: count, actionNeeded: count, pending: count, healthy: count },
        },
        rows: { type: 'array', items: row },
    },
};


/***/ })

};
