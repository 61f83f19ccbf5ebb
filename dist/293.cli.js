export const id = 293;
export const ids = [293];
export const modules = {

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ emit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Write a command's output to `--output` (exact bytes) or to standard output. */
function emit(io, output, text) {
    if (output)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), text);
    else
        io.stdout(text);
}


/***/ }),

/***/ 21121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ repoDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32229);



/** Resolve --repo to an existing directory, or fail as a usage error. */
function repoDir(cwd, value) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, value ?? '.');
    let ok;
    try {
        ok = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory();
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`repository '${value ?? '.'}' does not exist or is not a directory`, [
            'Pass --repo <path to your compliance repository>.',
        ]);
    return dir;
}


/***/ }),

/***/ 96293:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rulesHelp: () => (/* binding */ rulesHelp),
/* harmony export */   runRules: () => (/* binding */ runRules)
/* harmony export */ });
/* harmony import */ var _load_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32229);
/* harmony import */ var _pipeline_packs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86540);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85755);
/* harmony import */ var _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4479);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71604);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__]);
([_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_1__, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);







const rulesHelp = `Usage: labelguard rules [--pack NAME]... [--repo DIR] [--format text|json|markdown] [--output FILE]

List the rules of the built-in packs (or of --pack: a built-in name, or ./path to a pack inside --repo)
with their star level, severity, whether the tier is confirmed or inferred, thresholds and sources.
`;
/** `labelguard rules`. */
async function runRules(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('rules', args, {
        pack: { type: 'string', multiple: true },
        repo: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
    });
    if (values.help) {
        io.stdout(rulesHelp);
        return 0;
    }
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFormat */ .Xc)(values.format, ['text', 'json', 'markdown'], 'text');
    const dir = (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_6__/* .repoDir */ .w)(io.cwd, values.repo);
    const loaded = await (0,_pipeline_packs_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPacks */ .rn)(new _repo_fs_source_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkingTreeSource */ .T(dir), {
        config: { packs: values.pack ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinPacks */ .ih] },
    });
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
        throw new _load_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('the rule packs are invalid', errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
    }
    (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .emit */ .I)(io, values.output, (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderRules */ .am)(loaded.packs, format));
    return 0;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
