export const id = 647;
export const ids = [647];
export const modules = {

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
