export const id = 495;
export const ids = [495];
export const modules = {

/***/ 26341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ versionBump)
/* harmony export */ });
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


/***/ }),

/***/ 79060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ changeInput),
/* harmony export */   k: () => (/* binding */ changeInputs)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66802);

const str = _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.string;
/** Declared shape of `change`: a `when` that reads any other field fails to load. */
const changeInputs = {
    change: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.object({
        kind: str,
        category: str,
        change: str,
        subject: str,
        from: str,
        to: str,
        field: str,
        roles: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.list(str),
        role: str,
        aspects: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.list(str),
        bump: str,
        type: str,
        security_relevant: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.bool,
        matched_by: str,
        stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.int,
        registered_stars: _expr_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shape */ .cW.int,
        scheme: str,
    }),
};
/** The `change` object for one difference: every field present, '' or [] where it does not apply. */
function changeInput(d, ctx) {
    return {
        kind: d.kind,
        category: d.category,
        change: d.change,
        subject: d.subject,
        from: d.from ?? '',
        to: d.to ?? '',
        field: d.field,
        roles: d.roles,
        role: d.roles[0] ?? '',
        aspects: d.aspects,
        bump: d.bump,
        type: d.componentType,
        security_relevant: d.securityRelevant,
        matched_by: d.matchedBy ?? '',
        stars: ctx.stars,
        registered_stars: ctx.registeredStars,
        scheme: ctx.scheme,
    };
}


/***/ }),

/***/ 88054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kv: () => (/* binding */ suggestedIds),
/* harmony export */   Qr: () => (/* binding */ recordedFingerprints),
/* harmony export */   cP: () => (/* binding */ staleRecords),
/* harmony export */   pP: () => (/* binding */ understates)
/* harmony export */ });
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16547);

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
/**
 * Ids for new change-log entries, continuing the log's own numbering: after `CHG-2026-014` come
 * `CHG-2026-015`, `CHG-2026-016`, …; an empty log starts at `CHG-001`. Never an id the log already has.
 */
function* suggestedIds(entries) {
    const taken = new Set(entries.map((e) => e.id));
    const last = [...entries].reverse().find((e) => /\d+$/.test(e.id))?.id;
    const m = /^(.*?)(\d+)$/.exec(last ?? 'CHG-000');
    const prefix = m[1];
    const width = m[2].length;
    let n = (0,_core_append_js__WEBPACK_IMPORTED_MODULE_0__/* .maxOf */ ._)(entries.flatMap((e) => e.id.startsWith(prefix) && /^\d+$/.test(e.id.slice(prefix.length))
        ? [Number(e.id.slice(prefix.length))]
        : []), Number(m[2]));
    for (;;) {
        const id = `${prefix}${String(++n).padStart(width, '0')}`;
        if (!taken.has(id))
            yield id;
    }
}


/***/ }),

/***/ 27211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ classifyDifference)
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
    // A downgrade says so in words: "changed" would read like the routine upgrade it is not.
    if (d.aspects.includes('version-down')) {
        return `${what} downgraded from ${d.from ?? '(unset)'} to ${d.to ?? '(unset)'}${suffix}`;
    }
    return `${what} changed from ${d.from ?? '(unset)'} to ${d.to ?? '(unset)'}${suffix}`;
}


/***/ }),

/***/ 53126:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ detectChanges)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(95278);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(68922);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13111);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(40151);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(14315);
/* harmony import */ var _change_log_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(88054);
/* harmony import */ var _sets_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(65856);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(27211);
/* harmony import */ var _declared_roles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91035);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(48656);
/* harmony import */ var _difference_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(32138);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(20627);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(42725);
/* harmony import */ var _manifest_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93670);
/* harmony import */ var _registered_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94993);
/* harmony import */ var _sbom_changes_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(60048);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4416);
/* harmony import */ var _noise_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65010);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65286);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_manifest_diff_js__WEBPACK_IMPORTED_MODULE_2__, _sbom_changes_js__WEBPACK_IMPORTED_MODULE_9__, _findings_js__WEBPACK_IMPORTED_MODULE_14__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_18__, _load_repository_js__WEBPACK_IMPORTED_MODULE_19__]);
([_manifest_diff_js__WEBPACK_IMPORTED_MODULE_2__, _sbom_changes_js__WEBPACK_IMPORTED_MODULE_9__, _findings_js__WEBPACK_IMPORTED_MODULE_14__, _sbom_index_js__WEBPACK_IMPORTED_MODULE_18__, _load_repository_js__WEBPACK_IMPORTED_MODULE_19__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);


















/**
 * Compare a product with its registered baseline, classify every difference with the pack for the
 * filing's scheme, and mark each one recorded or unrecorded against the filing's change log. A product
 * with no registered baseline has nothing to compare and gets no change findings. Pure.
 */
function detectChanges(product, classifier, overrides = [], options = {}) {
    const manifest = product.manifest;
    const filing = product.filing;
    const registered = (0,_registered_js__WEBPACK_IMPORTED_MODULE_0__/* .registeredState */ .y)(filing);
    if (manifest && product.filingFile === undefined)
        return { changes: [], sets: [], findings: [noFilingFinding(product)] };
    if (!manifest || !filing || !registered)
        return { changes: [], sets: [], findings: [] };
    const findings = [];
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(findings, baselineDigestFindings(product));
    const table = tableFor(classifier, registered.scheme);
    if (!table)
        findings.push(noTableFinding(product, registered.scheme, classifier));
    const differences = [...(0,_manifest_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffManifest */ .H)(registered, manifest)];
    if (product.baselineSbom && product.sbom) {
        const software = table?.softwareRoles;
        const declared = (0,_declared_roles_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredRoles */ ._)(registered.security, manifest.security);
        const roleOf = (c) => [
            ...(0,_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .componentRoles */ .ZK)(c, software),
            ...(declared.get(c.name.toLowerCase()) ?? []),
        ];
        const links = (0,_links_js__WEBPACK_IMPORTED_MODULE_5__/* .dependencyLinks */ .z)(product.baselineSbom, product.sbom);
        const noise = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_6__/* .noiseFilter */ .j)((0,_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .withConfig */ .NV)(table?.noise, options.noise));
        const diff = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_8__/* .diffSboms */ .Q)(product.baselineSbom, product.sbom, noise ? { noise } : {});
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(differences, (0,_sbom_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .sbomDifferences */ .w)(diff, roleOf, links));
    }
    const ctx = context(registered, manifest);
    const classified = dedupe(differences.map((d) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_10__/* .classifyDifference */ .C)(d, table, ctx, overrides, product.id)));
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(findings, evaluationFindings(classified, table));
    const log = filing.changes ?? [];
    const recorded = (0,_change_log_js__WEBPACK_IMPORTED_MODULE_11__/* .recordedFingerprints */ .Qr)(log);
    const rows = classified
        .map((c) => {
        const entry = recorded.get(c.fingerprint);
        return { c, change: toDetectedChange(c, entry?.id) };
    })
        .sort((a, b) => compareChanges(a.c.difference, b.c.difference) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_12__/* .compareText */ .n6)(a.change.fingerprint, b.change.fingerprint));
    const changes = rows.map((r) => r.change);
    const diffs = rows.map((r) => r.c.difference);
    const groupings = (0,_sets_js__WEBPACK_IMPORTED_MODULE_13__/* .groupDifferences */ .a)(diffs, table?.grouping ?? []);
    const sets = groupings.map((g) => (0,_sets_js__WEBPACK_IMPORTED_MODULE_13__/* .changeSet */ .J)(g, changes, diffs));
    const ids = (0,_change_log_js__WEBPACK_IMPORTED_MODULE_11__/* .suggestedIds */ .Kv)(log);
    const notRefiled = new Set();
    groupings.forEach((g, k) => {
        const set = sets[k];
        const anchor = rows[g.members[0]];
        if (set.classification !== 'none' && !set.recorded) {
            const members = g.members.map((i) => changes[i]);
            const at = (0,_findings_js__WEBPACK_IMPORTED_MODULE_14__/* .siteLocation */ .R2)(product, anchor.c.difference.site);
            set.suggestedId = ids.next().value;
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_14__/* .unrecordedFinding */ .hn)(product, set, members, at, set.suggestedId));
        }
        for (const i of g.members) {
            const { c, change } = rows[i];
            if (change.classification === 'none')
                continue;
            const description = (0,_describe_js__WEBPACK_IMPORTED_MODULE_15__/* .describeDifference */ .h)(c.difference);
            const entryIndex = change.recorded ? log.findIndex((e) => e.id === change.changeLogId) : -1;
            const entry = log[entryIndex];
            const recordedBy = entry && { product, index: entryIndex, entry, change, description };
            if (recordedBy && (0,_change_log_js__WEBPACK_IMPORTED_MODULE_11__/* .understates */ .pP)(entry, change))
                findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_14__/* .understatedFinding */ .Du)(recordedBy));
            if (c.blocking) {
                findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_14__/* .blockedFinding */ .s5)(product, change, description, (0,_findings_js__WEBPACK_IMPORTED_MODULE_14__/* .siteLocation */ .R2)(product, c.difference.site)));
            }
            if (recordedBy &&
                change.classification === 'material' &&
                entry.status === 'recorded' &&
                !_findings_js__WEBPACK_IMPORTED_MODULE_14__/* .refilingStatuses */ .tr.has(filing.status) &&
                !notRefiled.has(entry.id)) {
                // Once per entry: one status to fix, however many of its changes are material.
                notRefiled.add(entry.id);
                findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_14__/* .notRefiledFinding */ .M9)(recordedBy));
            }
        }
    });
    for (const s of (0,_change_log_js__WEBPACK_IMPORTED_MODULE_11__/* .staleRecords */ .cP)(log, changes))
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_14__/* .staleFinding */ .Pc)(product, s));
    return { changes, sets, findings };
}
/** Give each difference its fingerprint; two differences that are indistinguishable count once. */
function dedupe(list) {
    const seen = new Set();
    const out = [];
    for (const c of list) {
        const fingerprint = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_16__/* .fingerprintOf */ .a)(c.difference);
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
        ...(0,_difference_js__WEBPACK_IMPORTED_MODULE_17__/* .differenceHeadline */ .W)(d),
        classification: c.classification,
        classId: c.classId,
        classTitle: c.classTitle,
        ...(c.classTitleZh !== undefined ? { classTitleZh: c.classTitleZh } : {}),
        reason: c.reason,
        ...(c.reasonZh !== undefined ? { reasonZh: c.reasonZh } : {}),
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
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_12__/* .compareText */ .n6)(a.kind, b.kind) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_12__/* .compareText */ .n6)(a.subject, b.subject) ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_12__/* .compareText */ .n6)(a.from ?? '', b.from ?? '') ||
        (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_12__/* .compareText */ .n6)(a.to ?? '', b.to ?? ''));
}
function tableFor(classifier, scheme) {
    const want = scheme.toLowerCase();
    return classifier.tables.find((t) => t.scheme.toLowerCase() === want);
}
function context(registered, manifest) {
    const i = (0,_registered_js__WEBPACK_IMPORTED_MODULE_0__/* .labelIndex */ .v)(manifest, registered.scheme);
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
    const actual = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_18__/* .sbomDigest */ .K_)(p.baselineSbom);
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
            ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_19__/* .locate */ .x5)(p, 'filing', ['baseline', 'sbom', 'digest']),
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
        ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_19__/* .locate */ .x5)(p, 'filing', ['scheme']),
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
/* harmony export */   W: () => (/* binding */ differenceHeadline),
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
        name: '',
        links: [],
        ...d,
    };
    out.roles = [...new Set(out.roles)].sort();
    out.links = [...new Set(out.links)].sort();
    out.aspects = [...new Set(out.aspects)].sort();
    if (out.from === undefined)
        delete out.from;
    if (out.to === undefined)
        delete out.to;
    if (out.matchedBy === undefined)
        delete out.matchedBy;
    // Every omissible key left is a string now (the undefined ones were just deleted).
    return out;
}
/** What a difference is about, as every report lists it first: kind, subject, and the values before and after. */
function differenceHeadline(d) {
    return {
        kind: d.kind,
        subject: d.subject,
        ...(d.from !== undefined ? { from: d.from } : {}),
        ...(d.to !== undefined ? { to: d.to } : {}),
    };
}


/***/ }),

/***/ 40837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ indentEntries),
/* harmony export */   Z7: () => (/* binding */ changeLogEntry),
/* harmony export */   uJ: () => (/* binding */ changeLogYaml)
/* harmony export */ });
/* unused harmony export pendingEntriesYaml */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

/** The entry recording the given change sets: every unrecorded fingerprint, in report order. */
function changeLogEntry(id, sets, summary) {
    const material = sets.some((s) => s.pending === 'material');
    return {
        id,
        summary: summary ?? sets.map((s) => s.title).join('; '),
        fingerprints: sets.flatMap((s) => s.unrecorded),
        classification: material ? 'material' : 'record',
        status: material ? 'refiling-required' : 'recorded',
    };
}
/**
 * A change-log entry as YAML (a list item at column 0), one field per line, each
 * fingerprint commented with the difference it stands for (the comment is for the reader; labelguard
 * reads only the fingerprint).
 */
function changeLogYaml(entry, members = []) {
    const byFingerprint = new Map(members.map((m) => [m.fingerprint, m]));
    const scalar = (v) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(v, { lineWidth: 0 }).trimEnd();
    const lines = [
        `- id: ${scalar(entry.id)}`,
        `  summary: ${scalar(entry.summary)}`,
        '  fingerprints:',
        ...entry.fingerprints.map((f) => {
            const m = byFingerprint.get(f);
            // A comment is one line: drop line breaks a value might hold.
            const note = m ? ` # ${m.kind} ${m.subject}`.replace(/[\r\n]+/g, ' ') : '';
            return `    - ${f}${note}`;
        }),
        `  classification: ${entry.classification}`,
        `  status: ${entry.status}`,
    ];
    return lines.join('\n');
}
/**
 * One change-log entry per change set with unrecorded members, in report order, as one YAML block to
 * paste under `changes:` (ids continue the log's numbering, so they come out in order).
 */
function pendingEntriesYaml(sets, changes) {
    return indentEntries(sets
        .filter((s) => s.pending !== 'none')
        .map((s) => changeLogYaml(changeLogEntry(s.suggestedId ?? 'CHG-NEW', [s]), changes))
        .join('\n'));
}
/** Entries indented as items of `changes:` usually are in filing.yaml (two spaces), so they paste in place. */
function indentEntries(yaml) {
    return yaml
        .split('\n')
        .map((l) => (l === '' ? l : `  ${l}`))
        .join('\n');
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
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68922);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40837);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_repository_js__WEBPACK_IMPORTED_MODULE_0__]);
_load_repository_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** Where a difference shows: the manifest value that changed, or the SBOM entry's line (else line 1). */
function siteLocation(p, site) {
    if (site.doc === 'sbom') {
        const line = site.entry ? p.sbomLocate?.(site.entry) : undefined;
        return { file: p.sbomFile ?? p.manifestFile, line: line ?? 1, column: 1 };
    }
    return (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(p, site.doc, site.path);
}
/** The finding for one change set the change log does not (fully) account for. */
function unrecordedFinding(p, set, members, at, suggestedId) {
    // What is missing decides the severity: a recorded material change whose regenerated SBOM entry is
    // not listed yet is a record-class gap.
    const material = set.pending === 'material';
    const filingFile = p.filingFile ?? `${p.dir}/filing.yaml`;
    const count = set.unrecorded.length;
    const size = set.fingerprints.length > 1 ? ` (${count} of ${set.fingerprints.length} differences unrecorded)` : '';
    const hint = [
        `${set.reason}`,
        `Record it: add this entry under \`changes:\` in ${filingFile} (or run \`labelguard record ${p.dir}\`, or let the refiling pull request record it):`,
        (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .indentEntries */ .Fs)((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .changeLogYaml */ .uJ)((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .changeLogEntry */ .Z7)(suggestedId, [set]), members)),
    ].join('\n');
    const sources = members.find((m) => m.classId === set.classId)?.sources ?? [];
    return {
        ruleId: material ? 'change.unrecorded' : 'change.unrecorded-record',
        severity: material ? 'error' : 'warning',
        message: material
            ? `unrecorded technical modification: ${set.title}${size} [${set.classId}]`
            : `change not recorded in the change log: ${set.title}${size} [${set.classId}]`,
        hint,
        ...(sources.length > 0 ? { sources } : {}),
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
        ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(p, 'filing', path),
    };
}
/** A blocking finding about one field of the change-log entry that records a change. */
function entryFinding(r, field, finding) {
    return {
        ruleId: finding.ruleId,
        severity: 'error',
        message: finding.message,
        hint: finding.hint,
        productId: r.product.id,
        ...(0,_load_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(r.product, 'filing', ['changes', r.index, field]),
    };
}
/**
 * The finding for a change-log entry that records a change as less serious than the pack (after the
 * trusted overrides) classifies it. Blocking: otherwise a pull request could record its own material
 * change as `record` and pass.
 */
function understatedFinding(r) {
    const { entry, change: c } = r;
    return entryFinding(r, 'classification', {
        ruleId: 'change.entry-classification',
        message: `change-log entry ${entry.id} records a ${c.classification} change as '${entry.classification}': ${r.description} [${c.classId}]`,
        hint: `${c.reason} A change log cannot lower the class the rule pack assigns: set the entry's classification to ${c.classification}. ` +
            `If the pack is wrong here, an approver adds a classification override for '${c.classId}' (optionally only fingerprint ${c.fingerprint}) ` +
            'with a justification to `classification:` in .labelguard.yml, in a pull request of its own.',
    });
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
function notRefiledFinding(r) {
    const { product: p, entry, change: c } = r;
    const status = p.filing?.status ?? 'granted';
    return entryFinding(r, 'status', {
        ruleId: 'change.material-not-refiled',
        message: `change-log entry ${entry.id} marks a material change as 'recorded' but the filing is still '${status}': ${r.description} [${c.classId}]`,
        hint: `${c.reason} A material change invalidates the granted label until it is refiled: set the entry's status to refiling-required ` +
            `and the filing's status to refiling-required (or refiling-submitted once submitted) in ${p.filingFile ?? `${p.dir}/filing.yaml`}.`,
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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

/***/ 90332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ changeSetsFileName),
/* harmony export */   ZR: () => (/* binding */ loadGroupRules),
/* harmony export */   o7: () => (/* binding */ kindMatches)
/* harmony export */ });
/* unused harmony export groupLinks */
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);

const groupLinks = ['provides', 'names', 'brought-in', 'same-values'];
const changeSetsFileName = 'change-sets.yaml';
/**
 * Parse and check a `change-sets.yaml`. A broken file is a problem naming the file, the line and the
 * field; nothing is grouped then (every difference stays a change of its own), nothing is dropped.
 */
function loadGroupRules(file, text) {
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        return {
            rules: [],
            problems: parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })),
        };
    }
    const problems = [];
    const bad = (path, message) => {
        const at = parsed.locate(path);
        problems.push({
            ruleId: 'data.rule-pack-invalid',
            severity: 'error',
            message: `${message}`,
            hint: `See the header of rules/cn-ccl/${changeSetsFileName} for the fields of a group.`,
            file,
            line: at.line,
            column: at.column,
        });
    };
    const doc = parsed.value;
    if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.groups)) {
        bad([], `${file} must be a mapping with a 'groups' list`);
        return { rules: [], problems };
    }
    const rules = [];
    const seen = new Set();
    doc.groups.forEach((g, i) => {
        const at = ['groups', i];
        const o = (typeof g === 'object' && g !== null ? g : {});
        for (const k of Object.keys(o)) {
            if (!['id', 'title', 'anchor', 'members'].includes(k))
                bad([...at, k], `unknown key '${k}' in group ${i + 1}`);
        }
        if (typeof o.id !== 'string' || o.id === '')
            return bad(at, `group ${i + 1} needs an 'id'`);
        if (seen.has(o.id))
            return bad([...at, 'id'], `change-set group '${o.id}' is defined twice`);
        seen.add(o.id);
        const id = o.id;
        if (typeof o.title !== 'string')
            return bad(at, `change-set group '${id}' needs a 'title'`);
        if (!isKinds(o.anchor))
            return bad([...at, 'anchor'], `change-set group '${id}': 'anchor' must be a list of change kinds`);
        if (!Array.isArray(o.members) || o.members.length === 0)
            return bad(at, `change-set group '${id}' needs a non-empty 'members' list`);
        const members = [];
        o.members.forEach((m, j) => {
            const mo = (typeof m === 'object' && m !== null ? m : {});
            const mat = [...at, 'members', j];
            for (const k of Object.keys(mo)) {
                if (!['link', 'kinds', 'why'].includes(k))
                    bad([...mat, k], `unknown key '${k}' in a member of '${id}'`);
            }
            if (!groupLinks.includes(mo.link)) {
                return bad([...mat, 'link'], `change-set group '${id}': 'link' must be one of ${groupLinks.join(', ')}`);
            }
            if (!isKinds(mo.kinds)) {
                return bad([...mat, 'kinds'], `change-set group '${id}': 'kinds' must be a list of change kinds`);
            }
            members.push({ link: mo.link, kinds: mo.kinds });
        });
        rules.push({ id, title: o.title, anchor: o.anchor, members });
    });
    return { rules: problems.length > 0 ? [] : rules, problems };
}
function isKinds(v) {
    return Array.isArray(v) && v.length > 0 && v.every((k) => typeof k === 'string' && k !== '');
}
/** Whether a change kind matches one of the patterns (exact, or a prefix before a trailing `*`). */
function kindMatches(kind, patterns) {
    return patterns.some((p) => (p.endsWith('*') ? kind.startsWith(p.slice(0, -1)) : kind === p));
}


/***/ }),

/***/ 42005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ diffHardware)
/* harmony export */ });
/* harmony import */ var _difference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32138);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16547);


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
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_0__/* .append */ .BC)(out, diffParts(before, after));
    const from = registered.hardware.revision;
    const to = product.hardware.revision;
    if (from !== to) {
        const roles = out.filter((d) => d.securityRelevant).flatMap((d) => d.roles);
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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


/***/ }),

/***/ 70719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ diffLabel)
/* harmony export */ });
/* harmony import */ var _difference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32138);
/* harmony import */ var _registered_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94993);


/**
 * Differences in the items printed on the label: model (item 2), producer (item 1), testing lab
 * (item 5), standard (item 6) and star level (item 3) of the filing's scheme, and the catalogue category
 * whose implementation rules the label follows. An item the filing never
 * registered is not compared: there is nothing to differ from.
 */
function diffLabel(registered, product) {
    const out = [];
    const r = registered.label;
    const i = (0,_registered_js__WEBPACK_IMPORTED_MODULE_0__/* .labelIndex */ .v)(product, registered.scheme);
    const target = i === -1 ? undefined : product.labels[i];
    const item = (field, from, to, path) => {
        if (from === undefined || from === to)
            return;
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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


/***/ }),

/***/ 4416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ dependencyLinks)
/* harmony export */ });
/**
 * What each component and service depends on, by lower-case name, from the dependency graphs of both
 * SBOMs (a removal is linked in the registered SBOM, an addition in the current one). `bom-ref`s are
 * only meaningful inside their own document, so each graph is resolved on its own.
 */
function dependencyLinks(...inventories) {
    const links = new Map();
    for (const inv of inventories) {
        const names = new Map();
        const root = inv.metadata.component;
        if (root?.bomRef)
            names.set(root.bomRef, key(root));
        for (const c of inv.components)
            if (c.bomRef)
                names.set(c.bomRef, key(c));
        for (const s of inv.services)
            if (s.bomRef)
                names.set(s.bomRef, key(s));
        for (const d of inv.dependencies) {
            const from = names.get(d.ref);
            if (from === undefined)
                continue;
            let set = links.get(from);
            if (set === undefined)
                links.set(from, (set = new Set()));
            for (const ref of d.dependsOn) {
                const to = names.get(ref);
                // Only components are linked to: a service's provider is a component, a component's parts too.
                if (to?.startsWith('c:'))
                    set.add(to.slice(2));
            }
        }
    }
    return (x) => [...(links.get(key(x)) ?? [])].sort();
}
function key(x) {
    return `${'type' in x ? 'c' : 's'}:${x.name.toLowerCase()}`;
}


/***/ }),

/***/ 93670:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ diffManifest)
/* harmony export */ });
/* unused harmony export diffFirmware */
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20272);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26341);
/* harmony import */ var _difference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32138);
/* harmony import */ var _hardware_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42005);
/* harmony import */ var _label_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70719);
/* harmony import */ var _security_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3396);






/**
 * Every difference between the registered baseline and the current manifest: hardware, firmware,
 * security claims, label items and support period. Pure; order is not significant (callers sort).
 */
function diffManifest(registered, product) {
    return [
        ...(0,_hardware_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffHardware */ .y)(registered, product),
        ...diffFirmware(registered, product),
        // A baseline that registered no security claims gives nothing to compare them with.
        ...(registered.security ? (0,_security_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffSecurity */ .E)(registered.security, product.security) : []),
        ...(0,_label_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffLabel */ .I)(registered, product),
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
        const order = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Z)(b.version, a.version, 'generic');
        return [
            (0,_difference_js__WEBPACK_IMPORTED_MODULE_4__/* .difference */ .i)({
                kind: 'firmware.version',
                category: 'firmware',
                change: 'changed',
                subject: 'firmware version',
                from: b.version,
                to: a.version,
                aspects: [order === 1 ? 'version-down' : order === -1 ? 'version-up' : 'version-changed'],
                bump: (0,_bump_js__WEBPACK_IMPORTED_MODULE_5__/* .versionBump */ .n)(b.version, a.version),
                site: { doc: 'product', path: ['firmware', 'version'] },
            }),
        ];
    }
    if (b.image_sha256 !== a.image_sha256) {
        return [
            (0,_difference_js__WEBPACK_IMPORTED_MODULE_4__/* .difference */ .i)({
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

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 65010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ withConfig),
/* harmony export */   fx: () => (/* binding */ loadNoise),
/* harmony export */   o9: () => (/* binding */ noiseFileName)
/* harmony export */ });
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);

const noiseFileName = 'sbom-noise.yaml';
/** Parse a `sbom-noise.yaml`; a broken one is a located problem and ignores nothing. */
function loadNoise(file, text) {
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        return { problems: parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })) };
    }
    const doc = parsed.value;
    const names = doc?.ignore_properties ?? [];
    const absolute = doc?.ignore_absolute_path_values ?? false;
    const bad = (path, message) => {
        const at = parsed.locate(path);
        return {
            problems: [
                {
                    ruleId: 'data.rule-pack-invalid',
                    severity: 'error',
                    message,
                    hint: 'See the header of rules/cn-ccl/sbom-noise.yaml.',
                    file,
                    line: at.line,
                    column: at.column,
                },
            ],
        };
    };
    if (typeof doc !== 'object' || doc === null)
        return bad([], `${file} must be a mapping`);
    const unknown = Object.keys(doc).find((k) => !['ignore_properties', 'ignore_absolute_path_values'].includes(k));
    if (unknown)
        return bad([unknown], `unknown key '${unknown}' in ${file}`);
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && n !== '')) {
        return bad(['ignore_properties'], `'ignore_properties' must be a list of property names`);
    }
    if (typeof absolute !== 'boolean') {
        return bad(['ignore_absolute_path_values'], `'ignore_absolute_path_values' must be true or false`);
    }
    return { noise: { ignoreProperties: names, ignoreAbsolutePaths: absolute }, problems: [] };
}
/** The pack's list adjusted by the repository's `.labelguard.yml` `sbom_noise`. */
function withConfig(noise, config) {
    if (!config)
        return noise;
    const keep = new Set(config.keep_properties ?? []);
    return {
        ignoreProperties: [...(noise?.ignoreProperties ?? []), ...(config.ignore_properties ?? [])].filter((n) => !keep.has(n)),
        ignoreAbsolutePaths: noise?.ignoreAbsolutePaths ?? false,
    };
}


/***/ }),

/***/ 77128:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ loadChangeClassifier),
/* harmony export */   m: () => (/* binding */ changePackFile)
/* harmony export */ });
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5080);
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81296);
/* harmony import */ var _change_input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79060);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17665);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30405);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);
/* harmony import */ var _grouping_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90332);
/* harmony import */ var _noise_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65010);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__]);
_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];







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
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)(f.file, f.text);
    if (Array.isArray(parsed)) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })));
        return undefined;
    }
    // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
    const validate = f.validated ? undefined : (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validator */ .Nc)('changes');
    if (validate && !validate(parsed.value)) {
        for (const { path, message } of (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaErrors */ .d0)(validate.errors ?? [], 'the file')) {
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
        const compiled = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_4__/* .compileExpression */ .Wo)(e.when, _change_input_js__WEBPACK_IMPORTED_MODULE_5__/* .changeInputs */ .k, { expect: 'bool' });
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
            ...(e.title_zh !== undefined ? { titleZh: e.title_zh } : {}),
            when: compiled.expression,
            classification: e.classification,
            ...(e.min_stars !== undefined ? { minStars: e.min_stars } : {}),
            belowMinStars: e.below_min_stars ?? 'record',
            blocking: e.blocking ?? false,
            reason: e.reason.trim(),
            ...(e.reason_zh !== undefined ? { reasonZh: e.reason_zh.trim() } : {}),
            sources: e.sources,
            confidence: e.confidence,
            file: f.file,
            line: at.line,
        });
    });
    const grouping = f.changeSets ? (0,_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .loadGroupRules */ .ZR)(f.changeSets.file, f.changeSets.text) : undefined;
    if (grouping)
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, grouping.problems);
    const noise = f.noise ? (0,_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .loadNoise */ .fx)(f.noise.file, f.noise.text) : undefined;
    if (noise)
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(problems, noise.problems);
    return {
        scheme: doc.scheme,
        file: f.file,
        entries,
        ...(f.softwareRoles ? { softwareRoles: f.softwareRoles } : {}),
        ...(grouping && grouping.rules.length > 0 ? { grouping: grouping.rules } : {}),
        ...(noise?.noise ? { noise: noise.noise } : {}),
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
    const setsText = source.files.includes(_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .changeSetsFileName */ .$d) ? source.read(_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .changeSetsFileName */ .$d) : undefined;
    const noiseText = source.files.includes(_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .noiseFileName */ .o9) ? source.read(_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .noiseFileName */ .o9) : undefined;
    return {
        file: `${source.root}/${changesFileName}`,
        text,
        ...(softwareRoles ? { softwareRoles } : {}),
        ...(source.validated ? { validated: true } : {}),
        ...(noiseText !== undefined
            ? { noise: { file: `${source.root}/${_noise_file_js__WEBPACK_IMPORTED_MODULE_7__/* .noiseFileName */ .o9}`, text: noiseText } }
            : {}),
        ...(setsText !== undefined
            ? { changeSets: { file: `${source.root}/${_grouping_js__WEBPACK_IMPORTED_MODULE_6__/* .changeSetsFileName */ .$d}`, text: setsText } }
            : {}),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 94993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ labelIndex),
/* harmony export */   y: () => (/* binding */ registeredState)
/* harmony export */ });
/** The registered state of a filing, or undefined when nothing was registered yet (no baseline). */
function registeredState(filing) {
    const b = filing?.baseline;
    if (!filing || !b)
        return undefined;
    const l = filing.label ?? {};
    const label = {};
    const model = b.model ?? l.model;
    const producer = b.producer ?? l.producer;
    const lab = b.lab ?? l.lab;
    const standard = b.standard ?? l.standard;
    const stars = b.stars ?? l.stars;
    if (model !== undefined)
        label.model = model;
    if (b.category !== undefined)
        label.category = b.category;
    if (producer !== undefined)
        label.producer = producer;
    if (lab !== undefined)
        label.lab = lab;
    if (standard !== undefined)
        label.standard = standard;
    if (stars !== undefined)
        label.stars = stars;
    return {
        scheme: filing.scheme,
        hardware: b.hardware,
        firmware: b.firmware,
        ...(b.security ? { security: b.security } : {}),
        label,
    };
}
/** Index of the product's label entry for a scheme (schemes compare case-insensitively), or -1. */
function labelIndex(product, scheme) {
    const want = scheme.toLowerCase();
    return product.labels.findIndex((l) => l.scheme.toLowerCase() === want);
}


/***/ }),

/***/ 60048:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ sbomDifferences)
/* harmony export */ });
/* unused harmony export componentSubject */
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58031);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26341);
/* harmony import */ var _difference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32138);



const site = { doc: 'sbom' };
/**
 * Raw differences from the diff of the registered SBOM against the current one: components added,
 * removed or changed (with role, bump size and aspects), the described product's own non-version
 * changes, and services added, removed or changed. Values are normalised, so JSON and XML agree.
 */
function sbomDifferences(diff, roleOf, linksOf = () => [], options = {}) {
    const out = [];
    for (const c of diff.added) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'sbom.component.added',
            category: 'sbom',
            change: 'added',
            subject: componentSubject(c),
            to: c.version ?? '(no version)',
            roles: roleOf(c),
            componentType: c.type,
            name: c.name.toLowerCase(),
            links: linksOf(c),
            site: at(c),
        }));
    }
    for (const c of diff.removed) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'sbom.component.removed',
            category: 'sbom',
            change: 'removed',
            subject: componentSubject(c),
            from: c.version ?? '(no version)',
            roles: roleOf(c),
            componentType: c.type,
            name: c.name.toLowerCase(),
            links: linksOf(c),
            site,
        }));
    }
    for (const ch of diff.changed)
        out.push(componentChanged(ch, roleOf, linksOf));
    // The described product's version is the firmware or hardware version the manifest already compares;
    // only its other facts (supplier, properties such as cdx:device:*) are differences of their own.
    if (diff.root.status === 'changed') {
        const ch = diff.root.change;
        const aspects = options.subjectVersion
            ? [...ch.aspects]
            : ch.aspects.filter((a) => !a.startsWith('version-') && a !== 'hash-changed');
        if (aspects.length > 0) {
            out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
                kind: 'sbom.product.changed',
                category: 'sbom',
                change: 'changed',
                subject: componentSubject(ch.after),
                from: state(ch, 'before', options.subjectVersion === true),
                to: state(ch, 'after', options.subjectVersion === true),
                aspects,
                ...(options.subjectVersion ? { bump: (0,_bump_js__WEBPACK_IMPORTED_MODULE_1__/* .versionBump */ .n)(ch.before.version, ch.after.version) } : {}),
                roles: roleOf(ch.after),
                componentType: ch.after.type,
                matchedBy: 'root',
                site,
            }));
        }
    }
    for (const s of diff.services.added) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'sbom.service.added',
            category: 'service',
            change: 'added',
            subject: serviceSubject(s),
            to: serviceState(s),
            aspects: serviceAspects(s),
            name: s.name.toLowerCase(),
            links: linksOf(s),
            site: at(s),
        }));
    }
    for (const s of diff.services.removed) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'sbom.service.removed',
            category: 'service',
            change: 'removed',
            subject: serviceSubject(s),
            from: serviceState(s),
            name: s.name.toLowerCase(),
            links: linksOf(s),
            site,
        }));
    }
    for (const ch of diff.services.changed)
        out.push(serviceChanged(ch, linksOf));
    return out;
}
function componentChanged(ch, roleOf, linksOf) {
    const versionChanged = ch.aspects.some((a) => a.startsWith('version-'));
    const aspects = [...ch.aspects];
    if (!versionChanged)
        aspects.push('same-version');
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
        kind: 'sbom.component.changed',
        category: 'sbom',
        change: 'changed',
        subject: componentSubject(ch.after),
        from: state(ch, 'before', true),
        to: state(ch, 'after', true),
        roles: [...roleOf(ch.before), ...roleOf(ch.after)],
        aspects,
        bump: (0,_bump_js__WEBPACK_IMPORTED_MODULE_1__/* .versionBump */ .n)(ch.before.version, ch.after.version),
        componentType: ch.after.type,
        matchedBy: ch.matchedBy,
        name: ch.after.name.toLowerCase(),
        links: linksOf(ch.after),
        site: at(ch.after),
    });
}
/** The current SBOM entry of a component or service, for its line. */
function at(x) {
    return {
        doc: 'sbom',
        entry: {
            name: x.name,
            ...(x.bomRef !== undefined ? { bomRef: x.bomRef } : {}),
            ...('purl' in x && x.purl !== undefined ? { purl: x.purl } : {}),
        },
    };
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
    const purl = c.purl === undefined ? undefined : (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePurl */ .$l)(c.purl);
    if (purl)
        return `${display} (${(0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__/* .purlKey */ .hT)(purl)})`;
    const cpe = c.cpe === undefined ? undefined : (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__/* .cpeKey */ .us)(c.cpe);
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
function serviceChanged(ch, linksOf) {
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
        kind: 'sbom.service.changed',
        category: 'service',
        change: 'changed',
        subject: serviceSubject(ch.after),
        from: serviceState(ch.before),
        to: serviceState(ch.after),
        aspects: [...ch.aspects, ...serviceAspects(ch.after)],
        name: ch.after.name.toLowerCase(),
        links: linksOf(ch.after),
        site: at(ch.after),
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ diffSecurity)
/* harmony export */ });
/* harmony import */ var _difference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32138);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);


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
            out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
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
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(out, diffNetworkServices(registered.network_services ?? [], cur.network_services ?? []));
    (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(out, diffDebugInterfaces(registered.debug_interfaces ?? [], cur.debug_interfaces ?? []));
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
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
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
/** A manifest service's name and the component that provides it, for change-set grouping. */
function serviceLinks(s) {
    return { name: s.name.trim().toLowerCase(), links: s.component ? [s.component.trim().toLowerCase()] : [] };
}
function diffNetworkServices(before, after) {
    const out = [];
    const byKey = new Map(before.map((s) => [serviceKey(s), s]));
    after.forEach((a, i) => {
        const b = byKey.get(serviceKey(a));
        byKey.delete(serviceKey(a));
        const subject = `${a.name}:${a.port}`;
        const site = { doc: 'product', path: ['security', 'network_services', i] };
        if (!b) {
            out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
                kind: 'service.added',
                category: 'service',
                change: 'added',
                subject,
                to: serviceState(a),
                aspects: serviceAspects(a),
                ...serviceLinks(a),
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
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'service.changed',
            category: 'service',
            change: 'changed',
            subject,
            from: serviceState(b),
            to: serviceState(a),
            aspects,
            ...serviceLinks(a),
            site,
        }));
    });
    for (const b of [...byKey.values()]) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
            kind: 'service.removed',
            category: 'service',
            change: 'removed',
            subject: `${b.name}:${b.port}`,
            from: serviceState(b),
            ...serviceLinks(b),
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
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
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
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_0__/* .difference */ .i)({
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


/***/ }),

/***/ 65856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ changeSet),
/* harmony export */   a: () => (/* binding */ groupDifferences)
/* harmony export */ });
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48656);
/* harmony import */ var _grouping_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90332);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16547);



/**
 * Group report-ordered differences into change sets with the pack's rules. Every difference lands in
 * exactly one set; sets come in the order of their earliest member. Pure and deterministic: the result
 * depends only on the differences and their order, which the caller fixes.
 */
function groupDifferences(diffs, rules) {
    const owner = new Map(); // member index → anchor index
    const sets = new Map();
    for (const rule of rules) {
        const anchors = diffs.flatMap((d, i) => ((0,_grouping_js__WEBPACK_IMPORTED_MODULE_0__/* .kindMatches */ .o7)(d.kind, rule.anchor) && !owner.has(i) ? [i] : []));
        const candidates = anchors.filter((a) => !sets.has(a));
        for (const a of candidates)
            sets.set(a, { rule, members: [] });
        for (const m of rule.members) {
            // The differences of the member kinds, in report order; for `brought-in`, by name too, so that an SBOM
            // that adds 100,000 components costs one look-up per dependency, not one pass per component.
            const pool = diffs.flatMap((d, i) => ((0,_grouping_js__WEBPACK_IMPORTED_MODULE_0__/* .kindMatches */ .o7)(d.kind, m.kinds) ? [i] : []));
            const byName = m.link === 'brought-in' ? indexByName(diffs, pool) : undefined;
            for (const a of candidates) {
                const set = sets.get(a);
                if (set === undefined || owner.has(a))
                    continue;
                const anchor = diffs[a];
                const reachable = byName ? namedIn(byName, anchor.links) : pool;
                for (const i of reachable) {
                    if (i === a || owner.has(i))
                        continue;
                    // An anchor that already gathered members leads its own set; one with none can be claimed.
                    if ((sets.get(i)?.members.length ?? 0) > 0)
                        continue;
                    if (!linked(m, anchor, diffs[i], set.members.map((k) => diffs[k])))
                        continue;
                    owner.set(i, a);
                    set.members.push(i);
                    sets.delete(i);
                }
            }
        }
        for (const a of candidates)
            if (sets.get(a)?.members.length === 0)
                sets.delete(a);
    }
    const out = [];
    diffs.forEach((_, i) => {
        if (owner.has(i))
            return;
        const set = sets.get(i);
        out.push(set ? { members: [i, ...set.members.sort((x, y) => x - y)], groupId: set.rule.id } : { members: [i] });
    });
    // Earliest member first: a set holding a security claim reads where that claim would have.
    return out.sort((x, y) => (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .minOf */ ._h)(x.members) - (0,_core_append_js__WEBPACK_IMPORTED_MODULE_1__/* .minOf */ ._h)(y.members));
}
function indexByName(diffs, pool) {
    const byName = new Map();
    for (const i of pool) {
        const name = diffs[i].name;
        if (name === '')
            continue;
        const list = byName.get(name);
        if (list)
            list.push(i);
        else
            byName.set(name, [i]);
    }
    return byName;
}
/** The pool entries named in `names`, in report order. */
function namedIn(byName, names) {
    const out = new Set();
    for (const n of names)
        for (const i of byName.get(n) ?? [])
            out.add(i);
    return [...out].sort((x, y) => x - y);
}
function linked(rule, anchor, d, members) {
    const serviceNames = members.filter((m) => m.category === 'service' && m.name).map((m) => m.name);
    switch (rule.link) {
        case 'provides':
            return ((anchor.name !== '' && d.links.includes(anchor.name)) ||
                (d.name !== '' && serviceNames.includes(d.name)));
        case 'same-values':
            return d.from !== undefined && d.to !== undefined && d.from === anchor.from && d.to === anchor.to;
        case 'brought-in':
            return d.change === anchor.change && d.name !== '' && anchor.links.includes(d.name);
        case 'names': {
            const names = [anchor.name, ...serviceNames].filter((n) => n.length > 1);
            const gained = anchor.change === 'removed' ? d.from : d.to;
            const other = anchor.change === 'removed' ? d.to : d.from;
            return names.some((n) => mentions(gained, n) && !mentions(other, n));
        }
    }
}
function mentions(text, name) {
    if (!text)
        return false;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}\\p{N}_-])${escaped}($|[^\\p{L}\\p{N}_-])`, 'iu').test(text);
}
const rank = { none: 0, record: 1, material: 2 };
/** Summarise one grouping of detected changes (report order) as a change set. */
function changeSet(g, changes, diffs) {
    const members = g.members.map((i) => changes[i]);
    const anchor = members[0];
    let top = anchor;
    for (const m of members)
        if (rank[m.classification] > rank[top.classification])
            top = m;
    const open = members.filter((m) => !m.recorded && m.classification !== 'none');
    const unrecorded = open.map((m) => m.fingerprint);
    let pending = 'none';
    for (const m of open)
        if (rank[m.classification] > rank[pending])
            pending = m.classification;
    return {
        id: anchor.fingerprint,
        title: g.groupId
            ? groupTitle(g.members.map((i) => diffs[i]))
            : (0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDifference */ .h)(diffs[g.members[0]]),
        ...(g.groupId ? { groupId: g.groupId } : {}),
        classification: top.classification,
        classId: top.classId,
        reason: top.reason,
        recorded: unrecorded.length === 0,
        ...(anchor.changeLogId !== undefined ? { changeLogId: anchor.changeLogId } : {}),
        fingerprints: members.map((m) => m.fingerprint),
        unrecorded,
        pending,
    };
}
/** The component's display name: its subject without the identity in parentheses. */
function shortName(subject) {
    const i = subject.indexOf(' (');
    return i > 0 ? subject.slice(0, i) : subject;
}
/** "acme-onvifd 1.0.0 added: services onvif:80, ws-discovery:3702; with gsoap 2.8.92; claims authentication.scheme". */
function groupTitle(diffs) {
    const [anchor, ...rest] = diffs;
    const verb = anchor.change === 'removed' ? 'removed' : 'added';
    const version = anchor.change === 'removed' ? anchor.from : anchor.to;
    const head = anchor.change === 'changed'
        ? `${shortName(anchor.subject)} ${anchor.from ?? '∅'} → ${anchor.to ?? '∅'}`
        : `${shortName(anchor.subject)}${version && !version.startsWith('(') ? ` ${version}` : ''} ${verb}`;
    // Manifest service subjects carry the port (`onvif:80`); an SBOM service without one adds only its name.
    const manifest = rest.filter((d) => d.kind.startsWith('service.'));
    const services = [
        ...manifest.map((d) => d.subject),
        ...rest
            .filter((d) => d.kind.startsWith('sbom.service.') && !manifest.some((m) => m.name === d.name))
            .map((d) => d.subject),
    ];
    const libraries = rest
        .filter((d) => d.kind.startsWith('sbom.component.'))
        .map((d) => (anchor.change === 'changed' ? { ...d, from: '(', to: '(' } : d))
        .map((d) => `${shortName(d.subject)}${(verb === 'added' ? d.to : d.from)?.match(/^[^(]/) ? ` ${verb === 'added' ? d.to : d.from}` : ''}`);
    const claims = rest.filter((d) => d.category === 'security').map((d) => d.subject);
    const parts = [
        services.length > 0 ? `service${services.length > 1 ? 's' : ''} ${services.join(', ')}` : '',
        libraries.length > 0 ? `with ${libraries.join(', ')}` : '',
        claims.length > 0 ? `changes ${claims.join(', ')}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? `${head}: ${parts.join('; ')}` : head;
}


/***/ }),

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

/***/ 86540:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zl: () => (/* binding */ loadPolicyPacks)
/* harmony export */ });
/* unused harmony exports loadPacks, parseChangeTables, builtinChangeSnapshot, builtinPackProblems */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76536);
/* harmony import */ var _changes_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77128);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41879);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7584);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17665);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_rules_index_js__WEBPACK_IMPORTED_MODULE_2__, _changes_index_js__WEBPACK_IMPORTED_MODULE_3__, _schemas_index_js__WEBPACK_IMPORTED_MODULE_5__]);
([_rules_index_js__WEBPACK_IMPORTED_MODULE_2__, _changes_index_js__WEBPACK_IMPORTED_MODULE_3__, _schemas_index_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);









/**
 * Load the configured packs (default: every built-in pack): built-in ones from labelguard's own
 * `rules/` folder, `./path` ones from the repository revision `source`.
 */
async function loadPacks(source, config) {
    return loadPolicyPacks({ config, repoPacks: await readRepoPacks(source, config) });
}
/** Load the packs of a policy read up front (see {@link loadPolicy}): pure, no repository access. */
function loadPolicyPacks(policy) {
    const config = policy.config;
    const { specs, open } = packSources(policy);
    const opened = new Map();
    const loaded = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadRulePacks */ .xh)(specs, (spec) => {
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
        const f = src ? (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .changePackFile */ .m)(src, p.softwareRoles) : undefined;
        return f ? [f] : [];
    });
    const { classifier, problems } = (0,_changes_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadChangeClassifier */ ._)(changeFiles);
    return { packs: loaded.packs, classifier, problems: [...loaded.problems, ...problems] };
}
/**
 * Only the change-classification tables of the configured packs, with their software roles, parsed and
 * validated from the packs' files: what comparing two SBOMs needs. No rule is parsed or compiled. A built
 * run reads the built-in packs' tables from their build-time snapshot instead (see change-tables.ts).
 */
async function parseChangeTables(source, config) {
    const { specs, open } = packSources({ config, repoPacks: await readRepoPacks(source, config) });
    return changeTablesOf(specs, open);
}
function changeTablesOf(specs, open) {
    const problems = [];
    const changeFiles = specs.flatMap((spec) => {
        const src = open(spec);
        if (!src)
            return [];
        const roles = loadPackSoftwareRoles(src);
        append(problems, roles.problems);
        return roles.softwareRoles ? (changePackFile(src, roles.softwareRoles) ?? []) : [];
    });
    const loaded = loadChangeClassifier(changeFiles);
    return { classifier: loaded.classifier, problems: [...problems, ...loaded.problems] };
}
/**
 * Each built-in pack's change table (or null: the pack has none) as a JSON snapshot, loaded and checked
 * from the pack's files; the build writes it beside the packs and fails on any problem.
 */
function builtinChangeSnapshot() {
    const snapshot = { packs: {} };
    const problems = [];
    for (const name of builtinPacks) {
        const loaded = changeTablesOf([{ name }], (spec) => 'name' in spec ? readBuiltinPack(spec.name, false) : undefined);
        append(problems, loaded.problems);
        const table = loaded.classifier.tables[0];
        snapshot.packs[name] = { table: table ? snapshotOf(table) : null };
    }
    return { snapshot, problems };
}
/** The configured pack specs (default: every built-in pack) and how to open each one's files. */
function packSources(policy) {
    const specs = (policy.config.config.packs ?? [..._rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .builtinPacks */ .i]).map(_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .packSpec */ .x);
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
function readBuiltinPack(name, validated = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_5__/* .compiledAtBuild */ .B8)()) {
    if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .builtinPacks */ .i.includes(name))
        return undefined;
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_assets_js__WEBPACK_IMPORTED_MODULE_6__/* .assetDir */ .Y)('rules'), name);
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
/* harmony export */   loadPolicyPacks: () => (/* reexport safe */ _packs_js__WEBPACK_IMPORTED_MODULE_1__.Zl),
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

/***/ 41879:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xh: () => (/* binding */ loadRulePacks)
/* harmony export */ });
/* unused harmony export loadPackSoftwareRoles */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66802);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5080);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84794);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17665);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(30405);
/* harmony import */ var _load_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81296);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67131);
/* harmony import */ var _core_append_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16547);
/* harmony import */ var _pack_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7584);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__, _input_js__WEBPACK_IMPORTED_MODULE_5__]);
([_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__, _input_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Loads rule packs from file contents the shell provides (no file system here): parses and validates every
// file, compiles every expression once, and reports each problem as an error finding that names the file,
// the rule and the line.








/** Component types whose version and identity VUL-style rules check when a pack does not say. */
const defaultSoftwareTypes = [
    'application',
    'firmware',
    'framework',
    'library',
    'operating-system',
    'container',
];
/** Load, validate and compile rule packs; pure: `open` supplies each pack's files. */
function loadRulePacks(specs, open, options = {}) {
    const problems = [];
    const packs = [];
    const ruleOwners = new Map();
    const seen = new Set();
    for (const spec of specs) {
        const label = 'name' in spec ? spec.name : spec.path;
        const source = open(spec);
        if (!source) {
            problems.push(problem('data.rule-pack-missing', configAt(options, ['packs']), `rule pack '${label}' not found`, 'name' in spec
                ? `Built-in packs: ${_pack_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinPacks */ .i.join(', ')}. A pack in your repository is written as ./path/to/pack.`
                : 'The folder must exist inside the repository and contain pack.yaml.'));
            continue;
        }
        const pack = loadPack(source, problems, ruleOwners, seen);
        if (pack)
            packs.push(pack);
    }
    applyOverrides(packs, options, problems);
    return { packs, problems };
}
function configAt(options, path) {
    return (options.locateConfig?.(path) ?? { file: options.configFile ?? '.labelguard.yml', line: 1, column: 1 });
}
function problem(ruleId, at, message, hint) {
    return { ruleId, severity: 'error', message, hint, file: at.file, line: at.line, column: at.column };
}
/** A pack file read, parsed and validated; undefined after reporting why not. */
function readDoc(source, rel, schema, what, problems) {
    const file = `${source.root}/${rel}`;
    const text = source.files.includes(rel) ? source.read(rel) : undefined;
    if (text === undefined) {
        problems.push(problem('data.rule-pack-missing', { file, line: 1, column: 1 }, `${what} ${file} not found`, `Create ${rel} in the pack folder, or fix the reference to it in pack.yaml.`));
        return undefined;
    }
    const parsed = (0,_load_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlFile */ .BU)(file, text);
    if (Array.isArray(parsed)) {
        // Located by the parser; never parsed again here, so a file refused for its size is not built anyway.
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .append */ .BC)(problems, parsed.map((p) => p.toFinding()));
        return undefined;
    }
    // Built-in packs were validated when labelguard was built (scripts/compile-schemas.ts).
    if (source.validated)
        return parsed;
    const validate = (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validator */ .Nc)(schema);
    if (!validate(parsed.value)) {
        (0,_core_append_js__WEBPACK_IMPORTED_MODULE_2__/* .append */ .BC)(problems, schemaProblems(parsed, validate.errors ?? [], what));
        return undefined;
    }
    return parsed;
}
function loadPack(source, problems, ruleOwners, loadedNames) {
    const manifestDoc = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
    if (!manifestDoc)
        return undefined;
    const name = manifestDoc.value.name;
    // Checked before the rules load, so a pack listed twice is one problem, not one per rule id.
    if (loadedNames.has(name)) {
        problems.push(problem('data.rule-pack-invalid', manifestDoc.locate(['name']), `rule pack '${name}' is loaded twice`, 'List each pack once in .labelguard.yml `packs:`; packs need distinct names.'));
        return undefined;
    }
    loadedNames.add(name);
    const manifest = manifestDoc.value;
    const before = problems.length;
    const thresholds = [];
    for (const [name, t] of Object.entries(manifest.thresholds ?? {}).sort(([a], [b]) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a, b))) {
        const wrong = typeMismatch(t.type, t.default);
        if (wrong) {
            problems.push(problem('data.rule-pack-invalid', manifestDoc.locate(['thresholds', name, 'default']), `threshold '${name}': default ${wrong}`, `Give a default of type ${t.type}.`));
        }
        thresholds.push({
            name,
            type: t.type,
            default: t.default,
            description: t.description,
            ...(t.basis ? { basis: t.basis } : {}),
            sources: t.sources ?? [],
        });
    }
    const catalogue = manifest.catalogue
        ? loadCatalogue(source, manifest.catalogue, thresholds, problems)
        : undefined;
    const softwareRoles = manifest.software_roles
        ? loadSoftwareRoles(source, manifest.software_roles, problems)
        : defaultSoftwareRoles();
    if (problems.length > before || (manifest.catalogue && !catalogue) || !softwareRoles)
        return undefined;
    const pack = {
        name: manifest.name,
        title: manifest.title,
        scheme: manifest.scheme,
        ...(manifest.version ? { version: manifest.version } : {}),
        ...(manifest.description ? { description: manifest.description } : {}),
        levels: [...manifest.levels].sort((a, b) => a.stars - b.stars),
        thresholds,
        thresholdOverrides: {},
        ...(catalogue ? { catalogue } : {}),
        softwareRoles,
        ...(manifest.edition
            ? {
                edition: {
                    pinned: manifest.edition.pinned,
                    transcribedFrom: manifest.edition.transcribed_from,
                    changes: manifest.edition.changes,
                    confidence: manifest.edition.confidence,
                    consulted: manifest.edition.consulted ?? [],
                    provisions: (manifest.edition.provisions ?? []).map((p) => ({
                        clauses: [...p.clauses],
                        status: p.status,
                        confidence: p.confidence,
                        ...(p.note ? { note: p.note } : {}),
                    })),
                },
            }
            : {}),
        rules: [],
        root: source.root,
    };
    const inputs = (0,_input_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleInputShapes */ .hJ)(thresholds);
    const ruleFiles = source.files.filter((f) => /^rules\/[^/]+\.ya?ml$/.test(f)).sort();
    for (const rel of ruleFiles) {
        const doc = readDoc(source, rel, 'rules', 'rule file', problems);
        if (!doc)
            continue;
        const items = doc.value.rules;
        items.forEach((item, index) => {
            const rule = loadRule(pack, doc, item, index, inputs, problems);
            if (!rule)
                return;
            const owner = ruleOwners.get(rule.id);
            if (owner) {
                problems.push(problem('data.rule-duplicate-id', doc.locate(['rules', index, 'id']), `rule ${rule.id} is defined twice: here and at ${owner}`, 'Rule ids must be unique across every loaded pack; rename one.'));
                return;
            }
            ruleOwners.set(rule.id, `${rule.file}:${rule.line}`);
            pack.rules.push(rule);
        });
    }
    pack.rules.sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a.id, b.id));
    return pack;
}
function loadRule(pack, doc, item, index, inputs, problems) {
    const at = (key) => doc.locate(key ? ['rules', index, key] : ['rules', index]);
    const before = problems.length;
    const fail = (id, key, message, hint) => problems.push(problem(id, at(key), `rule ${item.id}: ${message}`, hint));
    if (!item.sources || item.sources.length === 0) {
        fail('data.rule-sources', 'sources' in item ? 'sources' : undefined, 'has no sources', 'Every rule cites where it comes from: add `sources:` with the regulation or standard clause (title, clause, url).');
    }
    if (item.scheme !== undefined && item.scheme !== pack.scheme) {
        fail('data.rule-pack-invalid', 'scheme', `scheme '${item.scheme}' differs from the pack's scheme '${pack.scheme}'`, `Omit \`scheme:\` (rules take the pack's scheme) or move the rule to a pack for '${item.scheme}'.`);
    }
    if (!pack.levels.some((l) => l.stars === item.stars)) {
        fail('data.rule-pack-invalid', 'stars', `stars ${item.stars} is not a level of pack ${pack.name}`, `Levels: ${pack.levels.map((l) => l.stars).join(', ')}.`);
    }
    let categories = 'catalogue';
    if (item.categories) {
        if (item.categories.includes('*'))
            categories = 'any';
        else {
            categories = [...item.categories].sort();
            const unknown = pack.catalogue
                ? categories.filter((c) => !pack.catalogue.some((k) => k.id === c))
                : [];
            if (unknown.length > 0) {
                fail('data.rule-pack-invalid', 'categories', `unknown catalogue categories: ${unknown.join(', ')}`, `Categories of pack ${pack.name}: ${pack.catalogue.map((c) => c.id).join(', ')}.`);
            }
        }
    }
    const [docName, pathText] = item.path.startsWith('filing:')
        ? ['filing', item.path.slice('filing:'.length)]
        : ['product', item.path];
    const steps = pathText.split('.');
    if (!(0,_expr_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shapeAt */ .ln)(inputs[docName], steps)) {
        fail('data.rule-unknown-field', 'path', `path '${item.path}' does not exist in ${docName}.yaml`, `Point \`path:\` at a field of the ${docName} schema (see dist/schemas/${docName}.schema.json).`);
    }
    const condition = compile(item, 'condition', inputs, 'bool', fail);
    const details = item.details === undefined ? undefined : compile(item, 'details', inputs, 'list', fail);
    if (problems.length > before || !condition || (item.details !== undefined && !details))
        return undefined;
    const position = at();
    return {
        id: item.id,
        title: item.title,
        ...(item.title_zh ? { titleZh: item.title_zh } : {}),
        pack: pack.name,
        scheme: pack.scheme,
        stars: item.stars,
        categories,
        severity: item.severity,
        tierBasis: item.tier_basis,
        ...(item.tier_note ? { tierNote: item.tier_note } : {}),
        path: { doc: docName, steps, text: item.path },
        condition,
        ...(details ? { details } : {}),
        message: item.message,
        remediation: item.remediation,
        sources: item.sources ?? [],
        file: position.file,
        line: position.line,
    };
}
function compile(item, key, inputs, expect, fail) {
    const source = item[key];
    const result = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_7__/* .compileExpression */ .Wo)(source, inputs, { expect });
    if (result.ok)
        return result.expression;
    for (const p of result.problems) {
        const unknown = p.message.startsWith('unknown ') || p.message.startsWith('cannot read field');
        fail(unknown ? 'data.rule-unknown-field' : 'data.rule-expression', key, `${key}: ${p.message} near ${excerpt(source, p.offset)}`, p.hint ?? 'Check the expression against the rule input described in docs/rules.md.');
    }
    return undefined;
}
/** A short quote of the expression at the problem, for messages. */
function excerpt(source, offset) {
    const flat = source.replace(/\s+/g, ' ');
    const start = Math.max(0, Math.min(offset, flat.length - 1));
    const text = flat.slice(start, start + 40).trim();
    return `\`${text || flat.slice(-40).trim()}\`${start + 40 < flat.length ? '…' : ''} (column ${offset + 1})`;
}
function loadCatalogue(source, rel, thresholds, problems) {
    const doc = readDoc(source, rel, 'catalogue', 'catalogue', problems);
    if (!doc)
        return undefined;
    const categories = doc.value.categories;
    const before = problems.length;
    const ids = new Set();
    categories.forEach((c, i) => {
        if (ids.has(c.id)) {
            problems.push(problem('data.rule-pack-invalid', doc.locate(['categories', i, 'id']), `category '${c.id}' is listed twice`, 'Each catalogue category appears once.'));
        }
        ids.add(c.id);
        for (const [name, value] of Object.entries(c.thresholds ?? {})) {
            const t = thresholds.find((x) => x.name === name);
            const wrong = t ? typeMismatch(t.type, value) : 'is not a threshold this pack declares';
            if (wrong) {
                problems.push(problem('data.rule-pack-invalid', doc.locate(['categories', i, 'thresholds', name]), `category '${c.id}': threshold '${name}' ${wrong}`, 'Category thresholds override thresholds declared in pack.yaml.'));
            }
        }
    });
    return problems.length > before ? undefined : [...categories].sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a.id, b.id));
}
const defaultSoftwareRoles = () => ({
    role_property: 'ccl:role',
    software_types: defaultSoftwareTypes,
    roles: {},
    crypto_denylist: [],
});
/**
 * A pack's software-role data alone (its manifest and `software-roles.yaml`, no rule compiled): what
 * classifying SBOM changes needs (`diff`).
 */
function loadPackSoftwareRoles(source) {
    const problems = [];
    const manifest = readDoc(source, 'pack.yaml', 'pack', 'rule pack manifest', problems);
    const rel = manifest?.value?.software_roles;
    const softwareRoles = !manifest
        ? undefined
        : rel
            ? loadSoftwareRoles(source, rel, problems)
            : defaultSoftwareRoles();
    return { ...(softwareRoles ? { softwareRoles } : {}), problems };
}
function loadSoftwareRoles(source, rel, problems) {
    const doc = readDoc(source, rel, 'software', 'software roles file', problems);
    if (!doc)
        return undefined;
    const data = doc.value;
    const before = problems.length;
    (data.crypto_denylist ?? []).forEach((d, i) => {
        try {
            new RegExp(d.version_pattern);
        }
        catch (e) {
            problems.push(problem('data.rule-pack-invalid', doc.locate(['crypto_denylist', i, 'version_pattern']), `version_pattern is not a valid regular expression: ${e.message}`, 'Write a JavaScript regular expression, e.g. ^1\\.0\\.'));
        }
    });
    if (problems.length > before)
        return undefined;
    return {
        role_property: data.role_property ?? 'ccl:role',
        software_types: data.software_types ?? defaultSoftwareTypes,
        roles: data.roles,
        crypto_denylist: data.crypto_denylist ?? [],
    };
}
/** Why a value does not fit a threshold type, or undefined when it fits. */
function typeMismatch(type, value) {
    const ok = type === 'int'
        ? Number.isInteger(value)
        : type === 'number'
            ? typeof value === 'number'
            : type === 'bool'
                ? typeof value === 'boolean'
                : type === 'date'
                    ? typeof value === 'string' && (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDate */ ._)(value) !== undefined
                    : type === 'list'
                        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
                        : typeof value === 'string';
    if (ok)
        return undefined;
    const shown = JSON.stringify(value);
    return `must be ${type === 'int' ? 'a whole number' : type === 'date' ? 'a date (YYYY-MM-DD)' : type === 'list' ? 'a list of strings' : `a ${type}`}, not ${shown}`;
}
function applyOverrides(packs, options, problems) {
    for (const [key, value] of Object.entries(options.thresholds ?? {}).sort(([a], [b]) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a, b))) {
        const dot = key.indexOf('.');
        const packName = dot === -1 ? undefined : key.slice(0, dot);
        const name = dot === -1 ? key : key.slice(dot + 1);
        const targets = packs.filter((p) => (packName === undefined || p.name === packName) && p.thresholds.some((t) => t.name === name));
        if (targets.length === 0) {
            const known = [...new Set(packs.flatMap((p) => p.thresholds.map((t) => t.name)))].sort();
            problems.push(problem('data.threshold', configAt(options, ['thresholds', key]), `unknown threshold '${key}'`, `Thresholds of the loaded packs: ${known.join(', ') || 'none'} (prefix with the pack name, e.g. cn-ccl.${known[0] ?? 'name'}, to set one pack only).`));
            continue;
        }
        for (const pack of targets) {
            const t = pack.thresholds.find((x) => x.name === name);
            const wrong = typeMismatch(t.type, value);
            if (wrong) {
                problems.push(problem('data.threshold', configAt(options, ['thresholds', key]), `threshold '${key}' ${wrong}`, `${t.description} Default: ${JSON.stringify(t.default)}.`));
                continue;
            }
            // A pack-qualified override wins over a plain one for the same pack.
            if (packName !== undefined || !(name in pack.thresholdOverrides))
                pack.thresholdOverrides[name] = value;
        }
    }
}
function schemaProblems(doc, errors, what) {
    // Name the rule when the problem is inside one, so a reader finds it without counting list items.
    const rules = doc.value.rules;
    return (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_9__/* .schemaErrors */ .d0)(errors, `the ${what}`).map(({ path, message }) => {
        const ruleId = path[0] === 'rules' && typeof path[1] === 'number' ? rules?.[path[1]]?.id : undefined;
        return problem('data.rule-pack-invalid', doc.locate(path), `${typeof ruleId === 'string' ? `rule ${ruleId}: ` : ''}${message}`, 'See docs/rules.md for the rule pack format.');
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 40151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ diffSboms)
});

// UNUSED EXPORTS: isEmptyDiff

// EXTERNAL MODULE: ./src/sbom/identity.ts
var identity = __webpack_require__(58031);
// EXTERNAL MODULE: ./src/sbom/normalise.ts
var normalise = __webpack_require__(22811);
// EXTERNAL MODULE: ./src/sbom/version-order.ts
var version_order = __webpack_require__(20272);
;// CONCATENATED MODULE: ./src/sbom/match.ts
// Pairs components of two SBOMs in passes, strongest identity first. bom-refs are never used: they
// are unique only within one document and often random. Every pass is a hash join, so matching
// stays linear; only groups (one package present several times) are sorted.



function side(items) {
    const n = items.length;
    const s = {
        items,
        keyStr: new Array(n),
        keyEnd: new Int32Array(n),
        keyQ: new Int32Array(n),
        keyHash: new Int32Array(n),
        info: new Array(n),
        matched: new Uint8Array(n),
        unmatched: n,
        touched: 0,
    };
    for (let i = 0; i < n; i++) {
        const purl = items[i].purl;
        if (purl === undefined)
            continue;
        if ((0,identity/* scanCanonicalPurl */.xz)(purl)) {
            s.keyStr[i] = purl;
            s.keyEnd[i] = identity/* SCAN */.wB.nameEnd;
            s.keyQ[i] = identity/* SCAN */.wB.q;
            s.keyHash[i] = identity/* SCAN */.wB.hash;
        }
        else {
            const id = (0,identity/* purlIdentity */.we)(purl);
            if (id === undefined)
                continue;
            // Laid out like a canonical purl's key (name part, then qualifiers), so that the two compare equal
            // when they name the same package: `pkg:deb/debian/Bash@5.2?arch=amd64` and
            // `pkg:deb/debian/bash@5.1?arch=amd64` pair by purl.
            s.keyStr[i] = id.key;
            s.keyEnd[i] = id.nameEnd;
            s.keyQ[i] = id.nameEnd < id.key.length ? id.nameEnd : -1;
            s.keyHash[i] = (0,identity/* keyHash */.aE)(id.key);
        }
    }
    return s;
}
function sameKey(b, i, a, j) {
    const sb = b.keyStr[i];
    const sa = a.keyStr[j];
    const eb = b.keyEnd[i];
    const qb = b.keyQ[i];
    const qa = a.keyQ[j];
    // Most pairs carry the very same purl: one native comparison then stands for both loops below.
    if (sb === sa)
        return eb === a.keyEnd[j] && qb === qa;
    const tailB = qb === -1 ? 0 : sb.length - qb;
    const tailA = qa === -1 ? 0 : sa.length - qa;
    if (eb !== a.keyEnd[j] || tailB !== tailA)
        return false;
    for (let k = 0; k < eb; k++)
        if (sb.charCodeAt(k) !== sa.charCodeAt(k))
            return false;
    for (let k = 0; k < tailB; k++)
        if (sb.charCodeAt(qb + k) !== sa.charCodeAt(qa + k))
            return false;
    return true;
}
/** Purl type and artefact signature, computed on first use. */
function purlInfo(s, i) {
    let info = s.info[i];
    if (info === undefined) {
        const purl = s.items[i].purl;
        info = (purl === undefined ? undefined : (0,identity/* purlIdentity */.we)(purl)) ?? null;
        s.info[i] = info;
    }
    return info;
}
const purlType = (s, i) => purlInfo(s, i)?.type;
const signature = (s, i) => purlInfo(s, i)?.signature ?? '';
const byCpe = (s, i) => {
    const cpe = s.items[i].cpe;
    return cpe === undefined ? undefined : (0,identity/* cpeKey */.us)(cpe);
};
// Type is part of the key so a `device` and a `firmware` that share a name never pair here.
const byTypeOwnerName = (s, i) => {
    const c = s.items[i];
    return `${c.type}\u0000${c.group ?? c.supplier ?? ''}\u0000${c.name}`;
};
const byName = (s, i) => s.items[i].name.toLowerCase();
/** Matches `before` against `after`: purl, then CPE vendor:product, then (type, group|supplier, name), then name. */
function matchComponents(before, after) {
    const pairs = [];
    const rest = matchEach(before, after, (b, a, matchedBy) => pairs.push({ before: b, after: a, matchedBy }));
    return { pairs, ...rest };
}
/** matchComponents without materialising pairs: the diff only keeps the few that changed. */
function matchEach(before, after, onPair) {
    const b = side(before);
    const a = side(after);
    purlPass(b, a, onPair);
    const passes = [
        [byCpe, 'cpe'],
        [byTypeOwnerName, 'name'],
        [byName, 'version-aligned'],
    ];
    for (const [key, matchedBy] of passes) {
        if (b.unmatched === 0 || a.unmatched === 0)
            break;
        runPass(b, a, key, matchedBy, onPair);
    }
    return {
        added: after.filter((_, i) => a.matched[i] === 0),
        removed: before.filter((_, i) => b.matched[i] === 0),
    };
}
/**
 * The purl join: an open-addressing table over precomputed key hashes, pre-sized so it never
 * grows. (A Map keyed by freshly built key strings costs several times more once the heap holds
 * two parsed SBOMs: every allocation then pays for incremental marking of the whole heap.)
 */
function purlPass(b, a, onPair) {
    let size = 16;
    while (size < b.items.length * 2)
        size *= 2;
    const mask = size - 1;
    const table = new Int32Array(size).fill(-1); // → first `before` index with that key
    const moreB = new Map();
    const partner = new Int32Array(b.items.length).fill(-1); // first `after` index per first `before` index
    const moreA = new Map();
    for (let i = 0; i < b.items.length; i++) {
        if (b.keyStr[i] === undefined)
            continue;
        for (let h = b.keyHash[i] & mask;; h = (h + 1) & mask) {
            const first = table[h];
            if (first === -1) {
                table[h] = i;
                break;
            }
            if (b.keyHash[first] === b.keyHash[i] && sameKey(b, first, b, i)) {
                append(moreB, first, i);
                break;
            }
        }
    }
    for (let j = 0; j < a.items.length; j++) {
        if (a.keyStr[j] === undefined)
            continue;
        for (let h = a.keyHash[j] & mask;; h = (h + 1) & mask) {
            const first = table[h];
            if (first === -1)
                break;
            if (b.keyHash[first] === a.keyHash[j] && sameKey(b, first, a, j)) {
                if (partner[first] === -1)
                    partner[first] = j;
                else
                    append(moreA, first, j);
                break;
            }
        }
    }
    for (let start = 0; start < b.items.length; start += BATCH) {
        const end = Math.min(start + BATCH, b.items.length);
        a.touched += touch(a, partner, start, end);
        for (let i = start; i < end; i++) {
            const j = partner[i];
            if (j === -1)
                continue;
            const extraB = moreB.get(i);
            const extraA = moreA.get(i);
            // Equal keys mean equal purl type and qualifiers, so a lone pair is always compatible.
            if (extraB === undefined && extraA === undefined)
                pair(b, a, i, j, 'purl', onPair);
            else
                pairGroup(b, a, [i, ...(extraB ?? [])], [j, ...(extraA ?? [])], 'purl', onPair);
        }
    }
}
/**
 * Pairs are handed on in `before` order, so their `after` components are read in random order, and
 * the diff's comparison of each pair waited for memory twice or more in a row (component, then its
 * lists). Reading a batch of them first, in a loop whose reads do not depend on each other, lets the
 * processor wait for the whole batch at once: the 50k bench pair 10-18 ms faster on Node 24 (median
 * of 20 paired rounds, three times), 12 ms on Node 20; the pairs and their order are unchanged.
 */
const BATCH = 32;
/** Reads the `after` components of the pairs of before[start, end) and the heads of their lists. */
function touch(a, partner, start, end) {
    let x = 0;
    for (let i = start; i < end; i++) {
        const j = partner[i];
        if (j !== -1)
            x += a.items[j].hashes.length + a.items[j].properties.length;
    }
    return x;
}
/** One hash join over a string key, for the passes that see only what the purl pass left. */
function runPass(b, a, key, matchedBy, onPair) {
    const slotOf = new Map();
    const slotB = [];
    const slotA = [];
    const moreB = new Map();
    const moreA = new Map();
    for (let i = 0; i < b.items.length; i++) {
        if (b.matched[i] !== 0)
            continue;
        const k = key(b, i);
        if (k === undefined)
            continue;
        const slot = slotOf.get(k);
        if (slot === undefined) {
            slotOf.set(k, slotB.length);
            slotB.push(i);
            slotA.push(-1);
        }
        else {
            append(moreB, slot, i);
        }
    }
    if (slotB.length === 0)
        return;
    for (let j = 0; j < a.items.length; j++) {
        if (a.matched[j] !== 0)
            continue;
        const k = key(a, j);
        if (k === undefined)
            continue;
        const slot = slotOf.get(k);
        if (slot === undefined)
            continue;
        if (slotA[slot] === -1)
            slotA[slot] = j;
        else
            append(moreA, slot, j);
    }
    for (let slot = 0; slot < slotB.length; slot++) {
        const j = slotA[slot];
        if (j === -1)
            continue;
        const i = slotB[slot];
        const extraB = moreB.get(slot);
        const extraA = moreA.get(slot);
        if (extraB === undefined && extraA === undefined) {
            if (compatible(b, a, i, j))
                pair(b, a, i, j, matchedBy, onPair);
        }
        else {
            pairGroup(b, a, [i, ...(extraB ?? [])], [j, ...(extraA ?? [])], matchedBy, onPair);
        }
    }
}
function append(m, k, v) {
    const list = m.get(k);
    if (list === undefined)
        m.set(k, [v]);
    else
        list.push(v);
}
function pair(b, a, i, j, matchedBy, onPair) {
    b.matched[i] = 1;
    a.matched[j] = 1;
    b.unmatched--;
    a.unmatched--;
    onPair(b.items[i], a.items[j], matchedBy);
}
// Different artefacts of one package (Debian source vs binary, two architectures) never pair, nor
// do packages of different ecosystems that happen to share a name.
function compatible(b, a, i, j) {
    const tb = purlType(b, i);
    const ta = purlType(a, j);
    if (tb !== undefined && ta !== undefined && tb !== ta)
        return false;
    const sb = signature(b, i);
    const sa = signature(a, j);
    return sb === '' || sa === '' || sb === sa;
}
/**
 * Pairs the members of one key group (a package present several times on either side): equal
 * versions first, then the rest in version order, same artefact before unqualified ones.
 */
function pairGroup(b, a, bs, as, matchedBy, onPair) {
    const bSorted = sortStable(b, bs);
    const aSorted = sortStable(a, as);
    // Identical content (the same package installed at several paths) before merely equal version
    // strings, so duplicates pair with their own counterpart.
    const version = (s, i) => `${s.items[i].version ?? ''}\u0000${signature(s, i)}\u0000${purlType(s, i) ?? ''}`;
    const content = (s, i) => {
        const c = s.items[i];
        return `${version(s, i)}\u0000${c.type}\u0000${c.group ?? ''}\u0000${c.supplier ?? ''}\u0000${c.hashes
            .map((h) => h.content)
            .join(',')}\u0000${c.properties.map((p) => `${p.name}=${p.value}`).join('\u0001')}`;
    };
    for (const key of [content, version]) {
        const queues = new Queues();
        for (const j of aSorted)
            if (a.matched[j] === 0)
                queues.push(key(a, j), j);
        for (const i of bSorted) {
            if (b.matched[i] !== 0)
                continue;
            const j = queues.shift(key(b, i));
            if (j !== undefined)
                pair(b, a, i, j, matchedBy, onPair);
        }
    }
    const bRest = bSorted.filter((i) => b.matched[i] === 0);
    const aRest = aSorted.filter((j) => a.matched[j] === 0);
    if (bRest.length === 0 || aRest.length === 0)
        return;
    // Chosen from both sides alike, so diff(x, y) and diff(y, x) pair the same way.
    const types = [...bRest.map((i) => purlType(b, i)), ...aRest.map((j) => purlType(a, j))].filter((t) => t !== undefined);
    const scheme = (0,version_order/* versionSchemeFor */.D)(types.sort(normalise/* compareStrings */.Kt)[0]);
    const order = (s) => (x, y) => {
        const vx = s.items[x].version ?? '';
        const vy = s.items[y].version ?? '';
        return (0,version_order/* compareVersions */.Z)(vx, vy, scheme) ?? (0,normalise/* compareStrings */.Kt)(vx, vy);
    };
    bRest.sort(order(b));
    aRest.sort(order(a));
    const bySignature = new Queues();
    for (const j of aRest)
        bySignature.push(signature(a, j), j);
    for (const i of bRest) {
        const j = bySignature.shift(signature(b, i));
        if (j !== undefined && compatible(b, a, i, j))
            pair(b, a, i, j, matchedBy, onPair);
    }
    const unmatchedB = (i) => b.matched[i] === 0;
    const unmatchedA = (j) => a.matched[j] === 0;
    zip(b, a, bRest.filter((i) => unmatchedB(i) && signature(b, i) === ''), aRest.filter(unmatchedA), matchedBy, onPair);
    zip(b, a, bRest.filter(unmatchedB), aRest.filter((j) => unmatchedA(j) && signature(a, j) === ''), matchedBy, onPair);
}
/**
 * Pairs two lists in order, skipping incompatible candidates on the `after` side. Only a group
 * mixing ecosystems under one name can make that skip (and so the pairing) one-sided.
 */
function zip(b, a, bs, as, matchedBy, onPair) {
    let k = 0;
    for (const i of bs) {
        while (k < as.length && !compatible(b, a, i, as[k]))
            k++;
        if (k >= as.length)
            return;
        pair(b, a, i, as[k], matchedBy, onPair);
        k++;
    }
}
/** FIFO queues by key with O(1) shift. */
class Queues {
    #queues = new Map();
    push(key, value) {
        const q = this.#queues.get(key);
        if (q === undefined)
            this.#queues.set(key, { items: [value], next: 0 });
        else
            q.items.push(value);
    }
    shift(key) {
        const q = this.#queues.get(key);
        if (q === undefined || q.next >= q.items.length)
            return undefined;
        return q.items[q.next++];
    }
}
/** Orders group members by content, so pairing never depends on document order. */
function sortStable(s, idx) {
    const keyed = idx.map((i) => ({ i, k: (0,normalise/* componentSortKey */.Pu)(s.items[i]) }));
    keyed.sort((x, y) => (0,normalise/* compareStrings */.Kt)(x.k, y.k));
    return keyed.map((e) => e.i);
}

;// CONCATENATED MODULE: ./src/sbom/diff.ts
// Field-level diff of two inventories. Fields a side's spec version cannot carry (properties before
// 1.3, component manufacturer before 1.6) are not compared, so re-emitting the same product at a
// newer spec version is not reported as a change.




function atLeast(v, min) {
    return Number(v.slice(2)) >= Number(min.slice(2));
}
function capabilities(a, b) {
    return {
        properties: atLeast(a.specVersion, '1.3') && atLeast(b.specVersion, '1.3'),
        manufacturer: atLeast(a.specVersion, '1.6') && atLeast(b.specVersion, '1.6'),
    };
}
/** Diffs two inventories; all lists are sorted by a content key, so output is deterministic. */
function diffSboms(before, after, options = {}) {
    const caps = {
        ...capabilities(before, after),
        ...(options.noise ? { noise: options.noise } : {}),
    };
    const roots = alignRoots(before, after);
    const changed = [];
    const matched = matchEach(roots.beforeComponents, roots.afterComponents, (b, a, matchedBy) => {
        const change = compareComponents(b, a, matchedBy, caps);
        if (change !== undefined)
            changed.push(change);
    });
    return {
        root: rootDiff(roots.before, roots.after, caps),
        added: (0,normalise/* sortByKey */.r6)(matched.added, normalise/* componentSortKey */.Pu),
        removed: (0,normalise/* sortByKey */.r6)(matched.removed, normalise/* componentSortKey */.Pu),
        changed: (0,normalise/* sortByKey */.r6)(changed, (c) => `${(0,normalise/* componentSortKey */.Pu)(c.after)}\u0002${(0,normalise/* componentSortKey */.Pu)(c.before)}`),
        services: diffServices(before.services, after.services),
    };
}
/** True when the diff reports nothing at all. */
function isEmptyDiff(d) {
    return ((d.root.status === 'absent' || d.root.status === 'unchanged') &&
        d.added.length === 0 &&
        d.removed.length === 0 &&
        d.changed.length === 0 &&
        d.services.added.length === 0 &&
        d.services.removed.length === 0 &&
        d.services.changed.length === 0);
}
// Older BOMs sometimes list the product as a top-level component and leave metadata.component
// empty; when only one side has a root, adopt the other side's matching top-level component.
function alignRoots(before, after) {
    let b = before.metadata.component;
    let a = after.metadata.component;
    let beforeComponents = before.components;
    let afterComponents = after.components;
    if (b !== undefined && a === undefined) {
        const i = findRootLike(b, afterComponents);
        if (i !== -1) {
            a = afterComponents[i];
            afterComponents = afterComponents.filter((_, k) => k !== i);
        }
    }
    else if (a !== undefined && b === undefined) {
        const i = findRootLike(a, beforeComponents);
        if (i !== -1) {
            b = beforeComponents[i];
            beforeComponents = beforeComponents.filter((_, k) => k !== i);
        }
    }
    return { before: b, after: a, beforeComponents, afterComponents };
}
// Several candidates (the product listed twice) resolve by content, never by document order.
function findRootLike(root, list) {
    const rootPurl = root.purl === undefined ? undefined : (0,identity/* parsePurl */.$l)(root.purl);
    const rootKey = rootPurl === undefined ? undefined : (0,identity/* purlKey */.hT)(rootPurl);
    let best = -1;
    let bestKey = '';
    list.forEach((c, i) => {
        if (c.path.length > 0)
            return;
        let like;
        if (rootKey !== undefined && c.purl !== undefined) {
            const p = (0,identity/* parsePurl */.$l)(c.purl);
            like = p !== undefined && (0,identity/* purlKey */.hT)(p) === rootKey;
        }
        else {
            like = c.type === root.type && c.name === root.name && c.group === root.group;
        }
        if (!like)
            return;
        const key = (0,normalise/* componentSortKey */.Pu)(c);
        if (best === -1 || key < bestKey) {
            best = i;
            bestKey = key;
        }
    });
    return best;
}
function rootDiff(before, after, caps) {
    if (before === undefined && after === undefined)
        return { status: 'absent' };
    if (before === undefined)
        return { status: 'added', after: after };
    if (after === undefined)
        return { status: 'removed', before };
    const change = compareComponents(before, after, 'root', caps);
    return change === undefined ? { status: 'unchanged', before, after } : { status: 'changed', change };
}
function compareComponents(before, after, matchedBy, caps) {
    if (unchanged(before, after, caps))
        return undefined;
    const aspects = [];
    const change = { before, after, matchedBy, aspects };
    if (before.version !== after.version)
        aspects.push(versionAspect(before, after));
    if (before.type !== after.type)
        aspects.push('type-changed');
    const hashes = compareHashes(before.hashes, after.hashes);
    if (hashes !== undefined) {
        aspects.push('hash-changed');
        change.hashes = hashes;
    }
    const supplier = [];
    const fields = caps.manufacturer
        ? ['supplier', 'manufacturer', 'publisher']
        : ['supplier', 'publisher'];
    for (const field of fields) {
        if (before[field] !== after[field]) {
            const entry = { field };
            if (before[field] !== undefined)
                entry.before = before[field];
            if (after[field] !== undefined)
                entry.after = after[field];
            supplier.push(entry);
        }
    }
    if (supplier.length > 0) {
        aspects.push('supplier-changed');
        change.supplier = supplier;
    }
    if (caps.properties) {
        const props = compareProperties(before.properties, after.properties, caps.noise);
        if (props !== undefined) {
            aspects.push('properties-changed');
            change.properties = props;
        }
    }
    return aspects.length > 0 ? change : undefined;
}
// Allocation-free check for the common case (most pairs are identical), same rules as below.
function unchanged(b, a, caps) {
    if (b.version !== a.version ||
        b.type !== a.type ||
        b.supplier !== a.supplier ||
        b.publisher !== a.publisher)
        return false;
    if (caps.manufacturer && b.manufacturer !== a.manufacturer)
        return false;
    if (b.hashes.length > 0 && a.hashes.length > 0 && !sameList(b.hashes, a.hashes, sameHash)) {
        return false;
    }
    if (!caps.properties)
        return true;
    if (caps.noise)
        return compareProperties(b.properties, a.properties, caps.noise) === undefined;
    return sameList(b.properties, a.properties, sameProperty);
}
// Made once, not as arrows in every call of unchanged (one per matched pair; 50,000 in the 50k bench).
const sameHash = (x, y) => x.alg === y.alg && x.content === y.content;
const sameProperty = (x, y) => x.name === y.name && x.value === y.value;
function sameList(x, y, eq) {
    if (x.length !== y.length)
        return false;
    for (let i = 0; i < x.length; i++)
        if (!eq(x[i], y[i]))
            return false;
    return true;
}
function versionAspect(before, after) {
    if (before.version === undefined || after.version === undefined)
        return 'version-changed';
    const type = (after.purl === undefined ? undefined : (0,identity/* parsePurl */.$l)(after.purl)?.type) ??
        (before.purl === undefined ? undefined : (0,identity/* parsePurl */.$l)(before.purl)?.type);
    const c = (0,version_order/* compareVersions */.Z)(before.version, after.version, (0,version_order/* versionSchemeFor */.D)(type));
    return c === -1 ? 'version-up' : c === 1 ? 'version-down' : 'version-changed';
}
function digestsByAlg(hashes) {
    const m = new Map();
    for (const h of hashes)
        m.set(h.alg, m.has(h.alg) ? `${m.get(h.alg)},${h.content}` : h.content);
    return m;
}
/** The keys only `after` has, only `before` has, and both have with other values; each in map order. */
function keyDifferences(before, after) {
    const removed = [];
    const changed = [];
    for (const [key, value] of before) {
        const other = after.get(key);
        if (other === undefined)
            removed.push(key);
        else if (other !== value)
            changed.push(key);
    }
    const added = [...after.keys()].filter((key) => !before.has(key));
    return { added, removed, changed };
}
// Only comparable when both sides list hashes: a generator that omits them proves nothing.
function compareHashes(before, after) {
    if (before.length === 0 || after.length === 0)
        return undefined;
    if (sameList(before, after, sameHash))
        return undefined;
    const b = digestsByAlg(before);
    const { added, removed, changed } = keyDifferences(b, digestsByAlg(after));
    const common = b.size - removed.length;
    // Extra algorithms alongside matching ones are not a content change; a swap of algorithms with
    // nothing in common can no longer vouch for the content, so it counts.
    if (changed.length === 0 && common > 0)
        return undefined;
    return { changed, added, removed };
}
function valuesByName(props, noise) {
    const m = new Map();
    for (const p of props)
        if (!noise?.(p.name, p.value))
            m.set(p.name, m.has(p.name) ? `${m.get(p.name)}\u0000${p.value}` : p.value);
    return m;
}
function compareProperties(before, after, noise) {
    if (before.length === 0 && after.length === 0)
        return undefined;
    const { added, removed, changed } = keyDifferences(valuesByName(before, noise), valuesByName(after, noise));
    if (added.length + removed.length + changed.length === 0)
        return undefined;
    return {
        added: added.sort(normalise/* compareStrings */.Kt),
        removed: removed.sort(normalise/* compareStrings */.Kt),
        changed: changed.sort(normalise/* compareStrings */.Kt),
    };
}
function diffServices(before, after) {
    const key = (s) => `${s.group ?? ''}\u0000${s.name}`;
    const pool = new Map();
    for (const s of (0,normalise/* sortByKey */.r6)([...after], normalise/* serviceSortKey */.d3)) {
        const list = pool.get(key(s));
        if (list === undefined)
            pool.set(key(s), [s]);
        else
            list.push(s);
    }
    const removed = [];
    const changed = [];
    for (const s of (0,normalise/* sortByKey */.r6)([...before], normalise/* serviceSortKey */.d3)) {
        const other = pool.get(key(s))?.shift();
        if (other === undefined) {
            removed.push(s);
            continue;
        }
        const change = compareServices(s, other);
        if (change !== undefined)
            changed.push(change);
    }
    const added = [...pool.values()].flat();
    return {
        added: (0,normalise/* sortByKey */.r6)(added, normalise/* serviceSortKey */.d3),
        removed,
        changed,
    };
}
function compareServices(before, after) {
    const aspects = [];
    const change = { before, after, aspects };
    if (before.version !== after.version)
        aspects.push('version-changed');
    if (before.provider !== after.provider)
        aspects.push('provider-changed');
    if (before.authenticated !== after.authenticated)
        aspects.push('authentication-changed');
    if (before.trustBoundary !== after.trustBoundary)
        aspects.push('trust-boundary-changed');
    const added = after.endpoints.filter((e) => !before.endpoints.includes(e));
    const removed = before.endpoints.filter((e) => !after.endpoints.includes(e));
    if (added.length + removed.length > 0) {
        aspects.push('endpoints-changed');
        change.endpoints = { added, removed };
    }
    return aspects.length > 0 ? change : undefined;
}


/***/ }),

/***/ 13111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ noiseFilter)
/* harmony export */ });
/* unused harmony export isAbsolutePath */
// Generator noise: properties that describe how and where an SBOM was built (the generator's own
// bookkeeping, the checkout folder), not the product. Two SBOMs of the same tree made by two tools, or
// in two folders, differ only in these; they are left out of the comparison.
/** The predicate for a noise list; `undefined` when it ignores nothing. */
function noiseFilter(noise) {
    if (!noise || (noise.ignoreProperties.length === 0 && !noise.ignoreAbsolutePaths))
        return undefined;
    const patterns = noise.ignoreProperties.map((p) => new RegExp(`^${p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`));
    return (name, value) => patterns.some((r) => r.test(name)) || (noise.ignoreAbsolutePaths && isAbsolutePath(value));
}
/** `/home/ci/build/...`, `C:\\src\\...`, `file:///...`: a path only the machine that built the SBOM has. */
function isAbsolutePath(value) {
    return /^(\/[^/\s]+\/|[A-Za-z]:[\\/]|file:\/\/\/|\\\\[^\\]+\\)/.test(value.trim());
}


/***/ }),

/***/ 20272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ versionSchemeFor),
/* harmony export */   Z: () => (/* binding */ compareVersions)
/* harmony export */ });
// Per-ecosystem version ordering, used only to label a change as an upgrade or a downgrade. When
// two versions cannot be ordered honestly the answer is `null` and the diff says 'version-changed'.
// Ecosystems whose versions are (close enough to) SemVer 2.0, including Go's `v`-prefixed pseudo-versions.
const SEMVER_TYPES = new Set([
    'npm',
    'cargo',
    'golang',
    'gem',
    'nuget',
    'hex',
    'pub',
    'swift',
    'cocoapods',
    'composer',
]);
/** Ordering scheme for a purl type (e.g. `deb` → Debian, `npm` → SemVer). */
function versionSchemeFor(purlType) {
    if (purlType === 'deb')
        return 'debian';
    if (purlType !== undefined && SEMVER_TYPES.has(purlType))
        return 'semver';
    return 'generic';
}
/** Sign of a − b under the scheme, or null when the two cannot be ordered. */
function compareVersions(a, b, scheme) {
    if (a === b)
        return 0;
    if (scheme === 'debian')
        return compareDebian(a, b);
    if (scheme === 'semver') {
        const r = compareSemver(a, b);
        if (r !== undefined)
            return r;
    }
    return compareGeneric(a, b);
}
function sign(n) {
    return n < 0 ? -1 : n > 0 ? 1 : 0;
}
/** Compares digit strings of any length without overflow. */
function compareNumeric(a, b) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
}
// --- SemVer (lenient: optional `v`, optional minor/patch) -------------------------------------
const SEMVER = /^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function compareSemver(a, b) {
    const x = SEMVER.exec(a);
    const y = SEMVER.exec(b);
    if (!x || !y)
        return undefined;
    for (let i = 1; i <= 3; i++) {
        const c = compareNumeric(x[i] ?? '0', y[i] ?? '0');
        if (c !== 0)
            return c;
    }
    const pa = x[4];
    const pb = y[4];
    if (pa === pb)
        return 0; // differ only in build metadata, which has no precedence
    if (pa === undefined)
        return 1;
    if (pb === undefined)
        return -1;
    const ia = pa.split('.');
    const ib = pb.split('.');
    for (let i = 0; i < Math.min(ia.length, ib.length); i++) {
        const s = ia[i];
        const t = ib[i];
        const sn = /^\d+$/.test(s);
        const tn = /^\d+$/.test(t);
        if (sn && tn) {
            const c = compareNumeric(s, t);
            if (c !== 0)
                return c;
        }
        else if (sn !== tn) {
            return sn ? -1 : 1;
        }
        else if (s !== t) {
            return s < t ? -1 : 1;
        }
    }
    return sign(ia.length - ib.length);
}
function parseDebian(v) {
    let rest = v.trim();
    let epoch = '0';
    const colon = rest.indexOf(':');
    if (colon > 0 && /^\d+$/.test(rest.slice(0, colon))) {
        epoch = rest.slice(0, colon);
        rest = rest.slice(colon + 1);
    }
    const dash = rest.lastIndexOf('-');
    if (dash === -1)
        return { epoch, upstream: rest, revision: '' };
    return { epoch, upstream: rest.slice(0, dash), revision: rest.slice(dash + 1) };
}
// dpkg's character weight: '~' sorts before everything, even the end of the string; letters sort
// before other symbols.
function order(code) {
    if (code >= 48 && code <= 57)
        return 0;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122))
        return code;
    if (code === 126)
        return -1;
    if (Number.isNaN(code))
        return 0;
    return code + 256;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
function verrevcmp(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        let firstDiff = 0;
        while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
            const ac = order(a.charCodeAt(i));
            const bc = order(b.charCodeAt(j));
            if (ac !== bc)
                return ac - bc;
            i++;
            j++;
        }
        while (a[i] === '0')
            i++;
        while (b[j] === '0')
            j++;
        while (i < a.length && j < b.length && isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
            if (!firstDiff)
                firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
            i++;
            j++;
        }
        if (i < a.length && isDigit(a.charCodeAt(i)))
            return 1;
        if (j < b.length && isDigit(b.charCodeAt(j)))
            return -1;
        if (firstDiff)
            return firstDiff;
    }
    return 0;
}
function compareDebian(a, b) {
    const x = parseDebian(a);
    const y = parseDebian(b);
    return (compareNumeric(x.epoch, y.epoch) ||
        sign(verrevcmp(x.upstream, y.upstream)) ||
        sign(verrevcmp(x.revision, y.revision)));
}
// --- Generic dotted numeric ------------------------------------------------------------------
const DOTTED = /^[vV]?(\d+(?:\.\d+)*)(.*)$/;
function compareGeneric(a, b) {
    const x = DOTTED.exec(a.trim());
    const y = DOTTED.exec(b.trim());
    if (!x || !y)
        return null;
    const na = x[1].split('.');
    const nb = y[1].split('.');
    for (let i = 0; i < Math.max(na.length, nb.length); i++) {
        const c = compareNumeric(na[i] ?? '0', nb[i] ?? '0');
        if (c !== 0)
            return c;
    }
    // Same numbers, different suffix ("1.0-beta" vs "1.0-rc"): suffix conventions vary too much to guess.
    return x[2] === y[2] ? 0 : null;
}


/***/ })

};
