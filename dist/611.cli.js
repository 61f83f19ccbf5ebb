export const id = 611;
export const ids = [611];
export const modules = {

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
    const classified = dedupe(differences.map((d) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_10__.classifyDifference)(d, table, ctx, overrides, product.id)));
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

/***/ 40837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ indentEntries),
/* harmony export */   TI: () => (/* binding */ pendingEntriesYaml),
/* harmony export */   Z7: () => (/* binding */ changeLogEntry),
/* harmony export */   uJ: () => (/* binding */ changeLogYaml)
/* harmony export */ });
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

/***/ 20436:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ evaluateProduct)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);
/* harmony import */ var _expr_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5080);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67131);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28053);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_input_js__WEBPACK_IMPORTED_MODULE_1__]);
_input_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Evaluates a product against every pack for every scheme it targets. One finding per failed rule and
// product, located in the manifest; rules above the target level are still evaluated, so that readiness can
// say what stands between the product and the next level.




/** Evaluate every rule of every targeted scheme for one product; never throws on bad data. */
function evaluateProduct(packs, ctx) {
    const { product } = ctx;
    const findings = [];
    const outcomes = [];
    const labels = [];
    const seen = new Set();
    // Validation guarantees labels; guard anyway, since this must never throw on bad data.
    const targets = Array.isArray(product.labels) ? product.labels : [];
    targets.forEach((label, index) => {
        if (seen.has(label.scheme))
            return;
        seen.add(label.scheme);
        const schemePacks = packs.filter((p) => p.scheme === label.scheme);
        if (schemePacks.length === 0) {
            const loaded = [...new Set(packs.map((p) => p.scheme))].sort();
            findings.push({
                ruleId: 'data.unknown-scheme',
                severity: 'error',
                message: `no rule pack for scheme '${label.scheme}' is loaded, so this label cannot be checked`,
                hint: `Fix the scheme id or add its pack to .labelguard.yml \`packs:\` (loaded schemes: ${loaded.join(', ') || 'none'}).`,
                productId: product.id,
                ...ctx.locate('product', ['labels', index, 'scheme']),
            });
            return;
        }
        labels.push({ scheme: label.scheme, stars: label.stars });
        for (const pack of schemePacks)
            evaluatePack(pack, label.stars, ctx, findings, outcomes);
    });
    labels.sort((a, b) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.scheme, b.scheme));
    findings.sort(_core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg);
    return { productId: product.id, labels, findings, outcomes };
}
function evaluatePack(pack, target, ctx, findings, outcomes) {
    const category = (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .categoryInput */ .Zt)(pack, ctx.product.category);
    const filing = ctx.filing && ctx.filing.scheme === pack.scheme
        ? ctx.filing
        : { scheme: pack.scheme, status: 'not-filed' };
    const input = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareInput */ ._s)({
        product: ctx.product,
        filing,
        sbom: (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .sbomFacts */ .zQ)(ctx.inventory, pack.softwareRoles, {
            now: ctx.now,
            ...(ctx.sbomSchemaValid !== undefined ? { schemaValid: ctx.sbomSchemaValid } : {}),
            ...(ctx.vulnerabilities ? { vulnerabilities: ctx.vulnerabilities } : {}),
        }),
        thresholds: (0,_input_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveThresholds */ .qn)(pack, category),
        now: ctx.now,
        scheme: pack.scheme,
        stars: target,
        category,
        coverage: ctx.filing?.scheme === pack.scheme ? (ctx.coverage ?? _coverage_js__WEBPACK_IMPORTED_MODULE_3__/* .noCoverageChain */ .TH) : _coverage_js__WEBPACK_IMPORTED_MODULE_3__/* .noCoverageChain */ .TH,
    });
    for (const rule of pack.rules) {
        const outcome = {
            ruleId: rule.id,
            pack: pack.name,
            scheme: pack.scheme,
            stars: rule.stars,
            severity: rule.severity,
            status: 'pass',
            inScope: rule.stars <= target,
        };
        outcomes.push(outcome);
        if (!applies(rule, category)) {
            outcome.status = 'not-applicable';
            continue;
        }
        const result = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateExpression */ .O4)(rule.condition, input);
        if (result.ok && result.value === true)
            continue;
        outcome.status = result.ok && result.value === false ? 'fail' : 'error';
        if (!outcome.inScope)
            continue;
        const finding = result.ok
            ? result.value === false
                ? failed(rule, input, ctx)
                : misbehaved(rule, result.value, ctx)
            : unevaluable(rule, result.error, ctx);
        findings.push(finding);
    }
}
function applies(rule, category) {
    if (rule.categories === 'any')
        return true;
    if (rule.categories === 'catalogue')
        return category.known;
    return rule.categories.includes(category.id);
}
function base(rule, ctx, doc, path) {
    return {
        ruleId: rule.id,
        severity: rule.severity,
        hint: rule.remediation,
        sources: rule.sources,
        productId: ctx.product.id,
        ...ctx.locate(doc, path),
    };
}
function failed(rule, input, ctx) {
    let message = rule.message;
    if (rule.details) {
        const details = (0,_expr_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateExpression */ .O4)(rule.details, input);
        if (details.ok && Array.isArray(details.value) && details.value.length > 0) {
            message = `${message}: ${details.value.map(String).join('; ')}`;
        }
    }
    return { ...base(rule, ctx, rule.path.doc, rule.path.steps), message };
}
function misbehaved(rule, value, ctx) {
    const kind = value === undefined || value === null
        ? 'no value'
        : Array.isArray(value)
            ? 'a list'
            : `a ${typeof value}`;
    return {
        ...base(rule, ctx, rule.path.doc, rule.path.steps),
        message: `${rule.title}: could not be checked, the rule's condition gave ${kind} instead of true or false`,
        hint: `The condition of ${rule.id} (${rule.file}:${rule.line}) must give true or false; fix the rule pack.`,
    };
}
/** A rule that could not be evaluated on this data: a finding about the data, located where it is missing. */
function unevaluable(rule, error, ctx) {
    const [root, ...rest] = error.missing ?? [];
    if (error.kind === 'missing-field' && (root === 'product' || root === 'filing')) {
        const field = formatPath(rest);
        return {
            ...base(rule, ctx, root, rest),
            message: `${rule.title}: could not be checked, ${root}.yaml has no '${field}'`,
            hint: `Declare '${field}' in ${root}.yaml. ${rule.remediation}`,
        };
    }
    if (error.kind === 'budget') {
        return {
            ...base(rule, ctx, rule.path.doc, rule.path.steps),
            message: `${rule.title}: could not be checked, ${error.message}`,
            hint: `The condition of ${rule.id} (${rule.file}:${rule.line}) does too much work on this product (nested list macros multiply); rewrite it so each list is walked once.`,
        };
    }
    const what = error.kind === 'missing-field'
        ? `'${formatPath(error.missing ?? [])}' is missing`
        : error.kind === 'type'
            ? `a value has the wrong type (${error.message})`
            : error.message;
    return {
        ...base(rule, ctx, rule.path.doc, rule.path.steps),
        message: `${rule.title}: could not be checked, ${what}`,
    };
}
function formatPath(path) {
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 20731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readiness)
/* harmony export */ });
// Gap analysis: for each scheme a product targets, the highest star level it meets today and, for every
// level above, exactly which rules stand in the way. A level is met when no error-severity rule of that
// level or below fails or cannot be evaluated. Waivers do not count: a waiver is a decision to ship anyway,
// not evidence that the product meets the level.
/** Readiness per targeted scheme, sorted by scheme. */
function readiness(evaluation, packs) {
    return evaluation.labels.map(({ scheme, stars }) => {
        const levels = [
            ...new Set(packs.filter((p) => p.scheme === scheme).flatMap((p) => p.levels.map((l) => l.stars))),
        ].sort((a, b) => a - b);
        const blocking = evaluation.outcomes.filter((o) => o.scheme === scheme && o.severity === 'error' && (o.status === 'fail' || o.status === 'error'));
        const blockersAt = (level) => [...new Set(blocking.filter((o) => o.stars <= level).map((o) => o.ruleId))].sort();
        let met = 0;
        for (const level of levels) {
            if (blockersAt(level).length > 0)
                break;
            met = level;
        }
        const gaps = {};
        for (const level of levels)
            if (level > met)
                gaps[String(level)] = blockersAt(level);
        return { scheme, target: stars, met, gaps };
    });
}


/***/ }),

/***/ 14315:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K_: () => (/* binding */ sbomDigest),
/* harmony export */   Qw: () => (/* binding */ serialiseNormalised)
/* harmony export */ });
/* unused harmony export normalisedDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6820);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50320);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51248);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94321);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22811);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23837);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_js__WEBPACK_IMPORTED_MODULE_6__]);
_schemas_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The normalised SBOM: a canonical CycloneDX 1.6 JSON rendering of an Inventory, used as evidence
// and hashed into a digest. Same inventory → byte-identical text, on every machine:
//   - every bom-ref is explicit (purl, else a content key), so the library never invents random ones;
//   - no timestamp, no serial number;
//   - every list is re-sorted by code unit after serialisation, because the library's sortLists
//     uses localeCompare, whose order can depend on the host's ICU locale.
// Fields the library's models cannot carry (component manufacturer and cryptoProperties, CPEs it
// would reject, service endpoints/authenticated/x-trust-boundary, metadata.manufacturer) are
// written into the serialised JSON afterwards; they are native CycloneDX 1.6 fields, so the output
// stays plain CycloneDX and readSbom reads them back.







/** Canonical CycloneDX 1.6 JSON for an inventory: 2-space indent, trailing newline, deterministic. */
function serialiseNormalised(inv) {
    const { bom, patches } = toModel(inv);
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__.Spec1dot6));
    const doc = JSON.parse(serializer.serialize(bom, { sortLists: true }));
    for (const o of nodes(doc)) {
        const ref = o['bom-ref'];
        if (typeof ref === 'string')
            patches.get(ref)?.(o);
    }
    if (inv.metadata.manufacturer !== undefined) {
        doc.metadata.manufacturer = { name: inv.metadata.manufacturer };
    }
    canonicalOrder(doc);
    return `${JSON.stringify(doc, null, 2)}\n`;
}
function toModel(inv) {
    const ctx = {
        refs: new RefAllocator(),
        byRef: new Map(),
        originalRefs: new Map(),
        patches: new Map(),
    };
    const root = inv.metadata.component;
    const rootModel = root === undefined ? undefined : addComponent(ctx, root);
    const components = placeComponents(ctx, (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .sortByKey */ .r6)([...inv.components], _normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .componentSortKey */ .Pu), root, rootModel);
    const services = placeServices(ctx, (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .sortByKey */ .r6)([...inv.services], _normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .serviceSortKey */ .d3));
    linkDependencies(ctx, inv.dependencies);
    const supplier = inv.metadata.supplier;
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Bom({
        metadata: new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Metadata({
            component: rootModel,
            supplier: supplier === undefined ? undefined : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.OrganizationalEntity({ name: supplier }),
        }),
    });
    for (const m of components)
        bom.components.add(m);
    for (const m of services)
        bom.services.add(m);
    return { bom, patches: ctx.patches };
}
function remember(ctx, original, ref, model) {
    ctx.byRef.set(ref, model);
    if (original !== undefined && !ctx.originalRefs.has(original))
        ctx.originalRefs.set(original, ref);
}
function addComponent(ctx, c) {
    const ref = ctx.refs.allocate(c.purl ?? componentKey(c));
    const model = componentModel(c, ref);
    remember(ctx, c.bomRef, ref, model);
    ctx.patches.set(ref, (o) => patchComponent(o, c));
    return model;
}
// Nesting is rebuilt from each entry's path of parent names; when a name is ambiguous the first parent
// in sort order wins, and a path that names no entry leaves it at top level. `outsideParent` names a
// parent that is not in the list (the root component). Returns the top-level models.
function nest(placed, addChild, outsideParent = () => undefined) {
    const byPath = new Map();
    for (const [entry, model] of placed) {
        const key = [...entry.path, entry.name].join('\u0000');
        if (!byPath.has(key))
            byPath.set(key, model);
    }
    const topLevel = [];
    for (const [entry, model] of placed) {
        const parent = entry.path.length === 0 ? undefined : (outsideParent(entry) ?? byPath.get(entry.path.join('\u0000')));
        if (parent === undefined)
            topLevel.push(model);
        else
            addChild(parent, model);
    }
    return topLevel;
}
function placeComponents(ctx, components, root, rootModel) {
    const placed = components.map((c) => [c, addComponent(ctx, c)]);
    return nest(placed, (parent, child) => parent.components.add(child), (c) => (c.path.length === 1 && root !== undefined && c.path[0] === root.name ? rootModel : undefined));
}
function placeServices(ctx, services) {
    const placed = services.map((s) => {
        const group = s.group === undefined ? '' : `${s.group}/`;
        const ref = ctx.refs.allocate(`service:${group}${s.name}${s.version === undefined ? '' : `@${s.version}`}`);
        const model = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Service(s.name, {
            bomRef: ref,
            group: s.group,
            version: s.version,
            provider: s.provider === undefined ? undefined : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.OrganizationalEntity({ name: s.provider }),
        });
        remember(ctx, s.bomRef, ref, model);
        ctx.patches.set(ref, (o) => patchService(o, s));
        return [s, model];
    });
    return nest(placed, (parent, child) => parent.services.add(child));
}
// Dependencies name the source document's refs; translate them, dropping refs that name nothing.
function linkDependencies(ctx, dependencies) {
    for (const d of dependencies) {
        const from = ctx.byRef.get(ctx.originalRefs.get(d.ref) ?? '\u0000');
        if (from === undefined)
            continue;
        for (const target of d.dependsOn) {
            const to = ctx.byRef.get(ctx.originalRefs.get(target) ?? '\u0000');
            if (to !== undefined && to !== from)
                from.dependencies.add(to.bomRef);
        }
    }
}
/** 'sha256:' + hex SHA-256 of serialiseNormalised(inv). */
function sbomDigest(inv) {
    return normalisedDigest(serialiseNormalised(inv));
}
/** The digest of an already normalised SBOM text (what {@link serialiseNormalised} gave). */
function normalisedDigest(normalised) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(normalised, 'utf8').digest('hex')}`;
}
/** Hands out unique bom-refs in call order; collisions get `#2`, `#3`, … */
class RefAllocator {
    #used = new Set();
    allocate(wanted) {
        let ref = wanted === '' ? 'component' : wanted;
        for (let n = 2; this.#used.has(ref); n++)
            ref = `${wanted}#${n}`;
        this.#used.add(ref);
        return ref;
    }
}
function componentKey(c) {
    return `${c.type || 'component'}:${c.group === undefined ? '' : `${c.group}/`}${c.name}${c.version === undefined ? '' : `@${c.version}`}`;
}
const SUPPORTED_TYPES = new Set(Object.values(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType).filter((t) => _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__.Spec1dot6.supportsComponentType(t)));
function componentModel(c, ref) {
    // Unknown types would make the library drop the component; the real type is patched in later.
    const type = (SUPPORTED_TYPES.has(c.type) ? c.type : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Library);
    const properties = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.PropertyRepository();
    for (const p of c.properties)
        properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(p.name, p.value));
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(type, c.name, {
        bomRef: ref,
        group: c.group,
        version: c.version,
        purl: c.purl,
        publisher: c.publisher,
        supplier: c.supplier === undefined ? undefined : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.OrganizationalEntity({ name: c.supplier }),
        licenses: licenseModels(c.licenses),
        properties,
    });
}
function licenseModels(licenses) {
    const repo = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseRepository();
    // CycloneDX allows one expression, or any number of named/SPDX licences, not a mix.
    if (licenses.length === 1 && /\s(AND|OR|WITH)\s|[()]/.test(licenses[0])) {
        repo.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseExpression(licenses[0]));
        return repo;
    }
    for (const l of licenses)
        repo.add((0,_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .spdxIds */ .Ej)().has(l) ? new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.SpdxLicense(l) : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.NamedLicense(l));
    return repo;
}
function patchComponent(o, c) {
    o.type = c.type;
    if (c.cpe !== undefined)
        o.cpe = c.cpe;
    if (c.hashes.length > 0)
        o.hashes = c.hashes.map((h) => ({ alg: h.alg, content: h.content }));
    if (c.manufacturer !== undefined)
        o.manufacturer = { name: c.manufacturer };
    if (c.cryptoProperties !== undefined)
        o.cryptoProperties = cryptoJson(c.cryptoProperties);
}
function patchService(o, s) {
    if (s.endpoints.length > 0)
        o.endpoints = [...s.endpoints];
    if (s.authenticated !== undefined)
        o.authenticated = s.authenticated;
    if (s.trustBoundary !== undefined)
        o['x-trust-boundary'] = s.trustBoundary;
}
function asNumberIfInteger(v) {
    return /^(0|[1-9]\d{0,14})$/.test(v) ? Number(v) : v;
}
function cryptoJson(c) {
    const out = { assetType: c.assetType };
    if (c.algorithm !== undefined) {
        const { cryptoFunctions, classicalSecurityLevel, nistQuantumSecurityLevel, ...rest } = c.algorithm;
        const alg = { ...rest };
        if (cryptoFunctions.length > 0)
            alg.cryptoFunctions = [...cryptoFunctions];
        // The schema types these two as integers; the inventory keeps every value as a string.
        if (classicalSecurityLevel !== undefined)
            alg.classicalSecurityLevel = asNumberIfInteger(classicalSecurityLevel);
        if (nistQuantumSecurityLevel !== undefined)
            alg.nistQuantumSecurityLevel = asNumberIfInteger(nistQuantumSecurityLevel);
        out.algorithmProperties = alg;
    }
    if (c.protocol !== undefined) {
        const proto = {};
        if (c.protocol.type !== undefined)
            proto.type = c.protocol.type;
        if (c.protocol.version !== undefined)
            proto.version = c.protocol.version;
        if (c.protocol.cipherSuites.length > 0)
            proto.cipherSuites = c.protocol.cipherSuites.map((name) => ({ name }));
        out.protocolProperties = proto;
    }
    if (c.oid !== undefined)
        out.oid = c.oid;
    return out;
}
/** Every component and service object in the document, breadth first (no recursion). */
function nodes(doc) {
    const queue = [];
    const add = (v) => {
        for (const x of asArray(v))
            if (typeof x === 'object' && x !== null)
                queue.push(x);
    };
    const root = doc.metadata?.component;
    if (root !== undefined)
        add([root]);
    add(doc.components);
    add(doc.services);
    for (let i = 0; i < queue.length; i++) {
        add(queue[i].components);
        add(queue[i].services);
    }
    return queue;
}
function asArray(v) {
    return Array.isArray(v) ? v : [];
}
function licenseText(l) {
    const o = l;
    return o.expression ?? o.license?.id ?? o.license?.name ?? '';
}
/** Re-sorts every list of the document by code unit (see the file comment). */
function canonicalOrder(doc) {
    const byRef = (a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(String(a['bom-ref']), String(b['bom-ref']));
    const sortNode = (o) => {
        if (Array.isArray(o.components))
            o.components.sort(byRef);
        if (Array.isArray(o.services))
            o.services.sort(byRef);
        if (Array.isArray(o.properties)) {
            o.properties.sort((a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(a.name, b.name) || (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(a.value, b.value));
        }
        if (Array.isArray(o.licenses))
            o.licenses.sort((a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(licenseText(a), licenseText(b)));
    };
    sortNode(doc);
    for (const o of nodes(doc))
        sortNode(o);
    if (Array.isArray(doc.dependencies)) {
        const deps = doc.dependencies;
        for (const d of deps)
            d.dependsOn?.sort(_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt);
        deps.sort((a, b) => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .Kt)(a.ref, b.ref));
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 23837:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashAlgorithms),
/* harmony export */   Ej: () => (/* binding */ spdxIds),
/* harmony export */   Ru: () => (/* binding */ componentTypes),
/* harmony export */   qj: () => (/* binding */ jsonSchemaValidator)
/* harmony export */ });
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64217);
/* harmony import */ var _schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17665);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

const bomSchema = (v) => (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .cyclonedxSchemaFile */ .h)(`bom-${v}.SNAPSHOT.schema.json`);
/** Component types the given spec version allows (from its schema, so it matches validation). */
function componentTypes(v) {
    return bomSchema(v).definitions.component.properties.type.enum;
}
/** Hash algorithms the given spec version allows. */
function hashAlgorithms(v) {
    return bomSchema(v).definitions['hash-alg'].enum;
}
let spdxIdSet;
/** SPDX licence ids CycloneDX accepts in `license.id`. */
function spdxIds() {
    return (spdxIdSet ??= new Set((0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_0__/* .cyclonedxSchemaFile */ .h)('spdx.SNAPSHOT.schema.json').enum));
}
/** The validator for a spec version (compiled when labelguard was built; else on first use). */
function jsonSchemaValidator(v) {
    return (0,_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validator */ .Nc)(`bom-${v}`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 64217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ cyclonedxSchemaFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25462);
// The vendored CycloneDX JSON Schemas (about 1 MB), read from labelguard's own schemas folder the first
// time one is needed rather than inlined in the bundle: a run that reads no SBOM (a pull request touching
// no product) neither reads nor parses them. The SBOM core (src/sbom/) takes the enums it checks XML
// against from here; compile.ts hands them to Ajv.



const loaded = new Map();
/** One vendored schema file by name (e.g. `bom-1.6.SNAPSHOT.schema.json`), parsed once per process. */
function cyclonedxSchemaFile(file) {
    let schema = loaded.get(file);
    if (schema === undefined) {
        schema = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .assetDir */ .Y)('schemas/cyclonedx'), file), 'utf8'));
        loaded.set(file, schema);
    }
    return schema;
}


/***/ })

};
