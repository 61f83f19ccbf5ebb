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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69433);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21623);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);



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
            return await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.resolveStickyComment)(input.octokit, input.repo, target);
        const reserve = (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.renderStickyBody)(input.key, '').length;
        body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(input.report, {
            mode: 'comment',
            maxChars: _github_index_js__WEBPACK_IMPORTED_MODULE_1__.MAX_BODY_CHARS - reserve,
            ...(input.reportUrl ? { reportUrl: input.reportUrl } : {}),
            ...(input.refilingPrs ? { refilingPrs: input.refilingPrs } : {}),
        });
        return await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.upsertStickyComment)(input.octokit, input.repo, { ...target, body });
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
        const info = e instanceof _github_index_js__WEBPACK_IMPORTED_MODULE_1__.GitHubApiError ? e.info : (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.classifyGitHubError)(e);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`labelguard did not update its pull-request comment: ${info.userMessage}`);
        if (info.kind === 'missing-permission')
            input.onDenied?.(info.userMessage);
        return undefined;
    }
}
/** The sticky comment as another run left it, when it already says what this run wanted to write. */
async function settledByAnotherRun(input, target, body) {
    try {
        const now = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.findStickyComment)(input.octokit, input.repo, target);
        if (!now)
            return undefined;
        const done = body === undefined
            ? now.resolved
            : !now.resolved && (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.comparableBody)(now.body) === (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.comparableBody)((0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.renderStickyBody)(input.key, body));
        return done ? { operation: 'unchanged', commentId: now.id, url: now.url } : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
