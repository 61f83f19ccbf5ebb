export const id = 334;
export const ids = [334];
export const modules = {

/***/ 15334:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSbomFile: () => (/* binding */ loadSbomFile)
/* harmony export */ });
/* harmony import */ var _sbom_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81647);
/* harmony import */ var _sbom_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42515);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_sbom_validate_js__WEBPACK_IMPORTED_MODULE_1__]);
_sbom_validate_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/**
 * Read one SBOM file into an inventory; unreadable is an error, schema problems count as configured
 * (`skip`: not validated — the registered SBOM, which labelguard generated and whose digest is checked).
 */
function loadSbomFile(file, bytes, schemaSeverity) {
    // The bytes go to the parser as they are, so an oversized file is refused before anything decodes it
    // into a string; the reader and the validator then share the one parse.
    const parsed = (0,_sbom_read_js__WEBPACK_IMPORTED_MODULE_0__.parseSbom)(bytes, file, { positions: schemaSeverity !== 'skip' });
    const read = parsed.ok ? (0,_sbom_read_js__WEBPACK_IMPORTED_MODULE_0__.readParsed)(parsed, file) : parsed;
    if (!read.ok) {
        return {
            findings: read.problems.map((p) => ({
                ruleId: 'sbom.unreadable',
                severity: 'error',
                message: p.message,
                hint: p.hint,
                file: p.file,
                line: p.line ?? 1,
                column: p.column ?? 1,
            })),
        };
    }
    const problems = [
        ...read.warnings,
        ...(schemaSeverity === 'skip' || !parsed.ok ? [] : (0,_sbom_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateParsed */ .i)(parsed, file, read.sbom)),
    ];
    return {
        inventory: read.sbom,
        findings: problems.map((p) => ({
            ruleId: 'sbom.schema',
            severity: schemaSeverity === 'skip' ? 'warning' : schemaSeverity,
            message: p.message,
            hint: p.hint,
            file: p.file,
            line: p.line ?? 1,
            column: p.column ?? 1,
        })),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
