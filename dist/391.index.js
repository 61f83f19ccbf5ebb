export const id = 391;
export const ids = [391];
export const modules = {

/***/ 17050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ EvidenceError)
/* harmony export */ });
/** Evidence cannot be generated from what was given; the message says what is wrong and what to do. */
class EvidenceError extends Error {
    what;
    hint;
    constructor(what, hint) {
        super(`${what} ${hint}`);
        this.what = what;
        this.hint = hint;
        this.name = 'EvidenceError';
    }
}


/***/ }),

/***/ 68725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ renderLabelPng),
/* harmony export */   E8: () => (/* binding */ loadLabelRenderer)
/* harmony export */ });
/* unused harmony export labelFontFamily */
/* harmony import */ var _resvg_resvg_wasm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43026);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17050);


/** The family name inside `assets/label/label-cjk.ttf`; the SVG template names it first. */
const labelFontFamily = 'WenQuanYi Micro Hei';
let font;
let preparing;
/**
 * Start the SVG renderer once (WebAssembly starts asynchronously) with the bytes `read` returns; the
 * rendering itself then stays synchronous and pure. `prepareLabelRenderer` (src/pipeline/evidence-assets.ts)
 * reads the shipped files and calls this; shells call that before generating evidence.
 */
function loadLabelRenderer(read) {
    preparing ??= (async () => {
        const assets = read();
        await (0,_resvg_resvg_wasm__WEBPACK_IMPORTED_MODULE_0__/* .initWasm */ .z)(assets.wasm);
        font = assets.font;
    })();
    return preparing;
}
/**
 * The label PNG, rendered from the label SVG by resvg at 1 px per SVG unit with only the shipped CJK font
 * (no system fonts), so the PNG shows exactly what the SVG says on every machine. resvg writes no time
 * or text chunks: the same SVG gives the same bytes.
 */
function renderLabelPng(svg) {
    if (!font) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceError */ .o('The label renderer is not loaded, so label.png cannot be drawn.', 'Call prepareLabelRenderer() (src/pipeline/evidence-assets.ts, and await it) before generating evidence.');
    }
    const resvg = new _resvg_resvg_wasm__WEBPACK_IMPORTED_MODULE_0__/* .Resvg */ .W(svg, {
        font: {
            fontBuffers: [font],
            defaultFontFamily: labelFontFamily,
            sansSerifFamily: labelFontFamily,
        },
        background: '#ffffff',
        shapeRendering: 2,
        textRendering: 1,
    });
    try {
        const image = resvg.render();
        const png = Buffer.from(image.asPng());
        image.free();
        return png;
    }
    finally {
        resvg.free();
    }
}


/***/ }),

/***/ 7998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ evidenceTemplateNames),
/* harmony export */   X: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88508);
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(handlebars__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17050);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15330);
/* harmony import */ var _text_formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51879);




/** Template files the evidence bundle is rendered from, by name under `templates/`. */
const evidenceTemplateNames = [
    'change-notification.md.hbs',
    'change-notification.zh-CN.md.hbs',
    'declaration-draft.md.hbs',
    'declaration-draft.zh-CN.md.hbs',
    'filing-form.json.hbs',
    'label.svg.hbs',
    'responsibility-matrix.md.hbs',
    'technical-documentation.md.hbs',
    'technical-documentation.zh-CN.md.hbs',
    'test-request.md.hbs',
    'test-request.zh-CN.md.hbs',
];
// An isolated instance: helpers registered here never leak into another part of the program that uses
// Handlebars, and theirs never reach the evidence.
const hb = handlebars__WEBPACK_IMPORTED_MODULE_0___default().create();
/** The single value a helper was called with; a template typo such as `{{md}}` fails loudly. */
function oneArgument(name, args) {
    if (args.length !== 2)
        throw new Error(`helper "${name}" takes exactly one value, got ${args.length - 1}`);
    return args[0];
}
/** A data value as inline Markdown: escaped, never a link, image, HTML tag or mention. */
function markdownText(value) {
    if (value === undefined || value === null || value === '')
        return '—';
    if (typeof value === 'boolean')
        return value ? 'yes' : 'no';
    if (typeof value === 'number' || typeof value === 'string')
        return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(String(value), _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .evidenceMarkdown */ .BI);
    if (Array.isArray(value))
        return value.length === 0 ? '—' : value.map(markdownText).join(', ');
    throw new Error(`helper "md" cannot print an object; name one of its fields`);
}
hb.registerHelper('md', (...args) => new hb.SafeString(markdownText(oneArgument('md', args))));
hb.registerHelper('link', (...args) => {
    const value = oneArgument('link', args);
    return new hb.SafeString(typeof value === 'string' && value !== '' ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownUrl */ .$x)(value, _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .evidenceMarkdown */ .BI) : markdownText(value));
});
hb.registerHelper('json', (...args) => new hb.SafeString((0,_text_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonValue */ .IL)(oneArgument('json', args))));
hb.registerHelper('eq', (...args) => {
    if (args.length !== 3)
        throw new Error(`helper "eq" takes exactly two values, got ${args.length - 1}`);
    return args[0] === args[1];
});
// Compiled once per distinct source: a bundle renders each template once, a long-running process
// (a refiling run over many products) renders the same sources again and again.
const compiled = new Map();
/** Render one evidence template with a view model; template errors name the template file. */
function renderTemplate(templates, name, model) {
    const source = templates[name];
    if (source === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .o(`Template ${name} is missing from the templates given to the evidence generator.`, `Load every file named in evidenceTemplateNames from templates/ (dist/templates/ in the bundle).`);
    }
    try {
        let template = compiled.get(source);
        if (!template) {
            // strict: a field the model does not have is an error, not an empty string on a legal document.
            template = hb.compile(source, { strict: true, noEscape: false });
            compiled.set(source, template);
        }
        return template(model);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .o)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .o(`templates/${name}: ${message}.`, 'Fix the template: it uses a field or helper the evidence model does not provide (see src/evidence/).');
    }
}


/***/ }),

/***/ 51879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ jsonValue),
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   _Y: () => (/* binding */ stableJson)
/* harmony export */ });
// Escaping for the evidence's formats other than Markdown (which src/markdown/escape.ts handles): XML text
// in the label SVG, and JSON. Data comes from the user's repository and may be hostile, so every value is
// escaped for the format it lands in, and templates never see raw data.
/** Characters XML 1.0 forbids even when escaped; also lone surrogates, which no encoder can write. */
const forbiddenInXml = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replace characters no XML document may hold with U+FFFD. */
function cleanText(text) {
    return text.replace(forbiddenInXml, '\uFFFD');
}
/**
 * Canonical JSON: two-space indent, trailing newline, and `<`, `>`, `&`, U+2028/9 as \u escapes so that
 * no HTML tag or entity survives even if the file is pasted into a web page.
 */
function stableJson(value) {
    return `${jsonText(JSON.stringify(value, null, 2))}\n`;
}
/** One JSON value on one line, escaped as `stableJson` escapes. */
function jsonValue(value) {
    return jsonText(JSON.stringify(value ?? null));
}
function jsonText(json) {
    // These characters only ever occur inside JSON strings, where a \u escape means the same.
    return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 38391:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadTemplates: () => (/* binding */ loadTemplates),
/* harmony export */   prepareLabelRenderer: () => (/* binding */ prepareLabelRenderer)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76536);
/* harmony import */ var _evidence_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7998);
/* harmony import */ var _evidence_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68725);
// The shipped files evidence is rendered with, read from beside the bundle: the templates and what label.png
// is drawn with. Here, not in src/evidence/ (which renders from what it is given and reads no file), so that
// both shells read them alike.




/** Load the templates evidence is rendered from. */
function loadTemplates() {
    const dir = (0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .assetDir */ .Y)('templates');
    return Object.fromEntries(_evidence_index_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceTemplateNames */ .S.map((name) => [name, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'utf8')]));
}
/**
 * Load the SVG renderer and the label font once. Shells call it before generating evidence (each bundle
 * renders label.png).
 */
function prepareLabelRenderer() {
    return (0,_evidence_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadLabelRenderer */ .E8)(() => {
        const dir = (0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .assetDir */ .Y)('assets/label');
        return {
            wasm: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(wasmFile(dir)),
            font: new Uint8Array((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'label-cjk.ttf'))),
        };
    });
}
/**
 * The resvg WebAssembly module: copied beside the font in dist/ by the build, else the npm package's
 * own file when running from the repository. WebAssembly rather than a native addon, so the bundle runs
 * on every runner OS and CPU from dist/ alone.
 */
function wasmFile(dir) {
    const shipped = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'resvg.wasm');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(shipped))
        return shipped;
    const installed = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)), 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(installed))
        return installed;
    throw new Error(`labelguard is incomplete: resvg.wasm is missing from ${dir}; rebuild dist/ (npm run build)`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
