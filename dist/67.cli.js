export const id = 67;
export const ids = [67];
export const modules = {

/***/ 26341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ versionBump)
/* harmony export */ });
// Epoch (Debian "1:"), optional "v", dotted numbers, then any suffix (letters, pre-release, revision).
const VERSION = /^(?:(\d+):)?[vV]?(\d+(?:\.\d+)*)(.*)$/;
/**
 * How big a version change is, semver-style: the first of the major/minor/patch numbers that differs.
 * A change only in a fourth number or in a suffix (OpenSSL's 1.1.1v→1.1.1w, a Debian revision, a
 * pre-release tag) counts as a patch; an epoch change as major. '' when either side is not numeric.
 */
function versionBump(from, to) {
    if (from === undefined || to === undefined || from === to)
        return '';
    const a = VERSION.exec(from.trim());
    const b = VERSION.exec(to.trim());
    if (!a || !b)
        return '';
    if (Number(a[1] ?? 0) !== Number(b[1] ?? 0))
        return 'major';
    const na = a[2].split('.').map(Number);
    const nb = b[2].split('.').map(Number);
    const sizes = ['major', 'minor', 'patch'];
    for (let i = 0; i < Math.max(na.length, nb.length); i++) {
        if ((na[i] ?? 0) !== (nb[i] ?? 0))
            return sizes[i] ?? 'patch';
    }
    return a[3] === b[3] ? '' : 'patch';
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

/***/ 32138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ differenceHeadline),
/* harmony export */   i: () => (/* binding */ difference)
/* harmony export */ });
/** A difference with defaults for every field that does not apply. */
function difference(d) {
    const out = {
        roles: [],
        aspects: [],
        bump: '',
        field: '',
        componentType: '',
        securityRelevant: true,
        name: '',
        links: [],
        ...d,
    };
    out.roles = [...new Set(out.roles)].sort();
    out.links = [...new Set(out.links)].sort();
    out.aspects = [...new Set(out.aspects)].sort();
    if (out.from === undefined)
        delete out.from;
    if (out.to === undefined)
        delete out.to;
    if (out.matchedBy === undefined)
        delete out.matchedBy;
    // Every omissible key left is a string now (the undefined ones were just deleted).
    return out;
}
/** What a difference is about, as every report lists it first: kind, subject, and the values before and after. */
function differenceHeadline(d) {
    return {
        kind: d.kind,
        subject: d.subject,
        ...(d.from !== undefined ? { from: d.from } : {}),
        ...(d.to !== undefined ? { to: d.to } : {}),
    };
}


/***/ }),

/***/ 60048:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ sbomDifferences)
/* harmony export */ });
/* unused harmony export componentSubject */
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58031);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26341);
/* harmony import */ var _difference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32138);



const site = { doc: 'sbom' };
/**
 * Raw differences from the diff of the registered SBOM against the current one: components added,
 * removed or changed (with role, bump size and aspects), the described product's own non-version
 * changes, and services added, removed or changed. Values are normalised, so JSON and XML agree.
 */
function sbomDifferences(diff, roleOf, linksOf = () => [], options = {}) {
    const out = [];
    for (const c of diff.added) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'sbom.component.added',
            category: 'sbom',
            change: 'added',
            subject: componentSubject(c),
            to: c.version ?? '(no version)',
            roles: roleOf(c),
            componentType: c.type,
            name: c.name.toLowerCase(),
            links: linksOf(c),
            site: at(c),
        }));
    }
    for (const c of diff.removed) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'sbom.component.removed',
            category: 'sbom',
            change: 'removed',
            subject: componentSubject(c),
            from: c.version ?? '(no version)',
            roles: roleOf(c),
            componentType: c.type,
            name: c.name.toLowerCase(),
            links: linksOf(c),
            site,
        }));
    }
    for (const ch of diff.changed)
        out.push(componentChanged(ch, roleOf, linksOf));
    // The described product's version is the firmware or hardware version the manifest already compares;
    // only its other facts (supplier, properties such as cdx:device:*) are differences of their own.
    if (diff.root.status === 'changed') {
        const ch = diff.root.change;
        const aspects = options.subjectVersion
            ? [...ch.aspects]
            : ch.aspects.filter((a) => !a.startsWith('version-') && a !== 'hash-changed');
        if (aspects.length > 0) {
            out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
                kind: 'sbom.product.changed',
                category: 'sbom',
                change: 'changed',
                subject: componentSubject(ch.after),
                from: state(ch, 'before', options.subjectVersion === true),
                to: state(ch, 'after', options.subjectVersion === true),
                aspects,
                ...(options.subjectVersion ? { bump: (0,_bump_js__WEBPACK_IMPORTED_MODULE_1__/* .versionBump */ .n)(ch.before.version, ch.after.version) } : {}),
                roles: roleOf(ch.after),
                componentType: ch.after.type,
                matchedBy: 'root',
                site,
            }));
        }
    }
    for (const s of diff.services.added) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'sbom.service.added',
            category: 'service',
            change: 'added',
            subject: serviceSubject(s),
            to: serviceState(s),
            aspects: serviceAspects(s),
            name: s.name.toLowerCase(),
            links: linksOf(s),
            site: at(s),
        }));
    }
    for (const s of diff.services.removed) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'sbom.service.removed',
            category: 'service',
            change: 'removed',
            subject: serviceSubject(s),
            from: serviceState(s),
            name: s.name.toLowerCase(),
            links: linksOf(s),
            site,
        }));
    }
    for (const ch of diff.services.changed)
        out.push(serviceChanged(ch, linksOf));
    return out;
}
function componentChanged(ch, roleOf, linksOf) {
    const versionChanged = ch.aspects.some((a) => a.startsWith('version-'));
    const aspects = [...ch.aspects];
    if (!versionChanged)
        aspects.push('same-version');
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
        kind: 'sbom.component.changed',
        category: 'sbom',
        change: 'changed',
        subject: componentSubject(ch.after),
        from: state(ch, 'before', true),
        to: state(ch, 'after', true),
        roles: [...roleOf(ch.before), ...roleOf(ch.after)],
        aspects,
        bump: (0,_bump_js__WEBPACK_IMPORTED_MODULE_1__/* .versionBump */ .n)(ch.before.version, ch.after.version),
        componentType: ch.after.type,
        matchedBy: ch.matchedBy,
        name: ch.after.name.toLowerCase(),
        links: linksOf(ch.after),
        site: at(ch.after),
    });
}
/** The current SBOM entry of a component or service, for its line. */
function at(x) {
    return {
        doc: 'sbom',
        entry: {
            name: x.name,
            ...(x.bomRef !== undefined ? { bomRef: x.bomRef } : {}),
            ...('purl' in x && x.purl !== undefined ? { purl: x.purl } : {}),
        },
    };
}
/**
 * One side of a component change as text: the version first, then whatever else changed. A hash is
 * shown only when the version did not change (a rebuild); with a new version a new hash is expected.
 */
function state(ch, side, withVersion) {
    const c = ch[side];
    const parts = [];
    const versionChanged = ch.aspects.some((a) => a.startsWith('version-'));
    if (withVersion)
        parts.push(c.version ?? '(no version)');
    if (ch.aspects.includes('type-changed'))
        parts.push(`type=${c.type}`);
    if (ch.hashes && !versionChanged) {
        for (const alg of [...ch.hashes.changed, ...ch.hashes[side === 'before' ? 'removed' : 'added']].sort()) {
            const h = c.hashes
                .filter((x) => x.alg === alg)
                .map((x) => x.content)
                .join(',');
            if (h)
                parts.push(`${alg}:${h}`);
        }
    }
    for (const s of ch.supplier ?? []) {
        const v = s[side];
        parts.push(`${s.field}=${v ?? '(none)'}`);
    }
    if (ch.properties) {
        const names = [...ch.properties.added, ...ch.properties.removed, ...ch.properties.changed].sort();
        for (const name of names) {
            const values = c.properties.filter((p) => p.name === name).map((p) => p.value);
            parts.push(`${name}=${values.length > 0 ? values.join(',') : '(none)'}`);
        }
    }
    return parts.join('; ');
}
/** A component's stable name: the purl without version when it has one, else CPE vendor:product, else its name. */
function componentSubject(c) {
    const display = c.group ? `${c.group}/${c.name}` : c.name;
    const purl = c.purl === undefined ? undefined : (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePurl */ .$l)(c.purl);
    if (purl)
        return `${display} (${(0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__/* .purlKey */ .hT)(purl)})`;
    const cpe = c.cpe === undefined ? undefined : (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__/* .cpeKey */ .us)(c.cpe);
    if (cpe)
        return `${display} (cpe:${cpe})`;
    return `${display} (${c.type})`;
}
function serviceSubject(s) {
    return s.group ? `${s.group}/${s.name}` : s.name;
}
function serviceState(s) {
    return [
        `endpoints=${s.endpoints.length > 0 ? s.endpoints.join(',') : '(none)'}`,
        `authenticated=${s.authenticated ?? '(unset)'}`,
        `x-trust-boundary=${s.trustBoundary ?? '(unset)'}`,
        ...(s.version ? [`version=${s.version}`] : []),
        ...(s.provider ? [`provider=${s.provider}`] : []),
    ].join(' ');
}
function serviceAspects(s) {
    const out = [];
    if (s.authenticated === true)
        out.push('authenticated');
    if (s.authenticated === false)
        out.push('unauthenticated');
    if (s.trustBoundary === true)
        out.push('trust-boundary');
    return out;
}
function serviceChanged(ch, linksOf) {
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
        kind: 'sbom.service.changed',
        category: 'service',
        change: 'changed',
        subject: serviceSubject(ch.after),
        from: serviceState(ch.before),
        to: serviceState(ch.after),
        aspects: [...ch.aspects, ...serviceAspects(ch.after)],
        name: ch.after.name.toLowerCase(),
        links: linksOf(ch.after),
        site: at(ch.after),
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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


/***/ }),

/***/ 40151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ diffSboms)
});

// UNUSED EXPORTS: isEmptyDiff

// EXTERNAL MODULE: ./src/sbom/identity.ts
var identity = __webpack_require__(58031);
// EXTERNAL MODULE: ./src/sbom/normalise.ts
var normalise = __webpack_require__(22811);
// EXTERNAL MODULE: ./src/sbom/version-order.ts
var version_order = __webpack_require__(20272);
;// CONCATENATED MODULE: ./src/sbom/match.ts
// Pairs components of two SBOMs in passes, strongest identity first. bom-refs are never used: they
// are unique only within one document and often random. Every pass is a hash join, so matching
// stays linear; only groups (one package present several times) are sorted.



function side(items) {
    const n = items.length;
    const s = {
        items,
        keyStr: new Array(n),
        keyEnd: new Int32Array(n),
        keyQ: new Int32Array(n),
        keyHash: new Int32Array(n),
        info: new Array(n),
        matched: new Uint8Array(n),
        unmatched: n,
        touched: 0,
    };
    for (let i = 0; i < n; i++) {
        const purl = items[i].purl;
        if (purl === undefined)
            continue;
        if ((0,identity/* scanCanonicalPurl */.xz)(purl)) {
            s.keyStr[i] = purl;
            s.keyEnd[i] = identity/* SCAN */.wB.nameEnd;
            s.keyQ[i] = identity/* SCAN */.wB.q;
            s.keyHash[i] = identity/* SCAN */.wB.hash;
        }
        else {
            const id = (0,identity/* purlIdentity */.we)(purl);
            if (id === undefined)
                continue;
            // Laid out like a canonical purl's key (name part, then qualifiers), so that the two compare equal
            // when they name the same package: `pkg:deb/debian/Bash@5.2?arch=amd64` and
            // `pkg:deb/debian/bash@5.1?arch=amd64` pair by purl.
            s.keyStr[i] = id.key;
            s.keyEnd[i] = id.nameEnd;
            s.keyQ[i] = id.nameEnd < id.key.length ? id.nameEnd : -1;
            s.keyHash[i] = (0,identity/* keyHash */.aE)(id.key);
        }
    }
    return s;
}
function sameKey(b, i, a, j) {
    const sb = b.keyStr[i];
    const sa = a.keyStr[j];
    const eb = b.keyEnd[i];
    const qb = b.keyQ[i];
    const qa = a.keyQ[j];
    // Most pairs carry the very same purl: one native comparison then stands for both loops below.
    if (sb === sa)
        return eb === a.keyEnd[j] && qb === qa;
    const tailB = qb === -1 ? 0 : sb.length - qb;
    const tailA = qa === -1 ? 0 : sa.length - qa;
    if (eb !== a.keyEnd[j] || tailB !== tailA)
        return false;
    for (let k = 0; k < eb; k++)
        if (sb.charCodeAt(k) !== sa.charCodeAt(k))
            return false;
    for (let k = 0; k < tailB; k++)
        if (sb.charCodeAt(qb + k) !== sa.charCodeAt(qa + k))
            return false;
    return true;
}
/** Purl type and artefact signature, computed on first use. */
function purlInfo(s, i) {
    let info = s.info[i];
    if (info === undefined) {
        const purl = s.items[i].purl;
        info = (purl === undefined ? undefined : (0,identity/* purlIdentity */.we)(purl)) ?? null;
        s.info[i] = info;
    }
    return info;
}
const purlType = (s, i) => purlInfo(s, i)?.type;
const signature = (s, i) => purlInfo(s, i)?.signature ?? '';
const byCpe = (s, i) => {
    const cpe = s.items[i].cpe;
    return cpe === undefined ? undefined : (0,identity/* cpeKey */.us)(cpe);
};
// Type is part of the key so a `device` and a `firmware` that share a name never pair here.
const byTypeOwnerName = (s, i) => {
    const c = s.items[i];
    return `${c.type}\u0000${c.group ?? c.supplier ?? ''}\u0000${c.name}`;
};
const byName = (s, i) => s.items[i].name.toLowerCase();
/** Matches `before` against `after`: purl, then CPE vendor:product, then (type, group|supplier, name), then name. */
function matchComponents(before, after) {
    const pairs = [];
    const rest = matchEach(before, after, (b, a, matchedBy) => pairs.push({ before: b, after: a, matchedBy }));
    return { pairs, ...rest };
}
/** matchComponents without materialising pairs: the diff only keeps the few that changed. */
function matchEach(before, after, onPair) {
    const b = side(before);
    const a = side(after);
    purlPass(b, a, onPair);
    const passes = [
        [byCpe, 'cpe'],
        [byTypeOwnerName, 'name'],
        [byName, 'version-aligned'],
    ];
    for (const [key, matchedBy] of passes) {
        if (b.unmatched === 0 || a.unmatched === 0)
            break;
        runPass(b, a, key, matchedBy, onPair);
    }
    return {
        added: after.filter((_, i) => a.matched[i] === 0),
        removed: before.filter((_, i) => b.matched[i] === 0),
    };
}
/**
 * The purl join: an open-addressing table over precomputed key hashes, pre-sized so it never
 * grows. (A Map keyed by freshly built key strings costs several times more once the heap holds
 * two parsed SBOMs: every allocation then pays for incremental marking of the whole heap.)
 */
function purlPass(b, a, onPair) {
    let size = 16;
    while (size < b.items.length * 2)
        size *= 2;
    const mask = size - 1;
    const table = new Int32Array(size).fill(-1); // → first `before` index with that key
    const moreB = new Map();
    const partner = new Int32Array(b.items.length).fill(-1); // first `after` index per first `before` index
    const moreA = new Map();
    for (let i = 0; i < b.items.length; i++) {
        if (b.keyStr[i] === undefined)
            continue;
        for (let h = b.keyHash[i] & mask;; h = (h + 1) & mask) {
            const first = table[h];
            if (first === -1) {
                table[h] = i;
                break;
            }
            if (b.keyHash[first] === b.keyHash[i] && sameKey(b, first, b, i)) {
                append(moreB, first, i);
                break;
            }
        }
    }
    for (let j = 0; j < a.items.length; j++) {
        if (a.keyStr[j] === undefined)
            continue;
        for (let h = a.keyHash[j] & mask;; h = (h + 1) & mask) {
            const first = table[h];
            if (first === -1)
                break;
            if (b.keyHash[first] === a.keyHash[j] && sameKey(b, first, a, j)) {
                if (partner[first] === -1)
                    partner[first] = j;
                else
                    append(moreA, first, j);
                break;
            }
        }
    }
    for (let start = 0; start < b.items.length; start += BATCH) {
        const end = Math.min(start + BATCH, b.items.length);
        a.touched += touch(a, partner, start, end);
        for (let i = start; i < end; i++) {
            const j = partner[i];
            if (j === -1)
                continue;
            const extraB = moreB.get(i);
            const extraA = moreA.get(i);
            // Equal keys mean equal purl type and qualifiers, so a lone pair is always compatible.
            if (extraB === undefined && extraA === undefined)
                pair(b, a, i, j, 'purl', onPair);
            else
                pairGroup(b, a, [i, ...(extraB ?? [])], [j, ...(extraA ?? [])], 'purl', onPair);
        }
    }
}
/**
 * Pairs are handed on in `before` order, so their `after` components are read in random order, and
 * the diff's comparison of each pair waited for memory twice or more in a row (component, then its
 * lists). Reading a batch of them first, in a loop whose reads do not depend on each other, lets the
 * processor wait for the whole batch at once: the 50k bench pair 10-18 ms faster on Node 24 (median
 * of 20 paired rounds, three times), 12 ms on Node 20; the pairs and their order are unchanged.
 */
const BATCH = 32;
/** Reads the `after` components of the pairs of before[start, end) and the heads of their lists. */
function touch(a, partner, start, end) {
    let x = 0;
    for (let i = start; i < end; i++) {
        const j = partner[i];
        if (j !== -1)
            x += a.items[j].hashes.length + a.items[j].properties.length;
    }
    return x;
}
/** One hash join over a string key, for the passes that see only what the purl pass left. */
function runPass(b, a, key, matchedBy, onPair) {
    const slotOf = new Map();
    const slotB = [];
    const slotA = [];
    const moreB = new Map();
    const moreA = new Map();
    for (let i = 0; i < b.items.length; i++) {
        if (b.matched[i] !== 0)
            continue;
        const k = key(b, i);
        if (k === undefined)
            continue;
        const slot = slotOf.get(k);
        if (slot === undefined) {
            slotOf.set(k, slotB.length);
            slotB.push(i);
            slotA.push(-1);
        }
        else {
            append(moreB, slot, i);
        }
    }
    if (slotB.length === 0)
        return;
    for (let j = 0; j < a.items.length; j++) {
        if (a.matched[j] !== 0)
            continue;
        const k = key(a, j);
        if (k === undefined)
            continue;
        const slot = slotOf.get(k);
        if (slot === undefined)
            continue;
        if (slotA[slot] === -1)
            slotA[slot] = j;
        else
            append(moreA, slot, j);
    }
    for (let slot = 0; slot < slotB.length; slot++) {
        const j = slotA[slot];
        if (j === -1)
            continue;
        const i = slotB[slot];
        const extraB = moreB.get(slot);
        const extraA = moreA.get(slot);
        if (extraB === undefined && extraA === undefined) {
            if (compatible(b, a, i, j))
                pair(b, a, i, j, matchedBy, onPair);
        }
        else {
            pairGroup(b, a, [i, ...(extraB ?? [])], [j, ...(extraA ?? [])], matchedBy, onPair);
        }
    }
}
function append(m, k, v) {
    const list = m.get(k);
    if (list === undefined)
        m.set(k, [v]);
    else
        list.push(v);
}
function pair(b, a, i, j, matchedBy, onPair) {
    b.matched[i] = 1;
    a.matched[j] = 1;
    b.unmatched--;
    a.unmatched--;
    onPair(b.items[i], a.items[j], matchedBy);
}
// Different artefacts of one package (Debian source vs binary, two architectures) never pair, nor
// do packages of different ecosystems that happen to share a name.
function compatible(b, a, i, j) {
    const tb = purlType(b, i);
    const ta = purlType(a, j);
    if (tb !== undefined && ta !== undefined && tb !== ta)
        return false;
    const sb = signature(b, i);
    const sa = signature(a, j);
    return sb === '' || sa === '' || sb === sa;
}
/**
 * Pairs the members of one key group (a package present several times on either side): equal
 * versions first, then the rest in version order, same artefact before unqualified ones.
 */
function pairGroup(b, a, bs, as, matchedBy, onPair) {
    const bSorted = sortStable(b, bs);
    const aSorted = sortStable(a, as);
    // Identical content (the same package installed at several paths) before merely equal version
    // strings, so duplicates pair with their own counterpart.
    const version = (s, i) => `${s.items[i].version ?? ''}\u0000${signature(s, i)}\u0000${purlType(s, i) ?? ''}`;
    const content = (s, i) => {
        const c = s.items[i];
        return `${version(s, i)}\u0000${c.type}\u0000${c.group ?? ''}\u0000${c.supplier ?? ''}\u0000${c.hashes
            .map((h) => h.content)
            .join(',')}\u0000${c.properties.map((p) => `${p.name}=${p.value}`).join('\u0001')}`;
    };
    for (const key of [content, version]) {
        const queues = new Queues();
        for (const j of aSorted)
            if (a.matched[j] === 0)
                queues.push(key(a, j), j);
        for (const i of bSorted) {
            if (b.matched[i] !== 0)
                continue;
            const j = queues.shift(key(b, i));
            if (j !== undefined)
                pair(b, a, i, j, matchedBy, onPair);
        }
    }
    const bRest = bSorted.filter((i) => b.matched[i] === 0);
    const aRest = aSorted.filter((j) => a.matched[j] === 0);
    if (bRest.length === 0 || aRest.length === 0)
        return;
    // Chosen from both sides alike, so diff(x, y) and diff(y, x) pair the same way.
    const types = [...bRest.map((i) => purlType(b, i)), ...aRest.map((j) => purlType(a, j))].filter((t) => t !== undefined);
    const scheme = (0,version_order/* versionSchemeFor */.D)(types.sort(normalise/* compareStrings */.Kt)[0]);
    const order = (s) => (x, y) => {
        const vx = s.items[x].version ?? '';
        const vy = s.items[y].version ?? '';
        return (0,version_order/* compareVersions */.Z)(vx, vy, scheme) ?? (0,normalise/* compareStrings */.Kt)(vx, vy);
    };
    bRest.sort(order(b));
    aRest.sort(order(a));
    const bySignature = new Queues();
    for (const j of aRest)
        bySignature.push(signature(a, j), j);
    for (const i of bRest) {
        const j = bySignature.shift(signature(b, i));
        if (j !== undefined && compatible(b, a, i, j))
            pair(b, a, i, j, matchedBy, onPair);
    }
    const unmatchedB = (i) => b.matched[i] === 0;
    const unmatchedA = (j) => a.matched[j] === 0;
    zip(b, a, bRest.filter((i) => unmatchedB(i) && signature(b, i) === ''), aRest.filter(unmatchedA), matchedBy, onPair);
    zip(b, a, bRest.filter(unmatchedB), aRest.filter((j) => unmatchedA(j) && signature(a, j) === ''), matchedBy, onPair);
}
/**
 * Pairs two lists in order, skipping incompatible candidates on the `after` side. Only a group
 * mixing ecosystems under one name can make that skip (and so the pairing) one-sided.
 */
function zip(b, a, bs, as, matchedBy, onPair) {
    let k = 0;
    for (const i of bs) {
        while (k < as.length && !compatible(b, a, i, as[k]))
            k++;
        if (k >= as.length)
            return;
        pair(b, a, i, as[k], matchedBy, onPair);
        k++;
    }
}
/** FIFO queues by key with O(1) shift. */
class Queues {
    #queues = new Map();
    push(key, value) {
        const q = this.#queues.get(key);
        if (q === undefined)
            this.#queues.set(key, { items: [value], next: 0 });
        else
            q.items.push(value);
    }
    shift(key) {
        const q = this.#queues.get(key);
        if (q === undefined || q.next >= q.items.length)
            return undefined;
        return q.items[q.next++];
    }
}
/** Orders group members by content, so pairing never depends on document order. */
function sortStable(s, idx) {
    const keyed = idx.map((i) => ({ i, k: (0,normalise/* componentSortKey */.Pu)(s.items[i]) }));
    keyed.sort((x, y) => (0,normalise/* compareStrings */.Kt)(x.k, y.k));
    return keyed.map((e) => e.i);
}

;// CONCATENATED MODULE: ./src/sbom/diff.ts
// Field-level diff of two inventories. Fields a side's spec version cannot carry (properties before
// 1.3, component manufacturer before 1.6) are not compared, so re-emitting the same product at a
// newer spec version is not reported as a change.




function atLeast(v, min) {
    return Number(v.slice(2)) >= Number(min.slice(2));
}
function capabilities(a, b) {
    return {
        properties: atLeast(a.specVersion, '1.3') && atLeast(b.specVersion, '1.3'),
        manufacturer: atLeast(a.specVersion, '1.6') && atLeast(b.specVersion, '1.6'),
    };
}
/** Diffs two inventories; all lists are sorted by a content key, so output is deterministic. */
function diffSboms(before, after, options = {}) {
    const caps = {
        ...capabilities(before, after),
        ...(options.noise ? { noise: options.noise } : {}),
    };
    const roots = alignRoots(before, after);
    const changed = [];
    const matched = matchEach(roots.beforeComponents, roots.afterComponents, (b, a, matchedBy) => {
        const change = compareComponents(b, a, matchedBy, caps);
        if (change !== undefined)
            changed.push(change);
    });
    return {
        root: rootDiff(roots.before, roots.after, caps),
        added: (0,normalise/* sortByKey */.r6)(matched.added, normalise/* componentSortKey */.Pu),
        removed: (0,normalise/* sortByKey */.r6)(matched.removed, normalise/* componentSortKey */.Pu),
        changed: (0,normalise/* sortByKey */.r6)(changed, (c) => `${(0,normalise/* componentSortKey */.Pu)(c.after)}\u0002${(0,normalise/* componentSortKey */.Pu)(c.before)}`),
        services: diffServices(before.services, after.services),
    };
}
/** True when the diff reports nothing at all. */
function isEmptyDiff(d) {
    return ((d.root.status === 'absent' || d.root.status === 'unchanged') &&
        d.added.length === 0 &&
        d.removed.length === 0 &&
        d.changed.length === 0 &&
        d.services.added.length === 0 &&
        d.services.removed.length === 0 &&
        d.services.changed.length === 0);
}
// Older BOMs sometimes list the product as a top-level component and leave metadata.component
// empty; when only one side has a root, adopt the other side's matching top-level component.
function alignRoots(before, after) {
    let b = before.metadata.component;
    let a = after.metadata.component;
    let beforeComponents = before.components;
    let afterComponents = after.components;
    if (b !== undefined && a === undefined) {
        const i = findRootLike(b, afterComponents);
        if (i !== -1) {
            a = afterComponents[i];
            afterComponents = afterComponents.filter((_, k) => k !== i);
        }
    }
    else if (a !== undefined && b === undefined) {
        const i = findRootLike(a, beforeComponents);
        if (i !== -1) {
            b = beforeComponents[i];
            beforeComponents = beforeComponents.filter((_, k) => k !== i);
        }
    }
    return { before: b, after: a, beforeComponents, afterComponents };
}
// Several candidates (the product listed twice) resolve by content, never by document order.
function findRootLike(root, list) {
    const rootPurl = root.purl === undefined ? undefined : (0,identity/* parsePurl */.$l)(root.purl);
    const rootKey = rootPurl === undefined ? undefined : (0,identity/* purlKey */.hT)(rootPurl);
    let best = -1;
    let bestKey = '';
    list.forEach((c, i) => {
        if (c.path.length > 0)
            return;
        let like;
        if (rootKey !== undefined && c.purl !== undefined) {
            const p = (0,identity/* parsePurl */.$l)(c.purl);
            like = p !== undefined && (0,identity/* purlKey */.hT)(p) === rootKey;
        }
        else {
            like = c.type === root.type && c.name === root.name && c.group === root.group;
        }
        if (!like)
            return;
        const key = (0,normalise/* componentSortKey */.Pu)(c);
        if (best === -1 || key < bestKey) {
            best = i;
            bestKey = key;
        }
    });
    return best;
}
function rootDiff(before, after, caps) {
    if (before === undefined && after === undefined)
        return { status: 'absent' };
    if (before === undefined)
        return { status: 'added', after: after };
    if (after === undefined)
        return { status: 'removed', before };
    const change = compareComponents(before, after, 'root', caps);
    return change === undefined ? { status: 'unchanged', before, after } : { status: 'changed', change };
}
function compareComponents(before, after, matchedBy, caps) {
    if (unchanged(before, after, caps))
        return undefined;
    const aspects = [];
    const change = { before, after, matchedBy, aspects };
    if (before.version !== after.version)
        aspects.push(versionAspect(before, after));
    if (before.type !== after.type)
        aspects.push('type-changed');
    const hashes = compareHashes(before.hashes, after.hashes);
    if (hashes !== undefined) {
        aspects.push('hash-changed');
        change.hashes = hashes;
    }
    const supplier = [];
    const fields = caps.manufacturer
        ? ['supplier', 'manufacturer', 'publisher']
        : ['supplier', 'publisher'];
    for (const field of fields) {
        if (before[field] !== after[field]) {
            const entry = { field };
            if (before[field] !== undefined)
                entry.before = before[field];
            if (after[field] !== undefined)
                entry.after = after[field];
            supplier.push(entry);
        }
    }
    if (supplier.length > 0) {
        aspects.push('supplier-changed');
        change.supplier = supplier;
    }
    if (caps.properties) {
        const props = compareProperties(before.properties, after.properties, caps.noise);
        if (props !== undefined) {
            aspects.push('properties-changed');
            change.properties = props;
        }
    }
    return aspects.length > 0 ? change : undefined;
}
// Allocation-free check for the common case (most pairs are identical), same rules as below.
function unchanged(b, a, caps) {
    if (b.version !== a.version ||
        b.type !== a.type ||
        b.supplier !== a.supplier ||
        b.publisher !== a.publisher)
        return false;
    if (caps.manufacturer && b.manufacturer !== a.manufacturer)
        return false;
    if (b.hashes.length > 0 && a.hashes.length > 0 && !sameList(b.hashes, a.hashes, sameHash)) {
        return false;
    }
    if (!caps.properties)
        return true;
    if (caps.noise)
        return compareProperties(b.properties, a.properties, caps.noise) === undefined;
    return sameList(b.properties, a.properties, sameProperty);
}
// Made once, not as arrows in every call of unchanged (one per matched pair; 50,000 in the 50k bench).
const sameHash = (x, y) => x.alg === y.alg && x.content === y.content;
const sameProperty = (x, y) => x.name === y.name && x.value === y.value;
function sameList(x, y, eq) {
    if (x.length !== y.length)
        return false;
    for (let i = 0; i < x.length; i++)
        if (!eq(x[i], y[i]))
            return false;
    return true;
}
function versionAspect(before, after) {
    if (before.version === undefined || after.version === undefined)
        return 'version-changed';
    const type = (after.purl === undefined ? undefined : (0,identity/* parsePurl */.$l)(after.purl)?.type) ??
        (before.purl === undefined ? undefined : (0,identity/* parsePurl */.$l)(before.purl)?.type);
    const c = (0,version_order/* compareVersions */.Z)(before.version, after.version, (0,version_order/* versionSchemeFor */.D)(type));
    return c === -1 ? 'version-up' : c === 1 ? 'version-down' : 'version-changed';
}
function digestsByAlg(hashes) {
    const m = new Map();
    for (const h of hashes)
        m.set(h.alg, m.has(h.alg) ? `${m.get(h.alg)},${h.content}` : h.content);
    return m;
}
/** The keys only `after` has, only `before` has, and both have with other values; each in map order. */
function keyDifferences(before, after) {
    const removed = [];
    const changed = [];
    for (const [key, value] of before) {
        const other = after.get(key);
        if (other === undefined)
            removed.push(key);
        else if (other !== value)
            changed.push(key);
    }
    const added = [...after.keys()].filter((key) => !before.has(key));
    return { added, removed, changed };
}
// Only comparable when both sides list hashes: a generator that omits them proves nothing.
function compareHashes(before, after) {
    if (before.length === 0 || after.length === 0)
        return undefined;
    if (sameList(before, after, sameHash))
        return undefined;
    const b = digestsByAlg(before);
    const { added, removed, changed } = keyDifferences(b, digestsByAlg(after));
    const common = b.size - removed.length;
    // Extra algorithms alongside matching ones are not a content change; a swap of algorithms with
    // nothing in common can no longer vouch for the content, so it counts.
    if (changed.length === 0 && common > 0)
        return undefined;
    return { changed, added, removed };
}
function valuesByName(props, noise) {
    const m = new Map();
    for (const p of props)
        if (!noise?.(p.name, p.value))
            m.set(p.name, m.has(p.name) ? `${m.get(p.name)}\u0000${p.value}` : p.value);
    return m;
}
function compareProperties(before, after, noise) {
    if (before.length === 0 && after.length === 0)
        return undefined;
    const { added, removed, changed } = keyDifferences(valuesByName(before, noise), valuesByName(after, noise));
    if (added.length + removed.length + changed.length === 0)
        return undefined;
    return {
        added: added.sort(normalise/* compareStrings */.Kt),
        removed: removed.sort(normalise/* compareStrings */.Kt),
        changed: changed.sort(normalise/* compareStrings */.Kt),
    };
}
function diffServices(before, after) {
    const key = (s) => `${s.group ?? ''}\u0000${s.name}`;
    const pool = new Map();
    for (const s of (0,normalise/* sortByKey */.r6)([...after], normalise/* serviceSortKey */.d3)) {
        const list = pool.get(key(s));
        if (list === undefined)
            pool.set(key(s), [s]);
        else
            list.push(s);
    }
    const removed = [];
    const changed = [];
    for (const s of (0,normalise/* sortByKey */.r6)([...before], normalise/* serviceSortKey */.d3)) {
        const other = pool.get(key(s))?.shift();
        if (other === undefined) {
            removed.push(s);
            continue;
        }
        const change = compareServices(s, other);
        if (change !== undefined)
            changed.push(change);
    }
    const added = [...pool.values()].flat();
    return {
        added: (0,normalise/* sortByKey */.r6)(added, normalise/* serviceSortKey */.d3),
        removed,
        changed,
    };
}
function compareServices(before, after) {
    const aspects = [];
    const change = { before, after, aspects };
    if (before.version !== after.version)
        aspects.push('version-changed');
    if (before.provider !== after.provider)
        aspects.push('provider-changed');
    if (before.authenticated !== after.authenticated)
        aspects.push('authentication-changed');
    if (before.trustBoundary !== after.trustBoundary)
        aspects.push('trust-boundary-changed');
    const added = after.endpoints.filter((e) => !before.endpoints.includes(e));
    const removed = before.endpoints.filter((e) => !after.endpoints.includes(e));
    if (added.length + removed.length > 0) {
        aspects.push('endpoints-changed');
        change.endpoints = { added, removed };
    }
    return aspects.length > 0 ? change : undefined;
}


/***/ }),

/***/ 13111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ noiseFilter)
/* harmony export */ });
/* unused harmony export isAbsolutePath */
// Generator noise: properties that describe how and where an SBOM was built (the generator's own
// bookkeeping, the checkout folder), not the product. Two SBOMs of the same tree made by two tools, or
// in two folders, differ only in these; they are left out of the comparison.
/** The predicate for a noise list; `undefined` when it ignores nothing. */
function noiseFilter(noise) {
    if (!noise || (noise.ignoreProperties.length === 0 && !noise.ignoreAbsolutePaths))
        return undefined;
    const patterns = noise.ignoreProperties.map((p) => new RegExp(`^${p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`));
    return (name, value) => patterns.some((r) => r.test(name)) || (noise.ignoreAbsolutePaths && isAbsolutePath(value));
}
/** `/home/ci/build/...`, `C:\\src\\...`, `file:///...`: a path only the machine that built the SBOM has. */
function isAbsolutePath(value) {
    return /^(\/[^/\s]+\/|[A-Za-z]:[\\/]|file:\/\/\/|\\\\[^\\]+\\)/.test(value.trim());
}


/***/ }),

/***/ 20272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ versionSchemeFor),
/* harmony export */   Z: () => (/* binding */ compareVersions)
/* harmony export */ });
// Per-ecosystem version ordering, used only to label a change as an upgrade or a downgrade. When
// two versions cannot be ordered honestly the answer is `null` and the diff says 'version-changed'.
// Ecosystems whose versions are (close enough to) SemVer 2.0, including Go's `v`-prefixed pseudo-versions.
const SEMVER_TYPES = new Set([
    'npm',
    'cargo',
    'golang',
    'gem',
    'nuget',
    'hex',
    'pub',
    'swift',
    'cocoapods',
    'composer',
]);
/** Ordering scheme for a purl type (e.g. `deb` → Debian, `npm` → SemVer). */
function versionSchemeFor(purlType) {
    if (purlType === 'deb')
        return 'debian';
    if (purlType !== undefined && SEMVER_TYPES.has(purlType))
        return 'semver';
    return 'generic';
}
/** Sign of a − b under the scheme, or null when the two cannot be ordered. */
function compareVersions(a, b, scheme) {
    if (a === b)
        return 0;
    if (scheme === 'debian')
        return compareDebian(a, b);
    if (scheme === 'semver') {
        const r = compareSemver(a, b);
        if (r !== undefined)
            return r;
    }
    return compareGeneric(a, b);
}
function sign(n) {
    return n < 0 ? -1 : n > 0 ? 1 : 0;
}
/** Compares digit strings of any length without overflow. */
function compareNumeric(a, b) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
}
// --- SemVer (lenient: optional `v`, optional minor/patch) -------------------------------------
const SEMVER = /^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function compareSemver(a, b) {
    const x = SEMVER.exec(a);
    const y = SEMVER.exec(b);
    if (!x || !y)
        return undefined;
    for (let i = 1; i <= 3; i++) {
        const c = compareNumeric(x[i] ?? '0', y[i] ?? '0');
        if (c !== 0)
            return c;
    }
    const pa = x[4];
    const pb = y[4];
    if (pa === pb)
        return 0; // differ only in build metadata, which has no precedence
    if (pa === undefined)
        return 1;
    if (pb === undefined)
        return -1;
    const ia = pa.split('.');
    const ib = pb.split('.');
    for (let i = 0; i < Math.min(ia.length, ib.length); i++) {
        const s = ia[i];
        const t = ib[i];
        const sn = /^\d+$/.test(s);
        const tn = /^\d+$/.test(t);
        if (sn && tn) {
            const c = compareNumeric(s, t);
            if (c !== 0)
                return c;
        }
        else if (sn !== tn) {
            return sn ? -1 : 1;
        }
        else if (s !== t) {
            return s < t ? -1 : 1;
        }
    }
    return sign(ia.length - ib.length);
}
function parseDebian(v) {
    let rest = v.trim();
    let epoch = '0';
    const colon = rest.indexOf(':');
    if (colon > 0 && /^\d+$/.test(rest.slice(0, colon))) {
        epoch = rest.slice(0, colon);
        rest = rest.slice(colon + 1);
    }
    const dash = rest.lastIndexOf('-');
    if (dash === -1)
        return { epoch, upstream: rest, revision: '' };
    return { epoch, upstream: rest.slice(0, dash), revision: rest.slice(dash + 1) };
}
// dpkg's character weight: '~' sorts before everything, even the end of the string; letters sort
// before other symbols.
function order(code) {
    if (code >= 48 && code <= 57)
        return 0;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122))
        return code;
    if (code === 126)
        return -1;
    if (Number.isNaN(code))
        return 0;
    return code + 256;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
function verrevcmp(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        let firstDiff = 0;
        while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
            const ac = order(a.charCodeAt(i));
            const bc = order(b.charCodeAt(j));
            if (ac !== bc)
                return ac - bc;
            i++;
            j++;
        }
        while (a[i] === '0')
            i++;
        while (b[j] === '0')
            j++;
        while (i < a.length && j < b.length && isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
            if (!firstDiff)
                firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
            i++;
            j++;
        }
        if (i < a.length && isDigit(a.charCodeAt(i)))
            return 1;
        if (j < b.length && isDigit(b.charCodeAt(j)))
            return -1;
        if (firstDiff)
            return firstDiff;
    }
    return 0;
}
function compareDebian(a, b) {
    const x = parseDebian(a);
    const y = parseDebian(b);
    return (compareNumeric(x.epoch, y.epoch) ||
        sign(verrevcmp(x.upstream, y.upstream)) ||
        sign(verrevcmp(x.revision, y.revision)));
}
// --- Generic dotted numeric ------------------------------------------------------------------
const DOTTED = /^[vV]?(\d+(?:\.\d+)*)(.*)$/;
function compareGeneric(a, b) {
    const x = DOTTED.exec(a.trim());
    const y = DOTTED.exec(b.trim());
    if (!x || !y)
        return null;
    const na = x[1].split('.');
    const nb = y[1].split('.');
    for (let i = 0; i < Math.max(na.length, nb.length); i++) {
        const c = compareNumeric(na[i] ?? '0', nb[i] ?? '0');
        if (c !== 0)
            return c;
    }
    // Same numbers, different suffix ("1.0-beta" vs "1.0-rc"): suffix conventions vary too much to guess.
    return x[2] === y[2] ? 0 : null;
}


/***/ })

};
