export const id = 81;
export const ids = [81];
export const modules = {

/***/ 49760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ summarise)
/* harmony export */ });
/** Only the summary's fields of a valid manifest and filing, copied (nothing else stays reachable). */
function summarise(manifest, filing) {
    return {
        ...(manifest ? { manifest: manifestSummary(manifest) } : {}),
        ...(filing ? { filing: filingSummary(filing) } : {}),
    };
}
function manifestSummary(m) {
    const test = m.evidence?.test_report?.date;
    const pentest = m.evidence?.pentest_report?.date;
    const supportEnd = m.security?.updates?.support_end;
    return {
        id: m.id,
        model: m.model,
        category: m.category,
        labels: m.labels.map((l) => ({ scheme: l.scheme, stars: l.stars })),
        ...(m.evidence
            ? {
                evidence: {
                    ...(test !== undefined ? { test_report: { date: test } } : {}),
                    ...(pentest !== undefined ? { pentest_report: { date: pentest } } : {}),
                },
            }
            : {}),
        ...(supportEnd !== undefined ? { security: { updates: { support_end: supportEnd } } } : {}),
    };
}
function filingSummary(f) {
    const label = f.label;
    return {
        scheme: f.scheme,
        status: f.status,
        ...(f.status_since !== undefined ? { status_since: f.status_since } : {}),
        ...(label
            ? {
                label: {
                    ...(label.stars !== undefined ? { stars: label.stars } : {}),
                    ...(label.filing_code !== undefined ? { filing_code: label.filing_code } : {}),
                    ...(label.valid_until !== undefined ? { valid_until: label.valid_until } : {}),
                },
            }
            : {}),
        ...(f.baseline?.stars !== undefined ? { baseline: { stars: f.baseline.stars } } : {}),
        ...(f.changes ? { changes: f.changes.map((c) => ({ id: c.id, status: c.status })) } : {}),
    };
}


/***/ }),

/***/ 50690:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ refilingPendingFindings)
/* harmony export */ });
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68922);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_0__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

const pendingStatuses = new Set(['refiling-required', 'refiling-submitted']);
/**
 * A product whose recorded changes still wait for the authority: the label printed on its packaging
 * does not yet match the product. Blocking only where the policy says so (e.g. on release branches).
 */
function refilingPendingFindings(p, block) {
    const f = p.filing;
    if (!f)
        return [];
    const pendingEntries = (f.changes ?? []).filter((c) => pendingStatuses.has(c.status));
    if (!pendingStatuses.has(f.status) && pendingEntries.length === 0)
        return [];
    const ids = pendingEntries.map((c) => c.id).join(', ');
    return [
        {
            ruleId: 'policy.refiling-pending',
            severity: block ? 'error' : 'info',
            message: `refiling is pending (filing status ${f.status}${ids ? `; change-log entries ${ids}` : ''}): the label on the packaging does not match the product yet`,
            hint: block
                ? 'This branch does not accept products with a pending refiling: wait for the new filing to be granted, then set status: granted.'
                : 'Submit the refiling; set status: refiling-submitted, then granted with the new filing code.',
            productId: p.id,
            ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(p, 'filing', ['status']),
        },
    ];
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 40495:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPolicyPacks: () => (/* reexport safe */ _packs_js__WEBPACK_IMPORTED_MODULE_1__.loadPolicyPacks),
/* harmony export */   productStages: () => (/* binding */ productStages),
/* harmony export */   release: () => (/* binding */ release),
/* harmony export */   validateOverrides: () => (/* reexport safe */ _changes_index_js__WEBPACK_IMPORTED_MODULE_0__.e)
/* harmony export */ });
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53126);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68922);
/* harmony import */ var _load_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49760);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20436);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28053);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20731);
/* harmony import */ var _refiling_pending_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50690);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9536);
/* harmony import */ var _packs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86540);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_packs_js__WEBPACK_IMPORTED_MODULE_1__, _changes_index_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _load_repository_js__WEBPACK_IMPORTED_MODULE_5__, _refiling_pending_js__WEBPACK_IMPORTED_MODULE_7__]);
([_packs_js__WEBPACK_IMPORTED_MODULE_1__, _changes_index_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _load_repository_js__WEBPACK_IMPORTED_MODULE_5__, _refiling_pending_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// What judging products needs beyond loading them: rule packs, rule evaluation and change detection.
// run-check imports this module only when a run has products to judge.







/** The pure stages every product goes through after loading: rules and readiness, change detection, policy. */
function productStages(packs, overrides, noise, blockPendingRefiling, now) {
    return [
        // Changes are detected first: whether the test report still covers the product follows the change log.
        (p) => {
            const detection = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .detectChanges */ .f)(p, packs.classifier, overrides, noise ? { noise } : {});
            const evaluation = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateProduct */ .b)(packs.packs, {
                product: p.manifest,
                ...(p.filing ? { filing: p.filing } : {}),
                ...(p.sbom ? { inventory: p.sbom } : {}),
                sbomSchemaValid: !p.findings.some((f) => f.ruleId === 'sbom.schema'),
                now,
                coverage: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .coverageFacts */ .g)(p.filing, detection.changes),
                locate: (doc, path) => (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(p, doc, path),
            });
            return {
                findings: [...evaluation.findings, ...detection.findings],
                readiness: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readiness */ .x)(evaluation, packs.packs),
                changes: detection.changes,
                changeSets: detection.sets,
            };
        },
        (p) => ({ findings: (0,_refiling_pending_js__WEBPACK_IMPORTED_MODULE_7__/* .refilingPendingFindings */ .G)(p, blockPendingRefiling) }),
    ];
}
/**
 * Drop what a judged product no longer needs: its parsed YAML documents, and unless a refiling will need
 * them for evidence and the change log (a change the change log does not have yet) its SBOM inventories,
 * filing.yaml text, referenced files and its parsed manifest and filing, of which it keeps the summary
 * the status and the dashboard read. A large audit then holds per product little more than its report.
 */
function release(p, j) {
    delete p.manifestDoc;
    delete p.filingDoc;
    if (!(j.changes ?? []).some((c) => !c.recorded && c.classification !== 'none')) {
        p.summary = (0,_load_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .summarise */ .f)(p.manifest, p.filing);
        delete p.manifest;
        delete p.filing;
        delete p.sbom;
        delete p.sbomLocate;
        delete p.baselineSbom;
        delete p.filingText;
        p.files = [];
    }
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


/***/ })

};
