import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { runCheck } from '../pipeline/run-check.js';
import { parseShard } from '../core/shard.js';
import {
  buildStatus,
  mergeStatusReports,
  parseStatusReport,
  renderStatus,
  statusFormats,
} from '../status/index.js';
import { parseCommandArgs, parseFormat, parseNow } from './args.js';
import { emit, type CliIo } from './io.js';
import { repoDir } from './repo-arg.js';

export const statusHelp = `Usage: labelguard status [--repo DIR] [--format FORMAT] [--output FILE] [--now YYYY-MM-DD]
                        [--config FILE] [--shard I/N] [--product ID]...
       labelguard status --merge FILE... [--format FORMAT] [--output FILE]

One row per product and label scheme: target and filed stars, filing status and code, end of validity,
end of security support, age of the test and penetration test reports, open material changes (recorded
and unrecorded), open refiling pull request and the next deadline; grouped into action needed, pending
and healthy, most urgent first.

Options:
  --repo DIR         the compliance repository (default: current directory)
  --format FORMAT    ${statusFormats.join(', ')} (default text); json follows docs/status-report.schema.json
  --output FILE      write to FILE instead of standard output
  --now DATE         compute ages and deadlines as of DATE (default: today)
  --config FILE      configuration file inside the repository (default: .labelguard.yml)
  --shard I/N        only part I of N of the products (split by product folder), for job matrices;
                     write every part with --format json, then merge them with --merge
  --product ID       only this product (repeatable)
  --merge            merge the JSON status reports given as arguments (the shards of one audit) into
                     one; refuses reports of different dates or labelguard versions, a product reported
                     twice and a missing shard

The renewal window, the report age limits and how long a submitted refiling may wait are thresholds of
the rule packs (renewal_window_days, test_report_max_age_months, pentest_max_age_months,
refiling_submitted_max_days): override them under \`thresholds:\` in .labelguard.yml. Open refiling pull
requests are listed when the GitHub Action builds the status; the CLI reads nothing from GitHub.

Exit codes: 0 status written; 2 could not run as asked.
`;

/** `labelguard status`: the label status of every product, or the merge of shard reports. */
export async function runStatus(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'status',
    args,
    {
      repo: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      now: { type: 'string' },
      config: { type: 'string' },
      shard: { type: 'string' },
      product: { type: 'string', multiple: true },
      merge: { type: 'boolean' },
    },
    true,
  );
  if (values.help) {
    io.stdout(statusHelp);
    return 0;
  }
  const format = parseFormat(values.format, statusFormats, 'text');
  if (values.merge) {
    const misplaced = (['repo', 'now', 'config', 'shard', 'product'] as const).filter(
      (k) => values[k] !== undefined,
    );
    if (misplaced.length > 0) {
      throw new UsageError(`--merge cannot be combined with ${misplaced.map((k) => `--${k}`).join(', ')}`, [
        'A merge reads only the shard reports; their date and products come from them.',
      ]);
    }
    if (positionals.length === 0) {
      throw new UsageError('--merge needs the status reports to merge', [
        'For example: labelguard status --merge status-1.json status-2.json status-3.json',
      ]);
    }
    const reports = positionals.map((file) => ({ file, report: parseStatusReport(file, read(io, file)) }));
    emit(io, values.output, renderStatus(mergeStatusReports(reports), format));
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument '${positionals[0]}'`, [
      'Pass report files only with --merge; see labelguard status --help.',
    ]);
  }
  const shard = values.shard ? parseShard(values.shard) : undefined;
  const outcome = await runCheck({
    dir: repoDir(io.cwd, values.repo),
    ...(values.config ? { configPath: values.config } : {}),
    now: parseNow(values.now, io.today),
    ...(shard ? { shard } : {}),
    ...(values.product ? { productIds: values.product } : {}),
  });
  emit(io, values.output, renderStatus(buildStatus(outcome, shard ? { shard } : {}), format));
  return 0;
}

function read(io: CliIo, file: string): string {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      ['Pass the files written by `labelguard status --format json --output FILE`.'],
    );
  }
}
