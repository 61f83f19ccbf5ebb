export const id = 610;
export const ids = [610];
export const modules = {

/***/ 3610:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   regenerationRequests: () => (/* binding */ regenerationRequests),
/* harmony export */   updateDashboard: () => (/* binding */ updateDashboard)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3693);
/* harmony import */ var _dashboard_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19650);
/* harmony import */ var _dashboard_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87912);
/* harmony import */ var _dashboard_exec_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97065);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73116);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23400);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77369);
/* harmony import */ var _status_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62526);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_dashboard_index_js__WEBPACK_IMPORTED_MODULE_1__, _status_index_js__WEBPACK_IMPORTED_MODULE_2__, _dashboard_exec_index_js__WEBPACK_IMPORTED_MODULE_3__]);
([_dashboard_index_js__WEBPACK_IMPORTED_MODULE_1__, _status_index_js__WEBPACK_IMPORTED_MODULE_2__, _dashboard_exec_index_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





/** Keep the one dashboard issue true; a failure to write it is a warning, never a changed verdict. */
async function updateDashboard(input) {
    const settings = input.outcome.repo.config.config.dashboard ?? {};
    const title = settings.title ?? _dashboard_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DASHBOARD_TITLE */ .kj;
    const status = (0,_status_index_js__WEBPACK_IMPORTED_MODULE_2__/* .buildStatus */ .B)(input.outcome, { refilingPullRequests: input.refilingPrs });
    const body = (0,_dashboard_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDashboard */ .pF)(status.rows, {
        title,
        now: input.now,
        repoUrl: input.repositoryUrl,
        ref: input.branch,
        refilingPrs: input.refilingPrs,
    });
    try {
        const r = await (0,_dashboard_exec_index_js__WEBPACK_IMPORTED_MODULE_3__/* .syncDashboard */ .Y)(input.api.octokit, input.api.repo, input.identity, body, {
            title,
            ...(settings.labels ? { labels: settings.labels } : {}),
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`labelguard dashboard: ${r.operation} #${r.issue.number}`);
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`labelguard did not update the dashboard issue: ${(0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyGitHubError */ .o)(e).userMessage}`);
    }
}
/**
 * The products whose "regenerate evidence" box a person just ticked on labelguard's own dashboard
 * issue; empty for any other issue, for edits made by labelguard itself, and for boxes already ticked.
 */
function regenerationRequests(payload, identity) {
    const p = payload;
    const body = p.issue?.body ?? '';
    if (!(0,_github_index_js__WEBPACK_IMPORTED_MODULE_5__/* .hasMarker */ .xY)(body, (0,_github_index_js__WEBPACK_IMPORTED_MODULE_5__/* .markerFor */ ._Z)('issue', _dashboard_exec_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DASHBOARD_KEY */ .l)))
        return [];
    if (!(0,_github_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isOwnLogin */ .sV)(identity, p.issue?.user?.login))
        return [];
    if ((0,_github_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isOwnLogin */ .sV)(identity, p.sender?.login))
        return [];
    return (0,_dashboard_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRegenerationRequests */ .FQ)(body, p.changes?.body?.from);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 97065:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ syncDashboard),
/* harmony export */   l: () => (/* binding */ DASHBOARD_KEY)
/* harmony export */ });
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65039);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19650);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** The hidden marker key of the dashboard issue. */
const DASHBOARD_KEY = 'dashboard';
/**
 * Create the dashboard issue, or update the one this identity opened (found by its hidden marker) in
 * place; no write when title and body are unchanged. An issue someone else opened with the marker is
 * never touched.
 */
async function syncDashboard(octokit, repo, identity, body, options = {}) {
    return (0,_github_index_js__WEBPACK_IMPORTED_MODULE_0__/* .upsertIssue */ .Fo)(octokit, repo, {
        key: DASHBOARD_KEY,
        identity,
        title: options.title ?? _index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DASHBOARD_TITLE */ .kj,
        body,
        ...(options.labels && options.labels.length > 0 ? { labels: options.labels } : {}),
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 87912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ hasRegenerateBox),
/* harmony export */   DF: () => (/* binding */ regenerateLine),
/* harmony export */   FQ: () => (/* binding */ parseRegenerationRequests),
/* harmony export */   Zc: () => (/* binding */ REGENERATE_END),
/* harmony export */   oP: () => (/* binding */ REGENERATE_START)
/* harmony export */ });
/* unused harmony export regenerateBoxes */
// The "regenerate evidence" checkboxes of the dashboard issue. labelguard renders one box per product
// between two hidden markers, each line in one exact shape that carries the product id in a hidden
// comment. Ticking a box in GitHub changes only `[ ]` to `[x]`, so a ticked box is recognised by
// rendering the line again for its id and comparing: a line a person typed or edited is not ours.
/** Hidden markers around the checkbox list. */
const REGENERATE_START = '<!-- labelguard:regenerate:start -->';
const REGENERATE_END = '<!-- labelguard:regenerate:end -->';
/** Product ids that can appear in a checkbox line (the manifest schema's id pattern). */
const productId = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Whether labelguard renders a box for this product id. */
function hasRegenerateBox(id) {
    return productId.test(id);
}
/** The checkbox line of one product, exactly as labelguard renders it. */
function regenerateLine(id, checked = false) {
    if (!hasRegenerateBox(id))
        throw new Error(`'${id}' is not a product id`);
    return `- [${checked ? 'x' : ' '}] Regenerate the evidence of \`${id}\` <!-- labelguard:regenerate product=${id} -->`;
}
const line = /^- \[([ xX])\] Regenerate the evidence of `([a-z0-9][a-z0-9._-]{0,63})` <!-- labelguard:regenerate product=\2 -->$/;
/**
 * The boxes of a body: product id → ticked, for lines between the markers that are exactly what
 * labelguard renders. A product whose box appears twice (a copied line) is left out.
 */
function regenerateBoxes(body) {
    const lines = body.replace(/\r\n?/g, '\n').split('\n');
    const boxes = new Map();
    const repeated = new Set();
    let inside = false;
    for (const raw of lines) {
        const text = raw.trimEnd();
        if (text === REGENERATE_START)
            inside = true;
        else if (text === REGENERATE_END)
            inside = false;
        else if (inside) {
            const m = line.exec(text);
            if (!m)
                continue;
            const id = m[2];
            if (boxes.has(id))
                repeated.add(id);
            boxes.set(id, m[1] !== ' ');
        }
    }
    for (const id of repeated)
        boxes.delete(id);
    return boxes;
}
/**
 * Product ids whose regenerate box is ticked, sorted. With the body before the edit (the `issues: edited`
 * event's `changes.body.from`), only boxes that were there unticked before count: a box a person added,
 * or one that was already ticked, asks for nothing new.
 */
function parseRegenerationRequests(body, previous) {
    const now = regenerateBoxes(body);
    const before = previous === undefined ? undefined : regenerateBoxes(previous);
    const ids = [];
    for (const [id, ticked] of now) {
        if (!ticked)
            continue;
        if (before && before.get(id) !== false)
            continue;
        ids.push(id);
    }
    return ids.sort();
}


/***/ }),

/***/ 19650:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kj: () => (/* binding */ DEFAULT_DASHBOARD_TITLE),
/* harmony export */   pF: () => (/* binding */ renderDashboard)
/* harmony export */ });
/* unused harmony export DASHBOARD_MAX_CHARS */
/* harmony import */ var _report_budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32585);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15330);
/* harmony import */ var _markdown_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55337);
/* harmony import */ var _status_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52105);
/* harmony import */ var _status_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25823);
/* harmony import */ var _regenerate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87912);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_status_index_js__WEBPACK_IMPORTED_MODULE_2__]);
_status_index_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The body of the dashboard issue: every label grouped into action needed, pending and healthy, with
// links to refiling pull requests and product files, and a box per product that asks for its evidence to
// be regenerated. GitHub refuses bodies over 65,536 characters, so the body is rendered in full, measured,
// and shrunk a step at a time. Every step keeps every action-needed row, down to a list of bare product
// ids; only when not even those fit (thousands of products needing action at once) are rows left out,
// and the body says how many.





/** The issue title when the configuration names none. */
const DEFAULT_DASHBOARD_TITLE = 'labelguard label dashboard';
/** Room left for the hidden marker and digest line that `upsertIssue` adds around the body. */
const DASHBOARD_MAX_CHARS = _markdown_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_BODY_CHARS */ .G - 256;
const levels = [
    { 'action-needed': 'full', pending: 'full', healthy: 'full', actionBoxes: true },
    { 'action-needed': 'full', pending: 'full', healthy: 'count', actionBoxes: true },
    { 'action-needed': 'full', pending: 'compact', healthy: 'count', actionBoxes: true },
    { 'action-needed': 'full', pending: 'count', healthy: 'count', actionBoxes: true },
    { 'action-needed': 'compact', pending: 'count', healthy: 'count', actionBoxes: true },
    { 'action-needed': 'line', pending: 'count', healthy: 'count', actionBoxes: false },
    { 'action-needed': 'ids', pending: 'count', healthy: 'count', actionBoxes: false },
];
/** The dashboard issue body for status rows (sorted by urgency, as `buildStatus` gives them). */
function renderDashboard(rows, options) {
    const max = options.maxChars ?? DASHBOARD_MAX_CHARS;
    const fits = (text) => text.length <= max;
    const linked = withPullRequests(rows, options.refilingPrs ?? []);
    const head = [
        `## ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(options.title)}`,
        (0,_status_index_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryMarkdown */ .eH)(linked, options.now),
        'Kept up to date by labelguard on every push to the default branch and on schedule: change the data in the repository, not this issue.',
    ].join('\n\n');
    // Boxes of products that need action come first, so that they are the last to be left out.
    const boxed = new Set();
    for (const urgency of _status_index_js__WEBPACK_IMPORTED_MODULE_3__/* .urgencies */ .Q) {
        for (const r of linked) {
            if (r.urgency === urgency && r.scheme !== undefined && (0,_regenerate_js__WEBPACK_IMPORTED_MODULE_4__/* .hasRegenerateBox */ .AQ)(r.product))
                boxed.add(r.product);
        }
    }
    const boxIds = [...boxed];
    const actionIds = new Set(linked.filter((r) => r.urgency === 'action-needed').map((r) => r.product));
    const required = boxIds.filter((id) => actionIds.has(id)).length;
    for (const level of levels) {
        const groups = _status_index_js__WEBPACK_IMPORTED_MODULE_3__/* .urgencies */ .Q.map((u) => (0,_status_index_js__WEBPACK_IMPORTED_MODULE_2__/* .groupMarkdown */ .T7)(u, linked.filter((r) => r.urgency === u), level[u], options));
        const body = compose(head, groups, boxIds, level.actionBoxes ? required : 0, fits);
        if (body !== undefined)
            return body;
    }
    // Not even the ids of the products that need action fit: list as many rows as fit and say how to see
    // the rest (only with thousands of products needing action at once).
    const action = linked.filter((r) => r.urgency === 'action-needed');
    const lines = (0,_status_index_js__WEBPACK_IMPORTED_MODULE_2__/* .groupMarkdown */ .T7)('action-needed', action, 'line', options).split('\n');
    return (0,_report_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .fillLines */ .Dk)(`${head}\n\n${lines.slice(0, 2).join('\n')}`, lines.slice(2), (n) => n === 0 ? '' : `\n… and ${n} more rows that need action: run \`labelguard status\` to see them all.`, fits, (text) => text.slice(0, max));
}
/** Head, groups and as many boxes as fit (at least `required`); undefined when that does not fit. */
function compose(head, groups, boxIds, required, fits) {
    const withBoxes = (n) => {
        const parts = [head, ...groups];
        if (boxIds.length > 0) {
            const left = boxIds.length - n;
            parts.push([
                '### Regenerate evidence',
                '',
                "Tick a product's box to have labelguard regenerate its filing evidence and update its refiling pull request.",
                '',
                _regenerate_js__WEBPACK_IMPORTED_MODULE_4__/* .REGENERATE_START */ .oP,
                ...boxIds.slice(0, n).map((id) => (0,_regenerate_js__WEBPACK_IMPORTED_MODULE_4__/* .regenerateLine */ .DF)(id)),
                _regenerate_js__WEBPACK_IMPORTED_MODULE_4__/* .REGENERATE_END */ .Zc,
                ...(left > 0
                    ? [
                        '',
                        `${left} more product${left === 1 ? ' has' : 's have'} no box here, to keep this issue within GitHub's size limit: run \`labelguard evidence\` for them.`,
                    ]
                    : []),
            ].join('\n'));
        }
        return parts.join('\n\n');
    };
    if (!fits(withBoxes(required)))
        return undefined;
    let lo = required;
    let hi = boxIds.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(withBoxes(mid)))
            lo = mid;
        else
            hi = mid - 1;
    }
    return withBoxes(lo);
}
/** Rows with the refiling pull request of their product, on the row of the filed scheme. */
function withPullRequests(rows, prs) {
    if (prs.length === 0)
        return [...rows];
    const byProduct = new Map();
    for (const pr of [...prs].sort((a, b) => a.number - b.number)) {
        if (!byProduct.has(pr.productId))
            byProduct.set(pr.productId, pr);
    }
    // The filed scheme's row carries the pull request; a product without a filing gets it on its first row.
    const target = new Map();
    for (const r of rows) {
        const current = target.get(r.product);
        if (!current || (current.filingStatus === undefined && r.filingStatus !== undefined))
            target.set(r.product, r);
    }
    return rows.map((r) => {
        const pr = byProduct.get(r.product);
        return pr && target.get(r.product) === r
            ? { ...r, refilingPullRequest: { number: pr.number, url: pr.url } }
            : r;
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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


/***/ }),

/***/ 25823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ urgencies),
/* harmony export */   q: () => (/* binding */ statusReportSchema)
/* harmony export */ });
// The published JSON Schema of `labelguard status --format json` (docs/status-report.schema.json is this
// object, written out). `status --merge` validates every shard report against it before merging.
/** What a row needs from the compliance lead, in the order rows are listed: most urgent first. */
const urgencies = ['action-needed', 'pending', 'healthy'];
const date = { type: 'string', format: 'date' };
const count = { type: 'integer', minimum: 0 };
const stars = { type: 'integer', minimum: 1, maximum: 4 };
const deadline = {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'date', 'daysLeft', 'due', 'description'],
    properties: {
        kind: {
            enum: [
                'label-renewal',
                'label-expiry',
                'support-end',
                'test-report',
                'pentest-report',
                'refiling-submitted',
            ],
            description: 'Which lifecycle date this is.',
        },
        date: { ...date, description: 'The day the obligation falls due.' },
        daysLeft: { type: 'integer', description: 'Days from `now` to `date`; negative once passed.' },
        due: { type: 'boolean', description: 'Whether it is due as of `now`.' },
        description: { type: 'string' },
    },
};
const reportAge = {
    type: 'object',
    additionalProperties: false,
    required: ['date', 'ageDays'],
    properties: {
        date,
        ageDays: { type: 'integer' },
        maxAgeMonths: { ...count, description: 'The limit of the scheme at the target level, when it has one.' },
    },
};
const row = {
    type: 'object',
    additionalProperties: false,
    required: ['product', 'path', 'openChanges', 'deadlines', 'urgency', 'reasons', 'findings'],
    properties: {
        product: { type: 'string', minLength: 1, description: 'Product id.' },
        path: { type: 'string', description: 'Product folder, relative to the repository root.' },
        model: { type: 'string' },
        scheme: { type: 'string', minLength: 1, description: 'Absent only when the manifest could not be read.' },
        targetStars: stars,
        registeredStars: stars,
        filingStatus: {
            enum: [
                'not-filed',
                'submitted',
                'granted',
                'refiling-required',
                'refiling-submitted',
                'expired',
                'cancelled',
            ],
            description: 'Absent when the product has no filing record for this scheme.',
        },
        statusSince: date,
        filingCode: { type: 'string' },
        validUntil: date,
        supportEnd: date,
        testReport: reportAge,
        pentestReport: reportAge,
        openChanges: {
            type: 'object',
            additionalProperties: false,
            required: ['recorded', 'unrecorded'],
            properties: { recorded: count, unrecorded: count },
            description: 'Material changes since the registered baseline.',
        },
        refilingPullRequest: {
            type: 'object',
            additionalProperties: false,
            required: ['number', 'url'],
            properties: { number: { type: 'integer', minimum: 1 }, url: { type: 'string' } },
        },
        nextDeadline: deadline,
        deadlines: { type: 'array', items: deadline },
        urgency: { enum: urgencies },
        reasons: { type: 'array', items: { type: 'string' } },
        findings: {
            type: 'object',
            additionalProperties: false,
            required: ['errors', 'warnings', 'blocking'],
            properties: { errors: count, warnings: count, blocking: count },
        },
    },
};
/** JSON Schema of the status report (version 1). */
const statusReportSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://labelguard.dev/schemas/status-report.schema.json',
    title: 'labelguard status report',
    description: 'One row per product and label scheme with filing state, lifecycle dates and urgency, as written by `labelguard status --format json`.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'kind', 'generator', 'now', 'summary', 'rows'],
    properties: {
        version: { const: 1 },
        kind: { const: 'labelguard-status' },
        generator: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'version'],
            properties: { name: { type: 'string' }, version: { type: 'string' } },
        },
        now: { ...date, description: 'The date every age and deadline is computed against.' },
        shard: {
            type: 'object',
            additionalProperties: false,
            required: ['index', 'count'],
            properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 2 } },
            description: 'Which part of a sharded audit this report covers; absent on a whole report.',
        },
        summary: {
            type: 'object',
            additionalProperties: false,
            required: ['products', 'rows', 'actionNeeded', 'pending', 'healthy'],
            properties: { products: count, rows: count, actionNeeded: count, pending: count, healthy: count },
        },
        rows: { type: 'array', items: row },
    },
};


/***/ }),

/***/ 62526:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildStatus)
/* harmony export */ });
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68922);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30062);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22363);
/* harmony import */ var _deadlines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97639);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50722);
/* harmony import */ var _urgency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61505);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_order_js__WEBPACK_IMPORTED_MODULE_0__, _load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _deadlines_js__WEBPACK_IMPORTED_MODULE_3__]);
([_order_js__WEBPACK_IMPORTED_MODULE_0__, _load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _deadlines_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);






// Change-log states in which a recorded material change still waits for the filing agency.
const openEntryStates = new Set(['refiling-required', 'refiling-submitted']);
/** One row per product and targeted scheme, with lifecycle dates and urgency, sorted most urgent first. */
function buildStatus(source, options = {}) {
    const { report } = source;
    const loaded = new Map(source.repo.products.map((p) => [p.dir, p]));
    const schemeOfRule = new Map();
    for (const pack of source.packs.packs)
        for (const r of pack.rules)
            schemeOfRule.set(r.id, pack.scheme);
    const prs = new Map();
    for (const pr of [...(options.refilingPullRequests ?? [])].sort((a, b) => a.number - b.number)) {
        if (!prs.has(pr.productId))
            prs.set(pr.productId, pr);
    }
    const rows = report.products.flatMap((p) => rowsOf(p, loaded.get(p.path), {
        now: report.now,
        packs: source.packs.packs,
        schemeOfRule,
        pr: prs.get(p.id),
    }));
    rows.sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareRows */ .f);
    return {
        version: 1,
        kind: 'labelguard-status',
        generator: { ...report.generator },
        now: report.now,
        ...(options.shard && options.shard.count > 1
            ? { shard: { index: options.shard.index, count: options.shard.count } }
            : {}),
        summary: (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .summarise */ .y)(rows),
        rows,
    };
}
function rowsOf(p, loaded, ctx) {
    const { manifest, filing } = loaded ? (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryOf */ .YG)(loaded) : {};
    const counts = (fs) => ({
        errors: fs.filter((f) => !f.waived && f.severity === 'error').length,
        warnings: fs.filter((f) => !f.waived && f.severity === 'warning').length,
        blocking: fs.filter((f) => f.blocking).length,
    });
    if (!manifest) {
        // Nothing is known about the targets of a product whose manifest does not validate: one row says so.
        const errors = p.findings.filter((f) => !f.waived && f.severity === 'error');
        return [
            {
                product: p.id,
                path: p.path,
                openChanges: { recorded: 0, unrecorded: 0 },
                deadlines: [],
                urgency: 'action-needed',
                reasons: [
                    `the product data cannot be read: ${errors.length} error${errors.length === 1 ? '' : 's'}`,
                    ...errors.map(_urgency_js__WEBPACK_IMPORTED_MODULE_2__/* .findingReason */ .c),
                ],
                findings: counts(p.findings),
            },
        ];
    }
    const schemes = [];
    for (const l of manifest.labels)
        if (!schemes.some((s) => s.scheme === l.scheme))
            schemes.push(l);
    // Findings and changes that belong to no pack rule (change detection, data problems) go to the row
    // of the filed scheme: the registered baseline they are judged against is that filing's.
    const primary = filing && schemes.some((s) => s.scheme === filing.scheme) ? filing.scheme : schemes[0]?.scheme;
    const changeLog = new Map((filing?.changes ?? []).map((c) => [c.id, c.status]));
    return schemes.map(({ scheme, stars }) => {
        const own = p.findings.filter((f) => (ctx.schemeOfRule.get(f.ruleId) ?? primary) === scheme);
        const schemeFiling = filing?.scheme === scheme ? filing : undefined;
        const material = scheme === primary ? (p.changes ?? []).filter((c) => c.classification === 'material') : [];
        const openChanges = {
            recorded: material.filter((c) => c.recorded && (!c.changeLogId || openEntryStates.has(changeLog.get(c.changeLogId) ?? ''))).length,
            unrecorded: material.filter((c) => !c.recorded).length,
        };
        const life = (0,_deadlines_js__WEBPACK_IMPORTED_MODULE_3__/* .lifecycleOf */ .o)({
            product: manifest,
            ...(schemeFiling ? { filing: schemeFiling } : {}),
            packs: ctx.packs.filter((pack) => pack.scheme === scheme),
            targetStars: stars,
            now: ctx.now,
        });
        const pr = scheme === primary ? ctx.pr : undefined;
        // Loading already reads 'filed' as 'granted'; the filing type still allows the spelling.
        const status = schemeFiling?.status === undefined ? undefined : (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalStatus */ .x)(schemeFiling.status);
        const statusSince = (0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .isDate */ .$P)(schemeFiling?.status_since) ? schemeFiling.status_since : undefined;
        const label = schemeFiling?.label;
        const registeredStars = status && status !== 'not-filed' ? (label?.stars ?? schemeFiling?.baseline?.stars) : undefined;
        const testReport = reportAge(manifest.evidence?.test_report, ctx.now, life.limits.testReportMonths);
        const pentestReport = reportAge(manifest.evidence?.pentest_report, ctx.now, life.limits.pentestMonths);
        const row = {
            product: p.id,
            path: p.path,
            model: manifest.model,
            scheme,
            targetStars: stars,
            ...(registeredStars !== undefined ? { registeredStars } : {}),
            ...(status ? { filingStatus: status } : {}),
            ...(statusSince ? { statusSince } : {}),
            ...(label?.filing_code ? { filingCode: label.filing_code } : {}),
            ...((0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .isDate */ .$P)(label?.valid_until) ? { validUntil: label.valid_until } : {}),
            ...((0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .isDate */ .$P)(manifest.security?.updates?.support_end)
                ? { supportEnd: manifest.security.updates.support_end }
                : {}),
            ...(testReport ? { testReport } : {}),
            ...(pentestReport ? { pentestReport } : {}),
            openChanges,
            ...(pr ? { refilingPullRequest: { number: pr.number, url: pr.url } } : {}),
            ...(life.deadlines[0] ? { nextDeadline: life.deadlines[0] } : {}),
            deadlines: life.deadlines,
            ...(0,_urgency_js__WEBPACK_IMPORTED_MODULE_2__/* .urgencyOf */ .b)({
                ...(status ? { filingStatus: status } : {}),
                ...(statusSince ? { statusSince } : {}),
                openChanges,
                ...(pr ? { refilingPullRequest: pr } : {}),
                lifecycle: life,
                findings: own,
            }),
            findings: counts(own),
        };
        return row;
    });
}
/** A dated report's age as of `now`, with the limit that applies; undefined without a date. */
function reportAge(doc, now, maxAgeMonths) {
    if (!(0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .isDate */ .$P)(doc?.date))
        return undefined;
    return {
        date: doc.date,
        ageDays: (0,_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .daysBetween */ .YM)(doc.date, now),
        ...(maxAgeMonths !== undefined ? { maxAgeMonths } : {}),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 68383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   RK: () => (/* binding */ levelsText),
/* harmony export */   Tb: () => (/* binding */ changesText),
/* harmony export */   XG: () => (/* binding */ ageText),
/* harmony export */   _z: () => (/* binding */ deadlineText),
/* harmony export */   aY: () => (/* binding */ deadlineKindText),
/* harmony export */   mF: () => (/* binding */ urgencyTitle),
/* harmony export */   oO: () => (/* binding */ whenText)
/* harmony export */ });
/* unused harmony exports starsText, filingText */
/** Group headings. */
const urgencyTitle = {
    'action-needed': 'Action needed',
    pending: 'Pending',
    healthy: 'Healthy',
};
/** `★★`, or `-` for no level. */
function starsText(n) {
    return n === undefined ? '-' : '★'.repeat(n);
}
/** Target level, and the filed one when there is a filing: `★★ (filed ★)`. */
function levelsText(row) {
    const target = starsText(row.targetStars);
    return row.registeredStars === undefined ? target : `${target} (filed ${starsText(row.registeredStars)})`;
}
/** `label renewal` for `label-renewal`. */
function deadlineKindText(kind) {
    return kind === 'pentest-report' ? 'penetration test' : kind.replace(/-/g, ' ');
}
/** When a deadline is, relative to now: `due`, `due today`, `in 12 days`. */
function whenText(d) {
    if (d.due)
        return d.daysLeft < 0 ? `due, ${plural(-d.daysLeft, 'day')} ago` : 'due';
    return d.daysLeft === 0 ? 'today' : `in ${plural(d.daysLeft, 'day')}`;
}
/** `2026-10-27 label renewal (due, 30 days ago)`. */
function deadlineText(d) {
    return d ? `${d.date} ${deadlineKindText(d.kind)} (${whenText(d)})` : '-';
}
/** Age of a report in days, with its limit: `149 days (max 24 months)`, or `149 d (max 24 mo)` short. */
function ageText(age, short = false) {
    if (!age)
        return '-';
    const days = short ? `${age.ageDays} d` : plural(age.ageDays, 'day');
    const max = age.maxAgeMonths === undefined ? '' : ` (max ${age.maxAgeMonths} ${short ? 'mo' : 'months'})`;
    return `${days}${max}`;
}
/** `2 recorded, 6 unrecorded`, or `-` when there are none. */
function changesText(c) {
    if (c.recorded === 0 && c.unrecorded === 0)
        return '-';
    return `${c.recorded} recorded, ${c.unrecorded} unrecorded`;
}
/** `granted since 2026-07-27`. */
function filingText(row) {
    if (!row.filingStatus)
        return '-';
    return row.statusSince ? `${row.filingStatus} since ${row.statusSince}` : row.filingStatus;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 22363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ isDate),
/* harmony export */   PS: () => (/* binding */ addMonths),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   fi: () => (/* binding */ addDays)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84794);
// Calendar arithmetic on YYYY-MM-DD dates, the way rule expressions do it (src/expr/functions.ts), so a
// deadline falls on the day the rule behind it starts to fail.

const dayMs = 86_400_000;
function format(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** Whether the text is a real calendar date written YYYY-MM-DD. */
function isDate(text) {
    return typeof text === 'string' && (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(text) !== undefined;
}
/** Whole days from `a` to `b` (negative when `b` is earlier). */
function daysBetween(a, b) {
    return Math.round(((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(b) - (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(a)) / dayMs);
}
/** The date `days` days later (earlier when negative). */
function addDays(date, days) {
    return format((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(date) + days * dayMs);
}
/** The date `months` calendar months later; the day is clamped to the end of a shorter month. */
function addMonths(date, months) {
    const d = new Date((0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._)(date));
    const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
    const year = Math.floor(total / 12);
    const month = total - year * 12;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return format(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
}


/***/ }),

/***/ 97639:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ lifecycleOf)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67131);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22363);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_rules_index_js__WEBPACK_IMPORTED_MODULE_0__]);
_rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The lifecycle dates of one product under one scheme. Which dates apply, and their limits, come from the
// scheme's rule packs: a deadline exists only when a rule in scope at the target level reads the data or the
// threshold behind it (CCL-LBL-008 reads renewal_window_days, CCL-PEN-003 pentest_max_age_months…), so a
// pack without a renewal rule has no renewal deadline, and the dates agree with the findings of the check.


/** Filing states in which a label is on the market, so its validity runs. */
const labelledStatuses = new Set(['granted', 'refiling-required', 'refiling-submitted']);
/** A rule reads a path, or a threshold, when one of its condition's references starts with it. */
function reads(rule, root, steps) {
    return rule.condition.references.some((r) => r.root === root && steps.every((s, i) => r.steps[i] === s));
}
/** Lifecycle dates and report age limits of one product under one scheme. */
function lifecycleOf(input) {
    const { product, filing, now } = input;
    const deadlines = [];
    const dueRules = new Set();
    const limits = {};
    // The rules in scope at the target level for the product's category, with the pack they belong to.
    const inScope = input.packs.flatMap((pack) => {
        const category = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryInput */ .Zt)(pack, product.category);
        const thresholds = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveThresholds */ .qn)(pack, category);
        return pack.rules
            .filter((r) => r.stars <= input.targetStars && applies(r, category))
            .map((rule) => ({ rule, thresholds }));
    });
    const readers = (root, steps) => inScope.filter(({ rule }) => reads(rule, root, steps));
    /** The value of a threshold that an in-scope rule reads, with those rules. */
    const threshold = (name) => {
        const found = readers('thresholds', [name]);
        const value = found.map((f) => f.thresholds[name]).find((v) => typeof v === 'number');
        return typeof value === 'number' ? { value, rules: found.map((f) => f.rule) } : undefined;
    };
    /** `text` is [what happens on the date, what to do once it is due]. */
    const add = (kind, date, due, text, rules) => {
        deadlines.push({ kind, date, daysLeft: (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .daysBetween */ .YM)(now, date), due, description: text[due ? 1 : 0] });
        if (due)
            for (const r of rules)
                dueRules.add(r.id);
    };
    const label = filing?.label;
    const labelled = filing !== undefined && labelledStatuses.has(filing.status);
    if (labelled && (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .isDate */ .$P)(label?.valid_until)) {
        const validUntil = label.valid_until;
        const window = threshold('renewal_window_days');
        if (window) {
            const start = (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addDays */ .fi)(validUntil, -window.value);
            add('label-renewal', start, now >= start, [
                `the label enters its ${window.value}-day renewal window (it expires on ${validUntil})`,
                `the label expires on ${validUntil}, within the ${window.value}-day renewal window: renew it`,
            ], window.rules);
        }
        const expiryRules = readers('filing', ['label', 'valid_until']).map((f) => f.rule);
        if (expiryRules.length > 0) {
            add('label-expiry', validUntil, now > validUntil, [`the label expires`, `the label expired on ${validUntil}: file again`], expiryRules);
        }
    }
    const supportEnd = product.security?.updates?.support_end;
    const supportRules = readers('product', ['security', 'updates', 'support_end']).map((f) => f.rule);
    if ((0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .isDate */ .$P)(supportEnd) && supportRules.length > 0) {
        add('support-end', supportEnd, now > supportEnd, ['security support ends', `security support ended on ${supportEnd}: extend it or withdraw the label`], supportRules);
    }
    const reports = [
        { kind: 'test-report', doc: product.evidence?.test_report, limit: 'test_report_max_age_months' },
        { kind: 'pentest-report', doc: product.evidence?.pentest_report, limit: 'pentest_max_age_months' },
    ];
    for (const { kind, doc, limit } of reports) {
        const max = threshold(limit);
        if (!max)
            continue;
        if (kind === 'test-report')
            limits.testReportMonths = max.value;
        else
            limits.pentestMonths = max.value;
        if (!(0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .isDate */ .$P)(doc?.date))
            continue;
        const what = kind === 'test-report' ? 'test report' : 'penetration test';
        add(kind, (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addMonths */ .PS)(doc.date, max.value), doc.date < (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addMonths */ .PS)(now, -max.value), [
            `the ${what} of ${doc.date} becomes older than ${max.value} months`,
            `the ${what} of ${doc.date} is older than ${max.value} months: test again`,
        ], max.rules);
    }
    if (filing?.status === 'refiling-submitted' && (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .isDate */ .$P)(filing.status_since)) {
        const max = threshold('refiling_submitted_max_days');
        if (max) {
            add('refiling-submitted', (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .addDays */ .fi)(filing.status_since, max.value), (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .daysBetween */ .YM)(filing.status_since, now) > max.value, [
                `the refiling submitted on ${filing.status_since} has waited ${max.value} days`,
                `the refiling submitted on ${filing.status_since} has waited more than ${max.value} days: ask the filing agency`,
            ], max.rules);
        }
    }
    deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : 1));
    return { deadlines, limits, dueRules };
}
function applies(rule, category) {
    if (rule.categories === 'any')
        return true;
    if (rule.categories === 'catalogue')
        return category.known;
    return rule.categories.includes(category.id);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 52105:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T7: () => (/* binding */ groupMarkdown),
/* harmony export */   eH: () => (/* binding */ summaryMarkdown)
/* harmony export */ });
/* unused harmony exports groupHeading, repoFileUrl, rowsMarkdown, statusMarkdown */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15330);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68383);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50722);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_order_js__WEBPACK_IMPORTED_MODULE_2__]);
_order_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Status rows as GitHub Markdown: a table per urgency group, in three levels of detail so that the
// dashboard issue can shrink to fit GitHub's body limit. Every value from the repository is escaped.




const urgencyIcon = { 'action-needed': '🔴', pending: '🟡', healthy: '🟢' };
/** Heading text of a group, e.g. `🔴 Action needed (4)`. */
function groupHeading(urgency, n) {
    return `${urgencyIcon[urgency]} ${_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .urgencyTitle */ .mF[urgency]} (${n})`;
}
/** Link to a file or folder of the repository at the ref, when the repository URL is a safe https URL. */
function repoFileUrl(links, path, kind) {
    if (!links.repoUrl)
        return undefined;
    const base = links.repoUrl.replace(/\/+$/, '');
    // encodeURIComponent throws on a lone surrogate (a path or ref read from a shard report can hold one):
    // make the text well-formed first, so a strange name costs a U+FFFD, not the whole dashboard.
    const ref = encodeURIComponent((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .wellFormed */ .ES)(links.ref ?? 'HEAD'));
    const encoded = path
        .split('/')
        .filter((s) => s !== '')
        .map((s) => encodeURIComponent((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .wellFormed */ .ES)(s)))
        .join('/');
    return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHttpsUrl */ .Wb)(`${base}/${kind}/${ref}/${encoded}`);
}
function link(text, href) {
    return href ? `[${text}](<${href}>)` : text;
}
function productCell(row, links) {
    return link((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(row.product, 64), repoFileUrl(links, row.path, 'tree'));
}
function filingCell(row, links) {
    if (!row.filingStatus)
        return '—';
    const status = link((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(row.filingStatus), repoFileUrl(links, `${row.path}/filing.yaml`, 'blob'));
    // Dates are validated where rows are built and where shard reports are read; escaped here all the same,
    // so that no value reaches the issue body raw.
    const since = row.statusSince ? ` since ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(row.statusSince, 40)}` : '';
    return `${status}${since}${row.filingCode ? `<br>${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(row.filingCode, 80)}` : ''}`;
}
function refilingCell(row) {
    const pr = row.refilingPullRequest;
    if (!pr)
        return '—';
    const href = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeHttpsUrl */ .Wb)(pr.url);
    return href ? `[#${pr.number}](<${href}>)` : `#${pr.number}`;
}
function deadlineCell(row) {
    const d = row.nextDeadline;
    if (!d)
        return '—';
    const date = d.due ? `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.date, 40)}**` : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.date, 40);
    return `${date} ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlineKindText */ .aY)(d.kind))} (${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .whenText */ .oO)(d))})`;
}
function reasonsCell(row, max, chars) {
    const shown = row.reasons.slice(0, max).map((r) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r, chars));
    const more = row.reasons.length - shown.length;
    if (more > 0)
        shown.push(`… ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(more, 'more reason')}`);
    return shown.length > 0 ? shown.join('<br>') : '—';
}
function dash(text) {
    return text === '-' ? '—' : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(text);
}
const fullColumns = [
    { title: 'Product', cell: productCell },
    { title: 'Scheme', cell: (r) => (r.scheme ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.scheme, 64) : '—') },
    { title: 'Stars', cell: (r) => (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .levelsText */ .RK)(r) },
    { title: 'Filing', cell: filingCell },
    { title: 'Valid until', cell: (r) => (r.validUntil ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.validUntil, 40) : '—') },
    { title: 'Support end', cell: (r) => (r.supportEnd ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.supportEnd, 40) : '—') },
    { title: 'Test report', cell: (r) => dash((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .ageText */ .XG)(r.testReport)) },
    { title: 'Pentest', cell: (r) => dash((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .ageText */ .XG)(r.pentestReport)) },
    { title: 'Open changes', cell: (r) => dash((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .changesText */ .Tb)(r.openChanges)) },
    { title: 'Refiling PR', cell: refilingCell },
    { title: 'Next deadline', cell: deadlineCell },
    { title: 'Why', cell: (r) => reasonsCell(r, 5, 200) },
];
const compactColumns = [
    { title: 'Product', cell: productCell },
    { title: 'Scheme', cell: (r) => (r.scheme ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.scheme, 64) : '—') },
    { title: 'Refiling PR', cell: refilingCell },
    { title: 'Next deadline', cell: deadlineCell },
    { title: 'Why', cell: (r) => reasonsCell(r, 1, 100) },
];
/** Rows as a Markdown table (full, compact) or a list (line); empty rows give an empty string. */
function rowsMarkdown(rows, detail, links) {
    if (rows.length === 0)
        return '';
    if (detail === 'ids')
        return [...new Set(rows.map((r) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.product, 64)))].join(', ');
    if (detail === 'line') {
        return rows
            .map((r) => `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.product, 64)} ${r.scheme ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(r.scheme, 64) : ''} ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlineText */ ._z)(r.nextDeadline))}`)
            .join('\n');
    }
    const columns = detail === 'full' ? fullColumns : compactColumns;
    return [
        `| ${columns.map((c) => c.title).join(' | ')} |`,
        `|${columns.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${columns.map((c) => c.cell(r, links)).join(' | ')} |`),
    ].join('\n');
}
/** The one-line summary under the title. */
function summaryMarkdown(rows, now) {
    const s = (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .summarise */ .y)(rows);
    // The day is a date wherever labelguard sets it, but it is rendered like every other value: escaped.
    const asOf = now ? `As of ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(now, 40)}: ` : '';
    return `${asOf}${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.products, 'product')}, ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.rows, 'label')} — **${s.actionNeeded} action needed**, ${s.pending} pending, ${s.healthy} healthy.`;
}
/** The whole status as Markdown, every group in full (healthy rows folded away). */
function statusMarkdown(rows, options) {
    const parts = [`## ${escapeMarkdown(options.title)}`, summaryMarkdown(rows, options.now)];
    for (const urgency of urgencies) {
        const group = rows.filter((r) => r.urgency === urgency);
        parts.push(groupMarkdown(urgency, group, 'full', options));
    }
    return parts.join('\n\n');
}
/** One group: a heading and its rows; healthy rows sit in a folded `<details>` block. */
function groupMarkdown(urgency, rows, detail, links) {
    const heading = groupHeading(urgency, rows.length);
    if (rows.length === 0)
        return `### ${heading}\n\nNothing here.`;
    if (detail === 'count')
        return `### ${heading}\n\nNot listed here, to keep this issue within GitHub's size limit.`;
    const body = rowsMarkdown(rows, detail, links);
    if (urgency === 'healthy')
        return `<details><summary><b>${heading}</b></summary>\n\n${body}\n\n</details>`;
    return `### ${heading}\n\n${body}`;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 50722:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ compareRows),
/* harmony export */   y: () => (/* binding */ summarise)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95278);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25823);


/**
 * The order of rows: action needed, pending, healthy; within a group the earliest next deadline first
 * (rows without one last), then product id, folder and scheme, so the order never depends on input order.
 */
function compareRows(a, b) {
    return (_types_js__WEBPACK_IMPORTED_MODULE_0__/* .urgencies */ .Q.indexOf(a.urgency) - _types_js__WEBPACK_IMPORTED_MODULE_0__/* .urgencies */ .Q.indexOf(b.urgency) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.nextDeadline?.date ?? '9999-99-99', b.nextDeadline?.date ?? '9999-99-99') ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.product, b.product) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.path, b.path) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.scheme ?? '', b.scheme ?? ''));
}
/** Counts of products and rows per urgency. */
function summarise(rows) {
    return {
        products: new Set(rows.map((r) => r.path)).size,
        rows: rows.length,
        actionNeeded: rows.filter((r) => r.urgency === 'action-needed').length,
        pending: rows.filter((r) => r.urgency === 'pending').length,
        healthy: rows.filter((r) => r.urgency === 'healthy').length,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 61505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ urgencyOf),
/* harmony export */   c: () => (/* binding */ findingReason)
/* harmony export */ });
/** The row's group and the reasons for it, most important first. */
function urgencyOf(input) {
    const { filingStatus: status, openChanges, lifecycle } = input;
    const action = [];
    const pending = [];
    if (status === 'expired')
        action.push('the label has expired (filing status expired): file again');
    if (status === 'cancelled')
        action.push('the filing was cancelled: file again before selling with the label');
    if (openChanges.unrecorded > 0) {
        action.push(`${plural(openChanges.unrecorded, 'unrecorded material change')}: record in filing.yaml and refile`);
    }
    if (status === 'refiling-required') {
        const waiting = openChanges.recorded > 0 ? `: ${plural(openChanges.recorded, 'recorded material change')} to file` : '';
        const pr = input.refilingPullRequest
            ? `; refiling pull request #${input.refilingPullRequest.number} is open`
            : '';
        action.push(`refiling required${waiting}${pr}`);
    }
    for (const d of lifecycle.deadlines)
        if (d.due)
            action.push(d.description);
    for (const f of input.findings) {
        // A due deadline already says what its rule says; changes and a pending refiling are counted above.
        if (f.waived || f.severity !== 'error' || lifecycle.dueRules.has(f.ruleId))
            continue;
        if (f.ruleId.startsWith('change.') || f.ruleId === 'policy.refiling-pending')
            continue;
        action.push(findingReason(f));
    }
    if (status === 'refiling-submitted') {
        const since = input.statusSince ? ` on ${input.statusSince}` : '';
        pending.push(`refiling submitted${since}: waiting for the filing agency`);
    }
    if (status === 'submitted') {
        const since = input.statusSince ? ` on ${input.statusSince}` : '';
        pending.push(`filing submitted${since}: waiting for the filing agency`);
    }
    if (status === 'not-filed')
        pending.push('not filed yet');
    if (action.length > 0)
        return { urgency: 'action-needed', reasons: [...action, ...pending] };
    return { urgency: pending.length > 0 ? 'pending' : 'healthy', reasons: pending };
}
/** A finding as a reason: `RULE-ID: message`. */
function findingReason(f) {
    return `${f.ruleId}: ${f.message}`;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ })

};
