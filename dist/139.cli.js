export const id = 139;
export const ids = [139];
export const modules = {

/***/ 83802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ emit)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/pipeline/write-pieces.ts

/**
 * Write a text that comes in pieces (the JSON report of a large audit) to `file` as the pieces come, so
 * the whole text is never held at once. The file holds exactly the pieces joined.
 */
function writePieces(file, pieces) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        // writeFileSync on a descriptor writes at its position, and all of the piece.
        for (const piece of pieces)
            (0,external_node_fs_.writeFileSync)(fd, piece);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/cli/io.ts


/**
 * Write a command's output to `--output` (exact bytes) or to standard output: a text, or the pieces of one
 * written as they come.
 */
function emit(io, output, text) {
    const pieces = typeof text === 'string' ? [text] : text;
    if (output)
        writePieces((0,external_node_path_.resolve)(io.cwd, output), pieces);
    else
        for (const piece of pieces)
            io.stdout(piece);
}


/***/ }),

/***/ 55337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ GITHUB_LIMITS)
/* harmony export */ });
/* unused harmony export MAX_BODY_CHARS */
// GitHub's size limits for the Markdown labelguard writes. Pure renderers (report, dashboard, refiling
// bodies, the pull-request comment) size their output against them, and src/github refuses a body over
// them before spending an API call: one definition for both.
/** GitHub's size limits for the places a Markdown text goes. */
const GITHUB_LIMITS = {
    /** Issue, pull-request and comment bodies, in characters. */
    comment: 65_536,
    /** A step's job summary, in bytes. */
    summary: 1_048_576,
};
/** GitHub's limit on the body of a comment, issue or pull request, in characters. */
const MAX_BODY_CHARS = GITHUB_LIMITS.comment;


/***/ }),

/***/ 87478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: renderAt, sources

// EXTERNAL MODULE: ./src/report/policy-change.ts
var policy_change = __webpack_require__(93307);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(95278);
;// CONCATENATED MODULE: ./src/report/budget.ts
// GitHub refuses a comment body over 65,536 characters and fails the step when a job summary passes
// 1 MiB (src/markdown/limits.ts), so a report is rendered in full, measured, and degraded one step at a time until it fits.
const detailLevels = [0, 1, 2, 3, 4];
/**
 * The size of a body as GitHub counts it against the limit: UTF-16 code units for comments (never fewer
 * than the characters GitHub counts), UTF-8 bytes for job summaries, whose limit is in bytes.
 */
function sizeOf(text, mode) {
    return mode === 'summary' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** The unit `sizeOf` counts in, for messages. */
function sizeUnit(mode) {
    return mode === 'summary' ? 'bytes' : 'characters';
}
/** The first rendering, in the given order, that fits; undefined when none does. */
function firstThatFits(levels, render, fits) {
    for (const level of levels) {
        const text = render(level);
        if (fits(text))
            return { level, text };
    }
    return undefined;
}
/**
 * Head, as many lines as fit, and a tail that says how many lines were left out. Lines are taken in
 * order, so the caller decides what matters most. Never longer than the budget: when not even the head
 * and tail fit, the text is cut.
 */
function fillLines(head, lines, tail, fits, cut) {
    const compose = (n) => [head, ...lines.slice(0, n), tail(lines.length - n)].filter((s) => s !== '').join('\n');
    // Binary search for the most lines that fit: the tail's length depends on the count left out.
    let lo = 0;
    let hi = lines.length;
    if (!fits(compose(0)))
        return cut(compose(0));
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(compose(mid)))
            lo = mid;
        else
            hi = mid - 1;
    }
    return compose(lo);
}
/** Cut text so that it fits, by code points, ending with an ellipsis. */
function cutToFit(text, fits) {
    if (fits(text))
        return text;
    const points = Array.from(text);
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(`${points.slice(0, mid).join('')}…`))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo === 0 ? '' : `${points.slice(0, lo).join('')}…`;
}
/** A count with thousands separators, the same on every machine. */
function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** "1 finding" / "2 findings". */
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}

// EXTERNAL MODULE: ./src/markdown/escape.ts
var markdown_escape = __webpack_require__(15330);
// EXTERNAL MODULE: ./src/report/ordering.ts
var ordering = __webpack_require__(72472);
;// CONCATENATED MODULE: ./src/report/markdown.ts





const verdictIcon = { fail: '❌', warn: '⚠️', pass: '✅' };
const groupTitle = {
    blocking: 'Blocking',
    error: 'Errors (not blocking under this policy)',
    warning: 'Warnings',
    info: 'Notes',
    waived: 'Waived',
};
const groupNoun = {
    blocking: 'blocking finding',
    error: 'non-blocking error',
    warning: 'warning',
    info: 'note',
    waived: 'waived finding',
};
const groupIcon = {
    blocking: '❌',
    error: '❗',
    warning: '⚠️',
    info: 'ℹ️',
    waived: '🔕',
};
/**
 * The report as GitHub Markdown for a pull-request comment or a job summary, within `maxChars`:
 * rendered in full, then degraded step by step until it fits, always keeping every blocking finding and
 * every unrecorded material change, and saying what was cut and where the full report is.
 */
function renderMarkdown(report, opts) {
    const fits = (text) => sizeOf(text, opts.mode) <= opts.maxChars;
    const chosen = firstThatFits(detailLevels, (detail) => renderAt(report, opts, detail), fits);
    return chosen ? chosen.text : renderOverflow(report, opts, fits);
}
/** The report at one level of detail, with no regard to size. */
function renderAt(report, opts, detail) {
    const ctx = {
        report,
        opts,
        detail,
        prs: new Map((opts.refilingPrs ?? []).map((pr) => [pr.productId, pr])),
        cut: { passingDetails: 0, passingUnlisted: 0, nonBlocking: 0, recordedChanges: 0, extras: false },
    };
    if (detail === 4)
        return minimal(ctx);
    const products = (0,ordering/* orderedProducts */.IA)(report);
    const collapsible = products.filter(isCollapsible);
    const shown = products.filter((p) => !isCollapsible(p));
    const blocks = [
        heading(ctx),
        countsLine(report),
        (0,policy_change/* policyChangeMarkdown */.E)(report, detail <= 2 ? 30 : 5),
    ];
    if (opts.mode === 'summary' && detail <= 2)
        blocks.push(overview(detail === 0 ? products : shown));
    for (const p of shown)
        blocks.push(productSection(p, ctx));
    if (report.findings.length > 0)
        blocks.push(repositorySection(ctx));
    if (collapsible.length > 0)
        blocks.push(passingSection(collapsible, ctx));
    const note = cutNote(ctx);
    if (note)
        blocks.push(note);
    blocks.push(footer(report));
    return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
// A passing product with nothing that must always be shown may be folded away.
function isCollapsible(p) {
    return (p.verdict === 'pass' &&
        !p.findings.some((f) => (0,ordering/* groupOf */.F8)(f) === 'blocking') &&
        !(0,ordering/* changeSetsOf */.d8)(p).some(ordering/* isOpenMaterial */.IV));
}
function heading(ctx) {
    const { report, opts } = ctx;
    const verdict = (0,ordering/* overallVerdict */.Bn)(report);
    const title = (0,markdown_escape/* escapeMarkdown */.FV)(opts.title ?? 'labelguard', 120);
    return `${opts.mode === 'summary' ? '##' : '###'} ${verdictIcon[verdict]} ${title}: ${headlinePhrase(report, verdict)}`;
}
function headlinePhrase(report, verdict) {
    const products = report.products.length;
    if (verdict === 'fail') {
        const failing = report.products.filter((p) => p.verdict === 'fail').length;
        if (failing === 0)
            return 'blocking findings';
        return `${count(failing)} of ${plural(products, 'product')} ${failing === 1 ? 'fails' : 'fail'}`;
    }
    if (verdict === 'warn')
        return 'passes with warnings';
    if (products === 0)
        return 'no products to check';
    return products === 1 ? 'the product passes' : `all ${count(products)} products pass`;
}
function countsLine(report) {
    const s = report.summary;
    const parts = [
        s.blocking > 0 ? `**${count(s.blocking)} blocking**` : '0 blocking',
        plural(s.warnings, 'warning'),
        s.unrecorded > 0
            ? `**${plural(s.unrecorded, 'unrecorded material change')}**`
            : '0 unrecorded material changes',
        `${plural(s.products, 'product')} checked`,
        `as of ${(0,markdown_escape/* escapeMarkdown */.FV)(report.now, 40)}`,
        `fail-on ${(0,markdown_escape/* inlineCode */.ti)(report.policy.failOn, 40)}${report.policy.warnOnly ? ' (warn-only)' : ''}`,
    ];
    return parts.join(' · ');
}
function overview(products) {
    if (products.length === 0)
        return '';
    const rows = products.map((p) => {
        const blocking = p.findings.filter((f) => (0,ordering/* groupOf */.F8)(f) === 'blocking').length;
        const warnings = p.findings.filter((f) => (0,ordering/* groupOf */.F8)(f) === 'warning').length;
        const unrecorded = (0,ordering/* changeSetsOf */.d8)(p).filter(ordering/* isOpenMaterial */.IV).length;
        return `| ${verdictIcon[p.verdict]} ${(0,markdown_escape/* inlineCode */.ti)(p.id, 80)} | ${labels(p)} | ${filing(p)} | ${count(blocking)} | ${count(unrecorded)} | ${count(warnings)} |`;
    });
    return [
        '| Product | Label | Filing | Blocking | Unrecorded changes | Warnings |',
        '|---|---|---|--:|--:|--:|',
        ...rows,
    ].join('\n');
}
/**
 * One product: the first screen (what changed as change sets, whether it is recorded, what to do; every
 * blocking item) and, folded in <details>, the full change table with each set's members, the entries
 * to paste, the non-blocking findings and readiness.
 */
function productSection(p, ctx) {
    const groups = (0,ordering/* groupFindings */.kG)(p.findings);
    const sets = (0,ordering/* shownSets */.rg)(p);
    const open = sets.filter(ordering/* isOpenMaterial */.IV);
    const lines = [productHeadline(p, '####'), verdictLine(p.verdict, groups, open.length)];
    const screen = firstScreen(p, sets, groups, ctx);
    if (screen)
        lines.push(screen);
    const next = nextSteps(p, groups, open, ctx);
    if (next)
        lines.push(next);
    const table = changeTable(sets, p, ctx);
    if (table)
        lines.push(folded(`All changes since the registered baseline (${changeCount(sets, p)})`, table));
    const findings = findingSections(groups, ctx);
    const readiness = readinessLine(p.readiness, ctx);
    if (readiness)
        findings.push(readiness);
    const notBlocking = nonBlockingSummary(groups);
    if (findings.length > 0) {
        lines.push(notBlocking ? folded(notBlocking, findings.join('\n\n')) : findings.join('\n\n'));
    }
    return lines.join('\n\n');
}
/** GitHub renders Markdown inside <details> only after a blank line. */
function folded(summary, body) {
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function changeCount(sets, p) {
    const members = sets.reduce((n, x) => n + x.fingerprints.length, 0);
    const diffs = (p.changes ?? []).length;
    const none = diffs - members;
    return `${plural(sets.length, 'change')}, ${plural(members, 'difference')}${none > 0 ? ` and ${count(none)} needing no record` : ''}`;
}
function nonBlockingSummary(groups) {
    const parts = ['blocking', 'error', 'warning', 'info', 'waived']
        .filter((g) => groups.get(g).length > 0)
        .map((g) => g === 'waived' ? `${count(groups.get(g).length)} waived` : plural(groups.get(g).length, groupNoun[g]));
    return parts.length > 0 ? `Findings in full (${parts.join(', ')}) and readiness` : 'Readiness';
}
const FIRST_SCREEN_OTHERS = 3;
/**
 * The handful of lines a reviewer reads: every unrecorded material change set and every blocking
 * finding (never cut), then one line for the rest still to record and one for what is recorded.
 */
function firstScreen(p, sets, groups, ctx) {
    const lines = [];
    for (const set of sets.filter(ordering/* isOpenMaterial */.IV)) {
        const members = set.fingerprints.length > 1 ? ` (${plural(set.fingerprints.length, 'difference')})` : '';
        lines.push(`- ❗ **${(0,markdown_escape/* escapeMarkdown */.FV)(set.title, 300)}**${members} — **material, not recorded** ${(0,markdown_escape/* inlineCode */.ti)(set.classId, 60)} → ${(0,markdown_escape/* inlineCode */.ti)(set.suggestedId ?? set.id, 60)}`);
    }
    for (const f of groups.get('blocking')) {
        lines.push(`- ❌ ${(0,markdown_escape/* inlineCode */.ti)(f.ruleId, 80)} ${(0,markdown_escape/* escapeMarkdown */.FV)(f.message, 300)} — ${markdown_location(f)}`);
        if (f.hint && ctx.detail <= 2)
            lines.push(`  - ${(0,markdown_escape/* escapeMarkdown */.FV)(firstLine(f.hint), 300)}`);
    }
    const toRecord = sets.filter((x) => x.pending !== 'none' && !(0,ordering/* isOpenMaterial */.IV)(x));
    if (toRecord.length > 0) {
        const names = toRecord.slice(0, FIRST_SCREEN_OTHERS).map((x) => (0,markdown_escape/* escapeMarkdown */.FV)(x.title, 70));
        const more = toRecord.length > FIRST_SCREEN_OTHERS
            ? `, and ${count(toRecord.length - FIRST_SCREEN_OTHERS)} more`
            : '';
        lines.push(`- ⚠️ ${plural(toRecord.length, 'change')} to record (not material): ${names.join('; ')}${more}`);
    }
    const recorded = sets.filter((x) => x.pending === 'none');
    if (recorded.length > 0) {
        const ids = [...new Set(recorded.flatMap((x) => (x.changeLogId ? [x.changeLogId] : [])))];
        lines.push(`- ✅ ${plural(recorded.length, 'change')} recorded${ids.length > 0
            ? ` (${ids
                .slice(0, 5)
                .map((id) => (0,markdown_escape/* inlineCode */.ti)(id, 60))
                .join(', ')})`
            : ''}`);
    }
    return lines.join('\n');
}
function firstLine(text) {
    const i = text.indexOf('\n');
    return i < 0 ? text : text.slice(0, i);
}
function productHeadline(p, level) {
    const model = p.model !== undefined && p.model !== '' ? ` — ${(0,markdown_escape/* escapeMarkdown */.FV)(p.model, 120)}` : '';
    return `${level} ${verdictIcon[p.verdict]} ${(0,markdown_escape/* inlineCode */.ti)(p.id, 120)}${model} · ${labels(p)} · ${filing(p)}`;
}
function productLine(p) {
    const model = p.model !== undefined && p.model !== '' ? ` — ${(0,markdown_escape/* escapeMarkdown */.FV)(p.model, 120)}` : '';
    return `- ${verdictIcon[p.verdict]} ${(0,markdown_escape/* inlineCode */.ti)(p.id, 120)}${model} · ${labels(p)} · ${filing(p)}`;
}
function labels(p) {
    const text = p.labels.map((l) => `${(0,markdown_escape/* escapeMarkdown */.FV)(l.scheme, 40)} ${stars(l.stars)}`).join(', ');
    return text === '' ? 'no label target' : text;
}
function filing(p) {
    return p.filingStatus !== undefined && p.filingStatus !== ''
        ? `filing ${(0,markdown_escape/* escapeMarkdown */.FV)(p.filingStatus, 60)}`
        : 'not filed';
}
function stars(n) {
    if (Number.isInteger(n) && n >= 1 && n <= 10)
        return '★'.repeat(n);
    return n === 0 ? 'none' : (0,markdown_escape/* escapeMarkdown */.FV)(String(n), 20);
}
function verdictLine(verdict, groups, unrecorded) {
    const size = (g) => groups.get(g).length;
    const parts = [];
    if (size('blocking') > 0)
        parts.push(plural(size('blocking'), 'blocking finding'));
    if (unrecorded > 0)
        parts.push(plural(unrecorded, 'unrecorded material change'));
    if (size('error') > 0)
        parts.push(plural(size('error'), 'non-blocking error'));
    if (size('warning') > 0)
        parts.push(plural(size('warning'), 'warning'));
    if (size('info') > 0)
        parts.push(plural(size('info'), 'note'));
    if (size('waived') > 0)
        parts.push(`${count(size('waived'))} waived`);
    const word = verdict === 'fail' ? 'Fails' : verdict === 'warn' ? 'Passes with warnings' : 'Passes';
    return parts.length > 0 ? `**${word}:** ${parts.join(' · ')}` : `**${word}.**`;
}
/** Every change set as a row; a set's members, folded below the table. */
function changeTable(sets, p, ctx) {
    const kept = ctx.detail >= 3 ? sets.filter(ordering/* isOpenMaterial */.IV) : sets;
    ctx.cut.recordedChanges += sets.length - kept.length;
    if (kept.length === 0)
        return '';
    const byFingerprint = new Map((p.changes ?? []).map((c) => [c.fingerprint, c]));
    const rows = kept.map((x) => {
        const open = (0,ordering/* isOpenMaterial */.IV)(x);
        const title = (0,markdown_escape/* escapeMarkdown */.FV)(x.title, 300);
        const size = x.fingerprints.length > 1 ? ` (${plural(x.fingerprints.length, 'difference')})` : '';
        const reason = ctx.detail >= 3 ? '' : ` — ${(0,markdown_escape/* escapeMarkdown */.FV)(x.reason, 160)}`;
        const cls = `${x.classification === 'material' ? '**material**' : (0,markdown_escape/* escapeMarkdown */.FV)(x.classification, 20)}${reason}`;
        return `| ${open ? '❗' : ''} | ${open ? `**${title}**` : title}${size} | ${cls} | ${recordedCell(x)} |`;
    });
    const table = ['| | Change | Classification | Recorded |', '|---|---|---|---|', ...rows].join('\n');
    if (ctx.detail >= 2)
        return table;
    const members = kept
        .filter((x) => x.fingerprints.length > 1)
        .map((x) => folded(`Members of: ${(0,markdown_escape/* escapeMarkdown */.FV)(x.title, 200)}`, memberTable(x, byFingerprint)));
    return [table, ...members].join('\n\n');
}
function memberTable(set, byFingerprint) {
    const rows = set.fingerprints.map((f) => {
        const c = byFingerprint.get(f);
        if (!c)
            return `| ${(0,markdown_escape/* inlineCode */.ti)(f, 60)} | | | |`;
        return `| ${(0,markdown_escape/* inlineCode */.ti)(c.kind, 60)} ${(0,markdown_escape/* escapeMarkdown */.FV)(c.subject, 120)} | ${value(c.from)} → ${value(c.to)} | ${(0,markdown_escape/* escapeMarkdown */.FV)(c.classification, 20)} ${(0,markdown_escape/* inlineCode */.ti)(c.classId, 60)} | ${c.recorded ? '✅' : '❌'} ${(0,markdown_escape/* inlineCode */.ti)(f, 60)} |`;
    });
    return ['| Member | From → to | Classification | Fingerprint |', '|---|---|---|---|', ...rows].join('\n');
}
function value(v) {
    return v === undefined || v === '' ? '∅' : (0,markdown_escape/* inlineCode */.ti)(v, 100);
}
function recordedCell(x) {
    if (x.pending === 'none')
        return `✅ ${x.changeLogId ? (0,markdown_escape/* inlineCode */.ti)(x.changeLogId, 60) : 'recorded'}`;
    const partly = x.unrecorded.length < x.fingerprints.length
        ? ` (${count(x.unrecorded.length)} of ${count(x.fingerprints.length)})`
        : '';
    const id = x.suggestedId ? ` → ${(0,markdown_escape/* inlineCode */.ti)(x.suggestedId, 60)}` : '';
    // The set's id (its first member's fingerprint) names it in `labelguard record --change`.
    const fingerprint = ` ${(0,markdown_escape/* inlineCode */.ti)(x.id, 60)}`;
    return x.pending === 'material'
        ? `**❌ not recorded**${partly}${fingerprint}${id}`
        : `not recorded${partly}${fingerprint}${id}`;
}
function findingSections(groups, ctx) {
    const out = [];
    const dropped = new Map();
    for (const [group, findings] of groups) {
        if (findings.length === 0)
            continue;
        if (ctx.detail >= 2 && group !== 'blocking') {
            dropped.set(group, findings.length);
            continue;
        }
        out.push(`**${groupTitle[group]} (${count(findings.length)})**\n\n${findings.map((f) => findingItem(f, group, ctx)).join('\n')}`);
    }
    const total = [...dropped.values()].reduce((a, b) => a + b, 0);
    if (total > 0) {
        ctx.cut.nonBlocking += total;
        const kinds = [...dropped].map(([g, n]) => g === 'waived' ? `${count(n)} waived` : plural(n, groupNoun[g]));
        out.push(`_✂️ ${plural(total, 'non-blocking finding')} not shown (${kinds.join(', ')})._`);
    }
    return out;
}
function findingItem(f, group, ctx) {
    const brief = ctx.detail >= 3;
    const message = (0,markdown_escape/* escapeMarkdown */.FV)(f.message, brief ? 200 : 500);
    const lines = [`- ${groupIcon[group]} ${(0,markdown_escape/* inlineCode */.ti)(f.ruleId, 80)} ${message} — ${markdown_location(f)}`];
    if (f.waived) {
        lines.push(`  - Waived by ${(0,markdown_escape/* escapeMarkdown */.FV)(f.waived.approver, 80)} until ${(0,markdown_escape/* escapeMarkdown */.FV)(f.waived.expires, 40)}: ${(0,markdown_escape/* escapeMarkdown */.FV)(f.waived.justification)}`);
    }
    if (brief) {
        if ((f.sources?.length ?? 0) > 0 || f.hint)
            ctx.cut.extras = true;
        return lines.join('\n');
    }
    if (f.sources && f.sources.length > 0)
        lines.push(`  - Sources: ${sources(f.sources)}`);
    if (f.hint && !f.waived)
        lines.push(`  - Hint: ${(0,markdown_escape/* escapeMarkdown */.FV)(f.hint)}`);
    return lines.join('\n');
}
function markdown_location(f) {
    return f.line >= 1 ? (0,markdown_escape/* inlineCode */.ti)(`${f.file}:${f.line}`, 200) : (0,markdown_escape/* inlineCode */.ti)(f.file, 200);
}
/** Sources as links when their URL is https, otherwise as text with the URL neutralised. */
function sources(list) {
    return list
        .map((s) => {
        return (0,markdown_escape/* markdownLink */.iQ)((0,finding/* sourceLabel */.en)(s), s.url, 160);
    })
        .join(' · ');
}
function readinessLine(readiness, ctx) {
    if (!readiness || readiness.length === 0)
        return '';
    const parts = readiness.map((r) => {
        const base = `${(0,markdown_escape/* escapeMarkdown */.FV)(r.scheme, 40)}: target ${stars(r.target)}, meets ${r.met > 0 ? stars(r.met) : 'none'}`;
        const gaps = Object.entries(r.gaps)
            .filter(([, ids]) => ids.length > 0)
            .sort(([a], [b]) => Number(a) - Number(b) || (0,finding/* compareText */.n6)(a, b));
        if (gaps.length === 0)
            return base;
        if (ctx.detail >= 3) {
            ctx.cut.extras = true;
            return base;
        }
        const text = gaps
            .map(([level, ids]) => {
            const shown = ids.slice(0, 20).map((id) => (0,markdown_escape/* inlineCode */.ti)(id, 60));
            const more = ids.length > 20 ? ` and ${count(ids.length - 20)} more` : '';
            return `${stars(Number(level))} blocked by ${shown.join(', ')}${more}`;
        })
            .join('; ');
        return `${base} — ${text}`;
    });
    return `**Readiness:** ${parts.join(' · ')}`;
}
const MAX_FINGERPRINTS = 5;
function nextSteps(p, groups, unrecorded, ctx) {
    const steps = [];
    if (unrecorded.length > 0) {
        const pr = ctx.prs.get(p.id);
        const one = unrecorded.length === 1;
        if (pr) {
            steps.push(`Merge the refiling pull request ${(0,markdown_escape/* markdownLink */.iQ)(`#${pr.number}`, pr.url)}: it records ${one ? 'the change' : `the ${count(unrecorded.length)} changes`} in the filing record and carries regenerated evidence.`);
        }
        else {
            const ids = unrecorded.flatMap((x) => (x.suggestedId ? [(0,markdown_escape/* inlineCode */.ti)(x.suggestedId, 60)] : []));
            const shown = ids.length > 0
                ? ` ${ids.slice(0, MAX_FINGERPRINTS).join(', ')}${ids.length > MAX_FINGERPRINTS ? ', …' : ''}`
                : '';
            steps.push(`Record ${one ? 'it' : 'them'}: run \`labelguard record\` ${(0,markdown_escape/* inlineCode */.ti)((0,ordering/* repoPath */.qN)(p.path, '').replace(/\/$/, '') || '.', 200)} and commit ${(0,markdown_escape/* inlineCode */.ti)((0,ordering/* repoPath */.qN)(p.path, ordering/* FILING_FILE */.dB), 200)}${shown ? ` (${one ? 'entry' : 'entries'}${shown})` : ''}; \`labelguard check\` prints the ${one ? 'entry' : 'entries'} to paste by hand.`);
        }
    }
    const blocking = groups.get('blocking').length;
    if (blocking > 0) {
        steps.push(`Fix ${blocking === 1 ? 'the blocking finding' : `the ${count(blocking)} blocking findings`}, or request a waiver for one you accept: a \`waivers\` entry in \`.labelguard.yml\` with rule, product, justification, approver and expiry.`);
    }
    if (steps.length === 0 && p.verdict === 'warn')
        steps.push('Nothing blocks the merge; review the warnings.');
    if (steps.length === 0)
        return '';
    return steps.length === 1
        ? `**Next step:** ${steps[0]}`
        : `**Next steps:**\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`;
}
function repositorySection(ctx) {
    const groups = (0,ordering/* groupFindings */.kG)(ctx.report.findings);
    return ['#### Repository-wide findings', ...findingSections(groups, ctx)].join('\n\n');
}
function passingSection(products, ctx) {
    const summary = `✅ ${plural(products.length, 'product')} ${products.length === 1 ? 'passes' : 'pass'}`;
    if (ctx.detail >= 3) {
        ctx.cut.passingUnlisted += products.length;
        return `${summary} (not listed).`;
    }
    let body;
    if (ctx.detail === 0) {
        body = products.map((p) => productSection(p, ctx)).join('\n\n');
    }
    else {
        ctx.cut.passingDetails += products.filter(hasDetails).length;
        body = products.map(productLine).join('\n');
    }
    // GitHub renders Markdown inside <details> only after a blank line.
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function hasDetails(p) {
    return p.findings.length > 0 || (0,ordering/* shownSets */.rg)(p).length > 0 || (p.readiness?.length ?? 0) > 0;
}
function fullReportPointer(opts) {
    if (opts.reportUrl !== undefined && opts.reportUrl.trim() !== '') {
        return `Full report: ${(0,markdown_escape/* markdownLink */.iQ)('workflow run', opts.reportUrl, 200)}.`;
    }
    return 'Run `labelguard check` for the full report.';
}
function limitText(opts) {
    return `${count(opts.maxChars)} ${sizeUnit(opts.mode)}`;
}
function cutNote(ctx) {
    const { cut } = ctx;
    const parts = [];
    if (cut.passingDetails > 0)
        parts.push(`details of ${plural(cut.passingDetails, 'passing product')}`);
    if (cut.passingUnlisted > 0)
        parts.push(`the list of ${plural(cut.passingUnlisted, 'passing product')}`);
    if (cut.nonBlocking > 0)
        parts.push(plural(cut.nonBlocking, 'non-blocking finding'));
    if (cut.recordedChanges > 0)
        parts.push(plural(cut.recordedChanges, 'recorded or record-only change'));
    if (cut.extras)
        parts.push('sources, hints and readiness gaps');
    if (parts.length === 0)
        return '';
    return [
        '---',
        `✂️ **Shortened to fit the size limit of ${limitText(ctx.opts)}.** Not shown: ${parts.join('; ')}. ` +
            `Every blocking finding and every unrecorded material change is shown. ${fullReportPointer(ctx.opts)}`,
    ].join('\n\n');
}
function footer(report) {
    return `<sub>${(0,markdown_escape/* escapeMarkdown */.FV)(report.generator.name, 40)} ${(0,markdown_escape/* escapeMarkdown */.FV)(report.generator.version, 40)}</sub>`;
}
/**
 * The items that are always kept, one line each: refiling PRs, unrecorded changes, blocking findings.
 * A finding's file path names its product folder, so the product id is not repeated; compact lines,
 * for when even these overflow, also leave out the messages.
 */
function essentialLines(report, opts, compact) {
    const products = (0,ordering/* orderedProducts */.IA)(report);
    const prs = (opts.refilingPrs ?? [])
        .filter((pr) => products.some((p) => p.id === pr.productId))
        .sort((a, b) => (0,finding/* compareText */.n6)(a.productId, b.productId) || a.number - b.number)
        .map((pr) => `- 🔁 ${(0,markdown_escape/* inlineCode */.ti)(pr.productId, 80)} refiling PR ${(0,markdown_escape/* markdownLink */.iQ)(`#${pr.number}`, pr.url)}`);
    const changes = products.flatMap((p) => (0,ordering/* changeSetsOf */.d8)(p)
        .filter(ordering/* isOpenMaterial */.IV)
        .map((x) => compact
        ? `- ❗ ${(0,markdown_escape/* inlineCode */.ti)(p.id, 80)} ${(0,markdown_escape/* inlineCode */.ti)(x.id, 60)}`
        : `- ❗ ${(0,markdown_escape/* inlineCode */.ti)(p.id, 80)} unrecorded ${(0,markdown_escape/* escapeMarkdown */.FV)(x.title, 200)} ${(0,markdown_escape/* inlineCode */.ti)(x.id, 60)}`));
    const blockingLine = (f) => compact
        ? `- ❌ ${(0,markdown_escape/* inlineCode */.ti)(f.ruleId, 80)} ${markdown_location(f)}`
        : `- ❌ ${(0,markdown_escape/* inlineCode */.ti)(f.ruleId, 80)} ${markdown_location(f)} ${(0,markdown_escape/* escapeMarkdown */.FV)(f.message, 100)}`;
    const findings = [
        ...products.flatMap((p) => (0,ordering/* groupFindings */.kG)(p.findings).get('blocking').map(blockingLine)),
        ...(0,ordering/* groupFindings */.kG)(report.findings).get('blocking').map(blockingLine),
    ];
    return [...prs, ...changes, ...findings];
}
function essentialCount(report) {
    const changes = report.products.flatMap((p) => (0,ordering/* changeSetsOf */.d8)(p).filter(ordering/* isOpenMaterial */.IV)).length;
    const findings = [...report.products.flatMap((p) => p.findings), ...report.findings].filter((f) => (0,ordering/* groupOf */.F8)(f) === 'blocking' && !(0,ordering/* shownAsChange */.SX)(f)).length;
    return changes + findings;
}
function minimalNote(report, opts) {
    const all = [...report.products.flatMap((p) => p.findings), ...report.findings].filter((f) => !(0,ordering/* shownAsChange */.SX)(f));
    const nonBlocking = all.filter((f) => (0,ordering/* groupOf */.F8)(f) !== 'blocking').length;
    const hidden = nonBlocking > 0 ? ` ${plural(nonBlocking, 'non-blocking finding')} and all details not shown.` : '';
    return `✂️ Only blocking findings and unrecorded material changes are listed, to fit the size limit of ${limitText(opts)}.${hidden} ${fullReportPointer(opts)}`;
}
function minimal(ctx) {
    const policy = (0,policy_change/* policyChangeMarkdown */.E)(ctx.report, 0);
    const head = `${heading(ctx)}\n\n${countsLine(ctx.report)}\n${policy ? `\n${policy}\n` : ''}`;
    const lines = essentialLines(ctx.report, ctx.opts, false);
    return `${[head, ...lines, '', minimalNote(ctx.report, ctx.opts)].join('\n')}\n`;
}
/** Even one line per blocking item is too much: as many lines as fit, and how many did not. */
function renderOverflow(report, opts, fits) {
    const ctx = {
        report,
        opts,
        detail: 4,
        prs: new Map(),
        cut: { passingDetails: 0, passingUnlisted: 0, nonBlocking: 0, recordedChanges: 0, extras: false },
    };
    const policy = (0,policy_change/* policyChangeMarkdown */.E)(report, 0);
    const head = `${heading(ctx)}\n\n${countsLine(report)}\n${policy ? `\n${policy}\n` : ''}`;
    const lines = essentialLines(report, opts, true);
    const total = essentialCount(report);
    const tail = (omitted) => omitted === 0
        ? `\n${minimalNote(report, opts)}\n`
        : `\n✂️ Even one line per blocking item (${count(total)}) exceeds the size limit of ${limitText(opts)}: ` +
            `${count(omitted)} of ${count(lines.length)} lines are not shown. ${fullReportPointer(opts)}\n`;
    // When not even the heading fits, it is cut: it is built from escaped parts, so a prefix of it is still
    // safe Markdown (at worst a dangling backslash or a broken entity, which render as text).
    return fillLines(head, lines, tail, fits, (text) => cutToFit(text, fits));
}


/***/ }),

/***/ 72472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ overallVerdict),
/* harmony export */   CA: () => (/* binding */ byCodeUnits),
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   IA: () => (/* binding */ orderedProducts),
/* harmony export */   IV: () => (/* binding */ isOpenMaterial),
/* harmony export */   SX: () => (/* binding */ shownAsChange),
/* harmony export */   d8: () => (/* binding */ changeSetsOf),
/* harmony export */   dB: () => (/* binding */ FILING_FILE),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   rg: () => (/* binding */ shownSets)
/* harmony export */ });
/* unused harmony exports compareFindingPlaces, findingGroups, isUnrecordedMaterial, shownChanges */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95278);

// Shared ordering for the GitHub renderers: code-unit order (compareText), never localeCompare, whose
// result depends on the machine's ICU data and locale — the same report must render byte-identically.
/** Compare strings by code units: the same answer on every machine. */
const byCodeUnits = _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6;
/** Findings by file, position, rule and message. */
const compareFindingPlaces = _core_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg;
const findingGroups = ['blocking', 'error', 'warning', 'info', 'waived'];
/** Which group a finding is shown in: a waived finding never blocks, whatever its flag says. */
function groupOf(f) {
    if (f.waived)
        return 'waived';
    if (f.blocking)
        return 'blocking';
    return f.severity;
}
/**
 * Findings that say "this change is not in the change log": the change table shows each such change
 * with its fingerprint and next step, so the Markdown lists them there rather than twice.
 */
function shownAsChange(f) {
    return f.ruleId === 'change.unrecorded' || f.ruleId === 'change.unrecorded-record';
}
/** Findings split into their groups, each sorted by place. */
function groupFindings(findings) {
    const groups = new Map(findingGroups.map((g) => [g, []]));
    for (const f of findings)
        if (!shownAsChange(f))
            groups.get(groupOf(f)).push(f);
    for (const list of groups.values())
        list.sort(compareFindingPlaces);
    return groups;
}
/** A material change that no change-log entry accounts for: what invalidates a label. */
function isUnrecordedMaterial(c) {
    return c.classification === 'material' && !c.recorded;
}
function changeRank(c) {
    if (isUnrecordedMaterial(c))
        return 0;
    if (c.classification === 'material')
        return 1;
    return c.classification === 'record' ? 2 : 3;
}
/** Changes worth showing (classification other than none), unrecorded material ones first. */
function shownChanges(changes) {
    return (changes ?? [])
        .filter((c) => c.classification !== 'none')
        .sort((a, b) => changeRank(a) - changeRank(b) ||
        byCodeUnits(a.kind, b.kind) ||
        byCodeUnits(a.subject, b.subject) ||
        byCodeUnits(a.fingerprint, b.fingerprint));
}
/** A change set with a material member the change log does not list yet: what invalidates a label. */
function isOpenMaterial(s) {
    return s.pending === 'material';
}
/**
 * A product's change sets; a report written before change sets existed (or merged from one) gets each
 * difference as a set of its own, so nothing it holds is lost.
 */
function changeSetsOf(p) {
    if (p.changeSets)
        return p.changeSets;
    return (p.changes ?? []).map((c) => ({
        id: c.fingerprint,
        title: `${c.kind} ${c.subject}${c.from !== undefined || c.to !== undefined ? `: ${c.from ?? '∅'} → ${c.to ?? '∅'}` : ''}`,
        classification: c.classification,
        classId: c.classId,
        reason: c.reason,
        recorded: c.recorded,
        ...(c.changeLogId !== undefined ? { changeLogId: c.changeLogId } : {}),
        fingerprints: [c.fingerprint],
        unrecorded: c.recorded || c.classification === 'none' ? [] : [c.fingerprint],
        pending: c.recorded ? 'none' : c.classification,
    }));
}
const setRank = (s) => isOpenMaterial(s) ? 0 : s.pending !== 'none' ? 1 : s.classification === 'material' ? 2 : 3;
/** Change sets worth showing (classification other than none): unrecorded material first, then
 *  unrecorded, then recorded; report order within each. */
function shownSets(p) {
    const sets = changeSetsOf(p).filter((s) => s.classification !== 'none');
    return sets
        .map((s, i) => ({ s, i }))
        .sort((a, b) => setRank(a.s) - setRank(b.s) || a.i - b.i)
        .map((x) => x.s);
}
const verdictRank = { fail: 0, warn: 1, pass: 2 };
/** Products failing first, then warning, then passing; by id within each. */
function orderedProducts(report) {
    return [...report.products].sort((a, b) => verdictRank[a.verdict] - verdictRank[b.verdict] ||
        byCodeUnits(a.id, b.id) ||
        byCodeUnits(a.path, b.path));
}
/** The overall verdict of a report: the worst of its products and its repository-wide findings. */
function overallVerdict(report) {
    const all = [...report.products.flatMap((p) => p.findings), ...report.findings];
    if (report.summary.blocking > 0 || report.products.some((p) => p.verdict === 'fail'))
        return 'fail';
    if (all.some((f) => groupOf(f) === 'blocking'))
        return 'fail';
    if (report.summary.warnings > 0 || report.products.some((p) => p.verdict === 'warn'))
        return 'warn';
    return 'pass';
}
/** Join a folder and a file name with `/`, as repository paths are written. */
function repoPath(folder, file) {
    const base = folder.replace(/\\/g, '/').replace(/\/+$/, '');
    return base === '' || base === '.' ? file : `${base}/${file}`;
}
/** The file inside a product folder where its change log lives. */
const FILING_FILE = 'filing.yaml';


/***/ }),

/***/ 93307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ policyChangeMarkdown),
/* harmony export */   g: () => (/* binding */ policyChangeText)
/* harmony export */ });
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15330);

/**
 * The policy change of a judged change, shown right under the verdict: a reviewer must see that the pull
 * request changes the rules it is judged by, and how (what, from → to). Empty when it changes none.
 */
function policyChangeMarkdown(report, maxRows) {
    const change = report.policyChange;
    if (!change)
        return '';
    const head = `> [!WARNING]\n> **This change modifies the policy.** ${judgedWith(change.from, (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(change.from, 80))}`;
    if (change.lines.length === 0)
        return head;
    const rows = change.lines
        .slice(0, maxRows)
        .map((l) => `> | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(l.what, 120)} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(l.from, 160)} | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(l.to, 160)} |`);
    const more = change.lines.length - rows.length;
    return [
        head,
        '>',
        '> | Policy | From | To |',
        '> |---|---|---|',
        ...rows,
        ...(more > 0 ? ['>', `> … and ${more} more (see the JSON report).`] : []),
    ].join('\n');
}
/** The same for the terminal: one line per difference. */
function policyChangeText(report) {
    const change = report.policyChange;
    if (!change)
        return [];
    // One line per value, control characters removed, nothing cut (as every line of the text report).
    const one = (v) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(v, Number.MAX_SAFE_INTEGER);
    return [
        `POLICY CHANGED: ${judgedWith(change.from, one(change.from))}`,
        ...change.lines.map((l) => `    policy  ${one(l.what)}: ${one(l.from)} → ${one(l.to)}`),
        '',
    ];
}
/** Which policy judged the change, as a sentence; `shown` is `from` escaped for the output. */
function judgedWith(from, shown) {
    return from.startsWith('base ')
        ? `It was judged with the policy of the ${shown}; its own applies once merged.`
        : `It was judged with its own policy (${shown}), as asked.`;
}


/***/ })

};
