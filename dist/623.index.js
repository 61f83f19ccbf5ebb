export const id = 623;
export const ids = [623];
export const modules = {

/***/ 66645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ minimizeComment),
/* harmony export */   Sj: () => (/* binding */ renderStickyBody),
/* harmony export */   fP: () => (/* binding */ resolveStickyComment),
/* harmony export */   oC: () => (/* binding */ findStickyComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77369);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23400);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41839);




const RESOLVED_STATE = '<!-- labelguard:state resolved -->';
const DEFAULT_RESOLVED_BODY = '✅ **labelguard**: every finding reported earlier on this pull request is resolved.';
/** The exact text labelguard writes for a sticky comment (measure it against MAX_BODY_CHARS). */
function renderStickyBody(key, body) {
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .withMarkers */ .ew)((0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .markerFor */ ._Z)('comment', key), body);
}
/**
 * Find the newest comment on the issue/PR that carries the key's marker and was written by the identity.
 * Comments by anyone else are ignored even when they carry the marker.
 */
async function findStickyComment(octokit, repo, target) {
    const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .markerFor */ ._Z)('comment', target.key);
    const comments = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`list the comments of #${target.issueNumber}`, () => octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: target.issueNumber,
        per_page: 100,
    }));
    const marked = comments.filter((c) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(c.body, marker));
    if (marked.length === 0)
        return undefined;
    const identity = typeof target.identity === 'function' ? await target.identity() : target.identity;
    const own = marked.filter((c) => (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnLogin */ .sV)(identity, c.user?.login)).sort((a, b) => a.id - b.id);
    const newest = own[own.length - 1];
    if (!newest)
        return undefined;
    const body = newest.body ?? '';
    return {
        id: newest.id,
        nodeId: newest.node_id,
        body,
        url: newest.html_url,
        resolved: (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(body, RESOLVED_STATE),
    };
}
/** Create the sticky comment, update it in place, or leave it when the body is unchanged. */
async function upsertStickyComment(octokit, repo, input) {
    const rendered = renderStickyBody(input.key, input.body);
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBodyFits */ .$_)(`sticky comment "${input.key}"`, rendered);
    const existing = await findStickyComment(octokit, repo, input);
    // A resolved comment is minimised; writing new findings into it would hide them, so start a new one.
    if (!existing || existing.resolved) {
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`create the sticky comment on #${input.issueNumber}`, () => octokit.rest.issues.createComment({ ...repo, issue_number: input.issueNumber, body: rendered }));
        return { operation: 'created', commentId: data.id, url: data.html_url };
    }
    if ((0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .comparableBody */ .ZK)(existing.body) === (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .comparableBody */ .ZK)(rendered)) {
        return { operation: 'unchanged', commentId: existing.id, url: existing.url };
    }
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`update the sticky comment on #${input.issueNumber}`, () => octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: rendered }));
    return { operation: 'updated', commentId: existing.id, url: existing.url };
}
/**
 * When the PR is clean: rewrite the sticky comment to a short "resolved" note and minimise it as RESOLVED.
 * Minimising is best effort (GraphQL may be unavailable or forbidden); rewriting is not.
 */
async function resolveStickyComment(octokit, repo, input) {
    const existing = await findStickyComment(octokit, repo, input);
    if (!existing)
        return { operation: 'skipped', reason: 'there is no sticky comment to resolve' };
    if (existing.resolved)
        return { operation: 'unchanged', commentId: existing.id, url: existing.url };
    const rendered = renderStickyBody(input.key, `${RESOLVED_STATE}\n${input.body ?? DEFAULT_RESOLVED_BODY}`);
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBodyFits */ .$_)(`resolved sticky comment "${input.key}"`, rendered);
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`mark the sticky comment on #${input.issueNumber} as resolved`, () => octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: rendered }));
    const minimize = await minimizeComment(octokit, existing.nodeId);
    return {
        operation: 'resolved',
        commentId: existing.id,
        url: existing.url,
        minimized: minimize.ok,
        ...(!minimize.ok && { minimizeError: minimize.error }),
    };
}
/** Hide a comment as RESOLVED through GraphQL; never throws. */
async function minimizeComment(octokit, nodeId) {
    try {
        const data = await octokit.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } } }', { id: nodeId });
        return data.minimizeComment?.minimizedComment?.isMinimized === true
            ? { ok: true }
            : { ok: false, error: 'GitHub did not report the comment as minimised' };
    }
    catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
}


/***/ }),

/***/ 78932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ gitBlobSha),
/* harmony export */   Ho: () => (/* binding */ getBranchSha),
/* harmony export */   PT: () => (/* binding */ commitChanges),
/* harmony export */   Q$: () => (/* binding */ findForeignCommits),
/* harmony export */   SN: () => (/* binding */ deleteBranch),
/* harmony export */   TP: () => (/* binding */ MAX_BLOB_BYTES),
/* harmony export */   uv: () => (/* binding */ isOwnCommit)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77369);
/* harmony import */ var _pulls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74487);
/**
 * One commit from a set of file changes through the Git Data API (blobs → tree → commit → ref), so GitHub
 * signs it as the token's bot. Text files ride inside the tree request; binary ones are uploaded as blobs
 * unless the repository already holds them. The branch is regenerated on top of a given base commit, never
 * rebased; a branch that carries anyone else's commits is left alone; ref races are resolved by reading
 * again.
 */




/** GitHub refuses blobs larger than this through the API. */
const MAX_BLOB_BYTES = 40 * 1024 * 1024;
/** Tree entries and inline bytes sent per request; larger sets are chained through `base_tree`. */
const TREE_CHUNK_ENTRIES = 100;
const TREE_CHUNK_BYTES = 8 * 1024 * 1024;
/** UTF-8 files up to this size are sent inside the tree request instead of as separate blobs. */
const INLINE_TEXT_BYTES = 1024 * 1024;
/** Attempts when the branch moves under us. */
const REF_ATTEMPTS = 3;
/** The git blob SHA-1 GitHub will give this content. */
function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** The commit SHA a branch points at, or undefined when the branch does not exist. */
async function getBranchSha(octokit, repo, branch) {
    try {
        const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 404))
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubApiError */ .Vu)(error, `read branch ${branch}`);
    }
}
/** Delete a branch; false when it was already gone. */
async function deleteBranch(octokit, repo, branch) {
    try {
        await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
        return true;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 404) ||
            ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 422) && _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .REFERENCE_DOES_NOT_EXIST */ .wr.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessageOf */ .rU)(error)))) {
            return false;
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubApiError */ .Vu)(error, `delete branch ${branch}`);
    }
}
/** True when both author and committer of the commit are the identity. */
function isOwnCommit(identity, commit) {
    const author = (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isOwnLogin */ .sV)(identity, commit.authorLogin) || (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isOwnCommitEmail */ .GP)(identity, commit.authorEmail);
    const committer = (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isOwnLogin */ .sV)(identity, commit.committerLogin) || (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isOwnCommitEmail */ .GP)(identity, commit.committerEmail);
    return author && committer;
}
/** Commits on `head` but not on `base` that the identity did not both author and commit. */
async function findForeignCommits(octokit, repo, range) {
    const comparison = await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .compareCommits */ .kC)(octokit, repo, range.base, range.head);
    return comparison.commits.filter((c) => !isOwnCommit(range.identity, c));
}
/**
 * Make `branch` point at one commit on `parentSha` holding the changes. Returns `unchanged` without any
 * write when the branch already has exactly that content, `blocked` when it carries someone else's commits,
 * `no-diff` when the changes leave the base as it is.
 *
 * Every request counts against the caller's budget, so nothing is read twice: tree SHAs come from the
 * comparison and the commit answers, and binary files the branch already holds are not uploaded again.
 */
async function commitChanges(octokit, repo, input) {
    const changes = validateChanges(input.changes);
    const { branch } = input;
    const known = new KnownObjects();
    // The tree and the commit depend only on the parent and the changes: a retry after a race reuses them.
    let tree;
    let commit;
    let hint = input.expectedHeadSha;
    for (let attempt = 1; attempt <= REF_ATTEMPTS; attempt++) {
        const hinted = hint !== undefined;
        const head = hint ?? (await getBranchSha(octokit, repo, branch));
        hint = undefined;
        // An answer that leaves the branch as it is must rest on the branch as it is, not on the caller's hint.
        const stands = async () => !hinted || (await getBranchSha(octokit, repo, branch)) === head;
        if (head !== undefined) {
            let comparison;
            try {
                comparison = await (0,_pulls_js__WEBPACK_IMPORTED_MODULE_3__/* .compareCommits */ .kC)(octokit, repo, input.parentSha, head);
            }
            catch (error) {
                // A hinted head that no longer exists (force-pushed away and collected): read the branch instead.
                if (hinted && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS && error.status === 404)
                    continue;
                throw error;
            }
            known.learn(comparison);
            if (!input.knownToDiffer && (await alreadyApplied(octokit, repo, comparison, changes, known))) {
                if (!(await stands()))
                    continue;
                return { operation: 'unchanged', branch, commitSha: head };
            }
            const foreign = comparison.commits.filter((c) => !isOwnCommit(input.identity, c));
            if (foreign.length > 0) {
                if (!(await stands()))
                    continue;
                return {
                    operation: 'blocked',
                    branch,
                    commitSha: head,
                    foreignCommits: foreign,
                    reason: `branch ${branch} has ${foreign.length} commit(s) not made by ${input.identity.login}; labelguard never overwrites them`,
                };
            }
        }
        const baseTree = await known.treeOf(octokit, repo, input.parentSha);
        tree ??= await writeTree(octokit, repo, baseTree, changes, known);
        if (tree === baseTree) {
            if (!(await stands()))
                continue;
            return {
                operation: 'no-diff',
                branch,
                ...(head !== undefined && { commitSha: head }),
                reason: 'the changes leave the base commit as it is',
            };
        }
        if (head !== undefined && (await known.treeOf(octokit, repo, head)) === tree) {
            if (!(await stands()))
                continue;
            return { operation: 'unchanged', branch, commitSha: head };
        }
        if (commit === undefined) {
            const treeSha = tree;
            const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`create a commit for ${branch}`, () => octokit.rest.git.createCommit({
                ...repo,
                message: input.message,
                tree: treeSha,
                parents: [input.parentSha],
            }));
            commit = data.sha;
            known.tree(data.sha, data.tree.sha);
        }
        const outcome = await moveBranch(octokit, repo, branch, head, commit);
        if (outcome !== 'raced')
            return { operation: outcome, branch, commitSha: commit };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS({
        kind: 'conflict',
        apiMessage: `branch ${branch} kept changing`,
        userMessage: `Branch ${branch} changed ${REF_ATTEMPTS} times while labelguard was updating it. Re-run the job; ` +
            'add a `concurrency:` group per product so runs do not overlap.',
    }, `update branch ${branch}`, undefined);
}
/**
 * What this call has learnt from GitHub's answers: the tree of each commit it has seen, and the blobs
 * the repository is known to hold. Reading them again would only spend the caller's request budget.
 */
class KnownObjects {
    trees = new Map();
    /** Blob SHAs the repository holds: listed in a comparison's files, a tree read, or uploaded here. */
    blobs = new Set();
    learn(comparison) {
        this.tree(comparison.baseSha, comparison.baseTreeSha);
        this.tree(comparison.mergeBaseSha, comparison.mergeBaseTreeSha);
        for (const c of comparison.commits)
            this.tree(c.sha, c.treeSha);
        // A listed file's SHA is its blob on the head side, which the repository therefore holds.
        for (const f of comparison.files)
            if (f.status !== 'removed' && f.sha)
                this.blobs.add(f.sha);
    }
    tree(commitSha, treeSha) {
        this.trees.set(commitSha, treeSha);
    }
    /** The tree of a commit, read only when no earlier answer carried it. */
    async treeOf(octokit, repo, commitSha) {
        const seen = this.trees.get(commitSha);
        if (seen !== undefined)
            return seen;
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`read commit ${commitSha}`, () => octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha }));
        this.tree(commitSha, data.tree.sha);
        return data.tree.sha;
    }
}
function validateChanges(changes) {
    const seen = new Set();
    const prepared = [];
    for (const change of changes) {
        const path = change.path;
        if (!path ||
            path.startsWith('/') ||
            path.endsWith('/') ||
            path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
            throw new Error(`"${path}" is not a repository-relative file path (no leading "/", no "." or ".." segments).`);
        }
        if (seen.has(path))
            throw new Error(`"${path}" appears twice in one commit; give each path once.`);
        seen.add(path);
        const content = change.content === null
            ? null
            : typeof change.content === 'string'
                ? Buffer.from(change.content, 'utf8')
                : Buffer.from(change.content);
        if (content && content.length > MAX_BLOB_BYTES) {
            throw new Error(`"${path}" is ${content.length} bytes; GitHub's API accepts files up to ${MAX_BLOB_BYTES} bytes.`);
        }
        prepared.push({
            path,
            mode: change.executable ? '100755' : '100644',
            content,
            sha: content ? gitBlobSha(content) : null,
            text: typeof change.content === 'string',
        });
    }
    return prepared.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * True when `head` is a single commit on the base whose tree differs from the base exactly by the changes:
 * checked with reads only, so a repeated run writes nothing. Costs one tree read when the comparison
 * alone cannot rule it out; callers that already know the content differs skip it (`knownToDiffer`).
 */
async function alreadyApplied(octokit, repo, comparison, changes, known) {
    const only = comparison.commits[0];
    if (comparison.aheadBy !== 1 || comparison.behindBy !== 0 || !only || comparison.filesMayBeTruncated)
        return false;
    const wanted = new Set(changes.map((c) => c.path));
    if (comparison.files.some((f) => !wanted.has(f.filename) || f.previousFilename !== undefined))
        return false;
    const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)('read the branch tree', () => octokit.rest.git.getTree({ ...repo, tree_sha: only.treeSha, recursive: 'true' }));
    for (const e of data.tree)
        if (e.type === 'blob' && e.sha)
            known.blobs.add(e.sha);
    if (data.truncated)
        return false;
    const entries = new Map(data.tree.map((e) => [e.path, e]));
    return changes.every((c) => {
        const entry = entries.get(c.path);
        return c.sha === null ? entry === undefined : entry?.sha === c.sha && entry.mode === c.mode;
    });
}
/**
 * Build the tree. UTF-8 files up to INLINE_TEXT_BYTES travel inside the tree request (GitHub writes their
 * blobs), so a refiling of many text files costs a few requests instead of one per file: GitHub spaces
 * and caps content-creating requests. Binary and large files are uploaded as blobs first, unless the
 * repository already holds that blob (an unchanged label image): then the tree names it by SHA.
 */
async function writeTree(octokit, repo, baseTree, changes, known) {
    const inline = (c) => c.text && c.content !== null && c.content.length <= INLINE_TEXT_BYTES;
    const uploaded = new Set();
    const upload = async (change) => {
        const { content, sha } = change;
        if (!content || !sha || uploaded.has(sha))
            return;
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`upload ${change.path}`, () => octokit.rest.git.createBlob({
            ...repo,
            content: change.text ? content.toString('utf8') : content.toString('base64'),
            encoding: change.text ? 'utf-8' : 'base64',
        }));
        if (data.sha !== sha) {
            throw new Error(`GitHub stored ${change.path} as blob ${data.sha}, expected ${sha}; the upload was altered.`);
        }
        uploaded.add(sha);
        known.blobs.add(sha);
    };
    for (const change of changes) {
        if (inline(change) || !change.sha || known.blobs.has(change.sha))
            continue;
        await upload(change);
    }
    const chunks = [[]];
    let chunkBytes = 0;
    for (const change of changes) {
        const bytes = inline(change) ? (change.content?.length ?? 0) : 0;
        const current = chunks[chunks.length - 1];
        if (current.length >= TREE_CHUNK_ENTRIES ||
            (current.length > 0 && chunkBytes + bytes > TREE_CHUNK_BYTES)) {
            chunks.push([change]);
            chunkBytes = bytes;
        }
        else {
            current.push(change);
            chunkBytes += bytes;
        }
    }
    let tree = baseTree;
    for (const chunk of chunks) {
        if (chunk.length === 0)
            continue;
        const create = (base) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)('create the commit tree', () => octokit.rest.git.createTree({
            ...repo,
            base_tree: base,
            tree: chunk.map((c) => inline(c)
                ? {
                    path: c.path,
                    mode: c.mode,
                    type: 'blob',
                    content: c.content?.toString('utf8') ?? '',
                }
                : { path: c.path, mode: c.mode, type: 'blob', sha: c.sha }),
        }));
        let answer;
        try {
            answer = await create(tree);
        }
        catch (error) {
            // A blob named by SHA that GitHub refuses (an answer we trusted was wrong): upload it, try once more.
            const named = chunk.filter((c) => !inline(c) && c.sha !== null && !uploaded.has(c.sha));
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 422) || named.length === 0)
                throw error;
            for (const c of named)
                await upload(c);
            answer = await create(tree);
        }
        tree = answer.data.sha;
    }
    return tree;
}
/** Point the branch at `commit`; 'raced' when the branch appeared, moved or vanished meanwhile. */
async function moveBranch(octokit, repo, branch, head, commit) {
    if (head === undefined) {
        try {
            await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit });
            return 'created';
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 422) && _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .REFERENCE_ALREADY_EXISTS */ .YA.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessageOf */ .rU)(error)))
                return 'raced';
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubApiError */ .Vu)(error, `create branch ${branch}`);
        }
    }
    // The Git Data API has no lease: re-read just before forcing, to keep the window for a lost push small.
    if ((await getBranchSha(octokit, repo, branch)) !== head)
        return 'raced';
    try {
        await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit, force: true });
        return 'updated';
    }
    catch (error) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessageOf */ .rU)(error);
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 422) && (_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .REFERENCE_DOES_NOT_EXIST */ .wr.test(message) || _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_FAST_FORWARD */ .TG.test(message))) {
            return 'raced';
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubApiError */ .Vu)(error, `update branch ${branch}`);
    }
}


/***/ }),

/***/ 77369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ isOwnCommitEmail),
/* harmony export */   TM: () => (/* binding */ resolveOwnIdentity),
/* harmony export */   iU: () => (/* binding */ GITHUB_ACTIONS_BOT),
/* harmony export */   sV: () => (/* binding */ isOwnLogin)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);

/** The login of the Actions-provided GITHUB_TOKEN. */
const GITHUB_ACTIONS_BOT = 'github-actions[bot]';
/**
 * Resolve the token's login: `GET /user` (personal tokens), else GraphQL `viewer` (installation tokens,
 * GITHUB_TOKEN), else the configured app slug, else `github-actions[bot]`.
 */
async function resolveOwnIdentity(octokit, options = {}) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login, source: 'rest-user' };
    }
    catch (error) {
        // Installation tokens get 403 "Resource not accessible by integration" here; anything else is real.
        const kind = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyGitHubError */ .o)(error).kind;
        if (kind !== 'missing-permission' && kind !== 'not-found') {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubApiError */ .Vu)(error, 'find out which account the token belongs to (GET /user)');
        }
    }
    try {
        const data = await octokit.graphql('query { viewer { login } }');
        if (typeof data.viewer?.login === 'string' && data.viewer.login.length > 0) {
            return { login: data.viewer.login, source: 'graphql-viewer' };
        }
    }
    catch {
        // GraphQL can be unavailable (some GitHub Enterprise Server setups, proxies): fall through to configuration.
    }
    if (options.appSlug)
        return { login: `${options.appSlug.replace(/\[bot\]$/, '')}[bot]`, source: 'app-slug' };
    return { login: GITHUB_ACTIONS_BOT, source: 'github-actions-default' };
}
/**
 * True when `login` (a REST or GraphQL author) is the identity. GraphQL drops the `[bot]` suffix that
 * REST shows, and logins are case-insensitive.
 */
function isOwnLogin(identity, login) {
    if (!login)
        return false;
    return normaliseLogin(login) === normaliseLogin(identity.login);
}
/** The noreply e-mail addresses GitHub uses for commits made by this identity through the API. */
function isOwnCommitEmail(identity, email) {
    if (!email)
        return false;
    const match = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email.trim());
    return match?.[1] !== undefined && normaliseLogin(match[1]) === normaliseLogin(identity.login);
}
function normaliseLogin(login) {
    return login
        .trim()
        .toLowerCase()
        .replace(/\[bot\]$/, '');
}


/***/ }),

/***/ 21623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTIONS_CANNOT_CREATE_PULLS: () => (/* reexport */ errors/* ACTIONS_CANNOT_CREATE_PULLS */.KY),
  COMPARE_FILES_LIMIT: () => (/* reexport */ pulls/* COMPARE_FILES_LIMIT */.ms),
  DEFAULT_GITHUB_API_URL: () => (/* reexport */ DEFAULT_GITHUB_API_URL),
  DO_NOT_RETRY: () => (/* reexport */ DO_NOT_RETRY),
  GITHUB_ACTIONS_BOT: () => (/* reexport */ identity/* GITHUB_ACTIONS_BOT */.iU),
  GITHUB_API_VERSION: () => (/* reexport */ GITHUB_API_VERSION),
  GitHubApiError: () => (/* reexport */ errors/* GitHubApiError */.OS),
  IncompleteResponseError: () => (/* reexport */ IncompleteResponseError),
  MAX_BLOB_BYTES: () => (/* reexport */ git_data/* MAX_BLOB_BYTES */.TP),
  MAX_BODY_CHARS: () => (/* reexport */ repo/* MAX_BODY_CHARS */.GW),
  MalformedResponseError: () => (/* reexport */ MalformedResponseError),
  NOT_FAST_FORWARD: () => (/* reexport */ errors/* NOT_FAST_FORWARD */.TG),
  PRIMARY_RATE_LIMIT: () => (/* reexport */ errors/* PRIMARY_RATE_LIMIT */.wT),
  PULL_REQUEST_ALREADY_EXISTS: () => (/* reexport */ errors/* PULL_REQUEST_ALREADY_EXISTS */.S8),
  PULL_REQUEST_FILES_LIMIT: () => (/* reexport */ pulls/* PULL_REQUEST_FILES_LIMIT */.ym),
  REFERENCE_ALREADY_EXISTS: () => (/* reexport */ errors/* REFERENCE_ALREADY_EXISTS */.YA),
  REFERENCE_DOES_NOT_EXIST: () => (/* reexport */ errors/* REFERENCE_DOES_NOT_EXIST */.wr),
  RESOURCE_NOT_ACCESSIBLE: () => (/* reexport */ errors/* RESOURCE_NOT_ACCESSIBLE */.CN),
  SECONDARY_RATE_LIMIT: () => (/* reexport */ errors/* SECONDARY_RATE_LIMIT */.y_),
  addAssignees: () => (/* reexport */ pulls/* addAssignees */.Qd),
  addLabels: () => (/* reexport */ pulls/* addLabels */.Nl),
  apiMessageOf: () => (/* reexport */ errors/* apiMessageOf */.rU),
  assertBodyFits: () => (/* reexport */ repo/* assertBodyFits */.$_),
  classifyGitHubError: () => (/* reexport */ errors/* classifyGitHubError */.o),
  closePullRequest: () => (/* reexport */ pulls/* closePullRequest */.d6),
  commitChanges: () => (/* reexport */ git_data/* commitChanges */.PT),
  comparableBody: () => (/* reexport */ markers/* comparableBody */.ZK),
  compareCommits: () => (/* reexport */ pulls/* compareCommits */.kC),
  createComment: () => (/* reexport */ pulls/* createComment */.eT),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  createPullRequest: () => (/* reexport */ pulls/* createPullRequest */.jC),
  deleteBranch: () => (/* reexport */ git_data/* deleteBranch */.SN),
  findForeignCommits: () => (/* reexport */ git_data/* findForeignCommits */.Q$),
  findIssueByMarker: () => (/* reexport */ issues/* findIssueByMarker */.iT),
  findPullRequestByHead: () => (/* reexport */ pulls/* findPullRequestByHead */.rf),
  findStickyComment: () => (/* reexport */ comments/* findStickyComment */.oC),
  getBranchSha: () => (/* reexport */ git_data/* getBranchSha */.Ho),
  getPullRequest: () => (/* reexport */ pulls/* getPullRequest */.T9),
  gitBlobSha: () => (/* reexport */ git_data/* gitBlobSha */.Ak),
  hasMarker: () => (/* reexport */ markers/* hasMarker */.xY),
  hasStatus: () => (/* reexport */ errors/* hasStatus */.Ro),
  isOwnCommit: () => (/* reexport */ git_data/* isOwnCommit */.uv),
  isOwnCommitEmail: () => (/* reexport */ identity/* isOwnCommitEmail */.GP),
  isOwnLogin: () => (/* reexport */ identity/* isOwnLogin */.sV),
  listPullRequestFiles: () => (/* reexport */ pulls/* listPullRequestFiles */.cq),
  listPullRequestReviews: () => (/* reexport */ listPullRequestReviews),
  listPullRequests: () => (/* reexport */ pulls/* listPullRequests */.qc),
  listPullRequestsByHead: () => (/* reexport */ pulls/* listPullRequestsByHead */.JN),
  markerFor: () => (/* reexport */ markers/* markerFor */._Z),
  minimizeComment: () => (/* reexport */ comments/* minimizeComment */.Am),
  parseAcceptedPermissions: () => (/* reexport */ errors/* parseAcceptedPermissions */.Zj),
  parseRepoRef: () => (/* reexport */ repo/* parseRepoRef */.PP),
  renderIssueBody: () => (/* reexport */ issues/* renderIssueBody */.Yx),
  renderStickyBody: () => (/* reexport */ comments/* renderStickyBody */.Sj),
  requestReviewers: () => (/* reexport */ pulls/* requestReviewers */.i5),
  resolveOwnIdentity: () => (/* reexport */ identity/* resolveOwnIdentity */.TM),
  resolveStickyComment: () => (/* reexport */ comments/* resolveStickyComment */.fP),
  toGitHubApiError: () => (/* reexport */ errors/* toGitHubApiError */.Vu),
  updatePullRequest: () => (/* reexport */ pulls/* updatePullRequest */.Ku),
  upsertIssue: () => (/* reexport */ issues/* upsertIssue */.Fo),
  upsertPullRequest: () => (/* reexport */ pulls/* upsertPullRequest */._b),
  upsertStickyComment: () => (/* reexport */ comments/* upsertStickyComment */.qD),
  withClassifiedErrors: () => (/* reexport */ errors/* withClassifiedErrors */.ZI),
  withMarkers: () => (/* reexport */ markers/* withMarkers */.ew)
});

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(59988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/github/response-shape.ts
/**
 * The fields labelguard reads from GitHub's answers, by request. A proxy, a GitHub Enterprise Server of
 * another version or a fault can answer without them; reading on would fail far from the cause ("Cannot
 * read properties of undefined", "… is not iterable"). Each answer is checked here instead, and a missing
 * field is an error that names the request and the field.
 *
 * A path is dotted; `x[]` means x must be a list, and `x[].y` that every item of it has y. A path starting
 * with `[]` is about an answer that is itself a list.
 */
const fieldsRead = {
    'GET /user': ['login'],
    'GET /repos/{owner}/{repo}/pulls/{pull_number}': [
        'number',
        'head.ref',
        'head.sha',
        'base.ref',
        'base.sha',
        'labels[]',
    ],
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': ['[].filename'],
    'GET /repos/{owner}/{repo}/compare/{basehead}': [
        'commits[].sha',
        'commits[].commit.tree.sha',
        'commits[].parents[].sha',
        'base_commit.sha',
        'base_commit.commit.tree.sha',
        'merge_base_commit.sha',
        'merge_base_commit.commit.tree.sha',
    ],
    'GET /repos/{owner}/{repo}/pulls': [
        '[].number',
        '[].head.ref',
        '[].head.sha',
        '[].base.ref',
        '[].html_url',
    ],
    'POST /repos/{owner}/{repo}/pulls': ['number', 'html_url', 'head.sha'],
    'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': ['number'],
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': ['[].id'],
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': ['id'],
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': ['id'],
    'GET /repos/{owner}/{repo}/issues': ['[].number'],
    'POST /repos/{owner}/{repo}/issues': ['number'],
    'GET /repos/{owner}/{repo}/git/ref/{ref}': ['object.sha'],
    'POST /repos/{owner}/{repo}/git/refs': ['object.sha'],
    'PATCH /repos/{owner}/{repo}/git/refs/{ref}': ['object.sha'],
    'POST /repos/{owner}/{repo}/git/blobs': ['sha'],
    'POST /repos/{owner}/{repo}/git/trees': ['sha'],
    'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': ['sha', 'tree[].path'],
    'POST /repos/{owner}/{repo}/git/commits': ['sha'],
    'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': ['sha', 'tree.sha', 'parents[].sha'],
};
/** The first field of `fieldsRead` the answer lacks, as a path into it; undefined when it has them all. */
function missingField(method, route, data) {
    for (const path of fieldsRead[`${method} ${route}`] ?? []) {
        const missing = lacks(data, path.split(/\.|(?=\[\])/).filter((p) => p !== ''), '');
        if (missing !== undefined)
            return missing;
    }
    return undefined;
}
function lacks(value, parts, at) {
    const [part, ...rest] = parts;
    if (part === undefined)
        return undefined;
    if (part === '[]') {
        if (!Array.isArray(value))
            return at === '' ? '(a list)' : at;
        for (let i = 0; i < value.length; i++) {
            const missing = lacks(value[i], rest, `${at}[${i}]`);
            if (missing !== undefined)
                return missing;
        }
        return undefined;
    }
    const next = at === '' ? part : `${at}.${part}`;
    const child = typeof value === 'object' && value !== null ? value[part] : undefined;
    if (child === undefined || child === null)
        return next;
    return lacks(child, rest, next);
}

;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The one place an Octokit is built: REST + GraphQL, retries on 5xx and network failures, throttling that
 * honours GitHub's primary and secondary rate limits, a per-attempt timeout, and a check that JSON
 * answers arrived whole.
 */




/** The REST API version labelguard is written against. */
const GITHUB_API_VERSION = '2022-11-28';
/** The public GitHub API; GitHub Enterprise Server uses `https://<host>/api/v3`. */
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/**
 * Statuses never retried by the retry plugin: client errors that a retry cannot fix. 403 and 429 are left
 * to the throttling plugin, which tells rate limits (worth waiting for) from permission errors.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/** Thrown when a JSON answer ended early (connection closed, timeout while reading the body). */
class IncompleteResponseError extends Error {
    name = 'IncompleteResponseError';
    /** Reported as 500 without a response so the retry plugin retries it and the classifier calls it "network". */
    status = 500;
    request;
    constructor(method, url, request) {
        super(`Incomplete response body from ${method} ${url} (the connection closed before the JSON ended)`);
        this.request = request;
    }
}
/** Thrown when an answer lacks a field labelguard reads (see response-shape.ts); never retried. */
class MalformedResponseError extends Error {
    name = 'MalformedResponseError';
    constructor(method, url, field) {
        super(`GitHub's answer to ${method} ${url} has no \`${field}\`, which labelguard reads: a proxy or a GitHub version that answers differently? Re-run the job; if it persists, report it with the GitHub host and version`);
    }
}
const LabelguardOctokit = dist_src/* Octokit */.E.plugin(responseGuard, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const silentLog = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
/** Build the GitHub client every port uses. */
function createGitHubClient(options) {
    if (!options.token) {
        throw new Error('No GitHub token: pass the `token` input (the workflow default is `${{ github.token }}`).');
    }
    const timeScale = options.timeScale ?? 1;
    if (!(timeScale > 0) || !Number.isFinite(timeScale)) {
        throw new Error(`timeScale must be a positive number, got ${String(options.timeScale)}`);
    }
    const log = options.log ?? silentLog;
    const rateLimitRetries = options.rateLimitRetries ?? 1;
    const secondaryRetries = options.secondaryRateLimitRetries ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const baseUrl = (options.baseUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
    const octokitOptions = {
        auth: options.token,
        baseUrl,
        ...(options.userAgent !== undefined && { userAgent: options.userAgent }),
        log,
        labelguard: { requestTimeoutMs: options.requestTimeoutMs ?? 60_000 },
        // Not `request.retries`: the retry plugin treats that as "retry anything", ignoring doNotRetry.
        retry: {
            retries: options.retries ?? 3,
            doNotRetry: [...DO_NOT_RETRY],
            retryAfterBaseValue: 1000 * timeScale,
        },
        throttle: {
            retryAfterBaseValue: 1000 * timeScale,
            // GitHub asks for ≥ 1 s between content-creating requests; the plugin's defaults are 1 s and 3 s.
            write: spacedGroup(1000 * timeScale),
            notifications: spacedGroup(3000 * timeScale),
            search: spacedGroup(2000 * timeScale),
            onRateLimit: (retryAfter, opts, _o, retryCount) => {
                const retryIt = retryCount < rateLimitRetries && retryAfter <= maxWait;
                log.warn(`GitHub rate limit reached on ${opts.method} ${opts.url}; ` +
                    (retryIt
                        ? `retrying in ${retryAfter} s.`
                        : 'giving up (limit resets too late or retries used up).'));
                return retryIt;
            },
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                const retryIt = retryCount < secondaryRetries && retryAfter <= maxWait;
                log.warn(`GitHub secondary rate limit on ${opts.method} ${opts.url}; ` +
                    (retryIt ? `retrying in ${retryAfter} s.` : 'giving up.'));
                return retryIt;
            },
        },
    };
    return new LabelguardOctokit(octokitOptions);
}
/**
 * Innermost plugin, so the retry plugin sees what it throws: sends the API version header, bounds each
 * attempt with a timeout, and refuses JSON answers that did not arrive whole. octokit turns a body cut off
 * mid-stream into the empty string, which would otherwise read as "no comments", "no files".
 */
function responseGuard(octokit, options) {
    const guard = (options.labelguard ?? {});
    // The caller's own abort signal per call, kept apart from the per-attempt timeout signals set below.
    const callerSignals = new WeakMap();
    octokit.hook.wrap('request', async (request, rawOptions) => {
        // Each layer calls the next with the original options object, so per-attempt settings must be written
        // into it. Its `request` and `headers` members can be shared with octokit's defaults (and so with other
        // calls): replace them, never mutate them.
        const opts = rawOptions;
        if (!callerSignals.has(opts))
            callerSignals.set(opts, opts.request.signal);
        const callerSignal = callerSignals.get(opts);
        const timeout = guard.requestTimeoutMs ? AbortSignal.timeout(guard.requestTimeoutMs) : undefined;
        const signal = timeout && callerSignal ? AbortSignal.any([callerSignal, timeout]) : (timeout ?? callerSignal);
        opts.request = { ...opts.request, ...(signal && { signal }) };
        opts.headers = { 'x-github-api-version': GITHUB_API_VERSION, ...opts.headers };
        const response = (await request(rawOptions));
        const type = response.headers['content-type'] ?? '';
        const bodyExpected = opts.method !== 'HEAD' && response.status !== 204 && response.status !== 205;
        if (bodyExpected && /json/i.test(type) && typeof response.data === 'string') {
            throw new IncompleteResponseError(opts.method, opts.url, opts);
        }
        const missing = bodyExpected ? missingField(opts.method, opts.url, response.data) : undefined;
        if (missing !== undefined)
            throw new MalformedResponseError(opts.method, opts.url, missing);
        return response;
    });
}
/** A write-spacing group for the throttling plugin, scaled by timeScale. */
function spacedGroup(minTimeMs) {
    // The plugin only ever calls `.key(id).schedule(options, fn, ...args)` on these groups.
    return new SpacedGroup(minTimeMs);
}
/**
 * A stand-in for a Bottleneck group that only enforces a minimum spacing between jobs of one key; the
 * throttling plugin uses these groups only to space writes (it schedules a no-op, then the request).
 */
class SpacedGroup {
    minTimeMs;
    limiters = new Map();
    constructor(minTimeMs) {
        this.minTimeMs = minTimeMs;
    }
    /** The limiter for one client id. */
    key(id) {
        let limiter = this.limiters.get(id);
        if (!limiter) {
            limiter = new SpacedLimiter(this.minTimeMs);
            this.limiters.set(id, limiter);
        }
        return limiter;
    }
}
class SpacedLimiter {
    minTimeMs;
    queue = Promise.resolve();
    nextStart = 0;
    constructor(minTimeMs) {
        this.minTimeMs = minTimeMs;
    }
    /** Run `job` once every earlier job has started and the spacing has passed. */
    schedule(_jobOptions, job, ...args) {
        const run = this.queue.then(async () => {
            const wait = this.nextStart - Date.now();
            if (wait > 0)
                await new Promise((resolve) => setTimeout(resolve, wait));
            this.nextStart = Date.now() + this.minTimeMs;
        });
        this.queue = run.catch(() => undefined);
        return run.then(() => job(...args));
    }
}

// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(66645);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(78932);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(77369);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(65039);
// EXTERNAL MODULE: ./src/github/markers.ts
var markers = __webpack_require__(23400);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(74487);
// EXTERNAL MODULE: ./src/github/repo.ts
var repo = __webpack_require__(41839);
;// CONCATENATED MODULE: ./src/github/reviews.ts

/** Every review of a pull request, oldest first (GitHub's order). */
async function listPullRequestReviews(octokit, repo, number) {
    const what = `list the reviews of pull request #${number}`;
    const raw = await (0,errors/* withClassifiedErrors */.ZI)(what, () => octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 }));
    return raw.map((r, i) => toReview(r, `${what}: review ${i + 1}`));
}
/** Check the fields used; a missing one is a clear error naming the request, never a TypeError later. */
function toReview(raw, where) {
    const r = raw;
    const login = r?.user === null ? null : r?.user?.login;
    if (typeof r?.state !== 'string' || (login !== null && typeof login !== 'string')) {
        const message = `${where}: the answer lacks 'state' or 'user.login'`;
        throw new errors/* GitHubApiError */.OS({ kind: 'other', status: 200, apiMessage: message, userMessage: message }, where, undefined);
    }
    const commitId = typeof r.commit_id === 'string' ? r.commit_id : null;
    return { user: login ?? null, state: r.state, commitId };
}

;// CONCATENATED MODULE: ./src/github/index.ts
/** The GitHub shell: the only code that talks to the GitHub API. */












/***/ }),

/***/ 65039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ upsertIssue),
/* harmony export */   Yx: () => (/* binding */ renderIssueBody),
/* harmony export */   iT: () => (/* binding */ findIssueByMarker)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77369);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23400);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41839);




/** The exact body labelguard writes for an owned issue. */
function renderIssueBody(key, body) {
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .withMarkers */ .ew)((0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .markerFor */ ._Z)('issue', key), body);
}
/** Find the lowest-numbered issue with the key's marker opened by the identity (pull requests excluded). */
async function findIssueByMarker(octokit, repo, lookup) {
    const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .markerFor */ ._Z)('issue', lookup.key);
    const issues = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`find the "${lookup.key}" issue`, () => octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repo,
        state: lookup.state ?? 'open',
        ...(lookup.labels && lookup.labels.length > 0 && { labels: lookup.labels.join(',') }),
        per_page: 100,
    }));
    const own = issues
        .filter((i) => !i.pull_request && (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnLogin */ .sV)(lookup.identity, i.user?.login) && (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(i.body, marker))
        .sort((a, b) => a.number - b.number)[0];
    if (!own)
        return undefined;
    return {
        number: own.number,
        title: own.title,
        body: own.body ?? '',
        state: own.state === 'closed' ? 'closed' : 'open',
        url: own.html_url,
        labels: own.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l.length > 0),
    };
}
/** Create the owned issue, or update its title and body in place; no write when both are unchanged. */
async function upsertIssue(octokit, repo, input) {
    const body = renderIssueBody(input.key, input.body);
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBodyFits */ .$_)(`issue "${input.key}"`, body);
    const existing = await findIssueByMarker(octokit, repo, input);
    if (!existing) {
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`open the "${input.key}" issue`, () => octokit.rest.issues.create({
            ...repo,
            title: input.title,
            body,
            ...(input.labels && input.labels.length > 0 && { labels: input.labels }),
        }));
        return {
            operation: 'created',
            issue: {
                number: data.number,
                title: data.title,
                body: data.body ?? body,
                state: 'open',
                url: data.html_url,
                labels: input.labels ?? [],
            },
        };
    }
    if (existing.title === input.title && (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .comparableBody */ .ZK)(existing.body) === (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .comparableBody */ .ZK)(body)) {
        return { operation: 'unchanged', issue: existing };
    }
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`update issue #${existing.number}`, () => octokit.rest.issues.update({ ...repo, issue_number: existing.number, title: input.title, body }));
    return { operation: 'updated', issue: { ...existing, title: input.title, body } };
}


/***/ }),

/***/ 23400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZK: () => (/* binding */ comparableBody),
/* harmony export */   _Z: () => (/* binding */ markerFor),
/* harmony export */   ew: () => (/* binding */ withMarkers),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Hidden HTML-comment markers that let labelguard find its own comments and issues again, and a digest
 * marker that records what the visible body was when labelguard wrote it.
 */

const KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;
const DIGEST = /\n?<!-- labelguard:digest sha256=[0-9a-f]{64} -->\s*$/;
/** The marker line for a key, e.g. `<!-- labelguard:comment key=check -->`. */
function markerFor(kind, key) {
    if (!KEY.test(key)) {
        throw new Error(`"${key}" cannot be used as a labelguard ${kind} key: use 1–100 letters, digits, ".", "_", "/" or "-", starting with a letter or digit.`);
    }
    return `<!-- labelguard:${kind} key=${key} -->`;
}
/** True when a body carries the marker on a line of its own. */
function hasMarker(body, marker) {
    if (!body)
        return false;
    return body.split(/\r?\n/).some((line) => line.trim() === marker);
}
/** Compose marker + body + digest marker: what labelguard writes to GitHub. */
function withMarkers(marker, body) {
    const content = `${marker}\n${normaliseBody(body)}`;
    return `${content}\n<!-- labelguard:digest sha256=${sha256(content)} -->`;
}
/** The body without its digest marker and with GitHub's line-ending changes undone, for comparison. */
function comparableBody(body) {
    return normaliseBody(body.replace(/\r\n/g, '\n').replace(DIGEST, ''));
}
function normaliseBody(body) {
    return body.replace(/\r\n/g, '\n').replace(/\s+$/, '');
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}


/***/ }),

/***/ 74487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ listPullRequestsByHead),
/* harmony export */   Ku: () => (/* binding */ updatePullRequest),
/* harmony export */   Nl: () => (/* binding */ addLabels),
/* harmony export */   Qd: () => (/* binding */ addAssignees),
/* harmony export */   T9: () => (/* binding */ getPullRequest),
/* harmony export */   _b: () => (/* binding */ upsertPullRequest),
/* harmony export */   cq: () => (/* binding */ listPullRequestFiles),
/* harmony export */   d6: () => (/* binding */ closePullRequest),
/* harmony export */   eT: () => (/* binding */ createComment),
/* harmony export */   i5: () => (/* binding */ requestReviewers),
/* harmony export */   jC: () => (/* binding */ createPullRequest),
/* harmony export */   kC: () => (/* binding */ compareCommits),
/* harmony export */   ms: () => (/* binding */ COMPARE_FILES_LIMIT),
/* harmony export */   qc: () => (/* binding */ listPullRequests),
/* harmony export */   rf: () => (/* binding */ findPullRequestByHead),
/* harmony export */   ym: () => (/* binding */ PULL_REQUEST_FILES_LIMIT)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41839);


/** `GET /pulls/{n}/files` returns at most this many files, whatever `changed_files` says. */
const PULL_REQUEST_FILES_LIMIT = 3000;
/** `GET /compare` lists at most this many files. */
const COMPARE_FILES_LIMIT = 300;
/** Read one pull request. */
async function getPullRequest(octokit, repo, number) {
    const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`read pull request #${number}`, () => octokit.rest.pulls.get({ ...repo, pull_number: number }));
    return toSummary(data);
}
/**
 * List every file a pull request changes, page by page. GitHub stops at 3,000 files; `complete` says
 * whether the list covers `changed_files`, so the caller can fail closed.
 */
async function listPullRequestFiles(octokit, repo, number) {
    const pull = await getPullRequest(octokit, repo, number);
    const raw = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`list the files of pull request #${number}`, () => octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 }));
    const files = raw.map((f) => toChangedFile(f));
    const changedFiles = pull.changedFiles ?? files.length;
    return { files, changedFiles, complete: files.length >= changedFiles };
}
/**
 * Compare two commits or refs (`base...head`): commits are paged through; files come with the first page
 * only, and GitHub lists at most 300 of them.
 */
async function compareCommits(octokit, repo, base, head) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`compare ${base}...${head}`, async () => {
        let first;
        const commits = [];
        // Paged by hand: the paginate plugin's types treat this answer as a list, which it is not.
        for (let page = 1;; page++) {
            const response = await octokit.rest.repos.compareCommitsWithBasehead({
                ...repo,
                basehead: `${base}...${head}`,
                per_page: 100,
                page,
            });
            first ??= response.data;
            for (const c of response.data.commits) {
                commits.push({
                    sha: c.sha,
                    treeSha: c.commit.tree.sha,
                    message: c.commit.message,
                    parents: c.parents.map((p) => p.sha),
                    authorLogin: c.author && 'login' in c.author ? c.author.login : null,
                    authorEmail: c.commit.author?.email ?? null,
                    committerLogin: c.committer && 'login' in c.committer ? c.committer.login : null,
                    committerEmail: c.commit.committer?.email ?? null,
                    verified: c.commit.verification?.verified ?? false,
                });
            }
            if (!/rel="next"/.test(response.headers.link ?? ''))
                break;
        }
        if (!first)
            throw new Error(`GitHub returned no comparison for ${base}...${head}`);
        const files = (first.files ?? []).map((f) => toChangedFile(f));
        return {
            status: first.status,
            aheadBy: first.ahead_by,
            behindBy: first.behind_by,
            baseSha: first.base_commit.sha,
            baseTreeSha: first.base_commit.commit.tree.sha,
            mergeBaseSha: first.merge_base_commit.sha,
            mergeBaseTreeSha: first.merge_base_commit.commit.tree.sha,
            commits,
            files,
            filesMayBeTruncated: files.length >= COMPARE_FILES_LIMIT,
        };
    });
}
/**
 * Every pull request whose head is the branch of this repository (not a fork's branch of the same name),
 * newest first; `state: 'all'` includes closed and merged ones.
 */
async function listPullRequestsByHead(octokit, repo, options) {
    const pulls = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`find the pull requests of branch ${options.head}`, () => octokit.paginate(octokit.rest.pulls.list, {
        ...repo,
        head: `${repo.owner}:${options.head}`,
        ...(options.base !== undefined && { base: options.base }),
        state: options.state ?? 'open',
        per_page: 100,
    }));
    const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
    return pulls
        .map((p) => toSummary(p))
        .filter((p) => p.headRef === options.head && p.headRepo?.toLowerCase() === fullName)
        .sort((a, b) => b.number - a.number);
}
/** Find the pull request whose head is the branch: an open one first, else the newest. */
async function findPullRequestByHead(octokit, repo, options) {
    const pulls = await listPullRequestsByHead(octokit, repo, options);
    return pulls.find((p) => p.state === 'open') ?? pulls[0];
}
/** Every pull request of the repository in a state (default open), optionally into one base branch, page by page. */
async function listPullRequests(octokit, repo, options = {}) {
    const state = options.state ?? 'open';
    const pulls = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`list the ${state === 'all' ? '' : `${state} `}pull requests`, () => octokit.paginate(octokit.rest.pulls.list, {
        ...repo,
        state,
        ...(options.base !== undefined && { base: options.base }),
        per_page: 100,
    }));
    return pulls.map((p) => toSummary(p));
}
/** Open a pull request. */
async function createPullRequest(octokit, repo, input) {
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .assertBodyFits */ .$_)('pull request body', input.body);
    const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`open a pull request from ${input.head} into ${input.base}`, () => octokit.rest.pulls.create({
        ...repo,
        head: input.head,
        base: input.base,
        title: input.title,
        body: input.body,
        ...(input.draft !== undefined && { draft: input.draft }),
        ...(input.maintainerCanModify !== undefined && { maintainer_can_modify: input.maintainerCanModify }),
    }));
    return toSummary(data);
}
/** Change a pull request's title, body, base or state. */
async function updatePullRequest(octokit, repo, number, changes) {
    if (changes.body !== undefined)
        (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .assertBodyFits */ .$_)('pull request body', changes.body);
    const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`update pull request #${number}`, () => octokit.rest.pulls.update({ ...repo, pull_number: number, ...changes }));
    return toSummary(data);
}
/** Close a pull request, leaving a comment that says why when one is given. */
async function closePullRequest(octokit, repo, number, comment) {
    if (comment !== undefined)
        await createComment(octokit, repo, number, comment);
    return updatePullRequest(octokit, repo, number, { state: 'closed' });
}
/**
 * Make sure one open pull request from `head` into `base` exists with this title and body. When a parallel
 * run opens it first ("A pull request already exists"), read it back and update it.
 */
async function upsertPullRequest(octokit, repo, input) {
    const existing = await findPullRequestByHead(octokit, repo, { head: input.head, base: input.base });
    if (!existing) {
        try {
            return { operation: 'created', pull: await createPullRequest(octokit, repo, input) };
        }
        catch (error) {
            if (!_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PULL_REQUEST_ALREADY_EXISTS */ .S8.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .apiMessageOf */ .rU)(error)))
                throw error;
        }
    }
    const open = existing ?? (await findPullRequestByHead(octokit, repo, { head: input.head, base: input.base }));
    if (!open)
        throw new Error(`GitHub says a pull request from ${input.head} exists, but it cannot be listed.`);
    if (open.title === input.title && open.body.replace(/\r\n/g, '\n') === input.body.replace(/\r\n/g, '\n')) {
        return { operation: 'unchanged', pull: open };
    }
    const pull = await updatePullRequest(octokit, repo, open.number, { title: input.title, body: input.body });
    return { operation: 'updated', pull };
}
/** Request reviews from users and teams; does nothing when both lists are empty. */
async function requestReviewers(octokit, repo, number, who) {
    const reviewers = who.reviewers ?? [];
    const teamReviewers = who.teamReviewers ?? [];
    if (reviewers.length === 0 && teamReviewers.length === 0)
        return;
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`request reviewers on #${number}`, () => octokit.rest.pulls.requestReviewers({
        ...repo,
        pull_number: number,
        ...(reviewers.length > 0 && { reviewers }),
        ...(teamReviewers.length > 0 && { team_reviewers: teamReviewers }),
    }));
}
/** Add labels to a pull request or issue; does nothing for an empty list. */
async function addLabels(octokit, repo, number, labels) {
    if (labels.length === 0)
        return;
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`add labels to #${number}`, () => octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels }));
}
/** Assign people to a pull request or issue; does nothing for an empty list. */
async function addAssignees(octokit, repo, number, assignees) {
    if (assignees.length === 0)
        return;
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`assign #${number}`, () => octokit.rest.issues.addAssignees({ ...repo, issue_number: number, assignees }));
}
/** Post a plain (non-sticky) comment on a pull request or issue. */
async function createComment(octokit, repo, number, body) {
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .assertBodyFits */ .$_)('comment', body);
    const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(`comment on #${number}`, () => octokit.rest.issues.createComment({ ...repo, issue_number: number, body }));
    return { id: data.id, url: data.html_url };
}
function toChangedFile(f) {
    return {
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename !== undefined && { previousFilename: f.previous_filename }),
        sha: f.sha,
        additions: f.additions,
        deletions: f.deletions,
    };
}
function toSummary(p) {
    return {
        number: p.number,
        state: p.state === 'closed' ? 'closed' : 'open',
        merged: p.merged ?? (p.merged_at !== null && p.merged_at !== undefined),
        draft: p.draft ?? false,
        title: p.title,
        body: p.body ?? '',
        url: p.html_url,
        nodeId: p.node_id,
        author: p.user?.login ?? null,
        headRef: p.head.ref,
        headSha: p.head.sha,
        headRepo: p.head.repo?.full_name ?? null,
        baseRef: p.base.ref,
        baseSha: p.base.sha,
        ...(p.changed_files !== undefined && { changedFiles: p.changed_files }),
        labels: p.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l.length > 0),
    };
}


/***/ }),

/***/ 41839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ assertBodyFits),
/* harmony export */   GW: () => (/* binding */ MAX_BODY_CHARS),
/* harmony export */   PP: () => (/* binding */ parseRepoRef)
/* harmony export */ });
/** GitHub's limit on the body of a comment, issue or pull request, in characters. */
const MAX_BODY_CHARS = 65_536;
/** Parse `owner/repo` (as in GITHUB_REPOSITORY) into a RepoRef. */
function parseRepoRef(fullName) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(fullName.trim());
    if (!match?.[1] || !match[2]) {
        throw new Error(`"${fullName}" is not a repository name: expected "owner/repo", as in GITHUB_REPOSITORY.`);
    }
    return { owner: match[1], repo: match[2] };
}
/** Refuse a body GitHub would reject, before spending an API call on it. */
function assertBodyFits(what, body) {
    if (body.length > MAX_BODY_CHARS) {
        throw new RangeError(`The ${what} is ${body.length} characters; GitHub accepts at most ${MAX_BODY_CHARS}. ` +
            'Render the compact version of the report instead.');
    }
}


/***/ })

};
