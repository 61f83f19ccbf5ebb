export const id = 464;
export const ids = [464];
export const modules = {

/***/ 84794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ expressionFunctions),
/* harmony export */   _: () => (/* binding */ parseDate)
/* harmony export */ });
// Functions added to CEL for rule authors. Dates in product data are YYYY-MM-DD strings (valid dates
// compare correctly as strings); these helpers do the arithmetic that plain comparison cannot.
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;
/** Milliseconds since the epoch of a YYYY-MM-DD date at 00:00 UTC, or undefined when not a real date. */
function parseDate(text) {
    const m = datePattern.exec(text);
    if (!m)
        return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
        return undefined;
    return ms;
}
function requireDate(text, fn) {
    const ms = parseDate(text);
    if (ms === undefined)
        throw new Error(`${fn}: '${text}' is not a date (YYYY-MM-DD)`);
    return ms;
}
function formatDate(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** Every function the engine adds to standard CEL (documented in src/expr/README.md). */
const expressionFunctions = [
    {
        signature: 'days_between(string, string): int',
        doc: 'Whole days from the first date to the second (negative when the second is earlier).',
        handler: (a, b) => BigInt(Math.round((requireDate(b, 'days_between') - requireDate(a, 'days_between')) / dayMs)),
    },
    {
        signature: 'add_days(string, int): string',
        doc: 'The date that many days later (earlier when negative).',
        handler: (date, days) => formatDate(requireDate(date, 'add_days') + Number(days) * dayMs),
    },
    {
        signature: 'add_months(string, int): string',
        doc: 'The date that many calendar months later; the day is clamped to the end of a shorter month.',
        handler: (date, months) => addMonths(requireDate(date, 'add_months'), Number(months)),
    },
    {
        signature: 'is_date(string): bool',
        doc: 'Whether the text is a real calendar date written YYYY-MM-DD.',
        handler: (text) => parseDate(text) !== undefined,
    },
];
function addMonths(ms, months) {
    const d = new Date(ms);
    const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
    const year = Math.floor(total / 12);
    const month = total - year * 12;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return formatDate(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
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

/***/ 67131:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zt: () => (/* binding */ categoryInput),
/* harmony export */   hJ: () => (/* binding */ ruleInputShapes),
/* harmony export */   qn: () => (/* binding */ effectiveThresholds),
/* harmony export */   zQ: () => (/* binding */ sbomFacts)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66802);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20642);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97526);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84382);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28053);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65286);
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
        .sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.id, b.id));
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
    const compiled = (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .compiledRoles */ .ZV)(software);
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
        const keys = (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKeys */ .s$)(c);
        for (const role of (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .rolesOf */ .R7)(c, keys, software, compiled)) {
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
        cryptoLibraries: [...cryptoLibraries.values()].sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.name, b.name) || (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.version, b.version)),
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
    productShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__/* .productSchema */ .H);
    filingShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_4__/* .filingSchema */ .z2);
    sbomShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(sbomFactsSchema);
    categoryShape ??= withKnown((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_5__/* .catalogueSchema */ .pw.properties.categories.items));
    coverageShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_coverage_js__WEBPACK_IMPORTED_MODULE_6__/* .coverageFactsSchema */ .Hb);
    const fields = {};
    for (const t of thresholds)
        fields[t.name] = thresholdShape(t.type);
    return {
        product: productShape,
        filing: filingShape,
        sbom: sbomShape,
        thresholds: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.object(fields),
        now: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string,
        scheme: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string,
        stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.int,
        category: categoryShape,
        coverage: coverageShape,
    };
}
function withKnown(s) {
    return s.kind === 'object' ? { ...s, fields: { ...s.fields, known: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.bool } } : s;
}
function thresholdShape(type) {
    if (type === 'int')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.int;
    if (type === 'number')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.double;
    if (type === 'bool')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.bool;
    if (type === 'list')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.list(_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string);
    return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string;
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

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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
