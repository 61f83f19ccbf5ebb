export const id = 504;
export const ids = [504,736];
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

/***/ 9536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ validateOverrides),
/* harmony export */   q: () => (/* binding */ activeOverrides)
/* harmony export */ });
/* harmony import */ var _unclassified_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45749);

/** Overrides in `.labelguard.yml` that name no classification entry of any loaded pack (likely a typo). */
function validateOverrides(classifier, config) {
    const known = new Set([_unclassified_js__WEBPACK_IMPORTED_MODULE_0__/* .unclassifiedId */ ._, ...classifier.tables.flatMap((t) => t.entries.map((e) => e.id))]);
    const out = [];
    (config.config.classification ?? []).forEach((o, i) => {
        if (known.has(o.change))
            return;
        const at = config.doc?.locate(['classification', i, 'change']) ?? {
            file: config.file ?? '.labelguard.yml',
            line: 1,
            column: 1,
        };
        out.push({
            ruleId: 'config.unknown-classification',
            severity: 'error',
            message: `classification override names '${o.change}', which no loaded change classification defines`,
            hint: `Use an entry id from a pack's changes.yaml, e.g. ${[...known].sort().slice(0, 4).join(', ')}.`,
            ...at,
        });
    });
    return out;
}
/**
 * The overrides that apply on `now` (YYYY-MM-DD), and a finding for each that expired: like a waiver,
 * an expired override stops lowering (or raising) anything and says so.
 */
function activeOverrides(config, now) {
    const active = [];
    const problems = [];
    (config.config.classification ?? []).forEach((o, i) => {
        if (o.expires === undefined || o.expires >= now) {
            active.push(o);
            return;
        }
        problems.push({
            ruleId: 'policy.override-expired',
            severity: 'warning',
            message: `classification override of '${o.change}'${o.product ? ` for ${o.product}` : ''} expired on ${o.expires} and no longer applies`,
            hint: `Record the change as the pack classifies it, or have ${o.approver ?? 'an approver'} renew the override with a new \`expires\` date and justification.`,
            ...(o.product ? { productId: o.product } : {}),
            ...(config.doc?.locate(['classification', i, 'expires']) ?? {
                file: config.file ?? '.labelguard.yml',
                line: 1,
                column: 1,
            }),
        });
    });
    return { active, problems };
}


/***/ }),

/***/ 45749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ unclassifiedId)
/* harmony export */ });
/**
 * The classification id of a difference no entry classified (no table for the scheme, or no catch-all):
 * nothing is dropped. Apart from the classifier so that checking overrides loads no expression engine.
 */
const unclassifiedId = 'unclassified';


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
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32229);


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
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${e.message.replace(/\. To specify.*$/, '')}`, [
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
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--now must be a date as YYYY-MM-DD, got '${now}'`);
    }
    return now;
}
/** Validate a --format value against the formats a command supports. */
function parseFormat(value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--format must be one of ${allowed.join(', ')}, got '${value}'`);
    }
    return value;
}
/** Validate a --filing-id value (default: the day): it names a folder under the product's filings/. */
function parseFilingId(value, now) {
    const id = value ?? now;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id))
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--filing-id must be a plain folder name, got '${id}'`);
    return id;
}


/***/ }),

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ emit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Write a command's output to `--output` (exact bytes) or to standard output. */
function emit(io, output, text) {
    if (output)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), text);
    else
        io.stdout(text);
}


/***/ }),

/***/ 21121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ repoDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32229);



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
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`repository '${value ?? '.'}' does not exist or is not a directory`, [
            'Pass --repo <path to your compliance repository>.',
        ]);
    return dir;
}


/***/ }),

/***/ 96293:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rulesHelp: () => (/* binding */ rulesHelp),
/* harmony export */   runRules: () => (/* binding */ runRules)
/* harmony export */ });
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32229);
/* harmony import */ var _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86540);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85755);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4479);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71604);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__]);
([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);







const rulesHelp = `Usage: labelguard rules [--pack NAME]... [--repo DIR] [--format text|json|markdown] [--output FILE]

List the rules of the built-in packs (or of --pack: a built-in name, or ./path to a pack inside --repo)
with their star level, severity, whether the tier is confirmed or inferred, thresholds and sources.
`;
/** `labelguard rules`. */
async function runRules(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('rules', args, {
        pack: { type: 'string', multiple: true },
        repo: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
    });
    if (values.help) {
        io.stdout(rulesHelp);
        return 0;
    }
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFormat */ .Xc)(values.format, ['text', 'json', 'markdown'], 'text');
    const dir = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_6__/* .repoDir */ .w)(io.cwd, values.repo);
    const loaded = await (0,_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_1__.loadPacks)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkingTreeSource */ .T(dir), {
        config: { packs: values.pack ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinPacks */ .ih] },
    });
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('the rule packs are invalid', errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
    }
    (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .emit */ .I)(io, values.output, (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderRules */ .am)(loaded.packs, format));
    return 0;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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

/***/ 58164:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ policyTrail),
/* harmony export */   TX: () => (/* binding */ readRepoPacks),
/* harmony export */   ff: () => (/* binding */ policyPaths),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var _load_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63780);
/* harmony import */ var _repo_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25092);
/* harmony import */ var _rules_pack_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7584);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_config_js__WEBPACK_IMPORTED_MODULE_0__]);
_load_config_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** Read the whole policy from one revision (or the working tree). */
async function loadPolicy(source, configPath, from = source.label) {
    const config = await (0,_load_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(source, configPath);
    const files = new Map();
    if (config.file) {
        const bytes = await source.readFile(config.file);
        if (bytes)
            files.set(config.file, bytes.toString('utf8'));
    }
    const repoPacks = await readRepoPacks(source, config);
    for (const pack of repoPacks.values())
        for (const f of pack.files)
            files.set(`${pack.root}/${f}`, pack.read(f) ?? '');
    return { config, repoPacks, files, from };
}
/** The repository packs a configuration names, read from `source`. */
async function readRepoPacks(source, config) {
    const out = new Map();
    for (const spec of (config.config.packs ?? [..._rules_pack_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinPacks */ .i]).map(_rules_pack_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .packSpec */ .x)) {
        if (!('path' in spec))
            continue;
        const pack = await readRepoPack(source, spec.path);
        if (pack)
            out.set(spec.path, pack);
    }
    return out;
}
/**
 * The paths whose content makes up the policy a configuration implies: both default configuration
 * names (or the explicit one) and the folders of the repository packs. A change under any of them (or
 * to a link on the way to them, see {@link policyTrail}) may change the policy.
 */
function policyPaths(config, configPath) {
    const packs = (config.config.packs ?? []).flatMap((p) => {
        const spec = (0,_rules_pack_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .packSpec */ .x)(p);
        if (!('path' in spec))
            return [];
        const r = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRef */ .q)('', spec.path);
        return 'path' in r ? [r.path] : [];
    });
    return [...new Set([...(configPath ? [configPath] : _load_config_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultConfigFiles */ .$), ...packs])];
}
/**
 * Every repository path a change would have to touch to change the policy read from `source`: the
 * policy paths, the files under the pack folders, and the links on the way to each.
 */
async function policyTrail(source, paths) {
    const out = new Set();
    for (const p of paths) {
        for (const t of await source.trail(p))
            out.add(t);
        for (const f of await source.listFiles(p))
            for (const t of await source.trail(f))
                out.add(t);
    }
    return [...out];
}
/** A pack inside the user's repository, read up front so the pure loader can read it synchronously. */
async function readRepoPack(source, path) {
    const r = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRef */ .q)('', path);
    if ('refused' in r)
        return undefined;
    const texts = new Map();
    for (const file of await source.listFiles(r.path)) {
        const bytes = await source.readFile(file);
        if (bytes)
            texts.set(file.slice(r.path.length + 1), bytes.toString('utf8'));
    }
    if (texts.size === 0)
        return undefined;
    return { root: r.path, files: [...texts.keys()].sort(), read: (rel) => texts.get(rel) };
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const maxLinkHops = 40;
const skippedDirs = new Set(['.git', 'node_modules']);
/** The repository's working tree on disk. */
class WorkingTreeSource {
    root;
    label = 'working tree';
    rootReal;
    constructor(root) {
        this.root = root;
        this.rootReal = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    }
    async listFiles(dir) {
        const out = [];
        const pending = [dir];
        while (pending.length > 0) {
            const rel = pending.pop();
            let entries;
            try {
                entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, rel), { withFileTypes: true });
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
                    out.push(child);
                }
            }
        }
        return out.sort();
    }
    async readFile(path) {
        if ((await this.containment(path)) !== 'inside')
            return undefined;
        let handle;
        try {
            // Non-blocking, and checked on the open file: a FIFO swapped in after containment() would otherwise
            // block the read forever waiting for a writer. (No-op for regular files; absent on Windows.)
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, path), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
            if (!(await handle.stat()).isFile())
                return undefined;
            return await handle.readFile();
        }
        catch {
            return undefined;
        }
        finally {
            await handle?.close();
        }
    }
    async hasLinks(dir) {
        const pending = [dir];
        while (pending.length > 0) {
            const rel = pending.pop();
            try {
                if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, rel))).isSymbolicLink())
                    return true;
                for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, rel), { withFileTypes: true })) {
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
    async trail(path) {
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
                if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, at))).isSymbolicLink()) {
                    done.push(name);
                    continue;
                }
                target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, at));
            }
            catch {
                break; // missing from here on
            }
            out.add(at);
            hops++;
            if (node_path__WEBPACK_IMPORTED_MODULE_2__.posix.isAbsolute(target) || /^[A-Za-z]:/.test(target))
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
    async containment(path) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, path);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
        }
        catch {
            return 'missing';
        }
        try {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(full);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(await this.rootReal, real);
            if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) || rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep))
                return 'outside';
            // A FIFO, socket or device: opening a FIFO blocks until someone writes to it, so `check` hung.
            const kind = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
            return kind.isFile() || kind.isDirectory() ? 'inside' : 'special';
        }
        catch {
            // A dangling symlink: it exists but leads nowhere we can read.
            return 'missing';
        }
    }
}


/***/ }),

/***/ 7584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ builtinPacks),
/* harmony export */   x: () => (/* binding */ packSpec)
/* harmony export */ });
/** The packs shipped with labelguard, found by the shell at `<dist or repo root>/rules/<name>/`. */
const builtinPacks = ['cn-ccl', 'etsi-en-303-645'];
/** A `.labelguard.yml` `packs:` entry as a spec: `./path` (or `../`, `/`) is a folder, anything else a name. */
function packSpec(entry) {
    return /^(\.{1,2}\/|\/)/.test(entry) ? { path: entry } : { name: entry };
}


/***/ })

};
