export const id = 937;
export const ids = [937];
export const modules = {

/***/ 74937:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordHelp: () => (/* binding */ recordHelp),
/* harmony export */   runRecord: () => (/* binding */ runRecord)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36762);
/* harmony import */ var _load_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68922);
/* harmony import */ var _refiling_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42535);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _repo_arg_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21121);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_5__, _load_repository_js__WEBPACK_IMPORTED_MODULE_6__]);
([_pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_5__, _load_repository_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);








const recordHelp = `Usage: labelguard record <product-dir> [--change ID]... [--classification CLASS]
                        [--summary TEXT] [--repo DIR] [--config FILE] [--now YYYY-MM-DD] [--dry-run]

Record unrecorded changes in the product's filing.yaml: one change-log entry per change set, as the
check suggests them (ids continue the change log), comments and formatting of the file kept. The local
twin of the refiling pull request; commit filing.yaml afterwards.

Options:
  --change ID           record only this change: a change-set id, a suggested entry id (CHG-…) or any
                        member's fingerprint (repeatable; default: every unrecorded change)
  --classification C    material or record instead of the pack's classification (never lower than it)
  --summary TEXT        record the chosen changes as ONE entry with this summary
  --repo DIR            the compliance repository (default: the nearest folder above the product holding
                        .labelguard.yml or .git, else the current directory)
  --config FILE         configuration file inside the repository (default: .labelguard.yml)
  --now DATE            the entries' date (default: today)
  --dry-run             print the new filing.yaml instead of writing it

Exit codes: 0 recorded (or nothing to record); 2 could not run as asked.
`;
const rank = { none: 0, record: 1, material: 2 };
/** `labelguard record`. */
async function runRecord(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('record', args, {
        change: { type: 'string', multiple: true },
        classification: { type: 'string' },
        summary: { type: 'string' },
        repo: { type: 'string' },
        config: { type: 'string' },
        now: { type: 'string' },
        'dry-run': { type: 'boolean' },
    }, true);
    if (values.help) {
        io.stdout(recordHelp);
        return 0;
    }
    if (positionals.length !== 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('record needs exactly one product folder', [
            "Run 'labelguard record --help' for usage.",
        ]);
    }
    const given = values.classification;
    if (given !== undefined && given !== 'material' && given !== 'record') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--classification must be material or record, got '${given}'`);
    }
    const classification = given;
    if (values.summary !== undefined && values.summary.trim() === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('--summary must not be empty');
    }
    const now = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNow */ .A7)(values.now, io.today);
    const productDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, positionals[0]);
    const root = values.repo !== undefined ? (0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_4__/* .repoDir */ .w)(io.cwd, values.repo) : ((0,_repo_arg_js__WEBPACK_IMPORTED_MODULE_4__/* .findRepoRoot */ .G)(productDir) ?? io.cwd);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, productDir).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    if (rel.startsWith('..') || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(productDir, 'product.yaml'))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`'${positionals[0]}' is not a product folder of the repository ${root}`, [
            'Pass the folder that holds product.yaml and filing.yaml, e.g. products/cam-x1.',
        ]);
    }
    const outcome = await (0,_pipeline_run_check_js__WEBPACK_IMPORTED_MODULE_5__/* .runCheck */ .k)({
        dir: root,
        now,
        changed: [`${rel}/product.yaml`],
        readFrom: 'working-tree',
        ...(values.config ? { configPath: values.config } : {}),
    });
    const report = outcome.report.products.find((p) => p.path === rel);
    const loaded = outcome.repo.products.find((p) => p.dir === rel);
    const filing = loaded && (0,_load_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .summaryOf */ .YG)(loaded).filing;
    if (!report || !filing) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${rel} has no readable filing.yaml with a registered baseline to record against`, [
            `Run 'labelguard check --product <id>' to see what is wrong with it.`,
        ]);
    }
    const open = (report.changeSets ?? []).filter((s) => s.pending !== 'none');
    const chosen = choose(open, values.change ?? []);
    if (chosen.length === 0) {
        io.stdout(`${rel}: nothing to record; every change since the registered baseline is in the change log.\n`);
        return 0;
    }
    const pending = chosen.reduce((top, s) => (rank[s.pending] > rank[top] ? s.pending : top), 'none');
    if (classification !== undefined && rank[classification] < rank[pending]) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--classification ${classification} is below the pack's classification of the chosen changes (${pending})`, [
            'A change log that understates a change fails the check. To classify a change differently, override its',
            'class in .labelguard.yml `classification:` with a justification.',
        ]);
    }
    const fingerprints = new Set(chosen.flatMap((s) => s.unrecorded));
    const changes = (report.changes ?? []).filter((c) => fingerprints.has(c.fingerprint));
    const filingFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(productDir, 'filing.yaml');
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(filingFile, 'utf8');
    const options = {
        productId: report.id,
        scheme: filing.scheme,
        filingId: now,
        date: now,
        fileName: `${rel}/filing.yaml`,
        sets: chosen,
        suggestedIds: true,
        ...(values.summary !== undefined ? { summary: values.summary.trim() } : {}),
        ...(classification !== undefined ? { classification } : {}),
    };
    let updated;
    try {
        updated = (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .recordChanges */ .jv)(text, changes, options);
    }
    catch (e) {
        if (e instanceof _refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .FilingUpdateError */ .v9)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(e.message);
        throw e;
    }
    const entries = (0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .changeLogEntries */ .xH)((0,_refiling_index_js__WEBPACK_IMPORTED_MODULE_7__/* .changeLogOf */ .I7)(text), changes, options);
    if (values['dry-run']) {
        io.stdout(updated);
        return 0;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(filingFile, updated);
    for (const e of entries) {
        io.stdout(`${rel}/filing.yaml: recorded ${e.id} (${e.classification}, ${e.fingerprints.length} fingerprint${e.fingerprints.length === 1 ? '' : 's'}): ${e.summary}\n`);
    }
    io.stdout(`Review and commit ${rel}/filing.yaml; 'labelguard check' confirms what is left.\n`);
    return 0;
}
/** The change sets the ids name (set id, suggested entry id or member fingerprint); all when none is named. */
function choose(open, ids) {
    if (ids.length === 0)
        return [...open];
    const unknown = ids.filter((id) => !open.some((s) => matches(s, id)));
    if (unknown.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`no unrecorded change with id ${unknown.join(', ')}`, [
            'Unrecorded changes:',
            ...open.map((s) => `${s.suggestedId ?? s.id}  ${s.id}  ${s.title}`),
        ]);
    }
    return open.filter((s) => ids.some((id) => matches(s, id)));
}
function matches(s, id) {
    return s.id === id || s.suggestedId === id || s.fingerprints.includes(id);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 42535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ changeLogOf),
/* harmony export */   jv: () => (/* binding */ recordChanges),
/* harmony export */   v9: () => (/* binding */ FilingUpdateError),
/* harmony export */   xH: () => (/* binding */ changeLogEntries)
/* harmony export */ });
/* unused harmony exports changesToRecord, describeChange */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95278);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15330);
/**
 * Recording changes in filing.yaml: one change-log entry per group of unrecorded changes, and the filing
 * status moved to `refiling-required` when a change is material. The file is the user's: the edit is
 * spliced into the text at positions the `yaml` Document API reports, so comments, quoting, folded
 * scalars and blank lines outside the edit stay byte for byte as they were.
 */



/** filing.yaml cannot be updated as it is: says where and what to fix. */
class FilingUpdateError extends Error {
    file;
    line;
    problem;
    fix;
    name = 'FilingUpdateError';
    constructor(file, line, problem, fix) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem} ${fix}`);
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }
}
/** Filing statuses a material change moves to `refiling-required`; the others stay as they are. */
const REOPENED_BY_MATERIAL = new Set(['granted', 'refiling-submitted']);
const MAX_SUMMARY_ITEMS = 8;
const MAX_ITEM_CHARS = 160;
/** The changes that still need an entry: unrecorded, not `none`, not already listed in the change log. */
function changesToRecord(changes, existing = []) {
    const listed = new Set(existing.flatMap((e) => e.fingerprints));
    const seen = new Set();
    return changes.filter((c) => {
        if (c.recorded || c.classification === 'none' || listed.has(c.fingerprint) || seen.has(c.fingerprint)) {
            return false;
        }
        seen.add(c.fingerprint);
        return true;
    });
}
/**
 * The change-log entries for the unrecorded changes: one per change class (the change-classification entry
 * that decided them), material groups first, ids `CHG-<filingId>-<n>` numbered after any already used.
 */
function changeLogEntries(existing, changes, options) {
    const date = entryDate(options);
    const toRecord = changesToRecord(changes, existing);
    const byFingerprint = new Map(toRecord.map((c) => [c.fingerprint, c]));
    // Change sets first, in their report order; whatever no set holds, grouped by change class.
    const groups = [];
    const inSet = new Set();
    for (const set of options.sets ?? []) {
        const members = set.fingerprints.flatMap((f) => {
            const c = byFingerprint.get(f);
            return c && !inSet.has(f) ? [c] : [];
        });
        for (const c of members)
            inSet.add(c.fingerprint);
        if (members.length > 0)
            groups.push({ set, changes: members });
    }
    const byClass = new Map();
    for (const change of toRecord.filter((c) => !inSet.has(c.fingerprint))) {
        const key = `${rank(change.classification)}\0${change.classId}`;
        byClass.set(key, [...(byClass.get(key) ?? []), change]);
    }
    for (const [, group] of [...byClass.entries()].sort(([a], [b]) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a, b))) {
        groups.push({ changes: [...group].sort(compareChanges) });
    }
    // Material entries first, as before; sets keep their report order within each classification.
    const ordered = groups
        .map((g, i) => ({ g, i, material: g.changes.some((c) => c.classification === 'material') }))
        .sort((a, b) => Number(b.material) - Number(a.material) || a.i - b.i)
        .map((x) => x.g);
    const merged = options.summary !== undefined && ordered.length > 0
        ? [{ changes: ordered.flatMap((g) => g.changes), summary: options.summary }]
        : ordered.map((g) => ({ ...g, summary: g.set ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(g.set.title, 480) : summarise(g.changes) }));
    const usedIds = new Set(existing.map((e) => e.id));
    let n = 0;
    const nextId = (suggested) => {
        if (options.suggestedIds && suggested !== undefined && !usedIds.has(suggested)) {
            usedIds.add(suggested);
            return suggested;
        }
        let id;
        do
            id = `CHG-${options.filingId}-${++n}`;
        while (usedIds.has(id));
        usedIds.add(id);
        return id;
    };
    return merged.map((g) => {
        const material = g.changes.some((c) => c.classification === 'material');
        const classification = options.classification ?? (material ? 'material' : 'record');
        return {
            id: nextId('set' in g ? g.set?.suggestedId : undefined),
            summary: g.summary,
            fingerprints: g.changes.map((c) => c.fingerprint),
            classification,
            status: classification === 'material' ? 'refiling-required' : 'recorded',
            ...(date !== undefined && { date }),
            ...(options.pullRequest !== undefined && { pull_request: options.pullRequest }),
        };
    });
}
/**
 * filing.yaml with the unrecorded changes appended to its change log and, when one of them is material,
 * `status: refiling-required` (with `status_since`). Idempotent: changes already listed add nothing, so
 * recording the same changes twice gives the same text. Without a filing.yaml (never filed) a new one
 * with `status: not-filed` is started.
 */
function recordChanges(filingText, changes, options) {
    const file = options.fileName ?? 'filing.yaml';
    if (filingText === undefined || filingText.trim() === '')
        return newFiling(changes, options);
    // A final line break first, so that text appended at the end starts on a line of its own.
    const eol = filingText.includes('\r\n') ? '\r\n' : '\n';
    const text = filingText.endsWith('\n') ? filingText : `${filingText}${eol}`;
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    const firstError = doc.errors[0];
    if (firstError) {
        throw new FilingUpdateError(file, firstError.linePos?.[0]?.line, `is not valid YAML (${firstError.message.split('\n')[0] ?? ''}).`, 'Fix the YAML syntax, then run labelguard again.');
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) || root.flow) {
        throw new FilingUpdateError(file, undefined, 'is not a block mapping of filing fields.', 'Write it as `key: value` lines (see the filing schema).');
    }
    const lineOf = (pos) => text.slice(0, pos).split('\n').length;
    const changesPair = pairOf(root.items, 'changes');
    const existing = existingEntries(changesPair?.value);
    const entries = changeLogEntries(existing, changes, options);
    const edits = [];
    // Status: only a material change re-opens a filing, and a status that already says so keeps its date.
    const statusPair = pairOf(root.items, 'status');
    const status = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(statusPair?.value) ? statusPair.value.value : undefined;
    const date = entryDate(options);
    if (entries.some((e) => e.classification === 'material') && REOPENED_BY_MATERIAL.has(String(status))) {
        const value = statusPair?.value;
        const [start, end] = rangeOf(value);
        edits.push({ start, end, text: 'refiling-required' });
        if (date !== undefined) {
            const since = pairOf(root.items, 'status_since');
            if (since && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(since.value)) {
                const [s, e] = rangeOf(since.value);
                edits.push({ start: s, end: e, text: date });
            }
            else if (!since) {
                const at = endOfLine(text, end);
                const indent = ' '.repeat(columnOf(text, rangeOf(statusPair?.key)[0]));
                edits.push({ start: at, end: at, text: `${indent}status_since: ${date}${eol}` });
            }
        }
    }
    if (entries.length > 0) {
        const value = changesPair?.value;
        if (!changesPair) {
            const keyIndent = columnOf(text, rangeOf(root.items[0]?.key)[0]);
            edits.push({
                start: text.length,
                end: text.length,
                text: `${' '.repeat(keyIndent)}changes:${eol}${renderItems(entries, keyIndent + 2, eol)}`,
            });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value) && !value.flow && value.items.length > 0) {
            const [start, end] = rangeOf(value);
            const at = text[end - 1] === '\n' ? end : endOfLine(text, end);
            edits.push({ start: at, end: at, text: renderItems(entries, columnOf(text, start), eol) });
        }
        else if (value === null ||
            value === undefined ||
            ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null) ||
            (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)) {
            // `changes:`, `changes: ~` or a flow list: rewritten as a block list under the key.
            const keyNode = changesPair.key;
            const keyIndent = columnOf(text, rangeOf(keyNode)[0]);
            const kept = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value) ? value.toJSON() : [];
            const [start, end] = value ? rangeOf(value) : [rangeOf(keyNode)[1], rangeOf(keyNode)[1]];
            edits.push({ start, end, text: '' });
            const at = endOfLine(text, Math.max(end, rangeOf(keyNode)[1]));
            edits.push({ start: at, end: at, text: renderItems([...kept, ...entries], keyIndent + 2, eol) });
        }
        else {
            throw new FilingUpdateError(file, lineOf(rangeOf(value)[0]), '`changes` is not a list.', 'Make it a list of change-log entries (`- id: …`), or remove it.');
        }
    }
    if (edits.length === 0)
        return filingText;
    const updated = applyEdits(text, edits);
    verify(updated, existing.length + entries.length, file);
    return updated;
}
/** The YYYY-MM-DD of the entries: the option, else the date the filing id starts with. */
function entryDate(options) {
    const date = options.date ?? /^(\d{4}-\d{2}-\d{2})/.exec(options.filingId)?.[1];
    if (date === undefined)
        return undefined;
    const parsed = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
        throw new Error(`"${date}" is not a calendar date (YYYY-MM-DD) for the change-log entries.`);
    }
    return date;
}
function newFiling(changes, options) {
    const entries = changeLogEntries([], changes, options);
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo({
        product: options.productId,
        scheme: options.scheme,
        status: 'not-filed',
        ...(entries.length > 0 && { changes: entries }),
    });
    doc.commentBefore =
        ` Filing record of ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(options.productId, 64)}, started by labelguard. The product has not been` +
            `\n filed yet: until it is, this file records its changes.`;
    return doc.toString({ lineWidth: 0 });
}
/** Apply non-overlapping edits; insertions at one position keep the order in which they were listed. */
function applyEdits(text, edits) {
    let out = text;
    const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
    for (const e of ordered)
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
}
/** Re-read the result: a splice that broke the file is a labelguard defect, never a silent corruption. */
function verify(text, expectedEntries, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    const changes = doc.toJS()?.changes;
    const count = Array.isArray(changes) ? changes.length : 0;
    if (doc.errors.length > 0 || count !== expectedEntries) {
        throw new Error(`labelguard could not update ${file} without breaking it (${doc.errors[0]?.message ?? `expected ${expectedEntries} change-log entries, found ${count}`}). ` +
            'Please report this with the file.');
    }
}
/** The entries as rendered YAML list items, every line indented by `indent` spaces. */
function renderItems(entries, indent, eol) {
    const yaml = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(entries).toString({ lineWidth: 0 });
    const pad = ' '.repeat(indent);
    return yaml
        .split('\n')
        .filter((line, i, all) => !(i === all.length - 1 && line === ''))
        .map((line) => `${line === '' ? '' : pad}${line}${eol}`)
        .join('');
}
function existingEntries(value) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value) ? entriesOf(value.toJSON()) : [];
}
/** The ids and fingerprints of a change log as plain data, skipping anything that is not an entry. */
function entriesOf(list) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((item) => {
        if (typeof item !== 'object' || item === null)
            return [];
        const e = item;
        return [
            {
                id: typeof e.id === 'string' ? e.id : '',
                fingerprints: Array.isArray(e.fingerprints)
                    ? e.fingerprints.filter((f) => typeof f === 'string')
                    : [],
            },
        ];
    });
}
/**
 * The change log of a filing.yaml text, read leniently (unreadable text gives none): recordChanges reports
 * the real problems with their line.
 */
function changeLogOf(text) {
    if (text === undefined)
        return [];
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    if (doc.errors.length > 0)
        return [];
    return entriesOf(doc.toJS()?.changes);
}
function pairOf(items, key) {
    return items.find((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? p.key.value : p.key) === key);
}
function rangeOf(node) {
    const range = node.range;
    if (!range)
        throw new Error('labelguard: a parsed YAML node has no source range');
    return [range[0], range[1]];
}
function columnOf(text, pos) {
    return pos - (text.lastIndexOf('\n', pos - 1) + 1);
}
/** The position just after the line break that ends the line holding `pos` (or the end of the text). */
function endOfLine(text, pos) {
    const at = text.indexOf('\n', pos);
    return at < 0 ? text.length : at + 1;
}
function rank(classification) {
    return classification === 'material' ? 0 : classification === 'record' ? 1 : 2;
}
function compareChanges(a, b) {
    const key = (c) => [c.kind, c.subject, c.fingerprint];
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
        const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** One line: the class's reason, then what changed. */
function summarise(changes) {
    const reason = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(changes[0]?.reason ?? '', 240).replace(/\.$/, '');
    const items = changes.slice(0, MAX_SUMMARY_ITEMS).map((c) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(describeChange(c), MAX_ITEM_CHARS));
    const more = changes.length > MAX_SUMMARY_ITEMS ? `; and ${changes.length - MAX_SUMMARY_ITEMS} more` : '';
    const list = `${items.join('; ')}${more}`;
    return reason ? `${reason} — ${list}` : list;
}
/** What changed, in plain text, e.g. `firmware 2.3.1 → 2.4.0`. */
function describeChange(c) {
    const subject = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(c.subject, MAX_ITEM_CHARS);
    const from = c.from !== undefined ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(c.from, MAX_ITEM_CHARS) : undefined;
    const to = c.to !== undefined ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(c.to, MAX_ITEM_CHARS) : undefined;
    if (c.kind.endsWith('.added'))
        return `${subject} added${to ? ` (${to})` : ''}`;
    if (c.kind.endsWith('.removed'))
        return `${subject} removed${from ? ` (was ${from})` : ''}`;
    return `${subject} ${from ?? '(unset)'} → ${to ?? '(unset)'}`;
}


/***/ })

};
