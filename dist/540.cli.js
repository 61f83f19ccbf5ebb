export const id = 540;
export const ids = [540];
export const modules = {

/***/ 88054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qr: () => (/* binding */ recordedFingerprints),
/* harmony export */   cP: () => (/* binding */ staleRecords),
/* harmony export */   pP: () => (/* binding */ understates)
/* harmony export */ });
/** Where each fingerprint is recorded: the first change-log entry that lists it. */
function recordedFingerprints(entries) {
    const out = new Map();
    for (const e of entries)
        for (const f of e.fingerprints)
            if (!out.has(f))
                out.set(f, e);
    return out;
}
/** Change-log entries whose fingerprints match no current difference, and stray fingerprints in live entries. */
function staleRecords(entries, changes) {
    const current = new Set(changes.map((c) => c.fingerprint));
    const out = [];
    entries.forEach((entry, index) => {
        const stray = entry.fingerprints.flatMap((f, i) => (current.has(f) ? [] : [i]));
        if (stray.length === 0)
            return;
        out.push({ index, entry, fingerprints: stray, wholeEntry: stray.length === entry.fingerprints.length });
    });
    return out;
}
const rank = { none: 0, record: 1, material: 2 };
/** Whether an entry records a change as less serious than the pack classifies it. */
function understates(entry, change) {
    return rank[entry.classification] < rank[change.classification];
}


/***/ }),

/***/ 91035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ declaredRoles)
/* harmony export */ });
/**
 * Roles the manifest itself gives SBOM components, by lower-case component name: the crypto library
 * it names (`security.crypto.library`) and the components behind its network services. Read from
 * both the registered and the current claims, so a component keeps its role when it is removed.
 */
function declaredRoles(...claims) {
    const out = new Map();
    const add = (name, role) => {
        if (!name)
            return;
        const key = name.trim().toLowerCase();
        out.set(key, (out.get(key) ?? new Set()).add(role));
    };
    for (const s of claims) {
        add(s?.crypto?.library, 'crypto');
        for (const svc of s?.network_services ?? [])
            add(svc.component, 'network-daemon');
    }
    return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}


/***/ }),

/***/ 48656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ describeDifference)
/* harmony export */ });
const nouns = [
    ['hardware.part.', 'hardware part'],
    ['security.debug_interface.', 'debug interface'],
    ['security.', 'security claim'],
    ['service.', 'network service'],
    ['sbom.component.', 'SBOM component'],
    ['sbom.service.', 'SBOM service'],
    ['sbom.product.', 'SBOM product'],
];
/** One line saying what changed, e.g. "SBOM component openssl changed from 3.0.13 to 3.0.14 (version-up, patch)". */
function describeDifference(d) {
    const noun = nouns.find(([p]) => d.kind.startsWith(p))?.[1];
    const what = noun ? `${noun} ${d.subject}` : d.subject;
    // Aspects explain inventory and service changes; for claims and parts the values say it all.
    const aspects = d.category === 'sbom' || d.category === 'service' ? d.aspects : [];
    const detail = [...aspects, ...(d.bump ? [d.bump] : [])];
    const suffix = detail.length > 0 ? ` (${detail.join(', ')})` : '';
    if (d.change === 'added')
        return `${what} added${d.to ? `: ${d.to}` : ''}${suffix}`;
    if (d.change === 'removed')
        return `${what} removed${d.from ? ` (was ${d.from})` : ''}`;
    return `${what} changed from ${d.from ?? '(unset)'} to ${d.to ?? '(unset)'}${suffix}`;
}


/***/ }),

/***/ 53126:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ detectChanges)
/* harmony export */ });
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68922);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63273);
/* harmony import */ var _change_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88054);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27211);
/* harmony import */ var _declared_roles_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(91035);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(48656);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20627);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42725);
/* harmony import */ var _manifest_diff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52015);
/* harmony import */ var _registered_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(94993);
/* harmony import */ var _sbom_changes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47943);
/* harmony import */ var _rules_input_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80653);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_0__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_1__, _findings_js__WEBPACK_IMPORTED_MODULE_4__]);
([_load_repository_js__WEBPACK_IMPORTED_MODULE_0__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_1__, _findings_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);













/**
 * Compare a product with its registered baseline, classify every difference with the pack for the
 * filing's scheme, and mark each one recorded or unrecorded against the filing's change log. A product
 * with no registered baseline has nothing to compare and gets no change findings. Pure.
 */
function detectChanges(product, classifier, overrides = []) {
    const manifest = product.manifest;
    const filing = product.filing;
    const registered = (0,_registered_js__WEBPACK_IMPORTED_MODULE_9__/* .registeredState */ .y)(filing);
    if (manifest && product.filingFile === undefined)
        return { changes: [], findings: [noFilingFinding(product)] };
    if (!manifest || !filing || !registered)
        return { changes: [], findings: [] };
    const findings = [];
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_10__/* .append */ .BC)(findings, baselineDigestFindings(product));
    const table = tableFor(classifier, registered.scheme);
    if (!table)
        findings.push(noTableFinding(product, registered.scheme, classifier));
    const differences = [...(0,_manifest_diff_js__WEBPACK_IMPORTED_MODULE_6__/* .diffManifest */ .H)(registered, manifest)];
    if (product.baselineSbom && product.sbom) {
        const software = table?.softwareRoles;
        const declared = (0,_declared_roles_js__WEBPACK_IMPORTED_MODULE_11__/* .declaredRoles */ ._)(registered.security, manifest.security);
        const roleOf = (c) => [
            ...(0,_rules_input_js__WEBPACK_IMPORTED_MODULE_8__/* .componentRoles */ .ZK)(c, software),
            ...(declared.get(c.name.toLowerCase()) ?? []),
        ];
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_10__/* .append */ .BC)(differences, (0,_sbom_changes_js__WEBPACK_IMPORTED_MODULE_7__/* .sbomDifferences */ .w)((0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__/* .diffSboms */ .Qj)(product.baselineSbom, product.sbom), roleOf));
    }
    const ctx = context(registered, manifest);
    const classified = dedupe(differences.map((d) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyDifference */ .C)(d, table, ctx, overrides, product.id)));
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_10__/* .append */ .BC)(findings, evaluationFindings(classified, table));
    const log = filing.changes ?? [];
    const recorded = (0,_change_log_js__WEBPACK_IMPORTED_MODULE_2__/* .recordedFingerprints */ .Qr)(log);
    const rows = classified
        .map((c) => {
        const entry = recorded.get(c.fingerprint);
        return { c, change: toDetectedChange(c, entry?.id) };
    })
        .sort((a, b) => compareChanges(a.c.difference, b.c.difference) || byText(a.change.fingerprint, b.change.fingerprint));
    let nextId = log.length + 1;
    const notRefiled = new Set();
    for (const { c, change } of rows) {
        if (change.classification === 'none')
            continue;
        const description = (0,_describe_js__WEBPACK_IMPORTED_MODULE_12__/* .describeDifference */ .h)(c.difference);
        const at = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .siteLocation */ .R2)(product, c.difference.site);
        if (!change.recorded) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .unrecordedFinding */ .hn)(product, change, description, at, `CHG-${String(nextId++).padStart(3, '0')}`));
        }
        else {
            const entryIndex = log.findIndex((e) => e.id === change.changeLogId);
            const entry = log[entryIndex];
            if (entry && (0,_change_log_js__WEBPACK_IMPORTED_MODULE_2__/* .understates */ .pP)(entry, change)) {
                findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .understatedFinding */ .Du)(product, entryIndex, entry, change, description));
            }
            if (entry &&
                change.classification === 'material' &&
                entry.status === 'recorded' &&
                !_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .refilingStatuses */ .tr.has(filing.status) &&
                !notRefiled.has(entry.id)) {
                // Once per entry: one status to fix, however many of its changes are material.
                notRefiled.add(entry.id);
                findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .notRefiledFinding */ .M9)(product, entryIndex, entry, change, description));
            }
        }
        if (c.blocking)
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .blockedFinding */ .s5)(product, change, description, at));
    }
    const changes = rows.map((r) => r.change);
    for (const s of (0,_change_log_js__WEBPACK_IMPORTED_MODULE_2__/* .staleRecords */ .cP)(log, changes))
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .staleFinding */ .Pc)(product, s));
    return { changes, findings };
}
/** Give each difference its fingerprint; two differences that are indistinguishable count once. */
function dedupe(list) {
    const seen = new Set();
    const out = [];
    for (const c of list) {
        const fingerprint = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_5__/* .fingerprintOf */ .a)(c.difference);
        if (seen.has(fingerprint))
            continue;
        seen.add(fingerprint);
        out.push({ ...c, fingerprint });
    }
    return out;
}
function toDetectedChange(c, changeLogId) {
    const d = c.difference;
    return {
        kind: d.kind,
        subject: d.subject,
        ...(d.from !== undefined ? { from: d.from } : {}),
        ...(d.to !== undefined ? { to: d.to } : {}),
        classification: c.classification,
        classId: c.classId,
        reason: c.reason,
        sources: c.sources,
        recorded: changeLogId !== undefined,
        fingerprint: c.fingerprint,
        ...(changeLogId !== undefined ? { changeLogId } : {}),
        ...(d.matchedBy !== undefined ? { matchedBy: d.matchedBy } : {}),
    };
}
const categoryOrder = [
    'label',
    'hardware',
    'firmware',
    'security',
    'service',
    'lifecycle',
    'sbom',
];
/** Report order: label items, hardware, firmware, security claims, services, lifecycle, SBOM; then by kind and subject. */
function compareChanges(a, b) {
    return (categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
        byText(a.kind, b.kind) ||
        byText(a.subject, b.subject) ||
        byText(a.from ?? '', b.from ?? '') ||
        byText(a.to ?? '', b.to ?? ''));
}
/** Code-unit order: the same on every machine, whatever its locale. */
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function tableFor(classifier, scheme) {
    const want = scheme.toLowerCase();
    return classifier.tables.find((t) => t.scheme.toLowerCase() === want);
}
function context(registered, manifest) {
    const i = (0,_registered_js__WEBPACK_IMPORTED_MODULE_9__/* .labelIndex */ .v)(manifest, registered.scheme);
    const registeredStars = registered.label.stars ?? 0;
    return {
        scheme: registered.scheme,
        stars: (i === -1 ? undefined : manifest.labels[i]?.stars) ?? (registeredStars || 1),
        registeredStars,
    };
}
/**
 * The registered SBOM must still be what was registered: its normalised digest is part of the
 * baseline. A mismatch means the reference itself was edited, so no comparison against it can be trusted.
 */
function baselineDigestFindings(p) {
    const expected = p.filing?.baseline?.sbom.digest;
    if (!p.baselineSbom || !expected)
        return [];
    // The file as labelguard wrote it hashes to the digest as it is; normalise only when it does not.
    if (p.baselineBytesDigest === expected)
        return [];
    const actual = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sbomDigest */ .K_)(p.baselineSbom);
    if (actual === expected)
        return [];
    return [
        {
            ruleId: 'data.baseline-tampered',
            severity: 'error',
            message: `the registered SBOM ${p.filing.baseline.sbom.file} no longer matches its registered digest (expected ${expected}, found ${actual})`,
            hint: 'The registered baseline is the reference every change is judged against and must not be edited. ' +
                'Restore the registered SBOM from the filing evidence; a new baseline comes only with a granted refiling.',
            productId: p.id,
            ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(p, 'filing', ['baseline', 'sbom', 'digest']),
        },
    ];
}
/** Without filing.yaml nothing is registered, so no change can be detected: say so rather than stay silent. */
function noFilingFinding(p) {
    const file = p.dir === '' ? 'filing.yaml' : `${p.dir}/filing.yaml`;
    return {
        ruleId: 'change.detection-off',
        severity: 'warning',
        message: `${file} does not exist: change detection is off for product ${p.id}`,
        hint: 'Create it with `labelguard init` (status: not-filed), and register the baseline with ' +
            '`labelguard baseline` when the filing is submitted; see docs/filing-lifecycle.md.',
        productId: p.id,
        file: p.manifestFile,
        line: 1,
        column: 1,
    };
}
function noTableFinding(p, scheme, classifier) {
    const known = classifier.tables.map((t) => t.scheme).join(', ') || 'none';
    return {
        ruleId: 'change.no-classification',
        severity: 'warning',
        message: `no change classification for scheme '${scheme}' (loaded: ${known}); every difference is recorded as 'record'`,
        hint: "Add the scheme's rule pack to `packs:` in .labelguard.yml, or a changes.yaml to your own pack.",
        productId: p.id,
        ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(p, 'filing', ['scheme']),
    };
}
/** A `when` that cannot be evaluated is a defect of the pack: say so once per entry. */
function evaluationFindings(list, table) {
    const seen = new Map();
    for (const c of list)
        for (const f of c.failures)
            if (!seen.has(f.classId))
                seen.set(f.classId, f.message);
    return [...seen].map(([classId, message]) => {
        const entry = table?.entries.find((e) => e.id === classId);
        return {
            ruleId: 'change.classification-error',
            severity: 'warning',
            message: `change classification '${classId}' could not be evaluated: ${message}; later entries decided instead`,
            hint: 'Fix the `when` expression; every field of `change` is always present (empty when it does not apply).',
            file: entry?.file ?? table?.file ?? 'changes.yaml',
            line: entry?.line ?? 1,
            column: 1,
        };
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 32138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ difference)
/* harmony export */ });
/** A difference with defaults for every field that does not apply. */
function difference(d) {
    const out = {
        roles: [],
        aspects: [],
        bump: '',
        field: '',
        componentType: '',
        securityRelevant: true,
        ...d,
    };
    out.roles = [...new Set(out.roles)].sort();
    out.aspects = [...new Set(out.aspects)].sort();
    if (out.from === undefined)
        delete out.from;
    if (out.to === undefined)
        delete out.to;
    if (out.matchedBy === undefined)
        delete out.matchedBy;
    return out;
}


/***/ }),

/***/ 20627:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ understatedFinding),
/* harmony export */   M9: () => (/* binding */ notRefiledFinding),
/* harmony export */   Pc: () => (/* binding */ staleFinding),
/* harmony export */   R2: () => (/* binding */ siteLocation),
/* harmony export */   hn: () => (/* binding */ unrecordedFinding),
/* harmony export */   s5: () => (/* binding */ blockedFinding),
/* harmony export */   tr: () => (/* binding */ refilingStatuses)
/* harmony export */ });
/* unused harmony export changeLogSnippet */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68922);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_1__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** Where a difference shows: the manifest value that changed, or line 1 of the SBOM. */
function siteLocation(p, site) {
    if (site.doc === 'sbom')
        return { file: p.sbomFile ?? p.manifestFile, line: 1, column: 1 };
    return (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(p, site.doc, site.path);
}
/** A ready-to-paste change-log entry recording the given changes (YAML, indented for a hint). */
function changeLogSnippet(id, changes, summary) {
    const material = changes.some((c) => c.classification === 'material');
    const entry = {
        id,
        summary,
        fingerprints: changes.map((c) => c.fingerprint),
        classification: material ? 'material' : 'record',
        status: material ? 'refiling-required' : 'recorded',
    };
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)([entry], { lineWidth: 0 })
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n');
}
/** The finding for one change the change log does not account for. */
function unrecordedFinding(p, c, description, at, suggestedId) {
    const material = c.classification === 'material';
    const filingFile = p.filingFile ?? `${p.dir}/filing.yaml`;
    const hint = [
        `${c.reason}`,
        `Record it: add this entry under \`changes:\` in ${filingFile} (or let the refiling pull request record it):`,
        changeLogSnippet(suggestedId, [c], description),
    ].join('\n');
    return {
        ruleId: material ? 'change.unrecorded' : 'change.unrecorded-record',
        severity: material ? 'error' : 'warning',
        message: material
            ? `unrecorded technical modification: ${description} [${c.classId}]`
            : `change not recorded in the change log: ${description} [${c.classId}]`,
        hint,
        ...(c.sources.length > 0 ? { sources: c.sources } : {}),
        productId: p.id,
        ...at,
    };
}
/** The finding for a material change the pack blocks even when it is recorded. */
function blockedFinding(p, c, description, at) {
    return {
        ruleId: 'change.blocked',
        severity: 'error',
        message: `blocked change: ${description} [${c.classId}]`,
        hint: `${c.reason} Revert the change; recording it does not make it acceptable. If the pack is wrong for this product, override '${c.classId}' in .labelguard.yml \`classification:\` with a justification.`,
        ...(c.sources.length > 0 ? { sources: c.sources } : {}),
        productId: p.id,
        ...at,
    };
}
/** The finding for a change-log entry, or some of its fingerprints, that match no current difference. */
function staleFinding(p, s) {
    const path = s.wholeEntry ? ['changes', s.index] : ['changes', s.index, 'fingerprints', s.fingerprints[0]];
    const strays = s.fingerprints.map((i) => s.entry.fingerprints[i]).join(', ');
    return {
        ruleId: 'change.stale-entry',
        severity: 'warning',
        message: s.wholeEntry
            ? `change-log entry ${s.entry.id} matches no current difference from the registered baseline (${strays})`
            : `change-log entry ${s.entry.id} lists fingerprint${s.fingerprints.length > 1 ? 's' : ''} ${strays} that match${s.fingerprints.length > 1 ? '' : 'es'} no current difference`,
        hint: 'The change was reverted, superseded by a later change, or already registered in a new baseline. ' +
            'Remove the stale fingerprints (or the entry), or replace them with the fingerprints labelguard now reports.',
        productId: p.id,
        ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(p, 'filing', path),
    };
}
/**
 * The finding for a change-log entry that records a change as less serious than the pack (after the
 * trusted overrides) classifies it. Blocking: otherwise a pull request could record its own material
 * change as `record` and pass.
 */
function understatedFinding(p, index, entry, c, description) {
    return {
        ruleId: 'change.entry-classification',
        severity: 'error',
        message: `change-log entry ${entry.id} records a ${c.classification} change as '${entry.classification}': ${description} [${c.classId}]`,
        hint: `${c.reason} A change log cannot lower the class the rule pack assigns: set the entry's classification to ${c.classification}. ` +
            `If the pack is wrong here, an approver adds a classification override for '${c.classId}' (optionally only fingerprint ${c.fingerprint}) ` +
            'with a justification to `classification:` in .labelguard.yml, in a pull request of its own.',
        productId: p.id,
        ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(p, 'filing', ['changes', index, 'classification']),
    };
}
/** Filing statuses in which a recorded material change is being (or no longer needs to be) refiled. */
const refilingStatuses = new Set([
    'refiling-required',
    'refiling-submitted',
    'expired',
    'cancelled',
]);
/**
 * The finding for a material change whose entry says `status: recorded` while the filing still says the
 * label is valid as granted: a material change needs a new filing, so the filing must move on.
 */
function notRefiledFinding(p, index, entry, c, description) {
    const status = p.filing?.status ?? 'granted';
    return {
        ruleId: 'change.material-not-refiled',
        severity: 'error',
        message: `change-log entry ${entry.id} marks a material change as 'recorded' but the filing is still '${status}': ${description} [${c.classId}]`,
        hint: `${c.reason} A material change invalidates the granted label until it is refiled: set the entry's status to refiling-required ` +
            `and the filing's status to refiling-required (or refiling-submitted once submitted) in ${p.filingFile ?? `${p.dir}/filing.yaml`}.`,
        productId: p.id,
        ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(p, 'filing', ['changes', index, 'status']),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 14685:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _A: () => (/* reexport safe */ _pack_js__WEBPACK_IMPORTED_MODULE_1__._),
/* harmony export */   ec: () => (/* reexport safe */ _overrides_js__WEBPACK_IMPORTED_MODULE_2__.e),
/* harmony export */   f8: () => (/* reexport safe */ _detect_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   mT: () => (/* reexport safe */ _pack_js__WEBPACK_IMPORTED_MODULE_1__.m)
/* harmony export */ });
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53126);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77128);
/* harmony import */ var _overrides_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9536);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42725);
/* harmony import */ var _manifest_diff_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52015);
/* harmony import */ var _sbom_changes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47943);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_detect_js__WEBPACK_IMPORTED_MODULE_0__, _pack_js__WEBPACK_IMPORTED_MODULE_1__]);
([_detect_js__WEBPACK_IMPORTED_MODULE_0__, _pack_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Change detection: registered baseline vs current product, classified by the rule pack's
// changes.yaml, and checked against the filing's change log.









__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 52015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ diffManifest)
});

// UNUSED EXPORTS: diffFirmware

// EXTERNAL MODULE: ./src/changes/difference.ts
var difference = __webpack_require__(32138);
// EXTERNAL MODULE: ./src/core/append.ts
var append = __webpack_require__(16547);
;// CONCATENATED MODULE: ./src/changes/hardware-diff.ts


/**
 * Hardware differences: each security-relevant part added, removed or replaced (matched by part name,
 * then by role), then the revision itself, carrying the roles of the parts that changed with it so the
 * pack can tell a new SoC from a new enclosure.
 */
function diffHardware(registered, product) {
    const out = [];
    const before = registered.hardware.parts;
    const after = product.hardware.parts ?? [];
    // A baseline that registered no part list cannot say which parts changed: compare the revision only.
    if (before !== undefined)
        (0,append/* append */.BC)(out, diffParts(before, after));
    const from = registered.hardware.revision;
    const to = product.hardware.revision;
    if (from !== to) {
        const roles = out.filter((d) => d.securityRelevant).flatMap((d) => d.roles);
        out.push((0,difference/* difference */.i)({
            kind: 'hardware.revision',
            category: 'hardware',
            change: 'changed',
            subject: 'hardware revision',
            from,
            to,
            roles,
            aspects: roles.length === 0 ? ['no-security-part-changed'] : ['security-part-changed'],
            site: { doc: 'product', path: ['hardware', 'revision'] },
        }));
    }
    return out;
}
function diffParts(before, after) {
    const out = [];
    const pairs = matchParts(before, after);
    for (const [b, a] of pairs.matched) {
        if (describe(b) === describe(a))
            continue;
        const i = after.indexOf(a);
        out.push(partDifference('changed', a, {
            from: describe(b),
            to: describe(a),
            path: ['hardware', 'parts', i, 'mpn'],
        }));
    }
    for (const a of pairs.added) {
        out.push(partDifference('added', a, { to: describe(a), path: ['hardware', 'parts', after.indexOf(a)] }));
    }
    for (const b of pairs.removed) {
        out.push(partDifference('removed', b, { from: describe(b), path: ['hardware', 'parts'] }));
    }
    return out;
}
function partDifference(change, part, v) {
    const relevant = part.security_relevant !== false;
    return (0,difference/* difference */.i)({
        kind: `hardware.part.${change}`,
        category: 'hardware',
        change,
        subject: part.part,
        from: v.from,
        to: v.to,
        // A part listed without a role is still on the security-relevant list; say so rather than guess.
        roles: [part.role ?? 'unspecified'],
        aspects: relevant ? [] : ['not-security-relevant'],
        securityRelevant: relevant,
        site: { doc: 'product', path: v.path },
    });
}
/** What identifies the physical part: manufacturer (when given) and part number. */
function describe(p) {
    return p.manufacturer ? `${p.manufacturer} ${p.mpn}` : p.mpn;
}
const nameKey = (p) => p.part.trim().toLowerCase();
/** Pair parts by name; leftovers pair by role when exactly one part on each side has that role. */
function matchParts(before, after) {
    const matched = [];
    const restAfter = [...after];
    const restBefore = [];
    for (const b of before) {
        const i = restAfter.findIndex((a) => nameKey(a) === nameKey(b));
        if (i === -1)
            restBefore.push(b);
        else
            matched.push([b, restAfter.splice(i, 1)[0]]);
    }
    const removed = [];
    for (const b of restBefore) {
        const role = b.role;
        const sameRole = (p) => role !== undefined && role !== 'other' && p.role === role;
        const candidates = restAfter.filter(sameRole);
        if (candidates.length === 1 && restBefore.filter(sameRole).length === 1) {
            matched.push([b, candidates[0]]);
            restAfter.splice(restAfter.indexOf(candidates[0]), 1);
        }
        else {
            removed.push(b);
        }
    }
    return { matched, added: restAfter, removed };
}

// EXTERNAL MODULE: ./src/changes/registered.ts
var changes_registered = __webpack_require__(94993);
;// CONCATENATED MODULE: ./src/changes/label-diff.ts


/**
 * Differences in the items printed on the label: model (item 2), producer (item 1), testing lab
 * (item 5), standard (item 6) and star level (item 3) of the filing's scheme, and the catalogue category
 * whose implementation rules the label follows. An item the filing never
 * registered is not compared: there is nothing to differ from.
 */
function diffLabel(registered, product) {
    const out = [];
    const r = registered.label;
    const i = (0,changes_registered/* labelIndex */.v)(product, registered.scheme);
    const target = i === -1 ? undefined : product.labels[i];
    const item = (field, from, to, path) => {
        if (from === undefined || from === to)
            return;
        out.push((0,difference/* difference */.i)({
            kind: `label.${field}`,
            category: 'label',
            change: to === undefined ? 'removed' : 'changed',
            subject: `label ${field}`,
            from,
            to,
            field,
            site: { doc: 'product', path },
        }));
    };
    item('model', r.model, product.model, ['model']);
    item('category', r.category, product.category, ['category']);
    item('producer', r.producer, product.manufacturer.name, ['manufacturer', 'name']);
    item('lab', r.lab, product.evidence?.test_report?.lab, ['evidence', 'test_report', 'lab']);
    // Only a manifest that states the standard can differ from the registered one.
    const standard = target ? optionalString(target, 'standard') : undefined;
    if (standard !== undefined)
        item('standard', r.standard, standard, ['labels', i, 'standard']);
    if (r.stars !== undefined && r.stars !== target?.stars) {
        const to = target?.stars;
        out.push((0,difference/* difference */.i)({
            kind: 'label.stars',
            category: 'label',
            change: to === undefined ? 'removed' : 'changed',
            subject: `${registered.scheme} star level`,
            from: String(r.stars),
            to: to === undefined ? undefined : String(to),
            field: 'stars',
            aspects: to === undefined ? ['scheme-dropped'] : [to > r.stars ? 'raised' : 'lowered'],
            site: { doc: 'product', path: i === -1 ? ['labels'] : ['labels', i, 'stars'] },
        }));
    }
    return out;
}
// The manifest's label entries carry no standard field yet; read one when a later schema adds it.
function optionalString(o, key) {
    const v = o[key];
    return typeof v === 'string' ? v : undefined;
}

;// CONCATENATED MODULE: ./src/changes/security-diff.ts


// Lists of objects are matched item by item below; the support end date is a lifecycle matter.
const itemised = new Set(['network_services', 'debug_interfaces']);
const lifecycleFields = new Set(['updates.support_end']);
/**
 * Differences in the security claims: one per changed field of each claim area (authentication,
 * updates, crypto, secure boot, storage, logging, privacy, …), network services by name and port,
 * debug interfaces by name, and the support end date.
 */
function diffSecurity(registered, current) {
    const cur = current ?? {};
    const out = [];
    const areas = [...new Set([...Object.keys(registered), ...Object.keys(cur)])]
        .filter((a) => !itemised.has(a))
        .sort();
    for (const area of areas) {
        const before = flatten(registered[area]);
        const after = flatten(cur[area]);
        for (const field of [...new Set([...before.keys(), ...after.keys()])].sort()) {
            const from = before.get(field);
            const to = after.get(field);
            if (from === to)
                continue;
            const path = ['security', area, ...field.split('.')];
            if (lifecycleFields.has(`${area}.${field}`)) {
                out.push(supportEnd(from, to, path));
                continue;
            }
            out.push((0,difference/* difference */.i)({
                kind: `security.${area}`,
                category: 'security',
                change: from === undefined ? 'added' : to === undefined ? 'removed' : 'changed',
                subject: `${area}.${field}`,
                from,
                to,
                field,
                site: { doc: 'product', path },
            }));
        }
    }
    (0,append/* append */.BC)(out, diffNetworkServices(registered.network_services ?? [], cur.network_services ?? []));
    (0,append/* append */.BC)(out, diffDebugInterfaces(registered.debug_interfaces ?? [], cur.debug_interfaces ?? []));
    return out;
}
/** Leaf values of a claim area by dotted path; lists of plain values become one sorted, comma-joined value. */
function flatten(value, prefix = '', out = new Map()) {
    if (Array.isArray(value)) {
        out.set(prefix, value
            .map((v) => scalarText(v))
            .sort()
            .join(', '));
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
    }
    else if (value !== undefined && value !== null) {
        out.set(prefix, scalarText(value));
    }
    return out;
}
function scalarText(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : JSON.stringify(v);
}
function supportEnd(from, to, path) {
    const aspect = from === undefined ? 'added' : to === undefined ? 'removed' : to < from ? 'shortened' : 'extended';
    return (0,difference/* difference */.i)({
        kind: 'lifecycle.support_end',
        category: 'lifecycle',
        change: from === undefined ? 'added' : to === undefined ? 'removed' : 'changed',
        subject: 'security update support end',
        from,
        to,
        field: 'updates.support_end',
        aspects: [aspect],
        site: { doc: 'product', path },
    });
}
const serviceKey = (s) => `${s.name.trim().toLowerCase()}:${s.port}`;
/** The technical facts of a service (its justification text is not one). */
function serviceState(s) {
    return [
        `protocol=${s.protocol}`,
        `exposure=${s.exposure ?? 'lan'}`,
        `enabled_by_default=${s.enabled_by_default ?? true}`,
        `auth_required=${s.auth_required}`,
        `encrypted=${s.encrypted}`,
        ...(s.component ? [`component=${s.component}`] : []),
    ].join(' ');
}
function serviceAspects(s) {
    return [
        `exposure:${s.exposure ?? 'lan'}`,
        s.auth_required ? 'authenticated' : 'unauthenticated',
        s.encrypted ? 'encrypted' : 'unencrypted',
    ];
}
const exposureRank = { lan: 0, cloud: 1, wan: 2 };
function diffNetworkServices(before, after) {
    const out = [];
    const byKey = new Map(before.map((s) => [serviceKey(s), s]));
    after.forEach((a, i) => {
        const b = byKey.get(serviceKey(a));
        byKey.delete(serviceKey(a));
        const subject = `${a.name}:${a.port}`;
        const site = { doc: 'product', path: ['security', 'network_services', i] };
        if (!b) {
            out.push((0,difference/* difference */.i)({
                kind: 'service.added',
                category: 'service',
                change: 'added',
                subject,
                to: serviceState(a),
                aspects: serviceAspects(a),
                site,
            }));
            return;
        }
        if (serviceState(a) === serviceState(b))
            return;
        const aspects = [];
        if (b.auth_required && !a.auth_required)
            aspects.push('auth-dropped');
        if (b.encrypted && !a.encrypted)
            aspects.push('encryption-dropped');
        if ((exposureRank[a.exposure ?? 'lan'] ?? 0) > (exposureRank[b.exposure ?? 'lan'] ?? 0))
            aspects.push('exposure-widened');
        if (a.protocol !== b.protocol)
            aspects.push('protocol-changed');
        if ((a.enabled_by_default ?? true) && !(b.enabled_by_default ?? true))
            aspects.push('now-enabled-by-default');
        out.push((0,difference/* difference */.i)({
            kind: 'service.changed',
            category: 'service',
            change: 'changed',
            subject,
            from: serviceState(b),
            to: serviceState(a),
            aspects,
            site,
        }));
    });
    for (const b of [...byKey.values()]) {
        out.push((0,difference/* difference */.i)({
            kind: 'service.removed',
            category: 'service',
            change: 'removed',
            subject: `${b.name}:${b.port}`,
            from: serviceState(b),
            site: { doc: 'product', path: ['security', 'network_services'] },
        }));
    }
    return out;
}
function diffDebugInterfaces(before, after) {
    const out = [];
    const key = (d) => d.name.trim().toLowerCase();
    const byKey = new Map(before.map((d) => [key(d), d]));
    after.forEach((a, i) => {
        const b = byKey.get(key(a));
        byKey.delete(key(a));
        const site = { doc: 'product', path: ['security', 'debug_interfaces', i, 'state'] };
        if (b && b.state === a.state)
            return;
        const aspects = [];
        if (!b)
            aspects.push('new-interface');
        if (b?.state === 'disabled' && a.state !== 'disabled')
            aspects.push('re-enabled');
        if (a.state === 'enabled' && b?.state !== 'enabled')
            aspects.push('opened');
        if (b && a.state === 'disabled')
            aspects.push('now-disabled');
        out.push((0,difference/* difference */.i)({
            kind: `security.debug_interface.${b ? 'changed' : 'added'}`,
            category: 'security',
            change: b ? 'changed' : 'added',
            subject: a.name,
            from: b?.state,
            to: a.state,
            field: 'state',
            aspects,
            site,
        }));
    });
    for (const b of [...byKey.values()]) {
        out.push((0,difference/* difference */.i)({
            kind: 'security.debug_interface.removed',
            category: 'security',
            change: 'removed',
            subject: b.name,
            from: b.state,
            field: 'state',
            site: { doc: 'product', path: ['security', 'debug_interfaces'] },
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/changes/manifest-diff.ts




/**
 * Every difference between the registered baseline and the current manifest: hardware, firmware,
 * security claims, label items and support period. Pure; order is not significant (callers sort).
 */
function diffManifest(registered, product) {
    return [
        ...diffHardware(registered, product),
        ...diffFirmware(registered, product),
        // A baseline that registered no security claims gives nothing to compare them with.
        ...(registered.security ? diffSecurity(registered.security, product.security) : []),
        ...diffLabel(registered, product),
    ];
}
/**
 * Firmware: a new version, or — flagged separately — the same version with a different image hash,
 * which is either an unexplained rebuild or a tampered image.
 */
function diffFirmware(registered, product) {
    const b = registered.firmware;
    const a = product.firmware;
    if (b.version !== a.version) {
        return [
            (0,difference/* difference */.i)({
                kind: 'firmware.version',
                category: 'firmware',
                change: 'changed',
                subject: 'firmware version',
                from: b.version,
                to: a.version,
                site: { doc: 'product', path: ['firmware', 'version'] },
            }),
        ];
    }
    if (b.image_sha256 !== a.image_sha256) {
        return [
            (0,difference/* difference */.i)({
                kind: 'firmware.image',
                category: 'firmware',
                change: 'changed',
                subject: `firmware ${a.version} image`,
                from: `sha256:${b.image_sha256}`,
                to: `sha256:${a.image_sha256}`,
                aspects: ['same-version', 'hash-changed'],
                site: { doc: 'product', path: ['firmware', 'image_sha256'] },
            }),
        ];
    }
    return [];
}


/***/ }),

/***/ 77128:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ loadChangeClassifier),
/* harmony export */   m: () => (/* binding */ changePackFile)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9716);
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81296);
/* harmony import */ var _change_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79060);
/* harmony import */ var _schemas_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30405);
/* harmony import */ var _schemas_validators_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17665);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_validators_js__WEBPACK_IMPORTED_MODULE_3__]);
_schemas_validators_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];






const changesFileName = 'changes.yaml';
/**
 * Parse, validate and compile change-classification tables. A file or entry that is invalid — bad
 * YAML, a schema error, a duplicate id, a `when` that does not compile — is a problem naming the file
 * and the entry id; the rest still loads.
 */
function loadChangeClassifier(files) {
    const tables = [];
    const problems = [];
    for (const f of files) {
        const table = loadTable(f, problems);
        if (!table)
            continue;
        const clash = tables.find((t) => t.scheme.toLowerCase() === table.scheme.toLowerCase());
        if (clash) {
            problems.push(problem(f.file, 1, `scheme '${table.scheme}' is already classified by ${clash.file}`, 'Keep one changes.yaml per scheme, or remove one of the packs from .labelguard.yml.'));
            continue;
        }
        tables.push(table);
    }
    return { classifier: { tables }, problems };
}
function loadTable(f, problems) {
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlFile */ .BU)(f.file, f.text);
    if (Array.isArray(parsed)) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_4__/* .append */ .BC)(problems, parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })));
        return undefined;
    }
    // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
    const validate = f.validated ? undefined : (0,_schemas_validators_js__WEBPACK_IMPORTED_MODULE_3__/* .validator */ .Nc)('changes');
    if (validate && !validate(parsed.value)) {
        for (const { path, message } of (0,_schemas_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaErrors */ .d)(validate.errors ?? [], 'the file')) {
            const at = parsed.locate(path);
            const entry = path[0] === 'entries' && typeof path[1] === 'number' ? entryId(parsed, path[1]) : undefined;
            problems.push(problem(f.file, at.line, entry ? `change classification '${entry}': ${message}` : message, 'See the header of rules/cn-ccl/changes.yaml for the fields of an entry.', at.column));
        }
        return undefined;
    }
    const doc = parsed.value;
    const entries = [];
    const seen = new Set();
    doc.entries.forEach((e, i) => {
        const at = parsed.locate(['entries', i, 'id']);
        if (seen.has(e.id)) {
            problems.push(problem(f.file, at.line, `change classification '${e.id}' is defined twice`, 'Give every entry a unique id: overrides in .labelguard.yml refer to it.'));
            return;
        }
        seen.add(e.id);
        const compiled = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compileExpression */ .Wo)(e.when, _change_input_js__WEBPACK_IMPORTED_MODULE_2__/* .changeInputs */ .k, { expect: 'bool' });
        if (!compiled.ok) {
            const whenAt = parsed.locate(['entries', i, 'when']);
            for (const p of compiled.problems) {
                problems.push(problem(f.file, whenAt.line, `change classification '${e.id}': 'when' does not compile: ${p.message}`, p.hint ?? 'Fix the CEL expression; the fields of `change` are listed in the file header.', whenAt.column));
            }
            return;
        }
        entries.push({
            id: e.id,
            title: e.title,
            when: compiled.expression,
            classification: e.classification,
            ...(e.min_stars !== undefined ? { minStars: e.min_stars } : {}),
            belowMinStars: e.below_min_stars ?? 'record',
            blocking: e.blocking ?? false,
            reason: e.reason.trim(),
            sources: e.sources,
            confidence: e.confidence,
            file: f.file,
            line: at.line,
        });
    });
    return {
        scheme: doc.scheme,
        file: f.file,
        entries,
        ...(f.softwareRoles ? { softwareRoles: f.softwareRoles } : {}),
    };
}
function problem(file, line, message, hint, column = 1) {
    return { ruleId: 'data.rule-pack-invalid', severity: 'error', message, hint, file, line, column };
}
function entryId(doc, i) {
    const entries = doc.value.entries;
    const e = Array.isArray(entries) ? entries[i] : undefined;
    return typeof e?.id === 'string' ? e.id : undefined;
}
/** The change-classification file of a rule pack folder (`changes.yaml`), when the pack has one. */
function changePackFile(source, softwareRoles) {
    if (!source.files.includes(changesFileName))
        return undefined;
    const text = source.read(changesFileName);
    if (text === undefined)
        return undefined;
    return {
        file: `${source.root}/${changesFileName}`,
        text,
        ...(softwareRoles ? { softwareRoles } : {}),
        ...(source.validated ? { validated: true } : {}),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 47943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ sbomDifferences)
});

// UNUSED EXPORTS: componentSubject

// EXTERNAL MODULE: ./src/sbom/identity.ts
var identity = __webpack_require__(58031);
;// CONCATENATED MODULE: ./src/changes/bump.ts
// Epoch (Debian "1:"), optional "v", dotted numbers, then any suffix (letters, pre-release, revision).
const VERSION = /^(?:(\d+):)?[vV]?(\d+(?:\.\d+)*)(.*)$/;
/**
 * How big a version change is, semver-style: the first of the major/minor/patch numbers that differs.
 * A change only in a fourth number or in a suffix (OpenSSL's 1.1.1v→1.1.1w, a Debian revision, a
 * pre-release tag) counts as a patch; an epoch change as major. '' when either side is not numeric.
 */
function versionBump(from, to) {
    if (from === undefined || to === undefined || from === to)
        return '';
    const a = VERSION.exec(from.trim());
    const b = VERSION.exec(to.trim());
    if (!a || !b)
        return '';
    if (Number(a[1] ?? 0) !== Number(b[1] ?? 0))
        return 'major';
    const na = a[2].split('.').map(Number);
    const nb = b[2].split('.').map(Number);
    const sizes = ['major', 'minor', 'patch'];
    for (let i = 0; i < Math.max(na.length, nb.length); i++) {
        if ((na[i] ?? 0) !== (nb[i] ?? 0))
            return sizes[i] ?? 'patch';
    }
    return a[3] === b[3] ? '' : 'patch';
}

// EXTERNAL MODULE: ./src/changes/difference.ts
var difference = __webpack_require__(32138);
;// CONCATENATED MODULE: ./src/changes/sbom-changes.ts



const site = { doc: 'sbom' };
/**
 * Raw differences from the diff of the registered SBOM against the current one: components added,
 * removed or changed (with role, bump size and aspects), the described product's own non-version
 * changes, and services added, removed or changed. Values are normalised, so JSON and XML agree.
 */
function sbomDifferences(diff, roleOf) {
    const out = [];
    for (const c of diff.added) {
        out.push((0,difference/* difference */.i)({
            kind: 'sbom.component.added',
            category: 'sbom',
            change: 'added',
            subject: componentSubject(c),
            to: c.version ?? '(no version)',
            roles: roleOf(c),
            componentType: c.type,
            site,
        }));
    }
    for (const c of diff.removed) {
        out.push((0,difference/* difference */.i)({
            kind: 'sbom.component.removed',
            category: 'sbom',
            change: 'removed',
            subject: componentSubject(c),
            from: c.version ?? '(no version)',
            roles: roleOf(c),
            componentType: c.type,
            site,
        }));
    }
    for (const ch of diff.changed)
        out.push(componentChanged(ch, roleOf));
    // The described product's version is the firmware or hardware version the manifest already compares;
    // only its other facts (supplier, properties such as cdx:device:*) are differences of their own.
    if (diff.root.status === 'changed') {
        const ch = diff.root.change;
        const aspects = ch.aspects.filter((a) => !a.startsWith('version-') && a !== 'hash-changed');
        if (aspects.length > 0) {
            out.push((0,difference/* difference */.i)({
                kind: 'sbom.product.changed',
                category: 'sbom',
                change: 'changed',
                subject: componentSubject(ch.after),
                from: state(ch, 'before', false),
                to: state(ch, 'after', false),
                aspects,
                roles: roleOf(ch.after),
                componentType: ch.after.type,
                matchedBy: 'root',
                site,
            }));
        }
    }
    for (const s of diff.services.added) {
        out.push((0,difference/* difference */.i)({
            kind: 'sbom.service.added',
            category: 'service',
            change: 'added',
            subject: serviceSubject(s),
            to: serviceState(s),
            aspects: serviceAspects(s),
            site,
        }));
    }
    for (const s of diff.services.removed) {
        out.push((0,difference/* difference */.i)({
            kind: 'sbom.service.removed',
            category: 'service',
            change: 'removed',
            subject: serviceSubject(s),
            from: serviceState(s),
            site,
        }));
    }
    for (const ch of diff.services.changed)
        out.push(serviceChanged(ch));
    return out;
}
function componentChanged(ch, roleOf) {
    const versionChanged = ch.aspects.some((a) => a.startsWith('version-'));
    const aspects = [...ch.aspects];
    if (!versionChanged)
        aspects.push('same-version');
    return (0,difference/* difference */.i)({
        kind: 'sbom.component.changed',
        category: 'sbom',
        change: 'changed',
        subject: componentSubject(ch.after),
        from: state(ch, 'before', true),
        to: state(ch, 'after', true),
        roles: [...roleOf(ch.before), ...roleOf(ch.after)],
        aspects,
        bump: versionBump(ch.before.version, ch.after.version),
        componentType: ch.after.type,
        matchedBy: ch.matchedBy,
        site,
    });
}
/**
 * One side of a component change as text: the version first, then whatever else changed. A hash is
 * shown only when the version did not change (a rebuild); with a new version a new hash is expected.
 */
function state(ch, side, withVersion) {
    const c = ch[side];
    const parts = [];
    const versionChanged = ch.aspects.some((a) => a.startsWith('version-'));
    if (withVersion)
        parts.push(c.version ?? '(no version)');
    if (ch.aspects.includes('type-changed'))
        parts.push(`type=${c.type}`);
    if (ch.hashes && !versionChanged) {
        for (const alg of [...ch.hashes.changed, ...ch.hashes[side === 'before' ? 'removed' : 'added']].sort()) {
            const h = c.hashes
                .filter((x) => x.alg === alg)
                .map((x) => x.content)
                .join(',');
            if (h)
                parts.push(`${alg}:${h}`);
        }
    }
    for (const s of ch.supplier ?? []) {
        const v = s[side];
        parts.push(`${s.field}=${v ?? '(none)'}`);
    }
    if (ch.properties) {
        const names = [...ch.properties.added, ...ch.properties.removed, ...ch.properties.changed].sort();
        for (const name of names) {
            const values = c.properties.filter((p) => p.name === name).map((p) => p.value);
            parts.push(`${name}=${values.length > 0 ? values.join(',') : '(none)'}`);
        }
    }
    return parts.join('; ');
}
/** A component's stable name: the purl without version when it has one, else CPE vendor:product, else its name. */
function componentSubject(c) {
    const display = c.group ? `${c.group}/${c.name}` : c.name;
    const purl = c.purl === undefined ? undefined : (0,identity/* parsePurl */.$l)(c.purl);
    if (purl)
        return `${display} (${(0,identity/* purlKey */.hT)(purl)})`;
    const cpe = c.cpe === undefined ? undefined : (0,identity/* cpeKey */.us)(c.cpe);
    if (cpe)
        return `${display} (cpe:${cpe})`;
    return `${display} (${c.type})`;
}
function serviceSubject(s) {
    return s.group ? `${s.group}/${s.name}` : s.name;
}
function serviceState(s) {
    return [
        `endpoints=${s.endpoints.length > 0 ? s.endpoints.join(',') : '(none)'}`,
        `authenticated=${s.authenticated ?? '(unset)'}`,
        `x-trust-boundary=${s.trustBoundary ?? '(unset)'}`,
        ...(s.version ? [`version=${s.version}`] : []),
        ...(s.provider ? [`provider=${s.provider}`] : []),
    ].join(' ');
}
function serviceAspects(s) {
    const out = [];
    if (s.authenticated === true)
        out.push('authenticated');
    if (s.authenticated === false)
        out.push('unauthenticated');
    if (s.trustBoundary === true)
        out.push('trust-boundary');
    return out;
}
function serviceChanged(ch) {
    return (0,difference/* difference */.i)({
        kind: 'sbom.service.changed',
        category: 'service',
        change: 'changed',
        subject: serviceSubject(ch.after),
        from: serviceState(ch.before),
        to: serviceState(ch.after),
        aspects: [...ch.aspects, ...serviceAspects(ch.after)],
        site,
    });
}


/***/ }),

/***/ 86540:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ loadChangeTables),
/* harmony export */   Zl: () => (/* binding */ loadPolicyPacks),
/* harmony export */   rn: () => (/* binding */ loadPacks)
/* harmony export */ });
/* unused harmony export builtinPackProblems */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25462);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14685);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16547);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85755);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58164);
/* harmony import */ var _schemas_validators_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17665);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_changes_index_js__WEBPACK_IMPORTED_MODULE_3__, _rules_index_js__WEBPACK_IMPORTED_MODULE_4__, _policy_load_js__WEBPACK_IMPORTED_MODULE_5__, _schemas_validators_js__WEBPACK_IMPORTED_MODULE_6__]);
([_changes_index_js__WEBPACK_IMPORTED_MODULE_3__, _rules_index_js__WEBPACK_IMPORTED_MODULE_4__, _policy_load_js__WEBPACK_IMPORTED_MODULE_5__, _schemas_validators_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);








/**
 * Load the configured packs (default: every built-in pack): built-in ones from labelguard's own
 * `rules/` folder, `./path` ones from the repository revision `source`.
 */
async function loadPacks(source, config) {
    return loadPolicyPacks({ config, repoPacks: await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_5__/* .readRepoPacks */ .TX)(source, config) });
}
/** Load the packs of a policy read up front (see {@link loadPolicy}): pure, no repository access. */
function loadPolicyPacks(policy) {
    const config = policy.config;
    const { specs, open } = packSources(policy);
    const opened = new Map();
    const loaded = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadRulePacks */ .xh)(specs, (spec) => {
        const src = open(spec);
        if (src)
            opened.set(src.root, src);
        return src;
    }, {
        ...(config.config.thresholds ? { thresholds: config.config.thresholds } : {}),
        configFile: config.file ?? '.labelguard.yml',
        ...(config.doc ? { locateConfig: (path) => config.doc.locate(path) } : {}),
    });
    const changeFiles = loaded.packs.flatMap((p) => {
        const src = opened.get(p.root);
        const f = src ? (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .changePackFile */ .mT)(src, p.softwareRoles) : undefined;
        return f ? [f] : [];
    });
    const { classifier, problems } = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadChangeClassifier */ ._A)(changeFiles);
    return { packs: loaded.packs, classifier, problems: [...loaded.problems, ...problems] };
}
/**
 * Only the change-classification tables of the configured packs, with their software roles: what
 * comparing two SBOMs needs. No rule is parsed or compiled.
 */
async function loadChangeTables(source, config) {
    const { specs, open } = packSources({ config, repoPacks: await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_5__/* .readRepoPacks */ .TX)(source, config) });
    const problems = [];
    const changeFiles = specs.flatMap((spec) => {
        const src = open(spec);
        if (!src)
            return [];
        const roles = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPackSoftwareRoles */ .sA)(src);
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_7__/* .append */ .BC)(problems, roles.problems);
        return roles.softwareRoles ? ((0,_changes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .changePackFile */ .mT)(src, roles.softwareRoles) ?? []) : [];
    });
    const loaded = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadChangeClassifier */ ._A)(changeFiles);
    return { classifier: loaded.classifier, problems: [...problems, ...loaded.problems] };
}
/** The configured pack specs (default: every built-in pack) and how to open each one's files. */
function packSources(policy) {
    const specs = (policy.config.config.packs ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .builtinPacks */ .ih]).map(_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .packSpec */ .xx);
    return {
        specs,
        open: (spec) => ('name' in spec ? readBuiltinPack(spec.name) : policy.repoPacks.get(spec.path)),
    };
}
/**
 * Every problem of the built-in packs, each file validated against its schema. The build runs this and
 * fails on any problem, so a built labelguard trusts its own packs instead of validating them every run.
 */
function builtinPackProblems() {
    const specs = builtinPacks.map((name) => ({ name }));
    const sources = new Map(specs.map((s) => [`rules/${s.name}`, readBuiltinPack(s.name, false)]));
    const loaded = loadRulePacks(specs, (spec) => 'name' in spec ? sources.get(`rules/${spec.name}`) : undefined);
    const changeFiles = loaded.packs.flatMap((p) => changePackFile(sources.get(p.root), p.softwareRoles) ?? []);
    return [...loaded.problems, ...loadChangeClassifier(changeFiles).problems];
}
function readBuiltinPack(name, validated = (0,_schemas_validators_js__WEBPACK_IMPORTED_MODULE_6__/* .compiledAtBuild */ .B8)()) {
    if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .builtinPacks */ .ih.includes(name))
        return undefined;
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .assetDir */ .Y)('rules'), name);
    const files = listDir(root)
        .map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, f).split('\\').join('/'))
        .sort();
    return {
        root: `rules/${name}`,
        files,
        read: (rel) => (files.includes(rel) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel), 'utf8') : undefined),
        ...(validated ? { validated } : {}),
    };
}
function listDir(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? listDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name)) : [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name)]);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
