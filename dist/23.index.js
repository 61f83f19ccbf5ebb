export const id = 23;
export const ids = [23];
export const modules = {

/***/ 32023:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refilingNeeds: () => (/* binding */ refilingNeeds),
/* harmony export */   syncRefilings: () => (/* binding */ syncRefilings),
/* harmony export */   writeForkRefilings: () => (/* binding */ writeForkRefilings)
/* harmony export */ });
/* harmony import */ var _evidence_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91777);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69433);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cli_evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60137);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21623);
/* harmony import */ var _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49801);
/* harmony import */ var _refiling_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75260);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71013);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_evidence_index_js__WEBPACK_IMPORTED_MODULE_0__, _cli_evidence_js__WEBPACK_IMPORTED_MODULE_4__, _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__]);
([_evidence_index_js__WEBPACK_IMPORTED_MODULE_0__, _cli_evidence_js__WEBPACK_IMPORTED_MODULE_4__, _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);










/** The products that need a refiling: unrecorded material or record-class changes, and readable data. */
function refilingNeeds(outcome) {
    const byDir = new Map(outcome.repo.products.map((p) => [p.dir, p]));
    const needs = [];
    for (const r of outcome.report.products) {
        const changes = (r.changes ?? []).filter((c) => !c.recorded && c.classification !== 'none');
        const product = byDir.get(r.path);
        if (changes.length === 0 || !product?.manifest || !product.sbom || !product.filing)
            continue;
        needs.push({
            product,
            scheme: product.filing.scheme,
            changes,
            ...(r.changeSets ? { changeSets: r.changeSets } : {}),
        });
    }
    return needs;
}
/**
 * Open, update or close one refiling pull request per product and target branch. Every need either
 * gets a pull request or a result saying why not: nothing is dropped silently.
 */
async function syncRefilings(run) {
    await (0,_evidence_index_js__WEBPACK_IMPORTED_MODULE_0__.prepareLabelRenderer)(); // each plan renders label.png
    const settings = run.outcome.repo.config.config.refiling ?? {};
    const branchPrefix = settings.branch_prefix ?? _refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_BRANCH_PREFIX */ ._g;
    const { octokit, repo } = run.api;
    const needs = refilingNeeds(run.outcome).filter((n) => !run.only || run.only.has(n.product.id));
    let open;
    try {
        open = await (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .listRefilingPullRequests */ .Gq)(octokit, repo, {
            identity: run.identity,
            branchPrefix,
            target: run.target.branch,
        });
    }
    catch (error) {
        // Without the list nothing can be done safely (a refiling pull request could be opened twice), but the
        // run must go on to report the check: every need becomes a `failed` result saying why, which fails the
        // run with GitHub's classified message instead of an internal error that skips the summary.
        const reason = `could not list the open refiling pull requests: ${(0,_github_index_js__WEBPACK_IMPORTED_MODULE_5__.toGitHubApiError)(error, 'list the refiling pull requests').message}`;
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`refiling: ${reason}`);
        return needs.map((n) => ({ productId: n.product.id, operation: 'failed', reason }));
    }
    const { plans, failed } = plansFor(run, needs, open.map((p) => p.metadata));
    const log = { debug: _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz, info: _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq, warn: _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e };
    for (const f of failed)
        log.warn(`refiling ${f.productId} → ${run.target.branch}: failed: ${f.reason ?? ''}`);
    const results = await (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .syncRefiling */ .sQ)({
        octokit,
        repo,
        identity: run.identity,
        target: run.target,
        plans,
        openRefilingPrs: open,
        ...(settings.max_open ? { maxOpen: settings.max_open } : {}),
        log,
    });
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_9__/* .append */ .BC)(results, failed);
    if (run.closeStale) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_9__/* .append */ .BC)(results, await (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .closeStaleRefilings */ .bz)({
            octokit,
            repo,
            identity: run.identity,
            target: run.target,
            branchPrefix,
            productIdsStillNeeding: [
                // Every product that needs a refiling, planned or not: a plan that failed this time must not get
                // the product's open refiling pull request closed as "no longer needed".
                ...needs.map((n) => n.product.id),
                // Nor may a product whose data could not be read this time (a broken product.yaml pushed to
                // the default branch): that it needs nothing is unknown, not shown.
                ...unjudged(run.outcome),
            ],
            openRefilingPrs: open,
            log,
        }));
    }
    return results;
}
/** Products whose data did not load cleanly, so that whether they still need a refiling is unknown. */
function unjudged(outcome) {
    return outcome.repo.products
        .filter((p) => !p.manifest || !p.sbom || !p.filing || p.findings.some((f) => f.severity === 'error'))
        .map((p) => p.id);
}
/** For a pull request from a fork: write each refiling's files for a workflow artifact and say how to apply them. */
function writeForkRefilings(run, tempDir, runUrl) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tempDir, 'labelguard-refiling');
    const comments = [];
    const { plans, failed } = plansFor(run, refilingNeeds(run.outcome), []);
    for (const f of failed)
        comments.push(`labelguard could not prepare the refiling of ${f.productId}: ${f.reason ?? ''}`);
    for (const plan of plans) {
        const out = (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .forkRefilingFiles */ .Wq)(plan, { directory: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .forkArtifactName */ .Km)(plan.productId)) });
        for (const f of out.files) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(f.path), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(f.path, f.content);
        }
        comments.push((0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .forkRefilingComment */ .yZ)(plan, { artifactName: out.artifactName, ...(runUrl ? { runUrl } : {}) }));
    }
    return { dir, comments };
}
/**
 * The plan of every need. A need that cannot be planned (data that breaks a limit, such as a scheme name
 * too long for a pull-request body) becomes a `failed` result for its product alone: one product's bad
 * data must not take the refiling pull requests of all the others down with it.
 */
function plansFor(run, needs, previous) {
    const settings = run.outcome.repo.config.config.refiling ?? {};
    const templates = (0,_cli_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTemplates */ .K8)();
    const plans = [];
    const failed = [];
    for (const { product, scheme, changes, changeSets } of needs) {
        try {
            plans.push(planOne(run, settings, templates, previous, product, scheme, changes, changeSets));
        }
        catch (error) {
            failed.push({
                productId: product.id,
                operation: 'failed',
                reason: `the refiling could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
            });
        }
    }
    return { plans, failed };
}
function planOne(run, settings, templates, previous, product, scheme, changes, changeSets) {
    const before = previous.find((m) => m?.product === product.id && m.scheme === scheme);
    const filingId = (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .stableFilingId */ .Yy)(run.now, before, {
        productId: product.id,
        scheme,
        target: run.target.branch,
        fingerprints: changes.map((c) => c.fingerprint),
    });
    const softwareRoles = run.outcome.packs.packs.find((p) => p.scheme === scheme)?.softwareRoles;
    const allChanges = run.outcome.report.products.find((p) => p.id === product.id)?.changes ?? changes;
    const bundle = (0,_pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__/* .evidenceFor */ .h)(product, changes, {
        templates,
        ...(softwareRoles ? { softwareRoles } : {}),
        check: (0,_pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__/* .bundleCheck */ .n)(product, run.outcome.packs.packs, allChanges, run.now),
        filingId,
    });
    return (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .planRefiling */ .wG)({
        productId: product.id,
        productDir: [run.pathPrefix, product.dir].filter(Boolean).join('/'),
        scheme,
        changes,
        ...(changeSets ? { changeSets } : {}),
        bundle,
        filingId,
        ...(product.filingText !== undefined ? { filingText: product.filingText } : {}),
        ...(product.manifest?.stakeholders ? { stakeholders: product.manifest.stakeholders } : {}),
        triggeredBy: run.trigger,
    }, run.target, settings, { repositoryUrl: run.repositoryUrl, generator: { ..._version_js__WEBPACK_IMPORTED_MODULE_8__/* .generator */ .w } });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports parseCommandArgs, parseNow, parseFormat, parseFilingId */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32229);


/** Parse a command's arguments strictly; unknown flags and missing values are usage errors (exit 2). */
function parseCommandArgs(command, args, options, allowPositionals = false) {
    try {
        return parseArgs({
            args,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals,
            strict: true,
        });
    }
    catch (e) {
        throw new UsageError(`${e.message.replace(/\. To specify.*$/, '')}`, [
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
        throw new UsageError(`--now must be a date as YYYY-MM-DD, got '${now}'`);
    }
    return now;
}
/** Validate a --format value against the formats a command supports. */
function parseFormat(value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new UsageError(`--format must be one of ${allowed.join(', ')}, got '${value}'`);
    }
    return value;
}
/** Validate a --filing-id value (default: the day): it names a folder under the product's filings/. */
function parseFilingId(value, now) {
    const id = value ?? now;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id))
        throw new UsageError(`--filing-id must be a plain folder name, got '${id}'`);
    return id;
}


/***/ }),

/***/ 60137:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ loadTemplates)
/* harmony export */ });
/* unused harmony exports evidenceHelp, runEvidence */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25462);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14685);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32229);
/* harmony import */ var _evidence_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91777);
/* harmony import */ var _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49801);
/* harmony import */ var _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86540);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77593);
/* harmony import */ var _product_arg_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10548);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_changes_index_js__WEBPACK_IMPORTED_MODULE_3__, _evidence_index_js__WEBPACK_IMPORTED_MODULE_5__, _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__, _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__, _product_arg_js__WEBPACK_IMPORTED_MODULE_9__]);
([_changes_index_js__WEBPACK_IMPORTED_MODULE_3__, _evidence_index_js__WEBPACK_IMPORTED_MODULE_5__, _pipeline_evidence_js__WEBPACK_IMPORTED_MODULE_6__, _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_7__, _product_arg_js__WEBPACK_IMPORTED_MODULE_9__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);










const evidenceHelp = (/* unused pure expression or super */ null && (`Usage: labelguard evidence <product-dir> [--repo DIR] [--out DIR] [--filing-id ID] [--now DATE]

Generate the filing evidence of one product: filing form data, technical documentation, change
notification, declaration draft, responsibility matrix, test request, label artwork (SVG and PNG with
the QR code), the normalised SBOM and an evidence index with the SHA-256 of every file and input.
The same inputs always give byte-identical files.

Options:
  <product-dir>    the product's folder (holding product.yaml), relative to the current directory
  --repo DIR       the compliance repository (default: the nearest folder above the product holding
                   .labelguard.yml or .git, else the current directory)
  --out DIR        where to write (default: <product-dir>/filings/<filing-id>/)
  --filing-id ID   name of the filing's evidence folder (default: --now)
  --now DATE       the day the evidence is for (default: today)
`));
/** Load the templates evidence is rendered from, shipped beside the bundle. */
function loadTemplates() {
    const dir = (0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .assetDir */ .Y)('templates');
    return Object.fromEntries(_evidence_index_js__WEBPACK_IMPORTED_MODULE_5__.evidenceTemplateNames.map((name) => [name, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'utf8')]));
}
/** `labelguard evidence`. */
async function runEvidence(args, io) {
    const { values, positionals } = parseCommandArgs('evidence', args, {
        repo: { type: 'string' },
        out: { type: 'string' },
        'filing-id': { type: 'string' },
        now: { type: 'string' },
    }, true);
    if (values.help) {
        io.stdout(evidenceHelp);
        return 0;
    }
    if (positionals.length !== 1)
        throw new UsageError('evidence takes one product folder', [
            "Run 'labelguard evidence --help' for usage.",
        ]);
    const now = parseNow(values.now, io.today);
    const filingId = parseFilingId(values['filing-id'], now);
    const { productDir, source, repo, product } = await loadProductArg(io, positionals[0], values.repo);
    if (values.out === undefined)
        forgiveOwnSbom(product, filingId);
    requireValid(product, 'evidence is generated');
    const packs = await loadPacks(source, repo.config);
    const changes = detectChanges(product, packs.classifier, repo.config.config.classification ?? []).changes;
    const scheme = product.filing?.scheme ?? product.manifest.labels[0]?.scheme;
    const softwareRoles = packs.packs.find((p) => p.scheme === scheme)?.softwareRoles;
    await prepareLabelRenderer();
    const bundle = evidenceFor(product, changes, {
        templates: loadTemplates(),
        ...(softwareRoles ? { softwareRoles } : {}),
        check: bundleCheck(product, packs.packs, changes, now),
        filingId,
    });
    const out = values.out ? resolve(io.cwd, values.out) : join(productDir, 'filings', filingId);
    refuseToRewriteRegistered(productDir, product.filing?.baseline?.sbom.file, out, bundle.files);
    for (const f of bundle.files) {
        const target = join(out, f.path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, f.content);
    }
    io.stdout(`${bundle.files.length} evidence files for ${product.id} written to ${relative(io.cwd, out) || '.'}\n`);
    for (const f of bundle.files)
        io.stdout(`  ${f.path}\n`);
    return 0;
}
/**
 * The folder may hold the registered SBOM (filing.yaml's baseline points into the bundle of the filing it
 * came from): writing the same bytes again is fine, other bytes would silently move the reference.
 */
function refuseToRewriteRegistered(productDir, registered, out, files) {
    if (registered === undefined)
        return;
    const target = resolve(productDir, registered);
    const file = files.find((f) => join(out, f.path) === target);
    if (!file || !existsSync(target))
        return;
    if (Buffer.compare(readFileSync(target), Buffer.from(file.content)) === 0)
        return;
    throw new UsageError(`${registered} is the registered SBOM of filing.yaml's baseline and would change`, [
        'Generate the evidence of a new filing into its own folder (--filing-id), or --out elsewhere.',
    ]);
}
/**
 * filing.yaml may already point its baseline at the SBOM this very run writes (`filings/<id>/sbom.cdx.json`,
 * as `labelguard baseline` registers it): that file not existing yet is no reason to refuse the run.
 */
function forgiveOwnSbom(product, filingId) {
    const ref = `filings/${filingId}/sbom.cdx.json`;
    if (product.filing?.baseline?.sbom.file !== ref)
        return;
    product.findings = product.findings.filter((f) => !(f.ruleId === 'data.missing-file' && f.file === product.filingFile && f.message.includes(`'${ref}'`)));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 10548:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* unused harmony exports loadProductArg, requireValid */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32229);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68922);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29054);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_3__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];






/**
 * Load the product in folder `arg` (relative to the current directory) from its repository: `--repo`, else
 * the nearest folder above it holding .labelguard.yml or .git. A folder without a product is a usage error.
 */
async function loadProductArg(io, arg, repo) {
    const productDir = resolve(io.cwd, arg);
    const root = repoDir(io.cwd, repo ?? findRepoRoot(productDir) ?? '.');
    const rel = relative(root, productDir).split('\\').join('/');
    if (rel.startsWith('..'))
        throw new UsageError(`the product folder ${arg} is not inside the repository ${root}`);
    const source = new WorkingTreeSource(root);
    const loaded = await loadRepository(source, { onlyDirs: new Set([rel]) });
    const product = loaded.products[0];
    if (!product)
        throw new UsageError(`no product found in ${arg}`, [
            'The folder must hold a product.yaml matched by the configured product globs.',
        ]);
    return { productDir, root, source, repo: loaded, product };
}
/** Refuse a product whose data has errors: `what` is what cannot be done with it. */
function requireValid(product, what) {
    const errors = product.findings.filter((f) => f.severity === 'error');
    if (!product.manifest || !product.sbom || errors.length > 0) {
        throw new UsageError(`product ${product.id} has problems that must be fixed before ${what}`, errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
    }
}
function findRepoRoot(start) {
    let dir = start;
    for (;;) {
        for (const marker of ['.labelguard.yml', '.labelguard.yaml', '.git']) {
            try {
                readFileSync(join(dir, marker));
                return dir;
            }
            catch (e) {
                if (e.code === 'EISDIR')
                    return dir;
            }
        }
        const up = dirname(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 21121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony export repoDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32229);



/** Resolve --repo to an existing directory, or fail as a usage error. */
function repoDir(cwd, value) {
    const dir = resolve(cwd, value ?? '.');
    let ok;
    try {
        ok = statSync(dir).isDirectory();
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new UsageError(`repository '${value ?? '.'}' does not exist or is not a directory`, [
            'Pass --repo <path to your compliance repository>.',
        ]);
    return dir;
}


/***/ }),

/***/ 49801:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ evidenceFor),
/* harmony export */   n: () => (/* binding */ bundleCheck)
/* harmony export */ });
/* harmony import */ var _evidence_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91777);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68922);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85755);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63273);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71013);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_evidence_index_js__WEBPACK_IMPORTED_MODULE_0__, _load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_3__]);
([_evidence_index_js__WEBPACK_IMPORTED_MODULE_0__, _load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





/** The evidence bundle of one loaded product, from its files as read (pure: no I/O, no clock). */
function evidenceFor(p, changes, ctx) {
    if (!p.manifest || !p.sbom) {
        throw new Error(`product ${p.id} has problems that prevent generating evidence; run labelguard check first`);
    }
    const inputs = [
        ...(p.sha256.manifest ? [{ path: p.manifestFile, sha256: p.sha256.manifest }] : []),
        ...(p.sha256.filing && p.filingFile ? [{ path: p.filingFile, sha256: p.sha256.filing }] : []),
        ...p.files.filter((f) => f.resolved && f.sha256).map((f) => ({ path: f.resolved, sha256: f.sha256 })),
    ];
    return (0,_evidence_index_js__WEBPACK_IMPORTED_MODULE_0__.generateEvidence)({
        product: p.manifest,
        ...(p.filing ? { filing: p.filing } : {}),
        changes,
        sbomNormalised: (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_3__/* .serialiseNormalised */ .Qw)(p.sbom),
        ...(ctx.softwareRoles ? { softwareRoles: ctx.softwareRoles } : {}),
        check: ctx.check,
        inputs,
        generator: { ..._version_js__WEBPACK_IMPORTED_MODULE_4__/* .generator */ .w },
        filingId: ctx.filingId,
        templates: ctx.templates,
    });
}
/**
 * The rules' verdict on one product for the scheme its evidence is for: the level met and every rule that
 * fails at or below the level claimed. `changes` are all changes since the baseline (coverage follows the
 * change log). Pure.
 */
function bundleCheck(p, packs, changes, now) {
    const manifest = p.manifest;
    const scheme = p.filing?.scheme ?? manifest?.labels[0]?.scheme ?? '';
    const target = manifest?.labels.find((l) => l.scheme === scheme)?.stars ?? 0;
    if (!manifest)
        return { scheme, target, met: 0, unmet: [], notes: [], judgedOn: now };
    const evaluation = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateProduct */ .bh)(packs, {
        product: manifest,
        ...(p.filing ? { filing: p.filing } : {}),
        ...(p.sbom ? { inventory: p.sbom } : {}),
        sbomSchemaValid: !p.findings.some((f) => f.ruleId === 'sbom.schema'),
        now,
        coverage: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .coverageFacts */ .g)(p.filing, changes),
        locate: (doc, path) => (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(p, doc, path),
    });
    const met = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readiness */ .xz)(evaluation, packs).find((r) => r.scheme === scheme)?.met ?? 0;
    const titles = new Map(packs.flatMap((pack) => pack.rules.map((r) => [r.id, r.title])));
    const failing = evaluation.outcomes.filter((o) => o.scheme === scheme &&
        o.inScope &&
        o.severity === 'error' &&
        (o.status === 'fail' || o.status === 'error'));
    const levels = [...new Set(failing.map((o) => o.stars))].sort((a, b) => a - b);
    const unmet = levels.map((stars) => ({
        stars,
        rules: failing
            .filter((o) => o.stars === stars)
            .map((o) => ({
            id: o.ruleId,
            title: titles.get(o.ruleId) ?? o.ruleId,
            message: evaluation.findings.find((f) => f.ruleId === o.ruleId)?.message ?? '',
        }))
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    }));
    const schemeRules = new Set(packs.filter((pk) => pk.scheme === scheme).flatMap((pk) => pk.rules.map((r) => r.id)));
    const notes = evaluation.findings
        .filter((f) => f.severity === 'info' && schemeRules.has(f.ruleId))
        .map((f) => ({ id: f.ruleId, message: f.message }));
    return { scheme, target, met, unmet, notes, judgedOn: now };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 75260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _g: () => (/* reexport */ DEFAULT_BRANCH_PREFIX),
  bz: () => (/* reexport */ closeStaleRefilings),
  Km: () => (/* reexport */ forkArtifactName),
  yZ: () => (/* reexport */ forkRefilingComment),
  Wq: () => (/* reexport */ forkRefilingFiles),
  Gq: () => (/* reexport */ listRefilingPullRequests),
  wG: () => (/* reexport */ planRefiling),
  Yy: () => (/* reexport */ stableFilingId),
  sQ: () => (/* reexport */ syncRefiling)
});

// UNUSED EXPORTS: BLOCKED_COMMENT_KEY, BODY_RESERVE, FilingUpdateError, asRefilingPullRequest, changeLogEntries, changeLogOf, changesToRecord, describeChange, filesDigest, listBranchPullRequests, parseMetadata, planDigest, recordChanges, refilingBranchName, refilingPullRequestsAmong, renderCommitMessage, renderMetadataLine, renderRefilingBody, renderRefilingTitle, replaceMetadata, sanitiseRefPath

;// CONCATENATED MODULE: ./src/refiling/branch.ts
/**
 * The refiling branch name: the idempotency key of a refiling pull request, one per product and target
 * branch, like create-pull-request's fixed branch and Renovate's branch-per-update.
 */
/** The branch prefix when `.labelguard.yml` names none. */
const DEFAULT_BRANCH_PREFIX = 'labelguard/refile';
/**
 * `<prefix>/<target branch>/<product id>`, each part made valid under git's ref-name rules
 * (git check-ref-format): the same inputs always give the same name.
 */
function refilingBranchName(prefix, targetBranch, productId) {
    const parts = [prefix ?? DEFAULT_BRANCH_PREFIX, targetBranch, productId].map((p) => sanitiseRefPath(p));
    if (parts.some((p) => p === '')) {
        throw new Error(`Cannot form a refiling branch name from prefix "${prefix ?? ''}", target "${targetBranch}" and product ` +
            `"${productId}": each must keep at least one letter or digit after removing characters git refuses.`);
    }
    return parts.join('/');
}
/**
 * A slash-separated path made valid as part of a git ref: forbidden characters (controls, space, `~ ^ : ?
 * * [ \`, `@{`, `..`) become `-`, empty components go, no component starts with `.` or ends with `.lock`
 * or `.`. Not guaranteed injective (`a b` and `a-b` meet); the metadata records the real target and product.
 */
function sanitiseRefPath(path) {
    return path
        .split('/')
        .map(sanitiseComponent)
        .filter((c) => c !== '')
        .join('/');
}
function sanitiseComponent(component) {
    let c = component
        // eslint-disable-next-line no-control-regex -- control characters are exactly what git refuses
        .replace(/[\u0000-\u0020\u007F~^:?*[\\]/g, '-')
        .replace(/@\{/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-');
    c = c.replace(/^[.-]+/, '');
    while (/(\.lock|\.)$/i.test(c))
        c = c.replace(/\.lock$/i, '-lock').replace(/\.+$/, '');
    return c === '@' || /^-*$/.test(c) ? '' : c;
}

// EXTERNAL MODULE: ./src/github/repo.ts
var github_repo = __webpack_require__(41839);
// EXTERNAL MODULE: ./src/markdown/escape.ts
var markdown_escape = __webpack_require__(15330);
;// CONCATENATED MODULE: ./src/refiling/body.ts


/**
 * `Refile cam-x1 (cn-ccl): 2 material changes, 1 record change`, or `Record …` without material ones.
 * Counted per change-log entry (one change set each), not per difference.
 */
function renderRefilingTitle(productId, scheme, changes) {
    const material = changes.filter((c) => c.classification === 'material').length;
    const record = changes.length - material;
    const count = (n, what) => `${n} ${what} change${n === 1 ? '' : 's'}`;
    // A title links issue references and commit SHAs like Markdown does: `gh-12` must not become one.
    const product = `${(0,markdown_escape/* inertText */.UJ)(productId, 64)} (${(0,markdown_escape/* inertText */.UJ)(scheme, 32)})`;
    if (material === 0)
        return `Record ${count(record, 'record')} of ${product}`;
    return `Refile ${product}: ${count(material, 'material')}${record > 0 ? `, ${count(record, 'record')}` : ''}`;
}
/** The commit message: the title, what the commit writes, and the fingerprints it records. */
function renderCommitMessage(input) {
    const ids = input.entries.map((e) => e.id).join(', ');
    const fingerprints = input.entries.flatMap((e) => e.fingerprints).sort();
    return [
        input.title,
        '',
        `Records the changes in ${input.productDir}/filing.yaml (${ids}) and adds the evidence generated for them in ${input.productDir}/filings/${input.filingId}/.`,
        '',
        `Fingerprints: ${fingerprints.join(', ')}`,
    ].join('\n');
}
/** The pull request body, and how many change rows were left out to fit the limit. */
function renderRefilingBody(input) {
    const maxChars = input.maxChars ?? github_repo/* MAX_BODY_CHARS */.GW;
    const head = headSection(input);
    const rows = input.changes.map((c) => changeRow(c, entryOf(input.entries, c.fingerprint)));
    const tail = tailSections(input);
    // One row per change-log entry (a change set: one feature, one classification); every difference it
    // records is listed, folded, below.
    const entryTable = [
        '### Changes',
        '',
        '| Change | Classification | Reason | Change log |',
        '|---|---|---|---|',
        ...input.entries.map((e) => entryRow(e, input.changes)),
    ].join('\n');
    const tableHead = [
        `<details><summary>Every difference these entries record (${input.changes.length})</summary>`,
        '',
        '| Change | From | To | Classification | Reason | Change log |',
        '|---|---|---|---|---|---|',
    ].join('\n');
    const assemble = (shown) => {
        const omitted = rows.length - shown;
        const note = omitted > 0
            ? `\n\n_${omitted} more change${omitted === 1 ? ' is' : 's are'} not listed here: GitHub limits a pull request body to ${maxChars.toLocaleString('en-US')} characters. The change notification in the evidence lists every change._`
            : '';
        return `${head}\n\n${entryTable}\n\n${tableHead}\n${rows.slice(0, shown).join('\n')}${note}\n\n</details>\n\n${tail}\n`;
    };
    // Longest prefix of the table that fits: the length grows with the rows shown, so search for it.
    let low = 0;
    let high = rows.length;
    if (assemble(high).length > maxChars) {
        while (low < high) {
            const mid = Math.ceil((low + high) / 2);
            if (assemble(mid).length <= maxChars)
                low = mid;
            else
                high = mid - 1;
        }
    }
    else {
        low = high;
    }
    const body = assemble(low);
    if (body.length > maxChars) {
        throw new RangeError(`The refiling pull request body for ${input.productId} needs ${body.length} characters without any change rows; GitHub accepts ${maxChars}.`);
    }
    return { body, omittedRows: rows.length - low };
}
function headSection(input) {
    const material = input.entries.filter((c) => c.classification === 'material').length;
    const record = input.entries.length - material;
    const differences = input.changes.length !== input.entries.length ? ` (${input.changes.length} differences)` : '';
    const parts = [
        material > 0 ? `**${material} material** (re-test and re-file with the filing agency)` : '',
        record > 0 ? `**${record} record** (recorded in the change log, no re-test by default)` : '',
    ].filter((p) => p !== '');
    const evidenceDir = `${input.productDir}/filings/${input.filingId}/`;
    const lines = [
        input.metadataLine,
        `## Refiling: ${(0,markdown_escape/* inlineCode */.ti)(input.productId)} (${(0,markdown_escape/* escapeMarkdown */.FV)(input.scheme)})`,
        '',
        `labelguard found ${input.entries.length} change${input.entries.length === 1 ? '' : 's'}${differences} to product ${(0,markdown_escape/* inlineCode */.ti)(input.productId)} that its filing record does not account for: ${parts.join(', ')}. ` +
            `This pull request records them in ${(0,markdown_escape/* inlineCode */.ti)(`${input.productDir}/filing.yaml`)} and adds freshly generated evidence under ${(0,markdown_escape/* inlineCode */.ti)(evidenceDir)}, for the branch ${(0,markdown_escape/* inlineCode */.ti)(input.base)}.`,
    ];
    if (input.statusChange) {
        lines.push('', `Merging it sets the filing status from ${(0,markdown_escape/* inlineCode */.ti)(input.statusChange.from)} to ${(0,markdown_escape/* inlineCode */.ti)(input.statusChange.to)}.`);
    }
    const trigger = triggerLine(input.triggeredBy);
    if (trigger)
        lines.push('', trigger);
    return lines.join('\n');
}
function triggerLine(trigger) {
    if (!trigger)
        return undefined;
    const sha = /^[0-9a-f]{7,64}$/i.test(trigger.sha)
        ? `\`${trigger.sha.slice(0, 12)}\``
        : (0,markdown_escape/* escapeMarkdown */.FV)(trigger.sha);
    // A bare #123 makes GitHub cross-reference the triggering pull request, which links the two both ways.
    const pr = trigger.pr !== undefined && Number.isSafeInteger(trigger.pr) && trigger.pr > 0
        ? (0,markdown_escape/* safeHttpsUrl */.Wb)(trigger.url)
            ? (0,markdown_escape/* markdownLink */.iQ)(`#${trigger.pr}`, trigger.url)
            : `#${trigger.pr}`
        : undefined;
    if (pr)
        return `Triggered by pull request ${pr} at commit ${sha}.`;
    const commit = (0,markdown_escape/* safeHttpsUrl */.Wb)(trigger.url) ? (0,markdown_escape/* markdownLink */.iQ)(trigger.sha.slice(0, 12), trigger.url) : sha;
    return `Triggered by commit ${commit}.`;
}
function changeRow(change, entry) {
    const cells = [
        `${(0,markdown_escape/* inlineCode */.ti)(change.kind, 80)} ${(0,markdown_escape/* escapeMarkdown */.FV)(change.subject, 120)}`,
        change.from !== undefined ? (0,markdown_escape/* escapeMarkdown */.FV)(change.from, 120) : '–',
        change.to !== undefined ? (0,markdown_escape/* escapeMarkdown */.FV)(change.to, 120) : '–',
        `${change.classification === 'material' ? '**material**' : (0,markdown_escape/* escapeMarkdown */.FV)(change.classification)} (${(0,markdown_escape/* inlineCode */.ti)(change.classId, 80)})`,
        (0,markdown_escape/* escapeMarkdown */.FV)(change.reason, 240),
        entry ? (0,markdown_escape/* inlineCode */.ti)(entry.id, 80) : '–',
    ];
    return `| ${cells.join(' | ')} |`;
}
function entryRow(entry, changes) {
    const members = changes.filter((c) => entry.fingerprints.includes(c.fingerprint));
    const top = members.find((c) => c.classification === entry.classification) ?? members[0];
    const size = entry.fingerprints.length > 1 ? ` (${entry.fingerprints.length} differences)` : '';
    const cells = [
        `${(0,markdown_escape/* escapeMarkdown */.FV)(entry.summary, 300)}${size}`,
        `${entry.classification === 'material' ? '**material**' : (0,markdown_escape/* escapeMarkdown */.FV)(entry.classification)}${top ? ` (${(0,markdown_escape/* inlineCode */.ti)(top.classId, 80)})` : ''}`,
        top ? (0,markdown_escape/* escapeMarkdown */.FV)(top.reason, 240) : '–',
        (0,markdown_escape/* inlineCode */.ti)(entry.id, 80),
    ];
    return `| ${cells.join(' | ')} |`;
}
function entryOf(entries, fingerprint) {
    return entries.find((e) => e.fingerprints.includes(fingerprint));
}
function tailSections(input) {
    const evidenceDir = `${input.productDir}/filings/${input.filingId}`;
    const svgPath = `${evidenceDir}/label.svg`;
    const pngPath = `${evidenceDir}/label.png`;
    const has = (path) => input.files.some((f) => f.path === path);
    const sections = [];
    if (has(svgPath) || has(pngPath)) {
        const svg = has(svgPath) ? fileUrl(input.repositoryUrl, input.branch, svgPath) : undefined;
        const png = has(pngPath) ? fileUrl(input.repositoryUrl, input.branch, pngPath) : undefined;
        // A PR body cannot embed a data: URI; GitHub shows images from the repository by their blob URL.
        const preview = png !== undefined
            ? `[![Label preview](<${png}?raw=true>)](<${svg ?? png}>)`
            : svg !== undefined
                ? `[Label artwork (SVG)](<${svg}>)`
                : `The label artwork is in ${[svgPath, pngPath]
                    .filter(has)
                    .map((p) => (0,markdown_escape/* inlineCode */.ti)(p))
                    .join(' and ')}.`;
        sections.push([
            '### Label preview',
            '',
            preview,
            '',
            'The label stays a draft until the filing agency grants the refiling.',
        ].join('\n'));
    }
    const filingPath = `${input.productDir}/filing.yaml`;
    const fileLines = [...input.files]
        .map((f) => f.path)
        .sort()
        .map((path) => {
        if (path !== filingPath)
            return `- ${(0,markdown_escape/* inlineCode */.ti)(path)}`;
        const ids = input.entries.map((e) => (0,markdown_escape/* inlineCode */.ti)(e.id)).join(', ');
        return `- ${(0,markdown_escape/* inlineCode */.ti)(path)}: ${input.entries.length} new change-log entr${input.entries.length === 1 ? 'y' : 'ies'} (${ids})${input.statusChange ? `, status ${(0,markdown_escape/* inlineCode */.ti)(input.statusChange.to)}` : ''}`;
    });
    sections.push(['### Files', '', ...fileLines].join('\n'));
    sections.push([
        '### Before merging',
        '',
        `1. Review the evidence, complete ${(0,markdown_escape/* inlineCode */.ti)('declaration-draft.md')} and have it signed.`,
        '2. Give each new change-log entry a `justification` and an `approver`.',
        '3. Submit the refiling to the filing agency, then set the filing status to `refiling-submitted`.',
    ].join('\n'));
    sections.push([
        '<details><summary>How labelguard maintains this pull request</summary>',
        '',
        `- It regenerates this branch as one new commit on ${(0,markdown_escape/* inlineCode */.ti)(input.base)} when the changes or the evidence change, and leaves it alone otherwise.`,
        '- Once anyone else pushes a commit to this branch, labelguard stops updating it, never overwrites that commit, and says so in a comment.',
        '- It closes this pull request when the changes no longer need recording.',
        '- Closing it without merging means "ignore these changes": labelguard opens a new pull request only when a new change appears.',
        '',
        '</details>',
    ].join('\n'));
    return sections.join('\n\n');
}
/** `<repository>/blob/<branch>/<path>` with each segment URL-encoded, or undefined without an https repository URL. */
function fileUrl(repositoryUrl, branch, path) {
    const base = (0,markdown_escape/* safeHttpsUrl */.Wb)(repositoryUrl);
    if (base === undefined)
        return undefined;
    // wellFormed: encodeURIComponent throws on a lone surrogate, and one odd name must not sink the body.
    const encode = (p) => p
        .split('/')
        .map((s) => encodeURIComponent((0,markdown_escape/* wellFormed */.ES)(s)))
        .join('/');
    return `${base.replace(/\/+$/, '')}/blob/${encode(branch)}/${encode(path)}`;
}

;// CONCATENATED MODULE: ./src/refiling/fork.ts
/**
 * Refiling for pull requests from forks. Their token cannot push to the fork's branch, so the refiling
 * files go to a local folder the workflow uploads as an artifact, and a comment says how to apply them.
 * Pure: the shell writes the files and posts the comment.
 */

/** The artifact the workflow uploads for one product: `labelguard-refiling-<product>`. */
function forkArtifactName(productId) {
    // Artifact names may not contain " : < > | * ? \ / or line breaks.
    const safe = productId.replace(/["':<>|*?\\/\r\n]/g, '-');
    return `labelguard-refiling-${safe}`;
}
/**
 * The plan's files re-rooted from the product folder into `directory`, so that the artifact can be copied
 * over the product folder as it is.
 */
function forkRefilingFiles(plan, options) {
    const directory = options.directory.replace(/\\/g, '/').replace(/\/+$/, '');
    if (directory === '')
        throw new Error('Give a directory to write the refiling files to.');
    const prefix = `${plan.productDir}/`;
    const files = plan.files.map((f) => {
        if (!f.path.startsWith(prefix)) {
            throw new Error(`The refiling file ${f.path} is outside the product folder ${plan.productDir}.`);
        }
        return { path: `${directory}/${f.path.slice(prefix.length)}`, content: f.content };
    });
    return { artifactName: forkArtifactName(plan.productId), directory, files };
}
/** The pull request comment that tells the fork's author how to apply the refiling files. */
function forkRefilingComment(plan, options) {
    const dir = plan.productDir;
    const run = options.runUrl ? (0,markdown_escape/* markdownLink */.iQ)('this workflow run', options.runUrl) : 'this workflow run';
    const fingerprints = plan.metadata.fingerprints.length;
    const lines = [
        `### labelguard: refiling files for ${(0,markdown_escape/* inlineCode */.ti)(plan.productId)}`,
        '',
        `This pull request changes ${(0,markdown_escape/* inlineCode */.ti)(plan.productId)} in ${fingerprints} way${fingerprints === 1 ? '' : 's'} its filing record does not account for. ` +
            'It comes from a fork, so labelguard cannot push the refiling to its branch; it generated the files instead:',
        '',
        `- ${(0,markdown_escape/* inlineCode */.ti)('filing.yaml')}: the change log with the new entries`,
        `- ${(0,markdown_escape/* inlineCode */.ti)(`filings/${plan.metadata.filingId}/`)}: the evidence for the refiling`,
        '',
        '**To apply them**, either:',
        '',
        `1. Download the artifact **${(0,markdown_escape/* escapeMarkdown */.FV)(options.artifactName)}** from ${run} and copy its contents into ${(0,markdown_escape/* inlineCode */.ti)(`${dir}/`)} (it is laid out like the product folder), then commit and push to this branch.`,
    ];
    if (options.runId !== undefined &&
        /^\d+$/.test(String(options.runId)) &&
        /^[\w.-]+\/[\w.-]+$/.test(options.repository ?? '')) {
        lines.push('', '   ```sh', `   gh run download ${String(options.runId)} --repo ${options.repository ?? ''} --name ${options.artifactName} --dir ${shellWord(dir)}`, '   ```', '');
    }
    lines.push(`2. Or run \`labelguard evidence\` in your checkout and commit the files it writes under ${(0,markdown_escape/* inlineCode */.ti)(`${dir}/`)}.`, '', 'Review the new change-log entries and give each a `justification` and an `approver` before merging.');
    return lines.join('\n');
}
/** A path as one shell word: plain when it is only safe characters, single-quoted otherwise. */
function shellWord(text) {
    return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/refiling/messages.ts

/** Sticky-comment key of the "blocked by a person's commits" comment: one per pull request. */
const BLOCKED_COMMENT_KEY = 'refiling-blocked';
const MAX_COMMITS_LISTED = 10;
/**
 * Why labelguard stopped updating a refiling pull request. The text depends only on the branch and the
 * commits in the way, so a rerun finds it unchanged and writes nothing.
 */
function blockedComment(branch, base, foreign) {
    const listed = foreign.slice(0, MAX_COMMITS_LISTED).map((c) => {
        const who = c.authorLogin ?? c.authorEmail ?? 'an unknown author';
        const subject = c.message.split('\n')[0] ?? '';
        return `- \`${c.sha.slice(0, 12)}\` by ${(0,markdown_escape/* escapeMarkdown */.FV)(who, 80)}: ${(0,markdown_escape/* escapeMarkdown */.FV)(subject, 120)}`;
    });
    const more = foreign.length > MAX_COMMITS_LISTED ? [`- and ${foreign.length - MAX_COMMITS_LISTED} more`] : [];
    return [
        '### labelguard stopped updating this refiling pull request',
        '',
        `The changes or the evidence of this refiling have changed, but the branch ${(0,markdown_escape/* inlineCode */.ti)(branch)} carries ${foreign.length} commit${foreign.length === 1 ? '' : 's'} that labelguard did not make:`,
        '',
        ...listed,
        ...more,
        '',
        'labelguard never overwrites commits made by people, so the files here may now be out of date. To go on:',
        '',
        `- **Keep your commits:** update the evidence yourself (run \`labelguard evidence\` on this branch and commit what it writes), or merge as it is and let labelguard open a new refiling pull request against ${(0,markdown_escape/* inlineCode */.ti)(base)} for what is still missing.`,
        '- **Let labelguard regenerate it:** close this pull request and delete its branch; the next run opens a new one.',
    ].join('\n');
}
/** Why labelguard closed a refiling pull request whose need disappeared. */
function obsoleteComment(base, branchDeleted, foreign) {
    const lines = [
        `labelguard closed this refiling pull request: the product no longer has unrecorded changes on ${(0,markdown_escape/* inlineCode */.ti)(base)} (they were recorded another way, reverted, or are no longer classified as needing a record).`,
    ];
    if (branchDeleted)
        lines.push('', 'Its branch held only labelguard’s commit and was deleted.');
    else if (foreign.length > 0) {
        lines.push('', `Its branch was kept: it carries ${foreign.length} commit${foreign.length === 1 ? '' : 's'} that labelguard did not make.`);
    }
    return lines.join('\n');
}
/** The line a new refiling pull request gets when it replaces one a person closed. */
function supersedesLine(closed) {
    return `_This pull request replaces #${closed}, which was closed without merging before a new change appeared._`;
}
/** The pull request a body says it replaces, if it says so. */
function supersededIn(body) {
    const match = /^_This pull request replaces #(\d+), /m.exec(body);
    return match?.[1] !== undefined ? Number(match[1]) : undefined;
}
/** The line a closed pull request with the same changes gets in the result, explaining why nothing was opened. */
function ignoredReason(closed) {
    return (`The refiling pull request #${closed} for these changes was closed without merging. labelguard reads that as ` +
        '"ignore these changes" and opens a new pull request only when a new change appears. Reopen #' +
        `${closed} to have labelguard maintain it again.`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/refiling/metadata.ts
/**
 * The hidden metadata of a refiling pull request. labelguard keeps no state store: like Renovate, it finds
 * its pull requests again by branch name and by this line in the body, and compares digests to decide
 * whether anything changed before spending a write.
 */

const PREFIX = '<!-- labelguard:refiling ';
const SUFFIX = ' -->';
// `s`: a body written before U+2028/U+2029 were escaped still holds them raw, and `.` alone stops there.
const LINE = /^<!-- labelguard:refiling (\{.*\}) -->$/s;
/**
 * The metadata as one HTML-comment line. `<`, `>` and `&` are written as JSON `\u` escapes, so no value
 * (a branch may contain `-->`) can end the comment early; so are U+2028 and U+2029, which JSON leaves
 * raw but which end a line for regular expressions and some editors (a scheme holding one made the pull
 * request unrecognisable, so every later run reported it as someone else's). JSON.parse restores them.
 */
function renderMetadataLine(metadata) {
    const json = JSON.stringify(canonical(metadata)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${PREFIX}${json}${SUFFIX}`;
}
/** The metadata in a pull request body, or undefined when there is none or it is not labelguard's layout. */
function parseMetadata(body) {
    if (!body)
        return undefined;
    for (const line of body.split(/\r?\n/)) {
        const match = LINE.exec(line.trim());
        if (!match?.[1])
            continue;
        let value;
        try {
            value = JSON.parse(match[1]);
        }
        catch {
            return undefined;
        }
        return isMetadata(value) ? value : undefined;
    }
    return undefined;
}
/** The body with its metadata line replaced (or prepended when it has none). */
function replaceMetadata(body, metadata) {
    const line = renderMetadataLine(metadata);
    const lines = body.split(/\r?\n/);
    const at = lines.findIndex((l) => LINE.test(l.trim()));
    if (at < 0)
        return `${line}\n${body}`;
    lines[at] = line;
    return lines.join('\n');
}
/** `sha256:` digest of a set of files: each path with the SHA-256 of its bytes, in path order. */
function filesDigest(files) {
    const lines = [...files]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((f) => `${f.path}\0${sha256(typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content)}\n`);
    return `sha256:${sha256(Buffer.from(lines.join(''), 'utf8'))}`;
}
/** `sha256:` digest of what decides a refiling pull request: its files, its title and its fingerprints. */
function planDigest(input) {
    const text = JSON.stringify([input.files, input.title, [...input.fingerprints].sort()]);
    return `sha256:${sha256(Buffer.from(text, 'utf8'))}`;
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** Keys in a fixed order, so the same metadata is always the same line. */
function canonical(m) {
    return {
        v: m.v,
        product: m.product,
        scheme: m.scheme,
        target: m.target,
        fingerprints: [...m.fingerprints].sort(),
        filingId: m.filingId,
        generator: m.generator,
        files: m.files,
        digest: m.digest,
        ...(m.trigger && {
            trigger: { ...(m.trigger.pr !== undefined && { pr: m.trigger.pr }), sha: m.trigger.sha },
        }),
        ...(m.closed && { closed: m.closed }),
    };
}
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function isMetadata(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const m = value;
    const trigger = m.trigger;
    return (m.v === 1 &&
        typeof m.product === 'string' &&
        typeof m.scheme === 'string' &&
        typeof m.target === 'string' &&
        Array.isArray(m.fingerprints) &&
        m.fingerprints.every((f) => typeof f === 'string') &&
        typeof m.filingId === 'string' &&
        typeof m.generator === 'string' &&
        typeof m.files === 'string' &&
        DIGEST.test(m.files) &&
        typeof m.digest === 'string' &&
        DIGEST.test(m.digest) &&
        (trigger === undefined ||
            (typeof trigger === 'object' &&
                trigger !== null &&
                typeof trigger.sha === 'string' &&
                (trigger.pr === undefined || typeof trigger.pr === 'number'))) &&
        (m.closed === undefined || m.closed === 'obsolete'));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
;// CONCATENATED MODULE: ./src/refiling/record-changes.ts
/**
 * Recording changes in filing.yaml: one change-log entry per group of unrecorded changes, and the filing
 * status moved to `refiling-required` when a change is material. The file is the user's: the edit is
 * spliced into the text at positions the `yaml` Document API reports, so comments, quoting, folded
 * scalars and blank lines outside the edit stay byte for byte as they were.
 */


/** filing.yaml cannot be updated as it is: says where and what to fix. */
class FilingUpdateError extends Error {
    file;
    line;
    problem;
    fix;
    name = 'FilingUpdateError';
    constructor(file, line, problem, fix) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem} ${fix}`);
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }
}
/** Filing statuses a material change moves to `refiling-required`; the others stay as they are. */
const REOPENED_BY_MATERIAL = new Set(['granted', 'refiling-submitted']);
const MAX_SUMMARY_ITEMS = 8;
const MAX_ITEM_CHARS = 160;
/** The changes that still need an entry: unrecorded, not `none`, not already listed in the change log. */
function changesToRecord(changes, existing = []) {
    const listed = new Set(existing.flatMap((e) => e.fingerprints));
    const seen = new Set();
    return changes.filter((c) => {
        if (c.recorded || c.classification === 'none' || listed.has(c.fingerprint) || seen.has(c.fingerprint)) {
            return false;
        }
        seen.add(c.fingerprint);
        return true;
    });
}
/**
 * The change-log entries for the unrecorded changes: one per change class (the change-classification entry
 * that decided them), material groups first, ids `CHG-<filingId>-<n>` numbered after any already used.
 */
function changeLogEntries(existing, changes, options) {
    const date = entryDate(options);
    const toRecord = changesToRecord(changes, existing);
    const byFingerprint = new Map(toRecord.map((c) => [c.fingerprint, c]));
    // Change sets first, in their report order; whatever no set holds, grouped by change class.
    const groups = [];
    const inSet = new Set();
    for (const set of options.sets ?? []) {
        const members = set.fingerprints.flatMap((f) => {
            const c = byFingerprint.get(f);
            return c && !inSet.has(f) ? [c] : [];
        });
        for (const c of members)
            inSet.add(c.fingerprint);
        if (members.length > 0)
            groups.push({ set, changes: members });
    }
    const byClass = new Map();
    for (const change of toRecord.filter((c) => !inSet.has(c.fingerprint))) {
        const key = `${rank(change.classification)}\0${change.classId}`;
        byClass.set(key, [...(byClass.get(key) ?? []), change]);
    }
    for (const [, group] of [...byClass.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        groups.push({ changes: [...group].sort(compareChanges) });
    }
    // Material entries first, as before; sets keep their report order within each classification.
    const ordered = groups
        .map((g, i) => ({ g, i, material: g.changes.some((c) => c.classification === 'material') }))
        .sort((a, b) => Number(b.material) - Number(a.material) || a.i - b.i)
        .map((x) => x.g);
    const merged = options.summary !== undefined && ordered.length > 0
        ? [{ changes: ordered.flatMap((g) => g.changes), summary: options.summary }]
        : ordered.map((g) => ({ ...g, summary: g.set ? (0,markdown_escape/* plainText */.wh)(g.set.title, 480) : summarise(g.changes) }));
    const usedIds = new Set(existing.map((e) => e.id));
    let n = 0;
    const nextId = (suggested) => {
        if (options.suggestedIds && suggested !== undefined && !usedIds.has(suggested)) {
            usedIds.add(suggested);
            return suggested;
        }
        let id;
        do
            id = `CHG-${options.filingId}-${++n}`;
        while (usedIds.has(id));
        usedIds.add(id);
        return id;
    };
    return merged.map((g) => {
        const material = g.changes.some((c) => c.classification === 'material');
        const classification = options.classification ?? (material ? 'material' : 'record');
        return {
            id: nextId('set' in g ? g.set?.suggestedId : undefined),
            summary: g.summary,
            fingerprints: g.changes.map((c) => c.fingerprint),
            classification,
            status: classification === 'material' ? 'refiling-required' : 'recorded',
            ...(date !== undefined && { date }),
            ...(options.pullRequest !== undefined && { pull_request: options.pullRequest }),
        };
    });
}
/**
 * filing.yaml with the unrecorded changes appended to its change log and, when one of them is material,
 * `status: refiling-required` (with `status_since`). Idempotent: changes already listed add nothing, so
 * recording the same changes twice gives the same text. Without a filing.yaml (never filed) a new one
 * with `status: not-filed` is started.
 */
function recordChanges(filingText, changes, options) {
    const file = options.fileName ?? 'filing.yaml';
    if (filingText === undefined || filingText.trim() === '')
        return newFiling(changes, options);
    // A final line break first, so that text appended at the end starts on a line of its own.
    const eol = filingText.includes('\r\n') ? '\r\n' : '\n';
    const text = filingText.endsWith('\n') ? filingText : `${filingText}${eol}`;
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const firstError = doc.errors[0];
    if (firstError) {
        throw new FilingUpdateError(file, firstError.linePos?.[0]?.line, `is not valid YAML (${firstError.message.split('\n')[0] ?? ''}).`, 'Fix the YAML syntax, then run labelguard again.');
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root) || root.flow) {
        throw new FilingUpdateError(file, undefined, 'is not a block mapping of filing fields.', 'Write it as `key: value` lines (see the filing schema).');
    }
    const lineOf = (pos) => text.slice(0, pos).split('\n').length;
    const changesPair = pairOf(root.items, 'changes');
    const existing = existingEntries(changesPair?.value);
    const entries = changeLogEntries(existing, changes, options);
    const edits = [];
    // Status: only a material change re-opens a filing, and a status that already says so keeps its date.
    const statusPair = pairOf(root.items, 'status');
    const status = (0,dist/* isScalar */.jn)(statusPair?.value) ? statusPair.value.value : undefined;
    const date = entryDate(options);
    if (entries.some((e) => e.classification === 'material') && REOPENED_BY_MATERIAL.has(String(status))) {
        const value = statusPair?.value;
        const [start, end] = rangeOf(value);
        edits.push({ start, end, text: 'refiling-required' });
        if (date !== undefined) {
            const since = pairOf(root.items, 'status_since');
            if (since && (0,dist/* isScalar */.jn)(since.value)) {
                const [s, e] = rangeOf(since.value);
                edits.push({ start: s, end: e, text: date });
            }
            else if (!since) {
                const at = endOfLine(text, end);
                const indent = ' '.repeat(columnOf(text, rangeOf(statusPair?.key)[0]));
                edits.push({ start: at, end: at, text: `${indent}status_since: ${date}${eol}` });
            }
        }
    }
    if (entries.length > 0) {
        const value = changesPair?.value;
        if (!changesPair) {
            const keyIndent = columnOf(text, rangeOf(root.items[0]?.key)[0]);
            edits.push({
                start: text.length,
                end: text.length,
                text: `${' '.repeat(keyIndent)}changes:${eol}${renderItems(entries, keyIndent + 2, eol)}`,
            });
        }
        else if ((0,dist/* isSeq */.oP)(value) && !value.flow && value.items.length > 0) {
            const [start, end] = rangeOf(value);
            const at = text[end - 1] === '\n' ? end : endOfLine(text, end);
            edits.push({ start: at, end: at, text: renderItems(entries, columnOf(text, start), eol) });
        }
        else if (value === null ||
            value === undefined ||
            ((0,dist/* isScalar */.jn)(value) && value.value === null) ||
            (0,dist/* isSeq */.oP)(value)) {
            // `changes:`, `changes: ~` or a flow list: rewritten as a block list under the key.
            const keyNode = changesPair.key;
            const keyIndent = columnOf(text, rangeOf(keyNode)[0]);
            const kept = (0,dist/* isSeq */.oP)(value) ? value.toJSON() : [];
            const [start, end] = value ? rangeOf(value) : [rangeOf(keyNode)[1], rangeOf(keyNode)[1]];
            edits.push({ start, end, text: '' });
            const at = endOfLine(text, Math.max(end, rangeOf(keyNode)[1]));
            edits.push({ start: at, end: at, text: renderItems([...kept, ...entries], keyIndent + 2, eol) });
        }
        else {
            throw new FilingUpdateError(file, lineOf(rangeOf(value)[0]), '`changes` is not a list.', 'Make it a list of change-log entries (`- id: …`), or remove it.');
        }
    }
    if (edits.length === 0)
        return filingText;
    const updated = applyEdits(text, edits);
    verify(updated, existing.length + entries.length, file);
    return updated;
}
/** The YYYY-MM-DD of the entries: the option, else the date the filing id starts with. */
function entryDate(options) {
    const date = options.date ?? /^(\d{4}-\d{2}-\d{2})/.exec(options.filingId)?.[1];
    if (date === undefined)
        return undefined;
    const parsed = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
        throw new Error(`"${date}" is not a calendar date (YYYY-MM-DD) for the change-log entries.`);
    }
    return date;
}
function newFiling(changes, options) {
    const entries = changeLogEntries([], changes, options);
    const doc = new dist/* Document */.yo({
        product: options.productId,
        scheme: options.scheme,
        status: 'not-filed',
        ...(entries.length > 0 && { changes: entries }),
    });
    doc.commentBefore =
        ` Filing record of ${(0,markdown_escape/* plainText */.wh)(options.productId, 64)}, started by labelguard. The product has not been` +
            `\n filed yet: until it is, this file records its changes.`;
    return doc.toString({ lineWidth: 0 });
}
/** Apply non-overlapping edits; insertions at one position keep the order in which they were listed. */
function applyEdits(text, edits) {
    let out = text;
    const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
    for (const e of ordered)
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
}
/** Re-read the result: a splice that broke the file is a labelguard defect, never a silent corruption. */
function verify(text, expectedEntries, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const changes = doc.toJS()?.changes;
    const count = Array.isArray(changes) ? changes.length : 0;
    if (doc.errors.length > 0 || count !== expectedEntries) {
        throw new Error(`labelguard could not update ${file} without breaking it (${doc.errors[0]?.message ?? `expected ${expectedEntries} change-log entries, found ${count}`}). ` +
            'Please report this with the file.');
    }
}
/** The entries as rendered YAML list items, every line indented by `indent` spaces. */
function renderItems(entries, indent, eol) {
    const yaml = new dist/* Document */.yo(entries).toString({ lineWidth: 0 });
    const pad = ' '.repeat(indent);
    return yaml
        .split('\n')
        .filter((line, i, all) => !(i === all.length - 1 && line === ''))
        .map((line) => `${line === '' ? '' : pad}${line}${eol}`)
        .join('');
}
function existingEntries(value) {
    return (0,dist/* isSeq */.oP)(value) ? entriesOf(value.toJSON()) : [];
}
/** The ids and fingerprints of a change log as plain data, skipping anything that is not an entry. */
function entriesOf(list) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((item) => {
        if (typeof item !== 'object' || item === null)
            return [];
        const e = item;
        return [
            {
                id: typeof e.id === 'string' ? e.id : '',
                fingerprints: Array.isArray(e.fingerprints)
                    ? e.fingerprints.filter((f) => typeof f === 'string')
                    : [],
            },
        ];
    });
}
/**
 * The change log of a filing.yaml text, read leniently (unreadable text gives none): recordChanges reports
 * the real problems with their line.
 */
function changeLogOf(text) {
    if (text === undefined)
        return [];
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0)
        return [];
    return entriesOf(doc.toJS()?.changes);
}
function pairOf(items, key) {
    return items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === key);
}
function rangeOf(node) {
    const range = node.range;
    if (!range)
        throw new Error('labelguard: a parsed YAML node has no source range');
    return [range[0], range[1]];
}
function columnOf(text, pos) {
    return pos - (text.lastIndexOf('\n', pos - 1) + 1);
}
/** The position just after the line break that ends the line holding `pos` (or the end of the text). */
function endOfLine(text, pos) {
    const at = text.indexOf('\n', pos);
    return at < 0 ? text.length : at + 1;
}
function rank(classification) {
    return classification === 'material' ? 0 : classification === 'record' ? 1 : 2;
}
function compareChanges(a, b) {
    const key = (c) => [c.kind, c.subject, c.fingerprint];
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
        const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** One line: the class's reason, then what changed. */
function summarise(changes) {
    const reason = (0,markdown_escape/* plainText */.wh)(changes[0]?.reason ?? '', 240).replace(/\.$/, '');
    const items = changes.slice(0, MAX_SUMMARY_ITEMS).map((c) => (0,markdown_escape/* truncate */.xv)(describeChange(c), MAX_ITEM_CHARS));
    const more = changes.length > MAX_SUMMARY_ITEMS ? `; and ${changes.length - MAX_SUMMARY_ITEMS} more` : '';
    const list = `${items.join('; ')}${more}`;
    return reason ? `${reason} — ${list}` : list;
}
/** What changed, in plain text, e.g. `firmware 2.3.1 → 2.4.0`. */
function describeChange(c) {
    const subject = (0,markdown_escape/* plainText */.wh)(c.subject, MAX_ITEM_CHARS);
    const from = c.from !== undefined ? (0,markdown_escape/* plainText */.wh)(c.from, MAX_ITEM_CHARS) : undefined;
    const to = c.to !== undefined ? (0,markdown_escape/* plainText */.wh)(c.to, MAX_ITEM_CHARS) : undefined;
    if (c.kind.endsWith('.added'))
        return `${subject} added${to ? ` (${to})` : ''}`;
    if (c.kind.endsWith('.removed'))
        return `${subject} removed${from ? ` (was ${from})` : ''}`;
    return `${subject} ${from ?? '(unset)'} → ${to ?? '(unset)'}`;
}

;// CONCATENATED MODULE: ./src/refiling/plan.ts
/**
 * The refiling planner: from one product's need, the target branch and the refiling settings to the pull
 * request that records it (branch, title, body, files, reviewers, hidden metadata). Pure: no I/O, no clock.
 */







/** Characters of the body limit kept free for the executor's additions. */
const BODY_RESERVE = 256;
/** Plan the refiling pull request of one product against one target branch. */
function planRefiling(need, target, settings = {}, context = {}) {
    const productDir = checkedProductDir(need.productDir, need.productId);
    const filingPath = `${productDir}/filing.yaml`;
    const existing = changeLogOf(need.filingText);
    const toRecord = changesToRecord(need.changes, existing).sort(compareForDisplay);
    if (toRecord.length === 0) {
        throw new Error(`Product ${need.productId} has no unrecorded material or record change to file; plan a refiling only for a product that needs one.`);
    }
    const recordOptions = {
        productId: need.productId,
        scheme: need.scheme,
        filingId: need.filingId,
        fileName: filingPath,
        ...(need.triggeredBy?.pr !== undefined && { pullRequest: need.triggeredBy.pr }),
        ...(need.changeSets && { sets: need.changeSets }),
    };
    const entries = changeLogEntries(existing, toRecord, recordOptions);
    const filingText = recordChanges(need.filingText, toRecord, recordOptions);
    const evidenceDir = `${productDir}/filings/${need.filingId}`;
    const files = [
        ...need.bundle.files.map((f) => ({
            path: `${evidenceDir}/${checkedBundlePath(f.path)}`,
            content: asTextOrBytes(f.content),
        })),
        { path: filingPath, content: filingText },
    ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const duplicate = files.find((f, i) => i > 0 && files[i - 1]?.path === f.path);
    if (duplicate)
        throw new Error(`The refiling of ${need.productId} would write ${duplicate.path} twice.`);
    const branch = refilingBranchName(settings.branch_prefix, target.branch, need.productId);
    const title = renderRefilingTitle(need.productId, need.scheme, entries);
    const fingerprints = toRecord.map((c) => c.fingerprint).sort();
    const filesSha = filesDigest(files);
    const gen = context.generator ?? version/* generator */.w;
    const metadata = {
        v: 1,
        product: need.productId,
        scheme: need.scheme,
        target: target.branch,
        fingerprints,
        filingId: need.filingId,
        generator: `${gen.name}@${gen.version}`,
        files: filesSha,
        digest: planDigest({ files: filesSha, title, fingerprints }),
        ...(need.triggeredBy && {
            trigger: {
                ...(need.triggeredBy.pr !== undefined && { pr: need.triggeredBy.pr }),
                sha: need.triggeredBy.sha,
            },
        }),
    };
    const statusChange = statusChangeOf(need.filingText, filingText);
    const { body, omittedRows } = renderRefilingBody({
        productId: need.productId,
        productDir,
        scheme: need.scheme,
        base: target.branch,
        branch,
        filingId: need.filingId,
        changes: toRecord,
        entries,
        files,
        ...(statusChange && { statusChange }),
        ...(need.triggeredBy && { triggeredBy: need.triggeredBy }),
        ...(context.repositoryUrl !== undefined && { repositoryUrl: context.repositoryUrl }),
        metadataLine: renderMetadataLine(metadata),
        // Room for what the executor may add later: the "closed" flag, a "supersedes" line.
        maxChars: github_repo/* MAX_BODY_CHARS */.GW - BODY_RESERVE,
    });
    const who = reviewersOf(settings, need.stakeholders ?? []);
    return {
        productId: need.productId,
        productDir,
        scheme: need.scheme,
        branch,
        branchPrefix: sanitiseRefPath(settings.branch_prefix ?? DEFAULT_BRANCH_PREFIX),
        base: target.branch,
        title,
        body,
        commitMessage: renderCommitMessage({ title, productDir, filingId: need.filingId, entries }),
        files,
        labels: unique(settings.labels ?? []),
        reviewers: who.reviewers,
        teamReviewers: who.teamReviewers,
        assignees: unique((settings.assignees ?? []).map(stripAt)),
        draft: settings.draft ?? false,
        metadata,
        omittedRows,
    };
}
/**
 * The filing id to generate evidence under: the one of the pull request already open for the same
 * product, target and fingerprints when there is one, so that a refiling is not regenerated every day
 * only because the date moved; otherwise the candidate (typically today's date).
 */
function stableFilingId(candidate, previous, need) {
    if (!previous ||
        previous.closed !== undefined ||
        previous.product !== need.productId ||
        previous.scheme !== need.scheme ||
        previous.target !== need.target) {
        return candidate;
    }
    const wanted = [...new Set(need.fingerprints)].sort();
    const had = [...new Set(previous.fingerprints)].sort();
    return wanted.length === had.length && wanted.every((f, i) => f === had[i]) ? previous.filingId : candidate;
}
/** Reviewers: the configured ones and every stakeholder with a GitHub user; teams lose their `org/`. */
function reviewersOf(settings, stakeholders) {
    const handles = stakeholders.flatMap((s) => (s.github ? [stripAt(s.github)] : []));
    const users = [...(settings.reviewers ?? []).map(stripAt), ...handles.filter((h) => !h.includes('/'))];
    const teams = [...(settings.team_reviewers ?? []), ...handles.filter((h) => h.includes('/'))].map((t) => stripAt(t).split('/').pop() ?? '');
    return { reviewers: unique(users), teamReviewers: unique(teams) };
}
function stripAt(handle) {
    return handle.trim().replace(/^@/, '');
}
/** Without duplicates (GitHub logins and slugs are case-insensitive), first spelling kept, sorted. */
function unique(values) {
    const seen = new Map();
    for (const v of values)
        if (v !== '' && !seen.has(v.toLowerCase()))
            seen.set(v.toLowerCase(), v);
    return [...seen.values()].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
}
function checkedProductDir(dir, productId) {
    const clean = dir
        .replace(/\\/g, '/')
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
    if (clean === '' ||
        clean.startsWith('/') ||
        clean.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new Error(`The product folder of ${productId} ("${dir}") is not a path inside the repository; pass it relative to the repository root, e.g. products/${productId}.`);
    }
    return clean;
}
function checkedBundlePath(path) {
    if (path === '' ||
        path.startsWith('/') ||
        path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new Error(`Evidence file "${path}" is not a relative path inside the evidence folder.`);
    }
    return path;
}
/** UTF-8 text as a string (GitHub stores it from inside the tree request), anything else as bytes. */
function asTextOrBytes(content) {
    if (content.includes(0))
        return content;
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
    }
    catch {
        return content;
    }
}
function statusChangeOf(before, after) {
    const status = (text) => {
        if (text === undefined)
            return undefined;
        try {
            const s = (0,dist/* parse */.qg)(text)?.status;
            return typeof s === 'string' ? s : undefined;
        }
        catch {
            return undefined;
        }
    };
    const [from, to] = [status(before), status(after)];
    return from !== undefined && to !== undefined && from !== to ? { from, to } : undefined;
}
/** Material first, then by kind, subject and fingerprint: the order of the table and of the change log. */
function compareForDisplay(a, b) {
    const ka = [a.classification === 'material' ? '0' : '1', a.kind, a.subject, a.fingerprint];
    const kb = [b.classification === 'material' ? '0' : '1', b.kind, b.subject, b.fingerprint];
    for (let i = 0; i < ka.length; i++) {
        const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}

// EXTERNAL MODULE: ./src/github/identity.ts
var github_identity = __webpack_require__(77369);
// EXTERNAL MODULE: ./src/github/pulls.ts
var github_pulls = __webpack_require__(74487);
;// CONCATENATED MODULE: ./src/refiling/pull-lookup.ts



/** Every pull request (open and closed) whose head is `branch` in this repository, newest first. */
async function listBranchPullRequests(octokit, repo, branch, identity) {
    const pulls = await (0,github_pulls/* listPullRequestsByHead */.JN)(octokit, repo, { head: branch, state: 'all' });
    return pulls.map((p) => asRefilingPullRequest(p, identity));
}
/**
 * The open refiling pull requests labelguard itself opened: author is the identity, head branch under
 * the prefix, valid hidden metadata. One paged read; pass the result to `syncRefiling` and
 * `closeStaleRefilings` to save a lookup per product, and its metadata to `stableFilingId`.
 */
async function listRefilingPullRequests(octokit, repo, options) {
    const pulls = await (0,github_pulls/* listPullRequests */.qc)(octokit, repo, {
        state: 'open',
        ...(options.target !== undefined && { base: options.target }),
    });
    return refilingPullRequestsAmong(pulls, repo, options);
}
/** Which of these pull requests are labelguard's refiling pull requests (see {@link listRefilingPullRequests}), oldest first. */
function refilingPullRequestsAmong(pulls, repo, options) {
    const prefix = `${options.branchPrefix.replace(/\/+$/, '')}/`;
    const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
    return pulls
        .map((p) => asRefilingPullRequest(p, options.identity))
        .filter((p) => p.own &&
        p.metadata !== undefined &&
        p.headRef.startsWith(prefix) &&
        p.headRepo?.toLowerCase() === fullName &&
        (options.target === undefined || p.baseRef === options.target))
        .sort((a, b) => a.number - b.number);
}
/** A pull request with whether the identity opened it and its refiling metadata. */
function asRefilingPullRequest(pull, identity) {
    const metadata = parseMetadata(pull.body);
    return {
        ...pull,
        own: (0,github_identity/* isOwnLogin */.sV)(identity, pull.author),
        ...(metadata && { metadata }),
    };
}

// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(66645);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(78932);
;// CONCATENATED MODULE: ./src/refiling/sync.ts










const silent = { debug: () => { }, info: () => { }, warn: () => { } };
/** Create, update or leave alone the refiling pull request of every plan; one result per plan, in order. */
async function syncRefiling(input) {
    const log = input.log ?? silent;
    const budget = new OpenBudget(input);
    const results = [];
    for (const plan of input.plans) {
        const result = await syncOne(input, plan, budget);
        const detail = result.reason ? `: ${result.reason}` : '';
        const where = result.number !== undefined ? ` #${result.number}` : '';
        const line = `refiling ${plan.productId} → ${plan.base}: ${result.operation}${where}${detail}`;
        if (result.operation === 'failed' || result.operation === 'blocked')
            log.warn(line);
        else
            log.info(line);
        for (const w of result.warnings ?? [])
            log.warn(`refiling ${plan.productId}: ${w}`);
        results.push(result);
    }
    return results;
}
/**
 * Close, with a comment, every open refiling pull request into the target whose product no longer needs
 * one, and delete its branch unless someone else committed to it.
 */
async function closeStaleRefilings(input) {
    const log = input.log ?? silent;
    const { octokit, repo, identity, target } = input;
    const still = new Set(input.productIdsStillNeeding);
    let open;
    try {
        open =
            input.openRefilingPrs ??
                (await listRefilingPullRequests(octokit, repo, {
                    identity,
                    branchPrefix: input.branchPrefix ?? DEFAULT_BRANCH_PREFIX,
                    target: target.branch,
                }));
    }
    catch (error) {
        const failure = failedResult('(all products)', error, undefined);
        log.warn(`refiling: could not list the open refiling pull requests: ${failure.reason ?? ''}`);
        return [failure];
    }
    const stale = open.filter((p) => p.state === 'open' &&
        p.own &&
        p.metadata !== undefined &&
        p.metadata.target === target.branch &&
        p.baseRef === target.branch &&
        !still.has(p.metadata.product));
    const results = [];
    for (const pr of stale) {
        const productId = pr.metadata?.product ?? '';
        try {
            const foreign = await (0,git_data/* findForeignCommits */.Q$)(octokit, repo, {
                base: target.sha,
                head: pr.headSha,
                identity,
            });
            const deleteIt = foreign.length === 0;
            await (0,github_pulls/* createComment */.eT)(octokit, repo, pr.number, obsoleteComment(target.branch, deleteIt, foreign));
            const body = pr.metadata ? replaceMetadata(pr.body, { ...pr.metadata, closed: 'obsolete' }) : pr.body;
            await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, pr.number, {
                state: 'closed',
                ...(body.length <= github_repo/* MAX_BODY_CHARS */.GW && { body }),
            });
            if (deleteIt)
                await (0,git_data/* deleteBranch */.SN)(octokit, repo, pr.headRef);
            log.info(`refiling ${productId} → ${target.branch}: closed #${pr.number} (no longer needed)`);
            results.push({
                productId,
                operation: 'closed',
                number: pr.number,
                url: pr.url,
                branch: pr.headRef,
                reason: deleteIt
                    ? 'the product no longer needs a refiling; the branch was deleted'
                    : 'the product no longer needs a refiling; the branch was kept because it carries commits by others',
            });
        }
        catch (error) {
            const failure = failedResult(productId, error, pr);
            log.warn(`refiling ${productId} → ${target.branch}: failed to close #${pr.number}: ${failure.reason ?? ''}`);
            results.push(failure);
        }
    }
    return results;
}
/** How many more refiling pull requests may be opened under `max_open`; counted once, lazily. */
class OpenBudget {
    input;
    open;
    constructor(input) {
        this.input = input;
    }
    /** Undefined when there is room; otherwise why not. */
    async refusal(plan) {
        const max = this.input.maxOpen;
        if (max === undefined)
            return undefined;
        this.open ??= (this.input.openRefilingPrs ??
            (await listRefilingPullRequests(this.input.octokit, this.input.repo, {
                identity: this.input.identity,
                branchPrefix: plan.branchPrefix,
            }))).filter((p) => p.state === 'open' && p.own).length;
        return this.open >= max
            ? `${this.open} refiling pull requests are open and refiling.max_open is ${max}; merge or close one, or raise max_open`
            : undefined;
    }
    opened() {
        if (this.open !== undefined)
            this.open++;
    }
}
async function syncOne(input, plan, budget) {
    const { octokit, repo, identity, target } = input;
    const base = { productId: plan.productId, operation: 'failed', branch: plan.branch };
    if (plan.base !== target.branch || plan.metadata.target !== target.branch) {
        return {
            ...base,
            reason: `the plan was made for target branch ${plan.base}, not ${target.branch}; plan it again for this target`,
        };
    }
    let stage = 'lookup';
    let committed;
    try {
        const known = input.openRefilingPrs?.find((p) => p.state === 'open' && p.headRef === plan.branch);
        const pulls = known ? [known] : await listBranchPullRequests(octokit, repo, plan.branch, identity);
        const open = pulls.find((p) => p.state === 'open');
        if (open) {
            if (!isOurs(open, plan))
                return foreignPullRequest(base, open, identity);
            if (open.metadata?.digest === plan.metadata.digest) {
                return {
                    ...base,
                    operation: 'unchanged',
                    number: open.number,
                    url: open.url,
                    commitSha: open.headSha,
                };
            }
            // A replacement keeps saying which pull request it replaced.
            const body = withSupersedes(plan.body, supersededIn(open.body));
            if (open.metadata?.files === plan.metadata.files) {
                // Only the title or the text changed: the branch already holds these files.
                await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, open.number, { title: plan.title, body });
                return { ...base, operation: 'updated', number: open.number, url: open.url, commitSha: open.headSha };
            }
            stage = 'commit';
            // The files digest differs, so the branch cannot already hold these files: skip that check, and
            // start from the head the listing reported (checked again before the branch moves).
            committed = await commit(octokit, repo, identity, target, plan, {
                knownToDiffer: true,
                expectedHeadSha: open.headSha,
            });
            if (committed.operation === 'blocked') {
                await (0,comments/* upsertStickyComment */.qD)(octokit, repo, {
                    issueNumber: open.number,
                    key: BLOCKED_COMMENT_KEY,
                    identity,
                    body: blockedComment(plan.branch, target.branch, committed.foreignCommits ?? []),
                });
                return {
                    ...base,
                    operation: 'blocked',
                    number: open.number,
                    url: open.url,
                    ...(committed.commitSha !== undefined && { commitSha: committed.commitSha }),
                    reason: committed.reason ?? 'the branch carries commits by others',
                };
            }
            if (committed.operation === 'no-diff') {
                return closeObsolete(input, plan, open, base);
            }
            stage = 'pull-request';
            await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, open.number, { title: plan.title, body });
            return {
                ...base,
                operation: 'updated',
                number: open.number,
                url: open.url,
                ...(committed.commitSha !== undefined && { commitSha: committed.commitSha }),
            };
        }
        // No open pull request. One a person closed without merging means "ignore these changes".
        const closedByPerson = pulls.filter((p) => p.state === 'closed' && !p.merged && isOurs(p, plan) && p.metadata?.closed === undefined);
        const ignored = new Set(closedByPerson.flatMap((p) => p.metadata?.fingerprints ?? []));
        const newest = closedByPerson[0];
        if (newest && plan.metadata.fingerprints.every((f) => ignored.has(f))) {
            return {
                ...base,
                operation: 'unchanged',
                number: newest.number,
                url: newest.url,
                reason: ignoredReason(newest.number),
            };
        }
        const refusal = await budget.refusal(plan);
        if (refusal)
            return { ...base, operation: 'blocked', reason: refusal };
        stage = 'commit';
        committed = await commit(octokit, repo, identity, target, plan);
        if (committed.operation === 'blocked') {
            return {
                ...base,
                operation: 'blocked',
                ...(committed.commitSha !== undefined && { commitSha: committed.commitSha }),
                reason: `${committed.reason ?? 'the branch carries commits by others'}. There is no open pull request to ` +
                    `comment on: open one from ${plan.branch} yourself, or delete the branch so that labelguard can regenerate it`,
            };
        }
        if (committed.operation === 'no-diff') {
            return {
                ...base,
                operation: 'unchanged',
                reason: `${target.branch} already contains every file of this refiling`,
            };
        }
        stage = 'pull-request';
        const body = withSupersedes(plan.body, newest?.number);
        return await openPullRequest(input, plan, body, committed, base, budget);
    }
    catch (error) {
        const failure = failedResult(plan.productId, error, undefined);
        const progress = stage === 'pull-request' && committed?.commitSha
            ? ` The branch ${plan.branch} holds the refiling commit ${committed.commitSha.slice(0, 12)}; the next run completes the pull request.`
            : '';
        return { ...base, ...failure, branch: plan.branch, reason: `${failure.reason ?? ''}${progress}` };
    }
}
function commit(octokit, repo, identity, target, plan, hints = {}) {
    return (0,git_data/* commitChanges */.PT)(octokit, repo, {
        branch: plan.branch,
        parentSha: target.sha,
        message: plan.commitMessage,
        changes: plan.files.map((f) => ({ path: f.path, content: f.content })),
        identity,
        ...hints,
    });
}
/** Open the pull request; a parallel run that opened it first is found again and brought up to date. */
async function openPullRequest(input, plan, body, committed, base, budget) {
    const { octokit, repo, identity } = input;
    const commitSha = committed.commitSha !== undefined ? { commitSha: committed.commitSha } : {};
    let created;
    try {
        created = await (0,github_pulls/* createPullRequest */.jC)(octokit, repo, {
            head: plan.branch,
            base: plan.base,
            title: plan.title,
            body,
            draft: plan.draft,
        });
    }
    catch (error) {
        if (!((0,errors/* hasStatus */.Ro)(error, 422) && errors/* PULL_REQUEST_ALREADY_EXISTS */.S8.test((0,errors/* apiMessageOf */.rU)(error))))
            throw error;
        const again = (await listBranchPullRequests(octokit, repo, plan.branch, identity)).find((p) => p.state === 'open');
        if (!again)
            throw error;
        if (!isOurs(again, plan))
            return foreignPullRequest(base, again, identity);
        if (again.metadata?.digest === plan.metadata.digest) {
            return { ...base, operation: 'unchanged', number: again.number, url: again.url, ...commitSha };
        }
        await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, again.number, { title: plan.title, body: plan.body });
        return { ...base, operation: 'updated', number: again.number, url: again.url, ...commitSha };
    }
    budget.opened();
    // Decorations are best effort: a reviewer who is not a collaborator must not undo the pull request.
    const warnings = [];
    const attempt = async (what, step) => {
        try {
            await step();
        }
        catch (error) {
            warnings.push(`could not ${what} on #${created.number}: ${(0,errors/* toGitHubApiError */.Vu)(error, what).info.userMessage}`);
        }
    };
    await attempt('add labels', () => (0,github_pulls/* addLabels */.Nl)(octokit, repo, created.number, plan.labels));
    // GitHub refuses a review request from the pull request's own author.
    const reviewers = plan.reviewers.filter((r) => !(0,github_identity/* isOwnLogin */.sV)(identity, r));
    await attempt('request reviewers', () => (0,github_pulls/* requestReviewers */.i5)(octokit, repo, created.number, { reviewers, teamReviewers: plan.teamReviewers }));
    await attempt('assign people', () => (0,github_pulls/* addAssignees */.Qd)(octokit, repo, created.number, plan.assignees));
    return {
        ...base,
        operation: 'created',
        number: created.number,
        url: created.url,
        ...commitSha,
        ...(warnings.length > 0 && { warnings }),
    };
}
/** The need is met by the target itself: close the pull request and delete the branch (only our commit is on it). */
async function closeObsolete(input, plan, open, base) {
    const { octokit, repo, target } = input;
    await (0,github_pulls/* createComment */.eT)(octokit, repo, open.number, obsoleteComment(target.branch, true, []));
    const body = open.metadata
        ? replaceMetadata(open.body, { ...open.metadata, closed: 'obsolete' })
        : open.body;
    await (0,github_pulls/* updatePullRequest */.Ku)(octokit, repo, open.number, {
        state: 'closed',
        ...(body.length <= github_repo/* MAX_BODY_CHARS */.GW && { body }),
    });
    await (0,git_data/* deleteBranch */.SN)(octokit, repo, plan.branch);
    return {
        ...base,
        operation: 'closed',
        number: open.number,
        url: open.url,
        reason: `${target.branch} already contains every file of this refiling`,
    };
}
/** Ours: opened by our identity, and its metadata names this product and target. */
function isOurs(pr, plan) {
    return pr.own && pr.metadata?.product === plan.productId && pr.metadata.target === plan.base;
}
function foreignPullRequest(base, pr, identity) {
    const who = pr.author ?? 'an unknown account';
    const why = pr.own
        ? 'does not carry labelguard’s metadata for this product and target branch'
        : `was opened by ${who}, not by ${identity.login}`;
    return {
        ...base,
        operation: 'blocked',
        number: pr.number,
        url: pr.url,
        reason: `pull request #${pr.number} from ${pr.headRef} ${why}; labelguard leaves it alone. Close it (or rename its branch) to let labelguard open its own`,
    };
}
function withSupersedes(body, closed) {
    if (closed === undefined)
        return body;
    const extended = `${body.trimEnd()}\n\n${supersedesLine(closed)}\n`;
    return extended.length <= github_repo/* MAX_BODY_CHARS */.GW ? extended : body;
}
/** A `failed` result with GitHub's classified message and, for permission errors, the permission. */
function failedResult(productId, error, pr) {
    const classified = error instanceof errors/* GitHubApiError */.OS
        ? error
        : typeof error?.status === 'number'
            ? (0,errors/* toGitHubApiError */.Vu)(error, 'complete the refiling')
            : undefined;
    return {
        productId,
        operation: 'failed',
        ...(pr && { number: pr.number, url: pr.url, branch: pr.headRef }),
        reason: classified ? classified.message : error instanceof Error ? error.message : String(error),
        ...(classified?.permission !== undefined && { permission: classified.permission }),
    };
}

;// CONCATENATED MODULE: ./src/refiling/index.ts
/** Refiling pull requests: the pure planner and filing update, the executor, and the fork fallback. */











/***/ })

};
