export const id = 609;
export const ids = [609,179];
export const modules = {

/***/ 25462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ assetDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



// A file that only the data folder holds: `src/rules/` (code) must not be mistaken for `rules/` (data).
const markers = {
    rules: 'cn-ccl',
    templates: 'label.svg.hbs',
    'schemas/cyclonedx': 'bom-1.6.SNAPSHOT.schema.json',
    'assets/label': 'label-cjk.ttf',
};
/**
 * The folder of shipped data (`rules`, `templates`, the CycloneDX schemas, the label font): beside the bundle in dist/,
 * or in the repository (root, or src/) when running from source. Found by walking up from this module's own file.
 */
function assetDir(name) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, markers[name])))
            return candidate;
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    }
    throw new Error(`labelguard is incomplete: its '${name}' folder was not found above ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)}`);
}


/***/ }),

/***/ 79060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ changeInput),
/* harmony export */   k: () => (/* binding */ changeInputs)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66802);

const str = _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.string;
/** Declared shape of `change`: a `when` that reads any other field fails to load. */
const changeInputs = {
    change: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.object({
        kind: str,
        category: str,
        change: str,
        subject: str,
        from: str,
        to: str,
        field: str,
        roles: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.list(str),
        role: str,
        aspects: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.list(str),
        bump: str,
        type: str,
        security_relevant: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.bool,
        matched_by: str,
        stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.int,
        registered_stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.int,
        scheme: str,
    }),
};
/** The `change` object for one difference: every field present, '' or [] where it does not apply. */
function changeInput(d, ctx) {
    return {
        kind: d.kind,
        category: d.category,
        change: d.change,
        subject: d.subject,
        from: d.from ?? '',
        to: d.to ?? '',
        field: d.field,
        roles: d.roles,
        role: d.roles[0] ?? '',
        aspects: d.aspects,
        bump: d.bump,
        type: d.componentType,
        security_relevant: d.securityRelevant,
        matched_by: d.matchedBy ?? '',
        stars: ctx.stars,
        registered_stars: ctx.registeredStars,
        scheme: ctx.scheme,
    };
}


/***/ }),

/***/ 94085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ snapshotOf),
  T: () => (/* binding */ tableFromSnapshot)
});

;// CONCATENATED MODULE: ./src/expr/deferred.ts
function deferExpression(source, inputs, expect = 'any') {
    return { source, deferred: { inputs, expect } };
}

// EXTERNAL MODULE: ./src/changes/change-input.ts
var change_input = __webpack_require__(79060);
;// CONCATENATED MODULE: ./src/changes/table-snapshot.ts
// A built-in pack's change-classification table as the build writes it (JSON, see
// scripts/snapshot-packs.ts): loaded, validated and compiled once at build time, so a built run reads
// JSON instead of parsing YAML, and compiles a `when` only when it evaluates it.


function snapshotOf(table) {
    return { ...table, entries: table.entries.map((e) => ({ ...e, when: e.when.source })) };
}
function tableFromSnapshot(snapshot) {
    return {
        ...snapshot,
        entries: snapshot.entries.map((e) => ({ ...e, when: deferExpression(e.when, change_input/* changeInputs */.k, 'bool') })),
    };
}


/***/ }),

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   kD: () => (/* binding */ parseFilingId)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** Parse a command's arguments strictly; unknown flags and missing values are usage errors (exit 2). */
function parseCommandArgs(command, args, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals,
            strict: true,
        });
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${e.message.replace(/\. To specify.*$/, '')}`, [
            `Run 'labelguard ${command} --help' for usage.`,
        ]);
    }
}
/** Validate a --now value: a real calendar date. */
function parseNow(value, today) {
    const now = value ?? today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(now) ||
        Number.isNaN(Date.parse(`${now}T00:00:00Z`)) ||
        new Date(`${now}T00:00:00Z`).toISOString().slice(0, 10) !== now) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--now must be a date as YYYY-MM-DD, got '${now}'`);
    }
    return now;
}
/** Validate a --format value against the formats a command supports. */
function parseFormat(value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--format must be one of ${allowed.join(', ')}, got '${value}'`);
    }
    return value;
}
/** Validate a --filing-id value (default: the day): it names a folder under the product's filings/. */
function parseFilingId(value, now) {
    const id = value ?? now;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--filing-id must be a plain folder name, got '${id}'`);
    return id;
}


/***/ }),

/***/ 6401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ scaffoldFiles)
/* harmony export */ });
/* unused harmony export schemaBase */
// The files `labelguard init` writes, as text: pure, so the same answers always give the same scaffold.
// Values nobody can know yet are left as commented-out keys, so that `labelguard check` names each one with
// the rule that needs it, instead of passing on made-up data.
const schemaBase = 'https://raw.githubusercontent.com/labelguard/labelguard/main/dist/schemas';
const modeline = (name) => `# yaml-language-server: $schema=${schemaBase}/${name}.schema.json`;
const DATES_NOTE = "# Dates are quoted ('2026-07-01'): YAML 1.1 readers such as PyYAML read a bare date as a timestamp.";
/** Every file of a new product's scaffold, in the order they are written. */
function scaffoldFiles(r) {
    const dir = `products/${r.product}`;
    return [
        { path: '.labelguard.yml', content: configYaml(r), shared: true },
        { path: '.github/workflows/labelguard.yml', content: r.workflow, shared: true },
        { path: `${dir}/product.yaml`, content: productYaml(r), shared: false },
        { path: `${dir}/filing.yaml`, content: filingYaml(r), shared: false },
        { path: `${dir}/sbom.cdx.json`, content: starterSbom(r), shared: false },
    ];
}
function configYaml(r) {
    return `${modeline('config')}
# labelguard configuration: where the products are and which rule packs judge them.
# Reference: docs/data-model.md#labelguardyml
products: products/*/product.yaml
packs: [${r.scheme}]
policy:
  # Block a pull request on any error finding; 'unrecorded-material' blocks only unrecorded material changes.
  fail_on: error
`;
}
/** A YAML scalar that stays a string for every YAML reader. */
function q(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
function productYaml(r) {
    const s = r.stars;
    // A section is written when a rule of the target level reads it or anything inside it.
    const needs = (prefix) => r.fields.some((f) => f === prefix || f.startsWith(`${prefix}.`));
    const when = (prefix, block) => (needs(prefix) ? block : []);
    const lines = [
        modeline('product'),
        `# ${r.model}: the product as it is now, targeting ${r.scheme} ${'★'.repeat(s)}.`,
        '# Fill in every TODO and uncomment the keys below that hold true; `labelguard check` names each missing',
        '# one with the rule that needs it. Reference: docs/data-model.md#productyaml',
        DATES_NOTE,
        `id: ${r.product}`,
        `model: ${q(r.model)} # label item 2, exactly as printed on the label`,
        `category: ${r.category} # a category of the rule pack's catalogue (labelguard rules)`,
        '',
        'manufacturer:',
        `  name: ${q(r.manufacturer)} # label item 1: the producer's legal name`,
        '  # country: CN',
        ...when('agent', [
            '# agent: # only when an agent files on the producer’s behalf',
            '#   name: Example Agency Ltd.',
            '#   authorization_doc: evidence/agent-authorisation.pdf',
        ]),
        '',
        'stakeholders:',
        '  - role: compliance-lead',
        "    name: 'TODO: who answers for this label'",
        '    # github: your-org/compliance # asked to review refiling pull requests',
        '',
        'labels:',
        `  - scheme: ${r.scheme}`,
        `    stars: ${s}`,
        '',
        'hardware:',
        "  revision: 'TODO' # the hardware revision printed on the board",
        '  parts: [] # security-relevant parts: SoC, radio, flash, secure element, camera, microphone',
        '  #  - { part: SoC, role: soc, mpn: T31X, manufacturer: Ingenic }',
        '',
        'firmware:',
        "  version: '0.0.0' # TODO: the firmware version shipped",
        '  # TODO: sha256sum of the released image',
        `  image_sha256: '${'0'.repeat(64)}'`,
        '',
        'security:',
        '  authentication:',
        '    # default_credential_mode: user_defined_at_setup # or unique_per_device (then unique_credential_mechanism); never universal',
        '    # unique_credential_mechanism: per-device password derived in the factory HSM',
        '    password_policy: { min_length: 0, min_character_classes: 0 } # what the firmware enforces',
        '    brute_force_protection: false # true once login attempts are rate-limited or locked out',
        '  vulnerability_disclosure:',
        "    contact: 'TODO: security@example.com'",
        '    # policy_url: https://example.com/security # the published disclosure policy',
        '    # ack_days: 3 # days to acknowledge a report',
        '    # status_update_days: 14 # days between status updates to the reporter',
        "    # psirt_contact: 'Example PSIRT <psirt@example.com>' # who handles vulnerability reports",
        '    # reporting_procedure: https://example.com/security/procedure # how a vulnerability is reported',
        '  updates:',
        "    mechanism: 'TODO: e.g. ota-https'",
        '    signed: false # true once every update image is signed and verified on the device',
        '    # auto_install_default: true',
        "    # support_end: '2030-12-31' # last day of security updates, at least the label's validity",
        '    # security_update_sla_days: 60 # promised time to ship a security fix',
        ...when('security.updates.signature_alg', ['    # signature_alg: ECDSA-P256-SHA256']),
        ...when('security.crypto', [
            '  crypto:',
            '    tls_versions: [] # e.g. [TLS1.2, TLS1.3]',
            '    # library: mbedtls # the TLS library component in the SBOM',
        ]),
        ...when('security.network_services', [
            '  network_services: [] # every listening service, e.g.',
            '  #  - { name: rtsp, port: 554, protocol: tcp, auth_required: true, encrypted: false, component: live555 }',
        ]),
        ...when('security.debug_interfaces', [
            '  debug_interfaces: [] # UART, JTAG, telnet, adb …: disabled or authenticated',
        ]),
        ...when('security.secure_boot', ['  secure_boot:', '    enabled: false']),
        ...when('security.storage', [
            '  # storage: # where keys and credentials live; true only if none is hard-coded in the image',
            "  #   csp_protection: 'keys in the secure element'",
            '  #   hardcoded_secrets: false',
        ]),
        ...when('security.logging', ['  logging:', '    security_audit_log: false']),
        ...when('security.privacy', [
            '  privacy:',
            '    sensors: [] # e.g. [camera, microphone]',
            '    # pi_notice_url: https://example.com/privacy',
            '    # user_data_erase: true',
        ]),
        ...when('security.input_validation', [
            '  input_validation:',
            '    attested: false # true once fuzzing or input tests are on record',
            '    # test_reference: the report of those tests',
        ]),
        ...when('vulnerabilities', [
            '',
            '# Vulnerabilities found or learned of, with the dates the duties run from: report to MIIT within 2 days,',
            '# notify users, fix (《网络产品安全漏洞管理规定》). None yet: an empty list.',
            'vulnerabilities: []',
            "# - { id: CVE-2026-0001, found: '2026-07-01', source: internal, severity: high, reported_to_miit: '2026-07-02' }",
        ]),
        '',
        'sbom: sbom.cdx.json # replace the starter with the SBOM your build generates (CycloneDX JSON or XML)',
        '',
        '# Evidence: add each document when it exists (sha256sum of the file; dates quoted).',
        '# evidence:',
        ...when('evidence.test_report', [
            '#   test_report:',
            '#     file: evidence/test-report.pdf',
            '#     sha256: <sha256 of the file>',
            "#     date: '2026-06-30'",
            '#     lab: Example Lab # label item 5; lab_type: third_party and accreditation_id for an outside lab',
            "#     covers: { firmware_versions: ['0.0.0'], hardware_revisions: [TODO] }",
        ]),
        ...when('evidence.declaration', [
            "#   declaration: { file: evidence/declaration.pdf, sha256: <sha256>, date: '2026-07-01', signed_by: TODO }",
        ]),
        ...when('evidence.pentest_report', [
            '#   pentest_report: # accredited third-party lab',
            "#     { file: evidence/pentest.pdf, sha256: <sha256>, date: '2026-06-30', lab: TODO, lab_type: third_party,",
            '#       covers: { firmware_versions: [], hardware_revisions: [] }, open_findings: { critical: 0, high: 0 } }',
        ]),
        ...when('evidence.binary_analysis', [
            "#   binary_analysis: { file: evidence/binary-analysis.pdf, sha256: <sha256>, date: '2026-06-30',",
            '#                      image_sha256: <sha256 of the analysed image>, unexplained_components: 0 }',
        ]),
        ...when('evidence.threat_model', [
            "#   threat_model: { file: evidence/threat-model.pdf, sha256: <sha256>, date: '2026-06-30' }",
        ]),
        ...when('evidence.sdl_policy', [
            "#   sdl_policy: { file: evidence/sdl-policy.pdf, sha256: <sha256>, date: '2026-06-30' }",
        ]),
    ];
    return `${lines.join('\n')}\n`;
}
function filingYaml(r) {
    return `${modeline('filing')}
# The ${r.scheme} filing of ${r.product}. Lifecycle (docs/filing-lifecycle.md): not-filed → submitted →
# granted → refiling-required → refiling-submitted → granted … Run 'labelguard baseline products/${r.product}'
# when you submit the filing: it records the registered baseline every later change is judged against.
${DATES_NOTE}
product: ${r.product}
scheme: ${r.scheme}
status: not-filed
status_since: ${q(r.today)}

label: # the items printed on the label, as planned
  producer: ${q(r.manufacturer)}
  model: ${q(r.model)}
  stars: ${r.stars}
  # lab: the testing laboratory (item 5)
  # standard: the standard or technical document (item 6)
  # valid_until, filing_code: from the filing agency once granted

changes: [] # the change log, filled by refiling pull requests
`;
}
/** A valid CycloneDX 1.6 document naming only the firmware: a placeholder until the build's SBOM replaces it. */
function starterSbom(r) {
    const bom = {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        metadata: {
            component: {
                type: 'firmware',
                'bom-ref': `${r.product}-firmware`,
                name: r.model,
                version: '0.0.0',
            },
        },
        components: [],
    };
    return `${JSON.stringify(bom, null, 2)}\n`;
}


/***/ }),

/***/ 87646:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initHelp: () => (/* binding */ initHelp),
/* harmony export */   runInit: () => (/* binding */ runInit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25462);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86540);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4479);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7584);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _init_scaffold_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6401);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__]);
_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];









const initHelp = `Usage: labelguard init --product ID --model MODEL --stars N [--dir DIR] [--scheme SCHEME]
                      [--category CATEGORY] [--manufacturer NAME]

Start a compliance repository, or add a product to one: writes products/<ID>/product.yaml with every
field the target star level needs (commented, with the schema line editors read), a filing.yaml with
status not-filed, a starter SBOM to replace with your build's, and, unless they exist already,
.labelguard.yml and .github/workflows/labelguard.yml. Never overwrites a file.

Then run 'labelguard check': each finding names a field to fill in and the rule that needs it.

Options:
  --product ID         product id: lower case letters, digits, '.', '-', '_' (e.g. cam-x1)
  --model MODEL        the model as printed on the label (label item 2)
  --stars N            the target star level
  --dir DIR            the repository (default: current directory; created when missing)
  --scheme SCHEME      the label scheme's rule pack (default: cn-ccl)
  --category CATEGORY  the product category of the pack's catalogue (default: its first category)
  --manufacturer NAME  the producer's legal name (label item 1; default: a TODO to fill in)
  --now DATE           the day the filing record starts (default: today)

Exit codes: 0 written; 2 could not run as asked (nothing is written then).
`;
/** `labelguard init`. */
async function runInit(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('init', args, {
        product: { type: 'string' },
        model: { type: 'string' },
        stars: { type: 'string' },
        dir: { type: 'string' },
        scheme: { type: 'string' },
        category: { type: 'string' },
        manufacturer: { type: 'string' },
        now: { type: 'string' },
    });
    if (values.help) {
        io.stdout(initHelp);
        return 0;
    }
    if (positionals.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`init takes no arguments, got '${positionals[0]}'`);
    const missing = ['product', 'model', 'stars'].filter((k) => !values[k]);
    if (missing.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`init needs ${missing.map((k) => `--${k}`).join(', ')}`, [
            "Example: labelguard init --product cam-x1 --model 'AV-C2 Indoor Camera' --stars 2",
        ]);
    const product = values.product;
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(product))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--product must be lower case letters, digits, '.', '-' or '_', got '${product}'`);
    const scheme = values.scheme ?? 'cn-ccl';
    const pack = await builtinPack(scheme, io.cwd);
    const levels = pack.levels.map((l) => l.stars);
    const stars = Number(values.stars);
    if (!levels.includes(stars))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--stars must be one of ${scheme}'s levels (${levels.join(', ')}), got '${values.stars}'`);
    const category = values.category ?? pack.catalogue?.[0]?.id ?? 'other';
    if (pack.catalogue && !pack.catalogue.some((c) => c.id === category))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--category '${category}' is not in ${scheme}'s catalogue`, [
            `Categories: ${pack.catalogue.map((c) => c.id).join(', ')}.`,
        ]);
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.dir ?? '.');
    const files = (0,_init_scaffold_js__WEBPACK_IMPORTED_MODULE_4__/* .scaffoldFiles */ .G)({
        product,
        model: values.model,
        stars,
        scheme,
        category,
        // The product.yaml fields the rules of the target level read: the scaffold holds each of them.
        fields: pack.rules.filter((r) => r.stars <= stars && r.path.doc === 'product').map((r) => r.path.text),
        manufacturer: values.manufacturer ?? 'TODO: legal name of the producer',
        today: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNow */ .A7)(values.now, io.today),
        workflow: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .assetDir */ .Y)('templates'), 'init', 'labelguard.yml'), 'utf8'),
    });
    const shown = (path) => {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path));
        return rel.startsWith('..') ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path) : rel || '.';
    };
    // Refuse before writing anything, so a refused run leaves the repository as it was.
    const existing = files.filter((f) => !f.shared && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f.path)));
    if (existing.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`product ${product} exists already: ${existing.map((f) => shown(f.path)).join(', ')} would be overwritten`, ['init never overwrites a file; choose another --product, or remove the files first.']);
    for (const f of files) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f.path);
        if (f.shared && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target)) {
            io.stdout(`  kept     ${shown(f.path)} (exists)\n`);
            continue;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, f.content, { flag: 'wx' });
        io.stdout(`  created  ${shown(f.path)}\n`);
    }
    const repoArg = values.dir ? ` --repo ${shown('.')}` : '';
    io.stdout(`\nNext: 'labelguard check${repoArg}' lists what ${product} still needs for ${scheme} ${'★'.repeat(stars)};\n` +
        `fill in product.yaml and replace sbom.cdx.json with your build's SBOM. When you submit the filing, run\n` +
        `'labelguard baseline ${shown(`products/${product}`)}' to register the baseline (docs/filing-lifecycle.md).\n`);
    return 0;
}
/** The built-in pack of a scheme; an unknown one is a usage error naming the known ones. */
async function builtinPack(scheme, root) {
    if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPacks */ .i.includes(scheme))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`unknown --scheme '${scheme}'`, [
            `Built-in rule packs: ${_rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPacks */ .i.join(', ')}.`,
        ]);
    const loaded = await (0,_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__.loadPacks)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_8__/* .WorkingTreeSource */ .T(root), { config: { packs: [scheme] } });
    const pack = loaded.packs[0];
    if (!pack)
        throw new Error(`the built-in rule pack ${scheme} did not load`);
    return pack;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 95278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   b$: () => (/* binding */ sourceConfidences),
/* harmony export */   en: () => (/* binding */ sourceLabel),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/** Where a requirement or classification comes from: regulation text, standard clause, guidance. */
/** How firmly a source supports what it is cited for (see docs/rules.md). */
const sourceConfidences = ['confirmed', 'fragment', 'inferred', 'assumption'];
/**
 * A source as one line of text: title, number, version and clause, then the confidence in brackets, e.g.
 * `《网络安全标识管理办法》 Measures for Cybersecurity Labels, 国信办发文〔2026〕4号, label items [confirmed]`.
 */
function sourceLabel(s) {
    const cited = [s.title, s.number, s.version, s.clause].filter(Boolean).join(', ');
    return s.confidence ? `${cited} [${s.confidence}]` : cited;
}
/** Compare strings by code unit: unlike localeCompare, the same on every machine and locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Sort findings into the order every report uses: by file, then position, then rule. */
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}


/***/ }),

/***/ 23776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
// Strict UTF-8 decoding for the readers of user files. A lossy decoder turns invalid bytes into U+FFFD
// without a word, so a manifest or SBOM saved in another encoding would be read as slightly different
// data instead of being refused where the bad byte stands.
const strict = new TextDecoder('utf-8', { fatal: true });
/** Decode UTF-8 strictly (a leading byte-order mark is dropped). */
function decodeUtf8(bytes) {
    try {
        return { ok: true, text: strict.decode(bytes) };
    }
    catch {
        const byteOffset = firstInvalidUtf8(bytes);
        return { ok: false, byteOffset, before: strict.decode(bytes.subarray(0, byteOffset)) };
    }
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        const need = c < 0x80
            ? 0
            : c >= 0xc2 && c <= 0xdf
                ? 1
                : c >= 0xe0 && c <= 0xef
                    ? 2
                    : c >= 0xf0 && c <= 0xf4
                        ? 3
                        : -1;
        if (need < 0 || (need > 0 && i + need >= b.length))
            return i;
        // The second byte's range also excludes overlong forms and surrogates (the E0, ED, F0 and F4 rows).
        const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
        const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
        const second = b[i + 1] ?? 0;
        if (need > 0 && (second < lo || second > hi))
            return i;
        for (let k = 2; k <= need; k++)
            if (((b[i + k] ?? 0) & 0xc0) !== 0x80)
                return i;
        i += need + 1;
    }
    return b.length;
}


/***/ }),

/***/ 66802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ shape),
/* harmony export */   dJ: () => (/* binding */ shapeFromJsonSchema),
/* harmony export */   ln: () => (/* binding */ shapeAt),
/* harmony export */   pi: () => (/* binding */ fieldNames)
/* harmony export */ });
// The shape of the values an expression may read. Expressions are checked against shapes when they are
// loaded, so that a typo such as `product.securty` is a load error naming the rule, not a silent
// "field missing" at run time on every product.
const any = { kind: 'any' };
/** Builders for hand-written shapes (inputs that have no JSON Schema). */
const shape = {
    any,
    string: { kind: 'scalar', type: 'string' },
    int: { kind: 'scalar', type: 'int' },
    double: { kind: 'scalar', type: 'double' },
    bool: { kind: 'scalar', type: 'bool' },
    object: (fields, additional) => additional ? { kind: 'object', fields, additional } : { kind: 'object', fields },
    list: (items) => ({ kind: 'list', items }),
};
/**
 * Derive a shape from a JSON Schema (the subset the data-model schemas use): objects with properties and
 * additionalProperties, arrays, scalars, enums, anyOf/oneOf. Anything it cannot describe becomes `any`.
 */
function shapeFromJsonSchema(schema) {
    if (typeof schema !== 'object' || schema === null)
        return any;
    const s = schema;
    const alternatives = (s.anyOf ?? s.oneOf);
    if (Array.isArray(alternatives))
        return merge(alternatives.map(shapeFromJsonSchema));
    if (Array.isArray(s.enum))
        return merge(s.enum.map(scalarOf));
    if ('const' in s)
        return scalarOf(s.const);
    const type = s.type;
    if (Array.isArray(type))
        return merge(type.map((t) => shapeFromJsonSchema({ ...s, type: t })));
    if (type === 'object' || (type === undefined && typeof s.properties === 'object')) {
        const fields = {};
        for (const [name, sub] of Object.entries((s.properties ?? {}))) {
            fields[name] = shapeFromJsonSchema(sub);
        }
        const extra = s.additionalProperties;
        // JSON Schema allows unknown keys unless told otherwise; our schemas always say `false`.
        if (extra === false)
            return { kind: 'object', fields };
        return {
            kind: 'object',
            fields,
            additional: extra === true || extra === undefined ? any : shapeFromJsonSchema(extra),
        };
    }
    if (type === 'array')
        return { kind: 'list', items: shapeFromJsonSchema(s.items) };
    if (type === 'string')
        return shape.string;
    if (type === 'integer')
        return shape.int;
    if (type === 'number')
        return shape.double;
    if (type === 'boolean')
        return shape.bool;
    if (type === 'null')
        return { kind: 'scalar', type: 'null' };
    return any;
}
function scalarOf(value) {
    if (typeof value === 'string')
        return shape.string;
    if (typeof value === 'boolean')
        return shape.bool;
    if (typeof value === 'number')
        return Number.isInteger(value) ? shape.int : shape.double;
    if (value === null)
        return { kind: 'scalar', type: 'null' };
    return any;
}
/** One shape for several alternatives: identical ones collapse, different ones become `any`. */
function merge(shapes) {
    const first = shapes[0];
    if (!first)
        return any;
    const key = JSON.stringify(first);
    return shapes.every((s) => JSON.stringify(s) === key) ? first : any;
}
/** Resolve a dotted path (`security.updates.signed`) against a shape; undefined when it does not exist. */
function shapeAt(root, path) {
    let current = root;
    for (const step of path) {
        if (current.kind === 'any')
            return any;
        if (typeof step === 'number') {
            if (current.kind !== 'list')
                return undefined;
            current = current.items;
            continue;
        }
        if (current.kind !== 'object')
            return undefined;
        const next = current.fields[step] ?? current.additional;
        if (!next)
            return undefined;
        current = next;
    }
    return current;
}
/** Names of the fields an object shape declares, sorted (for "did you mean" hints). */
function fieldNames(s) {
    return s.kind === 'object' ? Object.keys(s.fields).sort() : [];
}


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

/***/ 4479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ WorkingTreeSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Synchronous calls for listings, links and small files, on purpose: each promise-based call goes through
// libuv's thread pool (started on first use) and the microtask queue. On a pull request that touches no
// product, the scope's few hundred small calls took 17 ms that way, 5 ms like this. Every read stays
// guarded: a containment check (or, for a file the listing met, an open that refuses a link) and a
// non-blocking open checked to be a regular file.


const maxLinkHops = 40;
const skippedDirs = new Set(['.git', 'node_modules']);
/** Files up to this size (manifests, filings, configuration) are read at once; larger ones asynchronously. */
const smallFile = 64 * 1024;
/** The repository's working tree on disk. */
class WorkingTreeSource {
    root;
    label = 'working tree';
    rootReal;
    /** Folders `listFiles` walked whole, and the links it met there: what `hasLinks` need not walk again. */
    walked = new Set();
    linksSeen = new Set();
    /**
     * Regular files `listFiles` met, every folder on the way a real folder (a link is never descended):
     * inside the repository without a containment check, which cost three calls per read (a pull request in
     * a 1,000-product repository reads two files of each product on each side).
     */
    plainFiles = new Set();
    constructor(root) {
        this.root = root;
    }
    listFiles(dir) {
        return Promise.resolve(this.listFilesNow(dir));
    }
    listFilesNow(dir) {
        const top = dir === '.' ? '' : dir.replace(/\/$/, '');
        const out = [];
        const pending = [top];
        while (pending.length > 0) {
            const rel = pending.pop();
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel), { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const e of entries) {
                const child = rel === '' ? e.name : `${rel}/${e.name}`;
                if (e.isDirectory()) {
                    if (!skippedDirs.has(e.name))
                        pending.push(child);
                }
                else {
                    if (e.isSymbolicLink())
                        this.linksSeen.add(child);
                    else if (e.isFile())
                        this.plainFiles.add(child);
                    out.push(child);
                }
            }
        }
        this.walked.add(top);
        return out.sort();
    }
    readFile(path) {
        const listed = this.plainFiles.has(path);
        if (!listed && this.containmentNow(path) !== 'inside')
            return Promise.resolve(undefined);
        let fd;
        try {
            // Non-blocking, and checked on the open file: a FIFO swapped in after containment() would otherwise
            // block the read forever waiting for a writer. (No-op for regular files; absent on Windows.) A listed
            // file is opened only if it is still not a link.
            const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (listed ? (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) : 0);
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, path), flags);
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (!stats.isFile())
                return Promise.resolve(undefined);
            if (stats.size <= smallFile)
                return Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd));
            // A large file (an SBOM) is read off the main thread: read synchronously, a 300-product audit's peak
            // memory rose by about a sixth.
            const large = fd;
            fd = undefined;
            return new Promise((resolve) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile)(large, (err, bytes) => {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(large);
                resolve(err ? undefined : bytes);
            }));
        }
        catch {
            return Promise.resolve(undefined);
        }
        finally {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    hasLinks(dir) {
        return Promise.resolve(this.hasLinksNow(dir));
    }
    /** Whether `listFiles` walked a folder at or above `dir`. */
    walkedAbove(dir) {
        for (const w of this.walked)
            if (w === '' || dir === w || dir.startsWith(`${w}/`))
                return true;
        return false;
    }
    hasLinksNow(dir) {
        if (dir !== '' && this.walkedAbove(dir)) {
            const below = `${dir}/`;
            for (const link of this.linksSeen)
                if (link === dir || link.startsWith(below))
                    return true;
            return false;
        }
        const pending = [dir];
        while (pending.length > 0) {
            const rel = pending.pop();
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel)).isSymbolicLink())
                    return true;
                for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel), { withFileTypes: true })) {
                    if (e.isSymbolicLink())
                        return true;
                    if (e.isDirectory() && !skippedDirs.has(e.name))
                        pending.push(rel === '' ? e.name : `${rel}/${e.name}`);
                }
            }
            catch {
                // Gone or not a folder: nothing below it.
            }
        }
        return false;
    }
    trail(path) {
        return Promise.resolve(this.trailNow(path));
    }
    trailNow(path) {
        const out = new Set([path]);
        // Walk the path one name at a time, as the kernel does, noting every link met and where it leads.
        let pending = path.split('/').filter((n) => n !== '' && n !== '.');
        const done = [];
        for (let hops = 0; pending.length > 0 && hops <= maxLinkHops;) {
            const name = pending.shift();
            if (name === '..') {
                if (done.pop() === undefined)
                    break; // above the repository
                continue;
            }
            const at = [...done, name].join('/');
            let target;
            try {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, at)).isSymbolicLink()) {
                    done.push(name);
                    continue;
                }
                target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, at));
            }
            catch {
                break; // missing from here on
            }
            out.add(at);
            hops++;
            if (node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(target) || /^[A-Za-z]:/.test(target))
                break;
            pending = target
                .replace(/\\/g, '/')
                .split('/')
                .filter((n) => n !== '' && n !== '.')
                .concat(pending);
        }
        if (pending.length === 0 && done.length > 0)
            out.add(done.join('/'));
        return [...out];
    }
    containment(path) {
        return Promise.resolve(this.containmentNow(path));
    }
    containmentNow(path) {
        if (this.plainFiles.has(path))
            return 'inside';
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, path);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
        }
        catch {
            return 'missing';
        }
        try {
            const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(full);
            this.rootReal ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.root);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.rootReal, real);
            if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
                return 'outside';
            // A FIFO, socket or device: opening a FIFO blocks until someone writes to it, so `check` hung.
            const kind = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
            return kind.isFile() || kind.isDirectory() ? 'inside' : 'special';
        }
        catch {
            // A dangling symlink: it exists but leads nowhere we can read.
            return 'missing';
        }
    }
}


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

/***/ 65286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ rolesOf),
/* harmony export */   ZK: () => (/* binding */ componentRoles),
/* harmony export */   ZV: () => (/* binding */ compiledRoles),
/* harmony export */   s$: () => (/* binding */ componentKeys)
/* harmony export */ });
/* unused harmony export matches */
// Which security roles an SBOM component plays (network daemon, crypto library, ...), from the pack's
// software-role data. Kept apart from the rule input so that comparing two SBOMs (`diff`) loads no
// expression engine and no schema.
/**
 * Security roles of an SBOM component. The SBOM author's own `ccl:role` property, when present, is the
 * whole answer (it may also say `library` or `none`); otherwise the pack's data recognises the
 * component by name, purl or CPE. Sorted.
 */
function componentRoles(c, software) {
    if (!software)
        return [...assignedRoles(c, 'ccl:role')].sort();
    return rolesOf(c, componentKeys(c), software, compiledRoles(software));
}
function rolesOf(c, keys, software, compiled) {
    const assigned = assignedRoles(c, software.role_property || 'ccl:role');
    if (assigned.size > 0)
        return [...assigned].sort();
    return compiled.roles
        .filter(({ matcher }) => matcher(keys))
        .map(({ role }) => role)
        .sort();
}
function assignedRoles(c, property) {
    const out = new Set();
    for (const p of c.properties) {
        if (p.name === property)
            for (const r of p.value.split(/[,\s]+/))
                if (r)
                    out.add(r.toLowerCase());
    }
    return out;
}
function componentKeys(c) {
    const purl = c.purl ? purlBase(c.purl) : undefined;
    const cpe = c.cpe ? cpeVendorProduct(c.cpe) : undefined;
    return {
        name: c.name.toLowerCase(),
        ...(purl ? { purl, purlName: purl.slice(purl.lastIndexOf('/') + 1) } : {}),
        ...(cpe ? { cpe } : {}),
    };
}
function compileMatcher(m) {
    const names = new Set((m.names ?? []).map((n) => n.toLowerCase()));
    const purls = (m.purls ?? []).map((g) => globToRegExp(g.toLowerCase()));
    const cpes = new Set((m.cpes ?? []).map((c) => c.toLowerCase()));
    return (k) => names.has(k.name) ||
        (k.purlName !== undefined && names.has(k.purlName)) ||
        (k.purl !== undefined && purls.some((re) => re.test(k.purl))) ||
        (k.cpe !== undefined && cpes.has(k.cpe));
}
// Packs are loaded once per run and evaluated for many products: compile their matchers once.
const compiledCache = new WeakMap();
function compiledRoles(software) {
    let c = compiledCache.get(software);
    if (!c) {
        c = {
            roles: Object.entries(software.roles).map(([role, m]) => ({ role, matcher: compileMatcher(m) })),
            denylist: software.crypto_denylist.map((d) => ({
                matcher: compileMatcher(d),
                version: new RegExp(d.version_pattern),
                ...(d.since ? { since: d.since } : {}),
                reason: d.reason,
            })),
        };
        compiledCache.set(software, c);
    }
    return c;
}
const matcherCache = new WeakMap();
/** Whether a component matches a data matcher by name, purl name, purl glob or CPE vendor:product. */
function matches(c, m) {
    let matcher = matcherCache.get(m);
    if (!matcher) {
        matcher = compileMatcher(m);
        matcherCache.set(m, matcher);
    }
    return matcher(componentKeys(c));
}
/** `pkg:type/namespace/name` of a purl, lower case, without version, qualifiers or subpath. */
function purlBase(purl) {
    const cut = purl.search(/[@?#]/);
    const base = cut === -1 ? purl : purl.slice(0, cut);
    try {
        return decodeURIComponent(base).toLowerCase();
    }
    catch {
        // A malformed %-escape in third-party data: compare the purl as written rather than fail.
        return base.toLowerCase();
    }
}
/** `vendor:product` of a CPE 2.3 formatted string or a CPE 2.2 URI, lower case. */
function cpeVendorProduct(cpe) {
    const parts = cpe.toLowerCase().split(':');
    if (parts[1] === '2.3' && parts.length >= 5)
        return `${parts[3]}:${parts[4]}`;
    if (parts[1]?.startsWith('/') && parts.length >= 4)
        return `${parts[2]}:${parts[3]}`;
    return undefined;
}
const globCache = new Map();
function globToRegExp(glob) {
    let re = globCache.get(glob);
    if (!re) {
        re = new RegExp(`^${glob
            .split('*')
            .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`);
        globCache.set(glob, re);
    }
    return re;
}


/***/ })

};
