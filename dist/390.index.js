export const id = 390;
export const ids = [390];
export const modules = {

/***/ 97526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z2: () => (/* binding */ filingSchema)
/* harmony export */ });
/* unused harmony exports filingStatuses, changeClassifications */
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16335);

const { date, nonEmpty } = _common_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaParts */ .KC;
/** The filing lifecycle (docs/filing-lifecycle.md): submitted and granted filings carry a baseline. */
const filingStatuses = [
    'not-filed',
    'submitted',
    'granted',
    // 'filed' (备案完成) is the agency's word: 备案 is a completeness-checked filing, not an approval. The
    // loader reads it as 'granted', the value the data model has always used (see docs/filing-status.md).
    'filed',
    'refiling-required',
    'refiling-submitted',
    'expired',
    'cancelled',
];
const changeClassifications = ['material', 'record', 'none'];
/** JSON Schema of `products/<id>/filing.yaml`: what was registered, and every change recorded since. */
const filingSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://raw.githubusercontent.com/labelguard/labelguard/main/dist/schemas/filing.schema.json',
    title: 'labelguard label filing record',
    type: 'object',
    additionalProperties: false,
    required: ['scheme', 'status'],
    properties: {
        $schema: { type: 'string' },
        product: { type: 'string', description: 'Product id; must equal product.yaml id.' },
        scheme: { ...nonEmpty, description: 'Scheme this filing is for, e.g. cn-ccl.' },
        status: { enum: filingStatuses },
        status_since: { ...date, description: 'When the status last changed (e.g. refiling submitted).' },
        filed_at: date,
        agency: { type: 'string', description: 'Filing agency, e.g. CESI.' },
        label: {
            type: 'object',
            additionalProperties: false,
            description: 'The seven items printed on the label.',
            properties: {
                producer: { ...nonEmpty, description: 'Item 1: producer name.' },
                model: { ...nonEmpty, description: 'Item 2: product specification and model.' },
                stars: { type: 'integer', minimum: 1, maximum: 4, description: 'Item 3: capability level.' },
                valid_from: date,
                valid_until: { ...date, description: 'Item 4: end of label validity.' },
                lab: { ...nonEmpty, description: 'Item 5: testing laboratory.' },
                standard: { ...nonEmpty, description: 'Item 6: standard or technical document relied on.' },
                filing_code: { ...nonEmpty, description: 'Item 7: filing information code behind the QR code.' },
                qr_payload: {
                    ...nonEmpty,
                    maxLength: 2000,
                    description: 'What the QR code encodes, exactly as the filing agency issues it (a URL or an opaque code). ' +
                        'labelguard never builds it; when absent, verification_url is used.',
                },
            },
        },
        verification_url: { type: 'string', format: 'uri', description: 'Verification URL; the QR code encodes it unless label.qr_payload is given.' },
        baseline: {
            type: 'object',
            additionalProperties: false,
            description: 'The registered state: the reference against which every change is judged.',
            required: ['hardware', 'firmware', 'sbom'],
            properties: {
                filing_id: { type: 'string', description: 'Folder under filings/ holding this baseline’s evidence.' },
                model: { type: 'string' },
                category: { type: 'string', description: 'Catalogue category the product was filed under.' },
                producer: { type: 'string' },
                lab: { type: 'string' },
                standard: { type: 'string' },
                stars: { type: 'integer', minimum: 1, maximum: 4 },
                hardware: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .hardwareSchema */ .qv,
                firmware: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .firmwareSchema */ .xT,
                security: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .securitySchema */ .C0,
                sbom: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['file', 'digest'],
                    properties: {
                        file: { ...nonEmpty, description: 'Registered normalised SBOM, relative to the product folder.' },
                        digest: {
                            type: 'string',
                            pattern: '^sha256:[0-9a-f]{64}$',
                            description: 'SHA-256 of `file`, labelguard’s normalised SBOM (written by labelguard baseline and evidence).',
                        },
                    },
                },
            },
        },
        changes: {
            type: 'array',
            description: 'Change log: every change recorded since the baseline.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'summary', 'fingerprints', 'classification', 'status'],
                properties: {
                    id: { ...nonEmpty, description: 'e.g. CHG-2026-014.' },
                    summary: nonEmpty,
                    fingerprints: {
                        type: 'array',
                        minItems: 1,
                        items: { type: 'string', pattern: '^[a-z]+:[0-9a-f]{16}$' },
                        description: 'Fingerprints of the differences this entry records, as labelguard reports them.',
                    },
                    classification: { enum: changeClassifications },
                    status: { enum: ['recorded', 'refiling-required', 'refiling-submitted', 'accepted'] },
                    justification: { type: 'string' },
                    approver: { type: 'string' },
                    date,
                    pull_request: {
                        anyOf: [{ type: 'integer', minimum: 1 }, { type: 'string', format: 'uri' }],
                    },
                },
            },
        },
    },
};


/***/ }),

/***/ 84382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ packManifestSchema),
/* harmony export */   dr: () => (/* binding */ sourceSchema),
/* harmony export */   pw: () => (/* binding */ catalogueSchema),
/* harmony export */   y7: () => (/* binding */ ruleFileSchema),
/* harmony export */   yb: () => (/* binding */ softwareRolesSchema)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
// JSON Schemas of the files that make up a rule pack (`rules/<pack>/`). A pack is data: these schemas are
// the contract for anyone writing one, and the loader validates every file against them.

const nonEmpty = { type: 'string', minLength: 1 };
const date = { type: 'string', format: 'date' };
const snakeName = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' };
/** A source, cited by the instrument's title and number; a URL only where the publisher is reputable. */
const sourceSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['title'],
    properties: {
        title: {
            ...nonEmpty,
            description: 'The instrument, standard or guidance, e.g. "《网络安全标识管理办法》" or "ETSI EN 303 645".',
        },
        number: { ...nonEmpty, description: 'Document number, e.g. "国信办发文〔2026〕4号".' },
        version: { ...nonEmpty, description: 'Edition relied on, e.g. "V3.1.3 (2024-09)".' },
        clause: { ...nonEmpty, description: 'Article, clause or provision, e.g. "5.1-1".' },
        url: {
            type: 'string',
            format: 'uri',
            description: "Official publisher or reputable secondary source; its host must be in the pack's source_hosts.",
        },
        confidence: {
            enum: _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceConfidences */ .b$,
            description: 'confirmed: official text or a reputable summary of it; fragment: wording seen only in unverified reposts; ' +
                'inferred: our mapping; assumption: a placeholder value.',
        },
    },
};
const source = sourceSchema;
const thresholdValue = {
    anyOf: [{ type: ['number', 'string', 'boolean'] }, { type: 'array', items: { type: 'string' } }],
};
/** `rules/<pack>/pack.yaml`: identity of the pack, its star levels and its configurable thresholds. */
const packManifestSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://labelguard.dev/schemas/rule-pack.schema.json',
    title: 'labelguard rule pack manifest',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'title', 'scheme', 'levels'],
    properties: {
        $schema: { type: 'string' },
        name: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-]*$',
            description: 'Pack name as used in .labelguard.yml.',
        },
        title: nonEmpty,
        scheme: { ...nonEmpty, description: 'Scheme id products name in `labels[].scheme`.' },
        version: { type: 'string' },
        description: { type: 'string' },
        levels: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['stars', 'name'],
                properties: {
                    stars: { type: 'integer', minimum: 1, maximum: 9 },
                    name: nonEmpty,
                    description: { type: 'string' },
                },
            },
        },
        edition: {
            type: 'object',
            additionalProperties: false,
            required: ['pinned', 'transcribed_from', 'changes', 'confidence'],
            description: 'The edition of the document the pack is pinned to, the edition its rules were transcribed from, and ' +
                'which provisions changed between the two (as far as known, with its confidence).',
            properties: {
                pinned: source,
                transcribed_from: { ...nonEmpty, description: 'Edition the rules cite, e.g. "V2.1.1 (2020-06)".' },
                changes: { ...nonEmpty, description: 'Which provisions changed between the two editions.' },
                confidence: { enum: _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceConfidences */ .b$ },
                consulted: {
                    type: 'array',
                    items: source,
                    description: 'What was consulted for the comparison, each with what it confirms and its confidence.',
                },
                provisions: {
                    type: 'array',
                    description: 'Per provision: its status in the pinned edition compared with the one transcribed, and how sure that is.',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['clauses', 'status', 'confidence'],
                        properties: {
                            clauses: { type: 'array', minItems: 1, items: nonEmpty },
                            status: { enum: ['unchanged', 'changed', 'renumbered', 'removed', 'added'] },
                            confidence: { enum: _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceConfidences */ .b$ },
                            note: nonEmpty,
                        },
                    },
                },
            },
        },
        catalogue: { ...nonEmpty, description: 'Catalogue file, relative to the pack folder.' },
        source_hosts: {
            type: 'object',
            propertyNames: { type: 'string', pattern: '^[a-z0-9.-]+$' },
            additionalProperties: nonEmpty,
            description: 'Reviewed hosts a source URL of this pack may point to, each with who publishes there (official ' +
                'publisher or reputable secondary source).',
        },
        software_roles: {
            ...nonEmpty,
            description: 'Security-relevant software data file, relative to the pack folder.',
        },
        thresholds: {
            type: 'object',
            propertyNames: snakeName,
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['type', 'default', 'description'],
                properties: {
                    type: { enum: ['int', 'number', 'string', 'bool', 'date', 'list'] },
                    default: thresholdValue,
                    description: nonEmpty,
                    basis: { type: 'string', description: 'Why this default: regulation, convention or placeholder.' },
                    sources: { type: 'array', items: source },
                },
            },
        },
    },
};
/** `rules/<pack>/rules/*.yaml`: a list of rules. */
const ruleFileSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://labelguard.dev/schemas/rule-file.schema.json',
    title: 'labelguard rule file',
    type: 'object',
    additionalProperties: false,
    required: ['rules'],
    properties: {
        $schema: { type: 'string' },
        rules: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: [
                    'id',
                    'title',
                    'stars',
                    'severity',
                    'tier_basis',
                    'path',
                    'condition',
                    'message',
                    'remediation',
                ],
                properties: {
                    id: {
                        type: 'string',
                        pattern: '^[A-Z][A-Z0-9]*(-[A-Za-z0-9.]+)+$',
                        description: 'Stable rule id, e.g. CCL-AUTH-001 or ETSI-5.1-1.',
                    },
                    title: nonEmpty,
                    title_zh: {
                        ...nonEmpty,
                        description: 'The title in Simplified Chinese, used by the documents meant for the filing agency (*.zh-CN.md).',
                    },
                    scheme: { ...nonEmpty, description: 'Defaults to the pack scheme; must equal it when given.' },
                    stars: {
                        type: 'integer',
                        minimum: 1,
                        maximum: 9,
                        description: 'Lowest star level the rule applies at.',
                    },
                    categories: {
                        type: 'array',
                        minItems: 1,
                        items: nonEmpty,
                        description: 'Catalogue categories it applies to; absent = every catalogue category; ["*"] = any category.',
                    },
                    severity: { enum: ['error', 'warning', 'info'] },
                    tier_basis: {
                        enum: ['confirmed', 'inferred'],
                        description: 'confirmed: the regulation assigns the rule to this level; inferred: our mapping.',
                    },
                    tier_note: { type: 'string' },
                    path: {
                        type: 'string',
                        pattern: '^(filing:)?[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*$',
                        description: 'Field the finding points at: relative to product.yaml, or `filing:` + path in filing.yaml.',
                    },
                    condition: {
                        ...nonEmpty,
                        description: 'CEL expression over the rule input; true means the rule passes.',
                    },
                    details: {
                        ...nonEmpty,
                        description: 'CEL expression giving a list of strings that name what failed.',
                    },
                    message: nonEmpty,
                    remediation: nonEmpty,
                    sources: { type: 'array', items: source },
                },
            },
        },
    },
};
/** The catalogue: which product categories a scheme covers (a new category is a data change). */
const catalogueSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://labelguard.dev/schemas/rule-catalogue.schema.json',
    title: 'labelguard product catalogue',
    type: 'object',
    additionalProperties: false,
    required: ['categories'],
    properties: {
        $schema: { type: 'string' },
        categories: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'title'],
                properties: {
                    id: snakeName,
                    title: nonEmpty,
                    title_zh: { type: 'string' },
                    batch: { type: 'integer', minimum: 1 },
                    effective: date,
                    description: { type: 'string' },
                    expected_sensors: { type: 'array', items: nonEmpty },
                    thresholds: {
                        type: 'object',
                        propertyNames: snakeName,
                        additionalProperties: thresholdValue,
                        description: 'Per-category threshold values (e.g. label validity set by the implementation rules).',
                    },
                    sources: { type: 'array', items: source },
                },
            },
        },
    },
};
const matcher = {
    names: {
        type: 'array',
        items: nonEmpty,
        description: 'Component or purl names, compared case-insensitively.',
    },
    purls: {
        type: 'array',
        items: nonEmpty,
        description: 'purl globs without version, e.g. pkg:deb/*/openssh-server.',
    },
    cpes: {
        type: 'array',
        items: { type: 'string', pattern: '^[^:]+:[^:]+$' },
        description: 'CPE vendor:product.',
    },
};
/** Security-relevant software: roles of SBOM components and cryptography that must not ship. */
const softwareRolesSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://labelguard.dev/schemas/software-roles.schema.json',
    title: 'labelguard security-relevant software',
    type: 'object',
    additionalProperties: false,
    required: ['roles'],
    properties: {
        $schema: { type: 'string' },
        role_property: {
            ...nonEmpty,
            description: 'Component property that assigns roles explicitly (comma-separated), default ccl:role.',
        },
        software_types: {
            type: 'array',
            items: nonEmpty,
            description: 'Component types that must carry a version and a purl or CPE.',
        },
        roles: {
            type: 'object',
            propertyNames: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['description'],
                properties: { description: nonEmpty, ...matcher },
            },
        },
        crypto_denylist: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['version_pattern', 'reason'],
                properties: {
                    ...matcher,
                    version_pattern: { ...nonEmpty, description: 'Regular expression on the component version.' },
                    since: { ...date, description: 'Deny only from this date on (e.g. the end of security support).' },
                    reason: nonEmpty,
                    sources: { type: 'array', items: source },
                },
            },
        },
    },
};


/***/ }),

/***/ 20642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ productSchema)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16335);

const { date, sha256, nonEmpty } = _common_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaParts */ .KC;
const fileRef = { ...nonEmpty, description: 'Path relative to the product folder; may not leave the repository.' };
const coverage = {
    type: 'object',
    additionalProperties: false,
    properties: {
        firmware_versions: { type: 'array', items: { type: 'string' } },
        hardware_revisions: { type: 'array', items: { type: 'string' } },
    },
};
const report = {
    type: 'object',
    additionalProperties: false,
    required: ['file', 'sha256', 'date', 'lab'],
    properties: {
        file: fileRef,
        sha256,
        date,
        report_number: { type: 'string', description: 'Number the laboratory printed on the report.' },
        lab: { ...nonEmpty, description: 'Name of the laboratory that issued the report.' },
        lab_type: { enum: ['in_house', 'third_party'] },
        accreditation_id: {
            type: 'string',
            description: 'Deprecated: use lab_qualification. CMA/CNAS accreditation of a third-party lab.',
        },
        lab_qualification: {
            type: 'object',
            additionalProperties: false,
            required: ['cma_certificate'],
            description: "The laboratory's legal qualification (资质认定): its CMA certificate; CNAS accreditation is optional and no substitute.",
            properties: {
                cma_certificate: { ...nonEmpty, description: 'CMA (资质认定) certificate number.' },
                certificate_file: { ...fileRef, description: 'Copy of the CMA certificate, a filing material.' },
                cnas: { type: 'string', description: 'CNAS accreditation number, if any (voluntary).' },
            },
        },
        covers: coverage,
        open_findings: {
            type: 'object',
            additionalProperties: false,
            properties: {
                critical: { type: 'integer', minimum: 0 },
                high: { type: 'integer', minimum: 0 },
                medium: { type: 'integer', minimum: 0 },
                low: { type: 'integer', minimum: 0 },
            },
        },
    },
};
const document = {
    type: 'object',
    additionalProperties: false,
    required: ['file', 'sha256', 'date'],
    properties: { file: fileRef, sha256, date, signed_by: { type: 'string' } },
};
/** JSON Schema of `products/<id>/product.yaml`: the product as it is now. */
const productSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://raw.githubusercontent.com/labelguard/labelguard/main/dist/schemas/product.schema.json',
    title: 'labelguard product manifest',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'model', 'category', 'manufacturer', 'labels', 'hardware', 'firmware', 'sbom'],
    properties: {
        $schema: { type: 'string' },
        id: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9._-]{0,63}$',
            description: 'Stable product key: lower case, digits, dot, dash, underscore.',
        },
        model: { ...nonEmpty, description: 'Product specification and model as printed on the label (item 2).' },
        model_aliases: {
            type: 'array',
            items: nonEmpty,
            description: 'Other names of the same model, e.g. the name the SBOM gives the firmware image.',
        },
        category: { ...nonEmpty, description: 'Catalogue category id from the rule pack, e.g. consumer_network_camera.' },
        manufacturer: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: {
                name: { ...nonEmpty, description: 'Legal name of the producer (label item 1).' },
                country: { type: 'string', pattern: '^[A-Z]{2}$' },
                address: { type: 'string' },
                credit_code: { type: 'string', description: 'Unified social credit code of the producer.' },
                legal_representative: {
                    ...nonEmpty,
                    description: "法定代表人: the company's legal representative, the named person on its business licence, who signs the declaration.",
                },
            },
        },
        agent: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: { name: nonEmpty, authorization_doc: fileRef },
        },
        stakeholders: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['role', 'name'],
                properties: {
                    role: { enum: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .stakeholderRoles */ .Qp },
                    name: nonEmpty,
                    contact: { type: 'string' },
                    github: {
                        type: 'string',
                        pattern: '^@?[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$',
                        description: 'GitHub user ("octocat") or team ("acme/compliance") asked to review.',
                    },
                },
            },
        },
        labels: {
            type: 'array',
            minItems: 1,
            description: 'Label schemes this product targets, each with its star level.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['scheme', 'stars'],
                properties: {
                    scheme: { ...nonEmpty, description: 'Rule pack scheme id, e.g. cn-ccl or etsi-en-303-645.' },
                    stars: { type: 'integer', minimum: 1, maximum: 4 },
                },
            },
        },
        hardware: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .hardwareSchema */ .qv,
        firmware: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .firmwareSchema */ .xT,
        security: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .securitySchema */ .C0,
        sbom: { ...fileRef, description: 'CycloneDX SBOM of the product (JSON or XML), relative to this folder.' },
        vulnerabilities: {
            type: 'array',
            description: "Vulnerabilities in the product the producer found or learned of, with the dates its duties run from (《网络产品安全漏洞管理规定》).",
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'found'],
                properties: {
                    id: { ...nonEmpty, description: 'CVE, CNVD or internal id.' },
                    found: { ...date, description: 'When the producer found or learned of it.' },
                    source: { enum: ['testing', 'internal', 'external'], description: 'testing: found in label testing.' },
                    severity: { enum: ['critical', 'high', 'medium', 'low'] },
                    reported_to_miit: { ...date, description: "Reported to MIIT's vulnerability-sharing platform." },
                    reported_to_agency: { ...date, description: 'Reported to the filing agency (found in testing).' },
                    users_notified: date,
                    fixed: { ...date, description: 'Fix released (firmware version in fixed_in).' },
                    fixed_in: { type: 'string' },
                },
            },
        },
        evidence: {
            type: 'object',
            additionalProperties: false,
            properties: {
                test_report: report,
                pentest_report: report,
                declaration: document,
                business_licence: { ...document, description: "The producer's business licence (营业执照), a filing material." },
                threat_model: document,
                sdl_policy: document,
                binary_analysis: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['file', 'sha256', 'date', 'image_sha256'],
                    description: 'Third-party binary analysis of the firmware image, reconciled with the SBOM.',
                    properties: {
                        file: fileRef,
                        sha256,
                        date,
                        tool: { type: 'string' },
                        lab: { type: 'string' },
                        image_sha256: { ...sha256, description: 'SHA-256 of the firmware image that was analysed.' },
                        unexplained_components: {
                            type: 'integer',
                            minimum: 0,
                            description: 'Components found in the image that the SBOM does not list and nobody has explained.',
                        },
                    },
                },
            },
        },
    },
};


/***/ })

};
