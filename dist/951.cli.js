export const id = 951;
export const ids = [951];
export const modules = {

/***/ 19120:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ judgeProduct),
/* harmony export */   xr: () => (/* binding */ assembleReport)
/* harmony export */ });
/* unused harmony export checkRepository */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95278);
/* harmony import */ var _policy_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26658);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71013);
/* harmony import */ var _consistency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86136);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_consistency_js__WEBPACK_IMPORTED_MODULE_1__]);
_consistency_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];




/** Judge every loaded product and assemble the report; pure, deterministic for the same inputs. */
function checkRepository(repo, options) {
    return assembleReport(repo, repo.products.map((p) => judgeProduct(p, options.stages ?? [])), options);
}
/**
 * The report from products already judged (in any order): waivers across all products, policy,
 * summary. A streaming audit judges each product as it loads and assembles once at the end.
 */
function assembleReport(repo, judgedProducts, options) {
    const judged = [...judgedProducts].sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.id, b.id) || (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.dir, b.dir));
    // Waivers are applied across all products at once, so that each waiver is judged (expired, unknown) once.
    const raw = judged.flatMap((j) => j.findings);
    const waived = options.waive ? options.waive(raw) : { findings: raw, problems: [] };
    let offset = 0;
    const products = judged.map((j) => {
        const own = waived.findings.slice(offset, offset + j.findings.length);
        offset += j.findings.length;
        return productReport(j, own, options.policy);
    });
    const findings = mark([...repo.findings, ...waived.problems], options.policy);
    if (judged.length === 0 && !options.scoped) {
        findings.push(...mark([noProducts(repo)], options.policy));
    }
    const all = [...findings, ...products.flatMap((p) => p.findings)];
    return {
        version: 1,
        generator: { ..._version_js__WEBPACK_IMPORTED_MODULE_0__/* .generator */ .w },
        now: options.now,
        policy: { failOn: options.policy.failOn, warnOnly: options.policy.warnOnly },
        summary: {
            products: products.length,
            blocking: all.filter((f) => f.blocking).length,
            warnings: all.filter((f) => f.severity === 'warning' && !f.waived).length,
            unrecorded: products.reduce((n, p) => n + (p.changes ?? []).filter((c) => !c.recorded && c.classification === 'material').length, 0),
        },
        products,
        findings,
    };
}
/** Run the consistency checks and the given stages on one loaded product. */
function judgeProduct(p, stages) {
    const j = {
        id: p.id,
        dir: p.dir,
        ...(p.manifest ? { model: p.manifest.model } : {}),
        labels: (p.manifest?.labels ?? []).map((l) => ({ scheme: l.scheme, stars: l.stars })),
        ...(p.filing ? { filingStatus: p.filing.status } : {}),
        findings: [...p.findings],
    };
    // A manifest that failed validation cannot be judged further: report why, and nothing built on guesses.
    if (!p.manifest)
        return j;
    const all = [(q) => ({ findings: (0,_consistency_js__WEBPACK_IMPORTED_MODULE_1__/* .consistencyFindings */ .h)(q) }), ...stages];
    for (const stage of all) {
        const r = stage(p);
        j.findings.push(...(r.findings ?? []));
        if (r.readiness)
            j.readiness = [...(j.readiness ?? []), ...r.readiness];
        if (r.changes)
            j.changes = [...(j.changes ?? []), ...r.changes];
    }
    return j;
}
function productReport(j, own, policy) {
    const findings = mark(own, policy);
    const verdict = findings.some((f) => f.blocking)
        ? 'fail'
        : findings.some((f) => !f.waived && f.severity !== 'info')
            ? 'warn'
            : 'pass';
    return {
        id: j.id,
        path: j.dir,
        ...(j.model !== undefined ? { model: j.model } : {}),
        labels: j.labels,
        ...(j.filingStatus !== undefined ? { filingStatus: j.filingStatus } : {}),
        verdict,
        findings,
        ...(j.readiness ? { readiness: j.readiness } : {}),
        ...(j.changes ? { changes: j.changes } : {}),
    };
}
function mark(findings, policy) {
    return [...findings].sort(_core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .compareFindings */ .E).map((f) => ({ ...f, blocking: (0,_policy_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .isBlocking */ .U)(f, policy) }));
}
function noProducts(repo) {
    const globs = repo.config.config.products ?? 'products/*/product.yaml';
    return {
        ruleId: 'data.no-products',
        severity: 'error',
        message: `no product manifests found (looked for ${Array.isArray(globs) ? globs.join(', ') : globs})`,
        hint: 'Add products/<id>/product.yaml, or set `products:` in .labelguard.yml to where your manifests are.',
        file: repo.config.file ?? '.labelguard.yml',
        line: 1,
        column: 1,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 86136:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ consistencyFindings)
/* harmony export */ });
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68922);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_0__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

/** Cross-file checks: the filing belongs to this product, and every evidence file is the one the manifest hashed. */
function consistencyFindings(p) {
    const out = [];
    const m = p.manifest;
    if (!m)
        return out;
    const add = (ruleId, doc, path, message, hint) => out.push({ ruleId, severity: 'error', message, hint, productId: p.id, ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(p, doc, path) });
    const f = p.filing;
    if (f) {
        if (f.product !== undefined && f.product !== m.id) {
            add('data.inconsistent', 'filing', ['product'], `filing is for product '${f.product}' but product.yaml has id '${m.id}'`, 'Each product folder holds the filing of that product; correct the id in one of the files.');
        }
        // Label items (model, producer) against the manifest are judged by the packs' label rules and by
        // change detection, which cite their sources; not repeated here.
        if (m.labels.every((l) => l.scheme !== f.scheme)) {
            add('data.inconsistent', 'filing', ['scheme'], `filing is for scheme '${f.scheme}', which product.yaml does not target`, `Add '${f.scheme}' to labels in product.yaml, or correct the filing's scheme.`);
        }
    }
    for (const [key, doc] of Object.entries(m.evidence ?? {})) {
        if (!doc)
            continue;
        const ref = p.files.find((r) => r.doc === 'product' && r.path[1] === key && r.path[0] === 'evidence');
        if (ref?.sha256 && ref.sha256 !== doc.sha256) {
            add('data.hash-mismatch', 'product', ['evidence', key, 'sha256'], `${key.replace(/_/g, ' ')} ${doc.file} has SHA-256 ${ref.sha256}, not the ${doc.sha256} recorded`, 'The file changed after it was recorded: if the new file is right, update sha256 (and the coverage it states).');
        }
    }
    return out;
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

/***/ 12357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ changedPaths)
/* harmony export */ });
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73073);

/**
 * Paths changed between the merge base of `base` and `head`, and `head` (what a pull request changes),
 * relative to `cwd` and limited to it (as a folder inside the repository may be the compliance
 * repository). Needs enough history for the merge base (fetch-depth: 0).
 */
async function changedPaths(cwd, base, head) {
    // Full commit ids (what events carry) need no lookup; names (branches, HEAD~1) are resolved first.
    const full = (rev) => (/^[0-9a-f]{40}$/.test(rev) ? rev : (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveCommit */ .WL)(cwd, rev));
    const [b, h] = await Promise.all([full(base), full(head)]);
    const out = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['diff', '--name-status', '-z', '--no-renames', '--relative', `${b}...${h}`]);
    const fields = out
        .toString('utf8')
        .split('\0')
        .filter((s) => s !== '');
    const paths = new Set();
    for (let i = 0; i < fields.length; i += 2) {
        const path = fields[i + 1];
        if (path !== undefined)
            paths.add(path);
    }
    return [...paths].sort();
}


/***/ }),

/***/ 73073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   WL: () => (/* binding */ resolveCommit)
/* harmony export */ });
/* unused harmony exports GitError, isShallow */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32229);


/** Run git in `cwd` and return stdout; failures become errors that carry git's own message. */
function git(cwd, args, maxBuffer = 512 * 1024 * 1024) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'buffer', maxBuffer }, (err, stdout, stderr) => {
            if (err)
                reject(new GitError(args, stderr.toString('utf8').trim() || err.message));
            else
                resolve(stdout);
        });
    });
}
/** git refused or failed; `stderr` is git's message. */
class GitError extends Error {
    args;
    stderr;
    constructor(args, stderr) {
        super(`git ${args.join(' ')}: ${stderr}`);
        this.args = args;
        this.stderr = stderr;
    }
}
/** Resolve a revision to a commit id, or explain how to make it available. */
async function resolveCommit(cwd, rev) {
    if (rev.startsWith('-'))
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`'${rev}' is not a revision`);
    try {
        return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]))
            .toString()
            .trim();
    }
    catch {
        const shallow = await isShallow(cwd).catch(() => false);
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`revision '${rev}' is not in the git repository at ${cwd}`, [
            shallow
                ? 'The clone is shallow: check out with `fetch-depth: 0` (actions/checkout) or fetch the base revision.'
                : 'Fetch the revision first, or check the name (branch, tag or commit).',
        ]);
    }
}
/** Whether the repository is a shallow clone (history may be missing). */
async function isShallow(cwd) {
    return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).toString().trim() === 'true';
}


/***/ }),

/***/ 91654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ GitTreeSource)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73073);



const maxLinkHops = 8;
/** One revision of a git repository, read straight from the object store (no checkout). */
class GitTreeSource {
    label;
    entries;
    reader;
    constructor(label, entries, reader) {
        this.label = label;
        this.entries = entries;
        this.reader = reader;
    }
    /**
     * Open `rev` of the repository at `cwd`; one `ls-tree` lists it, one `cat-file` process reads it.
     * When `cwd` is a folder inside the repository, paths are relative to that folder, as on disk.
     */
    static async open(cwd, rev) {
        const commit = await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCommit */ .WL)(cwd, rev);
        const prefix = (await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
        const out = await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit]);
        const entries = new Map();
        for (const record of out.toString('utf8').split('\0')) {
            if (!record)
                continue;
            const tab = record.indexOf('\t');
            const [mode, type, oid] = record.slice(0, tab).split(' ');
            const path = record.slice(tab + 1);
            if (type === 'blob' && mode && oid && path.startsWith(prefix))
                entries.set(path.slice(prefix.length), { mode, oid });
        }
        return new GitTreeSource(rev, entries, new BlobReader(cwd));
    }
    listFiles(dir) {
        const prefix = dir === '' || dir === '.' ? '' : `${dir.replace(/\/$/, '')}/`;
        return Promise.resolve([...this.entries.keys()].filter((p) => p.startsWith(prefix)).sort());
    }
    async readFile(path) {
        const target = await this.follow(path);
        if (!('path' in target))
            return undefined;
        const entry = this.entries.get(target.path);
        return entry ? this.reader.read(entry.oid) : undefined;
    }
    async containment(path) {
        const target = await this.follow(path);
        return 'path' in target ? 'inside' : target.refused;
    }
    /** Release the `git cat-file` process. */
    close() {
        this.reader.close();
    }
    /** Resolve symlinks committed in the tree; a link that leaves the tree is 'outside'. */
    async follow(path) {
        let current = path;
        for (let hop = 0; hop <= maxLinkHops; hop++) {
            const entry = this.entries.get(current);
            if (!entry)
                return { refused: 'missing' };
            if (entry.mode !== '120000')
                return { path: current };
            const target = (await this.reader.read(entry.oid)).toString('utf8');
            if (target.startsWith('/'))
                return { refused: 'outside' };
            const next = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(current), target));
            if (next === '..' || next.startsWith('../'))
                return { refused: 'outside' };
            current = next;
        }
        return { refused: 'missing' };
    }
}
/** A long-lived `git cat-file --batch`: one process for all reads of a run, requests answered in order. */
class BlobReader {
    cwd;
    proc;
    // Output arrives in 64 KiB chunks. Appending each one to one growing buffer copies the whole object
    // again per chunk, quadratic in its size (a 36 MB SBOM took 7 s); chunks are kept in a list instead and
    // joined once when a whole answer is there.
    chunks = [];
    buffered = 0;
    queue = [];
    constructor(cwd) {
        this.cwd = cwd;
    }
    read(oid) {
        const proc = this.start();
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            proc.stdin.write(`${oid}\n`);
        });
    }
    close() {
        this.proc?.stdin.end();
        this.proc = undefined;
    }
    start() {
        if (this.proc)
            return this.proc;
        const proc = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd: this.cwd });
        proc.stdout.on('data', (chunk) => {
            this.chunks.push(chunk);
            this.buffered += chunk.length;
            this.drain();
        });
        const fail = (e) => this.queue.splice(0).forEach((q) => q.reject(e));
        proc.on('error', fail);
        proc.on('exit', (code) => {
            if (this.queue.length > 0)
                fail(new Error(`git cat-file exited with ${code}`));
        });
        // Do not keep the process alive just for an idle reader.
        proc.unref();
        proc.stdout.unref?.();
        proc.stdin.unref?.();
        this.proc = proc;
        return proc;
    }
    drain() {
        for (;;) {
            if (this.queue.length === 0 || this.buffered === 0)
                return;
            const first = this.joined(Math.min(this.buffered, 256));
            const nl = first.indexOf(10);
            if (nl < 0) {
                // A header is at most ~100 bytes; without a newline in the first 256 it has not fully arrived.
                if (this.buffered < 256)
                    return;
                this.queue.shift().reject(new Error('git cat-file answered without a header line'));
                return;
            }
            const header = first.subarray(0, nl).toString('utf8');
            const [, type, sizeText] = header.split(' ');
            if (type === 'missing' || sizeText === undefined) {
                this.consume(nl + 1);
                this.queue.shift().reject(new Error(`git object missing: ${header}`));
                continue;
            }
            const size = Number(sizeText);
            const total = nl + 1 + size + 1;
            if (this.buffered < total)
                return;
            const answer = this.joined(total);
            this.consume(total);
            this.queue.shift().resolve(Buffer.from(answer.subarray(nl + 1, nl + 1 + size)));
        }
    }
    /** The first `n` buffered bytes as one buffer (merging chunks only as far as needed). */
    joined(n) {
        if (this.chunks[0].length < n) {
            let take = 0;
            let length = 0;
            while (length < n)
                length += this.chunks[take++].length;
            this.chunks.splice(0, take, Buffer.concat(this.chunks.slice(0, take), length));
        }
        return this.chunks[0].subarray(0, n);
    }
    /** Drop the first `n` buffered bytes. */
    consume(n) {
        let left = n;
        while (left > 0) {
            const head = this.chunks[0];
            if (head.length <= left) {
                this.chunks.shift();
                left -= head.length;
            }
            else {
                this.chunks[0] = head.subarray(left);
                left = 0;
            }
        }
        this.buffered -= n;
    }
}


/***/ }),

/***/ 13948:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ openScope)
/* harmony export */ });
/* harmony import */ var _git_changed_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12357);
/* harmony import */ var _git_tree_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91654);
/* harmony import */ var _load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63780);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68922);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4479);
/* harmony import */ var _touched_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7748);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_config_js__WEBPACK_IMPORTED_MODULE_2__, _load_repository_js__WEBPACK_IMPORTED_MODULE_3__]);
([_load_config_js__WEBPACK_IMPORTED_MODULE_2__, _load_repository_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);






/**
 * Open the working tree, or the `head` revision straight from git; with a change (base, or known
 * changed paths), scope the run to the products it touches.
 */
async function openScope(dir, opts) {
    const fromHead = opts.readFrom ? opts.readFrom === 'head' : opts.base !== undefined;
    const source = fromHead ? await _git_tree_source_js__WEBPACK_IMPORTED_MODULE_1__/* .GitTreeSource */ .k.open(dir, opts.head ?? 'HEAD') : new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkingTreeSource */ .T(dir);
    const close = () => (source instanceof _git_tree_source_js__WEBPACK_IMPORTED_MODULE_1__/* .GitTreeSource */ .k ? source.close() : undefined);
    if (!opts.base && !opts.changed)
        return { source, close };
    try {
        const changed = opts.changed
            ? [...opts.changed]
            : await (0,_git_changed_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .changedPaths */ .v)(dir, opts.base, opts.head ?? 'HEAD');
        const config = await (0,_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(source, opts.configPath);
        const globs = config.config.products ?? _load_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultProductGlob */ .TQ;
        const repoWide = [
            config.file ?? '.labelguard.yml',
            ...(config.config.packs ?? []).filter((p) => p.startsWith('./')).map((p) => p.slice(2)),
        ];
        const touched = await (0,_touched_js__WEBPACK_IMPORTED_MODULE_5__/* .touchedProductDirs */ .c)(changed, Array.isArray(globs) ? globs : [globs], repoWide, async (m) => (await source.containment(m)) !== 'missing');
        return { source, changed, ...(touched.all ? {} : { manifests: touched.manifests }), close };
    }
    catch (e) {
        close();
        throw e;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 36762:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32229);
/* harmony import */ var _check_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19120);
/* harmony import */ var _load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63780);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68922);
/* harmony import */ var _policy_policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26658);
/* harmony import */ var _rules_waivers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66954);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13948);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1366);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_check_check_js__WEBPACK_IMPORTED_MODULE_1__, _load_config_js__WEBPACK_IMPORTED_MODULE_2__, _load_repository_js__WEBPACK_IMPORTED_MODULE_3__, _open_js__WEBPACK_IMPORTED_MODULE_4__]);
([_check_check_js__WEBPACK_IMPORTED_MODULE_1__, _load_config_js__WEBPACK_IMPORTED_MODULE_2__, _load_repository_js__WEBPACK_IMPORTED_MODULE_3__, _open_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);








/** Load, judge (rules, change detection, waivers, policy) and report: the whole check. */
async function runCheck(req) {
    const scope = await (0,_open_js__WEBPACK_IMPORTED_MODULE_4__/* .openScope */ .P)(req.dir, {
        ...(req.base ? { base: req.base } : {}),
        ...(req.head ? { head: req.head } : {}),
        ...(req.configPath ? { configPath: req.configPath } : {}),
        ...(req.changed ? { changed: req.changed } : {}),
        ...(req.readFrom ? { readFrom: req.readFrom } : {}),
    });
    try {
        const config = await (0,_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(scope.source, req.configPath);
        const scoped = scope.manifests !== undefined || req.shard !== undefined || req.productIds !== undefined;
        // A change that touches no product needs no rule pack: skip compiling them, so such a pull request
        // passes in about the time the runtime needs to start.
        const packsSkipped = scope.manifests !== undefined && scope.manifests.length === 0;
        // Rule packs, change detection and rule evaluation load only when there is something to judge.
        const judging = packsSkipped ? undefined : await Promise.all(/* import() */[__webpack_require__.e(893), __webpack_require__.e(337), __webpack_require__.e(761), __webpack_require__.e(390), __webpack_require__.e(755), __webpack_require__.e(515), __webpack_require__.e(540), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 40495));
        const packs = judging
            ? await judging.loadPacks(scope.source, config)
            : { packs: [], classifier: { tables: [] }, problems: [] };
        // A broken pack or classification override is like a broken configuration: nothing can be judged.
        const setupErrors = [
            ...packs.problems,
            ...(judging ? judging.validateOverrides(packs.classifier, config) : []),
        ].filter((f) => f.severity === 'error');
        if (setupErrors.length > 0) {
            throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('the configured rule packs or classification overrides are invalid', setupErrors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}${f.hint ? `\n  hint: ${f.hint}` : ''}`));
        }
        const policy = (0,_policy_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePolicy */ .n)(config.config, req.overrides);
        const stages = judging?.productStages(packs, config, policy.blockPendingRefiling, req.now) ?? [];
        const wanted = req.productIds ? new Set(req.productIds) : undefined;
        const judged = [];
        const loaded = await (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRepository */ .rV)(scope.source, {
            config,
            ...(scope.manifests ? { manifests: scope.manifests } : {}),
            ...(req.shard ? { filterDir: (dir) => (0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .inShard */ .I)(dir, req.shard) } : {}),
            // Judge each product as it loads and release what the report does not need, so a large audit
            // holds a batch of SBOMs at a time, not the whole repository.
            onProduct: (p) => {
                if (wanted && !wanted.has(p.id))
                    return;
                const j = (0,_check_check_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeProduct */ .$Q)(p, stages);
                judged.push(j);
                judging?.release(p, j);
            },
        });
        const repo = wanted ? { ...loaded, products: loaded.products.filter((p) => wanted.has(p.id)) } : loaded;
        const waivers = config.config.waivers ?? [];
        const knownRules = new Set([
            ...packs.packs.flatMap((p) => p.rules.map((r) => r.id)),
            // Without packs no rule is known: a waiver's rule cannot be told unknown in such a run.
            ...(packsSkipped ? waivers.map((w) => w.rule) : []),
        ]);
        const loadedIds = repo.products.map((p) => p.id);
        // A scoped run does not see every product, so it cannot tell a waiver for an unknown product;
        // full audits (push, schedule, plain `check`) do.
        const knownProducts = new Set(scoped ? [...loadedIds, ...waivers.map((w) => w.product)] : loadedIds);
        const report = (0,_check_check_js__WEBPACK_IMPORTED_MODULE_1__/* .assembleReport */ .xr)({ config, findings: [...repo.findings, ...packs.problems] }, judged, {
            now: req.now,
            policy,
            scoped,
            waive: (findings) => (0,_rules_waivers_js__WEBPACK_IMPORTED_MODULE_7__/* .applyWaivers */ .K)(findings, waivers, {
                now: req.now,
                knownRules: new Set([...knownRules, ...findings.map((f) => f.ruleId)]),
                knownProducts,
                locateWaiver: (index, key) => config.doc?.locate(['waivers', index, ...(key ? [key] : [])]) ?? {
                    file: config.file ?? '.labelguard.yml',
                    line: 1,
                    column: 1,
                },
            }),
        });
        return { report, repo, packs, ...(scope.changed ? { changed: scope.changed } : {}) };
    }
    finally {
        scope.close();
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ inShard),
/* harmony export */   u: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32229);


/** Parse `i/n` (e.g. `2/8`); anything else is a usage error. */
function parseShard(text) {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count || count > 1000) {
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`shard must be i/n with 1 ≤ i ≤ n ≤ 1000, got '${text}'`, [
            'For example --shard 2/4 judges the second of four parts.',
        ]);
    }
    return { index, count };
}
/**
 * Whether a product belongs to a shard. Decided by a hash of the product's folder, so the split is the
 * same on every runner, does not depend on listing order, and moves few products when others are added.
 */
function inShard(productDir, shard) {
    if (shard.count === 1)
        return true;
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(productDir).digest().readUInt32BE(0);
    return (h % shard.count) + 1 === shard.index;
}


/***/ }),

/***/ 7748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ touchedProductDirs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The product manifests a change touches: a product is touched when a changed path lies in its folder.
 * A change to the configuration or to a repository rule pack touches every product, since it can
 * change every verdict. Candidates are the folders above each changed path whose manifest matches a
 * product glob — work proportional to the change, not to the repository.
 */
async function touchedProductDirs(changed, globs, repoWide, exists) {
    if (changed.some((c) => repoWide.some((w) => c === w || c.startsWith(`${w.replace(/\/$/, '')}/`)))) {
        return { all: true };
    }
    // Repository paths are POSIX whatever the runner; saying so also spares picomatch probing the platform
    // (its first `navigator` read costs a fresh Node process tens of milliseconds).
    const matchers = globs.map((g) => ({
        match: picomatch__WEBPACK_IMPORTED_MODULE_1___default()(g, { dot: false, windows: false }),
        name: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(g),
    }));
    // A glob whose file name has wildcards (e.g. `*.product.yaml`) cannot name its manifest: every
    // product would have to be listed. Such a layout is rare; say so by touching everything.
    if (matchers.some((m) => picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(m.name).isGlob))
        return { all: true };
    const candidates = new Set();
    for (const path of changed) {
        for (let dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path);; dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(dir)) {
            const folder = dir === '.' ? '' : dir;
            for (const m of matchers) {
                const manifest = folder === '' ? m.name : `${folder}/${m.name}`;
                if (m.match(manifest))
                    candidates.add(manifest);
            }
            if (folder === '')
                break;
        }
    }
    const manifests = [];
    for (const manifest of [...candidates].sort())
        if (await exists(manifest))
            manifests.push(manifest);
    return { all: false, manifests };
}


/***/ }),

/***/ 26658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isBlocking),
/* harmony export */   n: () => (/* binding */ resolvePolicy)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/** Resolve the policy: defaults < .labelguard.yml < first matching branch rule < explicit inputs. */
function resolvePolicy(config, overrides = {}) {
    const base = config.policy ?? {};
    const branchRule = overrides.branch
        ? base.branches?.find((b) => picomatch__WEBPACK_IMPORTED_MODULE_0___default()(b.pattern, { windows: false })(overrides.branch))
        : undefined;
    const layer = { ...base, ...(branchRule ?? {}) };
    return {
        failOn: overrides.failOn ?? layer.fail_on ?? 'error',
        warnOnly: overrides.warnOnly ?? layer.warn_only ?? false,
        blockPendingRefiling: layer.block_pending_refiling ?? false,
        sbomSchema: layer.sbom_schema ?? 'warning',
    };
}
// Rule ids whose findings mean labelguard could not judge the label at all, or found it untrue.
const alwaysBlockingPrefixes = [
    'data.',
    'sbom.unreadable',
    'change.unrecorded',
    'change.blocked',
    'policy.',
    'config.',
];
/** Whether a finding fails the check under this policy. */
function isBlocking(f, policy) {
    if (policy.warnOnly || policy.failOn === 'never' || f.waived)
        return false;
    if (f.severity === 'error' && alwaysBlockingPrefixes.some((p) => f.ruleId.startsWith(p)))
        return true;
    switch (policy.failOn) {
        case 'unrecorded-material':
            return false;
        case 'error':
            return f.severity === 'error';
        case 'warning':
            return f.severity === 'error' || f.severity === 'warning';
    }
}


/***/ }),

/***/ 17825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ wellFormed),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Wb: () => (/* binding */ safeHttpsUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony exports MAX_CELL_CHARS, truncate */
// Every string a report renders comes from the user's repository (product ids, models, SBOM component
// names, messages that quote manifest values) and may be hostile: a model named `<img onerror=…>`, a
// supplier called `@acme/all`, a component version that is a `javascript:` link. Markdown renderers pass
// such text through `escapeMarkdown`, which makes it render as exactly its own characters; plain-text
// outputs (SARIF messages, workflow annotations) pass through `plainText`.
/** Longest piece of data a Markdown cell or line shows before it is cut with an ellipsis. */
const MAX_CELL_CHARS = 300;
const ZWSP = '\u200B';
// ANSI/VT escape sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), 8-bit CSI, and the
// remaining two-character ESC sequences. Removed whole, so `\u001b[31mred` becomes `red`, not `[31mred`.
const ansiSequence = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u009B[0-?]*[ -/]*[@-~]|\u001B[ -~]?/g;
// Characters that end or break a line become spaces, so words on either side stay apart.
const lineBreaking = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Remaining C0/C1 controls and the bidirectional overrides that can make text read differently from
// what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisibleControl = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Clean data for a one-line display: no escape sequences, no control characters, no line breaks, single
 * spaces, at most `maxChars` code points (cut with an ellipsis). The result is plain text, not Markdown.
 */
function plainText(text, maxChars = MAX_CELL_CHARS) {
    const flat = String(text)
        .replace(ansiSequence, '')
        .replace(lineBreaking, ' ')
        .replace(invisibleControl, '')
        .replace(loneSurrogate, '\uFFFD')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(flat, maxChars);
}
/** Text with every lone surrogate replaced by U+FFFD, so that it can be encoded as UTF-8 or a URI. */
function wellFormed(text) {
    return text.replace(loneSurrogate, '\uFFFD');
}
/** Cut text to at most `maxChars` code points, ending in `…` when anything was cut. */
function truncate(text, maxChars) {
    const limit = Math.max(1, Math.floor(maxChars));
    if (text.length <= limit)
        return text; // UTF-16 length ≥ code points: nothing to cut
    const points = Array.from(text);
    if (points.length <= limit)
        return text;
    return `${points
        .slice(0, limit - 1)
        .join('')
        .trimEnd()}…`;
}
const punctuationEscapes = {
    '\\': '\\\\',
    '`': '\\`',
    '*': '\\*',
    _: '\\_',
    '~': '\\~',
    '[': '\\[',
    ']': '\\]',
    '(': '\\(',
    ')': '\\)',
    '!': '\\!',
    '|': '\\|',
    // GitHub renders $…$ and $$…$$ as maths.
    $: '\\$',
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
};
// One pass over the text, so nothing an earlier replacement inserted is escaped again.
// - `@` gets a zero-width space after it: `@org/team` and `a@b.example` no longer form a mention (and a
//   notification) or an e-mail autolink.
// - `#` likewise, so `#12` and `org/repo#12` do not link (and cross-reference) issues, and a leading `#`
//   cannot start a heading.
// - `://` and `www.` lose the shape GitHub's autolinker looks for. A zero-width space survives every
//   rendering stage; a backslash escape or an entity would be decoded before the autolinker runs.
// - The rest is CommonMark punctuation (emphasis, code, links, images, tables, maths) and HTML.
const markdownSpecial = /:\/\/|www\.|[@#]|[\\`*_~[\]()!|$&<>]/gi;
/**
 * Escape data for inline Markdown — a paragraph, list item, heading or table cell — so that it renders as
 * exactly its own text: no HTML, no links or images, no autolinks, no mentions or issue references, no
 * emphasis, no table breaks, one line, at most `maxChars` characters of data.
 */
function escapeMarkdown(text, maxChars = MAX_CELL_CHARS) {
    const escaped = plainText(text, maxChars).replace(markdownSpecial, (m) => {
        if (m === '://')
            return `:${ZWSP}//`;
        if (m.length === 4)
            return `${m.slice(0, 3)}${ZWSP}.`;
        if (m === '@' || m === '#')
            return `${m}${ZWSP}`;
        return punctuationEscapes[m] ?? m;
    });
    // Data placed at the start of a line (or after a list marker) must not open a list item, a setext
    // heading underline or a thematic break.
    return escaped.replace(/^[-+=](?=[\s\-+=]|$)/, '\\$&').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
// Identifiers, versions, paths and fingerprints usually fit this set; inside a code span they are shown
// verbatim, and nothing in the set can end the span, split a table cell or form a mention.
const codeSafe = /^[A-Za-z0-9._:/+-]+$/;
/** Show an identifier as inline code when that is safe, otherwise as escaped text. */
function inlineCode(text, maxChars = MAX_CELL_CHARS) {
    const clean = plainText(text, maxChars);
    return clean !== '' && codeSafe.test(clean) ? `\`${clean}\`` : escapeMarkdown(clean, maxChars);
}
/**
 * The URL as it may appear in a Markdown link destination, or undefined when it must not be linked:
 * only absolute https URLs without credentials. Characters that could end the destination or a table
 * cell are percent-encoded.
 */
function safeHttpsUrl(url) {
    if (url === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url.trim());
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '')
        return undefined;
    return parsed.href.replace(/[\\|`<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** A Markdown link when the URL is a safe https URL; otherwise the escaped text followed by the escaped URL. */
function markdownLink(text, url, maxChars = MAX_CELL_CHARS) {
    const href = safeHttpsUrl(url);
    if (href !== undefined)
        return `[${escapeMarkdown(text, maxChars)}](<${href}>)`;
    const label = escapeMarkdown(text, maxChars);
    return url === undefined || url.trim() === '' ? label : `${label} (${escapeMarkdown(url, maxChars)})`;
}


/***/ }),

/***/ 66954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ applyWaivers)
/* harmony export */ });
// Waivers from `.labelguard.yml`: an approved, justified, dated exception for one rule on one product. A
// waived finding stays in the report (marked) but never blocks. An expired waiver stops waiving and says so;
// a waiver naming a rule or product that does not exist is an error, since it would otherwise hide nothing
// and look like it does.
/** Mark findings covered by valid waivers and report expired or dangling waivers. */
function applyWaivers(findings, waivers, ctx) {
    const problems = [];
    const active = [];
    waivers.forEach((w, index) => {
        let usable = true;
        if (!ctx.knownRules.has(w.rule)) {
            usable = false;
            problems.push({
                ruleId: 'policy.waiver-unknown-rule',
                severity: 'error',
                message: `waiver for unknown rule '${w.rule}' (product ${w.product})`,
                hint: 'Use a rule id from `labelguard rules`, or remove the waiver if the rule was retired.',
                ...ctx.locateWaiver(index, 'rule'),
            });
        }
        if (!ctx.knownProducts.has(w.product)) {
            usable = false;
            problems.push({
                ruleId: 'policy.waiver-unknown-product',
                severity: 'error',
                message: `waiver of ${w.rule} for unknown product '${w.product}'`,
                hint: 'Use the `id` of a product.yaml, or remove the waiver if the product is gone.',
                ...ctx.locateWaiver(index, 'product'),
            });
        }
        if (w.expires < ctx.now) {
            usable = false;
            problems.push({
                ruleId: 'policy.waiver-expired',
                severity: 'warning',
                message: `waiver of ${w.rule} for ${w.product} expired on ${w.expires} and no longer applies`,
                hint: `Fix the finding, or have ${w.approver} renew the waiver with a new \`expires\` date and justification.`,
                productId: w.product,
                ...ctx.locateWaiver(index, 'expires'),
            });
        }
        if (usable)
            active.push(w);
    });
    const marked = findings.map((f) => {
        if (f.waived || f.productId === undefined)
            return f;
        const w = active.find((x) => x.rule === f.ruleId && x.product === f.productId);
        return w
            ? { ...f, waived: { approver: w.approver, expires: w.expires, justification: w.justification } }
            : f;
    });
    return { findings: marked, problems };
}


/***/ })

};
