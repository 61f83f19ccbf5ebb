export const id = 646;
export const ids = [646];
export const modules = {

/***/ 90332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ changeSetsFileName),
/* harmony export */   ZR: () => (/* binding */ loadGroupRules),
/* harmony export */   o7: () => (/* binding */ kindMatches)
/* harmony export */ });
/* unused harmony export groupLinks */
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);

const groupLinks = ['provides', 'names', 'brought-in', 'same-values'];
const changeSetsFileName = 'change-sets.yaml';
/**
 * Parse and check a `change-sets.yaml`. A broken file is a problem naming the file, the line and the
 * field; nothing is grouped then (every difference stays a change of its own), nothing is dropped.
 */
function loadGroupRules(file, text) {
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        return {
            rules: [],
            problems: parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })),
        };
    }
    const problems = [];
    const bad = (path, message) => {
        const at = parsed.locate(path);
        problems.push({
            ruleId: 'data.rule-pack-invalid',
            severity: 'error',
            message: `${message}`,
            hint: `See the header of rules/cn-ccl/${changeSetsFileName} for the fields of a group.`,
            file,
            line: at.line,
            column: at.column,
        });
    };
    const doc = parsed.value;
    if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.groups)) {
        bad([], `${file} must be a mapping with a 'groups' list`);
        return { rules: [], problems };
    }
    const rules = [];
    const seen = new Set();
    doc.groups.forEach((g, i) => {
        const at = ['groups', i];
        const o = (typeof g === 'object' && g !== null ? g : {});
        for (const k of Object.keys(o)) {
            if (!['id', 'title', 'anchor', 'members'].includes(k))
                bad([...at, k], `unknown key '${k}' in group ${i + 1}`);
        }
        if (typeof o.id !== 'string' || o.id === '')
            return bad(at, `group ${i + 1} needs an 'id'`);
        if (seen.has(o.id))
            return bad([...at, 'id'], `change-set group '${o.id}' is defined twice`);
        seen.add(o.id);
        const id = o.id;
        if (typeof o.title !== 'string')
            return bad(at, `change-set group '${id}' needs a 'title'`);
        if (!isKinds(o.anchor))
            return bad([...at, 'anchor'], `change-set group '${id}': 'anchor' must be a list of change kinds`);
        if (!Array.isArray(o.members) || o.members.length === 0)
            return bad(at, `change-set group '${id}' needs a non-empty 'members' list`);
        const members = [];
        o.members.forEach((m, j) => {
            const mo = (typeof m === 'object' && m !== null ? m : {});
            const mat = [...at, 'members', j];
            for (const k of Object.keys(mo)) {
                if (!['link', 'kinds', 'why'].includes(k))
                    bad([...mat, k], `unknown key '${k}' in a member of '${id}'`);
            }
            if (!groupLinks.includes(mo.link)) {
                return bad([...mat, 'link'], `change-set group '${id}': 'link' must be one of ${groupLinks.join(', ')}`);
            }
            if (!isKinds(mo.kinds)) {
                return bad([...mat, 'kinds'], `change-set group '${id}': 'kinds' must be a list of change kinds`);
            }
            members.push({ link: mo.link, kinds: mo.kinds });
        });
        rules.push({ id, title: o.title, anchor: o.anchor, members });
    });
    return { rules: problems.length > 0 ? [] : rules, problems };
}
function isKinds(v) {
    return Array.isArray(v) && v.length > 0 && v.every((k) => typeof k === 'string' && k !== '');
}
/** Whether a change kind matches one of the patterns (exact, or a prefix before a trailing `*`). */
function kindMatches(kind, patterns) {
    return patterns.some((p) => (p.endsWith('*') ? kind.startsWith(p.slice(0, -1)) : kind === p));
}


/***/ }),

/***/ 65010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ withConfig),
/* harmony export */   fx: () => (/* binding */ loadNoise),
/* harmony export */   o9: () => (/* binding */ noiseFileName)
/* harmony export */ });
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);

const noiseFileName = 'sbom-noise.yaml';
/** Parse a `sbom-noise.yaml`; a broken one is a located problem and ignores nothing. */
function loadNoise(file, text) {
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        return { problems: parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })) };
    }
    const doc = parsed.value;
    const names = doc?.ignore_properties ?? [];
    const absolute = doc?.ignore_absolute_path_values ?? false;
    const bad = (path, message) => {
        const at = parsed.locate(path);
        return {
            problems: [
                {
                    ruleId: 'data.rule-pack-invalid',
                    severity: 'error',
                    message,
                    hint: 'See the header of rules/cn-ccl/sbom-noise.yaml.',
                    file,
                    line: at.line,
                    column: at.column,
                },
            ],
        };
    };
    if (typeof doc !== 'object' || doc === null)
        return bad([], `${file} must be a mapping`);
    const unknown = Object.keys(doc).find((k) => !['ignore_properties', 'ignore_absolute_path_values'].includes(k));
    if (unknown)
        return bad([unknown], `unknown key '${unknown}' in ${file}`);
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && n !== '')) {
        return bad(['ignore_properties'], `'ignore_properties' must be a list of property names`);
    }
    if (typeof absolute !== 'boolean') {
        return bad(['ignore_absolute_path_values'], `'ignore_absolute_path_values' must be true or false`);
    }
    return { noise: { ignoreProperties: names, ignoreAbsolutePaths: absolute }, problems: [] };
}
/** The pack's list adjusted by the repository's `.labelguard.yml` `sbom_noise`. */
function withConfig(noise, config) {
    if (!config)
        return noise;
    const keep = new Set(config.keep_properties ?? []);
    return {
        ignoreProperties: [...(noise?.ignoreProperties ?? []), ...(config.ignore_properties ?? [])].filter((n) => !keep.has(n)),
        ignoreAbsolutePaths: noise?.ignoreAbsolutePaths ?? false,
    };
}


/***/ }),

/***/ 77128:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ loadChangeClassifier),
/* harmony export */   m: () => (/* binding */ changePackFile)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5080);
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);
/* harmony import */ var _change_input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79060);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17665);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30405);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);
/* harmony import */ var _grouping_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90332);
/* harmony import */ var _noise_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65010);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__]);
_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];







const changesFileName = 'changes.yaml';
/**
 * Parse, validate and compile change-classification tables. A file or entry that is invalid — bad
 * YAML, a schema error, a duplicate id, a `when` that does not compile — is a problem naming the file
 * and the entry id; the rest still loads.
 */
function loadChangeClassifier(files) {
    const tables = [];
    const problems = [];
    for (const f of files) {
        const table = loadTable(f, problems);
        if (!table)
            continue;
        const clash = tables.find((t) => t.scheme.toLowerCase() === table.scheme.toLowerCase());
        if (clash) {
            problems.push(problem(f.file, 1, `scheme '${table.scheme}' is already classified by ${clash.file}`, 'Keep one changes.yaml per scheme, or remove one of the packs from .labelguard.yml.'));
            continue;
        }
        tables.push(table);
    }
    return { classifier: { tables }, problems };
}
function loadTable(f, problems) {
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(f.file, f.text);
    if (Array.isArray(parsed)) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })));
        return undefined;
    }
    // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
    const validate = f.validated ? undefined : (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validator */ .Nc)('changes');
    if (validate && !validate(parsed.value)) {
        for (const { path, message } of (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaErrors */ .d0)(validate.errors ?? [], 'the file')) {
            const at = parsed.locate(path);
            const entry = path[0] === 'entries' && typeof path[1] === 'number' ? entryId(parsed, path[1]) : undefined;
            problems.push(problem(f.file, at.line, entry ? `change classification '${entry}': ${message}` : message, 'See the header of rules/cn-ccl/changes.yaml for the fields of an entry.', at.column));
        }
        return undefined;
    }
    const doc = parsed.value;
    const entries = [];
    const seen = new Set();
    doc.entries.forEach((e, i) => {
        const at = parsed.locate(['entries', i, 'id']);
        if (seen.has(e.id)) {
            problems.push(problem(f.file, at.line, `change classification '${e.id}' is defined twice`, 'Give every entry a unique id: overrides in .labelguard.yml refer to it.'));
            return;
        }
        seen.add(e.id);
        const compiled = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_4__/* .compileExpression */ .Wo)(e.when, _change_input_js__WEBPACK_IMPORTED_MODULE_5__/* .changeInputs */ .k, { expect: 'bool' });
        if (!compiled.ok) {
            const whenAt = parsed.locate(['entries', i, 'when']);
            for (const p of compiled.problems) {
                problems.push(problem(f.file, whenAt.line, `change classification '${e.id}': 'when' does not compile: ${p.message}`, p.hint ?? 'Fix the CEL expression; the fields of `change` are listed in the file header.', whenAt.column));
            }
            return;
        }
        entries.push({
            id: e.id,
            title: e.title,
            when: compiled.expression,
            classification: e.classification,
            ...(e.min_stars !== undefined ? { minStars: e.min_stars } : {}),
            belowMinStars: e.below_min_stars ?? 'record',
            blocking: e.blocking ?? false,
            reason: e.reason.trim(),
            sources: e.sources,
            confidence: e.confidence,
            file: f.file,
            line: at.line,
        });
    });
    const grouping = f.changeSets ? (0,_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .loadGroupRules */ .ZR)(f.changeSets.file, f.changeSets.text) : undefined;
    if (grouping)
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, grouping.problems);
    const noise = f.noise ? (0,_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .loadNoise */ .fx)(f.noise.file, f.noise.text) : undefined;
    if (noise)
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, noise.problems);
    return {
        scheme: doc.scheme,
        file: f.file,
        entries,
        ...(f.softwareRoles ? { softwareRoles: f.softwareRoles } : {}),
        ...(grouping && grouping.rules.length > 0 ? { grouping: grouping.rules } : {}),
        ...(noise?.noise ? { noise: noise.noise } : {}),
    };
}
function problem(file, line, message, hint, column = 1) {
    return { ruleId: 'data.rule-pack-invalid', severity: 'error', message, hint, file, line, column };
}
function entryId(doc, i) {
    const entries = doc.value.entries;
    const e = Array.isArray(entries) ? entries[i] : undefined;
    return typeof e?.id === 'string' ? e.id : undefined;
}
/** The change-classification file of a rule pack folder (`changes.yaml`), when the pack has one. */
function changePackFile(source, softwareRoles) {
    if (!source.files.includes(changesFileName))
        return undefined;
    const text = source.read(changesFileName);
    if (text === undefined)
        return undefined;
    const setsText = source.files.includes(_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .changeSetsFileName */ .$d) ? source.read(_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .changeSetsFileName */ .$d) : undefined;
    const noiseText = source.files.includes(_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .noiseFileName */ .o9) ? source.read(_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .noiseFileName */ .o9) : undefined;
    return {
        file: `${source.root}/${changesFileName}`,
        text,
        ...(softwareRoles ? { softwareRoles } : {}),
        ...(source.validated ? { validated: true } : {}),
        ...(noiseText !== undefined
            ? { noise: { file: `${source.root}/${_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .noiseFileName */ .o9}`, text: noiseText } }
            : {}),
        ...(setsText !== undefined
            ? { changeSets: { file: `${source.root}/${_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .changeSetsFileName */ .$d}`, text: setsText } }
            : {}),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41879);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _init_scaffold_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6401);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_rules_index_js__WEBPACK_IMPORTED_MODULE_6__, _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__]);
([_rules_index_js__WEBPACK_IMPORTED_MODULE_6__, _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);









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
    if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPacks */ .ih.includes(scheme))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`unknown --scheme '${scheme}'`, [
            `Built-in rule packs: ${_rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPacks */ .ih.join(', ')}.`,
        ]);
    const loaded = await (0,_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__/* .loadPacks */ .rn)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_8__/* .WorkingTreeSource */ .T(root), { config: { packs: [scheme] } });
    const pack = loaded.packs[0];
    if (!pack)
        throw new Error(`the built-in rule pack ${scheme} did not load`);
    return pack;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 86540:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ loadChangeTables),
/* harmony export */   Zl: () => (/* binding */ loadPolicyPacks),
/* harmony export */   rn: () => (/* binding */ loadPacks)
/* harmony export */ });
/* unused harmony export builtinPackProblems */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(25462);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77128);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16547);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41879);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49179);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17665);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_policy_load_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _changes_index_js__WEBPACK_IMPORTED_MODULE_4__, _schemas_index_js__WEBPACK_IMPORTED_MODULE_6__]);
([_policy_load_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _changes_index_js__WEBPACK_IMPORTED_MODULE_4__, _schemas_index_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);








/**
 * Load the configured packs (default: every built-in pack): built-in ones from labelguard's own
 * `rules/` folder, `./path` ones from the repository revision `source`.
 */
async function loadPacks(source, config) {
    return loadPolicyPacks({ config, repoPacks: await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepoPacks */ .TX)(source, config) });
}
/** Load the packs of a policy read up front (see {@link loadPolicy}): pure, no repository access. */
function loadPolicyPacks(policy) {
    const config = policy.config;
    const { specs, open } = packSources(policy);
    const opened = new Map();
    const loaded = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRulePacks */ .xh)(specs, (spec) => {
        const src = open(spec);
        if (src)
            opened.set(src.root, src);
        return src;
    }, {
        ...(config.config.thresholds ? { thresholds: config.config.thresholds } : {}),
        configFile: config.file ?? '.labelguard.yml',
        ...(config.doc ? { locateConfig: (path) => config.doc.locate(path) } : {}),
    });
    const changeFiles = loaded.packs.flatMap((p) => {
        const src = opened.get(p.root);
        const f = src ? (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .changePackFile */ .m)(src, p.softwareRoles) : undefined;
        return f ? [f] : [];
    });
    const { classifier, problems } = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadChangeClassifier */ ._)(changeFiles);
    return { packs: loaded.packs, classifier, problems: [...loaded.problems, ...problems] };
}
/**
 * Only the change-classification tables of the configured packs, with their software roles: what
 * comparing two SBOMs needs. No rule is parsed or compiled.
 */
async function loadChangeTables(source, config) {
    const { specs, open } = packSources({ config, repoPacks: await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepoPacks */ .TX)(source, config) });
    const problems = [];
    const changeFiles = specs.flatMap((spec) => {
        const src = open(spec);
        if (!src)
            return [];
        const roles = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPackSoftwareRoles */ .sA)(src);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, roles.problems);
        return roles.softwareRoles ? ((0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .changePackFile */ .m)(src, roles.softwareRoles) ?? []) : [];
    });
    const loaded = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadChangeClassifier */ ._)(changeFiles);
    return { classifier: loaded.classifier, problems: [...problems, ...loaded.problems] };
}
/** The configured pack specs (default: every built-in pack) and how to open each one's files. */
function packSources(policy) {
    const specs = (policy.config.config.packs ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .builtinPacks */ .ih]).map(_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .packSpec */ .xx);
    return {
        specs,
        open: (spec) => ('name' in spec ? readBuiltinPack(spec.name) : policy.repoPacks.get(spec.path)),
    };
}
/**
 * Every problem of the built-in packs, each file validated against its schema. The build runs this and
 * fails on any problem, so a built labelguard trusts its own packs instead of validating them every run.
 */
function builtinPackProblems() {
    const specs = builtinPacks.map((name) => ({ name }));
    const sources = new Map(specs.map((s) => [`rules/${s.name}`, readBuiltinPack(s.name, false)]));
    const loaded = loadRulePacks(specs, (spec) => 'name' in spec ? sources.get(`rules/${spec.name}`) : undefined);
    const changeFiles = loaded.packs.flatMap((p) => changePackFile(sources.get(p.root), p.softwareRoles) ?? []);
    return [...loaded.problems, ...loadChangeClassifier(changeFiles).problems];
}
function readBuiltinPack(name, validated = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_6__/* .compiledAtBuild */ .B8)()) {
    if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .builtinPacks */ .ih.includes(name))
        return undefined;
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_assets_js__WEBPACK_IMPORTED_MODULE_7__/* .assetDir */ .Y)('rules'), name);
    const files = listDir(root)
        .map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, f).split('\\').join('/'))
        .sort();
    return {
        root: `rules/${name}`,
        files,
        read: (rel) => (files.includes(rel) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel), 'utf8') : undefined),
        ...(validated ? { validated } : {}),
    };
}
function listDir(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? listDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name)) : [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name)]);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
