export const id = 334;
export const ids = [334,647];
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
    const parsed = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_0__.parseSbom)(bytes, file, { positions: schemaSeverity !== 'skip' });
    const read = parsed.ok ? (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_0__.readParsed)(parsed, file) : parsed;
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

/***/ 81647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSbom: () => (/* binding */ parseSbom),
  readParsed: () => (/* binding */ readParsed),
  readSbom: () => (/* binding */ readSbom)
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
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25462);
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
