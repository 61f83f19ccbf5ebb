#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 95581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_closed_pipe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(40369);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(12957);
/* harmony import */ var _cli_terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(71028);



// Standard output and error reach terminals and CI logs: nothing printed may act as a control sequence
// or a workflow command (files written with --output keep their exact bytes).
const output = (0,_cli_closed_pipe_js__WEBPACK_IMPORTED_MODULE_0__/* .closedPipeWriters */ .h)(process.stdout, process.stderr, _cli_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .safeForTerminal */ .f);
const code = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: output.stdout,
    stderr: output.stderr,
    cwd: process.cwd(),
    today: new Date().toISOString().slice(0, 10),
});
process.exitCode = code;
// A write error is reported asynchronously: settle the exit code once pending output has been handled.
process.on('beforeExit', () => {
    process.exitCode = Math.max(code, output.failure());
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 40369:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ closedPipeWriters)
/* harmony export */ });
function closedPipeWriters(out, err, clean) {
    let failed = false;
    const writer = (stream, name) => {
        let gone = false;
        stream.on('error', (e) => {
            if (gone)
                return;
            gone = true;
            if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED')
                return;
            failed = true;
            if (stream !== err)
                write2(`labelguard: cannot write to standard ${name}: ${e.message}\n`);
        });
        return (text) => {
            if (!gone && !stream.destroyed)
                stream.write(clean(text));
        };
    };
    const write2 = writer(err, 'error');
    return { stdout: writer(out, 'output'), stderr: write2, failure: () => (failed ? 2 : 0) };
}


/***/ }),

/***/ 12957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74296);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71013);


const usage = `Usage: labelguard <command> [options]

Keep IoT cybersecurity labels true: check product manifests and CycloneDX SBOMs against rule packs,
detect unrecorded hardware and firmware changes, and generate filing evidence.

Commands:
  init        scaffold a product: product.yaml, filing.yaml, configuration and workflow
  check       validate and judge every product (exit 1 when anything blocks)
  validate    validate the data files only
  diff        compare two SBOMs and classify every change
  evidence    generate a product's filing evidence (documents, label artwork, normalised SBOM)
  record      record a product's unrecorded changes in its filing.yaml (one entry per change set)
  rules       list the rules of the rule packs with their sources
  status      every label's filing state and lifecycle deadlines, most urgent first
  comment     render the pull-request comment from a JSON check report (validated first)
  baseline    register a product's current state in filing.yaml when its filing is submitted or granted

Run 'labelguard <command> --help' for a command's options. 'labelguard --version' prints the version.
`;
// Each command's code is imported when it runs: `--version`, `--help` and every command load only what
// they use (the bundle splits at these imports), so start-up costs about what Node itself costs.
const commands = {
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(337), __nccwpck_require__.e(549), __nccwpck_require__.e(390), __nccwpck_require__.e(80), __nccwpck_require__.e(540), __nccwpck_require__.e(609)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87646))).runInit,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(549), __nccwpck_require__.e(631), __nccwpck_require__.e(571), __nccwpck_require__.e(139), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76418))).runCheckCommand,
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(549), __nccwpck_require__.e(631), __nccwpck_require__.e(571), __nccwpck_require__.e(139), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76418))).runValidate,
    diff: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(532), __nccwpck_require__.e(67), __nccwpck_require__.e(481)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26847))).runDiff,
    evidence: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(337), __nccwpck_require__.e(6), __nccwpck_require__.e(893), __nccwpck_require__.e(761), __nccwpck_require__.e(236), __nccwpck_require__.e(549), __nccwpck_require__.e(390), __nccwpck_require__.e(80), __nccwpck_require__.e(540), __nccwpck_require__.e(631), __nccwpck_require__.e(532), __nccwpck_require__.e(67), __nccwpck_require__.e(611), __nccwpck_require__.e(607)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60137))).runEvidence,
    record: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(549), __nccwpck_require__.e(631), __nccwpck_require__.e(571), __nccwpck_require__.e(937)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74937))).runRecord,
    rules: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(337), __nccwpck_require__.e(549), __nccwpck_require__.e(390), __nccwpck_require__.e(80), __nccwpck_require__.e(540), __nccwpck_require__.e(958)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96293))).runRules,
    status: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(549), __nccwpck_require__.e(390), __nccwpck_require__.e(631), __nccwpck_require__.e(571), __nccwpck_require__.e(58)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83058))).runStatus,
    comment: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(139), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74435))).runComment,
    baseline: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(6), __nccwpck_require__.e(893), __nccwpck_require__.e(761), __nccwpck_require__.e(549), __nccwpck_require__.e(631), __nccwpck_require__.e(532), __nccwpck_require__.e(334), __nccwpck_require__.e(583)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41583))).runBaseline,
};
/** Run the CLI and return its exit code: 0 ok, 1 blocking findings, 2 could not run as asked. */
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === '--version' || name === '-v') {
        io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .generator */ .w.version}\n`);
        return 0;
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage);
        return name === undefined ? 2 : 0;
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    try {
        if (!command)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`unknown command '${name}'`, [`Commands: ${Object.keys(commands).join(', ')}.`]);
        return await (await command())(rest, io);
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e) {
            io.stderr(`labelguard: ${e.message}\n${e.details.map((d) => `  ${d}\n`).join('')}`);
            return 2;
        }
        // Anything else is a defect in labelguard, not in the user's data: say so plainly, exit 2.
        io.stderr(`labelguard: internal error: ${e.message}\nPlease report this with the command you ran.\n`);
        return 2;
    }
}


/***/ }),

/***/ 71028:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ safeForTerminal)
/* harmony export */ });
// The last line of defence between data and a terminal or CI log. Renderers already keep repository data
// on one line and free of control characters; this guard also covers what they do not own (error details
// quoting a file, a CSV cell, a diff line), so that nothing the CLI prints can drive a terminal (ANSI
// escape sequences: colours, cursor moves, window titles, hyperlinks) or a GitHub Actions runner (a line
// starting with `::` is a workflow command such as `::error`, `::add-mask` or `::stop-commands`).
// C0 controls other than tab, line feed and the CR of a CRLF line end; DEL; C1 controls; and the
// bidirectional overrides that make text read differently from what it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;
// The runner trims a line before looking for `::`, so leading blanks do not disarm a command.
const workflowCommand = /^([ \t]*):(?=:)/gm;
/**
 * Text made safe to print: every unsafe character is shown as its `\uXXXX` escape (visible, inert, and
 * inside a JSON string the same character), and a line that would start a workflow command has its
 * first colon shown as `\u003a`.
 */
function safeForTerminal(text) {
    return text
        .replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(workflowCommand, '$1\\u003a');
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/**
 * labelguard cannot run as asked: bad flags, no such repository, an invalid `.labelguard.yml`.
 * The shells turn it into exit code 2 and print `details` (already located, one per line).
 */
class UsageError extends Error {
    details;
    constructor(message, details = []) {
        super(message);
        this.details = details;
        this.name = 'UsageError';
    }
}


/***/ }),

/***/ 71013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ generator)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

/** The generator recorded in reports and evidence indexes. */
const generator = { name: 'labelguard', version: package_namespaceObject.rE };


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(95581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
