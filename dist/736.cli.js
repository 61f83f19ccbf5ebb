export const id = 736;
export const ids = [736];
export const modules = {

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

/***/ })

};
