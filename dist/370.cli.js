export const id = 370;
export const ids = [370];
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
    return out;
}


/***/ }),

/***/ 60048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ sbomDifferences)
/* harmony export */ });
/* unused harmony export componentSubject */
/* harmony import */ var _sbom_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58031);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26341);
/* harmony import */ var _difference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32138);



const site = { doc: 'sbom' };
/**
 * Raw differences from the diff of the registered SBOM against the current one: components added,
 * removed or changed (with role, bump size and aspects), the described product's own non-version
 * changes, and services added, removed or changed. Values are normalised, so JSON and XML agree.
 */
function sbomDifferences(diff, roleOf, linksOf = () => [], options = {}) {
    const out = [];
    for (const c of diff.added) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
            out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
                kind: 'sbom.product.changed',
                category: 'sbom',
                change: 'changed',
                subject: componentSubject(ch.after),
                from: state(ch, 'before', options.subjectVersion === true),
                to: state(ch, 'after', options.subjectVersion === true),
                aspects,
                ...(options.subjectVersion ? { bump: (0,_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .versionBump */ .n)(ch.before.version, ch.after.version) } : {}),
                roles: roleOf(ch.after),
                componentType: ch.after.type,
                matchedBy: 'root',
                site,
            }));
        }
    }
    for (const s of diff.services.added) {
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
        out.push((0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
        kind: 'sbom.component.changed',
        category: 'sbom',
        change: 'changed',
        subject: componentSubject(ch.after),
        from: state(ch, 'before', true),
        to: state(ch, 'after', true),
        roles: [...roleOf(ch.before), ...roleOf(ch.after)],
        aspects,
        bump: (0,_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .versionBump */ .n)(ch.before.version, ch.after.version),
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
    const purl = c.purl === undefined ? undefined : (0,_sbom_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePurl */ .$l)(c.purl);
    if (purl)
        return `${display} (${(0,_sbom_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .purlKey */ .hT)(purl)})`;
    const cpe = c.cpe === undefined ? undefined : (0,_sbom_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .cpeKey */ .us)(c.cpe);
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
    return (0,_difference_js__WEBPACK_IMPORTED_MODULE_1__/* .difference */ .i)({
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


/***/ }),

/***/ 94085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ snapshotOf),
  T: () => (/* binding */ tableFromSnapshot)
});

;// CONCATENATED MODULE: ./src/expr/deferred.ts
function deferExpression(source, inputs, expect = 'any') {
    return { source, deferred: { inputs, expect } };
}

// EXTERNAL MODULE: ./src/changes/change-input.ts
var change_input = __webpack_require__(79060);
;// CONCATENATED MODULE: ./src/changes/table-snapshot.ts
// A built-in pack's change-classification table as the build writes it (JSON, see
// scripts/snapshot-packs.ts): loaded, validated and compiled once at build time, so a built run reads
// JSON instead of parsing YAML, and compiles a `when` only when it evaluates it.


function snapshotOf(table) {
    return { ...table, entries: table.entries.map((e) => ({ ...e, when: e.when.source })) };
}
function tableFromSnapshot(snapshot) {
    return {
        ...snapshot,
        entries: snapshot.entries.map((e) => ({ ...e, when: deferExpression(e.when, change_input/* changeInputs */.k, 'bool') })),
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


/***/ })

};
