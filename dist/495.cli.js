export const id = 495;
export const ids = [495];
export const modules = {

/***/ 50690:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ refilingPendingFindings)
/* harmony export */ });
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68922);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_0__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

const pendingStatuses = new Set(['refiling-required', 'refiling-submitted']);
/**
 * A product whose recorded changes still wait for the authority: the label printed on its packaging
 * does not yet match the product. Blocking only where the policy says so (e.g. on release branches).
 */
function refilingPendingFindings(p, block) {
    const f = p.filing;
    if (!f)
        return [];
    const pendingEntries = (f.changes ?? []).filter((c) => pendingStatuses.has(c.status));
    if (!pendingStatuses.has(f.status) && pendingEntries.length === 0)
        return [];
    const ids = pendingEntries.map((c) => c.id).join(', ');
    return [
        {
            ruleId: 'policy.refiling-pending',
            severity: block ? 'error' : 'info',
            message: `refiling is pending (filing status ${f.status}${ids ? `; change-log entries ${ids}` : ''}): the label on the packaging does not match the product yet`,
            hint: block
                ? 'This branch does not accept products with a pending refiling: wait for the new filing to be granted, then set status: granted.'
                : 'Submit the refiling; set status: refiling-submitted, then granted with the new filing code.',
            productId: p.id,
            ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(p, 'filing', ['status']),
        },
    ];
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 40495:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPolicyPacks: () => (/* reexport safe */ _packs_js__WEBPACK_IMPORTED_MODULE_4__.loadPolicyPacks),
/* harmony export */   productStages: () => (/* binding */ productStages),
/* harmony export */   release: () => (/* binding */ release),
/* harmony export */   validateOverrides: () => (/* reexport safe */ _changes_index_js__WEBPACK_IMPORTED_MODULE_0__.ec)
/* harmony export */ });
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14685);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68922);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85755);
/* harmony import */ var _refiling_pending_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50690);
/* harmony import */ var _packs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86540);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_changes_index_js__WEBPACK_IMPORTED_MODULE_0__, _load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__, _refiling_pending_js__WEBPACK_IMPORTED_MODULE_3__, _packs_js__WEBPACK_IMPORTED_MODULE_4__]);
([_changes_index_js__WEBPACK_IMPORTED_MODULE_0__, _load_repository_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__, _refiling_pending_js__WEBPACK_IMPORTED_MODULE_3__, _packs_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// What judging products needs beyond loading them: rule packs, rule evaluation and change detection.
// run-check imports this module only when a run has products to judge.






/** The pure stages every product goes through after loading: rules and readiness, change detection, policy. */
function productStages(packs, overrides, noise, blockPendingRefiling, now) {
    return [
        // Changes are detected first: whether the test report still covers the product follows the change log.
        (p) => {
            const detection = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .detectChanges */ .f8)(p, packs.classifier, overrides, noise ? { noise } : {});
            const evaluation = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateProduct */ .bh)(packs.packs, {
                product: p.manifest,
                ...(p.filing ? { filing: p.filing } : {}),
                ...(p.sbom ? { inventory: p.sbom } : {}),
                sbomSchemaValid: !p.findings.some((f) => f.ruleId === 'sbom.schema'),
                now,
                coverage: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .coverageFacts */ .g)(p.filing, detection.changes),
                locate: (doc, path) => (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(p, doc, path),
            });
            return {
                findings: [...evaluation.findings, ...detection.findings],
                readiness: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readiness */ .xz)(evaluation, packs.packs),
                changes: detection.changes,
                changeSets: detection.sets,
            };
        },
        (p) => ({ findings: (0,_refiling_pending_js__WEBPACK_IMPORTED_MODULE_3__/* .refilingPendingFindings */ .G)(p, blockPendingRefiling) }),
    ];
}
/**
 * Drop what a judged product no longer needs: its parsed YAML documents, and its SBOM inventories and
 * filing.yaml text unless a refiling will need them for evidence and the change log (a change the change
 * log does not have yet). A large audit then holds per product little more than its report.
 */
function release(p, j) {
    delete p.manifestDoc;
    delete p.filingDoc;
    if (!(j.changes ?? []).some((c) => !c.recorded && c.classification !== 'none')) {
        delete p.sbom;
        delete p.sbomLocate;
        delete p.baselineSbom;
        delete p.filingText;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
