import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ChangeSet } from '../core/change.js';
import { UsageError } from '../core/errors.js';
import { runCheck } from '../pipeline/run-check.js';
import { summaryOf } from '../load/repository.js';
import {
  FilingUpdateError,
  changeLogEntries,
  changeLogOf,
  recordChanges,
  type RecordChangesOptions,
} from '../refiling/index.js';
import { parseCommandArgs, parseNow } from './args.js';
import type { CliIo } from './io.js';
import { findRepoRoot, repoDir } from './repo-arg.js';

export const recordHelp = `Usage: labelguard record <product-dir> [--change ID]... [--classification CLASS]
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

const rank = { none: 0, record: 1, material: 2 } as const;

/** `labelguard record`. */
export async function runRecord(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'record',
    args,
    {
      change: { type: 'string', multiple: true },
      classification: { type: 'string' },
      summary: { type: 'string' },
      repo: { type: 'string' },
      config: { type: 'string' },
      now: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    true,
  );
  if (values.help) {
    io.stdout(recordHelp);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError('record needs exactly one product folder', [
      "Run 'labelguard record --help' for usage.",
    ]);
  }
  const given = values.classification;
  if (given !== undefined && given !== 'material' && given !== 'record') {
    throw new UsageError(`--classification must be material or record, got '${given}'`);
  }
  const classification: 'material' | 'record' | undefined = given;
  if (values.summary !== undefined && values.summary.trim() === '') {
    throw new UsageError('--summary must not be empty');
  }
  const now = parseNow(values.now, io.today);
  const productDir = resolve(io.cwd, positionals[0]!);
  const root =
    values.repo !== undefined ? repoDir(io.cwd, values.repo) : (findRepoRoot(productDir) ?? io.cwd);
  const rel = relative(root, productDir).split(sep).join('/');
  if (rel.startsWith('..') || !existsSync(join(productDir, 'product.yaml'))) {
    throw new UsageError(`'${positionals[0]!}' is not a product folder of the repository ${root}`, [
      'Pass the folder that holds product.yaml and filing.yaml, e.g. products/cam-x1.',
    ]);
  }

  const outcome = await runCheck({
    dir: root,
    now,
    changed: [`${rel}/product.yaml`],
    readFrom: 'working-tree',
    ...(values.config ? { configPath: values.config } : {}),
  });
  const report = outcome.report.products.find((p) => p.path === rel);
  const loaded = outcome.repo.products.find((p) => p.dir === rel);
  const filing = loaded && summaryOf(loaded).filing;
  if (!report || !filing) {
    throw new UsageError(`${rel} has no readable filing.yaml with a registered baseline to record against`, [
      `Run 'labelguard check --product <id>' to see what is wrong with it.`,
    ]);
  }
  const open = (report.changeSets ?? []).filter((s) => s.pending !== 'none');
  const chosen = choose(open, values.change ?? []);
  if (chosen.length === 0) {
    io.stdout(
      `${rel}: nothing to record; every change since the registered baseline is in the change log.\n`,
    );
    return 0;
  }
  const pending = chosen.reduce(
    (top, s) => (rank[s.pending] > rank[top] ? s.pending : top),
    'none' as ChangeSet['pending'],
  );
  if (classification !== undefined && rank[classification] < rank[pending]) {
    throw new UsageError(
      `--classification ${classification} is below the pack's classification of the chosen changes (${pending})`,
      [
        'A change log that understates a change fails the check. To classify a change differently, override its',
        'class in .labelguard.yml `classification:` with a justification.',
      ],
    );
  }
  const fingerprints = new Set(chosen.flatMap((s) => s.unrecorded));
  const changes = (report.changes ?? []).filter((c) => fingerprints.has(c.fingerprint));
  const filingFile = join(productDir, 'filing.yaml');
  const text = readFileSync(filingFile, 'utf8');
  const options: RecordChangesOptions = {
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
  let updated: string;
  try {
    updated = recordChanges(text, changes, options);
  } catch (e) {
    if (e instanceof FilingUpdateError) throw new UsageError(e.message);
    throw e;
  }
  const entries = changeLogEntries(changeLogOf(text), changes, options);
  if (values['dry-run']) {
    io.stdout(updated);
    return 0;
  }
  writeFileSync(filingFile, updated);
  for (const e of entries) {
    io.stdout(
      `${rel}/filing.yaml: recorded ${e.id} (${e.classification}, ${e.fingerprints.length} fingerprint${e.fingerprints.length === 1 ? '' : 's'}): ${e.summary}\n`,
    );
  }
  io.stdout(`Review and commit ${rel}/filing.yaml; 'labelguard check' confirms what is left.\n`);
  return 0;
}

/** The change sets the ids name (set id, suggested entry id or member fingerprint); all when none is named. */
function choose(open: readonly ChangeSet[], ids: readonly string[]): ChangeSet[] {
  if (ids.length === 0) return [...open];
  const unknown = ids.filter((id) => !open.some((s) => matches(s, id)));
  if (unknown.length > 0) {
    throw new UsageError(`no unrecorded change with id ${unknown.join(', ')}`, [
      'Unrecorded changes:',
      ...open.map((s) => `${s.suggestedId ?? s.id}  ${s.id}  ${s.title}`),
    ]);
  }
  return open.filter((s) => ids.some((id) => matches(s, id)));
}

function matches(s: ChangeSet, id: string): boolean {
  return s.id === id || s.suggestedId === id || s.fingerprints.includes(id);
}
