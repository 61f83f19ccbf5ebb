export const id = 151;
export const ids = [151];
export const modules = {

/***/ 51151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   needsComment: () => (/* binding */ needsComment),
/* harmony export */   syncComment: () => (/* binding */ syncComment)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3693);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66645);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73116);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23400);
/* harmony import */ var _markdown_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55337);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96587);




/** Whether the pull request has anything to say: a blocking item, a warning, or a change to show. */
function needsComment(report) {
    return (report.summary.blocking > 0 ||
        report.summary.warnings > 0 ||
        report.products.some((p) => (p.changes ?? []).some((c) => c.classification !== 'none')));
}
/**
 * Keep the pull request's one sticky comment true: written when there is something to say, marked
 * resolved once the pull request is clean, left alone when nothing changed. Never fails the check:
 * a missing permission (fork, read-only token) becomes a warning that names it.
 */
async function syncComment(input) {
    const target = { issueNumber: input.issueNumber, key: input.key, identity: input.identity };
    const wanted = needsComment(input.report);
    let body;
    try {
        if (!wanted)
            return await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveStickyComment */ .fP)(input.octokit, input.repo, target);
        const reserve = (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStickyBody */ .Sj)(input.key, '').length;
        body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(input.report, {
            mode: 'comment',
            maxChars: _markdown_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_BODY_CHARS */ .G - reserve,
            ...(input.reportUrl ? { reportUrl: input.reportUrl } : {}),
            ...(input.refilingPrs ? { refilingPrs: input.refilingPrs } : {}),
        });
        return await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertStickyComment */ .qD)(input.octokit, input.repo, { ...target, body });
    }
    catch (e) {
        // Another run of the same pull request may have won the race (deleted the comment this run was
        // updating, and written its own): when the comment now says what this run would write, the state is
        // consistent and nothing failed.
        const settled = await settledByAnotherRun(input, target, wanted ? body : undefined);
        if (settled) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('labelguard: the pull-request comment was updated by another run; it is up to date');
            return settled;
        }
        // The ports throw errors they already classified; classifying one again by its shape loses the kind
        // (it has no HTTP response) and prefixes "The GitHub API call failed".
        const info = e instanceof _github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .GitHubApiError */ .OS ? e.info : (0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyGitHubError */ .o)(e);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`labelguard did not update its pull-request comment: ${info.userMessage}`);
        if (info.kind === 'missing-permission')
            input.onDenied?.(info.userMessage);
        return undefined;
    }
}
/** The sticky comment as another run left it, when it already says what this run wanted to write. */
async function settledByAnotherRun(input, target, body) {
    try {
        const now = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findStickyComment */ .oC)(input.octokit, input.repo, target);
        if (!now)
            return undefined;
        const done = body === undefined
            ? now.resolved
            : !now.resolved && (0,_github_index_js__WEBPACK_IMPORTED_MODULE_5__/* .comparableBody */ .ZK)(now.body) === (0,_github_index_js__WEBPACK_IMPORTED_MODULE_5__/* .comparableBody */ .ZK)((0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStickyBody */ .Sj)(input.key, body));
        return done ? { operation: 'unchanged', commentId: now.id, url: now.url } : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 66645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ minimizeComment),
/* harmony export */   Sj: () => (/* binding */ renderStickyBody),
/* harmony export */   fP: () => (/* binding */ resolveStickyComment),
/* harmony export */   oC: () => (/* binding */ findStickyComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77369);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23400);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41839);




const RESOLVED_STATE = '<!-- labelguard:state resolved -->';
const DEFAULT_RESOLVED_BODY = '✅ **labelguard**: every finding reported earlier on this pull request is resolved.';
/** The exact text labelguard writes for a sticky comment (measure it against MAX_BODY_CHARS). */
function renderStickyBody(key, body) {
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .withMarkers */ .ew)((0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .markerFor */ ._Z)('comment', key), body);
}
/**
 * Find the newest comment on the issue/PR that carries the key's marker and was written by the identity.
 * Comments by anyone else are ignored even when they carry the marker.
 */
async function findStickyComment(octokit, repo, target) {
    const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .markerFor */ ._Z)('comment', target.key);
    const comments = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`list the comments of #${target.issueNumber}`, () => octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: target.issueNumber,
        per_page: 100,
    }));
    const marked = comments.filter((c) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(c.body, marker));
    if (marked.length === 0)
        return undefined;
    const identity = typeof target.identity === 'function' ? await target.identity() : target.identity;
    const own = marked.filter((c) => (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isOwnLogin */ .sV)(identity, c.user?.login)).sort((a, b) => a.id - b.id);
    const newest = own[own.length - 1];
    if (!newest)
        return undefined;
    const body = newest.body ?? '';
    return {
        id: newest.id,
        nodeId: newest.node_id,
        body,
        url: newest.html_url,
        resolved: (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(body, RESOLVED_STATE),
    };
}
/** Create the sticky comment, update it in place, or leave it when the body is unchanged. */
async function upsertStickyComment(octokit, repo, input) {
    const rendered = renderStickyBody(input.key, input.body);
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBodyFits */ .$)(`sticky comment "${input.key}"`, rendered);
    const existing = await findStickyComment(octokit, repo, input);
    // A resolved comment is minimised; writing new findings into it would hide them, so start a new one.
    if (!existing || existing.resolved) {
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`create the sticky comment on #${input.issueNumber}`, () => octokit.rest.issues.createComment({ ...repo, issue_number: input.issueNumber, body: rendered }));
        return { operation: 'created', commentId: data.id, url: data.html_url };
    }
    if ((0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .comparableBody */ .ZK)(existing.body) === (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .comparableBody */ .ZK)(rendered)) {
        return { operation: 'unchanged', commentId: existing.id, url: existing.url };
    }
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`update the sticky comment on #${input.issueNumber}`, () => octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: rendered }));
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
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBodyFits */ .$)(`resolved sticky comment "${input.key}"`, rendered);
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`mark the sticky comment on #${input.issueNumber} as resolved`, () => octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: rendered }));
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

/***/ 41839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ assertBodyFits),
/* harmony export */   P: () => (/* binding */ parseRepoRef)
/* harmony export */ });
/* harmony import */ var _markdown_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55337);

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
    if (body.length > _markdown_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_BODY_CHARS */ .G) {
        throw new RangeError(`The ${what} is ${body.length} characters; GitHub accepts at most ${_markdown_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_BODY_CHARS */ .G}. ` +
            'Render the compact version of the report instead.');
    }
}


/***/ })

};
