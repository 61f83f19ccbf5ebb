export const id = 571;
export const ids = [571,179];
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

/***/ 99499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ inShard),
/* harmony export */   u: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** Parse `i/n` (e.g. `2/8`); anything else is a usage error. */
function parseShard(text) {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count || count > 1000) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`shard must be i/n with 1 ≤ i ≤ n ≤ 1000, got '${text}'`, [
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`'${rev}' is not a revision`);
    try {
        return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]))
            .toString()
            .trim();
    }
    catch {
        const shallow = await isShallow(cwd).catch(() => false);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`revision '${rev}' is not in the git repository at ${cwd}`, [
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

/***/ 84178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ GitTreeSource)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/repo/source.ts
var source = __webpack_require__(19223);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/git/blob-id.ts

/**
 * The id git gives `bytes` as a blob: SHA-1 (40 hex digits) or, in a SHA-256 repository, SHA-256 (64) of
 * `blob <size>\0` and the bytes. Comparing it with a tree's entry tells whether a file on disk is the
 * blob, without asking git.
 */
function blobId(bytes, idLength) {
    const hash = (0,external_node_crypto_.createHash)(idLength === 64 ? 'sha256' : 'sha1');
    hash.update(`blob ${bytes.length}\0`);
    hash.update(bytes);
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(73073);
;// CONCATENATED MODULE: ./src/git/tree-source.ts






// A full commit id (SHA-1 or SHA-256), as events carry them: listed without a rev-parse first.
const fullCommitId = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const maxLinkHops = 8;
/** One revision of a git repository, read straight from the object store (no checkout). */
class GitTreeSource {
    label;
    commit;
    entries;
    reader;
    constructor(label, 
    /** The commit id the revision resolved to. */
    commit, entries, reader) {
        this.label = label;
        this.commit = commit;
        this.entries = entries;
        this.reader = reader;
    }
    /**
     * Open `rev` of the repository at `cwd`; one `ls-tree` lists it, one `cat-file` process reads it.
     * When `cwd` is a folder inside the repository, paths are relative to that folder, as on disk.
     */
    static async open(cwd, rev) {
        const opened = await GitTreeSource.tryOpen(cwd, rev);
        if (opened)
            return opened;
        // Not there: resolveCommit says why and what to do; it finds the commit only if it just arrived.
        await (0,run/* resolveCommit */.WL)(cwd, rev);
        throw new errors/* UsageError */.e(`revision '${rev}' was not in the git repository at ${cwd} when it was opened`);
    }
    /**
     * Open commit `sha` when the repository has it (a clone may lack a pull request's base), else undefined;
     * the one git process that lists it tells.
     */
    static async openIfPresent(cwd, sha) {
        if (!/^[0-9a-f]{7,64}$/i.test(sha))
            return undefined;
        return GitTreeSource.tryOpen(cwd, sha);
    }
    /**
     * List `rev` with one `ls-tree` (a full commit id, what events carry, needs no lookup first; a name is
     * resolved by one `rev-parse`); undefined when git lacks it. Files are read on demand by one `cat-file`.
     */
    static async tryOpen(cwd, rev) {
        const commit = fullCommitId.test(rev)
            ? rev.toLowerCase()
            : await (0,run/* resolveCommit */.WL)(cwd, rev).catch(() => undefined);
        if (commit === undefined)
            return undefined;
        // Without --full-tree, ls-tree lists only what lies under `cwd`, with paths relative to it: when
        // `cwd` is a folder inside the repository, paths are as on disk.
        let out;
        try {
            out = await (0,run/* git */.$Y)(cwd, ['ls-tree', '-r', '-z', '--end-of-options', `${commit}^{commit}`]);
        }
        catch {
            return undefined;
        }
        const entries = new Map();
        for (const record of out.toString('utf8').split('\0')) {
            if (!record)
                continue;
            const tab = record.indexOf('\t');
            const [mode, type, oid] = record.slice(0, tab).split(' ');
            if (type === 'blob' && mode && oid)
                entries.set(record.slice(tab + 1), { mode, oid });
        }
        return new GitTreeSource(rev, commit, entries, new BlobReader(cwd));
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
    /** The blob id of `path` when it is a regular file of this revision (not a link), else undefined. */
    blobIdOf(path) {
        const entry = this.entries.get(path);
        return entry && entry.mode !== '120000' ? entry.oid : undefined;
    }
    /**
     * Read `path` from `local` instead when its bytes there are this revision's blob (same blob id): a
     * product file a change left alone is then read from disk, not once more through git.
     */
    readingFrom(local) {
        return (0,source/* withReads */.u)(this, async (path) => {
            const oid = this.blobIdOf(path);
            if (oid !== undefined) {
                const bytes = await local.readFile(path);
                if (bytes && blobId(bytes, oid.length) === oid)
                    return bytes;
            }
            return this.readFile(path);
        });
    }
    async containment(path) {
        const target = await this.follow(path);
        return 'path' in target ? 'inside' : target.refused;
    }
    async trail(path) {
        const out = new Set([path]);
        // A linked folder is not followed when reading (its files are not in the tree), but a change to the
        // link still changes what the path reads: it turns a missing file into a present one.
        const parts = path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const prefix = parts.slice(0, i).join('/');
            if (this.entries.get(prefix)?.mode === '120000')
                out.add(prefix);
        }
        let current = path;
        for (let hop = 0; hop <= maxLinkHops; hop++) {
            const entry = this.entries.get(current);
            if (!entry || entry.mode !== '120000')
                break;
            const target = (await this.reader.read(entry.oid)).toString('utf8');
            const next = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(current), target));
            if (target.startsWith('/') || next === '..' || next.startsWith('../'))
                break;
            out.add(next);
            current = next;
        }
        return [...out];
    }
    hasLinks(dir) {
        const prefix = dir === '' ? '' : `${dir.replace(/\/$/, '')}/`;
        this.links ??= [...this.entries].filter(([, e]) => e.mode === '120000').map(([p]) => p);
        return Promise.resolve(this.links.some((l) => l === dir || l.startsWith(prefix)));
    }
    links;
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
            const next = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(current), target));
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
        const proc = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd: this.cwd });
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

/***/ 15330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ markdownUrl),
/* harmony export */   BI: () => (/* binding */ evidenceMarkdown),
/* harmony export */   ES: () => (/* binding */ wellFormed),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Wb: () => (/* binding */ safeHttpsUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports MAX_CELL_CHARS, inertText */
// The one Markdown escaper. Every string labelguard writes into Markdown comes from the user's repository
// (product ids, models, SBOM component names, messages that quote manifest values) and may be hostile: a
// model named `<img onerror=…>`, a supplier called `@acme/all`, a component version that is a
// `javascript:` link, a product named `GH-1` or after a commit SHA. Pull-request comments, the dashboard
// issue, refiling pull requests and the filed evidence documents all reach GitHub, so all of them go
// through `escapeMarkdown`, which makes data render as exactly its own characters and reach nobody: no
// HTML, links, images, autolinks, mentions, issue, pull-request or commit references, emphasis or table
// breaks. The options cover the two real differences between comments and evidence documents.
/** Longest piece of data a Markdown cell or line shows before it is cut with an ellipsis. */
const MAX_CELL_CHARS = 300;
/** Options for evidence documents: never cut, entity breakers, e-mail addresses kept. */
const evidenceMarkdown = {
    maxChars: Infinity,
    breaker: 'entity',
    keepEmails: true,
};
// ANSI/VT escape sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), 8-bit CSI, and the
// remaining two-character ESC sequences. Removed whole, so `\u001b[31mred` becomes `red`, not `[31mred`.
const ansiSequence = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u009B[0-?]*[ -/]*[@-~]|\u001B[ -~]?/g;
// Characters that end or break a line become spaces, so words on either side stay apart.
const lineBreaking = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Remaining C0/C1 controls, the bidirectional overrides that can make text read differently from what it
// is ("Trojan Source"), and the two non-characters no XML or HTML document may hold.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisibleControl = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
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
    if (maxChars === Infinity)
        return text;
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
    '"': '&quot;',
};
// One pass over the text, so nothing an earlier replacement inserted is escaped again. A zero-width space
// (the breaker) goes where GitHub's autolinkers would start matching; a backslash escape would be removed
// before they run.
// - `://` and `www.`: URLs.
// - `mailto:` and `xmpp:`: the other URL schemes GitHub links.
// - `@`: mentions (and notifications) of users and teams, `user@sha` commit references, e-mail links: a
//   breaker after it stops a mention, one before it stops every e-mail autolinker.
// - `#`: `#12` and `owner/repo#12` issue and pull-request references; a leading `#` cannot start a heading.
// - `GH-12`: GitHub's other issue-reference form.
// - A word of 7 to 40 hex digits with a letter among them: an abbreviated or full commit SHA (also
//   `owner/repo@sha`); a breaker every 6 digits leaves no word long enough. Longer ones (SHA-256 digests),
//   hex inside a longer word (`91440300MA5…`) and plain decimal numbers stay as they are: certificate,
//   registration and phone numbers must stay copyable in filing documents, and GitHub links a SHA only to
//   a commit that exists, which an all-decimal prefix of seven or more digits practically never names.
// - The rest is CommonMark punctuation (emphasis, code, links, images, tables, maths) and HTML; `(`, `)`
//   and `!` too, so that not even the raw text holds `](` or `![`.
const references = /:\/\/|www\.|\b(?:mailto|xmpp):|@|#|\bGH-(?=\d)|\b(?=\d*[A-F])[0-9A-F]{7,40}\b/gi;
const markdownSpecial = new RegExp(`${references.source}|[\\\\\`*_~[\\]()!|$&<>"]`, 'gi');
const wordBefore = /[A-Za-z0-9_]$/;
/** The replacement of one autolink or reference start found by `references`; undefined for anything else. */
function breakReference(m, at, all, zw, keepEmails) {
    if (m === '://')
        return `:${zw}//`;
    if (m.toLowerCase() === 'www.')
        return `${m.slice(0, 3)}${zw}.`;
    if (m.length > 1 && m.endsWith(':'))
        return `${m}${zw}`;
    if (m === '@') {
        const inWord = wordBefore.test(all.slice(Math.max(0, at - 1), at));
        return keepEmails && inWord ? m : `${zw}@${zw}`;
    }
    if (m === '#')
        return `#${zw}`;
    if (m.toUpperCase() === 'GH-')
        return `${m[0]}${zw}${m.slice(1)}`;
    if (m.length >= 7)
        return m.replace(/.{6}(?=.)/g, `$&${zw}`);
    return undefined;
}
/**
 * Escape data for inline Markdown — a paragraph, list item, heading or table cell — so that it renders as
 * exactly its own text and links to nothing and nobody, on one line. A number is the `maxChars` option.
 */
function escapeMarkdown(text, options = {}) {
    const opts = typeof options === 'number' ? { maxChars: options } : options;
    const zw = opts.breaker === 'entity' ? '&#8203;' : '\u200B';
    const escaped = plainText(text, opts.maxChars ?? MAX_CELL_CHARS).replace(markdownSpecial, (m, at, all) => breakReference(m, at, all, zw, opts.keepEmails === true) ?? punctuationEscapes[m] ?? m);
    // Data placed at the start of a line (or after a list marker) must not open a list item, a setext
    // heading underline or a thematic break.
    return escaped.replace(/^[-+=](?=[\s\-+=]|$)/, '\\$&').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * Plain text that links to nothing and nobody where GitHub links references in plain text (pull-request
 * titles, commit messages): `plainText` with the same breakers as `escapeMarkdown`, no Markdown escapes.
 */
function inertText(text, maxChars = MAX_CELL_CHARS) {
    return plainText(text, maxChars).replace(references, (m, at, all) => breakReference(m, at, all, '\u200B', false) ?? m);
}
// Identifiers, versions, paths and fingerprints usually fit this set; inside a code span they are shown
// verbatim (GitHub autolinks nothing in code), and nothing in the set can end the span, split a table
// cell or form a mention.
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
const plainUrl = /^https?:\/\/[^\s<>"'`\\|[\]{}^]+$/i;
/**
 * A URL the document is meant to link (e.g. the label's verification URL) as an autolink whose visible
 * text is its target, so a reader sees where it goes; anything else as escaped text.
 */
function markdownUrl(url, options = {}) {
    return plainUrl.test(url) ? `<${url}>` : escapeMarkdown(url, options);
}


/***/ }),

/***/ 45102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ capFindings)
/* harmony export */ });
/* unused harmony exports FINDINGS_PER_PRODUCT, CAPPED_RULE */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
// A product can produce any number of findings (an SBOM of 130,000 new components gives 130,000), and
// every renderer, the JSON report and the annotations would carry them all. Each product keeps a bounded
// number, blocking ones first, and one summary finding says what was cut; the verdict and the report's
// counts are computed before the cut, so nothing cut changes the outcome.

/** Findings kept per product (plus the summary finding when any are cut). */
const FINDINGS_PER_PRODUCT = 1000;
const CAPPED_RULE = 'report.findings-capped';
const rank = (f) => f.blocking ? 0 : f.waived ? 4 : f.severity === 'error' ? 1 : f.severity === 'warning' ? 2 : 3;
/** At most `limit` of the findings (sorted as reports sort them), and a summary of the rest. */
function capFindings(findings, productId, limit = FINDINGS_PER_PRODUCT) {
    if (findings.length <= limit)
        return [...findings];
    const byImportance = findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
        .map((x) => x.f);
    const kept = byImportance.slice(0, limit).sort(_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg);
    const cut = byImportance.slice(limit);
    return [...kept, summary(cut, productId, limit)];
}
function summary(cut, productId, limit) {
    const byRule = new Map();
    for (const f of cut)
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const rules = [...byRule]
        .sort((a, b) => b[1] - a[1] || (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a[0], b[0]))
        .map(([rule, n]) => `${rule} ×${n.toLocaleString('en-US')}`);
    const blocking = cut.filter((f) => f.blocking).length;
    const first = cut.reduce((a, b) => ((0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg)(a, b) <= 0 ? a : b));
    const shownRules = rules.slice(0, 5).join(', ') + (rules.length > 5 ? `, ${rules.length - 5} more rules` : '');
    return {
        ruleId: CAPPED_RULE,
        severity: blocking > 0 ? 'error' : 'warning',
        blocking: blocking > 0,
        message: `${cut.length.toLocaleString('en-US')} more findings on this product are not shown ` +
            `(${blocking.toLocaleString('en-US')} of them blocking): ${shownRules}`,
        hint: `Each product shows at most ${limit.toLocaleString('en-US')} findings, blocking ones first; fix those and run again to see the rest.`,
        productId,
        file: first.file,
        line: first.line,
        column: first.column,
    };
}


/***/ }),

/***/ 9362:
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
    const subject = subjectFinding(p);
    if (subject)
        out.push(subject);
    return out;
}
/**
 * The SBOM's subject (metadata.component) against the manifest: a firmware SBOM whose version is not the
 * manifest's firmware describes another release, and a device SBOM named for another model is likely
 * another product's. A warning: the SBOM is likely stale, and what it lists still goes through change
 * detection, which judges the difference itself.
 */
function subjectFinding(p) {
    const subject = p.sbom?.metadata.component;
    const m = p.manifest;
    if (!subject || !m || !p.sbomFile)
        return undefined;
    const at = {
        file: p.sbomFile,
        line: p.sbomLocate?.({ ...(subject.bomRef ? { bomRef: subject.bomRef } : {}), name: subject.name }) ?? 1,
        column: 1,
    };
    const firmware = m.firmware?.version;
    if ((subject.type === 'firmware' || subject.type === 'operating-system') && firmware && subject.version) {
        if (subject.version !== firmware)
            return {
                ruleId: 'sbom.subject-mismatch',
                severity: 'warning',
                message: `the SBOM describes ${subject.type} ${subject.name} ${subject.version}, but product.yaml says firmware ${firmware}`,
                hint: 'Regenerate the SBOM from the firmware the product ships, or correct firmware.version in product.yaml.',
                productId: p.id,
                ...at,
            };
    }
    const names = [m.model, ...(m.model_aliases ?? [])].map((n) => n.toLowerCase());
    if (subject.type === 'device' && !names.includes(subject.name.toLowerCase())) {
        return {
            ruleId: 'sbom.subject-mismatch',
            severity: 'warning',
            message: `the SBOM describes device ${subject.name}, but product.yaml's model is ${m.model}`,
            hint: "Check that the SBOM is this product's; name its metadata.component after the model.",
            productId: p.id,
            ...at,
        };
    }
    return undefined;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4497:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ judgeProduct),
/* harmony export */   x: () => (/* binding */ assembleReport)
/* harmony export */ });
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91130);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57994);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71013);
/* harmony import */ var _cap_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45102);
/* harmony import */ var _consistency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9362);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_consistency_js__WEBPACK_IMPORTED_MODULE_5__]);
_consistency_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];







/**
 * The report from products already judged (in any order): waivers across all products, policy,
 * summary. A streaming audit judges each product as it loads and assembles once at the end.
 */
function assembleReport(repo, judgedProducts, options) {
    const judged = [...judgedProducts].sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.id, b.id) || (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.dir, b.dir));
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
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(findings, mark([noProducts(repo)], options.policy));
    }
    const summary = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .summarise */ .f)(products, findings);
    // Counted and judged on every finding above; what is shown per product is bounded.
    for (const p of products)
        p.findings = (0,_cap_js__WEBPACK_IMPORTED_MODULE_3__/* .capFindings */ .jZ)(p.findings, p.id);
    return {
        version: 1,
        generator: { ..._version_js__WEBPACK_IMPORTED_MODULE_4__/* .generator */ .w },
        now: options.now,
        policy: { failOn: options.policy.failOn, warnOnly: options.policy.warnOnly },
        summary,
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
    const all = [(q) => ({ findings: (0,_consistency_js__WEBPACK_IMPORTED_MODULE_5__/* .consistencyFindings */ .h)(q) }), ...stages];
    for (const stage of all) {
        const r = runStage(stage, p);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(j.findings, r.findings ?? []);
        if (r.readiness)
            j.readiness = [...(j.readiness ?? []), ...r.readiness];
        if (r.changes)
            j.changes = [...(j.changes ?? []), ...r.changes];
        if (r.changeSets)
            j.changeSets = [...(j.changeSets ?? []), ...r.changeSets];
    }
    return j;
}
/**
 * One stage on one product. An exception (a defect, or an input no limit foresaw) fails this product with a
 * located finding instead of taking down the audit of every other product.
 */
function runStage(stage, p) {
    try {
        return stage(p);
    }
    catch (e) {
        const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        return {
            findings: [
                {
                    ruleId: 'check.product-failed',
                    severity: 'error',
                    message: `this product could not be judged: ${reason.split('\n')[0]}`,
                    hint: 'The other products were judged. This is a defect in labelguard: report it with the files of this product.',
                    productId: p.id,
                    file: p.manifestFile,
                    line: 1,
                    column: 1,
                },
            ],
        };
    }
}
function productReport(j, own, policy) {
    const findings = mark(own, policy);
    const verdict = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .productVerdict */ .L)(findings);
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
        ...(j.changeSets ? { changeSets: j.changeSets } : {}),
    };
}
function mark(findings, policy) {
    return [...findings].sort(_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg).map((f) => ({ ...f, blocking: (0,_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .isBlocking */ .U)(f, policy) }));
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

/***/ 13948:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ openScope)
/* harmony export */ });
/* harmony import */ var _git_changed_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12357);
/* harmony import */ var _git_tree_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84178);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68922);
/* harmony import */ var _policy_diff_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37416);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49179);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4479);
/* harmony import */ var _repo_read_once_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29914);
/* harmony import */ var _product_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58047);
/* harmony import */ var _touched_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7748);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_policy_load_js__WEBPACK_IMPORTED_MODULE_2__, _load_repository_js__WEBPACK_IMPORTED_MODULE_6__, _touched_js__WEBPACK_IMPORTED_MODULE_7__, _product_files_js__WEBPACK_IMPORTED_MODULE_9__]);
([_policy_load_js__WEBPACK_IMPORTED_MODULE_2__, _load_repository_js__WEBPACK_IMPORTED_MODULE_6__, _touched_js__WEBPACK_IMPORTED_MODULE_7__, _product_files_js__WEBPACK_IMPORTED_MODULE_9__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);










/**
 * Open the working tree, or the `head` revision straight from git; with a change (base, or known
 * changed paths), scope the run to the products it touches and read the policy it is judged with.
 */
async function openScope(dir, opts) {
    const fromHead = opts.readFrom ? opts.readFrom === 'head' : opts.base !== undefined;
    const source = fromHead ? await _git_tree_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitTreeSource */ .k.open(dir, opts.head ?? 'HEAD') : new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkingTreeSource */ .T(dir);
    let baseTree;
    const close = () => {
        if (source instanceof _git_tree_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitTreeSource */ .k)
            source.close();
        baseTree?.close();
    };
    try {
        const headPolicy = await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPolicy */ .tb)(source, opts.configPath, fromHead ? 'head commit' : 'working tree');
        if (!opts.base && !opts.changed)
            return { source, policy: headPolicy, headPolicy, close };
        const changed = opts.changed
            ? [...opts.changed]
            : await (0,_git_changed_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .changedPaths */ .v)(dir, opts.base, opts.head ?? 'HEAD');
        const changedSet = new Set(changed);
        // The base revision, when the clone has it (a pull request's changed files may have come from the API).
        if (opts.base)
            baseTree = opts.baseTree
                ? await opts.baseTree
                : opts.changed
                    ? await _git_tree_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitTreeSource */ .k.openIfPresent(dir, opts.base)
                    : await _git_tree_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitTreeSource */ .k.open(dir, opts.base);
        // Files the change (and the base branch since) left alone are read from disk when the head is on disk:
        // most of what the base is asked for, so that a change touching no product starts no git reader.
        const baseSource = baseTree && source instanceof _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkingTreeSource */ .T ? baseTree.readingFrom(source) : baseTree;
        const basePolicy = baseTree && baseSource
            ? await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPolicy */ .tb)(baseSource, opts.configPath, `base commit ${baseTree.commit.slice(0, 12)}`)
            : undefined;
        const policyTouched = await touchesPolicy(changedSet, source, headPolicy, baseSource, basePolicy, opts);
        const lines = basePolicy ? (0,_policy_diff_js__WEBPACK_IMPORTED_MODULE_4__/* .diffPolicy */ .m)(basePolicy, headPolicy) : [];
        const policyChange = policyTouched || lines.length > 0 ? { from: headPolicy.from, lines } : undefined;
        if (opts.policyFrom === 'base' && policyChange && !basePolicy) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e('this change touches the policy (configuration or repository rule packs), and the base commit is not in the clone to judge it with the base policy', ['Check out with `fetch-depth: 0` (actions/checkout), or fetch the base commit.']);
        }
        const policy = opts.policyFrom === 'base' && basePolicy ? basePolicy : headPolicy;
        // What the change does to the policy is shown where a side was chosen (a pull request, `--base`);
        // a push is judged with its own policy like any revision.
        const shown = opts.policyFrom !== undefined && policyChange;
        const scope = {
            source,
            policy,
            headPolicy,
            changed,
            ...(baseSource ? { baseSource } : {}),
            ...(basePolicy ? { basePolicy } : {}),
            ...(shown ? { policyChange: { ...policyChange, from: policy.from } } : {}),
            close,
        };
        const touched = policyChange ? undefined : await touchedManifests(changed, source, baseTree, policy);
        if (opts.judgeAll)
            return touched ? { ...scope, touched } : scope;
        return touched ? { ...scope, manifests: touched } : scope;
    }
    catch (e) {
        close();
        throw e;
    }
}
/**
 * The manifests of the products a change touched: a changed file in a product's folder, or one the product
 * refers to (outside its folder or behind a link), as the head refers to it and as the base did. Undefined
 * when the change touches every product.
 */
async function touchedManifests(changed, source, baseTree, policy) {
    const changedSet = new Set(changed);
    const globs = policy.config.config.products ?? _load_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultProductGlob */ .TQ;
    const touched = await (0,_touched_js__WEBPACK_IMPORTED_MODULE_7__/* .touchedProductDirs */ .c)(changed, Array.isArray(globs) ? globs : [globs], async (m) => exists(source, m));
    if (touched.all)
        return undefined;
    const manifests = new Set(touched.manifests);
    // The base's manifests and filings are mostly the head's bytes: read those once, for both sides.
    const head = (0,_repo_read_once_js__WEBPACK_IMPORTED_MODULE_8__/* .readingOnce */ .w)(source);
    for (const m of await (0,_product_files_js__WEBPACK_IMPORTED_MODULE_9__/* .productsReferencing */ .p)(head, await (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .discoverManifests */ .Su)(source, policy.config), changedSet))
        manifests.add(m);
    if (baseTree) {
        const base = baseTree.readingFrom(head);
        for (const m of await (0,_product_files_js__WEBPACK_IMPORTED_MODULE_9__/* .productsReferencing */ .p)(base, await (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .discoverManifests */ .Su)(base, policy.config), changedSet))
            if (await exists(source, m))
                manifests.add(m);
    }
    return [...manifests].sort();
}
async function exists(source, manifest) {
    return (await source.containment(manifest)) !== 'missing';
}
/** Whether a changed path is a policy file (of the head's or the base's policy) or a link on the way to one. */
async function touchesPolicy(changed, source, headPolicy, baseSource, basePolicy, opts) {
    const trails = [await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .policyTrail */ .Ld)(source, (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .policyPaths */ .ff)(headPolicy.config, opts.configPath))];
    if (baseSource && basePolicy)
        trails.push(await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .policyTrail */ .Ld)(baseSource, (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .policyPaths */ .ff)(basePolicy.config, opts.configPath)));
    const prefixes = [
        ...(0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .policyPaths */ .ff)(headPolicy.config, opts.configPath),
        ...(basePolicy ? (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .policyPaths */ .ff)(basePolicy.config, opts.configPath) : []),
    ];
    return (trails.some((t) => t.some((p) => changed.has(p))) ||
        // A file added to or removed from a pack folder.
        [...changed].some((c) => prefixes.some((p) => c.startsWith(`${p.replace(/\/$/, '')}/`))));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 75511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ policyChangeFinding)
/* harmony export */ });
/**
 * The finding that the judged change changes the policy. The change is judged with the policy it
 * starts from; its own policy applies once merged, so it needs the review a policy change deserves.
 */
function policyChangeFinding(change, config, severity) {
    const n = change.lines.length;
    const what = n === 0 ? 'a policy file' : `the policy (${n} change${n === 1 ? '' : 's'}, listed in the report)`;
    return {
        ruleId: 'policy.changed',
        severity,
        message: `this change modifies ${what}; it was judged with the policy of the ${change.from}, not with its own`,
        hint: 'A policy change (configuration, waivers, classification overrides, repository rule packs) takes effect once merged: ' +
            'merge it on its own after review by the policy owners. To try it, run `labelguard check --base REF --policy-from head`.',
        file: config.file ?? '.labelguard.yml',
        line: 1,
        column: 1,
    };
}


/***/ }),

/***/ 37416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ diffPolicy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95278);


const none = '—';
/**
 * What a change does to the policy, from the base's to the head's: configuration values (every section,
 * so waivers, classification overrides and whatever the configuration holds), the configuration file's
 * name, and the files of repository rule packs. Pure and deterministic (sorted by what).
 */
function diffPolicy(base, head) {
    const lines = [];
    if (base.config.file !== head.config.file) {
        lines.push({ what: 'configuration file', from: base.config.file ?? none, to: head.config.file ?? none });
    }
    const before = flatten(base.config.config);
    const after = flatten(head.config.config);
    for (const key of new Set([...before.keys(), ...after.keys()])) {
        const a = before.get(key) ?? [];
        const b = after.get(key) ?? [];
        // List entries (waivers, overrides, branch rules) are compared as sets, so adding one entry shows
        // that entry, not every entry after it as changed.
        const removed = a.filter((v) => !b.includes(v));
        const added = b.filter((v) => !a.includes(v));
        if (removed.length === 0 && added.length === 0)
            continue;
        if (isScalarKey(key))
            lines.push({ what: key, from: a[0] ?? none, to: b[0] ?? none });
        else {
            const list = key.slice(0, -2);
            for (const v of removed)
                lines.push({ what: `${list}: entry removed`, from: v, to: none });
            for (const v of added)
                lines.push({ what: `${list}: entry added`, from: none, to: v });
        }
    }
    const configFiles = new Set([base.config.file, head.config.file]);
    for (const file of new Set([...base.files.keys(), ...head.files.keys()])) {
        if (configFiles.has(file))
            continue;
        const a = base.files.get(file);
        const b = head.files.get(file);
        if (a === b)
            continue;
        lines.push({ what: `rule pack file ${file}`, from: describeFile(a), to: describeFile(b) });
    }
    return lines.sort((x, y) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(x.what, y.what));
}
/** Leaf values by dotted key; an array's entries are kept as a list of JSON texts under the array's key. */
function flatten(value, prefix = '', out = new Map()) {
    if (Array.isArray(value)) {
        out.set(`${prefix}[]`, value.map((v) => JSON.stringify(v)));
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (prefix) {
        out.set(prefix, [JSON.stringify(value)]);
    }
    return out;
}
function isScalarKey(key) {
    return !key.endsWith('[]');
}
function describeFile(text) {
    if (text === undefined)
        return none;
    const lines = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 12);
    return `${lines} line${lines === 1 ? '' : 's'}, sha256 ${digest}`;
}


/***/ }),

/***/ 49179:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ policyTrail),
/* harmony export */   TX: () => (/* binding */ readRepoPacks),
/* harmony export */   ff: () => (/* binding */ policyPaths),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var _load_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63780);
/* harmony import */ var _repo_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25092);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7584);
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
    for (const spec of (config.config.packs ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinPacks */ .i]).map(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .packSpec */ .x)) {
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
        const spec = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .packSpec */ .x)(p);
        if (!('path' in spec))
            return [];
        const r = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRef */ .q)('', spec.path);
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
    const r = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRef */ .q)('', path);
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

/***/ 91130:
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
        policyChange: layer.policy_change ?? overrides.policyChangeDefault ?? 'warning',
    };
}
// Rule ids whose findings mean labelguard could not judge the label at all, or found it untrue.
const alwaysBlockingPrefixes = [
    'data.',
    'sbom.unreadable',
    'change.unrecorded',
    'change.blocked',
    // A change log that understates its own change, or records a material change without refiling.
    'change.entry-classification',
    'change.material-not-refiled',
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

/***/ 58047:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ productsReferencing)
/* harmony export */ });
/* unused harmony export productFiles */
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68922);
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81296);
/* harmony import */ var _repo_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25092);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_0__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/**
 * The files one product is made of in one revision, besides its folder: its manifest and filing, every
 * file they refer to (`sbom: ../../shared/p340w.cdx.json`, evidence, the registered SBOM) and every link
 * on the way to each. A change to any of them can change the product's verdict.
 */
async function productFiles(source, manifest) {
    const dir = manifest.includes('/') ? manifest.slice(0, manifest.lastIndexOf('/')) : '';
    const filing = dir === '' ? _load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .filingFileName */ .Tn : `${dir}/${_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .filingFileName */ .Tn}`;
    const [manifestValue, filingValue] = await Promise.all([
        readValue(source, manifest),
        readValue(source, filing),
    ]);
    const paths = [manifest, filing];
    for (const r of (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .referencedFiles */ .Rc)(manifestValue, filingValue)) {
        const resolved = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRef */ .q)(dir, r.ref);
        if ('path' in resolved)
            paths.push(resolved.path);
    }
    const out = new Set();
    for (const p of paths)
        for (const t of await source.trail(p))
            out.add(t);
    return [...out];
}
/**
 * The manifests (of `manifests`) whose product is made of a changed path outside its folder (products
 * whose folder holds a changed path are found from the paths alone). Only a product that can reach out
 * of its folder is read in full: one whose manifest or filing mentions `..` (or a backslash, which could
 * spell it as an escape), or whose folder holds a symbolic link. Any other product's references all lie
 * in its folder, so it costs two small reads, not a parse.
 */
async function productsReferencing(source, manifests, changed) {
    const hit = [];
    await forEachLimited(manifests, 16, async (m) => {
        if (!(await mayReachOut(source, m)))
            return;
        if ((await productFiles(source, m)).some((f) => changed.has(f)))
            hit.push(m);
    });
    return hit.sort();
}
async function mayReachOut(source, manifest) {
    const dir = manifest.includes('/') ? manifest.slice(0, manifest.lastIndexOf('/')) : '';
    if (dir === '' || (await source.hasLinks(dir)))
        return true;
    for (const file of [manifest, `${dir}/${_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .filingFileName */ .Tn}`]) {
        const bytes = await source.readFile(file);
        const data = bytes && afterLeadingComments(bytes);
        if (data && (data.includes('..') || data.includes('\\')))
            return true;
    }
    return false;
}
/**
 * The file after its leading comment lines: the editor header the examples start with
 * (`# yaml-language-server: $schema=../../dist/...`) mentions `..` but refers to nothing, and must not make
 * every product of a repository be parsed on every pull request. A comment further down may sit inside a
 * block scalar, so only the leading block is skipped.
 */
function afterLeadingComments(bytes) {
    let at = 0;
    while (at < bytes.length) {
        const end = bytes.indexOf(0x0a, at);
        const next = end === -1 ? bytes.length : end + 1;
        const line = bytes.toString('latin1', at, next).trim();
        if (line !== '' && !line.startsWith('#'))
            break;
        at = next;
    }
    return bytes.subarray(at);
}
/** A YAML document's value, or undefined when it is missing or unreadable (the check reports that). */
async function readValue(source, file) {
    const bytes = await source.readFile(file);
    if (!bytes)
        return undefined;
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlFile */ .BU)(file, bytes);
    return Array.isArray(parsed) ? undefined : parsed.value;
}
async function forEachLimited(items, limit, fn) {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length)
            await fn(items[next++]);
    }));
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
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9536);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4497);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68922);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91130);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10283);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24168);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(66954);
/* harmony import */ var _policy_change_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(75511);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13948);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16547);
/* harmony import */ var _core_shard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99499);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_open_js__WEBPACK_IMPORTED_MODULE_1__, _load_repository_js__WEBPACK_IMPORTED_MODULE_6__, _judge_js__WEBPACK_IMPORTED_MODULE_8__]);
([_open_js__WEBPACK_IMPORTED_MODULE_1__, _load_repository_js__WEBPACK_IMPORTED_MODULE_6__, _judge_js__WEBPACK_IMPORTED_MODULE_8__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











/** Load, judge (rules, change detection, waivers, policy) and report: the whole check. */
async function runCheck(req) {
    const scope = await (0,_open_js__WEBPACK_IMPORTED_MODULE_1__/* .openScope */ .P)(req.dir, {
        ...(req.base ? { base: req.base } : {}),
        ...(req.head ? { head: req.head } : {}),
        ...(req.configPath ? { configPath: req.configPath } : {}),
        ...(req.changed ? { changed: req.changed } : {}),
        ...(req.baseTree ? { baseTree: req.baseTree } : {}),
        ...(req.readFrom ? { readFrom: req.readFrom } : {}),
        ...(req.policyFrom ? { policyFrom: req.policyFrom } : {}),
        ...(req.judgeAll ? { judgeAll: true } : {}),
    });
    try {
        const config = scope.policy.config;
        const scoped = scope.manifests !== undefined || req.shard !== undefined || req.productIds !== undefined;
        // A change that touches no product needs no rule pack: skip compiling them, so such a pull request
        // passes in about the time the runtime needs to start.
        const packsSkipped = scope.manifests !== undefined && scope.manifests.length === 0;
        // Rule packs, change detection and rule evaluation load only when there is something to judge.
        const judging = packsSkipped ? undefined : await Promise.all(/* import() */[__webpack_require__.e(337), __webpack_require__.e(761), __webpack_require__.e(390), __webpack_require__.e(80), __webpack_require__.e(540), __webpack_require__.e(67), __webpack_require__.e(611), __webpack_require__.e(81)]).then(__webpack_require__.bind(__webpack_require__, 40495));
        const packs = judging
            ? judging.loadPolicyPacks(scope.policy)
            : { packs: [], classifier: { tables: [] }, problems: [] };
        // A broken pack or classification override is like a broken configuration: nothing can be judged.
        const setupErrors = [
            ...packs.problems,
            ...(judging ? judging.validateOverrides(packs.classifier, config) : []),
        ].filter((f) => f.severity === 'error');
        if (setupErrors.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('the configured rule packs or classification overrides are invalid', setupErrors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}${f.hint ? `\n  hint: ${f.hint}` : ''}`));
        }
        const policy = (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePolicy */ .n)(config.config, req.overrides);
        const overrides = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .activeOverrides */ .q)(config, req.now);
        // Who may approve comes from the policy in force; what needs approval, from the change's own config,
        // located in the file the change proposes.
        const proposed = scope.headPolicy.config;
        const approvals = req.approvals
            ? (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_5__/* .approvalFindings */ .E9)(config.config, { base: scope.basePolicy?.config.config, head: proposed.config, reviews: req.approvals.reviews }, (key, index) => proposed.doc?.locate([key, index, 'approver']) ?? {
                file: proposed.file ?? '.labelguard.yml',
                line: 1,
                column: 1,
            })
            : [];
        const stages = judging?.productStages(packs, overrides.active, config.config.sbom_noise, policy.blockPendingRefiling, req.now) ?? [];
        const wanted = req.productIds ? new Set(req.productIds) : undefined;
        const judged = [];
        const baseManifests = await changedManifestsAtBase(scope);
        const loaded = await (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .loadRepository */ .rV)(scope.source, {
            config,
            ...(scope.manifests ? { manifests: scope.manifests } : {}),
            ...(req.shard ? { filterDir: (dir) => (0,_core_shard_js__WEBPACK_IMPORTED_MODULE_7__/* .inShard */ .I)(dir, req.shard) } : {}),
            // Judge each product as it loads and release what the report does not need, so a large audit
            // holds a batch of SBOMs at a time, not the whole repository.
            onProduct: (p) => {
                if (wanted && !wanted.has(p.id))
                    return;
                const j = (0,_judge_js__WEBPACK_IMPORTED_MODULE_8__/* .judgeProduct */ .$)(p, stages);
                const before = baseManifests.get(p.manifestFile);
                if (before !== undefined && p.manifest) {
                    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_9__/* .append */ .BC)(j.findings, (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_10__/* .coversEditFindings */ .Z)(p.id, parseYaml(before), p.manifest, (doc, path) => (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .locate */ .x5)(p, doc, path)));
                }
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
        const policyFindings = scope.policyChange && req.policyFrom === 'base'
            ? [(0,_policy_change_js__WEBPACK_IMPORTED_MODULE_11__/* .policyChangeFinding */ .O)(scope.policyChange, config, policy.policyChange)]
            : [];
        const report = (0,_judge_js__WEBPACK_IMPORTED_MODULE_8__/* .assembleReport */ .x)({
            config,
            findings: [
                ...repo.findings,
                ...packs.problems,
                ...policyFindings,
                ...overrides.problems,
                ...approvals,
            ],
        }, judged, {
            now: req.now,
            policy,
            scoped,
            waive: (findings) => (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_12__/* .applyWaivers */ .K)(findings, waivers, {
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
        if (scope.policyChange)
            report.policyChange = scope.policyChange;
        const touched = scope.touched && new Set(scope.touched);
        return {
            report,
            repo,
            packs,
            ...(scope.changed ? { changed: scope.changed } : {}),
            ...(touched
                ? { touched: repo.products.filter((p) => touched.has(p.manifestFile)).map((p) => p.id) }
                : {}),
        };
    }
    finally {
        scope.close();
    }
}
/**
 * The changed YAML files of a change as they were at its merge base (what the change started from), so
 * that edits of a manifest can be judged against their previous state. Empty when not judging from git.
 */
async function changedManifestsAtBase(scope) {
    const out = new Map();
    if (!scope.baseSource || !scope.changed)
        return out;
    for (const path of scope.changed) {
        if (!/\.ya?ml$/.test(path))
            continue;
        const bytes = await scope.baseSource.readFile(path);
        if (bytes)
            out.set(path, bytes.toString('utf8'));
    }
    return out;
}
/** A previous revision's manifest; unreadable means there is nothing to compare with. */
function parseYaml(text) {
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch {
        return undefined;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7748:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ touchedProductDirs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68922);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_1__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/**
 * The product manifests whose folder holds a changed path. Candidates are the folders above each changed
 * path whose manifest matches a product glob — work proportional to the change, not to the repository.
 * (A product is also made of the files it refers to outside its folder: see product-files.ts.)
 */
async function touchedProductDirs(changed, globs, exists) {
    const matchers = globs.map((g) => ({ match: (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .productGlobMatcher */ .AF)(g), name: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(g) }));
    // A glob whose file name has wildcards (e.g. `*.product.yaml`) cannot name its manifest: every
    // product would have to be listed. Such a layout is rare; say so by touching everything.
    if (matchers.some((m) => picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(m.name).isGlob))
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

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 29914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readingOnce)
/* harmony export */ });
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19223);

/**
 * `source`, each file read from it at most once while the wrapper is kept. The pull-request scope reads
 * every manifest and filing of the head and then of the base; the base reads through this the files whose
 * bytes are the same in both (most of them), so they are not read twice. Kept for one scan only: an audit
 * must not hold every manifest.
 */
function readingOnce(source) {
    const read = new Map();
    return (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .withReads */ .u)(source, (path) => {
        let bytes = read.get(path);
        if (!bytes) {
            bytes = source.readFile(path);
            read.set(path, bytes);
        }
        return bytes;
    });
}


/***/ }),

/***/ 19223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ withReads)
/* harmony export */ });
/** `source` with its reads answered by `readFile`; every other question goes to `source`. */
function withReads(source, readFile) {
    return {
        label: source.label,
        listFiles: (dir) => source.listFiles(dir),
        containment: (path) => source.containment(path),
        trail: (path) => source.trail(path),
        hasLinks: (dir) => source.hasLinks(dir),
        readFile,
    };
}


/***/ }),

/***/ 57994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ productVerdict),
/* harmony export */   f: () => (/* binding */ summarise)
/* harmony export */ });
/** A product's verdict from its findings: fail when one blocks, warn when one is a live warning or error. */
function productVerdict(findings) {
    if (findings.some((f) => f.blocking))
        return 'fail';
    return findings.some((f) => !f.waived && f.severity !== 'info') ? 'warn' : 'pass';
}
/** The report's counts, from its products and repository-wide findings. */
function summarise(products, findings) {
    const all = [...findings, ...products.flatMap((p) => p.findings)];
    return {
        products: products.length,
        blocking: all.filter((f) => f.blocking).length,
        warnings: all.filter((f) => f.severity === 'warning' && !f.waived).length,
        // Change sets, not raw differences: one feature added is one unrecorded change.
        unrecorded: products.reduce((n, p) => n + (p.changeSets ?? []).filter((c) => c.pending === 'material').length, 0),
    };
}


/***/ }),

/***/ 10283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ approvalFindings)
/* harmony export */ });
/* unused harmony exports approvingReviewers, approverAccount */
// Approvals of policy exceptions. A waiver or a classification override names its `approver:` in free
// text; when a pull request adds or changes one, labelguard checks that name against the pull request's
// approving reviews (and, when `approvals.approvers` is configured, against who may approve), and says
// plainly when it could not. Pure: the shells fetch the reviews; the pipeline reads the base configuration
// with the base's policy.
/** Latest APPROVED / CHANGES_REQUESTED / DISMISSED review per reviewer; comments decide nothing. */
function approvingReviewers(reviews) {
    const latest = new Map();
    for (const r of reviews) {
        if (r.user === null || r.state === 'COMMENTED' || r.state === 'PENDING')
            continue;
        latest.set(r.user.toLowerCase(), { state: r.state, commitId: r.commitId });
    }
    return [...latest]
        .filter(([, r]) => r.state === 'APPROVED')
        .map(([login, r]) => ({ login, commitId: r.commitId }));
}
/** Waivers and overrides in `head` that are not, exactly, in `base`. */
function changedExceptions(base, head) {
    const known = (list) => new Set((list ?? []).map((x) => JSON.stringify(x)));
    const oldWaivers = known(base?.waivers);
    const oldOverrides = known(base?.classification);
    return [
        ...(head.waivers ?? []).flatMap((w, index) => oldWaivers.has(JSON.stringify(w))
            ? []
            : [
                {
                    key: 'waivers',
                    index,
                    what: `waiver of ${w.rule} for ${w.product}`,
                    approver: w.approver,
                },
            ]),
        ...(head.classification ?? []).flatMap((o, index) => oldOverrides.has(JSON.stringify(o))
            ? []
            : [
                {
                    key: 'classification',
                    index,
                    what: `classification override of '${o.change}'${o.product ? ` for ${o.product}` : ''} to ${o.classification}`,
                    approver: o.approver,
                },
            ]),
    ];
}
const handle = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?)$/;
const mentioned = /(?:^|[^\w@])@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?)/;
/**
 * The GitHub account or team an `approver:` names, lower-cased: the text itself when it is a login or
 * org/team (`alice`, `@acme/compliance`), else the one @-handle in it (`Chen Yue (@chenyue-av)`).
 */
function approverAccount(text) {
    const t = text.trim();
    const m = handle.exec(t) ?? mentioned.exec(t);
    return m?.[1]?.toLowerCase();
}
/**
 * Findings on the approval of every waiver and override the change adds or edits: verified (info), could
 * not be verified (warning), or missing / not allowed (error, blocking). Who may approve comes from the
 * base's configuration, or from `policy` (the configuration in force) when the base could not be read.
 */
function approvalFindings(policy, ctx, locate) {
    // Who may approve is never taken from the change itself: the base's configuration when it could be read.
    const trusted = ctx.base ?? policy;
    const allowed = trusted.approvals?.approvers?.map((a) => approverAccount(a) ?? a.toLowerCase());
    const configured = allowed !== undefined && allowed.length > 0;
    const out = [];
    const add = (ruleId, severity, message, hint, e) => out.push({ ruleId, severity, message, ...(hint ? { hint } : {}), ...locate(e.key, e.index) });
    for (const e of changedExceptions(ctx.base, ctx.head ?? {})) {
        const named = e.approver === undefined ? undefined : approverAccount(e.approver);
        if (named === undefined) {
            const what = e.approver === undefined
                ? 'names no approver'
                : `names no GitHub account as approver ('${e.approver}')`;
            if (configured)
                add('policy.approval-missing', 'error', `${e.what} ${what}`, `Set \`approver:\` to one of ${allowed.join(', ')} (a login, or a name with its @login), who then approves this pull request.`, e);
            else
                add('policy.approval-unverified', 'warning', `the approval of the ${e.what} could not be verified: it ${what}`, 'Name the approver by GitHub login (e.g. `Chen Yue (@chenyue-av)`) so their review can be checked.', e);
            continue;
        }
        if (configured && !allowed.includes(named)) {
            add('policy.approver-not-allowed', 'error', `${e.what} is approved by '${e.approver}', who is not among the configured approvers`, `approvals.approvers in .labelguard.yml allows: ${allowed.join(', ')}.`, e);
            continue;
        }
        const unverified = (why) => add('policy.approval-unverified', 'warning', `the approval of ${e.approver} for the ${e.what} could not be verified: ${why}`, 'Check by hand that the approver approved this pull request before merging it.', e);
        if ('unavailable' in ctx.reviews) {
            unverified(ctx.reviews.unavailable);
            continue;
        }
        if (named.includes('/')) {
            const who = ctx.reviews.approvals.map((a) => a.login).join(', ') || 'nobody';
            unverified(`'${e.approver}' is a team, and team membership is not checked (approved by: ${who})`);
            continue;
        }
        const head = ctx.reviews.head;
        const approval = ctx.reviews.approvals.find((a) => a.login === named);
        if (approval && approval.commitId === head) {
            add('policy.approval-verified', 'info', `${e.what}: approved by ${e.approver} in a review of this pull request (commit ${head.slice(0, 7)})`, '', e);
            continue;
        }
        const message = approval
            ? `${e.what}: ${e.approver} approved an earlier commit of this pull request, not its head`
            : `${e.what}: ${e.approver} has not approved this pull request`;
        add(configured ? 'policy.approval-missing' : 'policy.approval-unverified', configured ? 'error' : 'warning', message, configured
            ? `${e.approver} must approve the pull request at its current head commit.`
            : 'Ask the approver to approve this pull request; set approvals.approvers in .labelguard.yml to make this blocking.', e);
    }
    return out;
}


/***/ }),

/***/ 24168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ coversEditFindings)
/* harmony export */ });
// A test report's `covers` lists what the laboratory tested. Editing it without a new or re-hashed
// report claims coverage the report does not give: falsified filing material. A change is judged
// against its merge base, so this compares the product's reports before and after the change. Pure.
const reportKeys = ['test_report', 'pentest_report'];
function reportOf(manifest, key) {
    const evidence = manifest?.evidence;
    const r = evidence?.[key];
    return r && typeof r === 'object' ? r : undefined;
}
function listOf(value) {
    return Array.isArray(value) ? value.map(String).sort() : [];
}
function same(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/**
 * Findings for a report whose `covers` changed while the report itself (file and SHA-256) did not.
 * `before` is product.yaml at the change's merge base (undefined for a new product).
 */
function coversEditFindings(productId, before, after, locate) {
    const out = [];
    for (const key of reportKeys) {
        const b = reportOf(before, key);
        const a = reportOf(after, key);
        if (!a || !b || a.file !== b.file || a.sha256 !== b.sha256)
            continue;
        for (const field of ['firmware_versions', 'hardware_revisions']) {
            const was = listOf(b.covers?.[field]);
            const now = listOf(a.covers?.[field]);
            if (same(was, now))
                continue;
            const added = now.filter((v) => !was.includes(v));
            out.push({
                ruleId: 'data.covers-edited-without-report',
                severity: 'error',
                message: `evidence.${key}.covers.${field} changed (${was.join(', ') || 'none'} → ${now.join(', ') || 'none'}) ` +
                    `but the report did not (same file and sha256)` +
                    (added.length > 0 ? `: the report does not say it tested ${added.join(', ')}` : ''),
                hint: 'covers lists what the laboratory tested: change it only together with a new or re-hashed report ' +
                    '(file, sha256, date). A release reached from a tested version through record-class changes needs no ' +
                    "covers edit: record it in filing.yaml's change log instead.",
                productId,
                ...locate('product', ['evidence', key, 'covers', field]),
            });
        }
    }
    return out;
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
