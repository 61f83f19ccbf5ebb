import type { DetectedChange } from '../core/change.js';
import type { ChangeLogEntry } from '../schemas/index.js';
import { maxOf } from '../core/append.js';

/** Where each fingerprint is recorded: the first change-log entry that lists it. */
export function recordedFingerprints(entries: readonly ChangeLogEntry[]): Map<string, ChangeLogEntry> {
  const out = new Map<string, ChangeLogEntry>();
  for (const e of entries) for (const f of e.fingerprints) if (!out.has(f)) out.set(f, e);
  return out;
}

/** A change-log fingerprint (or a whole entry) that accounts for no current difference. */
export interface StaleRecord {
  index: number;
  entry: ChangeLogEntry;
  /** Positions of the fingerprints that match nothing; all of them when the whole entry is stale. */
  fingerprints: number[];
  wholeEntry: boolean;
}

/** Change-log entries whose fingerprints match no current difference, and stray fingerprints in live entries. */
export function staleRecords(
  entries: readonly ChangeLogEntry[],
  changes: readonly DetectedChange[],
): StaleRecord[] {
  const current = new Set(changes.map((c) => c.fingerprint));
  const out: StaleRecord[] = [];
  entries.forEach((entry, index) => {
    const stray = entry.fingerprints.flatMap((f, i) => (current.has(f) ? [] : [i]));
    if (stray.length === 0) return;
    out.push({ index, entry, fingerprints: stray, wholeEntry: stray.length === entry.fingerprints.length });
  });
  return out;
}

const rank = { none: 0, record: 1, material: 2 } as const;

/** Whether an entry records a change as less serious than the pack classifies it. */
export function understates(entry: ChangeLogEntry, change: DetectedChange): boolean {
  return rank[entry.classification] < rank[change.classification];
}

/**
 * Ids for new change-log entries, continuing the log's own numbering: after `CHG-2026-014` come
 * `CHG-2026-015`, `CHG-2026-016`, …; an empty log starts at `CHG-001`. Never an id the log already has.
 */
export function* suggestedIds(entries: readonly ChangeLogEntry[]): Generator<string, never> {
  const taken = new Set(entries.map((e) => e.id));
  const last = [...entries].reverse().find((e) => /\d+$/.test(e.id))?.id;
  const m = /^(.*?)(\d+)$/.exec(last ?? 'CHG-000')!;
  const prefix = m[1]!;
  const width = m[2]!.length;
  let n = maxOf(
    entries.flatMap((e) =>
      e.id.startsWith(prefix) && /^\d+$/.test(e.id.slice(prefix.length))
        ? [Number(e.id.slice(prefix.length))]
        : [],
    ),
    Number(m[2]),
  );
  for (;;) {
    const id = `${prefix}${String(++n).padStart(width, '0')}`;
    if (!taken.has(id)) yield id;
  }
}
