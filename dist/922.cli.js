export const id = 922;
export const ids = [922];
export const modules = {

/***/ 16547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ append),
/* harmony export */   _: () => (/* binding */ maxOf),
/* harmony export */   _h: () => (/* binding */ minOf)
/* harmony export */ });
// Spreading a list into a call (`target.push(...items)`, `Math.max(...values)`) passes each item as an
// argument on the stack and throws "Maximum call stack size exceeded" past about 100,000 items: a
// 130,000-component SBOM took the whole run down that way. These take lists of any length.
/** Append every item to `target`, in order; returns `target`. */
function append(target, items) {
    for (const item of items)
        target.push(item);
    return target;
}
/** The largest of `values`, or `floor` when it is larger (or there are no values). */
function maxOf(values, floor = -Infinity) {
    let max = floor;
    for (const v of values)
        if (v > max)
            max = v;
    return max;
}
/** The smallest of `values`, or `ceiling` when it is smaller (or there are no values). */
function minOf(values, ceiling = Infinity) {
    let min = ceiling;
    for (const v of values)
        if (v < min)
            min = v;
    return min;
}


/***/ }),

/***/ 63780:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ defaultConfigFiles),
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32229);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91064);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81296);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_validate_js__WEBPACK_IMPORTED_MODULE_1__]);
_validate_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



const defaultConfigFiles = ['.labelguard.yml', '.labelguard.yaml'];
/** Read and validate `.labelguard.yml`; an invalid configuration is a UsageError (exit 2), never ignored. */
async function loadConfig(source, explicitPath) {
    const candidates = explicitPath ? [explicitPath] : defaultConfigFiles;
    for (const file of candidates) {
        // A FIFO or device named like the configuration must not be skipped as absent: that would drop the policy.
        if ((await source.containment(file)) === 'special') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`configuration file '${file}' is not a regular file`, [
                `${file}:1:1: a FIFO, socket or device; it was not opened`,
            ]);
        }
        const bytes = await source.readFile(file);
        if (!bytes)
            continue;
        const parsed = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(file, bytes);
        if (Array.isArray(parsed))
            throw invalid(file, parsed);
        if (parsed.value === null || parsed.value === undefined)
            return { config: {}, file, doc: parsed };
        const problems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateAgainst */ .s)('config', parsed);
        if (problems.length > 0)
            throw invalid(file, problems);
        return { config: parsed.value, file, doc: parsed };
    }
    if (explicitPath) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`configuration file '${explicitPath}' not found in the ${source.label}`, [
            'Check the config path, or omit it to use .labelguard.yml at the repository root.',
        ]);
    }
    return { config: {} };
}
function invalid(file, problems) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`invalid configuration in ${file}`, problems.map((p) => `${file}:${p.at.line}:${p.at.column}: ${p.message}\n  hint: ${p.hint}`));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 83119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ LoadProblem)
/* harmony export */ });
/** A problem with the user's data found while loading it: always an error finding with a hint. */
class LoadProblem {
    ruleId;
    at;
    message;
    hint;
    constructor(ruleId, at, message, hint) {
        this.ruleId = ruleId;
        this.at = at;
        this.message = message;
        this.hint = hint;
    }
    /** This problem as a report finding. */
    toFinding(productId) {
        return {
            ruleId: this.ruleId,
            severity: 'error',
            message: this.message,
            hint: this.hint,
            ...this.at,
            ...(productId ? { productId } : {}),
        };
    }
}


/***/ }),

/***/ 68922:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rc: () => (/* binding */ referencedFiles),
/* harmony export */   Su: () => (/* binding */ discoverManifests),
/* harmony export */   TQ: () => (/* binding */ defaultProductGlob),
/* harmony export */   Tn: () => (/* binding */ filingFileName),
/* harmony export */   rV: () => (/* binding */ loadRepository),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export notAFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _repo_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25092);
/* harmony import */ var _schemas_filing_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30062);
/* harmony import */ var _sbom_locate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(18743);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63780);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32229);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83119);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91064);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81296);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_config_js__WEBPACK_IMPORTED_MODULE_3__, _validate_js__WEBPACK_IMPORTED_MODULE_5__]);
([_config_js__WEBPACK_IMPORTED_MODULE_3__, _validate_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











// The SBOM readers (and their XML parser and CycloneDX library) load with the first SBOM: a run that
// reads none, such as a pull request touching no product, does not pay for them.
const sbomReader = () => Promise.all(/* import() */[__webpack_require__.e(893), __webpack_require__.e(515), __webpack_require__.e(532), __webpack_require__.e(334)]).then(__webpack_require__.bind(__webpack_require__, 15334));
const defaultProductGlob = 'products/*/product.yaml';
// Repository paths are POSIX on every runner (and picomatch then need not probe the platform).
const posixGlob = { dot: false, windows: false };
const filingFileName = 'filing.yaml';
/** Where a value in a loaded product's manifest or filing stands; falls back to the file's start. */
function locate(p, doc, path) {
    const d = doc === 'product' ? p.manifestDoc : p.filingDoc;
    if (d)
        return d.locate(path);
    return { file: doc === 'product' ? p.manifestFile : (p.filingFile ?? p.manifestFile), line: 1, column: 1 };
}
/** Discover, parse and validate every product of the repository. */
async function loadRepository(source, options = {}) {
    const config = options.config ?? (await (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(source, options.configPath));
    const manifests = options.manifests ? [...options.manifests] : await discoverManifests(source, config);
    const dirOf = (m) => m.slice(0, Math.max(0, m.lastIndexOf('/')));
    const wanted = manifests.filter((m) => (!options.onlyDirs || options.onlyDirs.has(dirOf(m))) &&
        (!options.filterDir || options.filterDir(dirOf(m))));
    const products = await mapLimit(wanted, 16, async (m) => {
        const p = await loadProduct(source, m, config);
        options.onProduct?.(p);
        return p;
    });
    const findings = duplicateIds(products);
    return { source, config, products, findings };
}
/** The manifest files matched by the configured product globs, sorted. */
async function discoverManifests(source, config) {
    const globs = config.config.products ?? defaultProductGlob;
    const patterns = Array.isArray(globs) ? globs : [globs];
    const found = new Set();
    for (const pattern of patterns) {
        if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`product glob '${pattern}' must be relative and stay inside the repository`);
        }
        const base = picomatch__WEBPACK_IMPORTED_MODULE_7___default().scan(pattern).base;
        const match = picomatch__WEBPACK_IMPORTED_MODULE_7___default()(pattern, posixGlob);
        for (const f of await source.listFiles(base))
            if (match(f))
                found.add(f);
    }
    return [...found].sort();
}
async function loadProduct(source, manifestFile, cfg) {
    const dir = manifestFile.includes('/') ? manifestFile.slice(0, manifestFile.lastIndexOf('/')) : '';
    const p = {
        id: dir.split('/').pop() || manifestFile,
        dir,
        manifestFile,
        sha256: {},
        files: [],
        findings: [],
    };
    const problems = [];
    const manifestDoc = await readYaml(source, manifestFile, problems, (h) => (p.sha256.manifest = h));
    if (manifestDoc) {
        p.manifestDoc = manifestDoc;
        const schemaProblems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateAgainst */ .s)('product', manifestDoc);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_8__/* .append */ .BC)(problems, schemaProblems);
        p.idAt = manifestDoc.locate(['id']);
        if (schemaProblems.length === 0) {
            p.manifest = manifestDoc.value;
            p.id = p.manifest.id;
        }
        else if (isRecord(manifestDoc.value) && typeof manifestDoc.value.id === 'string') {
            p.id = manifestDoc.value.id;
        }
    }
    const filingFile = dir === '' ? filingFileName : `${dir}/${filingFileName}`;
    if ((await source.containment(filingFile)) !== 'missing') {
        p.filingFile = filingFile;
        const filingDoc = await readYaml(source, filingFile, problems, (h, text) => {
            p.sha256.filing = h;
            if (text !== undefined)
                p.filingText = text;
        });
        if (filingDoc) {
            p.filingDoc = filingDoc;
            const schemaProblems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateAgainst */ .s)('filing', filingDoc);
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_8__/* .append */ .BC)(problems, schemaProblems);
            if (schemaProblems.length === 0) {
                const filing = filingDoc.value;
                p.filing = { ...filing, status: (0,_schemas_filing_status_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalStatus */ .x)(filing.status) };
            }
        }
    }
    if (p.manifest)
        await resolveManifestRefs(source, p, problems, cfg.config.policy?.sbom_schema ?? 'warning');
    if (p.filing?.baseline) {
        const ref = await resolveFile(source, p, 'filing', ['baseline', 'sbom', 'file'], p.filing.baseline.sbom.file, problems);
        if (ref?.bytes) {
            // Not schema-validated again: labelguard generated it at filing time, and its digest is verified.
            const read = (await sbomReader()).loadSbomFile(ref.resolved, ref.bytes, 'skip');
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_8__/* .append */ .BC)(p.findings, read.findings.map((f) => ({ ...f, productId: p.id })));
            p.baselineSbom = read.inventory;
            p.baselineBytesDigest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(ref.bytes).digest('hex')}`;
        }
    }
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_8__/* .append */ .BC)(p.findings, problems.map((x) => x.toFinding(p.id)));
    return p;
}
async function resolveManifestRefs(source, p, problems, sbomSchema) {
    const m = p.manifest;
    const sbom = await resolveFile(source, p, 'product', ['sbom'], m.sbom, problems);
    if (sbom) {
        p.sbomFile = sbom.resolved;
        if (sbom.bytes) {
            // As configured (`policy.sbom_schema`), like the registered SBOM: a schema-invalid SBOM must fail a
            // check whose owners asked for that, not pass it as a warning.
            const read = (await sbomReader()).loadSbomFile(sbom.resolved, sbom.bytes, sbomSchema);
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_8__/* .append */ .BC)(p.findings, read.findings.map((f) => ({ ...f, productId: p.id })));
            p.sbom = read.inventory;
            if (read.inventory)
                p.sbomLocate = (0,_sbom_locate_js__WEBPACK_IMPORTED_MODULE_9__/* .entryLocator */ .R)(new TextDecoder().decode(sbom.bytes));
        }
    }
    for (const r of referencedFiles(m, undefined)) {
        if (r.path[0] !== 'sbom')
            await resolveFile(source, p, r.doc, r.path, r.ref, problems);
    }
}
/**
 * Every file product.yaml and filing.yaml refer to, where they say it: the one list of what makes up a
 * product besides its folder. Reads unvalidated documents too (the change scope reads every manifest
 * without validating it), so each value is checked to be a string.
 */
function referencedFiles(manifest, filing) {
    const out = [];
    const add = (doc, path, value) => {
        if (typeof value === 'string' && value !== '')
            out.push({ doc, path, ref: value });
    };
    const m = isRecord(manifest) ? manifest : {};
    add('product', ['sbom'], m.sbom);
    for (const [key, doc] of Object.entries(isRecord(m.evidence) ? m.evidence : {})) {
        if (isRecord(doc))
            add('product', ['evidence', key, 'file'], doc.file);
    }
    if (isRecord(m.agent))
        add('product', ['agent', 'authorization_doc'], m.agent.authorization_doc);
    const f = isRecord(filing) ? filing : {};
    const baseline = isRecord(f.baseline) && isRecord(f.baseline.sbom) ? f.baseline.sbom : {};
    add('filing', ['baseline', 'sbom', 'file'], baseline.file);
    return out;
}
/** Follow one file reference, refusing escapes; records it in `p.files` with its SHA-256. */
async function resolveFile(source, p, doc, path, ref, problems) {
    const at = locate(p, doc, path);
    const r = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRef */ .q)(p.dir, ref);
    if ('refused' in r) {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_10__/* .LoadProblem */ .Y('data.path-escape', at, (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .refusalMessage */ .s)(ref, r.refused), 'Reference files inside the repository with a path relative to the product folder.'));
        p.files.push({ doc, path, ref });
        return undefined;
    }
    const where = await source.containment(r.path);
    if (where === 'special') {
        problems.push(notAFile(at, ref));
        p.files.push({ doc, path, ref, resolved: r.path });
        return undefined;
    }
    if (where === 'outside') {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_10__/* .LoadProblem */ .Y('data.path-escape', at, (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .refusalMessage */ .s)(ref, 'outside'), 'Commit the file itself instead of a link to a place outside the repository.'));
        p.files.push({ doc, path, ref, resolved: r.path });
        return undefined;
    }
    const bytes = where === 'inside' ? await source.readFile(r.path) : undefined;
    if (!bytes) {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_10__/* .LoadProblem */ .Y('data.missing-file', at, `referenced file '${ref}' does not exist (${r.path})`, 'Add the file, or correct the path (relative to the product folder).'));
        p.files.push({ doc, path, ref, resolved: r.path });
        return { resolved: r.path };
    }
    p.files.push({ doc, path, ref, resolved: r.path, sha256: sha256Hex(bytes) });
    return { resolved: r.path, bytes };
}
/** A FIFO, socket or device where a file is expected: refused without opening it (a FIFO blocks). */
function notAFile(at, ref) {
    return new _problem_js__WEBPACK_IMPORTED_MODULE_10__/* .LoadProblem */ .Y('data.not-a-file', at, `'${ref}' is not a regular file (a FIFO, socket or device); it was not opened`, 'Reference a regular file committed to the repository.');
}
async function readYaml(source, file, problems, onRead) {
    const where = await source.containment(file);
    if (where === 'special') {
        problems.push(notAFile({ file, line: 1, column: 1 }, file));
        return undefined;
    }
    if (where === 'outside') {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_10__/* .LoadProblem */ .Y('data.path-escape', { file, line: 1, column: 1 }, (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .refusalMessage */ .s)(file, 'outside'), 'Commit the file itself instead of a link to a place outside the repository.'));
        return undefined;
    }
    const bytes = await source.readFile(file);
    if (!bytes) {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_10__/* .LoadProblem */ .Y('data.missing-file', { file, line: 1, column: 1 }, `cannot read ${file}`, 'Check the file exists and is readable.'));
        return undefined;
    }
    // The bytes, not a decoded string: the parser checks the size before decoding anything and locates
    // invalid UTF-8 (a lossy decode here would hide it, or flag a file that merely contains U+FFFD).
    const parsed = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_6__/* .parseYamlFile */ .BU)(file, bytes);
    if (Array.isArray(parsed)) {
        onRead(sha256Hex(bytes), undefined);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_8__/* .append */ .BC)(problems, parsed);
        return undefined;
    }
    onRead(sha256Hex(bytes), bytes.toString('utf8'));
    return parsed;
}
function duplicateIds(products) {
    const byId = new Map();
    for (const p of products)
        if (p.manifest)
            byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
    const out = [];
    for (const [id, list] of byId) {
        if (list.length < 2)
            continue;
        for (const p of list.slice(1)) {
            out.push({
                ruleId: 'data.duplicate-id',
                severity: 'error',
                message: `product id '${id}' is also used by ${list[0].manifestFile}`,
                hint: 'Product ids must be unique across the repository; rename one of them.',
                productId: id,
                ...(p.idAt ?? locate(p, 'product', ['id'])),
            });
        }
    }
    return out;
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    });
    await Promise.all(workers);
    return out;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 91064:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ validateAgainst)
/* harmony export */ });
/* harmony import */ var _schemas_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30405);
/* harmony import */ var _schemas_validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17665);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83119);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_validators_js__WEBPACK_IMPORTED_MODULE_0__]);
_schemas_validators_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** Validate a parsed file against one of the data-model schemas; every error located in the file. */
function validateAgainst(name, doc) {
    const validate = (0,_schemas_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .validator */ .Nc)(name);
    if (validate(doc.value))
        return [];
    return (0,_schemas_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaErrors */ .d)(validate.errors ?? [], 'the document', name).map((e) => new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.schema', e.onKey ? doc.locate(e.path, 'key') : doc.locate(e.path), e.message, hintFor(e, name)));
}
function hintFor({ error: e }, name) {
    const ref = `See dist/schemas/${name}.schema.json for the allowed keys and values.`;
    if (e.keyword === 'additionalProperties')
        return `Remove or rename the key (keys are snake_case). ${ref}`;
    if (e.keyword === 'format' && e.params.format === 'date')
        return 'Write dates as YYYY-MM-DD; quote them if your editor reformats them.';
    return ref;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 81296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ parseYamlFile)
/* harmony export */ });
/* unused harmony exports yamlLimits, datesAsText */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_utf8_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23776);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83119);



/**
 * Caps that keep a hostile file from exhausting memory or time. Bytes alone do not bound memory: the
 * parser keeps about 2 KB per node, so 4 MiB of `[],[],…` (1.4 million nodes) took 2 GB and 17 s;
 * 20,000 nodes take about 60 MB and under a second, and the largest real files have a few thousand.
 */
const yamlLimits = {
    maxBytes: 4 * 1024 * 1024,
    maxNodes: 20_000,
    /** Tokens other than spaces, newlines and comments: stray `]`, `,`, `&a`, `!t` or `---` build no node but each cost as much. */
    maxTokens: 40_000,
    maxAliasCount: 100,
    maxDepth: 64,
    maxProblems: 20,
};
/**
 * Parse a YAML file strictly (unique keys, no custom tags, bounded aliases) keeping source positions.
 * Given bytes, the size limit is checked before decoding and invalid UTF-8 is located at its byte; given
 * text (already decoded by the caller), a U+FFFD is taken as the mark of a lossy decode.
 */
function parseYamlFile(file, input) {
    // Bytes, not UTF-16 units: 4 MiB of CJK text is 12 MiB on disk.
    const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
    if (size > yamlLimits.maxBytes) {
        return [
            new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.too-large', { file, line: 1, column: 1 }, `file is larger than ${yamlLimits.maxBytes} bytes (${size} bytes)`, 'Product data files are small; check that the right file is referenced.'),
        ];
    }
    const decoded = typeof input === 'string' ? decodedText(file, input) : decodeBytes(file, input);
    if (decoded instanceof _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y)
        return [decoded];
    const text = decoded;
    const crowded = scanTokens(file, text);
    if (crowded)
        return [crowded];
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
            lineCounter,
            uniqueKeys: true,
            prettyErrors: false,
            strict: true,
            version: '1.2',
            // Without this, explicit `!!binary`, `!!set`, `!!omap`, `!!pairs` and `!!timestamp` still resolve and
            // hand the schema validator a Buffer, Set, Map or Date where plain JSON data was promised.
            resolveKnownTags: false,
        });
    }
    catch (e) {
        // The parser catches its own stack overflows today; should one escape, it is still a too-deep file.
        if (e instanceof RangeError)
            return [tooDeep({ file, line: 1, column: 1 })];
        throw e;
    }
    const problems = [];
    for (const e of [...doc.errors, ...doc.warnings]) {
        // Located here rather than with the parser's prettyErrors, which quotes context for every error and
        // took 30 s on a file of 60,000 stray anchors.
        const pos = lineCounter.linePos(e.pos[0]);
        const at = { file, line: pos.line, column: pos.col };
        // The parser turns a stack overflow on absurdly deep nesting into one error per level: report it once,
        // as the nesting problem it is.
        if (e.code === 'RESOURCE_EXHAUSTION') {
            return [tooDeep(at)];
        }
        const message = e.message.split('\n')[0] ?? e.message;
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.yaml-syntax', at, yamlMessage(e.code, message), yamlHint(e.code)));
    }
    if (problems.length > yamlLimits.maxProblems) {
        // A binary or garbled file yields an error per line; the first few say everything there is to say.
        const rest = problems.length - yamlLimits.maxProblems;
        const last = problems[yamlLimits.maxProblems - 1];
        return [
            ...problems.slice(0, yamlLimits.maxProblems - 1),
            new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.yaml-syntax', last.at, `${last.message} (and ${rest} more YAML errors)`, 'Check that this is a YAML text file; fix the first error and run again.'),
        ];
    }
    if (problems.length > 0)
        return problems;
    const shapeProblem = checkShape(doc, file, lineCounter);
    if (shapeProblem)
        return [shapeProblem];
    let value;
    try {
        value = ownStrings(doc.toJS({ maxAliasCount: yamlLimits.maxAliasCount, reviver: datesAsText }));
    }
    catch (e) {
        return [
            new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.yaml-syntax', { file, line: 1, column: 1 }, e.message, 'Avoid YAML aliases that expand to large documents.'),
        ];
    }
    return { file, value, locate: (path, at = 'value') => locateIn(doc, lineCounter, file, path, at) };
}
/**
 * Replace every string in a parsed value with a copy of its own. The parser's strings are slices of the
 * file's text, and one kept slice keeps the whole text alive: an audit that keeps each product's manifest
 * and filing after judging it kept every product.yaml and filing.yaml whole. (A reviver cannot do this:
 * the parser stores a revived value only when it differs, and an equal string does not.)
 */
function ownStrings(value) {
    // A round trip through JSON builds a new string; slicing or concatenating may hand back the slice.
    const copy = (s) => JSON.parse(JSON.stringify(s));
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        if (v === null || typeof v !== 'object')
            continue;
        const o = v;
        for (const k of Object.keys(o)) {
            const x = o[k];
            if (typeof x === 'string')
                o[k] = copy(x);
            else if (x !== null && typeof x === 'object')
                stack.push(x);
        }
    }
    return typeof value === 'string' ? copy(value) : value;
}
/**
 * A file that declares `%YAML 1.1` gets that version's implicit timestamps: an unquoted 2026-07-01 becomes a
 * Date. The schemas describe dates as YYYY-MM-DD text (what YAML 1.2 and JSON give), so a date read either
 * way validates the same: a timestamp at midnight UTC turns back into its day, any other into ISO 8601.
 */
function datesAsText(_key, value) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
        return value;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
function yamlMessage(code, message) {
    if (code === 'DUPLICATE_KEY')
        return `duplicate key: ${message.replace(/ at line.*$/, '')}`;
    if (code === 'TAG_RESOLVE_FAILED')
        return `unsupported YAML tag: ${message.replace(/^Unresolved tag: /, '').replace(/ at line.*$/, '')}`;
    return `invalid YAML: ${message.replace(/ at line \d+, column \d+:?$/, '')}`;
}
function yamlHint(code) {
    if (code === 'DUPLICATE_KEY')
        return 'Each key may appear once in a mapping; remove or merge the duplicate.';
    if (code === 'TAG_RESOLVE_FAILED')
        return 'labelguard reads plain YAML; remove the custom tag.';
    return 'Fix the YAML syntax at this position (indentation, quotes, colons).';
}
// Tokens that begin a node (or a pair, whose key or value may be empty) in the lexer's stream.
const nodeTokens = new Set([
    'scalar',
    'single-quoted-scalar',
    'double-quoted-scalar',
    'block-scalar-header',
    'alias',
    'flow-map-start',
    'flow-seq-start',
    'seq-item-ind',
    'map-value-ind',
    'explicit-key-ind',
]);
const layoutTokens = new Set(['space', 'newline', 'comment']);
/**
 * Count nodes and tokens with the lexer, which streams tokens without building anything, and refuse the
 * file at the first one past its limit, before the parser builds a single node.
 */
function scanTokens(file, text) {
    let nodes = 0;
    let tokens = 0;
    let offset = 0;
    // Nesting the lexer can see: flow collections, and block indicators on one line (`- - - x`). Deeper
    // nesting by indentation is caught after parsing (checkShape), within the token limit.
    let flowDepth = 0;
    let lineDepth = 0;
    for (const token of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        const type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.tokenType(token);
        if (type === 'newline')
            lineDepth = 0;
        else if (type === 'flow-seq-start' || type === 'flow-map-start')
            flowDepth++;
        else if (type === 'flow-seq-end' || type === 'flow-map-end')
            flowDepth = Math.max(0, flowDepth - 1);
        // The lexer leaves flow mode when a line is not indented enough to continue it, unclosed or not.
        else if (type === 'flow-error-end')
            flowDepth = 0;
        else if (type === 'seq-item-ind' || type === 'explicit-key-ind')
            lineDepth++;
        if (flowDepth + lineDepth > yamlLimits.maxDepth) {
            const { line, column } = lineColumnOf(text, offset);
            return tooDeep({ file, line, column });
        }
        if (type && !layoutTokens.has(type)) {
            const tooMany = nodeTokens.has(type) && ++nodes > yamlLimits.maxNodes
                ? `more than ${yamlLimits.maxNodes.toLocaleString('en-US')} YAML values`
                : ++tokens > yamlLimits.maxTokens
                    ? `more than ${yamlLimits.maxTokens.toLocaleString('en-US')} YAML tokens`
                    : undefined;
            if (tooMany) {
                const { line, column } = lineColumnOf(text, offset);
                return new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.too-many-nodes', { file, line, column }, `${tooMany} in one file`, 'Product data, filings, configuration and rule packs have a few thousand values at most; check that this is the right file, or split it.');
            }
        }
        offset += token.length;
    }
    return undefined;
}
/** The problem for nesting beyond {@link yamlLimits.maxDepth}. */
function tooDeep(at) {
    return new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.too-deep', at, `nesting deeper than ${yamlLimits.maxDepth} levels`, 'Product data is shallow; flatten the structure.');
}
/**
 * Reject pathologically deep documents before converting them, so toJS cannot overflow the stack, and
 * mapping keys that are not plain scalars: a key that is a list or a map would be turned into a string
 * (with a warning on the console) instead of being reported.
 */
function checkShape(doc, file, lc) {
    const stack = [{ node: doc.contents, depth: 0 }];
    const at = (node) => {
        const pos = lc.linePos(node?.range?.[0] ?? 0);
        return { file, line: pos.line, column: pos.col };
    };
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (depth > yamlLimits.maxDepth)
            return tooDeep(at(node));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                if (pair.key !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key)) {
                    return new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.yaml-syntax', at(pair.key), 'a mapping key must be a plain value, not a list, a map or an alias', 'Write keys as plain words (snake_case); labelguard data has no complex keys.');
                }
                stack.push({ node: pair.value, depth: depth + 1 });
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            for (const item of node.items)
                stack.push({ node: item, depth: depth + 1 });
    }
    return undefined;
}
/** Text the caller decoded: a U+FFFD is what a lossy decoder leaves where the bytes were not UTF-8. */
function decodedText(file, text) {
    const at = text.indexOf('\uFFFD');
    if (at < 0)
        return text;
    return encodingProblem(file, lineColumnOf(text, at));
}
/** Decode UTF-8 strictly; invalid bytes are reported at the line and column where they start. */
function decodeBytes(file, bytes) {
    const r = (0,_core_utf8_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._)(bytes);
    // Everything before the first bad byte is valid, so it tells the line and column.
    return r.ok ? r.text : encodingProblem(file, lineColumnOf(r.before, r.before.length));
}
function encodingProblem(file, pos) {
    return new _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .LoadProblem */ .Y('data.encoding', { file, ...pos }, 'file is not valid UTF-8', 'Save the file as UTF-8 (labelguard reads no other encoding).');
}
/** 1-based line and column (in code points) of UTF-16 offset `at` of text. */
function lineColumnOf(text, at) {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
    return { line, column };
}
function locateIn(doc, lc, file, path, at) {
    let node = doc.contents;
    let best = node;
    for (const [i, key] of path.entries()) {
        let next;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? String(p.key.value) : String(p.key)) === String(key));
            // Point at the value when there is one, else at the key (e.g. `key:` with nothing after it).
            const wantKey = at === 'key' && i === path.length - 1;
            next = pair ? (wantKey ? pair.key : (pair.value ?? pair.key)) : undefined;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof key === 'number') {
            next = node.items[key];
        }
        if (next === undefined || next === null)
            break;
        node = next;
        best = next;
    }
    const offset = best?.range?.[0] ?? 0;
    const pos = lc.linePos(offset);
    return { file, line: pos.line, column: pos.col };
}


/***/ }),

/***/ 25092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ resolveRef),
/* harmony export */   s: () => (/* binding */ refusalMessage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Resolve `ref` (written in a file inside `baseDir`) to a repository-relative path, refusing anything
 * that could leave the repository: absolute paths, drive letters, NUL bytes, and `..` above the root.
 */
function resolveRef(baseDir, ref) {
    if (ref.trim() === '')
        return { refused: 'empty' };
    if (ref.includes('\0'))
        return { refused: 'nul' };
    if (ref.startsWith('/') || ref.startsWith('\\') || /^[A-Za-z]:/.test(ref))
        return { refused: 'absolute' };
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(baseDir, ref.replace(/\\/g, '/')));
    if (joined === '..' || joined.startsWith('../'))
        return { refused: 'escapes' };
    return { path: joined === '.' ? '' : joined };
}
/** A sentence saying why a reference was refused, for error messages. */
function refusalMessage(ref, why) {
    switch (why) {
        case 'empty':
            return 'file reference is empty';
        case 'nul':
            return 'file reference contains a NUL byte';
        case 'absolute':
            return `file reference '${ref}' is absolute; references must be relative to the product folder`;
        case 'escapes':
            return `file reference '${ref}' leaves the repository`;
        case 'outside':
            return `file reference '${ref}' is a symbolic link that points outside the repository`;
    }
}


/***/ }),

/***/ 18743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ entryLocator)
/* harmony export */ });
// Where a component or service is written in its SBOM file, so a finding about it points at its line
// (JSON or XML) instead of line 1. The reader's normalised model keeps no positions; the text is searched
// for the entry's most specific identity: its bom-ref, else its purl, else its name.
/** A locator over one SBOM's text (JSON or XML, told from its first character). */
function entryLocator(text) {
    const xml = text.trimStart().startsWith('<');
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    const lineAt = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    // Every `key: value` of the three identity keys, indexed once (first occurrence wins): a finding per
    // component of a 100,000-component SBOM must not search the whole text each time.
    const index = new Map();
    // The key is found by a regular expression; a JSON value is scanned by hand, since a pattern over an
    // escaped string recurses once per character and a hostile megabyte-long string overflows the stack.
    const pattern = xml ? /bom-ref="([^"]*)"|<(purl|name)>([^<]*)<\/\2>/g : /"(bom-ref|purl|name)"\s*:\s*"/g;
    for (const m of text.matchAll(pattern)) {
        let key;
        if (xml)
            key = m[1] !== undefined ? `bom-ref=${m[1]}` : `${m[2]}=${m[3]}`;
        else {
            const start = m.index + m[0].length - 1;
            let end = start + 1;
            while (end < text.length && text[end] !== '"')
                end += text[end] === '\\' ? 2 : 1;
            key = `${m[1]}=${jsonValue(text.slice(start, end + 1))}`;
        }
        if (!index.has(key))
            index.set(key, lineAt(m.index));
    }
    return (e) => {
        const tries = [];
        if (e.bomRef)
            tries.push(`bom-ref=${xml ? xmlText(e.bomRef) : e.bomRef}`);
        if (e.purl)
            tries.push(`purl=${xml ? xmlText(e.purl) : e.purl}`);
        tries.push(`name=${xml ? xmlText(e.name) : e.name}`);
        for (const t of tries) {
            const line = index.get(t);
            if (line !== undefined)
                return line;
        }
        return undefined;
    };
}
function jsonValue(literal) {
    try {
        return JSON.parse(literal);
    }
    catch {
        return literal;
    }
}
function xmlText(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}


/***/ }),

/***/ 30405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ schemaErrors)
/* harmony export */ });
/* unused harmony export pointerToPath */
/** `/a/0/b` → `['a', 0, 'b']`. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/**
 * Ajv's errors as located messages: `anyOf`/`oneOf` report every branch, so only the most specific
 * errors per location are kept, each once. `root` names the whole document (`the file`); `schema`, when
 * given, names the schema in messages Ajv words itself.
 */
function schemaErrors(errors, root, schema) {
    return dedupe(errors).map((e) => {
        const path = pointerToPath(e.instancePath);
        const p = e.params;
        const onKey = e.keyword === 'additionalProperties';
        return {
            path: onKey ? [...path, String(p.additionalProperty)] : path,
            onKey,
            message: describe(e, path.length === 0 ? root : `'${path.join('.')}'`, schema),
            error: e,
        };
    });
}
function dedupe(errors) {
    const byPath = new Map();
    for (const e of errors)
        byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
    const out = [];
    for (const list of byPath.values()) {
        const specific = list.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
        const seen = new Set();
        for (const e of specific.length > 0 ? specific : list) {
            const key = `${e.keyword}:${JSON.stringify(e.params)}`;
            if (!seen.has(key))
                out.push(e);
            seen.add(key);
        }
    }
    return out;
}
function describe(e, where, schema) {
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return `unknown key '${String(p.additionalProperty)}' in ${where}`;
        case 'required':
            return `missing required key '${String(p.missingProperty)}' in ${where}`;
        case 'type':
            return `${where} must be ${String(p.type)}`;
        case 'enum':
            return `${where} must be one of: ${p.allowedValues.map(String).join(', ')}`;
        case 'const':
            return `${where} must be ${JSON.stringify(p.allowedValue)}`;
        case 'format':
            return `${where} must be a valid ${String(p.format)}${p.format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
        case 'pattern':
            return `${where} does not match the expected form ${String(p.pattern)}`;
        default:
            return `${where} ${e.message ?? 'is invalid'}${schema ? ` (${schema} schema)` : ''}`;
    }
}


/***/ }),

/***/ 30062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ statusWording),
/* harmony export */   x: () => (/* binding */ canonicalStatus)
/* harmony export */ });
/**
 * The data model's status for a value written in filing.yaml: `filed` (备案完成, the agency's word) is read
 * as `granted`, the value the model has always used, so both spellings keep working.
 */
function canonicalStatus(status) {
    return status === 'filed' ? 'granted' : status;
}
// 备案 is a filing checked for completeness, not an approval: documents never say "granted".
const wording = {
    'not-filed': 'not filed (未备案)',
    submitted: 'submitted, awaiting the agency (已提交备案)',
    granted: 'filed (备案完成)',
    'refiling-required': 'refiling required (需重新备案)',
    'refiling-submitted': 'refiling submitted (已提交重新备案)',
    expired: 'expired (已过期)',
    cancelled: 'cancelled (已注销)',
};
/** How documents meant for the filing agency and the product team name a filing status. */
function statusWording(status) {
    return wording[canonicalStatus(status)];
}


/***/ }),

/***/ 17665:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ compiledAtBuild),
/* harmony export */   Nc: () => (/* binding */ validator)
/* harmony export */ });
/* unused harmony exports cyclonedxVersions, schemaNames */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25462);
// The validator of every built-in schema. The build compiles each one into standalone code
// (dist/schemas/compiled/<name>.cjs, written by scripts/compile-schemas.ts), so a run loads a validator
// instead of compiling a schema (60–200 ms for a CycloneDX version, ~20 ms for a small one) and does not
// load Ajv at all. Running from source, where no compiled code exists, compiles with the same Ajv set-up
// (compile.ts) on first use.




const dataSchemaNames = [
    'product',
    'filing',
    'config',
    'pack',
    'rules',
    'catalogue',
    'software',
    'changes',
    'status',
    'report',
];
const cyclonedxVersions = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
/** Every built-in schema, as the build compiles them. */
const schemaNames = [
    ...dataSchemaNames,
    ...cyclonedxVersions.map((v) => `bom-${v}`),
];
const validators = new Map();
let compiledDir;
/** The folder of validators compiled by the build (beside the bundle), or null when running from source. */
function compiled() {
    if (compiledDir === undefined) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,_assets_js__WEBPACK_IMPORTED_MODULE_3__/* .assetDir */ .Y)('schemas/cyclonedx')), 'compiled');
        compiledDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) ? dir : null;
    }
    return compiledDir;
}
/**
 * Whether this labelguard was built: its schemas compiled and its built-in rule packs validated by the
 * build (which fails on any problem in them), so a run need not validate those packs again.
 */
function compiledAtBuild() {
    return compiled() !== null;
}
/** The compiled code of a schema shipped beside the bundle, when there is one. */
function precompiled(name) {
    const dir = compiled();
    if (dir === null)
        return undefined;
    return (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${name}.cjs`));
}
// Ajv and the schemas themselves load only where nothing was compiled at build time (top-level await, so
// the bundle keeps them in a chunk of their own that a built run never reads).
const { ajvFactory, schemaFor } = compiledAtBuild()
    ? { ajvFactory: undefined, schemaFor: undefined }
    : await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(128), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 31900));
const runtimeAjv = ajvFactory?.();
/** The validator of a built-in schema: compiled at build time when available, else now (once). */
function validator(name) {
    let fn = validators.get(name);
    if (fn === undefined) {
        fn = precompiled(name);
        if (fn === undefined) {
            const { ajv, schema } = schemaFor(name, runtimeAjv);
            fn = ajv.compile(schema);
        }
        validators.set(name, fn);
    }
    return fn;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
