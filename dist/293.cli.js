export const id = 293;
export const ids = [293];
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
            when: compiled.expression,
            classification: e.classification,
            ...(e.min_stars !== undefined ? { minStars: e.min_stars } : {}),
            belowMinStars: e.below_min_stars ?? 'record',
            blocking: e.blocking ?? false,
            reason: e.reason.trim(),
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


/***/ }),

/***/ 96293:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rulesHelp: () => (/* binding */ rulesHelp),
/* harmony export */   runRules: () => (/* binding */ runRules)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86540);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41879);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69515);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4479);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71604);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_4__]);
([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);







const rulesHelp = `Usage: labelguard rules [--pack NAME]... [--repo DIR] [--format text|json|markdown] [--output FILE]

List the rules of the built-in packs (or of --pack: a built-in name, or ./path to a pack inside --repo)
with their star level, severity, whether the tier is confirmed or inferred, thresholds and sources.
`;
/** `labelguard rules`. */
async function runRules(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandArgs */ .Qx)('rules', args, {
        pack: { type: 'string', multiple: true },
        repo: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
    });
    if (values.help) {
        io.stdout(rulesHelp);
        return 0;
    }
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFormat */ .Xc)(values.format, ['text', 'json', 'markdown'], 'text');
    const dir = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_1__/* .repoDir */ .w)(io.cwd, values.repo);
    const loaded = await (0,_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPacks */ .rn)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkingTreeSource */ .T(dir), {
        config: { packs: values.pack ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .builtinPacks */ .ih] },
    });
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e('the rule packs are invalid', errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
    }
    (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .emit */ .I)(io, values.output, (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_7__/* .renderRules */ .a)(loaded.packs, format));
    return 0;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 86540:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ loadChangeTables),
/* harmony export */   Zl: () => (/* binding */ loadPolicyPacks),
/* harmony export */   rn: () => (/* binding */ loadPacks)
/* harmony export */ });
/* unused harmony export builtinPackProblems */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(25462);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77128);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16547);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41879);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49179);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17665);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_policy_load_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _changes_index_js__WEBPACK_IMPORTED_MODULE_4__, _schemas_index_js__WEBPACK_IMPORTED_MODULE_6__]);
([_policy_load_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _changes_index_js__WEBPACK_IMPORTED_MODULE_4__, _schemas_index_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);








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
 * Only the change-classification tables of the configured packs, with their software roles: what
 * comparing two SBOMs needs. No rule is parsed or compiled.
 */
async function loadChangeTables(source, config) {
    const { specs, open } = packSources({ config, repoPacks: await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepoPacks */ .TX)(source, config) });
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
/** The configured pack specs (default: every built-in pack) and how to open each one's files. */
function packSources(policy) {
    const specs = (policy.config.config.packs ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .builtinPacks */ .ih]).map(_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .packSpec */ .xx);
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
    const specs = builtinPacks.map((name) => ({ name }));
    const sources = new Map(specs.map((s) => [`rules/${s.name}`, readBuiltinPack(s.name, false)]));
    const loaded = loadRulePacks(specs, (spec) => 'name' in spec ? sources.get(`rules/${spec.name}`) : undefined);
    const changeFiles = loaded.packs.flatMap((p) => changePackFile(sources.get(p.root), p.softwareRoles) ?? []);
    return [...loaded.problems, ...loadChangeClassifier(changeFiles).problems];
}
function readBuiltinPack(name, validated = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_6__/* .compiledAtBuild */ .B8)()) {
    if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .builtinPacks */ .ih.includes(name))
        return undefined;
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_assets_js__WEBPACK_IMPORTED_MODULE_7__/* .assetDir */ .Y)('rules'), name);
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

/***/ 69515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ renderRules)
/* harmony export */ });
/* unused harmony export renderRulesDoc */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);
// Renders loaded rule packs for `labelguard rules` (text, JSON, Markdown) and for docs/rules.md. Pure and
// deterministic: packs in the order given, rules by id.



/** Render the rules of the given packs with their sources. */
function renderRules(packs, format) {
    if (format === 'json')
        return `${JSON.stringify({ packs: packs.map(packJson) }, null, 2)}\n`;
    if (format === 'markdown')
        return packs.map((p) => `## ${p.name}: ${md(p.title)}\n\n${rulesTable(p)}`).join('\n');
    return packs.map(packText).join('\n');
}
function stars(n) {
    return '★'.repeat(n);
}
function sourceText(s) {
    return (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceLabel */ .en)(s) + (s.url ? ` <${s.url}>` : '');
}
function packText(p) {
    const levels = p.levels.map((l) => `${stars(l.stars)} ${l.name}`).join(', ');
    const lines = [`${p.name}  ${p.title}: ${p.rules.length} rules (scheme ${p.scheme}; levels: ${levels})`];
    const idWidth = (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .maxOf */ ._)(p.rules.map((r) => r.id.length), 4);
    const starWidth = (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .maxOf */ ._)(p.levels.map((l) => l.stars), 1);
    for (const r of p.rules) {
        lines.push(`  ${r.id.padEnd(idWidth)}  ${stars(r.stars).padEnd(starWidth)}  ${r.severity.padEnd(7)}  ${r.tierBasis.padEnd(9)}  ${r.title}`);
        const indent = ' '.repeat(idWidth + 4);
        lines.push(`${indent}checks: ${r.path.text}`);
        for (const s of r.sources)
            lines.push(`${indent}source: ${sourceText(s)}`);
    }
    return `${lines.join('\n')}\n`;
}
function packJson(p) {
    return {
        name: p.name,
        title: p.title,
        scheme: p.scheme,
        ...(p.version ? { version: p.version } : {}),
        levels: p.levels,
        thresholds: p.thresholds.map((t) => ({
            name: t.name,
            type: t.type,
            default: t.default,
            ...(t.name in p.thresholdOverrides ? { value: p.thresholdOverrides[t.name] } : {}),
            description: t.description,
            ...(t.basis ? { basis: t.basis } : {}),
            sources: t.sources,
        })),
        ...(p.catalogue ? { catalogue: p.catalogue.map((c) => ({ id: c.id, title: c.title })) } : {}),
        rules: p.rules.map(ruleJson),
    };
}
function ruleJson(r) {
    return {
        id: r.id,
        title: r.title,
        ...(r.titleZh ? { titleZh: r.titleZh } : {}),
        scheme: r.scheme,
        stars: r.stars,
        categories: r.categories,
        severity: r.severity,
        tierBasis: r.tierBasis,
        ...(r.tierNote ? { tierNote: r.tierNote } : {}),
        path: r.path.text,
        condition: r.condition.source.trim(),
        ...(r.details ? { details: r.details.source.trim() } : {}),
        message: r.message,
        remediation: r.remediation,
        sources: r.sources,
    };
}
/** Escape text for a Markdown table cell. */
function md(text) {
    return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}
function sourceMd(s) {
    const label = md((0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceLabel */ .en)(s));
    return s.url ? `[${label.replace(/[[\]]/g, '\\$&')}](${s.url})` : label;
}
/** The edition a pack is pinned to, what was consulted, and each provision's status in it. */
function editionSection(e) {
    const consulted = e.consulted.length > 0
        ? ['Consulted for the comparison:', '', e.consulted.map((s) => `- ${sourceMd(s)}`).join('\n'), '']
        : [];
    const provisions = e.provisions.length > 0
        ? [
            `| Provisions | In ${md(e.pinned.version ?? 'the pinned edition')} | Confidence | Note |`,
            '|---|---|---|---|',
            e.provisions
                .map((p) => `| ${p.clauses.join(', ')} | ${p.status} | ${p.confidence ?? ''} | ${md(p.note ?? '')} |`)
                .join('\n'),
            '',
        ]
        : [];
    return [
        '### Edition',
        '',
        `Pinned to ${md(sourceLabel(e.pinned))}; the rules cite ${md(e.transcribedFrom)}. Changes between the two [${e.confidence ?? 'assumption'}]: ${md(e.changes)}`,
        '',
        ...consulted,
        ...provisions,
    ].join('\n');
}
function rulesTable(p) {
    const rows = p.rules.map((r) => {
        const tier = r.tierBasis === 'confirmed' ? 'confirmed' : 'inferred';
        return `| ${r.id} | ${stars(r.stars)} | ${r.severity} | ${tier} | ${md(r.title)}${r.titleZh ? `<br>${md(r.titleZh)}` : ''} | \`${r.path.text}\` | ${r.sources.map(sourceMd).join('<br>')} |`;
    });
    return ([
        '| Rule | Level | Severity | Tier | Title | Points at | Sources |',
        '|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n') + '\n');
}
function thresholdsTable(thresholds) {
    const rows = thresholds.map((t) => `| \`${t.name}\` | ${t.type} | \`${md(JSON.stringify(t.default))}\` | ${md(t.description)} | ${md(t.basis ?? '')} |`);
    return (['| Threshold | Type | Default | Meaning | Basis |', '|---|---|---|---|---|', ...rows].join('\n') + '\n');
}
/** The complete docs/rules.md for the given (built-in) packs. */
function renderRulesDoc(packs) {
    const out = [
        '# Rule reference',
        '',
        '<!-- Generated from the built-in rule packs by renderRulesDoc() (src/rules/render.ts). Do not edit by hand:',
        '     change the files under rules/ and regenerate. A test fails when this file is stale. -->',
        '',
        `labelguard ships ${packs.length} rule packs with ${packs.reduce((n, p) => n + p.rules.length, 0)} rules. A product names the schemes it targets in`,
        '`product.yaml` (`labels: [{scheme, stars}]`) and gets the findings of every rule of each scheme whose level is at or below',
        'its target. Rules above the target are still evaluated for the readiness (gap) analysis.',
        '',
        '**Tier**: *confirmed* means the regulation or standard itself puts the requirement at that level; *inferred* means the level',
        'is our mapping and may change when the implementation rules are published. A rule whose level is only partly',
        'confirmed says which part in its tier note (`labelguard rules --format json`, `tierNote`).',
        '',
        "**Sources** are cited by the instrument's title, number, version and clause, each with its confidence in brackets:",
        '*confirmed* (the official text, or a reputable summary of it), *fragment* (wording seen only in unverified reposts:',
        'cited by title and number, never linked), *inferred* (our mapping) or *assumption* (a placeholder value). A source',
        'links only to the official publisher or a reputable secondary source: each pack lists the hosts it has reviewed',
        '(`source_hosts` in `pack.yaml`), and a test fails on a URL anywhere else.',
        '',
        '## Writing rules',
        '',
        'A pack is a folder with `pack.yaml` (name, scheme, levels, thresholds), optional `catalogue.yaml` and',
        '`software-roles.yaml`, and rule files under `rules/*.yaml`. Each rule has `id`, `title` (and `title_zh`, the title',
        'the Simplified Chinese documents for the filing agency show; every built-in rule has one), `stars`, `severity`,',
        '`tier_basis`, `path` (the field the finding points at: relative to product.yaml, or `filing:` + a path in filing.yaml),',
        '`condition` (CEL, true = pass), optional `details` (CEL list of strings naming what failed), `message`, `remediation`',
        'and `sources`. Conditions read one object:',
        '',
        '| Input | What it is |',
        '|---|---|',
        '| `product` | product.yaml as validated (snake_case keys) |',
        "| `filing` | filing.yaml when it is for this scheme, else `{scheme, status: 'not-filed'}` |",
        '| `sbom` | SBOM summary: `present`, `schemaValid`, `componentCount`, `componentsWithoutVersion`, `componentsWithoutIdentity`, `metadataName`, `metadataVersion`, `metadataManufacturer`, `networkDaemons`, `cryptoLibraries`, `deniedCrypto`, `cryptoAlgorithms`, `roles`, `vulnerabilities`, `openVulnerabilities` |',
        '| `thresholds` | the pack thresholds below, after category and `.labelguard.yml` overrides |',
        '| `now` | the date judged against, `YYYY-MM-DD` |',
        '| `scheme`, `stars` | the scheme and the star level the product targets |',
        '| `category` | the catalogue entry of `product.category`, with `known` |',
        "| `coverage` | the recorded-change chain from the filing's baseline: `baselineFirmware`, `baselineHardware`, `recordOnly` (every difference recorded as record-class), `via` (change-log ids), `breaks` (why not) |",
        '',
        'Optional fields: `has(product.agent)` tests one level; `product.?security.?updates.?signed.orValue(false)` reads a',
        'nested optional field with a default. A field read without either that is missing makes the rule fail with a',
        'finding that names the missing field. Functions added to CEL:',
        '',
        ...expressionFunctions.map((f) => `- \`${f.signature}\`: ${f.doc}`),
        '',
        `Work is bounded: one evaluation of a condition may take ${evaluationBudget.base.toLocaleString('en-US')} steps plus ${evaluationBudget.perInputValue} per`,
        'value of its input (every node evaluated is a step; `+` and `join()` also cost the size they build). A condition',
        'that takes more, such as nested list macros that multiply (`a.all(x, a.all(y, …))`), stops with a finding on the rule',
        'and the product. Walk each list once.',
        '',
    ];
    for (const p of packs) {
        out.push(`## ${p.name}: ${p.title}`, '');
        if (p.description)
            out.push(p.description.trim(), '');
        out.push(`Scheme id: \`${p.scheme}\`. Levels: ${p.levels.map((l) => `${stars(l.stars)} ${l.name}`).join(', ')}.`, '');
        if (p.catalogue) {
            out.push('### Catalogue', '', '| Category | Title | Batch | Effective |', '|---|---|---|---|');
            for (const c of p.catalogue) {
                out.push(`| \`${c.id}\` | ${md(c.title)}${c.title_zh ? ` (${md(c.title_zh)})` : ''} | ${c.batch ?? ''} | ${c.effective ?? ''} |`);
            }
            out.push('');
        }
        if (p.edition)
            out.push(editionSection(p.edition));
        if (p.thresholds.length > 0)
            out.push('### Thresholds', '', thresholdsTable(p.thresholds));
        out.push(`### Rules (${p.rules.length})`, '', rulesTable(p));
    }
    return `${out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}


/***/ })

};
