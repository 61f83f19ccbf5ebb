import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ClassifiedDifference, differenceHeadline, sbomDifferences } from '../changes/index.js';
import { diffSboms, type Inventory, noiseFilter, readSbomLazily } from '../sbom/index.js';
import { UsageError } from '../core/errors.js';
import { loadChangeTables } from '../pipeline/change-tables.js';
import { escapeMarkdown, inlineCode } from '../markdown/escape.js';
import { componentRoles } from '../rules/index.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import { parseCommandArgs, parseFormat } from './args.js';
import { emit, type CliIo } from './io.js';

export const diffHelp = `Usage: labelguard diff <baseline-sbom> <current-sbom> [--format text|json|markdown]
                      [--scheme ID] [--stars N] [--output FILE]

Compare two CycloneDX SBOMs (JSON or XML, spec 1.2-1.7, in any combination) and classify every
component and service change with the scheme's change-classification table.

Options:
  --format FORMAT   text (default), json or markdown
  --scheme ID       classification table to use (default cn-ccl)
  --stars N         the product's target star level, for level-dependent classes (default 1)
  --output FILE     write to FILE instead of standard output

Exit codes: 0 compared; 2 could not run as asked (unreadable SBOM, bad flags).
`;

interface DiffJson {
  summary: {
    added: number;
    removed: number;
    changed: number;
    /** The SBOM's subject (metadata.component) when its version changed. */
    subject?: { name: string; from?: string; to?: string; downgrade?: boolean };
  };
  changes: {
    kind: string;
    subject: string;
    from?: string;
    to?: string;
    matchedBy?: string;
    /** The version went down. */
    downgrade?: boolean;
    classification: string;
    reason: string;
  }[];
}

/** `labelguard diff`. */
export async function runDiff(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'diff',
    args,
    {
      format: { type: 'string' },
      scheme: { type: 'string' },
      stars: { type: 'string' },
      output: { type: 'string' },
    },
    true,
  );
  if (values.help) {
    io.stdout(diffHelp);
    return 0;
  }
  if (positionals.length !== 2)
    throw new UsageError('diff takes two SBOM files: the baseline, then the current one', [
      "Run 'labelguard diff --help' for usage.",
    ]);
  const format = parseFormat(values.format, ['text', 'json', 'markdown'] as const, 'text');
  const stars = Number(values.stars ?? '1');
  if (!Number.isInteger(stars) || stars < 1 || stars > 4)
    throw new UsageError(`--stars must be 1 to 4, got '${values.stars}'`);
  const scheme = values.scheme ?? 'cn-ccl';
  const before = await readInventory(resolve(io.cwd, positionals[0]!), positionals[0]!);
  const after = await readInventory(resolve(io.cwd, positionals[1]!), positionals[1]!);
  const { classifier } = await loadChangeTables(new WorkingTreeSource(io.cwd), {
    config: { packs: [scheme] },
  });
  const table = classifier.tables.find((t) => t.scheme === scheme);
  if (!table)
    throw new UsageError(`no change-classification table for scheme '${scheme}'`, [
      'Built-in schemes: cn-ccl, etsi-en-303-645.',
    ]);
  const roles = table.softwareRoles;
  // Properties that describe the build (generator, checkout folder) are not compared: see sbom-noise.yaml.
  const noise = noiseFilter(table.noise);
  const diff = diffSboms(before, after, noise ? { noise } : {});
  const differences = sbomDifferences(diff, (c) => componentRoles(c, roles), undefined, {
    subjectVersion: true,
  });
  // The classifier (and with it the expression engine) loads only when there is something to classify.
  let classified: ClassifiedDifference[] = [];
  if (differences.length > 0) {
    const { classifyDifference } = await import('../changes/classify.js');
    classified = differences.map((d) =>
      classifyDifference(d, table, { scheme, stars, registeredStars: stars }, [], ''),
    );
  }
  const json: DiffJson = {
    summary: {
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      ...subjectSummary(diff),
    },
    changes: classified.map(toJson),
  };
  emit(
    io,
    values.output,
    format === 'json'
      ? `${JSON.stringify(json, null, 2)}\n`
      : format === 'markdown'
        ? markdown(json)
        : text(json),
  );
  return 0;
}

function subjectSummary(diff: ReturnType<typeof diffSboms>): Pick<DiffJson['summary'], 'subject'> {
  if (diff.root.status !== 'changed') return {};
  const { before, after, aspects } = diff.root.change;
  if (before.version === after.version) return {};
  return {
    subject: {
      name: after.name,
      ...(before.version !== undefined ? { from: before.version } : {}),
      ...(after.version !== undefined ? { to: after.version } : {}),
      ...(aspects.includes('version-down') ? { downgrade: true } : {}),
    },
  };
}

function subjectText(s: DiffJson['summary']['subject']): string {
  if (!s) return '';
  return `; subject ${s.name} ${s.from ?? '∅'} → ${s.to ?? '∅'}${s.downgrade ? ' (DOWNGRADE)' : ''}`;
}

function toJson(c: ClassifiedDifference): DiffJson['changes'][number] {
  const d = c.difference;
  return {
    ...differenceHeadline(d),
    ...(d.matchedBy !== undefined ? { matchedBy: d.matchedBy } : {}),
    ...(d.aspects.includes('version-down') ? { downgrade: true } : {}),
    classification: c.classification,
    reason: c.reason,
  };
}

async function readInventory(file: string, shown: string): Promise<Inventory> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${shown}`, ['Pass the paths of two CycloneDX SBOM files.']);
  }
  const r = await readSbomLazily(bytes, shown);
  if (!r.ok) {
    throw new UsageError(
      `${shown} is not a readable CycloneDX SBOM`,
      r.problems.map((p) => `${p.file}:${p.line ?? 1}:${p.column ?? 1}: ${p.message}\n  hint: ${p.hint}`),
    );
  }
  return r.sbom;
}

function text(j: DiffJson): string {
  const lines = j.changes.map(
    (c) =>
      `${c.classification.padEnd(8)} ${c.kind} ${c.subject}${c.from !== undefined || c.to !== undefined ? `: ${c.from ?? '∅'} → ${c.to ?? '∅'}` : ''}${c.downgrade ? ' (DOWNGRADE)' : ''}${c.matchedBy ? ` [matched by ${c.matchedBy}]` : ''}`,
  );
  lines.push(
    `${j.summary.added} added, ${j.summary.removed} removed, ${j.summary.changed} changed${subjectText(j.summary.subject)}`,
  );
  return `${lines.join('\n')}\n`;
}

function markdown(j: DiffJson): string {
  const rows = j.changes.map(
    (c) =>
      `| ${c.classification} | ${inlineCode(c.kind, 60)} | ${escapeMarkdown(c.subject)}${c.downgrade ? ' **(downgrade)**' : ''} | ${escapeMarkdown(c.from ?? '—')} → ${escapeMarkdown(c.to ?? '—')} | ${escapeMarkdown(c.reason)} |`,
  );
  return [
    `**${j.summary.added} added · ${j.summary.removed} removed · ${j.summary.changed} changed**${escapeMarkdown(subjectText(j.summary.subject))}`,
    '',
    '| class | kind | subject | from → to | reason |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
