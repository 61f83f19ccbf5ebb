import { stringify } from 'yaml';
import type { ChangeSet, DetectedChange } from '../core/change.js';

/** The change-log entry that records a change set, as a filing.yaml `changes:` item. */
export interface NewChangeLogEntry {
  id: string;
  summary: string;
  fingerprints: string[];
  classification: 'material' | 'record';
  status: 'refiling-required' | 'recorded';
}

/** The entry recording the given change sets: every unrecorded fingerprint, in report order. */
export function changeLogEntry(id: string, sets: readonly ChangeSet[], summary?: string): NewChangeLogEntry {
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
export function changeLogYaml(entry: NewChangeLogEntry, members: readonly DetectedChange[] = []): string {
  const byFingerprint = new Map(members.map((m) => [m.fingerprint, m]));
  const scalar = (v: string) => stringify(v, { lineWidth: 0 }).trimEnd();
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
export function pendingEntriesYaml(sets: readonly ChangeSet[], changes: readonly DetectedChange[]): string {
  return indentEntries(
    sets
      .filter((s) => s.pending !== 'none')
      .map((s) => changeLogYaml(changeLogEntry(s.suggestedId ?? 'CHG-NEW', [s]), changes))
      .join('\n'),
  );
}

/** Entries indented as items of `changes:` usually are in filing.yaml (two spaces), so they paste in place. */
export function indentEntries(yaml: string): string {
  return yaml
    .split('\n')
    .map((l) => (l === '' ? l : `  ${l}`))
    .join('\n');
}
