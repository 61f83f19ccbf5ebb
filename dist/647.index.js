export const id = 647;
export const ids = [647];
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

/***/ 81647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rl: () => (/* binding */ parseSbom),
  mY: () => (/* binding */ readParsed),
  kH: () => (/* binding */ readSbom)
});

// EXTERNAL MODULE: ./src/sbom/input.ts
var sbom_input = __webpack_require__(26449);
// EXTERNAL MODULE: ./src/sbom/read-json.ts
var read_json = __webpack_require__(89292);
// EXTERNAL MODULE: ./src/sbom/build.ts + 1 modules
var build = __webpack_require__(88220);
// EXTERNAL MODULE: ./src/sbom/normalise.ts
var normalise = __webpack_require__(22811);
// EXTERNAL MODULE: ./src/sbom/xml.ts
var sbom_xml = __webpack_require__(55604);
// EXTERNAL MODULE: ./src/sbom/types.ts
var types = __webpack_require__(59452);
;// CONCATENATED MODULE: ./src/sbom/read-xml.ts
// CycloneDX XML front end: maps the XML shape (attributes, wrapper elements, nested dependencies)
// onto the same raw fields the JSON front end produces.




// Same field order as the JSON front end, so both produce one object shape.
const componentAccess = {
    read(n, path) {
        return {
            type: (0,sbom_xml/* attr */.CF)(n, 'type') ?? '',
            name: (0,sbom_xml/* text */.Qq)(n, 'name') ?? '',
            group: (0,sbom_xml/* text */.Qq)(n, 'group'),
            version: (0,sbom_xml/* text */.Qq)(n, 'version'),
            purl: (0,sbom_xml/* text */.Qq)(n, 'purl'),
            cpe: (0,sbom_xml/* text */.Qq)(n, 'cpe'),
            hashes: (0,normalise/* sortHashes */.bZ)((0,sbom_xml/* items */.ld)(n, 'hashes', 'hash').flatMap((h) => {
                const alg = (0,sbom_xml/* attr */.CF)(h, 'alg');
                const content = (0,sbom_xml/* ownText */.U3)(h);
                return alg === undefined || content === undefined ? [] : [(0,normalise/* makeHash */.jU)(alg, content)];
            })),
            supplier: (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(n, 'supplier'), 'name'),
            manufacturer: (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(n, 'manufacturer'), 'name'),
            publisher: (0,sbom_xml/* text */.Qq)(n, 'publisher'),
            properties: readProperties(n),
            bomRef: (0,sbom_xml/* attr */.CF)(n, 'bom-ref'),
            cryptoProperties: readCrypto((0,sbom_xml/* child */.jf)(n, 'cryptoProperties')),
            licenses: readLicenses(n),
            path,
        };
    },
    children: (n) => (0,sbom_xml/* items */.ld)(n, 'components', 'component'),
};
const serviceAccess = {
    read(n, path) {
        const s = {
            name: (0,sbom_xml/* text */.Qq)(n, 'name') ?? '',
            endpoints: (0,normalise/* sortedUnique */.Z$)((0,sbom_xml/* items */.ld)(n, 'endpoints', 'endpoint').flatMap((e) => (0,sbom_xml/* ownText */.U3)(e) ?? [])),
            path,
        };
        (0,build/* setIf */.O)(s, 'group', (0,sbom_xml/* text */.Qq)(n, 'group'));
        (0,build/* setIf */.O)(s, 'version', (0,sbom_xml/* text */.Qq)(n, 'version'));
        (0,build/* setIf */.O)(s, 'provider', (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(n, 'provider'), 'name'));
        (0,build/* setIf */.O)(s, 'authenticated', (0,normalise/* bool */.lc)((0,sbom_xml/* text */.Qq)(n, 'authenticated')));
        (0,build/* setIf */.O)(s, 'trustBoundary', (0,normalise/* bool */.lc)((0,sbom_xml/* text */.Qq)(n, 'x-trust-boundary')));
        (0,build/* setIf */.O)(s, 'bomRef', (0,sbom_xml/* attr */.CF)(n, 'bom-ref'));
        return s;
    },
    children: (n) => (0,sbom_xml/* items */.ld)(n, 'services', 'service'),
};
function readProperties(n) {
    const out = [];
    for (const p of (0,sbom_xml/* items */.ld)(n, 'properties', 'property')) {
        const name = (0,sbom_xml/* attr */.CF)(p, 'name');
        if (name !== undefined)
            out.push({ name, value: (0,sbom_xml/* ownText */.U3)(p) ?? '' });
    }
    return (0,normalise/* normaliseProperties */._c)(out);
}
function readLicenses(n) {
    const licenses = (0,sbom_xml/* child */.jf)(n, 'licenses');
    const out = [];
    for (const l of (0,sbom_xml/* all */.Q7)(licenses?.license)) {
        const s = (0,sbom_xml/* text */.Qq)(l, 'id') ?? (0,sbom_xml/* text */.Qq)(l, 'name');
        if (s !== undefined)
            out.push(s);
    }
    for (const e of (0,sbom_xml/* all */.Q7)(licenses?.expression)) {
        const s = (0,sbom_xml/* ownText */.U3)(e);
        if (s !== undefined)
            out.push(s);
    }
    return (0,normalise/* sortedUnique */.Z$)(out);
}
function readCrypto(n) {
    const assetType = (0,sbom_xml/* text */.Qq)(n, 'assetType');
    if (n === undefined || assetType === undefined)
        return undefined;
    const c = { assetType };
    const oid = (0,sbom_xml/* text */.Qq)(n, 'oid');
    if (oid !== undefined)
        c.oid = oid;
    const alg = (0,sbom_xml/* child */.jf)(n, 'algorithmProperties');
    if (alg !== undefined) {
        c.algorithm = {
            cryptoFunctions: (0,normalise/* sortedUnique */.Z$)((0,sbom_xml/* items */.ld)(alg, 'cryptoFunctions', 'cryptoFunction').flatMap((f) => (0,sbom_xml/* ownText */.U3)(f) ?? [])),
        };
        for (const k of types/* CRYPTO_ALGORITHM_FIELDS */.S) {
            const v = (0,sbom_xml/* text */.Qq)(alg, k);
            if (v !== undefined)
                c.algorithm[k] = v;
        }
    }
    const proto = (0,sbom_xml/* child */.jf)(n, 'protocolProperties');
    if (proto !== undefined) {
        c.protocol = {
            cipherSuites: (0,normalise/* sortedUnique */.Z$)((0,sbom_xml/* items */.ld)(proto, 'cipherSuites', 'cipherSuite').flatMap((s) => (0,sbom_xml/* text */.Qq)(s, 'name') ?? [])),
        };
        const type = (0,sbom_xml/* text */.Qq)(proto, 'type');
        const version = (0,sbom_xml/* text */.Qq)(proto, 'version');
        if (type !== undefined)
            c.protocol.type = type;
        if (version !== undefined)
            c.protocol.version = version;
    }
    return c;
}
// XML nests dependency refs: <dependency ref="a"><dependency ref="b"/></dependency>. Deeper
// nesting is read as further entries; the parser's nesting limit bounds the loop.
function readDependencies(bom) {
    const out = [];
    const queue = (0,sbom_xml/* items */.ld)(bom, 'dependencies', 'dependency');
    for (let i = 0; i < queue.length; i++) {
        const d = queue[i];
        const ref = (0,sbom_xml/* attr */.CF)(d, 'ref');
        const kids = (0,sbom_xml/* all */.Q7)(d.dependency);
        if (ref !== undefined)
            out.push({ ref, dependsOn: kids.flatMap((k) => (0,sbom_xml/* attr */.CF)(k, 'ref') ?? []) });
        for (const k of kids)
            if (k.dependency !== undefined)
                queue.push(k);
    }
    return out;
}
/** Reads a parsed CycloneDX XML <bom> element. */
function readXmlDocument(bom, specVersion, file, maxDepth) {
    const metadata = (0,sbom_xml/* child */.jf)(bom, 'metadata');
    return (0,build/* buildInventory */.R)({
        specVersion,
        format: 'xml',
        root: (0,sbom_xml/* child */.jf)(metadata, 'component'),
        manufacturer: (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(metadata, 'manufacturer'), 'name') ?? (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(metadata, 'manufacture'), 'name'),
        supplier: (0,sbom_xml/* text */.Qq)((0,sbom_xml/* child */.jf)(metadata, 'supplier'), 'name'),
        components: (0,sbom_xml/* items */.ld)(bom, 'components', 'component'),
        services: (0,sbom_xml/* items */.ld)(bom, 'services', 'service'),
        dependencies: readDependencies(bom),
    }, componentAccess, serviceAccess, file, maxDepth);
}

;// CONCATENATED MODULE: ./src/sbom/read.ts




/**
 * Decodes and parses an SBOM (size, encoding, depth and DTD limits applied); never throws on bad input.
 * `positions` keeps each XML element's offset, which schema problems need for their line numbers.
 */
function parseSbom(input, fileName, opts = {}) {
    const decoded = (0,sbom_input/* decodeInput */.Ny)(input, fileName, opts.maxBytes ?? sbom_input/* DEFAULT_MAX_BYTES */.fS);
    if (!decoded.ok)
        return decoded;
    if (decoded.format === 'json') {
        const parsed = (0,sbom_input/* parseJson */.qF)(decoded.text, fileName);
        if (!parsed.ok)
            return parsed;
        return { ok: true, format: 'json', text: decoded.text, doc: parsed.value };
    }
    const positions = opts.positions === true;
    const xml = (0,sbom_xml/* parseCycloneDxXml */.MI)(decoded.text, fileName, opts.maxDepth ?? sbom_input/* DEFAULT_MAX_DEPTH */.J, positions);
    if (!xml.ok)
        return xml;
    return {
        ok: true,
        format: 'xml',
        text: decoded.text,
        bom: xml.bom,
        specVersion: xml.specVersion,
        positions,
    };
}
/** Reads a parsed SBOM into a normalised Inventory. */
function readParsed(parsed, fileName, opts = {}) {
    const maxDepth = opts.maxDepth ?? sbom_input/* DEFAULT_MAX_DEPTH */.J;
    return parsed.format === 'json'
        ? (0,read_json/* readJsonDocument */.E)(parsed.doc, fileName, maxDepth)
        : readXmlDocument(parsed.bom, parsed.specVersion, fileName, maxDepth);
}
/** Reads a CycloneDX 1.2–1.7 SBOM (JSON or XML) into a normalised Inventory; never throws on bad input. */
function readSbom(input, fileName, opts = {}) {
    const parsed = parseSbom(input, fileName, opts);
    return parsed.ok ? readParsed(parsed, fileName, opts) : parsed;
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


/***/ }),

/***/ 55604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ attr),
/* harmony export */   G1: () => (/* binding */ position),
/* harmony export */   MI: () => (/* binding */ parseCycloneDxXml),
/* harmony export */   Q7: () => (/* binding */ all),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   U3: () => (/* binding */ ownText),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   ld: () => (/* binding */ items)
/* harmony export */ });
/* unused harmony export node */
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69658);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75824);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26449);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20969);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22811);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59452);
// XML plumbing: a locked-down fast-xml-parser setup plus small accessors over its output. No DTD
// is ever processed (documents with one are refused), values stay strings ("1.10" is not 1.1).





// Tags that may repeat; always arrays so one and many look alike.
const ARRAY_TAGS = new Set([
    'component',
    'service',
    'hash',
    'property',
    'license',
    'expression',
    'dependency',
    'endpoint',
    'manufacture',
    'cipherSuite',
    'cryptoFunction',
]);
const ATTR = '@_';
function makeParser(maxNestedTags, captureMetaData) {
    return new fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A({
        ignoreAttributes: false,
        attributeNamePrefix: ATTR,
        removeNSPrefix: true,
        parseTagValue: false,
        parseAttributeValue: false,
        // Decodes numeric character references too; with DTDs refused no custom entity can exist.
        htmlEntities: true,
        ignoreDeclaration: true,
        ignorePiTags: true,
        isArray: (name, _jPath, _leaf, isAttribute) => !isAttribute && ARRAY_TAGS.has(name),
        maxNestedTags,
        captureMetaData,
    });
}
const NS = /^http:\/\/cyclonedx\.org\/schema\/bom\/(\d+\.\d+)$/;
const START_TAG = /<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Finds the document element and its CycloneDX namespace version without a full parse. */
function rootElement(text) {
    let i = 0;
    for (;;) {
        i = text.indexOf('<', i);
        if (i === -1)
            return undefined;
        if (text.startsWith('<?', i)) {
            i = text.indexOf('?>', i);
            if (i === -1)
                return undefined;
            continue;
        }
        if (text.startsWith('<!--', i)) {
            i = text.indexOf('-->', i);
            if (i === -1)
                return undefined;
            continue;
        }
        START_TAG.lastIndex = i;
        const m = START_TAG.exec(text);
        if (!m)
            return undefined;
        const [prefix, local] = m[2] === undefined ? [undefined, m[1]] : [m[1], m[2]];
        const wanted = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
        let namespace;
        for (const a of m[3].matchAll(ATTRIBUTE))
            if (a[1] === wanted)
                namespace = a[2] ?? a[3];
        return { name: local, namespace };
    }
}
/** Checks well-formedness, refuses DTDs, identifies a CycloneDX <bom> and parses it. */
function parseCycloneDxXml(text, file, maxDepth, captureMetaData = false) {
    const fail = (message, hint, line, column) => ({
        ok: false,
        problems: [(0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)(file, message, hint, line, column)],
    });
    const dtd = (0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .rejectDtd */ .GR)(text, file);
    if (dtd.length > 0)
        return { ok: false, problems: dtd };
    const wellFormed = fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__/* .XMLValidator */ .iI.validate(text);
    if (wellFormed !== true) {
        const { msg, line, col } = wellFormed.err;
        return fail(`invalid XML: ${msg}`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.xml, line, col);
    }
    const root = rootElement(text);
    if (root === undefined)
        return fail('not a CycloneDX SBOM: no document element found', _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.notCycloneDx);
    if (root.name !== 'bom')
        return fail(`not a CycloneDX SBOM: the document element is <${root.name}>, not <bom>`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.notCycloneDx);
    const version = root.namespace === undefined ? undefined : NS.exec(root.namespace)?.[1];
    if (version === undefined) {
        return fail(`not a CycloneDX SBOM: <bom> is in namespace ${JSON.stringify(root.namespace ?? '')}, not http://cyclonedx.org/schema/bom/1.x`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.notCycloneDx);
    }
    if (!_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SUPPORTED_SPEC_VERSIONS */ .R.includes(version)) {
        return fail(`unsupported CycloneDX spec version ${version} (XML namespace ${root.namespace})`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.specVersion);
    }
    const limit = (0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .structuralDepthLimit */ .CD)(maxDepth);
    let parsed;
    try {
        parsed = makeParser(limit, captureMetaData).parse(text);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (/nested tags/i.test(message)) {
            return fail(`XML elements are nested more than ${limit} levels deep`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.depth);
        }
        return fail(`invalid XML: ${message}`, _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.xml);
    }
    const bom = node(parsed.bom);
    if (bom === undefined)
        return fail('not a CycloneDX SBOM: no <bom> element', _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.notCycloneDx);
    return { ok: true, bom, specVersion: version };
}
/** A parsed element as an object (leaf strings become `{ '#text': s }`). */
function node(v) {
    if (Array.isArray(v))
        return node(v[0]);
    if (typeof v === 'string')
        return { '#text': v };
    return typeof v === 'object' && v !== null ? v : undefined;
}
/** Child element `name` of `n`. */
function child(n, name) {
    return n === undefined ? undefined : node(n[name]);
}
/** Repeated `item` children of the `container` child, e.g. items(c, 'hashes', 'hash'). */
function items(n, container, item) {
    return all(child(n, container)?.[item]);
}
/** Every element of a possibly-repeated child value. */
function all(v) {
    const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
    const out = [];
    for (const x of list) {
        const e = node(x);
        if (e !== undefined)
            out.push(e);
    }
    return out;
}
/** Trimmed text content of `n` itself. */
function ownText(n) {
    return n === undefined ? undefined : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(n['#text']);
}
/** Trimmed text of child element `name`. */
function text(n, name) {
    return ownText(child(n, name));
}
function attr(n, name) {
    return n === undefined ? undefined : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(n[ATTR + name]);
}
/** 1-based line/column of an element parsed with captureMetaData. */
function position(text_, n) {
    const meta = n[fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.getMetaDataSymbol()];
    return meta?.startIndex === undefined ? {} : (0,_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumn */ .rv)(text_, meta.startIndex);
}


/***/ })

};
