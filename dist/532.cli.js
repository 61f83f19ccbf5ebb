export const id = 532;
export const ids = [532];
export const modules = {

/***/ 88220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ buildInventory),
  O: () => (/* binding */ setIf)
});

// EXTERNAL MODULE: ./src/sbom/identity.ts
var identity = __webpack_require__(58031);
;// CONCATENATED MODULE: ./src/sbom/checks.ts
// The reader's checks on its components (no type, no name, root repeats, duplicate bom-refs, crypto
// assets), made on each component as the tree walk reads it. A separate pass after the walk fetched
// every component and its bom-ref from memory again: 2 × 50,000 components are far bigger than the
// CPU caches, and that pass plus hashing the bom-refs took 40-45 ms of the 50k bench on Node 24.

/** Counts and lists of one inventory's components, filled by {@link ComponentChecks.add}. */
class ComponentChecks {
    root;
    noType;
    noName;
    cryptoAssetCount = 0;
    /** Every component read, root repeats included. */
    all = [];
    /** The components without root repeats, once one is found (until then, `all`). */
    kept;
    /** bom-refs of the root, the kept components and the services, in that order, with their keyHash. */
    refs = [];
    refHashes = [];
    #repeatsRoot;
    constructor(root) {
        this.root = root;
        this.noType = root?.type === '' ? 1 : 0;
        this.noName = root?.name === '' ? 1 : 0;
        this.#repeatsRoot = root === undefined ? undefined : rootRepeat(root);
        if (root?.bomRef !== undefined)
            this.addRef(root.bomRef);
    }
    add(c) {
        this.all.push(c);
        if (c.type === '')
            this.noType++;
        if (c.name === '')
            this.noName++;
        if (this.#repeatsRoot?.(c) === true) {
            this.kept ??= this.all.slice(0, -1);
            return;
        }
        this.kept?.push(c);
        if (c.bomRef !== undefined)
            this.addRef(c.bomRef);
        if (c.type === 'cryptographic-asset')
            this.cryptoAssetCount++;
    }
    addRef(ref) {
        this.refs.push(ref);
        this.refHashes.push((0,identity/* keyHash */.aE)(ref));
    }
    /** The components of the inventory: all but root repeats. */
    components() {
        return this.kept ?? this.all;
    }
    /** The bom-refs present more than once, in the order their first repeat appears. */
    repeatedRefs() {
        return repeated(this.refs, this.refHashes);
    }
}
// Some generators (notably older XML ones) repeat the described product as a top-level component;
// it is the root, not a part, or every diff against a BOM without the repeat would show it added.
function rootRepeat(root) {
    const hasPurl = root.purl !== undefined;
    return (c) => {
        if (c.path.length > 0)
            return false;
        if (root.bomRef !== undefined && c.bomRef === root.bomRef)
            return true;
        if (hasPurl && c.purl === root.purl)
            return true;
        return (!hasPurl &&
            c.purl === undefined &&
            c.type === root.type &&
            c.name === root.name &&
            c.group === root.group &&
            c.version === root.version);
    };
}
/**
 * The values present more than once, in the order their first repeat appears, found with an
 * open-addressing table over their hashes (`hashes[i]` is keyHash of `values[i]`): a Set of
 * 100,000 freshly parsed strings costs more (V8 hashes each one and rehashes the table as it grows).
 */
function repeated(values, hashes) {
    let size = 16;
    while (size < values.length * 2)
        size *= 2;
    const mask = size - 1;
    const table = new Int32Array(size).fill(-1); // → index of the first value with that slot's key
    const reported = new Uint8Array(values.length);
    const out = [];
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        const h = hashes[i];
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const first = table[slot];
            if (first === -1) {
                table[slot] = i;
                break;
            }
            if (hashes[first] === h && values[first] === value) {
                if (reported[first] === 0) {
                    reported[first] = 1;
                    out.push(value);
                }
                break;
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/sbom/problems.ts
var problems = __webpack_require__(20969);
;// CONCATENATED MODULE: ./src/sbom/build.ts
// Format-independent half of the reader: the JSON and XML front ends say how to read one node,
// this file walks the trees (iteratively, with a depth budget) and assembles the Inventory.


/** Sets an optional field only when it has a value, so absent fields stay absent (not undefined). */
function setIf(target, key, value) {
    if (value !== undefined)
        target[key] = value;
}
const NO_PATH = [];
class TooDeepError extends Error {
}
/**
 * Pre-order walk with an explicit stack, so a hostile document nested 10,000 deep costs a clear
 * error instead of a stack overflow. Depth 1 is the top-level list.
 */
function walk(roots, access, rootPath, maxDepth, add) {
    const stack = [
        { list: roots, i: 0, path: rootPath, depth: 1 },
    ];
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.i >= frame.list.length) {
            stack.pop();
            continue;
        }
        const node = frame.list[frame.i++];
        const item = access.read(node, frame.path);
        add(item);
        const kids = access.children(node);
        if (kids.length > 0) {
            if (frame.depth >= maxDepth)
                throw new TooDeepError();
            stack.push({ list: kids, i: 0, path: [...frame.path, item.name], depth: frame.depth + 1 });
        }
    }
}
/** Turns a front end's raw document into an Inventory, collecting warnings along the way. */
function buildInventory(doc, components, services, file, maxDepth) {
    const warnings = [];
    let checks;
    const serviceList = [];
    try {
        const root = doc.root === undefined ? undefined : components.read(doc.root, NO_PATH);
        checks = new ComponentChecks(root);
        const add = (c) => checks.add(c);
        if (root !== undefined)
            walk(components.children(doc.root), components, [root.name], maxDepth, add);
        walk(doc.components, components, NO_PATH, maxDepth, add);
        walk(doc.services, services, NO_PATH, maxDepth, (s) => {
            serviceList.push(s);
            if (s.bomRef !== undefined)
                checks.addRef(s.bomRef);
        });
    }
    catch (err) {
        if (!(err instanceof TooDeepError))
            throw err;
        return {
            ok: false,
            problems: [
                (0,problems/* problem */.CC)(file, `components or services are nested more than ${maxDepth} levels deep`, problems/* HINTS */.NI.depth),
            ],
        };
    }
    const root = checks.root;
    if (checks.noType > 0)
        warnings.push((0,problems/* problem */.CC)(file, `${checks.noType} component(s) have no type`, problems/* HINTS */.NI.content));
    if (checks.noName > 0)
        warnings.push((0,problems/* problem */.CC)(file, `${checks.noName} component(s) have no name`, problems/* HINTS */.NI.content));
    if (checks.kept !== undefined) {
        warnings.push((0,problems/* problem */.CC)(file, `top-level component "${root.name}" repeats metadata.component; it is treated as the described product, not as a part`, problems/* HINTS */.NI.content));
    }
    const dups = checks.repeatedRefs();
    if (dups.length > 0) {
        const shown = dups.slice(0, 5).map((r) => JSON.stringify(r));
        const more = dups.length > 5 ? ` and ${dups.length - 5} more` : '';
        warnings.push((0,problems/* problem */.CC)(file, `duplicate bom-ref ${shown.join(', ')}${more}`, problems/* HINTS */.NI.duplicateRef));
    }
    const metadata = {};
    if (root !== undefined)
        metadata.component = root;
    if (doc.manufacturer !== undefined)
        metadata.manufacturer = doc.manufacturer;
    if (doc.supplier !== undefined)
        metadata.supplier = doc.supplier;
    return {
        ok: true,
        sbom: {
            specVersion: doc.specVersion,
            format: doc.format,
            metadata,
            components: checks.components(),
            services: serviceList,
            dependencies: doc.dependencies,
            cryptoAssetCount: checks.cryptoAssetCount,
        },
        warnings,
    };
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

/***/ 26449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ structuralDepthLimit),
/* harmony export */   GR: () => (/* binding */ rejectDtd),
/* harmony export */   J: () => (/* binding */ DEFAULT_MAX_DEPTH),
/* harmony export */   LL: () => (/* binding */ jsonDepthExceeds),
/* harmony export */   Ny: () => (/* binding */ decodeInput),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _core_utf8_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23776);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20969);
// Guards shared by the reader and the validator: everything here runs before (or instead of) a
// full parse, so hostile input costs bounded time and memory.


const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 64;
/** Size-checks and decodes the input and decides JSON vs XML from its first significant character. */
function decodeInput(input, fileName, maxBytes) {
    const bytes = typeof input === 'string' ? utf8SizeOver(input, maxBytes) : input.byteLength;
    if (bytes !== undefined && bytes > maxBytes) {
        return fail(fileName, `SBOM is larger than the ${formatBytes(maxBytes)} limit (at least ${formatBytes(bytes)})`, _problems_js__WEBPACK_IMPORTED_MODULE_0__/* .HINTS */ .NI.size);
    }
    // Bytes are decoded strictly: JSON is UTF-8 by definition and CycloneDX tools write UTF-8 XML, so bytes
    // that are not UTF-8 (another encoding, a corrupted file) are refused where they stand instead of being
    // read, silently, as U+FFFD.
    let text;
    if (typeof input === 'string')
        text = input;
    else {
        const decoded = (0,_core_utf8_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._)(input);
        if (!decoded.ok) {
            const { line, column } = (0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .lineColumn */ .rv)(decoded.before, decoded.before.length);
            return fail(fileName, 'the SBOM is not valid UTF-8', _problems_js__WEBPACK_IMPORTED_MODULE_0__/* .HINTS */ .NI.encoding, line, column);
        }
        text = decoded.text;
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const format = sniffFormat(text, fileName);
    if (format === undefined) {
        return fail(fileName, 'not a CycloneDX SBOM: the file is neither JSON nor XML', _problems_js__WEBPACK_IMPORTED_MODULE_0__/* .HINTS */ .NI.notCycloneDx);
    }
    return { ok: true, text, format };
}
/**
 * The UTF-8 size of `text` when it is over `maxBytes` (or a lower bound of it, its length, when that
 * alone is over); undefined when it is within the limit. A UTF-16 unit is 1 to 3 UTF-8 bytes, so
 * only a prefix long enough to leave room for 3 bytes per remaining unit is counted: none at all
 * for text under a third of the limit, the first 10 MB of a 29 MB document under 64 MiB.
 */
function utf8SizeOver(text, maxBytes) {
    const n = text.length;
    if (n > maxBytes)
        return n;
    // Counting stops at k once k bytes (the least a k-unit prefix can be) plus 3 per remaining unit fit.
    const k = Math.ceil((3 * n - maxBytes) / 2);
    if (k <= 0)
        return undefined;
    // Without a character above U+00FF every unit is at most 2 bytes. V8 answers this search at once for
    // text it stores one byte per character (any ASCII or Latin-1 text, JSON.stringify's output): 0.0 ms
    // against 6–7 ms per 29 MB SBOM for counting the prefix. Other text stops at its first wide character.
    if (2 * n <= maxBytes && !/[^\0-\xff]/.test(text))
        return undefined;
    // A surrogate pair split at k counts 3 + 3 bytes here instead of 4: still an upper bound.
    if (k < n && Buffer.byteLength(text.slice(0, k), 'utf8') + 3 * (n - k) <= maxBytes)
        return undefined;
    const bytes = Buffer.byteLength(text, 'utf8');
    return bytes > maxBytes ? bytes : undefined;
}
function sniffFormat(text, fileName) {
    const first = /\S/.exec(text.slice(0, 4096))?.[0];
    if (first === '{' || first === '[')
        return 'json';
    if (first === '<')
        return 'xml';
    if (/\.json$/i.test(fileName))
        return 'json';
    if (/\.xml$/i.test(fileName))
        return 'xml';
    return undefined;
}
/** JSON.parse with the error position turned into line/column. */
function parseJson(text, fileName) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const lc = /\(line (\d+) column (\d+)\)/.exec(message);
        const pos = /at position (\d+)/.exec(message);
        const where = lc
            ? { line: Number(lc[1]), column: Number(lc[2]) }
            : pos
                ? (0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .lineColumn */ .rv)(text, Number(pos[1]))
                : /end of JSON input/.test(message)
                    ? (0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .lineColumn */ .rv)(text, text.length)
                    : undefined;
        const clean = message.replace(/ in JSON at position \d+( \(line \d+ column \d+\))?/, '');
        return fail(fileName, `invalid JSON: ${clean}`, _problems_js__WEBPACK_IMPORTED_MODULE_0__/* .HINTS */ .NI.json, where?.line, where?.column);
    }
}
/**
 * Deepest nesting of arrays/objects in a parsed JSON value, stopping early once `limit` is passed.
 * Iterative, because recursive consumers (ajv, our own walkers) must never see unbounded depth.
 */
function jsonDepthExceeds(value, limit) {
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [v, depth] = stack.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (depth > limit)
            return true;
        const children = Array.isArray(v) ? v : Object.values(v);
        for (const c of children)
            if (typeof c === 'object' && c !== null)
                stack.push([c, depth + 1]);
    }
    return false;
}
/** Generic JSON/XML nesting budget that leaves room for `maxDepth` levels of components. */
function structuralDepthLimit(maxDepth) {
    return maxDepth * 2 + 64;
}
/** Refuses DTDs outright: no entity expansion, no external entities, nothing to configure wrongly. */
function rejectDtd(text, fileName) {
    const m = /<!(DOCTYPE|ENTITY)/i.exec(text);
    if (!m)
        return [];
    const { line, column } = (0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .lineColumn */ .rv)(text, m.index);
    return [
        (0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)(fileName, `XML ${m[1].toUpperCase()} declarations are not allowed in an SBOM`, _problems_js__WEBPACK_IMPORTED_MODULE_0__/* .HINTS */ .NI.dtd, line, column),
    ];
}
function fail(file, message, hint, line, column) {
    return { ok: false, problems: [(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)(file, message, hint, line, column)] };
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
    return `${n} bytes`;
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

/***/ 20969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ problem),
/* harmony export */   NI: () => (/* binding */ HINTS),
/* harmony export */   rv: () => (/* binding */ lineColumn)
/* harmony export */ });
// Hints are phrased for the person who owns the SBOM file, not for us.
const HINTS = {
    size: 'Check that the path points at the SBOM and not at an image or archive; raise the size limit only for trusted input.',
    json: 'The file is not valid JSON. Regenerate it with the SBOM tool, or fix the syntax at the position shown.',
    xml: 'The file is not well-formed XML. Regenerate it with the SBOM tool, or fix the markup at the position shown.',
    encoding: 'Save the SBOM as UTF-8 (regenerate it, or convert it with iconv); labelguard reads no other encoding.',
    dtd: 'CycloneDX never needs a DTD: remove the <!DOCTYPE>/<!ENTITY> declarations (they are refused to prevent entity-expansion attacks).',
    notCycloneDx: 'labelguard reads CycloneDX 1.2–1.7 in JSON (bomFormat "CycloneDX") or XML (<bom xmlns="http://cyclonedx.org/schema/bom/1.x">).',
    specVersion: 'Regenerate the SBOM as CycloneDX 1.2–1.7 (1.6 is recommended).',
    depth: 'Flatten the component tree, or check the SBOM generator: real SBOMs rarely nest more than a few levels.',
    schema: 'Fix the SBOM generator output, or set `sbom_schema: warning` to accept third-party SBOMs that are not schema-valid.',
    content: 'The SBOM is readable but this entry is incomplete; fix it in the SBOM generator so diffs stay accurate.',
    duplicateRef: 'bom-ref values must be unique within a document; dependencies that use this ref are ambiguous.',
};
/** Builds an SbomProblem, omitting absent positions so results compare cleanly in tests. */
function problem(file, message, hint, line, column) {
    const p = { file, message, hint };
    if (line !== undefined)
        p.line = line;
    if (column !== undefined)
        p.column = column;
    return p;
}
/** Line (1-based) and column (1-based) of a UTF-16 offset in text. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}


/***/ }),

/***/ 89292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readJsonDocument),
/* harmony export */   m: () => (/* binding */ jsonSpecVersion)
/* harmony export */ });
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88220);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20969);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22811);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59452);
// CycloneDX JSON front end: picks known fields out of the parsed document. Only named fields are
// copied into fresh objects, so keys such as `__proto__` in the input can never reach a prototype.




const NONE = [];
function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}
function objects(v) {
    if (!Array.isArray(v) || v.length === 0)
        return NONE;
    const out = [];
    for (const item of v) {
        const o = obj(item);
        if (o !== undefined)
            out.push(o);
    }
    return out;
}
/**
 * `f` of each item of an array (none for a non-array), undefined results left out. An inventory keeps
 * these lists for every component, and an array grown by push reserves room for 16 items, so the
 * common one-item list is built at its exact size.
 */
function collect(v, f) {
    if (!Array.isArray(v) || v.length === 0)
        return [];
    if (v.length === 1)
        return one(f(v[0]));
    const out = [];
    for (const item of v) {
        const x = f(item);
        if (x !== undefined)
            out.push(x);
    }
    return out;
}
/** The list of `x` alone, at its exact size; empty when x is undefined. */
function one(x) {
    return x === undefined ? [] : [x];
}
function strings(v) {
    return collect(v, _normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx);
}
/** Spec version declared by a parsed CycloneDX JSON document, if it is one we support. */
function jsonSpecVersion(doc) {
    const v = (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(obj(doc)?.specVersion);
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SUPPORTED_SPEC_VERSIONS */ .R.includes(v ?? '') ? v : undefined;
}
// Every field is written, in the same order in both front ends, so all components share one
// object shape (matching and diffing stay monomorphic); absent fields are undefined.
const componentAccess = {
    read(o, path) {
        return {
            type: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.type) ?? '',
            name: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.name) ?? '',
            group: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.group),
            version: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.version),
            purl: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.purl),
            cpe: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.cpe),
            hashes: readHashes(o.hashes),
            supplier: o.supplier === undefined ? undefined : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(obj(o.supplier)?.name),
            manufacturer: o.manufacturer === undefined ? undefined : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(obj(o.manufacturer)?.name),
            publisher: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.publisher),
            properties: readProperties(o.properties),
            bomRef: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o['bom-ref']),
            cryptoProperties: o.cryptoProperties === undefined ? undefined : readCrypto(obj(o.cryptoProperties)),
            licenses: readLicenses(o.licenses),
            path,
        };
    },
    children: (o) => objects(o.components),
};
const serviceAccess = {
    read(o, path) {
        const s = { name: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.name) ?? '', endpoints: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedUnique */ .Z$)(strings(o.endpoints)), path };
        (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(s, 'group', (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.group));
        (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(s, 'version', (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.version));
        (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(s, 'provider', (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(obj(o.provider)?.name));
        (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(s, 'authenticated', (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(o.authenticated));
        (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(s, 'trustBoundary', (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(o['x-trust-boundary']));
        (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(s, 'bomRef', (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o['bom-ref']));
        return s;
    },
    children: (o) => objects(o.services),
};
function readHash(item) {
    const h = obj(item);
    const alg = (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(h?.alg);
    const content = (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(h?.content);
    return alg === undefined || content === undefined ? undefined : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .makeHash */ .jU)(alg, content);
}
function readProperty(item) {
    const p = obj(item);
    const name = (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(p?.name);
    return name === undefined ? undefined : { name, value: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(p?.value) ?? '' };
}
function readLicense(item) {
    const entry = obj(item);
    if (entry === undefined)
        return undefined;
    const license = obj(entry.license);
    return (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(entry.expression) ?? (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(license?.id) ?? (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(license?.name);
}
// A component's lists mostly hold one item, read here rather than through collect: collect calls
// several readers, so its call of `f` is not inlined, and called directly readHash, readProperty and
// readLicense can be (the 50k bench pair 5-7 ms faster on Node 24, the garbage collector's share the same).
const isOne = (v) => Array.isArray(v) && v.length === 1;
const readHashes = (v) => isOne(v) ? one(readHash(v[0])) : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .sortHashes */ .bZ)(collect(v, readHash));
const readProperties = (v) => isOne(v) ? one(readProperty(v[0])) : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseProperties */ ._c)(collect(v, readProperty));
const readLicenses = (v) => isOne(v) ? one(readLicense(v[0])) : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedUnique */ .Z$)(collect(v, readLicense));
function readCrypto(o) {
    const assetType = (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o?.assetType);
    if (o === undefined || assetType === undefined)
        return undefined;
    const c = { assetType };
    (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(c, 'oid', (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.oid));
    const alg = obj(o.algorithmProperties);
    if (alg !== undefined) {
        const a = {
            cryptoFunctions: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedUnique */ .Z$)(strings(alg.cryptoFunctions)),
        };
        for (const k of _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CRYPTO_ALGORITHM_FIELDS */ .S)
            (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(a, k, (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(alg[k]));
        c.algorithm = a;
    }
    const proto = obj(o.protocolProperties);
    if (proto !== undefined) {
        const p = {
            cipherSuites: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedUnique */ .Z$)(objects(proto.cipherSuites).flatMap((s) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(s.name) ?? [])),
        };
        (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(p, 'type', (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(proto.type));
        (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .setIf */ .O)(p, 'version', (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(proto.version));
        c.protocol = p;
    }
    return c;
}
/** Reads a parsed CycloneDX JSON document. */
function readJsonDocument(doc, file, maxDepth) {
    const root = obj(doc);
    if (root === undefined || root.bomFormat !== 'CycloneDX') {
        const found = root === undefined
            ? 'the top level is not an object'
            : `bomFormat is ${JSON.stringify(root.bomFormat ?? null)}`;
        return { ok: false, problems: [(0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .problem */ .CC)(file, `not a CycloneDX SBOM: ${found}`, _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .HINTS */ .NI.notCycloneDx)] };
    }
    const specVersion = jsonSpecVersion(root);
    if (specVersion === undefined) {
        return {
            ok: false,
            problems: [
                (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .problem */ .CC)(file, `unsupported CycloneDX specVersion ${JSON.stringify(root.specVersion ?? null)}`, _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .HINTS */ .NI.specVersion),
            ],
        };
    }
    const metadata = obj(root.metadata);
    const dependencies = [];
    for (const d of objects(root.dependencies)) {
        const ref = (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(d.ref);
        if (ref !== undefined)
            dependencies.push({ ref, dependsOn: strings(d.dependsOn) });
    }
    return (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .buildInventory */ .R)({
        specVersion,
        format: 'json',
        root: obj(metadata?.component),
        manufacturer: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(obj(metadata?.manufacturer)?.name) ?? (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(obj(metadata?.manufacture)?.name),
        supplier: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(obj(metadata?.supplier)?.name),
        components: objects(root.components),
        services: objects(root.services),
        dependencies,
    }, componentAccess, serviceAccess, file, maxDepth);
}


/***/ }),

/***/ 59452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ SUPPORTED_SPEC_VERSIONS),
/* harmony export */   S: () => (/* binding */ CRYPTO_ALGORITHM_FIELDS)
/* harmony export */ });
// Normalised, format-independent view of a CycloneDX SBOM. Every value is a plain string (or boolean
// where the spec says boolean) so JSON and XML of the same content compare equal.
/** CycloneDX spec versions this core reads (1.0/1.1 exist only as XML and carry too little to diff). */
const SUPPORTED_SPEC_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
/** The text fields of `cryptoProperties.algorithmProperties` both readers keep, in this order. */
const CRYPTO_ALGORITHM_FIELDS = [
    'primitive',
    'parameterSetIdentifier',
    'curve',
    'mode',
    'padding',
    'classicalSecurityLevel',
    'nistQuantumSecurityLevel',
];


/***/ })

};
