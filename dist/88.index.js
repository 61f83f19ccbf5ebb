export const id = 88;
export const ids = [88];
export const modules = {

/***/ 15334:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSbomFile: () => (/* binding */ loadSbomFile)
/* harmony export */ });
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81647);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42515);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

/**
 * Read one SBOM file into an inventory; unreadable is an error, schema problems count as configured
 * (`skip`: not validated — the registered SBOM, which labelguard generated and whose digest is checked).
 */
function loadSbomFile(file, bytes, schemaSeverity) {
    // The bytes go to the parser as they are, so an oversized file is refused before anything decodes it
    // into a string; the reader and the validator then share the one parse.
    const parsed = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSbom */ .rl)(bytes, file, { positions: schemaSeverity !== 'skip' });
    const read = parsed.ok ? (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readParsed */ .mY)(parsed, file) : parsed;
    if (!read.ok) {
        return {
            findings: read.problems.map((p) => ({
                ruleId: 'sbom.unreadable',
                severity: 'error',
                message: p.message,
                hint: p.hint,
                file: p.file,
                line: p.line ?? 1,
                column: p.column ?? 1,
            })),
        };
    }
    const problems = [
        ...read.warnings,
        ...(schemaSeverity === 'skip' || !parsed.ok ? [] : (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validateParsed */ .i)(parsed, file, read.sbom)),
    ];
    return {
        inventory: read.sbom,
        findings: problems.map((p) => ({
            ruleId: 'sbom.schema',
            severity: schemaSeverity === 'skip' ? 'warning' : schemaSeverity,
            message: p.message,
            hint: p.hint,
            file: p.file,
            line: p.line ?? 1,
            column: p.column ?? 1,
        })),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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
/* unused harmony exports purlName, artefactSignature */
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22811);
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
            qualifiers = qualifiers.sort((a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .Kt)(a[0], b[0]));
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
/** The name part of a purl's key: `pkg:type/namespace/name`, without version, qualifiers or subpath. */
function purlName(p) {
    return `pkg:${p.type}/${p.namespace === undefined ? '' : `${p.namespace}/`}${p.name}`;
}
/** Canonical purl without its version; qualifiers kept (Debian `?arch=source` ≠ `?arch=amd64`). */
function purlKey(p) {
    let key = purlName(p);
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
        return { key, nameEnd, type: purl.slice(4, typeEnd), signature };
    }
    const p = parsePurl(purl);
    if (p === undefined)
        return undefined;
    return { key: purlKey(p), nameEnd: purlName(p).length, type: p.type, signature: artefactSignature(p) };
}
/** Where the parts of the last canonical purl scanned are; valid after scanCanonicalPurl() → true. */
const SCAN = { typeEnd: 0, nameEnd: 0, q: -1, eq: -1, hash: 0 };
/**
 * Most purls in real SBOMs are already canonical (lower-case type, no escapes or empty segments
 * before the version, at most one plain qualifier): their key is s[0, nameEnd) + s[q, end), found
 * in one scan without allocating, together with the key's hash (see keyHash). Anything
 * unusual returns false and must take the full parser, which yields the same key.
 */
function scanCanonicalPurl(s) {
    const n = s.length;
    if (!s.startsWith('pkg:') || s.charCodeAt(n - 1) <= 32)
        return false;
    let typeEnd = -1;
    let lastSlash = -1;
    let lastAt = -1;
    let firstOddity = n; // first '%' or '//' after the type: fine only inside the version
    let firstUpper = n;
    // The hash lanes of s[0, i) (see keyHash): x takes the next character. 'pkg:' is always the same.
    let x = PKG_X;
    let y = PKG_Y;
    let xAt = 0; // the lanes just before the last '@'
    let yAt = 0;
    let i = 4;
    // Up to the qualifiers. Most characters (lower-case letters, digits, '.', '-') mean nothing here
    // but their hash, so they take the first branch alone.
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 90 || (c >= 48 && c <= 57) || c === 45 || c === 46) {
            const t = Math.imul(x ^ c, FNV_PRIME);
            x = y;
            y = t;
            continue;
        }
        if (c === 63 /* ? */)
            break;
        if (c === 35 /* # */)
            return false;
        if (c === 47 /* / */) {
            if (typeEnd === -1)
                typeEnd = i;
            else if (s.charCodeAt(i - 1) === 47 && firstOddity === n)
                firstOddity = i;
            lastSlash = i;
        }
        else if (c === 64 /* @ */) {
            lastAt = i;
            xAt = x;
            yAt = y;
        }
        else if (typeEnd === -1) {
            if (c >= 65)
                return false; // upper case in the type
        }
        else if (c === 37 /* % */) {
            if (firstOddity === n)
                firstOddity = i;
        }
        else if (c >= 65 && firstUpper === n) {
            firstUpper = i;
        }
        const t = Math.imul(x ^ c, FNV_PRIME);
        x = y;
        y = t;
    }
    const q = i < n ? i : -1;
    let eq = -1;
    // The qualifier: one plain `key=value`, key in lower case.
    for (i++; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === 35 /* # */ || c === 38 /* & */ || c === 37 /* % */)
            return false;
        if (eq === -1) {
            if (c === 61 /* = */)
                eq = i;
            else if (c >= 65 && c <= 90)
                return false;
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
    const atVersion = nameEnd === lastAt;
    SCAN.hash = lanes(atVersion ? xAt : x, atVersion ? yAt : y, s, q === -1 ? n : q, n);
    return true;
}
const FNV_PRIME = 0x01000193;
/**
 * The hash of s[from, to) continued from lanes x (which takes the next character) and y: two FNV-1a
 * lanes taking alternate characters, so each multiply waits only for the one two characters back.
 * keyHash of the 100,000 purls of the 50k bench pair: 23.7 ms with one lane over every character,
 * 12.1 ms with two (Node 24; Node 20 24.0 -> 12.3 ms); their canonical scan 24 -> 18 ms.
 */
function lanes(x, y, s, from, to) {
    let i = from;
    for (; i + 1 < to; i += 2) {
        x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
        y = Math.imul(y ^ s.charCodeAt(i + 1), FNV_PRIME);
    }
    if (i < to) {
        const t = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
        x = y;
        y = t;
    }
    return Math.imul(x, FNV_PRIME) ^ y;
}
// The two lanes' offsets, and the lanes after 'pkg:', where every purl starts.
const X0 = 0x811c9dc5;
const Y0 = 0x050c5d1f;
const PKG_X = Math.imul(Math.imul(X0 ^ 0x70 /* p */, FNV_PRIME) ^ 0x67 /* g */, FNV_PRIME);
const PKG_Y = Math.imul(Math.imul(Y0 ^ 0x6b /* k */, FNV_PRIME) ^ 0x3a /* : */, FNV_PRIME);
/** The hash of a whole key string; equals SCAN.hash for the key of a canonical purl. */
function keyHash(key) {
    return lanes(X0, Y0, key, 0, key.length);
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

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ locateJsonPointers)
/* harmony export */ });
// Finds where JSON pointers point in the source text, so schema errors can carry line/column.
// One iterative pass over text that JSON.parse already accepted; only run when there are errors.
function escapeToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** UTF-16 offsets of the values at the wanted JSON pointers ('' is the whole document). */
function locateJsonPointers(text, wanted) {
    const found = new Map();
    if (wanted.size === 0)
        return found;
    const n = text.length;
    const stack = [];
    let i = 0;
    let ptr = '';
    const skipWs = () => {
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            i++;
        }
    };
    const skipString = () => {
        // i is at the opening quote
        i++;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x5c)
                i += 2;
            else if (c === 0x22) {
                i++;
                return;
            }
            else
                i++;
        }
    };
    const readKey = () => {
        skipWs();
        const start = i;
        skipString();
        const key = JSON.parse(text.slice(start, i));
        skipWs();
        i++; // ':'
        return key;
    };
    const childPtr = (frame) => `${frame.ptr}/${frame.isArray ? String(frame.index) : escapeToken(readKey())}`;
    outer: while (i < n) {
        skipWs();
        if (wanted.has(ptr) && !found.has(ptr)) {
            found.set(ptr, i);
            if (found.size === wanted.size)
                break;
        }
        const c = text[i];
        if (c === '{' || c === '[') {
            const frame = { ptr, isArray: c === '[', index: 0 };
            i++;
            skipWs();
            if (text[i] !== (c === '{' ? '}' : ']')) {
                stack.push(frame);
                ptr = childPtr(frame);
                continue;
            }
            i++;
        }
        else if (c === '"') {
            skipString();
        }
        else {
            while (i < n && !/[\s,\]}]/.test(text[i]))
                i++;
        }
        // After a complete value: move to the next sibling, closing containers as needed.
        for (;;) {
            skipWs();
            const top = stack[stack.length - 1];
            if (top === undefined || i >= n)
                break outer;
            if (text[i] === ',') {
                i++;
                top.index++;
                ptr = childPtr(top);
                continue outer;
            }
            i++;
            stack.pop();
        }
    }
    return found;
}


/***/ }),

/***/ 22811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Pu: () => (/* binding */ componentSortKey),
/* harmony export */   Z$: () => (/* binding */ sortedUnique),
/* harmony export */   _c: () => (/* binding */ normaliseProperties),
/* harmony export */   bZ: () => (/* binding */ sortHashes),
/* harmony export */   d3: () => (/* binding */ serviceSortKey),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   jU: () => (/* binding */ makeHash),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   r6: () => (/* binding */ sortByKey)
/* harmony export */ });
/* unused harmony export normaliseHashAlg */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
// Value normalisation shared by the JSON and XML readers, so both formats yield identical data.

/** Code-unit comparison: locale-independent, so sort orders (and digests) match on every machine. */
const compareStrings = _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6;
/** Trimmed string, or undefined for anything else (numbers are accepted and stringified). */
function str(v) {
    if (typeof v === 'string') {
        const t = v.trim();
        return t === '' ? undefined : t;
    }
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return undefined;
}
function bool(v) {
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string') {
        const t = v.trim();
        if (t === 'true' || t === '1')
            return true;
        if (t === 'false' || t === '0')
            return false;
    }
    return undefined;
}
const CANONICAL_HASH_ALGS = [
    'MD5',
    'SHA-1',
    'SHA-256',
    'SHA-384',
    'SHA-512',
    'SHA3-256',
    'SHA3-384',
    'SHA3-512',
    'BLAKE2b-256',
    'BLAKE2b-384',
    'BLAKE2b-512',
    'BLAKE3',
    'Streebog-256',
    'Streebog-512',
];
const CANONICAL = new Set(CANONICAL_HASH_ALGS);
const HASH_ALGS = new Map(CANONICAL_HASH_ALGS.map((alg) => [squash(alg), alg]));
function squash(alg) {
    return alg.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
/** Maps `sha256`, `SHA_256`, `sha-256` … to the CycloneDX spelling; unknown algorithms pass through trimmed. */
function normaliseHashAlg(alg) {
    if (CANONICAL.has(alg))
        return alg;
    return HASH_ALGS.get(squash(alg)) ?? alg.trim();
}
/** A normalised hash: canonical algorithm name, lower-case hex. */
function makeHash(alg, content) {
    const trimmed = content.trim();
    // Node 24's toLowerCase returns a copy even of lower-case text; keeping the copy in every hash
    // would double what an inventory's digests cost, so the copy is dropped at once when nothing changed.
    const lower = trimmed.toLowerCase();
    return { alg: normaliseHashAlg(alg), content: lower === trimmed ? trimmed : lower };
}
/** Sorts by algorithm then content and drops exact duplicates (in place when possible). */
function sortHashes(hashes) {
    if (hashes.length < 2)
        return hashes;
    hashes.sort((a, b) => compareStrings(a.alg, b.alg) || compareStrings(a.content, b.content));
    return hashes.filter((h, i) => i === 0 || h.alg !== hashes[i - 1].alg || h.content !== hashes[i - 1].content);
}
function normaliseProperties(raw) {
    if (raw.length < 2)
        return raw;
    raw.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.value, b.value));
    return raw.filter((p, i) => i === 0 || p.name !== raw[i - 1].name || p.value !== raw[i - 1].value);
}
function sortedUnique(values) {
    if (values.length < 2)
        return values;
    values.sort(compareStrings);
    return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}
/**
 * Total, content-based sort key: equal keys mean the diff cannot tell the components apart, so any
 * order between them is equally deterministic.
 */
function componentSortKey(c) {
    return [
        c.name,
        c.group ?? '',
        c.version ?? '',
        c.type,
        c.purl ?? '',
        c.cpe ?? '',
        c.path.join('/'),
        c.supplier ?? '',
        c.manufacturer ?? '',
        c.publisher ?? '',
        c.hashes.map((h) => `${h.alg}:${h.content}`).join(','),
        c.properties.map((p) => `${p.name}=${p.value}`).join('\u0001'),
        c.licenses.join('\u0001'),
        c.cryptoProperties === undefined ? '' : JSON.stringify(c.cryptoProperties),
    ].join('\u0000');
}
function serviceSortKey(s) {
    return [
        s.name,
        s.group ?? '',
        s.version ?? '',
        s.path.join('/'),
        s.provider ?? '',
        String(s.authenticated),
        String(s.trustBoundary),
        s.endpoints.join('\u0001'),
    ].join('\u0000');
}
/** Sorts by a precomputed key, computing each key once. */
function sortByKey(items, key) {
    if (items.length < 2)
        return items;
    const keyed = items.map((item) => ({ item, k: key(item) }));
    keyed.sort((a, b) => compareStrings(a.k, b.k));
    return keyed.map((e) => e.item);
}


/***/ }),

/***/ 23837:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashAlgorithms),
/* harmony export */   Ej: () => (/* binding */ spdxIds),
/* harmony export */   Ru: () => (/* binding */ componentTypes),
/* harmony export */   qj: () => (/* binding */ jsonSchemaValidator)
/* harmony export */ });
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64217);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17665);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

const bomSchema = (v) => (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .cyclonedxSchemaFile */ .h)(`bom-${v}.SNAPSHOT.schema.json`);
/** Component types the given spec version allows (from its schema, so it matches validation). */
function componentTypes(v) {
    return bomSchema(v).definitions.component.properties.type.enum;
}
/** Hash algorithms the given spec version allows. */
function hashAlgorithms(v) {
    return bomSchema(v).definitions['hash-alg'].enum;
}
let spdxIdSet;
/** SPDX licence ids CycloneDX accepts in `license.id`. */
function spdxIds() {
    return (spdxIdSet ??= new Set((0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .cyclonedxSchemaFile */ .h)('spdx.SNAPSHOT.schema.json').enum));
}
/** The validator for a spec version (compiled when labelguard was built; else on first use). */
function jsonSchemaValidator(v) {
    return (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validator */ .Nc)(`bom-${v}`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 33215:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ validateXmlStructure)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20969);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23837);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55604);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_js__WEBPACK_IMPORTED_MODULE_0__]);
_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Best-effort structural validation of CycloneDX XML. Full XSD validation needs a native or wasm
// validator we chose not to ship; these checks cover what the diff and the rules depend on:
// component type present and allowed for the spec version, component name present, hash algorithm
// known and digest well-formed for its algorithm, service name and dependency ref present.
// Anything else the XSD would reject (ordering, unknown elements, facets elsewhere) passes here.



// Hex digest lengths per algorithm; BLAKE3 is variable, so it gets the schema's generic lengths.
const DIGEST_LENGTHS = {
    MD5: [32],
    'SHA-1': [40],
    'SHA-256': [64],
    'SHA-384': [96],
    'SHA-512': [128],
    'SHA3-256': [64],
    'SHA3-384': [96],
    'SHA3-512': [128],
    'BLAKE2b-256': [64],
    'BLAKE2b-384': [96],
    'BLAKE2b-512': [128],
    BLAKE3: [32, 40, 64, 96, 128],
    'Streebog-256': [64],
    'Streebog-512': [128],
};
/** Structural checks on a parsed XML <bom>; `source` is the XML text, for line numbers. */
function validateXmlStructure(bom, version, source, file) {
    const types = new Set((0,_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .componentTypes */ .Ru)(version));
    const algs = new Set((0,_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .hashAlgorithms */ .D)(version));
    const problems = [];
    const report = (n, where, message) => {
        const { line, column } = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(source, n);
        problems.push((0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .problem */ .CC)(file, `schema (CycloneDX ${version} XML, best-effort): ${where}: ${message}`, _problems_js__WEBPACK_IMPORTED_MODULE_2__/* .HINTS */ .NI.schema, line, column));
    };
    const metadataComponent = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)(bom, 'metadata'), 'component');
    const queue = [];
    if (metadataComponent !== undefined)
        queue.push([metadataComponent, '/bom/metadata/component']);
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(bom, 'components', 'component').forEach((c, i) => queue.push([c, `/bom/components/component[${i + 1}]`]));
    // A queue, not recursion: nesting is already bounded by the parser, but a loop costs nothing.
    for (let q = 0; q < queue.length; q++) {
        const [c, where] = queue[q];
        const type = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attr */ .CF)(c, 'type');
        if (type === undefined)
            report(c, where, "component is missing required attribute 'type'");
        else if (!types.has(type))
            report(c, where, `component type ${JSON.stringify(type)} is not allowed in ${version} (allowed: ${[...types].join(', ')})`);
        if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(c, 'name') === undefined)
            report(c, where, "component is missing required element 'name'");
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(c, 'hashes', 'hash').forEach((h, i) => {
            const at = `${where}/hashes/hash[${i + 1}]`;
            const alg = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attr */ .CF)(h, 'alg');
            const content = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .ownText */ .U3)(h) ?? '';
            if (alg === undefined) {
                report(h, at, "hash is missing required attribute 'alg'");
            }
            else if (!algs.has(alg)) {
                report(h, at, `hash algorithm ${JSON.stringify(alg)} is not allowed in ${version}`);
            }
            else {
                const lengths = DIGEST_LENGTHS[alg] ?? [];
                if (!/^[0-9a-fA-F]+$/.test(content) || !lengths.includes(content.length)) {
                    report(h, at, `${alg} hash ${JSON.stringify(content.slice(0, 80))} is not ${lengths.join(' or ')} hexadecimal characters`);
                }
            }
        });
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(c, 'components', 'component').forEach((k, i) => queue.push([k, `${where}/components/component[${i + 1}]`]));
    }
    const services = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(bom, 'services', 'service').map((s, i) => [
        s,
        `/bom/services/service[${i + 1}]`,
    ]);
    for (let q = 0; q < services.length; q++) {
        const [s, where] = services[q];
        if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(s, 'name') === undefined)
            report(s, where, "service is missing required element 'name'");
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(s, 'services', 'service').forEach((k, i) => services.push([k, `${where}/services/service[${i + 1}]`]));
    }
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(bom, 'dependencies', 'dependency').forEach((d, i) => {
        const where = `/bom/dependencies/dependency[${i + 1}]`;
        if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attr */ .CF)(d, 'ref') === undefined)
            report(d, where, "dependency is missing required attribute 'ref'");
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(d.dependency).forEach((k, j) => {
            if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attr */ .CF)(k, 'ref') === undefined)
                report(k, `${where}/dependency[${j + 1}]`, "dependency is missing required attribute 'ref'");
        });
    });
    return problems;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 42515:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ validateParsed)
/* harmony export */ });
/* unused harmony export validateSbom */
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30405);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26449);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20969);
/* harmony import */ var _json_locate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3770);
/* harmony import */ var _read_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89292);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23837);
/* harmony import */ var _validate_xml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33215);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55604);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_validate_xml_js__WEBPACK_IMPORTED_MODULE_2__, _schemas_js__WEBPACK_IMPORTED_MODULE_5__]);
([_validate_xml_js__WEBPACK_IMPORTED_MODULE_2__, _schemas_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Schema validation, kept apart from reading: callers decide whether a schema problem is a warning
// or an error (config `sbom_schema`). JSON is checked against the official schema; XML gets the
// best-effort structural checks in validate-xml.ts (no native or wasm XSD validator).









/**
 * Validates a CycloneDX document against its declared spec version; [] means valid. `sbom` (the
 * result of readSbom on the same input) is optional and only saves re-detecting the version.
 */
function validateSbom(input, fileName, sbom, opts = {}) {
    const parsed = parseSbom(input, fileName, { ...opts, positions: true });
    return parsed.ok ? validateParsed(parsed, fileName, sbom, opts) : parsed.problems;
}
/**
 * Validates an SBOM parsed by parseSbom (the same parse readParsed read: a file is decoded and parsed
 * once). An XML document parsed without positions is parsed again with them, for line numbers.
 */
function validateParsed(parsed, fileName, sbom, opts = {}) {
    const maxDepth = opts.maxDepth ?? _input_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_DEPTH */ .J;
    const maxProblems = opts.maxProblems ?? 100;
    if (parsed.format === 'xml') {
        const xml = parsed.positions ? parsed : (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCycloneDxXml */ .MI)(parsed.text, fileName, maxDepth, true);
        if (!xml.ok)
            return xml.problems;
        return cap((0,_validate_xml_js__WEBPACK_IMPORTED_MODULE_2__/* .validateXmlStructure */ .H)(xml.bom, sbom?.specVersion ?? xml.specVersion, parsed.text, fileName), maxProblems, fileName);
    }
    const doc = parsed.doc;
    const version = sbom?.specVersion ?? (0,_read_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonSpecVersion */ .m)(doc);
    if (version === undefined) {
        const declared = doc?.specVersion;
        return [
            (0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)(fileName, `cannot validate: specVersion ${JSON.stringify(declared ?? null)} is not a CycloneDX version labelguard supports (1.2–1.7)`, _problems_js__WEBPACK_IMPORTED_MODULE_4__/* .HINTS */ .NI.specVersion),
        ];
    }
    // ajv's generated code recurses with the document, so bound the depth it can see.
    if ((0,_input_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDepthExceeds */ .LL)(doc, (0,_input_js__WEBPACK_IMPORTED_MODULE_0__/* .structuralDepthLimit */ .CD)(maxDepth))) {
        return [
            (0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)(fileName, `cannot validate: JSON nested more than ${(0,_input_js__WEBPACK_IMPORTED_MODULE_0__/* .structuralDepthLimit */ .CD)(maxDepth)} levels deep`, _problems_js__WEBPACK_IMPORTED_MODULE_4__/* .HINTS */ .NI.depth),
        ];
    }
    const validate = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonSchemaValidator */ .qj)(version);
    if (validate(doc))
        return [];
    const errors = validate.errors ?? [];
    const offsets = (0,_json_locate_js__WEBPACK_IMPORTED_MODULE_6__/* .locateJsonPointers */ .D)(parsed.text, new Set(errors.slice(0, maxProblems * 4).map((e) => e.instancePath)));
    const seen = new Set();
    const problems = [];
    for (const e of errors) {
        const message = `schema (CycloneDX ${version}): ${(0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_7__/* .sbomSchemaMessage */ .a5)(e, doc)}`;
        if (seen.has(message))
            continue;
        seen.add(message);
        const offset = offsets.get(e.instancePath);
        const at = offset === undefined ? undefined : (0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .lineColumn */ .rv)(parsed.text, offset);
        problems.push((0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)(fileName, message, _problems_js__WEBPACK_IMPORTED_MODULE_4__/* .HINTS */ .NI.schema, at?.line, at?.column));
    }
    return cap(problems, maxProblems, fileName);
}
function cap(problems, max, file) {
    if (problems.length <= max)
        return problems;
    const kept = problems.slice(0, max);
    kept.push((0,_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)(file, `… and ${problems.length - max} more schema problems`, _problems_js__WEBPACK_IMPORTED_MODULE_4__/* .HINTS */ .NI.schema));
    return kept;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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


/***/ })

};
