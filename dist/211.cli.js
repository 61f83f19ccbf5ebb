export const id = 211;
export const ids = [211];
export const modules = {

/***/ 27211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   classifyDifference: () => (/* binding */ classifyDifference)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5080);
/* harmony import */ var _change_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79060);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42725);
/* harmony import */ var _unclassified_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45749);





// What a difference no entry classified is given (the built-in packs end with the same catch-all).
const unclassified = {
    classTitle: 'Any other difference',
    classTitleZh: '其他差异',
    reason: 'not classified by the pack; recorded for audit',
    reasonZh: '规则包未对此分类；记录备查',
};
/**
 * Classify one difference with the first entry whose `when` is true, then apply the entry's star
 * threshold and any override for the product. Pure.
 */
function classifyDifference(d, table, ctx, overrides, productId) {
    const input = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareInput */ ._s)({ change: (0,_change_input_js__WEBPACK_IMPORTED_MODULE_1__/* .changeInput */ .J)(d, ctx) });
    const failures = [];
    let out;
    for (const entry of table?.entries ?? []) {
        const r = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(entry.when, input);
        if (!r.ok) {
            failures.push({ classId: entry.id, message: r.error.message });
            continue;
        }
        if (typeof r.value !== 'boolean') {
            // The engine types inputs dynamically, so a non-boolean `when` is only caught here.
            failures.push({
                classId: entry.id,
                message: `'when' gave ${describeValue(r.value)}, not true or false`,
            });
            continue;
        }
        if (!r.value)
            continue;
        let classification = entry.classification;
        let reason = entry.reason;
        let reasonZh = entry.reasonZh;
        if (entry.minStars !== undefined && ctx.stars < entry.minStars) {
            classification = entry.belowMinStars;
            reason = `${reason} (${classification} below ${entry.minStars}★; this product targets ${ctx.stars}★)`;
            if (reasonZh !== undefined) {
                reasonZh = `${reasonZh}（低于 ${entry.minStars}★ 时为 ${classification}；本产品的目标等级为 ${ctx.stars}★）`;
            }
        }
        out = {
            difference: d,
            classification,
            classId: entry.id,
            classTitle: entry.title,
            ...(entry.titleZh !== undefined ? { classTitleZh: entry.titleZh } : {}),
            reason,
            ...(reasonZh !== undefined ? { reasonZh } : {}),
            sources: entry.sources,
            blocking: entry.blocking,
            failures,
        };
        break;
    }
    out ??= {
        difference: d,
        classification: 'record',
        classId: _unclassified_js__WEBPACK_IMPORTED_MODULE_2__/* .unclassifiedId */ ._,
        ...unclassified,
        sources: [],
        blocking: false,
        failures,
    };
    const override = findOverride(overrides, out.classId, productId, () => (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprintOf */ .a)(d));
    if (override) {
        out.reason = `${out.reason} — overridden to ${override.classification} in .labelguard.yml: ${override.justification}`;
        if (out.reasonZh !== undefined) {
            // The justification is the repository's own text, quoted as written.
            out.reasonZh = `${out.reasonZh}——已在 .labelguard.yml 中改为 ${override.classification}，理由：${override.justification}`;
        }
        out.classification = override.classification;
    }
    // Only a material change can block; an override that lowers it lifts the block too.
    if (out.classification !== 'material')
        out.blocking = false;
    return out;
}
/**
 * The override for an entry and product: one that names this very change (by fingerprint) wins over one
 * for the product, which wins over one for all products. An override that lists fingerprints covers
 * only those changes.
 */
function findOverride(overrides, classId, productId, fingerprint) {
    const forEntry = overrides.filter((o) => o.change === classId && (o.product === undefined || o.product === productId));
    const named = forEntry.filter((o) => o.fingerprints !== undefined);
    const own = named.length > 0 ? fingerprint() : undefined;
    return (named.find((o) => o.fingerprints.includes(own) && o.product === productId) ??
        named.find((o) => o.fingerprints.includes(own)) ??
        forEntry.find((o) => o.fingerprints === undefined && o.product === productId) ??
        forEntry.find((o) => o.fingerprints === undefined));
}
function describeValue(v) {
    if (Array.isArray(v))
        return 'a list';
    if (v === null || v === undefined)
        return 'no value';
    return typeof v === 'string' ? `the text '${v}'` : `a ${typeof v}`;
}


/***/ }),

/***/ 42725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* unused harmony export fingerprintPrefix */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const prefixes = {
    hardware: 'hw',
    firmware: 'fw',
    sbom: 'sbom',
    service: 'svc',
    security: 'sec',
    label: 'label',
    lifecycle: 'life',
};
/** The fingerprint prefix of a category: hw, fw, sbom, svc, sec, label or life. */
function fingerprintPrefix(category) {
    return prefixes[category];
}
/**
 * Stable id of one difference: `<prefix>:<16 hex>` from a SHA-256 over kind, subject, from and to.
 * Only normalised values go in, so the same difference read from a JSON or an XML SBOM, or on another
 * day, has the same fingerprint; a different target version gives a different one.
 */
function fingerprintOf(d) {
    // JSON of an array keeps the fields apart: no separator inside a value can make two inputs collide.
    const text = JSON.stringify([d.kind, d.subject, d.from ?? null, d.to ?? null]);
    return `${fingerprintPrefix(d.category)}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 16)}`;
}


/***/ }),

/***/ 45749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ unclassifiedId)
/* harmony export */ });
/**
 * The classification id of a difference no entry classified (no table for the scheme, or no catch-all):
 * nothing is dropped. Apart from the classifier so that checking overrides loads no expression engine.
 */
const unclassifiedId = 'unclassified';


/***/ })

};
