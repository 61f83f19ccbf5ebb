// Merging the status reports of the shards of one audit (`--shard i/n` on a job matrix) into one report.
// A merge refuses anything that would make the result quietly wrong: reports of different runs (another
// date or labelguard version), a product in two reports, or a shard missing from a sharded audit.
import { UsageError } from '../core/errors.js';
import { compareRows, summarise } from './order.js';
import { statusReportProblems } from './schema.js';
import type { StatusReport } from './types.js';

/** A status report and the file it was read from (for messages). */
export interface NamedStatusReport {
  file: string;
  report: StatusReport;
}

/** Parse and validate one status report file; a usage error says which file and what is wrong. */
export function parseStatusReport(file: string, text: string): StatusReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not JSON: ${(e as Error).message}`, [
      'Pass the files written by `labelguard status --format json`.',
    ]);
  }
  const problems = statusReportProblems(value);
  if (problems.length > 0) {
    throw new UsageError(`${file} is not a labelguard status report`, [
      ...problems.map((p) => `${file}: ${p}`),
      'Pass the files written by `labelguard status --format json` (docs/status-report.schema.json).',
    ]);
  }
  return value as StatusReport;
}

/** One report of every row of the given reports, re-sorted and re-counted. */
export function mergeStatusReports(inputs: readonly NamedStatusReport[]): StatusReport {
  const first = inputs[0];
  if (!first) throw new UsageError('nothing to merge', ['Pass the status reports of every shard.']);
  for (const { file, report } of inputs.slice(1)) {
    const [a, b] = [first.report.generator, report.generator];
    if (a.name !== b.name || a.version !== b.version) {
      throw new UsageError(
        `${first.file} was written by ${a.name} ${a.version} and ${file} by ${b.name} ${b.version}`,
        ['Merge the reports of one run: run every shard with the same labelguard version.'],
      );
    }
    if (report.now !== first.report.now) {
      throw new UsageError(`${first.file} is as of ${first.report.now} and ${file} as of ${report.now}`, [
        'Merge the reports of one run: pass the same --now to every shard.',
      ]);
    }
  }
  checkShards(inputs);
  checkDisjoint(inputs);
  const rows = inputs.flatMap((i) => i.report.rows).sort(compareRows);
  return {
    version: 1,
    kind: 'labelguard-status',
    generator: { ...first.report.generator },
    now: first.report.now,
    summary: summarise(rows),
    rows,
  };
}

function checkShards(inputs: readonly NamedStatusReport[]): void {
  const sharded = inputs.filter((i) => i.report.shard);
  if (sharded.length === 0) return;
  const whole = inputs.find((i) => !i.report.shard);
  if (whole) {
    throw new UsageError(`${whole.file} is a whole report, the others are shards of an audit`, [
      'Merge only the shard reports of one audit.',
    ]);
  }
  const count = sharded[0]!.report.shard!.count;
  const seen = new Map<number, string>();
  for (const { file, report } of sharded) {
    const shard = report.shard!;
    if (shard.count !== count) {
      throw new UsageError(
        `${sharded[0]!.file} is shard ${sharded[0]!.report.shard!.index}/${count} and ${file} is shard ${shard.index}/${shard.count}`,
        ['Merge the shards of one audit: every shard must have the same count.'],
      );
    }
    const other = seen.get(shard.index);
    if (other !== undefined) {
      throw new UsageError(`${other} and ${file} are both shard ${shard.index}/${count}`, [
        'Pass each shard report once.',
      ]);
    }
    seen.set(shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new UsageError(
      `shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`,
      ["The products of a missing shard would be left out of the audit; pass every shard's report."],
    );
  }
}

function checkDisjoint(inputs: readonly NamedStatusReport[]): void {
  const byPath = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const { file, report } of inputs) {
    const products = new Map(report.rows.map((r) => [r.path, r.product]));
    for (const [path, id] of products) {
      const other = byPath.get(path) ?? byId.get(id);
      if (other !== undefined) {
        throw new UsageError(`product ${id} (${path}) is reported by both ${other} and ${file}`, [
          'Shards must not overlap: give every shard the same N in --shard I/N and each I once.',
        ]);
      }
    }
    for (const [path, id] of products) {
      byPath.set(path, file);
      byId.set(id, file);
    }
  }
}
