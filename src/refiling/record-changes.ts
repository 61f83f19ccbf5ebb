/**
 * Recording changes in filing.yaml: one change-log entry per group of unrecorded changes, and the filing
 * status moved to `refiling-required` when a change is material. The file is the user's: the edit is
 * spliced into the text at positions the `yaml` Document API reports, so comments, quoting, folded
 * scalars and blank lines outside the edit stay byte for byte as they were.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { ChangeSet, Classification, DetectedChange } from '../core/change.js';
import { compareText } from '../core/finding.js';
import { plainText, truncate } from '../markdown/escape.js';
import type { ChangeLogEntry } from '../schemas/index.js';

/** How the new change-log entries are named and dated. */
export interface RecordChangesOptions {
  productId: string;
  scheme: string;
  /** The evidence folder of this refiling, e.g. `2026-10-20`; entry ids are `CHG-<filingId>-<n>`. */
  filingId: string;
  /** Date of the entries and of `status_since`; default: the `YYYY-MM-DD` the filing id starts with. */
  date?: string;
  /** The pull request that introduced the changes, when known. */
  pullRequest?: number;
  /** The file as messages name it, e.g. `products/cam-x1/filing.yaml`. */
  fileName?: string;
  /**
   * The change sets the changes belong to (from the check): one entry per set, its summary the set's
   * title, its fingerprints in the set's order. Changes in no set are grouped by change class.
   */
  sets?: readonly ChangeSet[];
  /** Name entries by the ids the check suggested (`CHG-2026-015`, continuing the log) instead of `CHG-<filingId>-<n>`. */
  suggestedIds?: boolean;
  /** One entry for every change, with this summary (the sets are then listed in its fingerprints). */
  summary?: string;
  /** The classification of the entries instead of the pack's (never lower than the pack's). */
  classification?: 'material' | 'record';
}

/** filing.yaml cannot be updated as it is: says where and what to fix. */
export class FilingUpdateError extends Error {
  override readonly name = 'FilingUpdateError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem} ${fix}`);
  }
}

/** Filing statuses a material change moves to `refiling-required`; the others stay as they are. */
const REOPENED_BY_MATERIAL = new Set(['granted', 'refiling-submitted']);

const MAX_SUMMARY_ITEMS = 8;
const MAX_ITEM_CHARS = 160;

/** The changes that still need an entry: unrecorded, not `none`, not already listed in the change log. */
export function changesToRecord(
  changes: readonly DetectedChange[],
  existing: readonly Pick<ChangeLogEntry, 'fingerprints'>[] = [],
): DetectedChange[] {
  const listed = new Set(existing.flatMap((e) => e.fingerprints));
  const seen = new Set<string>();
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
export function changeLogEntries(
  existing: readonly Pick<ChangeLogEntry, 'id' | 'fingerprints'>[],
  changes: readonly DetectedChange[],
  options: RecordChangesOptions,
): ChangeLogEntry[] {
  const date = entryDate(options);
  const toRecord = changesToRecord(changes, existing);
  const byFingerprint = new Map(toRecord.map((c) => [c.fingerprint, c]));
  // Change sets first, in their report order; whatever no set holds, grouped by change class.
  const groups: { set?: ChangeSet; changes: DetectedChange[] }[] = [];
  const inSet = new Set<string>();
  for (const set of options.sets ?? []) {
    const members = set.fingerprints.flatMap((f) => {
      const c = byFingerprint.get(f);
      return c && !inSet.has(f) ? [c] : [];
    });
    for (const c of members) inSet.add(c.fingerprint);
    if (members.length > 0) groups.push({ set, changes: members });
  }
  const byClass = new Map<string, DetectedChange[]>();
  for (const change of toRecord.filter((c) => !inSet.has(c.fingerprint))) {
    const key = `${rank(change.classification)}\0${change.classId}`;
    byClass.set(key, [...(byClass.get(key) ?? []), change]);
  }
  for (const [, group] of [...byClass.entries()].sort(([a], [b]) => compareText(a, b))) {
    groups.push({ changes: [...group].sort(compareChanges) });
  }
  // Material entries first, as before; sets keep their report order within each classification.
  const ordered = groups
    .map((g, i) => ({ g, i, material: g.changes.some((c) => c.classification === 'material') }))
    .sort((a, b) => Number(b.material) - Number(a.material) || a.i - b.i)
    .map((x) => x.g);
  const merged =
    options.summary !== undefined && ordered.length > 0
      ? [{ changes: ordered.flatMap((g) => g.changes), summary: options.summary }]
      : ordered.map((g) => ({ ...g, summary: g.set ? plainText(g.set.title, 480) : summarise(g.changes) }));

  const usedIds = new Set(existing.map((e) => e.id));
  let n = 0;
  const nextId = (suggested?: string): string => {
    if (options.suggestedIds && suggested !== undefined && !usedIds.has(suggested)) {
      usedIds.add(suggested);
      return suggested;
    }
    let id: string;
    do id = `CHG-${options.filingId}-${++n}`;
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
    } satisfies ChangeLogEntry;
  });
}

/**
 * filing.yaml with the unrecorded changes appended to its change log and, when one of them is material,
 * `status: refiling-required` (with `status_since`). Idempotent: changes already listed add nothing, so
 * recording the same changes twice gives the same text. Without a filing.yaml (never filed) a new one
 * with `status: not-filed` is started.
 */
export function recordChanges(
  filingText: string | undefined,
  changes: readonly DetectedChange[],
  options: RecordChangesOptions,
): string {
  const file = options.fileName ?? 'filing.yaml';
  if (filingText === undefined || filingText.trim() === '') return newFiling(changes, options);

  // A final line break first, so that text appended at the end starts on a line of its own.
  const eol = filingText.includes('\r\n') ? '\r\n' : '\n';
  const text = filingText.endsWith('\n') ? filingText : `${filingText}${eol}`;
  const doc = parseDocument(text);
  const firstError = doc.errors[0];
  if (firstError) {
    throw new FilingUpdateError(
      file,
      firstError.linePos?.[0]?.line,
      `is not valid YAML (${firstError.message.split('\n')[0] ?? ''}).`,
      'Fix the YAML syntax, then run labelguard again.',
    );
  }
  const root = doc.contents;
  if (!isMap(root) || root.flow) {
    throw new FilingUpdateError(
      file,
      undefined,
      'is not a block mapping of filing fields.',
      'Write it as `key: value` lines (see the filing schema).',
    );
  }
  const lineOf = (pos: number): number => text.slice(0, pos).split('\n').length;

  const changesPair = pairOf(root.items, 'changes');
  const existing = existingEntries(changesPair?.value);
  const entries = changeLogEntries(existing, changes, options);
  const edits: Edit[] = [];

  // Status: only a material change re-opens a filing, and a status that already says so keeps its date.
  const statusPair = pairOf(root.items, 'status');
  const status = isScalar(statusPair?.value) ? statusPair.value.value : undefined;
  const date = entryDate(options);
  if (entries.some((e) => e.classification === 'material') && REOPENED_BY_MATERIAL.has(String(status))) {
    const value = statusPair?.value as Node;
    const [start, end] = rangeOf(value);
    edits.push({ start, end, text: 'refiling-required' });
    if (date !== undefined) {
      const since = pairOf(root.items, 'status_since');
      if (since && isScalar(since.value)) {
        const [s, e] = rangeOf(since.value);
        edits.push({ start: s, end: e, text: date });
      } else if (!since) {
        const at = endOfLine(text, end);
        const indent = ' '.repeat(columnOf(text, rangeOf(statusPair?.key as Node)[0]));
        edits.push({ start: at, end: at, text: `${indent}status_since: ${date}${eol}` });
      }
    }
  }

  if (entries.length > 0) {
    const value = changesPair?.value;
    if (!changesPair) {
      const keyIndent = columnOf(text, rangeOf(root.items[0]?.key as Node)[0]);
      edits.push({
        start: text.length,
        end: text.length,
        text: `${' '.repeat(keyIndent)}changes:${eol}${renderItems(entries, keyIndent + 2, eol)}`,
      });
    } else if (isSeq(value) && !value.flow && value.items.length > 0) {
      const [start, end] = rangeOf(value);
      const at = text[end - 1] === '\n' ? end : endOfLine(text, end);
      edits.push({ start: at, end: at, text: renderItems(entries, columnOf(text, start), eol) });
    } else if (
      value === null ||
      value === undefined ||
      (isScalar(value) && value.value === null) ||
      isSeq(value)
    ) {
      // `changes:`, `changes: ~` or a flow list: rewritten as a block list under the key.
      const keyNode = changesPair.key as Node;
      const keyIndent = columnOf(text, rangeOf(keyNode)[0]);
      const kept = isSeq(value) ? (value.toJSON() as ChangeLogEntry[]) : [];
      const [start, end] = value ? rangeOf(value as Node) : [rangeOf(keyNode)[1], rangeOf(keyNode)[1]];
      edits.push({ start, end, text: '' });
      const at = endOfLine(text, Math.max(end, rangeOf(keyNode)[1]));
      edits.push({ start: at, end: at, text: renderItems([...kept, ...entries], keyIndent + 2, eol) });
    } else {
      throw new FilingUpdateError(
        file,
        lineOf(rangeOf(value as Node)[0]),
        '`changes` is not a list.',
        'Make it a list of change-log entries (`- id: …`), or remove it.',
      );
    }
  }

  if (edits.length === 0) return filingText;
  const updated = applyEdits(text, edits);
  verify(updated, existing.length + entries.length, file);
  return updated;
}

/** The YYYY-MM-DD of the entries: the option, else the date the filing id starts with. */
function entryDate(options: RecordChangesOptions): string | undefined {
  const date = options.date ?? /^(\d{4}-\d{2}-\d{2})/.exec(options.filingId)?.[1];
  if (date === undefined) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Error(`"${date}" is not a calendar date (YYYY-MM-DD) for the change-log entries.`);
  }
  return date;
}

function newFiling(changes: readonly DetectedChange[], options: RecordChangesOptions): string {
  const entries = changeLogEntries([], changes, options);
  const doc = new Document({
    product: options.productId,
    scheme: options.scheme,
    status: 'not-filed',
    ...(entries.length > 0 && { changes: entries }),
  });
  doc.commentBefore =
    ` Filing record of ${plainText(options.productId, 64)}, started by labelguard. The product has not been` +
    `\n filed yet: until it is, this file records its changes.`;
  return doc.toString({ lineWidth: 0 });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Apply non-overlapping edits; insertions at one position keep the order in which they were listed. */
function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
  for (const e of ordered) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Re-read the result: a splice that broke the file is a labelguard defect, never a silent corruption. */
function verify(text: string, expectedEntries: number, file: string): void {
  const doc = parseDocument(text);
  const changes = (doc.toJS() as { changes?: unknown } | null)?.changes;
  const count = Array.isArray(changes) ? changes.length : 0;
  if (doc.errors.length > 0 || count !== expectedEntries) {
    throw new Error(
      `labelguard could not update ${file} without breaking it (${doc.errors[0]?.message ?? `expected ${expectedEntries} change-log entries, found ${count}`}). ` +
        'Please report this with the file.',
    );
  }
}

/** The entries as rendered YAML list items, every line indented by `indent` spaces. */
function renderItems(entries: readonly ChangeLogEntry[], indent: number, eol: string): string {
  const yaml = new Document(entries).toString({ lineWidth: 0 });
  const pad = ' '.repeat(indent);
  return yaml
    .split('\n')
    .filter((line, i, all) => !(i === all.length - 1 && line === ''))
    .map((line) => `${line === '' ? '' : pad}${line}${eol}`)
    .join('');
}

function existingEntries(value: unknown): Pick<ChangeLogEntry, 'id' | 'fingerprints'>[] {
  return isSeq(value) ? entriesOf(value.toJSON()) : [];
}

/** The ids and fingerprints of a change log as plain data, skipping anything that is not an entry. */
function entriesOf(list: unknown): Pick<ChangeLogEntry, 'id' | 'fingerprints'>[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const e = item as { id?: unknown; fingerprints?: unknown };
    return [
      {
        id: typeof e.id === 'string' ? e.id : '',
        fingerprints: Array.isArray(e.fingerprints)
          ? e.fingerprints.filter((f): f is string => typeof f === 'string')
          : [],
      },
    ];
  });
}

/**
 * The change log of a filing.yaml text, read leniently (unreadable text gives none): recordChanges reports
 * the real problems with their line.
 */
export function changeLogOf(text: string | undefined): Pick<ChangeLogEntry, 'id' | 'fingerprints'>[] {
  if (text === undefined) return [];
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return [];
  return entriesOf((doc.toJS() as { changes?: unknown } | null)?.changes);
}

function pairOf(items: readonly Pair[], key: string): Pair | undefined {
  return items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
}

function rangeOf(node: Node): [number, number] {
  const range = node.range;
  if (!range) throw new Error('labelguard: a parsed YAML node has no source range');
  return [range[0], range[1]];
}

function columnOf(text: string, pos: number): number {
  return pos - (text.lastIndexOf('\n', pos - 1) + 1);
}

/** The position just after the line break that ends the line holding `pos` (or the end of the text). */
function endOfLine(text: string, pos: number): number {
  const at = text.indexOf('\n', pos);
  return at < 0 ? text.length : at + 1;
}

function rank(classification: Classification): number {
  return classification === 'material' ? 0 : classification === 'record' ? 1 : 2;
}

function compareChanges(a: DetectedChange, b: DetectedChange): number {
  const key = (c: DetectedChange) => [c.kind, c.subject, c.fingerprint];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) {
    const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** One line: the class's reason, then what changed. */
function summarise(changes: readonly DetectedChange[]): string {
  const reason = plainText(changes[0]?.reason ?? '', 240).replace(/\.$/, '');
  const items = changes.slice(0, MAX_SUMMARY_ITEMS).map((c) => truncate(describeChange(c), MAX_ITEM_CHARS));
  const more = changes.length > MAX_SUMMARY_ITEMS ? `; and ${changes.length - MAX_SUMMARY_ITEMS} more` : '';
  const list = `${items.join('; ')}${more}`;
  return reason ? `${reason} — ${list}` : list;
}

/** What changed, in plain text, e.g. `firmware 2.3.1 → 2.4.0`. */
export function describeChange(c: DetectedChange): string {
  const subject = plainText(c.subject, MAX_ITEM_CHARS);
  const from = c.from !== undefined ? plainText(c.from, MAX_ITEM_CHARS) : undefined;
  const to = c.to !== undefined ? plainText(c.to, MAX_ITEM_CHARS) : undefined;
  if (c.kind.endsWith('.added')) return `${subject} added${to ? ` (${to})` : ''}`;
  if (c.kind.endsWith('.removed')) return `${subject} removed${from ? ` (was ${from})` : ''}`;
  return `${subject} ${from ?? '(unset)'} → ${to ?? '(unset)'}`;
}
