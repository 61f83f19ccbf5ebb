// A built-in pack's change-classification table as the build writes it (JSON, see
// scripts/snapshot-packs.ts): loaded, validated and compiled once at build time, so a built run reads
// JSON instead of parsing YAML, and compiles a `when` only when it evaluates it.
import { deferExpression } from '../expr/index.js';
import { changeInputs } from './change-input.js';
import type { ChangeClass, ChangeTable } from './pack.js';

/** A change table with every `when` as its source text. */
export interface ChangeTableSnapshot extends Omit<ChangeTable, 'entries'> {
  entries: (Omit<ChangeClass, 'when'> & { when: string })[];
}

export function snapshotOf(table: ChangeTable): ChangeTableSnapshot {
  return { ...table, entries: table.entries.map((e) => ({ ...e, when: e.when.source })) };
}

export function tableFromSnapshot(snapshot: ChangeTableSnapshot): ChangeTable {
  return {
    ...snapshot,
    entries: snapshot.entries.map((e) => ({ ...e, when: deferExpression(e.when, changeInputs, 'bool') })),
  };
}
