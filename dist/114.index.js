export const id = 114;
export const ids = [114];
export const modules = {

/***/ 91035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ declaredRoles)
/* harmony export */ });
/**
 * Roles the manifest itself gives SBOM components, by lower-case component name: the crypto library
 * it names (`security.crypto.library`) and the components behind its network services. Read from
 * both the registered and the current claims, so a component keeps its role when it is removed.
 */
function declaredRoles(...claims) {
    const out = new Map();
    const add = (name, role) => {
        if (!name)
            return;
        const key = name.trim().toLowerCase();
        out.set(key, (out.get(key) ?? new Set()).add(role));
    };
    for (const s of claims) {
        add(s?.crypto?.library, 'crypto');
        for (const svc of s?.network_services ?? [])
            add(svc.component, 'network-daemon');
    }
    return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}


/***/ }),

/***/ 20436:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ evaluateProduct)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60287);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67131);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28053);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_input_js__WEBPACK_IMPORTED_MODULE_1__]);
_input_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
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
    labels.sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.scheme, b.scheme));
    findings.sort(_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg);
    return { productId: product.id, labels, findings, outcomes };
}
function evaluatePack(pack, target, ctx, findings, outcomes) {
    const category = (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .categoryInput */ .Zt)(pack, ctx.product.category);
    const filing = ctx.filing && ctx.filing.scheme === pack.scheme
        ? ctx.filing
        : { scheme: pack.scheme, status: 'not-filed' };
    const input = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareInput */ ._s)({
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
        coverage: ctx.filing?.scheme === pack.scheme ? (ctx.coverage ?? _coverage_js__WEBPACK_IMPORTED_MODULE_3__/* .noCoverageChain */ .TH) : _coverage_js__WEBPACK_IMPORTED_MODULE_3__/* .noCoverageChain */ .TH,
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
        const result = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateExpression */ .O4)(rule.condition, input);
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
        const details = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateExpression */ .O4)(rule.details, input);
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

/***/ 14315:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ sbomDigest),
/* harmony export */   Q: () => (/* binding */ serialiseNormalised)
/* harmony export */ });
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
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(serialiseNormalised(inv), 'utf8').digest('hex')}`;
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
