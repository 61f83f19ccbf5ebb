export const id = 726;
export const ids = [726];
export const modules = {

/***/ 45726:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestApprovals: () => (/* binding */ pullRequestApprovals)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3693);
/* harmony import */ var _git_fetch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13400);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25426);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10283);




/**
 * What approvals of new waivers and overrides are judged against on a pull request: its approving reviews,
 * and the configuration at its base, which the check reads once the base commit is in the clone. A review
 * list that cannot be read is said so in the report ("could not be verified"), never taken as approved.
 */
async function pullRequestApprovals(dir, pr, api) {
    // The check reads the base's configuration from git: a shallow clone may not hold the base commit yet.
    await (0,_git_fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchCommit */ .i)(dir, pr.base);
    let reviews;
    if (!api) {
        reviews = { unavailable: 'no token to read the pull request reviews (pass `token`)' };
    }
    else {
        try {
            const list = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .listPullRequestReviews */ .K)(api.octokit, api.repo, pr.number);
            reviews = { approvals: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .approvingReviewers */ .bm)(list), head: pr.head };
        }
        catch (e) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`labelguard: could not read the reviews of #${pr.number}: ${e.message}`);
            reviews = { unavailable: `the reviews API failed (${e.message})` };
        }
    }
    return { reviews };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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
