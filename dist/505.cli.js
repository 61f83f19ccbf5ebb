export const id = 505;
export const ids = [505];
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
/* harmony import */ var _expr_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66802);

const str = _expr_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.string;
/** Declared shape of `change`: a `when` that reads any other field fails to load. */
const changeInputs = {
    change: _expr_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.object({
        kind: str,
        category: str,
        change: str,
        subject: str,
        from: str,
        to: str,
        field: str,
        roles: _expr_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.list(str),
        role: str,
        aspects: _expr_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.list(str),
        bump: str,
        type: str,
        security_relevant: _expr_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.bool,
        matched_by: str,
        stars: _expr_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.int,
        registered_stars: _expr_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.int,
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
    return out;
}


/***/ }),

/***/ 60048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ sbomDifferences)
/* harmony export */ });
/* unused harmony export componentSubject */
/* harmony import */ var _sbom_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58031);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26341);
/* harmony import */ var _difference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32138);



const site = { doc: 'sbom' };
/**
 * Raw differences from the diff of the registered SBOM against the current one: components added,
 * removed or changed (with role, bump size and aspects), the described product's own non-version
 * changes, and services added, removed or changed. Values are normalised, so JSON and XML agree.
 */
function sbomDifferences(diff, roleOf, linksOf = () => [], options = {}) {
    const out = [];
    for (const c of diff.added) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
            out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
                kind: 'sbom.product.changed',
                category: 'sbom',
                change: 'changed',
                subject: componentSubject(ch.after),
                from: state(ch, 'before', options.subjectVersion === true),
                to: state(ch, 'after', options.subjectVersion === true),
                aspects,
                ...(options.subjectVersion ? { bump: (0,_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .versionBump */ .n)(ch.before.version, ch.after.version) } : {}),
                roles: roleOf(ch.after),
                componentType: ch.after.type,
                matchedBy: 'root',
                site,
            }));
        }
    }
    for (const s of diff.services.added) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
        kind: 'sbom.component.changed',
        category: 'sbom',
        change: 'changed',
        subject: componentSubject(ch.after),
        from: state(ch, 'before', true),
        to: state(ch, 'after', true),
        roles: [...roleOf(ch.before), ...roleOf(ch.after)],
        aspects,
        bump: (0,_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .versionBump */ .n)(ch.before.version, ch.after.version),
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
    const purl = c.purl === undefined ? undefined : (0,_sbom_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePurl */ .$l)(c.purl);
    if (purl)
        return `${display} (${(0,_sbom_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .purlKey */ .hT)(purl)})`;
    const cpe = c.cpe === undefined ? undefined : (0,_sbom_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .cpeKey */ .us)(c.cpe);
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
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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


/***/ })

};
