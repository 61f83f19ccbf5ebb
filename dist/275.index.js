export const id = 275;
export const ids = [275];
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

/***/ 43394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ diffSboms)
/* harmony export */ });
/* unused harmony export isEmptyDiff */
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58031);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36316);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22811);
/* harmony import */ var _version_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20272);
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
    const matched = (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .matchEach */ .p)(roots.beforeComponents, roots.afterComponents, (b, a, matchedBy) => {
        const change = compareComponents(b, a, matchedBy, caps);
        if (change !== undefined)
            changed.push(change);
    });
    return {
        root: rootDiff(roots.before, roots.after, caps),
        added: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .sortByKey */ .r6)(matched.added, _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .componentSortKey */ .Pu),
        removed: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .sortByKey */ .r6)(matched.removed, _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .componentSortKey */ .Pu),
        changed: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .sortByKey */ .r6)(changed, (c) => `${(0,_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .componentSortKey */ .Pu)(c.after)}\u0002${(0,_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .componentSortKey */ .Pu)(c.before)}`),
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
    const rootPurl = root.purl === undefined ? undefined : (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePurl */ .$l)(root.purl);
    const rootKey = rootPurl === undefined ? undefined : (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .purlKey */ .hT)(rootPurl);
    let best = -1;
    let bestKey = '';
    list.forEach((c, i) => {
        if (c.path.length > 0)
            return;
        let like;
        if (rootKey !== undefined && c.purl !== undefined) {
            const p = (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePurl */ .$l)(c.purl);
            like = p !== undefined && (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .purlKey */ .hT)(p) === rootKey;
        }
        else {
            like = c.type === root.type && c.name === root.name && c.group === root.group;
        }
        if (!like)
            return;
        const key = (0,_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .componentSortKey */ .Pu)(c);
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
    if (b.hashes.length > 0 &&
        a.hashes.length > 0 &&
        !sameList(b.hashes, a.hashes, (x, y) => x.alg === y.alg && x.content === y.content)) {
        return false;
    }
    if (!caps.properties)
        return true;
    if (caps.noise)
        return compareProperties(b.properties, a.properties, caps.noise) === undefined;
    return sameList(b.properties, a.properties, (x, y) => x.name === y.name && x.value === y.value);
}
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
    const type = (after.purl === undefined ? undefined : (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePurl */ .$l)(after.purl)?.type) ??
        (before.purl === undefined ? undefined : (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePurl */ .$l)(before.purl)?.type);
    const c = (0,_version_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Z)(before.version, after.version, (0,_version_order_js__WEBPACK_IMPORTED_MODULE_3__/* .versionSchemeFor */ .D)(type));
    return c === -1 ? 'version-up' : c === 1 ? 'version-down' : 'version-changed';
}
function digestsByAlg(hashes) {
    const m = new Map();
    for (const h of hashes)
        m.set(h.alg, m.has(h.alg) ? `${m.get(h.alg)},${h.content}` : h.content);
    return m;
}
// Only comparable when both sides list hashes: a generator that omits them proves nothing.
function compareHashes(before, after) {
    if (before.length === 0 || after.length === 0)
        return undefined;
    if (sameList(before, after, (x, y) => x.alg === y.alg && x.content === y.content))
        return undefined;
    const b = digestsByAlg(before);
    const a = digestsByAlg(after);
    const changed = [];
    const removed = [];
    for (const [alg, content] of b) {
        const other = a.get(alg);
        if (other === undefined)
            removed.push(alg);
        else if (other !== content)
            changed.push(alg);
    }
    const added = [...a.keys()].filter((alg) => !b.has(alg));
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
    const b = valuesByName(before, noise);
    const a = valuesByName(after, noise);
    const added = [];
    const removed = [];
    const changed = [];
    for (const [name, value] of b) {
        const other = a.get(name);
        if (other === undefined)
            removed.push(name);
        else if (other !== value)
            changed.push(name);
    }
    for (const name of a.keys())
        if (!b.has(name))
            added.push(name);
    if (added.length + removed.length + changed.length === 0)
        return undefined;
    return {
        added: added.sort(_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .Kt),
        removed: removed.sort(_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .Kt),
        changed: changed.sort(_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .Kt),
    };
}
function diffServices(before, after) {
    const key = (s) => `${s.group ?? ''}\u0000${s.name}`;
    const pool = new Map();
    for (const s of (0,_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .sortByKey */ .r6)([...after], _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceSortKey */ .d3)) {
        const list = pool.get(key(s));
        if (list === undefined)
            pool.set(key(s), [s]);
        else
            list.push(s);
    }
    const removed = [];
    const changed = [];
    for (const s of (0,_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .sortByKey */ .r6)([...before], _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceSortKey */ .d3)) {
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
        added: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .sortByKey */ .r6)(added, _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceSortKey */ .d3),
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

/***/ 58031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   aE: () => (/* binding */ keyHash),
/* harmony export */   hT: () => (/* binding */ purlKey),
/* harmony export */   us: () => (/* binding */ cpeKey),
/* harmony export */   wB: () => (/* binding */ SCAN),
/* harmony export */   we: () => (/* binding */ purlIdentity),
/* harmony export */   xz: () => (/* binding */ scanCanonicalPurl)
/* harmony export */ });
/* unused harmony export artefactSignature */
// Identity keys for matching components across two SBOMs. Versions are never part of a key: a
// version change is a change of the same component, not a removal plus an addition.
// purl types whose spec says namespace/name are case-insensitive (stored lower-case).
const CASE_INSENSITIVE_TYPES = new Set([
    'alpm',
    'apk',
    'bitbucket',
    'composer',
    'deb',
    'github',
    'hex',
    'npm',
    'pypi',
]);
function decode(s) {
    if (!s.includes('%'))
        return s;
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** Lenient Package URL parser; undefined when the string is not a purl at all. */
function parsePurl(purl) {
    let rest = purl.trim();
    if (!/^pkg:/i.test(rest))
        return undefined;
    rest = rest.slice(4).replace(/^\/+/, '');
    let subpath;
    const hash = rest.indexOf('#');
    if (hash !== -1) {
        subpath = rest.slice(hash + 1).replace(/^\/+|\/+$/g, '') || undefined;
        rest = rest.slice(0, hash);
    }
    let qualifiers = [];
    const q = rest.indexOf('?');
    if (q !== -1) {
        for (const pair of rest.slice(q + 1).split('&')) {
            const eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const value = decode(pair.slice(eq + 1));
            if (value !== '')
                qualifiers.push([pair.slice(0, eq).toLowerCase(), value]);
        }
        if (qualifiers.length > 1)
            qualifiers = qualifiers.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        rest = rest.slice(0, q);
    }
    let version;
    const at = rest.lastIndexOf('@');
    if (at > rest.lastIndexOf('/')) {
        version = decode(rest.slice(at + 1)) || undefined;
        rest = rest.slice(0, at);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0)
        return undefined;
    const type = rest.slice(0, slash).toLowerCase();
    const segments = rest
        .slice(slash + 1)
        .split('/')
        .filter((s) => s !== '')
        .map(decode);
    const lower = CASE_INSENSITIVE_TYPES.has(type);
    const name = segments.pop();
    if (name === undefined)
        return undefined;
    const namespace = segments.length > 0 ? segments.join('/') : undefined;
    const parsed = {
        type,
        name: lower ? name.toLowerCase() : name,
        qualifiers,
    };
    if (namespace !== undefined)
        parsed.namespace = lower ? namespace.toLowerCase() : namespace;
    if (version !== undefined)
        parsed.version = version;
    if (subpath !== undefined)
        parsed.subpath = subpath;
    return parsed;
}
/** Canonical purl without its version; qualifiers kept (Debian `?arch=source` ≠ `?arch=amd64`). */
function purlKey(p) {
    let key = `pkg:${p.type}/${p.namespace === undefined ? '' : `${p.namespace}/`}${p.name}`;
    if (p.qualifiers.length > 0)
        key += `?${p.qualifiers.map(([k, v]) => `${k}=${v}`).join('&')}`;
    if (p.subpath !== undefined)
        key += `#${p.subpath}`;
    return key;
}
// Qualifiers that name a different artefact of the same package (not a different place to get it):
// two components disagreeing on one of these are never the same component.
const ARTEFACT_QUALIFIERS = new Set(['arch', 'classifier', 'os', 'platform', 'type']);
/** Qualifier values that pin the artefact, e.g. `arch=amd64`; '' when there are none. */
function artefactSignature(p) {
    if (p === undefined)
        return '';
    let sig = '';
    for (const [k, v] of p.qualifiers)
        if (ARTEFACT_QUALIFIERS.has(k))
            sig += `${k}=${v};`;
    return sig;
}
/** purlKey/type/artefactSignature in one go, with a fast path for already-canonical purls. */
function purlIdentity(purl) {
    if (scanCanonicalPurl(purl)) {
        const { typeEnd, nameEnd, q, eq } = SCAN;
        const key = q === -1 ? purl.slice(0, nameEnd) : purl.slice(0, nameEnd) + purl.slice(q);
        const signature = q !== -1 && ARTEFACT_QUALIFIERS.has(purl.slice(q + 1, eq)) ? `${purl.slice(q + 1)};` : '';
        return { key, type: purl.slice(4, typeEnd), signature };
    }
    const p = parsePurl(purl);
    return p === undefined ? undefined : { key: purlKey(p), type: p.type, signature: artefactSignature(p) };
}
/** Where the parts of the last canonical purl scanned are; valid after scanCanonicalPurl() → true. */
const SCAN = { typeEnd: 0, nameEnd: 0, q: -1, eq: -1, hash: 0 };
/**
 * Most purls in real SBOMs are already canonical (lower-case type, no escapes or empty segments
 * before the version, at most one plain qualifier): their key is s[0, nameEnd) + s[q, end), found
 * in one scan without allocating, together with the key's FNV-1a hash (see keyHash). Anything
 * unusual returns false and must take the full parser, which yields the same key.
 */
function scanCanonicalPurl(s) {
    const n = s.length;
    if (!s.startsWith('pkg:') || s.charCodeAt(n - 1) <= 32)
        return false;
    let typeEnd = -1;
    let q = -1;
    let eq = -1;
    let lastSlash = -1;
    let lastAt = -1;
    let firstOddity = n; // first '%' or '//' after the type: fine only inside the version
    let firstUpper = n;
    let h = fnv(FNV_OFFSET, s, 0, 4); // running hash of s[0, i) up to the '?'
    let hAt = 0; // h just before the last '@'
    for (let i = 4; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === 35 /* # */)
            return false;
        if (q === -1 && c !== 63) {
            if (c === 64)
                hAt = h;
            h = Math.imul(h ^ c, FNV_PRIME);
        }
        if (q !== -1) {
            if (c === 38 /* & */ || c === 37 /* % */)
                return false;
            if (c === 61 /* = */ && eq === -1)
                eq = i;
            else if (eq === -1 && c >= 65 && c <= 90)
                return false;
            continue;
        }
        if (c === 63 /* ? */) {
            q = i;
        }
        else if (c === 47 /* / */) {
            if (typeEnd === -1)
                typeEnd = i;
            else if (s.charCodeAt(i - 1) === 47 && firstOddity === n)
                firstOddity = i;
            lastSlash = i;
        }
        else if (c === 64 /* @ */) {
            lastAt = i;
        }
        else if (typeEnd === -1) {
            if (c >= 65 && c <= 90)
                return false;
        }
        else if (c === 37 /* % */) {
            if (firstOddity === n)
                firstOddity = i;
        }
        else if (c >= 65 && c <= 90 && firstUpper === n) {
            firstUpper = i;
        }
    }
    const nameEnd = lastAt > lastSlash ? lastAt : q === -1 ? n : q;
    if (typeEnd <= 4 || nameEnd <= typeEnd + 1 || lastSlash === nameEnd - 1 || firstOddity < nameEnd)
        return false;
    if (q !== -1 && (eq <= q + 1 || eq === n - 1))
        return false;
    if (firstUpper < nameEnd && CASE_INSENSITIVE_TYPES.has(s.slice(4, typeEnd)))
        return false;
    SCAN.typeEnd = typeEnd;
    SCAN.nameEnd = nameEnd;
    SCAN.q = q;
    SCAN.eq = eq;
    const prefix = nameEnd === lastAt ? hAt : h;
    SCAN.hash = q === -1 ? prefix : fnv(prefix, s, q, n);
    return true;
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function fnv(h, s, from, to) {
    for (let i = from; i < to; i++)
        h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
    return h;
}
/** FNV-1a of a whole key string; equals SCAN.hash for the key of a canonical purl. */
function keyHash(key) {
    return fnv(FNV_OFFSET, key, 0, key.length);
}
/** `vendor:product` from a CPE 2.2 URI or 2.3 formatted string; undefined for wildcards or junk. */
function cpeKey(cpe) {
    const s = cpe.trim();
    let parts;
    if (/^cpe:2\.3:/i.test(s)) {
        parts = splitCpe23(s.slice(8));
    }
    else if (/^cpe:\//i.test(s)) {
        parts = s.slice(5).split(':').map(decode);
    }
    else {
        return undefined;
    }
    const vendor = parts[1]?.toLowerCase();
    const product = parts[2]?.toLowerCase();
    if (!vendor || !product || vendor === '*' || vendor === '-' || product === '*' || product === '-')
        return undefined;
    return `${vendor}:${product}`;
}
function splitCpe23(s) {
    const out = [];
    let cur = '';
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (ch === '\\' && i + 1 < s.length) {
            cur += s[++i];
        }
        else if (ch === ':') {
            out.push(cur);
            cur = '';
        }
        else {
            cur += ch;
        }
        if (out.length > 3)
            break;
    }
    out.push(cur);
    return out;
}


/***/ }),

/***/ 63273:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K_: () => (/* reexport safe */ _normalised_js__WEBPACK_IMPORTED_MODULE_6__.K_),
/* harmony export */   Qj: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_2__.Q),
/* harmony export */   Qw: () => (/* reexport safe */ _normalised_js__WEBPACK_IMPORTED_MODULE_6__.Qw),
/* harmony export */   Zy: () => (/* reexport safe */ _version_order_js__WEBPACK_IMPORTED_MODULE_4__.Z),
/* harmony export */   kH: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_0__.kH)
/* harmony export */ });
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81647);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42515);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43394);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36316);
/* harmony import */ var _version_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20272);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58031);
/* harmony import */ var _normalised_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14315);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26449);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_validate_js__WEBPACK_IMPORTED_MODULE_1__, _normalised_js__WEBPACK_IMPORTED_MODULE_6__]);
([_validate_js__WEBPACK_IMPORTED_MODULE_1__, _normalised_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Public surface of the SBOM core: pure functions over strings/bytes, no I/O, no clock, no env.










__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 36316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ matchEach)
/* harmony export */ });
/* unused harmony export matchComponents */
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58031);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22811);
/* harmony import */ var _version_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20272);
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
    };
    for (let i = 0; i < n; i++) {
        const purl = items[i].purl;
        if (purl === undefined)
            continue;
        if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .scanCanonicalPurl */ .xz)(purl)) {
            s.keyStr[i] = purl;
            s.keyEnd[i] = _identity_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN */ .wB.nameEnd;
            s.keyQ[i] = _identity_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN */ .wB.q;
            s.keyHash[i] = _identity_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN */ .wB.hash;
        }
        else {
            const key = (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .purlIdentity */ .we)(purl)?.key;
            if (key === undefined)
                continue;
            s.keyStr[i] = key;
            s.keyEnd[i] = key.length;
            s.keyQ[i] = -1;
            s.keyHash[i] = (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .keyHash */ .aE)(key);
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
        info = (purl === undefined ? undefined : (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .purlIdentity */ .we)(purl)) ?? null;
        s.info[i] = info;
    }
    return info;
}
const purlType = (s, i) => purlInfo(s, i)?.type;
const signature = (s, i) => purlInfo(s, i)?.signature ?? '';
const byCpe = (s, i) => {
    const cpe = s.items[i].cpe;
    return cpe === undefined ? undefined : (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .cpeKey */ .us)(cpe);
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
    for (let i = 0; i < b.items.length; i++) {
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
    const scheme = (0,_version_order_js__WEBPACK_IMPORTED_MODULE_2__/* .versionSchemeFor */ .D)(types.sort(_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt)[0]);
    const order = (s) => (x, y) => {
        const vx = s.items[x].version ?? '';
        const vy = s.items[y].version ?? '';
        return (0,_version_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Z)(vx, vy, scheme) ?? (0,_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt)(vx, vy);
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
    const keyed = idx.map((i) => ({ i, k: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .componentSortKey */ .Pu)(s.items[i]) }));
    keyed.sort((x, y) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt)(x.k, y.k));
    return keyed.map((e) => e.i);
}


/***/ }),

/***/ 14315:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K_: () => (/* binding */ sbomDigest),
/* harmony export */   Qw: () => (/* binding */ serialiseNormalised)
/* harmony export */ });
/* unused harmony export normalisedDigest */
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
// Nesting is rebuilt from each component's path of parent names; when a name is ambiguous the
// first parent in sort order wins, and a path that names no component leaves it at top level.
function placeComponents(ctx, components, root, rootModel) {
    const placed = components.map((c) => [c, addComponent(ctx, c)]);
    const byPath = new Map();
    for (const [c, model] of placed) {
        const key = [...c.path, c.name].join('\u0000');
        if (!byPath.has(key))
            byPath.set(key, model);
    }
    const topLevel = [];
    for (const [c, model] of placed) {
        const parent = c.path.length === 0
            ? undefined
            : c.path.length === 1 && root !== undefined && c.path[0] === root.name
                ? rootModel
                : byPath.get(c.path.join('\u0000'));
        if (parent === undefined)
            topLevel.push(model);
        else
            parent.components.add(model);
    }
    return topLevel;
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
    const byPath = new Map();
    for (const [s, model] of placed) {
        const key = [...s.path, s.name].join('\u0000');
        if (!byPath.has(key))
            byPath.set(key, model);
    }
    const topLevel = [];
    for (const [s, model] of placed) {
        const parent = s.path.length === 0 ? undefined : byPath.get(s.path.join('\u0000'));
        if (parent === undefined)
            topLevel.push(model);
        else
            parent.services.add(model);
    }
    return topLevel;
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
    return normalisedDigest(serialiseNormalised(inv));
}
/** The digest of an already normalised SBOM text (what {@link serialiseNormalised} gave). */
function normalisedDigest(normalised) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(normalised, 'utf8').digest('hex')}`;
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
