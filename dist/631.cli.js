export const id = 631;
export const ids = [631];
export const modules = {

/***/ 25462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ assetDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



// A file that only the data folder holds: `src/rules/` (code) must not be mistaken for `rules/` (data).
const markers = {
    rules: 'cn-ccl',
    templates: 'label.svg.hbs',
    'schemas/cyclonedx': 'bom-1.6.SNAPSHOT.schema.json',
    'assets/label': 'label-cjk.ttf',
};
/**
 * The folder of shipped data (`rules`, `templates`, the CycloneDX schemas, the label font): beside the bundle in dist/,
 * or in the repository (root, or src/) when running from source. Found by walking up from this module's own file.
 */
function assetDir(name) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, markers[name])))
            return candidate;
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    }
    throw new Error(`labelguard is incomplete: its '${name}' folder was not found above ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)}`);
}


/***/ }),

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   kD: () => (/* binding */ parseFilingId)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** Parse a command's arguments strictly; unknown flags and missing values are usage errors (exit 2). */
function parseCommandArgs(command, args, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals,
            strict: true,
        });
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${e.message.replace(/\. To specify.*$/, '')}`, [
            `Run 'labelguard ${command} --help' for usage.`,
        ]);
    }
}
/** Validate a --now value: a real calendar date. */
function parseNow(value, today) {
    const now = value ?? today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(now) ||
        Number.isNaN(Date.parse(`${now}T00:00:00Z`)) ||
        new Date(`${now}T00:00:00Z`).toISOString().slice(0, 10) !== now) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--now must be a date as YYYY-MM-DD, got '${now}'`);
    }
    return now;
}
/** Validate a --format value against the formats a command supports. */
function parseFormat(value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--format must be one of ${allowed.join(', ')}, got '${value}'`);
    }
    return value;
}
/** Validate a --filing-id value (default: the day): it names a folder under the product's filings/. */
function parseFilingId(value, now) {
    const id = value ?? now;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--filing-id must be a plain folder name, got '${id}'`);
    return id;
}


/***/ }),

/***/ 21121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ findRepoRoot),
/* harmony export */   w: () => (/* binding */ repoDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



/** Resolve --repo to an existing directory, or fail as a usage error. */
function repoDir(cwd, value) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, value ?? '.');
    let ok;
    try {
        ok = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory();
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`repository '${value ?? '.'}' does not exist or is not a directory`, [
            'Pass --repo <path to your compliance repository>.',
        ]);
    return dir;
}
/**
 * The compliance repository a product folder belongs to, when --repo is not given: the nearest folder at
 * or above `start` that holds a .labelguard.yml (or .yaml) or .git; undefined when there is none.
 */
function findRepoRoot(start) {
    let dir = start;
    for (;;) {
        for (const marker of ['.labelguard.yml', '.labelguard.yaml', '.git']) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, marker));
                return dir;
            }
            catch (e) {
                if (e.code === 'EISDIR')
                    return dir;
            }
        }
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}


/***/ }),

/***/ 95278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   b$: () => (/* binding */ sourceConfidences),
/* harmony export */   en: () => (/* binding */ sourceLabel),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/** Where a requirement or classification comes from: regulation text, standard clause, guidance. */
/** How firmly a source supports what it is cited for (see docs/rules.md). */
const sourceConfidences = ['confirmed', 'fragment', 'inferred', 'assumption'];
/**
 * A source as one line of text: title, number, version and clause, then the confidence in brackets, e.g.
 * `《网络安全标识管理办法》 Measures for Cybersecurity Labels, 国信办发文〔2026〕4号, label items [confirmed]`.
 */
function sourceLabel(s) {
    const cited = [s.title, s.number, s.version, s.clause].filter(Boolean).join(', ');
    return s.confidence ? `${cited} [${s.confidence}]` : cited;
}
/** Compare strings by code unit: unlike localeCompare, the same on every machine and locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Sort findings into the order every report uses: by file, then position, then rule. */
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}


/***/ }),

/***/ 23776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
// Strict UTF-8 decoding for the readers of user files. A lossy decoder turns invalid bytes into U+FFFD
// without a word, so a manifest or SBOM saved in another encoding would be read as slightly different
// data instead of being refused where the bad byte stands.
const strict = new TextDecoder('utf-8', { fatal: true });
/** Decode UTF-8 strictly (a leading byte-order mark is dropped). */
function decodeUtf8(bytes) {
    try {
        return { ok: true, text: strict.decode(bytes) };
    }
    catch {
        const byteOffset = firstInvalidUtf8(bytes);
        return { ok: false, byteOffset, before: strict.decode(bytes.subarray(0, byteOffset)) };
    }
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        const need = c < 0x80
            ? 0
            : c >= 0xc2 && c <= 0xdf
                ? 1
                : c >= 0xe0 && c <= 0xef
                    ? 2
                    : c >= 0xf0 && c <= 0xf4
                        ? 3
                        : -1;
        if (need < 0 || (need > 0 && i + need >= b.length))
            return i;
        // The second byte's range also excludes overlong forms and surrogates (the E0, ED, F0 and F4 rows).
        const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
        const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
        const second = b[i + 1] ?? 0;
        if (need > 0 && (second < lo || second > hi))
            return i;
        for (let k = 2; k <= need; k++)
            if (((b[i + k] ?? 0) & 0xc0) !== 0x80)
                return i;
        i += need + 1;
    }
    return b.length;
}


/***/ }),

/***/ 68922:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ productGlobMatcher),
/* harmony export */   Rc: () => (/* binding */ referencedFiles),
/* harmony export */   Su: () => (/* binding */ discoverManifests),
/* harmony export */   TQ: () => (/* binding */ defaultProductGlob),
/* harmony export */   Tn: () => (/* binding */ filingFileName),
/* harmony export */   YG: () => (/* binding */ summaryOf),
/* harmony export */   rV: () => (/* binding */ loadRepository),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export notAFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _repo_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25092);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30062);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18743);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63780);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83119);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91064);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(81296);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_config_js__WEBPACK_IMPORTED_MODULE_2__, _validate_js__WEBPACK_IMPORTED_MODULE_4__]);
([_config_js__WEBPACK_IMPORTED_MODULE_2__, _validate_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











// The SBOM readers (and their XML parser and CycloneDX library) load with the first SBOM: a run that
// reads none, such as a pull request touching no product, does not pay for them.
const sbomReader = () => Promise.all(/* import() */[__webpack_require__.e(893), __webpack_require__.e(532), __webpack_require__.e(334)]).then(__webpack_require__.bind(__webpack_require__, 15334));
const defaultProductGlob = 'products/*/product.yaml';
// Repository paths are POSIX on every runner (and picomatch then need not probe the platform).
const posixGlob = { dot: false, windows: false };
const globMatchers = new Map();
/** The matcher of a product glob, compiled once per run (the scope and the loader both ask). */
function productGlobMatcher(pattern) {
    let match = globMatchers.get(pattern);
    if (!match)
        globMatchers.set(pattern, (match = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(pattern, posixGlob)));
    return match;
}
const filingFileName = 'filing.yaml';
/**
 * A product's manifest and filing as the steps after judging read them (status rows, duplicate ids,
 * unjudged products): whole while loaded, or what a released product kept of them.
 */
function summaryOf(p) {
    return (p.summary ?? {
        ...(p.manifest ? { manifest: p.manifest } : {}),
        ...(p.filing ? { filing: p.filing } : {}),
    });
}
/** Where a value in a loaded product's manifest or filing stands; falls back to the file's start. */
function locate(p, doc, path) {
    const d = doc === 'product' ? p.manifestDoc : p.filingDoc;
    if (d)
        return d.locate(path);
    return { file: doc === 'product' ? p.manifestFile : (p.filingFile ?? p.manifestFile), line: 1, column: 1 };
}
/** Discover, parse and validate every product of the repository. */
async function loadRepository(source, options = {}) {
    const config = options.config ?? (await (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(source, options.configPath));
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`product glob '${pattern}' must be relative and stay inside the repository`);
        }
        const base = picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(pattern).base;
        const match = productGlobMatcher(pattern);
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
        const schemaProblems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateAgainst */ .s)('product', manifestDoc);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, schemaProblems);
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
            const schemaProblems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateAgainst */ .s)('filing', filingDoc);
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, schemaProblems);
            if (schemaProblems.length === 0) {
                const filing = filingDoc.value;
                p.filing = { ...filing, status: (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalStatus */ .x)(filing.status) };
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
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(p.findings, read.findings.map((f) => ({ ...f, productId: p.id })));
            if (read.inventory)
                p.baselineSbom = read.inventory;
            p.baselineBytesDigest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(ref.bytes).digest('hex')}`;
        }
    }
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(p.findings, problems.map((x) => x.toFinding(p.id)));
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
            (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(p.findings, read.findings.map((f) => ({ ...f, productId: p.id })));
            if (read.inventory) {
                p.sbom = read.inventory;
                p.sbomLocate = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_7__/* .entryLocator */ .R)(new TextDecoder().decode(sbom.bytes));
            }
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
    const r = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveRef */ .q)(p.dir, ref);
    if ('refused' in r) {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.path-escape', at, (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .refusalMessage */ .s)(ref, r.refused), 'Reference files inside the repository with a path relative to the product folder.'));
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
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.path-escape', at, (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .refusalMessage */ .s)(ref, 'outside'), 'Commit the file itself instead of a link to a place outside the repository.'));
        p.files.push({ doc, path, ref, resolved: r.path });
        return undefined;
    }
    const bytes = where === 'inside' ? await source.readFile(r.path) : undefined;
    if (!bytes) {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.missing-file', at, `referenced file '${ref}' does not exist (${r.path})`, 'Add the file, or correct the path (relative to the product folder).'));
        p.files.push({ doc, path, ref, resolved: r.path });
        return { resolved: r.path };
    }
    p.files.push({ doc, path, ref, resolved: r.path, sha256: sha256Hex(bytes) });
    return { resolved: r.path, bytes };
}
/** A FIFO, socket or device where a file is expected: refused without opening it (a FIFO blocks). */
function notAFile(at, ref) {
    return new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.not-a-file', at, `'${ref}' is not a regular file (a FIFO, socket or device); it was not opened`, 'Reference a regular file committed to the repository.');
}
async function readYaml(source, file, problems, onRead) {
    const where = await source.containment(file);
    if (where === 'special') {
        problems.push(notAFile({ file, line: 1, column: 1 }, file));
        return undefined;
    }
    if (where === 'outside') {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.path-escape', { file, line: 1, column: 1 }, (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .refusalMessage */ .s)(file, 'outside'), 'Commit the file itself instead of a link to a place outside the repository.'));
        return undefined;
    }
    const bytes = await source.readFile(file);
    if (!bytes) {
        problems.push(new _problem_js__WEBPACK_IMPORTED_MODULE_9__/* .LoadProblem */ .Y('data.missing-file', { file, line: 1, column: 1 }, `cannot read ${file}`, 'Check the file exists and is readable.'));
        return undefined;
    }
    // The bytes, not a decoded string: the parser checks the size before decoding anything and locates
    // invalid UTF-8 (a lossy decode here would hide it, or flag a file that merely contains U+FFFD).
    const parsed = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_10__/* .parseYamlFile */ .BU)(file, bytes);
    if (Array.isArray(parsed)) {
        onRead(sha256Hex(bytes), undefined);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, parsed);
        return undefined;
    }
    onRead(sha256Hex(bytes), bytes.toString('utf8'));
    return parsed;
}
function duplicateIds(products) {
    const byId = new Map();
    for (const p of products)
        if (summaryOf(p).manifest)
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

/***/ 4479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ WorkingTreeSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Synchronous calls for listings, links and small files, on purpose: each promise-based call goes through
// libuv's thread pool (started on first use) and the microtask queue. On a pull request that touches no
// product, the scope's few hundred small calls took 17 ms that way, 5 ms like this. Every read stays
// guarded: a containment check (or, for a file the listing met, an open that refuses a link) and a
// non-blocking open checked to be a regular file.


const maxLinkHops = 40;
const skippedDirs = new Set(['.git', 'node_modules']);
/** Files up to this size (manifests, filings, configuration) are read at once; larger ones asynchronously. */
const smallFile = 64 * 1024;
/** The repository's working tree on disk. */
class WorkingTreeSource {
    root;
    label = 'working tree';
    rootReal;
    /** Folders `listFiles` walked whole, and the links it met there: what `hasLinks` need not walk again. */
    walked = new Set();
    linksSeen = new Set();
    /**
     * Regular files `listFiles` met, every folder on the way a real folder (a link is never descended):
     * inside the repository without a containment check, which cost three calls per read (a pull request in
     * a 1,000-product repository reads two files of each product on each side).
     */
    plainFiles = new Set();
    constructor(root) {
        this.root = root;
    }
    listFiles(dir) {
        return Promise.resolve(this.listFilesNow(dir));
    }
    listFilesNow(dir) {
        const top = dir === '.' ? '' : dir.replace(/\/$/, '');
        const out = [];
        const pending = [top];
        while (pending.length > 0) {
            const rel = pending.pop();
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel), { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const e of entries) {
                const child = rel === '' ? e.name : `${rel}/${e.name}`;
                if (e.isDirectory()) {
                    if (!skippedDirs.has(e.name))
                        pending.push(child);
                }
                else {
                    if (e.isSymbolicLink())
                        this.linksSeen.add(child);
                    else if (e.isFile())
                        this.plainFiles.add(child);
                    out.push(child);
                }
            }
        }
        this.walked.add(top);
        return out.sort();
    }
    readFile(path) {
        const listed = this.plainFiles.has(path);
        if (!listed && this.containmentNow(path) !== 'inside')
            return Promise.resolve(undefined);
        let fd;
        try {
            // Non-blocking, and checked on the open file: a FIFO swapped in after containment() would otherwise
            // block the read forever waiting for a writer. (No-op for regular files; absent on Windows.) A listed
            // file is opened only if it is still not a link.
            const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (listed ? (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) : 0);
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, path), flags);
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (!stats.isFile())
                return Promise.resolve(undefined);
            if (stats.size <= smallFile)
                return Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd));
            // A large file (an SBOM) is read off the main thread: read synchronously, a 300-product audit's peak
            // memory rose by about a sixth.
            const large = fd;
            fd = undefined;
            return new Promise((resolve) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile)(large, (err, bytes) => {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(large);
                resolve(err ? undefined : bytes);
            }));
        }
        catch {
            return Promise.resolve(undefined);
        }
        finally {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    hasLinks(dir) {
        return Promise.resolve(this.hasLinksNow(dir));
    }
    /** Whether `listFiles` walked a folder at or above `dir`. */
    walkedAbove(dir) {
        for (const w of this.walked)
            if (w === '' || dir === w || dir.startsWith(`${w}/`))
                return true;
        return false;
    }
    hasLinksNow(dir) {
        if (dir !== '' && this.walkedAbove(dir)) {
            const below = `${dir}/`;
            for (const link of this.linksSeen)
                if (link === dir || link.startsWith(below))
                    return true;
            return false;
        }
        const pending = [dir];
        while (pending.length > 0) {
            const rel = pending.pop();
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel)).isSymbolicLink())
                    return true;
                for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel), { withFileTypes: true })) {
                    if (e.isSymbolicLink())
                        return true;
                    if (e.isDirectory() && !skippedDirs.has(e.name))
                        pending.push(rel === '' ? e.name : `${rel}/${e.name}`);
                }
            }
            catch {
                // Gone or not a folder: nothing below it.
            }
        }
        return false;
    }
    trail(path) {
        return Promise.resolve(this.trailNow(path));
    }
    trailNow(path) {
        const out = new Set([path]);
        // Walk the path one name at a time, as the kernel does, noting every link met and where it leads.
        let pending = path.split('/').filter((n) => n !== '' && n !== '.');
        const done = [];
        for (let hops = 0; pending.length > 0 && hops <= maxLinkHops;) {
            const name = pending.shift();
            if (name === '..') {
                if (done.pop() === undefined)
                    break; // above the repository
                continue;
            }
            const at = [...done, name].join('/');
            let target;
            try {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, at)).isSymbolicLink()) {
                    done.push(name);
                    continue;
                }
                target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, at));
            }
            catch {
                break; // missing from here on
            }
            out.add(at);
            hops++;
            if (node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(target) || /^[A-Za-z]:/.test(target))
                break;
            pending = target
                .replace(/\\/g, '/')
                .split('/')
                .filter((n) => n !== '' && n !== '.')
                .concat(pending);
        }
        if (pending.length === 0 && done.length > 0)
            out.add(done.join('/'));
        return [...out];
    }
    containment(path) {
        return Promise.resolve(this.containmentNow(path));
    }
    containmentNow(path) {
        if (this.plainFiles.has(path))
            return 'inside';
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, path);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
        }
        catch {
            return 'missing';
        }
        try {
            const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(full);
            this.rootReal ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.root);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.rootReal, real);
            if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
                return 'outside';
            // A FIFO, socket or device: opening a FIFO blocks until someone writes to it, so `check` hung.
            const kind = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
            return kind.isFile() || kind.isDirectory() ? 'inside' : 'special';
        }
        catch {
            // A dangling symlink: it exists but leads nowhere we can read.
            return 'missing';
        }
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


/***/ })

};
