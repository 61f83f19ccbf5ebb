export const id = 540;
export const ids = [540];
export const modules = {

/***/ 90332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ changeSetsFileName),
/* harmony export */   ZR: () => (/* binding */ loadGroupRules),
/* harmony export */   o7: () => (/* binding */ kindMatches)
/* harmony export */ });
/* unused harmony export groupLinks */
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);

const groupLinks = ['provides', 'names', 'brought-in', 'same-values'];
const changeSetsFileName = 'change-sets.yaml';
/**
 * Parse and check a `change-sets.yaml`. A broken file is a problem naming the file, the line and the
 * field; nothing is grouped then (every difference stays a change of its own), nothing is dropped.
 */
function loadGroupRules(file, text) {
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        return {
            rules: [],
            problems: parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })),
        };
    }
    const problems = [];
    const bad = (path, message) => {
        const at = parsed.locate(path);
        problems.push({
            ruleId: 'data.rule-pack-invalid',
            severity: 'error',
            message: `${message}`,
            hint: `See the header of rules/cn-ccl/${changeSetsFileName} for the fields of a group.`,
            file,
            line: at.line,
            column: at.column,
        });
    };
    const doc = parsed.value;
    if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.groups)) {
        bad([], `${file} must be a mapping with a 'groups' list`);
        return { rules: [], problems };
    }
    const rules = [];
    const seen = new Set();
    doc.groups.forEach((g, i) => {
        const at = ['groups', i];
        const o = (typeof g === 'object' && g !== null ? g : {});
        for (const k of Object.keys(o)) {
            if (!['id', 'title', 'anchor', 'members'].includes(k))
                bad([...at, k], `unknown key '${k}' in group ${i + 1}`);
        }
        if (typeof o.id !== 'string' || o.id === '')
            return bad(at, `group ${i + 1} needs an 'id'`);
        if (seen.has(o.id))
            return bad([...at, 'id'], `change-set group '${o.id}' is defined twice`);
        seen.add(o.id);
        const id = o.id;
        if (typeof o.title !== 'string')
            return bad(at, `change-set group '${id}' needs a 'title'`);
        if (!isKinds(o.anchor))
            return bad([...at, 'anchor'], `change-set group '${id}': 'anchor' must be a list of change kinds`);
        if (!Array.isArray(o.members) || o.members.length === 0)
            return bad(at, `change-set group '${id}' needs a non-empty 'members' list`);
        const members = [];
        o.members.forEach((m, j) => {
            const mo = (typeof m === 'object' && m !== null ? m : {});
            const mat = [...at, 'members', j];
            for (const k of Object.keys(mo)) {
                if (!['link', 'kinds', 'why'].includes(k))
                    bad([...mat, k], `unknown key '${k}' in a member of '${id}'`);
            }
            if (!groupLinks.includes(mo.link)) {
                return bad([...mat, 'link'], `change-set group '${id}': 'link' must be one of ${groupLinks.join(', ')}`);
            }
            if (!isKinds(mo.kinds)) {
                return bad([...mat, 'kinds'], `change-set group '${id}': 'kinds' must be a list of change kinds`);
            }
            members.push({ link: mo.link, kinds: mo.kinds });
        });
        rules.push({ id, title: o.title, anchor: o.anchor, members });
    });
    return { rules: problems.length > 0 ? [] : rules, problems };
}
function isKinds(v) {
    return Array.isArray(v) && v.length > 0 && v.every((k) => typeof k === 'string' && k !== '');
}
/** Whether a change kind matches one of the patterns (exact, or a prefix before a trailing `*`). */
function kindMatches(kind, patterns) {
    return patterns.some((p) => (p.endsWith('*') ? kind.startsWith(p.slice(0, -1)) : kind === p));
}


/***/ }),

/***/ 65010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ withConfig),
/* harmony export */   fx: () => (/* binding */ loadNoise),
/* harmony export */   o9: () => (/* binding */ noiseFileName)
/* harmony export */ });
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);

const noiseFileName = 'sbom-noise.yaml';
/** Parse a `sbom-noise.yaml`; a broken one is a located problem and ignores nothing. */
function loadNoise(file, text) {
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        return { problems: parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })) };
    }
    const doc = parsed.value;
    const names = doc?.ignore_properties ?? [];
    const absolute = doc?.ignore_absolute_path_values ?? false;
    const bad = (path, message) => {
        const at = parsed.locate(path);
        return {
            problems: [
                {
                    ruleId: 'data.rule-pack-invalid',
                    severity: 'error',
                    message,
                    hint: 'See the header of rules/cn-ccl/sbom-noise.yaml.',
                    file,
                    line: at.line,
                    column: at.column,
                },
            ],
        };
    };
    if (typeof doc !== 'object' || doc === null)
        return bad([], `${file} must be a mapping`);
    const unknown = Object.keys(doc).find((k) => !['ignore_properties', 'ignore_absolute_path_values'].includes(k));
    if (unknown)
        return bad([unknown], `unknown key '${unknown}' in ${file}`);
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && n !== '')) {
        return bad(['ignore_properties'], `'ignore_properties' must be a list of property names`);
    }
    if (typeof absolute !== 'boolean') {
        return bad(['ignore_absolute_path_values'], `'ignore_absolute_path_values' must be true or false`);
    }
    return { noise: { ignoreProperties: names, ignoreAbsolutePaths: absolute }, problems: [] };
}
/** The pack's list adjusted by the repository's `.labelguard.yml` `sbom_noise`. */
function withConfig(noise, config) {
    if (!config)
        return noise;
    const keep = new Set(config.keep_properties ?? []);
    return {
        ignoreProperties: [...(noise?.ignoreProperties ?? []), ...(config.ignore_properties ?? [])].filter((n) => !keep.has(n)),
        ignoreAbsolutePaths: noise?.ignoreAbsolutePaths ?? false,
    };
}


/***/ }),

/***/ 77128:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ loadChangeClassifier),
/* harmony export */   m: () => (/* binding */ changePackFile)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5080);
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);
/* harmony import */ var _change_input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79060);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17665);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30405);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);
/* harmony import */ var _grouping_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90332);
/* harmony import */ var _noise_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65010);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__]);
_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];







const changesFileName = 'changes.yaml';
/**
 * Parse, validate and compile change-classification tables. A file or entry that is invalid — bad
 * YAML, a schema error, a duplicate id, a `when` that does not compile — is a problem naming the file
 * and the entry id; the rest still loads.
 */
function loadChangeClassifier(files) {
    const tables = [];
    const problems = [];
    for (const f of files) {
        const table = loadTable(f, problems);
        if (!table)
            continue;
        const clash = tables.find((t) => t.scheme.toLowerCase() === table.scheme.toLowerCase());
        if (clash) {
            problems.push(problem(f.file, 1, `scheme '${table.scheme}' is already classified by ${clash.file}`, 'Keep one changes.yaml per scheme, or remove one of the packs from .labelguard.yml.'));
            continue;
        }
        tables.push(table);
    }
    return { classifier: { tables }, problems };
}
function loadTable(f, problems) {
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(f.file, f.text);
    if (Array.isArray(parsed)) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })));
        return undefined;
    }
    // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
    const validate = f.validated ? undefined : (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validator */ .Nc)('changes');
    if (validate && !validate(parsed.value)) {
        for (const { path, message } of (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaErrors */ .d0)(validate.errors ?? [], 'the file')) {
            const at = parsed.locate(path);
            const entry = path[0] === 'entries' && typeof path[1] === 'number' ? entryId(parsed, path[1]) : undefined;
            problems.push(problem(f.file, at.line, entry ? `change classification '${entry}': ${message}` : message, 'See the header of rules/cn-ccl/changes.yaml for the fields of an entry.', at.column));
        }
        return undefined;
    }
    const doc = parsed.value;
    const entries = [];
    const seen = new Set();
    doc.entries.forEach((e, i) => {
        const at = parsed.locate(['entries', i, 'id']);
        if (seen.has(e.id)) {
            problems.push(problem(f.file, at.line, `change classification '${e.id}' is defined twice`, 'Give every entry a unique id: overrides in .labelguard.yml refer to it.'));
            return;
        }
        seen.add(e.id);
        const compiled = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_4__/* .compileExpression */ .Wo)(e.when, _change_input_js__WEBPACK_IMPORTED_MODULE_5__/* .changeInputs */ .k, { expect: 'bool' });
        if (!compiled.ok) {
            const whenAt = parsed.locate(['entries', i, 'when']);
            for (const p of compiled.problems) {
                problems.push(problem(f.file, whenAt.line, `change classification '${e.id}': 'when' does not compile: ${p.message}`, p.hint ?? 'Fix the CEL expression; the fields of `change` are listed in the file header.', whenAt.column));
            }
            return;
        }
        entries.push({
            id: e.id,
            title: e.title,
            ...(e.title_zh !== undefined ? { titleZh: e.title_zh } : {}),
            when: compiled.expression,
            classification: e.classification,
            ...(e.min_stars !== undefined ? { minStars: e.min_stars } : {}),
            belowMinStars: e.below_min_stars ?? 'record',
            blocking: e.blocking ?? false,
            reason: e.reason.trim(),
            ...(e.reason_zh !== undefined ? { reasonZh: e.reason_zh.trim() } : {}),
            sources: e.sources,
            confidence: e.confidence,
            file: f.file,
            line: at.line,
        });
    });
    const grouping = f.changeSets ? (0,_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .loadGroupRules */ .ZR)(f.changeSets.file, f.changeSets.text) : undefined;
    if (grouping)
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, grouping.problems);
    const noise = f.noise ? (0,_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .loadNoise */ .fx)(f.noise.file, f.noise.text) : undefined;
    if (noise)
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, noise.problems);
    return {
        scheme: doc.scheme,
        file: f.file,
        entries,
        ...(f.softwareRoles ? { softwareRoles: f.softwareRoles } : {}),
        ...(grouping && grouping.rules.length > 0 ? { grouping: grouping.rules } : {}),
        ...(noise?.noise ? { noise: noise.noise } : {}),
    };
}
function problem(file, line, message, hint, column = 1) {
    return { ruleId: 'data.rule-pack-invalid', severity: 'error', message, hint, file, line, column };
}
function entryId(doc, i) {
    const entries = doc.value.entries;
    const e = Array.isArray(entries) ? entries[i] : undefined;
    return typeof e?.id === 'string' ? e.id : undefined;
}
/** The change-classification file of a rule pack folder (`changes.yaml`), when the pack has one. */
function changePackFile(source, softwareRoles) {
    if (!source.files.includes(changesFileName))
        return undefined;
    const text = source.read(changesFileName);
    if (text === undefined)
        return undefined;
    const setsText = source.files.includes(_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .changeSetsFileName */ .$d) ? source.read(_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .changeSetsFileName */ .$d) : undefined;
    const noiseText = source.files.includes(_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .noiseFileName */ .o9) ? source.read(_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .noiseFileName */ .o9) : undefined;
    return {
        file: `${source.root}/${changesFileName}`,
        text,
        ...(softwareRoles ? { softwareRoles } : {}),
        ...(source.validated ? { validated: true } : {}),
        ...(noiseText !== undefined
            ? { noise: { file: `${source.root}/${_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .noiseFileName */ .o9}`, text: noiseText } }
            : {}),
        ...(setsText !== undefined
            ? { changeSets: { file: `${source.root}/${_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .changeSetsFileName */ .$d}`, text: setsText } }
            : {}),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 86540:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   builtinChangeSnapshot: () => (/* binding */ builtinChangeSnapshot),
/* harmony export */   builtinPackProblems: () => (/* binding */ builtinPackProblems),
/* harmony export */   loadPacks: () => (/* binding */ loadPacks),
/* harmony export */   loadPolicyPacks: () => (/* binding */ loadPolicyPacks),
/* harmony export */   parseChangeTables: () => (/* binding */ parseChangeTables)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(25462);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77128);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16547);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41879);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7584);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49179);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17665);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94085);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_policy_load_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _changes_index_js__WEBPACK_IMPORTED_MODULE_4__, _schemas_index_js__WEBPACK_IMPORTED_MODULE_8__]);
([_policy_load_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _changes_index_js__WEBPACK_IMPORTED_MODULE_4__, _schemas_index_js__WEBPACK_IMPORTED_MODULE_8__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);









/**
 * Load the configured packs (default: every built-in pack): built-in ones from labelguard's own
 * `rules/` folder, `./path` ones from the repository revision `source`.
 */
async function loadPacks(source, config) {
    return loadPolicyPacks({ config, repoPacks: await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepoPacks */ .TX)(source, config) });
}
/** Load the packs of a policy read up front (see {@link loadPolicy}): pure, no repository access. */
function loadPolicyPacks(policy) {
    const config = policy.config;
    const { specs, open } = packSources(policy);
    const opened = new Map();
    const loaded = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRulePacks */ .xh)(specs, (spec) => {
        const src = open(spec);
        if (src)
            opened.set(src.root, src);
        return src;
    }, {
        ...(config.config.thresholds ? { thresholds: config.config.thresholds } : {}),
        configFile: config.file ?? '.labelguard.yml',
        ...(config.doc ? { locateConfig: (path) => config.doc.locate(path) } : {}),
    });
    const changeFiles = loaded.packs.flatMap((p) => {
        const src = opened.get(p.root);
        const f = src ? (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .changePackFile */ .m)(src, p.softwareRoles) : undefined;
        return f ? [f] : [];
    });
    const { classifier, problems } = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadChangeClassifier */ ._)(changeFiles);
    return { packs: loaded.packs, classifier, problems: [...loaded.problems, ...problems] };
}
/**
 * Only the change-classification tables of the configured packs, with their software roles, parsed and
 * validated from the packs' files: what comparing two SBOMs needs. No rule is parsed or compiled. A built
 * run reads the built-in packs' tables from their build-time snapshot instead (see change-tables.ts).
 */
async function parseChangeTables(source, config) {
    const { specs, open } = packSources({ config, repoPacks: await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepoPacks */ .TX)(source, config) });
    return changeTablesOf(specs, open);
}
function changeTablesOf(specs, open) {
    const problems = [];
    const changeFiles = specs.flatMap((spec) => {
        const src = open(spec);
        if (!src)
            return [];
        const roles = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPackSoftwareRoles */ .sA)(src);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, roles.problems);
        return roles.softwareRoles ? ((0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .changePackFile */ .m)(src, roles.softwareRoles) ?? []) : [];
    });
    const loaded = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadChangeClassifier */ ._)(changeFiles);
    return { classifier: loaded.classifier, problems: [...problems, ...loaded.problems] };
}
/**
 * Each built-in pack's change table (or null: the pack has none) as a JSON snapshot, loaded and checked
 * from the pack's files; the build writes it beside the packs and fails on any problem.
 */
function builtinChangeSnapshot() {
    const snapshot = { packs: {} };
    const problems = [];
    for (const name of _rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPacks */ .i) {
        const loaded = changeTablesOf([{ name }], (spec) => 'name' in spec ? readBuiltinPack(spec.name, false) : undefined);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_5__/* .append */ .BC)(problems, loaded.problems);
        const table = loaded.classifier.tables[0];
        snapshot.packs[name] = { table: table ? (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_7__/* .snapshotOf */ .e)(table) : null };
    }
    return { snapshot, problems };
}
/** The configured pack specs (default: every built-in pack) and how to open each one's files. */
function packSources(policy) {
    const specs = (policy.config.config.packs ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPacks */ .i]).map(_rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .packSpec */ .x);
    return {
        specs,
        open: (spec) => ('name' in spec ? readBuiltinPack(spec.name) : policy.repoPacks.get(spec.path)),
    };
}
/**
 * Every problem of the built-in packs, each file validated against its schema. The build runs this and
 * fails on any problem, so a built labelguard trusts its own packs instead of validating them every run.
 */
function builtinPackProblems() {
    const specs = _rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPacks */ .i.map((name) => ({ name }));
    const sources = new Map(specs.map((s) => [`rules/${s.name}`, readBuiltinPack(s.name, false)]));
    const loaded = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRulePacks */ .xh)(specs, (spec) => 'name' in spec ? sources.get(`rules/${spec.name}`) : undefined);
    const changeFiles = loaded.packs.flatMap((p) => (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .changePackFile */ .m)(sources.get(p.root), p.softwareRoles) ?? []);
    return [...loaded.problems, ...(0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadChangeClassifier */ ._)(changeFiles).problems];
}
function readBuiltinPack(name, validated = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_8__/* .compiledAtBuild */ .B8)()) {
    if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinPacks */ .i.includes(name))
        return undefined;
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_assets_js__WEBPACK_IMPORTED_MODULE_9__/* .assetDir */ .Y)('rules'), name);
    const files = listDir(root)
        .map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, f).split('\\').join('/'))
        .sort();
    return {
        root: `rules/${name}`,
        files,
        read: (rel) => (files.includes(rel) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel), 'utf8') : undefined),
        ...(validated ? { validated } : {}),
    };
}
function listDir(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? listDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name)) : [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name)]);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 28053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ coverageFactsSchema),
/* harmony export */   TH: () => (/* binding */ noCoverageChain),
/* harmony export */   g: () => (/* binding */ coverageFacts)
/* harmony export */ });
// What the change log says about test coverage. A test report covers the versions it tested; a product
// reached from a tested (registered) state through recorded record-class changes only is still backed by
// that report, because recording a change as "record" is the claim that it needs no re-test. Any material
// change, or any change not yet recorded, breaks that chain until a new report is recorded. Pure.
const coverageFactsSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        baselineFirmware: { type: 'string' },
        baselineHardware: { type: 'string' },
        recordOnly: { type: 'boolean' },
        via: { type: 'array', items: { type: 'string' } },
        breaks: { type: 'array', items: { type: 'string' } },
        breakSummary: { type: 'string' },
    },
};
/** No baseline, or nothing known about changes: coverage is only what the reports list. */
const noCoverageChain = {
    baselineFirmware: '',
    baselineHardware: '',
    recordOnly: false,
    via: [],
    breaks: [],
    breakSummary: '',
};
/** The coverage chain of one filing, from the changes detected against its baseline. */
function coverageFacts(filing, changes) {
    const baseline = filing?.baseline;
    if (!filing || !baseline)
        return noCoverageChain;
    const log = new Map((filing.changes ?? []).map((e) => [e.id, e]));
    const via = new Set();
    const breaks = new Set();
    const material = new Set();
    let unrecorded = 0;
    for (const c of changes) {
        if (c.classification === 'none')
            continue;
        const what = `${c.subject}${c.from !== undefined || c.to !== undefined ? ` ${c.from ?? '–'} → ${c.to ?? '–'}` : ''}`;
        const entry = c.changeLogId !== undefined ? log.get(c.changeLogId) : undefined;
        if (!entry) {
            breaks.add(`${what} is not recorded in the change log`);
            unrecorded++;
        }
        else if (c.classification === 'material' || entry.classification === 'material') {
            breaks.add(`${what} is a material change (${entry.id})`);
            material.add(entry.id);
        }
        else
            via.add(entry.id);
    }
    return {
        baselineFirmware: baseline.firmware.version,
        baselineHardware: baseline.hardware.revision,
        recordOnly: breaks.size === 0,
        via: [...via].sort(),
        breaks: [...breaks].sort(),
        breakSummary: [
            ...(material.size > 0 ? [`material changes recorded as ${[...material].sort().join(', ')}`] : []),
            ...(unrecorded > 0
                ? [`${unrecorded} change${unrecorded === 1 ? '' : 's'} not recorded in the change log`]
                : []),
        ].join(' and '),
    };
}


/***/ }),

/***/ 67131:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zt: () => (/* binding */ categoryInput),
/* harmony export */   hJ: () => (/* binding */ ruleInputShapes),
/* harmony export */   qn: () => (/* binding */ effectiveThresholds),
/* harmony export */   zQ: () => (/* binding */ sbomFacts)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66802);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20642);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97526);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84382);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28053);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65286);
// The object every rule expression reads, and the SBOM summary inside it. Which SBOM components are network
// daemons, crypto libraries or deny-listed cryptography comes from the pack's data (software-roles.yaml),
// never from code, so a new daemon or an end-of-life library branch is a data change.






const closedStates = new Set(['resolved', 'resolved_with_pedigree', 'false_positive', 'not_affected']);
const sbomFactsSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        present: { type: 'boolean' },
        schemaValid: { type: 'boolean' },
        specVersion: { type: 'string' },
        componentCount: { type: 'integer' },
        componentsWithoutVersion: { type: 'array', items: { type: 'string' } },
        componentsWithoutIdentity: { type: 'array', items: { type: 'string' } },
        metadataName: { type: 'string' },
        metadataVersion: { type: 'string' },
        firmwareVersions: { type: 'array', items: { type: 'string' } },
        metadataManufacturer: { type: 'string' },
        networkDaemons: { type: 'array', items: { type: 'string' } },
        cryptoLibraries: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                properties: { name: { type: 'string' }, version: { type: 'string' } },
            },
        },
        deniedCrypto: { type: 'array', items: { type: 'string' } },
        cryptoAlgorithms: { type: 'array', items: { type: 'string' } },
        roles: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        vulnerabilities: {
            type: 'object',
            additionalProperties: false,
            properties: { critical: { type: 'integer' }, high: { type: 'integer' } },
        },
        openVulnerabilities: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    id: { type: 'string' },
                    severity: { type: 'string' },
                    state: { type: 'string' },
                    published: { type: 'string' },
                    kev: { type: 'boolean' },
                },
            },
        },
    },
};
/** Summarise an SBOM for rules, recognising roles and deny-listed crypto from the pack's data. */
function sbomFacts(inventory, software, options = {}) {
    const roles = {};
    for (const role of Object.keys(software.roles).sort())
        roles[role] = [];
    const open = (options.vulnerabilities ?? [])
        .filter((v) => !closedStates.has(v.state ?? ''))
        .map((v) => ({
        id: v.id,
        severity: v.severity.toLowerCase(),
        state: v.state ?? '',
        published: v.published ?? '',
        kev: v.kev ?? false,
    }))
        .sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.id, b.id));
    const vulnerabilities = {
        critical: open.filter((v) => v.severity === 'critical').length,
        high: open.filter((v) => v.severity === 'high').length,
    };
    if (!inventory) {
        return {
            present: false,
            schemaValid: false,
            specVersion: '',
            componentCount: 0,
            componentsWithoutVersion: [],
            componentsWithoutIdentity: [],
            metadataName: '',
            metadataVersion: '',
            firmwareVersions: [],
            metadataManufacturer: '',
            networkDaemons: [],
            cryptoLibraries: [],
            deniedCrypto: [],
            cryptoAlgorithms: [],
            roles,
            vulnerabilities,
            openVulnerabilities: open,
        };
    }
    const softwareTypes = new Set(software.software_types);
    const withoutVersion = new Set();
    const withoutIdentity = new Set();
    const cryptoLibraries = new Map();
    const denied = new Set();
    const algorithms = new Set();
    const compiled = (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .compiledRoles */ .ZV)(software);
    // An entry with `since` denies only once that date has come (e.g. a branch's end of security support).
    const deny = compiled.denylist.filter((d) => d.since === undefined || (options.now !== undefined && d.since <= options.now));
    for (const c of inventory.components) {
        const label = c.group ? `${c.group}/${c.name}` : c.name;
        if (softwareTypes.has(c.type)) {
            if (!c.version)
                withoutVersion.add(label);
            if (!c.purl && !c.cpe)
                withoutIdentity.add(label);
        }
        if (c.type === 'cryptographic-asset')
            algorithms.add(c.name.toUpperCase());
        const keys = (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKeys */ .s$)(c);
        for (const role of (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .rolesOf */ .R7)(c, keys, software, compiled)) {
            (roles[role] ??= []).push(keys.name);
            if (role === 'crypto')
                cryptoLibraries.set(`${keys.name}@${c.version ?? ''}`, { name: keys.name, version: c.version ?? '' });
        }
        for (const d of deny) {
            if (c.version !== undefined && d.matcher(keys) && d.version.test(c.version))
                denied.add(`${c.name} ${c.version}: ${d.reason}`);
        }
    }
    for (const role of Object.keys(roles))
        roles[role] = [...new Set(roles[role])].sort();
    const meta = inventory.metadata;
    return {
        present: true,
        schemaValid: options.schemaValid ?? true,
        specVersion: inventory.specVersion,
        componentCount: inventory.components.length,
        componentsWithoutVersion: [...withoutVersion].sort(),
        componentsWithoutIdentity: [...withoutIdentity].sort(),
        metadataName: meta.component?.name ?? '',
        metadataVersion: meta.component?.version ?? '',
        firmwareVersions: [
            ...new Set([meta.component, ...inventory.components].flatMap((c) => c?.type === 'firmware' && c.version ? [c.version] : [])),
        ].sort(),
        metadataManufacturer: meta.manufacturer ?? meta.supplier ?? meta.component?.manufacturer ?? meta.component?.supplier ?? '',
        networkDaemons: roles['network-daemon'] ?? [],
        cryptoLibraries: [...cryptoLibraries.values()].sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.name, b.name) || (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.version, b.version)),
        deniedCrypto: [...denied].sort(),
        cryptoAlgorithms: [...algorithms].sort(),
        roles,
        vulnerabilities,
        openVulnerabilities: open,
    };
}
let productShape;
let filingShape;
let sbomShape;
let categoryShape;
let coverageShape;
/** The declared input shapes a pack's expressions are checked against. */
function ruleInputShapes(thresholds) {
    productShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__/* .productSchema */ .H);
    filingShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_4__/* .filingSchema */ .z2);
    sbomShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(sbomFactsSchema);
    categoryShape ??= withKnown((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_schemas_index_js__WEBPACK_IMPORTED_MODULE_5__/* .catalogueSchema */ .pw.properties.categories.items));
    coverageShape ??= (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeFromJsonSchema */ .dJ)(_coverage_js__WEBPACK_IMPORTED_MODULE_6__/* .coverageFactsSchema */ .Hb);
    const fields = {};
    for (const t of thresholds)
        fields[t.name] = thresholdShape(t.type);
    return {
        product: productShape,
        filing: filingShape,
        sbom: sbomShape,
        thresholds: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.object(fields),
        now: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string,
        scheme: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string,
        stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.int,
        category: categoryShape,
        coverage: coverageShape,
    };
}
function withKnown(s) {
    return s.kind === 'object' ? { ...s, fields: { ...s.fields, known: _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.bool } } : s;
}
function thresholdShape(type) {
    if (type === 'int')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.int;
    if (type === 'number')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.double;
    if (type === 'bool')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.bool;
    if (type === 'list')
        return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.list(_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string);
    return _expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW.string;
}
/** The catalogue entry for a category id, as rules see it. */
function categoryInput(pack, id) {
    if (!pack.catalogue)
        return { id, known: true };
    const entry = pack.catalogue.find((c) => c.id === id);
    if (!entry)
        return { id, known: false };
    const { sources: _sources, ...rest } = entry;
    return { ...rest, known: true };
}
/** Effective thresholds for one product: `.labelguard.yml` over the category's values over pack defaults. */
function effectiveThresholds(pack, category) {
    const out = {};
    for (const t of pack.thresholds) {
        out[t.name] = pack.thresholdOverrides[t.name] ?? category.thresholds?.[t.name] ?? t.default;
    }
    return out;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 41879:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sA: () => (/* binding */ loadPackSoftwareRoles),
/* harmony export */   xh: () => (/* binding */ loadRulePacks)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66802);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5080);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84794);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17665);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(30405);
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81296);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67131);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16547);
/* harmony import */ var _pack_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7584);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__, _input_js__WEBPACK_IMPORTED_MODULE_5__]);
([_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__, _input_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Loads rule packs from file contents the shell provides (no file system here): parses and validates every
// file, compiles every expression once, and reports each problem as an error finding that names the file,
// the rule and the line.








/** Component types whose version and identity VUL-style rules check when a pack does not say. */
const defaultSoftwareTypes = [
    'application',
    'firmware',
    'framework',
    'library',
    'operating-system',
    'container',
];
/** Load, validate and compile rule packs; pure: `open` supplies each pack's files. */
function loadRulePacks(specs, open, options = {}) {
    const problems = [];
    const packs = [];
    const ruleOwners = new Map();
    const seen = new Set();
    for (const spec of specs) {
        const label = 'name' in spec ? spec.name : spec.path;
        const source = open(spec);
        if (!source) {
            problems.push(problem('data.rule-pack-missing', configAt(options, ['packs']), `rule pack '${label}' not found`, 'name' in spec
                ? `Built-in packs: ${_pack_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinPacks */ .i.join(', ')}. A pack in your repository is written as ./path/to/pack.`
                : 'The folder must exist inside the repository and contain pack.yaml.'));
            continue;
        }
        const pack = loadPack(source, problems, ruleOwners, seen);
        if (pack)
            packs.push(pack);
    }
    applyOverrides(packs, options, problems);
    return { packs, problems };
}
function configAt(options, path) {
    return (options.locateConfig?.(path) ?? { file: options.configFile ?? '.labelguard.yml', line: 1, column: 1 });
}
function problem(ruleId, at, message, hint) {
    return { ruleId, severity: 'error', message, hint, file: at.file, line: at.line, column: at.column };
}
/** A pack file read, parsed and validated; undefined after reporting why not. */
function readDoc(source, rel, schema, what, problems) {
    const file = `${source.root}/${rel}`;
    const text = source.files.includes(rel) ? source.read(rel) : undefined;
    if (text === undefined) {
        problems.push(problem('data.rule-pack-missing', { file, line: 1, column: 1 }, `${what} ${file} not found`, `Create ${rel} in the pack folder, or fix the reference to it in pack.yaml.`));
        return undefined;
    }
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        // Located by the parser; never parsed again here, so a file refused for its size is not built anyway.
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .append */ .BC)(problems, parsed.map((p) => p.toFinding()));
        return undefined;
    }
    // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
    if (source.validated)
        return parsed;
    const validate = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validator */ .Nc)(schema);
    if (!validate(parsed.value)) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .append */ .BC)(problems, schemaProblems(parsed, validate.errors ?? [], what));
        return undefined;
    }
    return parsed;
}
function loadPack(source, problems, ruleOwners, loadedNames) {
    const manifestDoc = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
    if (!manifestDoc)
        return undefined;
    const name = manifestDoc.value.name;
    // Checked before the rules load, so a pack listed twice is one problem, not one per rule id.
    if (loadedNames.has(name)) {
        problems.push(problem('data.rule-pack-invalid', manifestDoc.locate(['name']), `rule pack '${name}' is loaded twice`, 'List each pack once in .labelguard.yml `packs:`; packs need distinct names.'));
        return undefined;
    }
    loadedNames.add(name);
    const manifest = manifestDoc.value;
    const before = problems.length;
    const thresholds = [];
    for (const [name, t] of Object.entries(manifest.thresholds ?? {}).sort(([a], [b]) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a, b))) {
        const wrong = typeMismatch(t.type, t.default);
        if (wrong) {
            problems.push(problem('data.rule-pack-invalid', manifestDoc.locate(['thresholds', name, 'default']), `threshold '${name}': default ${wrong}`, `Give a default of type ${t.type}.`));
        }
        thresholds.push({
            name,
            type: t.type,
            default: t.default,
            description: t.description,
            ...(t.basis ? { basis: t.basis } : {}),
            sources: t.sources ?? [],
        });
    }
    const catalogue = manifest.catalogue
        ? loadCatalogue(source, manifest.catalogue, thresholds, problems)
        : undefined;
    const softwareRoles = manifest.software_roles
        ? loadSoftwareRoles(source, manifest.software_roles, problems)
        : defaultSoftwareRoles();
    if (problems.length > before || (manifest.catalogue && !catalogue) || !softwareRoles)
        return undefined;
    const pack = {
        name: manifest.name,
        title: manifest.title,
        scheme: manifest.scheme,
        ...(manifest.version ? { version: manifest.version } : {}),
        ...(manifest.description ? { description: manifest.description } : {}),
        levels: [...manifest.levels].sort((a, b) => a.stars - b.stars),
        thresholds,
        thresholdOverrides: {},
        ...(catalogue ? { catalogue } : {}),
        softwareRoles,
        ...(manifest.edition
            ? {
                edition: {
                    pinned: manifest.edition.pinned,
                    transcribedFrom: manifest.edition.transcribed_from,
                    changes: manifest.edition.changes,
                    confidence: manifest.edition.confidence,
                    consulted: manifest.edition.consulted ?? [],
                    provisions: (manifest.edition.provisions ?? []).map((p) => ({
                        clauses: [...p.clauses],
                        status: p.status,
                        confidence: p.confidence,
                        ...(p.note ? { note: p.note } : {}),
                    })),
                },
            }
            : {}),
        rules: [],
        root: source.root,
    };
    const inputs = (0,_input_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleInputShapes */ .hJ)(thresholds);
    const ruleFiles = source.files.filter((f) => /^rules\/[^/]+\.ya?ml$/.test(f)).sort();
    for (const rel of ruleFiles) {
        const doc = readDoc(source, rel, 'rules', 'rule file', problems);
        if (!doc)
            continue;
        const items = doc.value.rules;
        items.forEach((item, index) => {
            const rule = loadRule(pack, doc, item, index, inputs, problems);
            if (!rule)
                return;
            const owner = ruleOwners.get(rule.id);
            if (owner) {
                problems.push(problem('data.rule-duplicate-id', doc.locate(['rules', index, 'id']), `rule ${rule.id} is defined twice: here and at ${owner}`, 'Rule ids must be unique across every loaded pack; rename one.'));
                return;
            }
            ruleOwners.set(rule.id, `${rule.file}:${rule.line}`);
            pack.rules.push(rule);
        });
    }
    pack.rules.sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a.id, b.id));
    return pack;
}
function loadRule(pack, doc, item, index, inputs, problems) {
    const at = (key) => doc.locate(key ? ['rules', index, key] : ['rules', index]);
    const before = problems.length;
    const fail = (id, key, message, hint) => problems.push(problem(id, at(key), `rule ${item.id}: ${message}`, hint));
    if (!item.sources || item.sources.length === 0) {
        fail('data.rule-sources', 'sources' in item ? 'sources' : undefined, 'has no sources', 'Every rule cites where it comes from: add `sources:` with the regulation or standard clause (title, clause, url).');
    }
    if (item.scheme !== undefined && item.scheme !== pack.scheme) {
        fail('data.rule-pack-invalid', 'scheme', `scheme '${item.scheme}' differs from the pack's scheme '${pack.scheme}'`, `Omit \`scheme:\` (rules take the pack's scheme) or move the rule to a pack for '${item.scheme}'.`);
    }
    if (!pack.levels.some((l) => l.stars === item.stars)) {
        fail('data.rule-pack-invalid', 'stars', `stars ${item.stars} is not a level of pack ${pack.name}`, `Levels: ${pack.levels.map((l) => l.stars).join(', ')}.`);
    }
    let categories = 'catalogue';
    if (item.categories) {
        if (item.categories.includes('*'))
            categories = 'any';
        else {
            categories = [...item.categories].sort();
            const unknown = pack.catalogue
                ? categories.filter((c) => !pack.catalogue.some((k) => k.id === c))
                : [];
            if (unknown.length > 0) {
                fail('data.rule-pack-invalid', 'categories', `unknown catalogue categories: ${unknown.join(', ')}`, `Categories of pack ${pack.name}: ${pack.catalogue.map((c) => c.id).join(', ')}.`);
            }
        }
    }
    const [docName, pathText] = item.path.startsWith('filing:')
        ? ['filing', item.path.slice('filing:'.length)]
        : ['product', item.path];
    const steps = pathText.split('.');
    if (!(0,_expr_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shapeAt */ .ln)(inputs[docName], steps)) {
        fail('data.rule-unknown-field', 'path', `path '${item.path}' does not exist in ${docName}.yaml`, `Point \`path:\` at a field of the ${docName} schema (see dist/schemas/${docName}.schema.json).`);
    }
    const condition = compile(item, 'condition', inputs, 'bool', fail);
    const details = item.details === undefined ? undefined : compile(item, 'details', inputs, 'list', fail);
    if (problems.length > before || !condition || (item.details !== undefined && !details))
        return undefined;
    const position = at();
    return {
        id: item.id,
        title: item.title,
        ...(item.title_zh ? { titleZh: item.title_zh } : {}),
        pack: pack.name,
        scheme: pack.scheme,
        stars: item.stars,
        categories,
        severity: item.severity,
        tierBasis: item.tier_basis,
        ...(item.tier_note ? { tierNote: item.tier_note } : {}),
        path: { doc: docName, steps, text: item.path },
        condition,
        ...(details ? { details } : {}),
        message: item.message,
        remediation: item.remediation,
        sources: item.sources ?? [],
        file: position.file,
        line: position.line,
    };
}
function compile(item, key, inputs, expect, fail) {
    const source = item[key];
    const result = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_7__/* .compileExpression */ .Wo)(source, inputs, { expect });
    if (result.ok)
        return result.expression;
    for (const p of result.problems) {
        const unknown = p.message.startsWith('unknown ') || p.message.startsWith('cannot read field');
        fail(unknown ? 'data.rule-unknown-field' : 'data.rule-expression', key, `${key}: ${p.message} near ${excerpt(source, p.offset)}`, p.hint ?? 'Check the expression against the rule input described in docs/rules.md.');
    }
    return undefined;
}
/** A short quote of the expression at the problem, for messages. */
function excerpt(source, offset) {
    const flat = source.replace(/\s+/g, ' ');
    const start = Math.max(0, Math.min(offset, flat.length - 1));
    const text = flat.slice(start, start + 40).trim();
    return `\`${text || flat.slice(-40).trim()}\`${start + 40 < flat.length ? '…' : ''} (column ${offset + 1})`;
}
function loadCatalogue(source, rel, thresholds, problems) {
    const doc = readDoc(source, rel, 'catalogue', 'catalogue', problems);
    if (!doc)
        return undefined;
    const categories = doc.value.categories;
    const before = problems.length;
    const ids = new Set();
    categories.forEach((c, i) => {
        if (ids.has(c.id)) {
            problems.push(problem('data.rule-pack-invalid', doc.locate(['categories', i, 'id']), `category '${c.id}' is listed twice`, 'Each catalogue category appears once.'));
        }
        ids.add(c.id);
        for (const [name, value] of Object.entries(c.thresholds ?? {})) {
            const t = thresholds.find((x) => x.name === name);
            const wrong = t ? typeMismatch(t.type, value) : 'is not a threshold this pack declares';
            if (wrong) {
                problems.push(problem('data.rule-pack-invalid', doc.locate(['categories', i, 'thresholds', name]), `category '${c.id}': threshold '${name}' ${wrong}`, 'Category thresholds override thresholds declared in pack.yaml.'));
            }
        }
    });
    return problems.length > before ? undefined : [...categories].sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a.id, b.id));
}
const defaultSoftwareRoles = () => ({
    role_property: 'ccl:role',
    software_types: defaultSoftwareTypes,
    roles: {},
    crypto_denylist: [],
});
/**
 * A pack's software-role data alone (its manifest and `software-roles.yaml`, no rule compiled): what
 * classifying SBOM changes needs (`diff`).
 */
function loadPackSoftwareRoles(source) {
    const problems = [];
    const manifest = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
    const rel = manifest?.value?.software_roles;
    const softwareRoles = !manifest
        ? undefined
        : rel
            ? loadSoftwareRoles(source, rel, problems)
            : defaultSoftwareRoles();
    return { ...(softwareRoles ? { softwareRoles } : {}), problems };
}
function loadSoftwareRoles(source, rel, problems) {
    const doc = readDoc(source, rel, 'software', 'software roles file', problems);
    if (!doc)
        return undefined;
    const data = doc.value;
    const before = problems.length;
    (data.crypto_denylist ?? []).forEach((d, i) => {
        try {
            new RegExp(d.version_pattern);
        }
        catch (e) {
            problems.push(problem('data.rule-pack-invalid', doc.locate(['crypto_denylist', i, 'version_pattern']), `version_pattern is not a valid regular expression: ${e.message}`, 'Write a JavaScript regular expression, e.g. ^1\\.0\\.'));
        }
    });
    if (problems.length > before)
        return undefined;
    return {
        role_property: data.role_property ?? 'ccl:role',
        software_types: data.software_types ?? defaultSoftwareTypes,
        roles: data.roles,
        crypto_denylist: data.crypto_denylist ?? [],
    };
}
/** Why a value does not fit a threshold type, or undefined when it fits. */
function typeMismatch(type, value) {
    const ok = type === 'int'
        ? Number.isInteger(value)
        : type === 'number'
            ? typeof value === 'number'
            : type === 'bool'
                ? typeof value === 'boolean'
                : type === 'date'
                    ? typeof value === 'string' && (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDate */ ._)(value) !== undefined
                    : type === 'list'
                        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
                        : typeof value === 'string';
    if (ok)
        return undefined;
    const shown = JSON.stringify(value);
    return `must be ${type === 'int' ? 'a whole number' : type === 'date' ? 'a date (YYYY-MM-DD)' : type === 'list' ? 'a list of strings' : `a ${type}`}, not ${shown}`;
}
function applyOverrides(packs, options, problems) {
    for (const [key, value] of Object.entries(options.thresholds ?? {}).sort(([a], [b]) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a, b))) {
        const dot = key.indexOf('.');
        const packName = dot === -1 ? undefined : key.slice(0, dot);
        const name = dot === -1 ? key : key.slice(dot + 1);
        const targets = packs.filter((p) => (packName === undefined || p.name === packName) && p.thresholds.some((t) => t.name === name));
        if (targets.length === 0) {
            const known = [...new Set(packs.flatMap((p) => p.thresholds.map((t) => t.name)))].sort();
            problems.push(problem('data.threshold', configAt(options, ['thresholds', key]), `unknown threshold '${key}'`, `Thresholds of the loaded packs: ${known.join(', ') || 'none'} (prefix with the pack name, e.g. cn-ccl.${known[0] ?? 'name'}, to set one pack only).`));
            continue;
        }
        for (const pack of targets) {
            const t = pack.thresholds.find((x) => x.name === name);
            const wrong = typeMismatch(t.type, value);
            if (wrong) {
                problems.push(problem('data.threshold', configAt(options, ['thresholds', key]), `threshold '${key}' ${wrong}`, `${t.description} Default: ${JSON.stringify(t.default)}.`));
                continue;
            }
            // A pack-qualified override wins over a plain one for the same pack.
            if (packName !== undefined || !(name in pack.thresholdOverrides))
                pack.thresholdOverrides[name] = value;
        }
    }
}
function schemaProblems(doc, errors, what) {
    // Name the rule when the problem is inside one, so a reader finds it without counting list items.
    const rules = doc.value.rules;
    return (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_9__/* .schemaErrors */ .d0)(errors, `the ${what}`).map(({ path, message }) => {
        const ruleId = path[0] === 'rules' && typeof path[1] === 'number' ? rules?.[path[1]]?.id : undefined;
        return problem('data.rule-pack-invalid', doc.locate(path), `${typeof ruleId === 'string' ? `rule ${ruleId}: ` : ''}${message}`, 'See docs/rules.md for the rule pack format.');
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
