export const id = 151;
export const ids = [151];
export const modules = {

/***/ 51151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncComment: () => (/* binding */ syncComment)
/* harmony export */ });
/* unused harmony export needsComment */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69433);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54354);
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
    try {
        if (!needsComment(input.report))
            return await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.resolveStickyComment)(input.octokit, input.repo, target);
        const reserve = (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.renderStickyBody)(input.key, '').length;
        const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(input.report, {
            mode: 'comment',
            maxChars: _github_index_js__WEBPACK_IMPORTED_MODULE_1__.MAX_BODY_CHARS - reserve,
            ...(input.reportUrl ? { reportUrl: input.reportUrl } : {}),
            ...(input.refilingPrs ? { refilingPrs: input.refilingPrs } : {}),
        });
        return await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.upsertStickyComment)(input.octokit, input.repo, { ...target, body });
    }
    catch (e) {
        // The ports throw errors they already classified; classifying one again by its shape loses the kind
        // (it has no HTTP response) and prefixes "The GitHub API call failed".
        const info = e instanceof _github_index_js__WEBPACK_IMPORTED_MODULE_1__.GitHubApiError ? e.info : (0,_github_index_js__WEBPACK_IMPORTED_MODULE_1__.classifyGitHubError)(e);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`labelguard did not update its pull-request comment: ${info.userMessage}`);
        return undefined;
    }
}


/***/ })

};
