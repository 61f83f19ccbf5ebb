export const id = 605;
export const ids = [605];
export const modules = {

/***/ 49760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ summarise)
/* harmony export */ });
/** Only the summary's fields of a valid manifest and filing, copied (nothing else stays reachable). */
function summarise(manifest, filing) {
    return {
        ...(manifest ? { manifest: manifestSummary(manifest) } : {}),
        ...(filing ? { filing: filingSummary(filing) } : {}),
    };
}
function manifestSummary(m) {
    const test = m.evidence?.test_report?.date;
    const pentest = m.evidence?.pentest_report?.date;
    const supportEnd = m.security?.updates?.support_end;
    return {
        id: m.id,
        model: m.model,
        category: m.category,
        labels: m.labels.map((l) => ({ scheme: l.scheme, stars: l.stars })),
        ...(m.evidence
            ? {
                evidence: {
                    ...(test !== undefined ? { test_report: { date: test } } : {}),
                    ...(pentest !== undefined ? { pentest_report: { date: pentest } } : {}),
                },
            }
            : {}),
        ...(supportEnd !== undefined ? { security: { updates: { support_end: supportEnd } } } : {}),
    };
}
function filingSummary(f) {
    const label = f.label;
    return {
        scheme: f.scheme,
        status: f.status,
        ...(f.status_since !== undefined ? { status_since: f.status_since } : {}),
        ...(label
            ? {
                label: {
                    ...(label.stars !== undefined ? { stars: label.stars } : {}),
                    ...(label.filing_code !== undefined ? { filing_code: label.filing_code } : {}),
                    ...(label.valid_until !== undefined ? { valid_until: label.valid_until } : {}),
                },
            }
            : {}),
        ...(f.baseline?.stars !== undefined ? { baseline: { stars: f.baseline.stars } } : {}),
        ...(f.changes ? { changes: f.changes.map((c) => ({ id: c.id, status: c.status })) } : {}),
    };
}


/***/ }),

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
/* harmony export */   loadPolicyPacks: () => (/* reexport safe */ _packs_js__WEBPACK_IMPORTED_MODULE_1__.loadPolicyPacks),
/* harmony export */   productStages: () => (/* binding */ productStages),
/* harmony export */   release: () => (/* binding */ release),
/* harmony export */   validateOverrides: () => (/* reexport safe */ _changes_index_js__WEBPACK_IMPORTED_MODULE_0__.e)
/* harmony export */ });
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53126);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68922);
/* harmony import */ var _load_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49760);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20436);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28053);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20731);
/* harmony import */ var _refiling_pending_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50690);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9536);
/* harmony import */ var _packs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86540);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_packs_js__WEBPACK_IMPORTED_MODULE_1__, _changes_index_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _load_repository_js__WEBPACK_IMPORTED_MODULE_5__, _refiling_pending_js__WEBPACK_IMPORTED_MODULE_7__]);
([_packs_js__WEBPACK_IMPORTED_MODULE_1__, _changes_index_js__WEBPACK_IMPORTED_MODULE_2__, _rules_index_js__WEBPACK_IMPORTED_MODULE_3__, _load_repository_js__WEBPACK_IMPORTED_MODULE_5__, _refiling_pending_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// What judging products needs beyond loading them: rule packs, rule evaluation and change detection.
// run-check imports this module only when a run has products to judge.







/** The pure stages every product goes through after loading: rules and readiness, change detection, policy. */
function productStages(packs, overrides, noise, blockPendingRefiling, now) {
    return [
        // Changes are detected first: whether the test report still covers the product follows the change log.
        (p) => {
            const detection = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .detectChanges */ .f)(p, packs.classifier, overrides, noise ? { noise } : {});
            const evaluation = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateProduct */ .b)(packs.packs, {
                product: p.manifest,
                ...(p.filing ? { filing: p.filing } : {}),
                ...(p.sbom ? { inventory: p.sbom } : {}),
                sbomSchemaValid: !p.findings.some((f) => f.ruleId === 'sbom.schema'),
                now,
                coverage: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .coverageFacts */ .g)(p.filing, detection.changes),
                locate: (doc, path) => (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(p, doc, path),
            });
            return {
                findings: [...evaluation.findings, ...detection.findings],
                readiness: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readiness */ .x)(evaluation, packs.packs),
                changes: detection.changes,
                changeSets: detection.sets,
            };
        },
        (p) => ({ findings: (0,_refiling_pending_js__WEBPACK_IMPORTED_MODULE_7__/* .refilingPendingFindings */ .G)(p, blockPendingRefiling) }),
    ];
}
/**
 * Drop what a judged product no longer needs: its parsed YAML documents, and unless a refiling will need
 * them for evidence and the change log (a change the change log does not have yet) its SBOM inventories,
 * filing.yaml text, referenced files and its parsed manifest and filing, of which it keeps the summary
 * the status and the dashboard read. A large audit then holds per product little more than its report.
 */
function release(p, j) {
    delete p.manifestDoc;
    delete p.filingDoc;
    if (!(j.changes ?? []).some((c) => !c.recorded && c.classification !== 'none')) {
        p.summary = (0,_load_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .summarise */ .f)(p.manifest, p.filing);
        delete p.manifest;
        delete p.filing;
        delete p.sbom;
        delete p.sbomLocate;
        delete p.baselineSbom;
        delete p.filingText;
        p.files = [];
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 22811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Pu: () => (/* binding */ componentSortKey),
/* harmony export */   Z$: () => (/* binding */ sortedUnique),
/* harmony export */   _c: () => (/* binding */ normaliseProperties),
/* harmony export */   bZ: () => (/* binding */ sortHashes),
/* harmony export */   d3: () => (/* binding */ serviceSortKey),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   jU: () => (/* binding */ makeHash),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   r6: () => (/* binding */ sortByKey)
/* harmony export */ });
/* unused harmony export normaliseHashAlg */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
// Value normalisation shared by the JSON and XML readers, so both formats yield identical data.

/** Code-unit comparison: locale-independent, so sort orders (and digests) match on every machine. */
const compareStrings = _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6;
/** Trimmed string, or undefined for anything else (numbers are accepted and stringified). */
function str(v) {
    if (typeof v === 'string') {
        const t = v.trim();
        return t === '' ? undefined : t;
    }
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return undefined;
}
function bool(v) {
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string') {
        const t = v.trim();
        if (t === 'true' || t === '1')
            return true;
        if (t === 'false' || t === '0')
            return false;
    }
    return undefined;
}
const CANONICAL_HASH_ALGS = [
    'MD5',
    'SHA-1',
    'SHA-256',
    'SHA-384',
    'SHA-512',
    'SHA3-256',
    'SHA3-384',
    'SHA3-512',
    'BLAKE2b-256',
    'BLAKE2b-384',
    'BLAKE2b-512',
    'BLAKE3',
    'Streebog-256',
    'Streebog-512',
];
const CANONICAL = new Set(CANONICAL_HASH_ALGS);
const HASH_ALGS = new Map(CANONICAL_HASH_ALGS.map((alg) => [squash(alg), alg]));
function squash(alg) {
    return alg.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
/** Maps `sha256`, `SHA_256`, `sha-256` … to the CycloneDX spelling; unknown algorithms pass through trimmed. */
function normaliseHashAlg(alg) {
    if (CANONICAL.has(alg))
        return alg;
    return HASH_ALGS.get(squash(alg)) ?? alg.trim();
}
/** A normalised hash: canonical algorithm name, lower-case hex. */
function makeHash(alg, content) {
    return { alg: normaliseHashAlg(alg), content: content.trim().toLowerCase() };
}
/** Sorts by algorithm then content and drops exact duplicates (in place when possible). */
function sortHashes(hashes) {
    if (hashes.length < 2)
        return hashes;
    hashes.sort((a, b) => compareStrings(a.alg, b.alg) || compareStrings(a.content, b.content));
    return hashes.filter((h, i) => i === 0 || h.alg !== hashes[i - 1].alg || h.content !== hashes[i - 1].content);
}
function normaliseProperties(raw) {
    if (raw.length < 2)
        return raw;
    raw.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.value, b.value));
    return raw.filter((p, i) => i === 0 || p.name !== raw[i - 1].name || p.value !== raw[i - 1].value);
}
function sortedUnique(values) {
    if (values.length < 2)
        return values;
    values.sort(compareStrings);
    return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}
/**
 * Total, content-based sort key: equal keys mean the diff cannot tell the components apart, so any
 * order between them is equally deterministic.
 */
function componentSortKey(c) {
    return [
        c.name,
        c.group ?? '',
        c.version ?? '',
        c.type,
        c.purl ?? '',
        c.cpe ?? '',
        c.path.join('/'),
        c.supplier ?? '',
        c.manufacturer ?? '',
        c.publisher ?? '',
        c.hashes.map((h) => `${h.alg}:${h.content}`).join(','),
        c.properties.map((p) => `${p.name}=${p.value}`).join('\u0001'),
        c.licenses.join('\u0001'),
        c.cryptoProperties === undefined ? '' : JSON.stringify(c.cryptoProperties),
    ].join('\u0000');
}
function serviceSortKey(s) {
    return [
        s.name,
        s.group ?? '',
        s.version ?? '',
        s.path.join('/'),
        s.provider ?? '',
        String(s.authenticated),
        String(s.trustBoundary),
        s.endpoints.join('\u0001'),
    ].join('\u0000');
}
/** Sorts by a precomputed key, computing each key once. */
function sortByKey(items, key) {
    if (items.length < 2)
        return items;
    const keyed = items.map((item) => ({ item, k: key(item) }));
    keyed.sort((a, b) => compareStrings(a.k, b.k));
    return keyed.map((e) => e.item);
}


/***/ })

};
