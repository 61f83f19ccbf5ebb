export const id = 726;
export const ids = [726];
export const modules = {

/***/ 45726:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestApprovals: () => (/* binding */ pullRequestApprovals)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69433);
/* harmony import */ var _git_fetch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13400);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21623);
/* harmony import */ var _pipeline_base_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55568);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85755);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_base_config_js__WEBPACK_IMPORTED_MODULE_3__, _rules_index_js__WEBPACK_IMPORTED_MODULE_4__]);
([_pipeline_base_config_js__WEBPACK_IMPORTED_MODULE_3__, _rules_index_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





/**
 * What approvals of new waivers and overrides are judged against on a pull request: the configuration at
 * its base, and its approving reviews. A review list that cannot be read is said so in the report
 * ("could not be verified"), never taken as approved.
 */
async function pullRequestApprovals(dir, pr, 
/** The revision holding the pull request's files: its head, or the checked-out merge commit. */
headRev, api, configPath) {
    const base = (await (0,_git_fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchCommit */ .i)(dir, pr.base)) ? await (0,_pipeline_base_config_js__WEBPACK_IMPORTED_MODULE_3__/* .configAt */ .E)(dir, pr.base, configPath) : undefined;
    const head = await (0,_pipeline_base_config_js__WEBPACK_IMPORTED_MODULE_3__/* .configAt */ .E)(dir, headRev, configPath);
    let reviews;
    if (!api) {
        reviews = { unavailable: 'no token to read the pull request reviews (pass `token`)' };
    }
    else {
        try {
            const list = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_2__.listPullRequestReviews)(api.octokit, api.repo, pr.number);
            reviews = { approvals: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .approvingReviewers */ .bm)(list), head: pr.head };
        }
        catch (e) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`labelguard: could not read the reviews of #${pr.number}: ${e.message}`);
            reviews = { unavailable: `the reviews API failed (${e.message})` };
        }
    }
    return { base, head, reviews };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 55568:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ configAt)
/* harmony export */ });
/* harmony import */ var _git_tree_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91654);
/* harmony import */ var _load_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63780);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_config_js__WEBPACK_IMPORTED_MODULE_1__]);
_load_config_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/**
 * The configuration as it was at `rev` (a change's base), read from git; undefined when that revision or
 * its configuration cannot be read, so that callers treat every waiver and override as new.
 */
async function configAt(dir, rev, configPath) {
    let source;
    try {
        source = await _git_tree_source_js__WEBPACK_IMPORTED_MODULE_0__/* .GitTreeSource */ .k.open(dir, rev);
        return (await (0,_load_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(source, configPath)).config;
    }
    catch {
        return undefined;
    }
    finally {
        source?.close();
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
