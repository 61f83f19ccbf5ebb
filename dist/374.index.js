export const id = 374;
export const ids = [374];
export const modules = {

/***/ 32374:
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
  assertBodyFits: () => (/* reexport */ repo/* assertBodyFits */.$),
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
  listPullRequestReviews: () => (/* reexport */ reviews/* listPullRequestReviews */.K),
  listPullRequests: () => (/* reexport */ pulls/* listPullRequests */.qc),
  listPullRequestsByHead: () => (/* reexport */ pulls/* listPullRequestsByHead */.JN),
  markerFor: () => (/* reexport */ markers/* markerFor */._Z),
  minimizeComment: () => (/* reexport */ comments/* minimizeComment */.Am),
  parseAcceptedPermissions: () => (/* reexport */ errors/* parseAcceptedPermissions */.Zj),
  parseRepoRef: () => (/* reexport */ repo/* parseRepoRef */.P),
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
            onRateLimit: rateLimitHandler(log, {
                reached: 'GitHub rate limit reached on',
                giveUp: 'giving up (limit resets too late or retries used up).',
                retries: rateLimitRetries,
                maxWait,
            }),
            onSecondaryRateLimit: rateLimitHandler(log, {
                reached: 'GitHub secondary rate limit on',
                giveUp: 'giving up.',
                retries: secondaryRetries,
                maxWait,
            }),
        },
    };
    return new LabelguardOctokit(octokitOptions);
}
/**
 * The throttling plugin's answer to a rate limit: retry while retries are left and the wait is bearable,
 * and say which it does.
 */
function rateLimitHandler(log, how) {
    return (retryAfter, opts, _o, retryCount) => {
        const retryIt = retryCount < how.retries && retryAfter <= how.maxWait;
        log.warn(`${how.reached} ${opts.method} ${opts.url}; ` + (retryIt ? `retrying in ${retryAfter} s.` : how.giveUp));
        return retryIt;
    };
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
// EXTERNAL MODULE: ./src/github/reviews.ts
var reviews = __webpack_require__(25426);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77369);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23400);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41839);




/** The exact body labelguard writes for an owned issue. */
function renderIssueBody(key, body) {
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .withMarkers */ .ew)((0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .markerFor */ ._Z)('issue', key), body);
}
/** Find the lowest-numbered issue with the key's marker opened by the identity (pull requests excluded). */
async function findIssueByMarker(octokit, repo, lookup) {
    const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .markerFor */ ._Z)('issue', lookup.key);
    const issues = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`find the "${lookup.key}" issue`, () => octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repo,
        state: lookup.state ?? 'open',
        ...(lookup.labels && lookup.labels.length > 0 && { labels: lookup.labels.join(',') }),
        per_page: 100,
    }));
    const own = issues
        .filter((i) => !i.pull_request && (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isOwnLogin */ .sV)(lookup.identity, i.user?.login) && (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(i.body, marker))
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
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .assertBodyFits */ .$)(`issue "${input.key}"`, body);
    const existing = await findIssueByMarker(octokit, repo, input);
    if (!existing) {
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`open the "${input.key}" issue`, () => octokit.rest.issues.create({
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
    if (existing.title === input.title && (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .comparableBody */ .ZK)(existing.body) === (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .comparableBody */ .ZK)(body)) {
        return { operation: 'unchanged', issue: existing };
    }
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withClassifiedErrors */ .ZI)(`update issue #${existing.number}`, () => octokit.rest.issues.update({ ...repo, issue_number: existing.number, title: input.title, body }));
    return { operation: 'updated', issue: { ...existing, title: input.title, body } };
}


/***/ }),

/***/ 25426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ listPullRequestReviews)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);

/** Every review of a pull request, oldest first (GitHub's order). */
async function listPullRequestReviews(octokit, repo, number) {
    const what = `list the reviews of pull request #${number}`;
    const raw = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withClassifiedErrors */ .ZI)(what, () => octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 }));
    return raw.map((r, i) => toReview(r, `${what}: review ${i + 1}`));
}
/** Check the fields used; a missing one is a clear error naming the request, never a TypeError later. */
function toReview(raw, where) {
    const r = raw;
    const login = r?.user === null ? null : r?.user?.login;
    if (typeof r?.state !== 'string' || (login !== null && typeof login !== 'string')) {
        const message = `${where}: the answer lacks 'state' or 'user.login'`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS({ kind: 'other', status: 200, apiMessage: message, userMessage: message }, where, undefined);
    }
    const commitId = typeof r.commit_id === 'string' ? r.commit_id : null;
    return { user: login ?? null, state: r.state, commitId };
}


/***/ })

};
