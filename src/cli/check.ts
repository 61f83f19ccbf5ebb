import { UsageError } from '../core/errors.js';
import { loadRepository } from '../load/repository.js';
import { runCheck } from '../pipeline/run-check.js';
import { parseShard } from '../core/shard.js';
import { exitCodeFor } from '../report/model.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import { type FailOn, failOnLevels } from '../schemas/index.js';
import { parseCommandArgs, parseFormat, parseNow } from './args.js';
import { emit, type CliIo } from './io.js';
import { repoDir } from './repo-arg.js';
import { renderReport, reportFormats } from './render-report.js';

export const checkHelp = `Usage: labelguard check [--repo DIR] [--format FORMAT] [--output FILE] [--now YYYY-MM-DD]
                       [--config FILE] [--fail-on LEVEL] [--warn-only] [--base REF [--head REF]]
                       [--policy-from base|head] [--shard I/N] [--product ID]... [--verbose]

Judge every product of a compliance repository: data files against the schemas, rule packs for each
label target, and every change since the registered baseline (recorded or not).

Options:
  --repo DIR         the compliance repository (default: current directory)
  --format FORMAT    ${reportFormats.join(', ')} (default text); markdown is the
                     pull-request comment, codeclimate the GitLab code-quality report
  --output FILE      write the report to FILE instead of standard output
  --now DATE         judge dates as of DATE (default: today)
  --config FILE      configuration file inside the repository (default: .labelguard.yml)
  --fail-on LEVEL    ${failOnLevels.join(' | ')} (default: from config, else error)
  --warn-only        report everything, never fail
  --base REF         judge a change: read --head (default HEAD) straight from git, and judge only the
                     products changed since the merge base with REF. Changes are always judged against
                     each product's registered baseline in filing.yaml.
  --head REF         the revision to judge (with --base)
  --policy-from FROM base or head (with --base; default base): judge the change with the policy
                     (.labelguard.yml with its waivers and overrides, repository rule packs) of the
                     base, as a pull request is judged, or of the head, to try a policy change
  --shard I/N        judge only part I of N of the products (split by product folder), for job matrices
  --product ID       judge only this product (repeatable)
  --verbose          text format: list every member of every change set, and changes needing no record

Exit codes: 0 nothing blocking; 1 blocking findings; 2 could not run as asked.
`;

export const validateHelp = `Usage: labelguard validate [--repo DIR] [--config FILE]

Parse and validate every product.yaml, filing.yaml and .labelguard.yml against labelguard's schemas,
and check that every referenced file exists inside the repository.

Exit codes: 0 valid; 1 invalid product data; 2 could not run as asked.
`;

/** `labelguard check`. */
export async function runCheckCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('check', args, {
    repo: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    now: { type: 'string' },
    config: { type: 'string' },
    'fail-on': { type: 'string' },
    'warn-only': { type: 'boolean' },
    verbose: { type: 'boolean' },
    base: { type: 'string' },
    head: { type: 'string' },
    'policy-from': { type: 'string' },
    shard: { type: 'string' },
    product: { type: 'string', multiple: true },
  });
  if (values.help) return help(io, checkHelp);
  if (values.head && !values.base)
    throw new UsageError('--head needs --base (the revision the change starts from)');
  const policyFrom = values['policy-from'];
  if (policyFrom !== undefined && policyFrom !== 'base' && policyFrom !== 'head')
    throw new UsageError(`--policy-from must be base or head, got '${policyFrom}'`);
  if (policyFrom && !values.base) throw new UsageError('--policy-from needs --base (the change it judges)');
  const format = parseFormat(values.format, reportFormats, 'text');
  const now = parseNow(values.now, io.today);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(failOnLevels as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${failOnLevels.join(', ')}, got '${failOn}'`);
  }
  const dir = repoDir(io.cwd, values.repo);
  const outcome = await runCheck({
    dir,
    ...(values.base ? { base: values.base } : {}),
    ...(values.head ? { head: values.head } : {}),
    ...(values.base ? { policyFrom: policyFrom ?? 'base' } : {}),
    ...(values.config ? { configPath: values.config } : {}),
    now,
    overrides: {
      ...(failOn ? { failOn: failOn as FailOn } : {}),
      ...(values['warn-only'] ? { warnOnly: true } : {}),
    },
    ...(values.shard ? { shard: parseShard(values.shard) } : {}),
    ...(values.product ? { productIds: values.product } : {}),
    ...(values.base
      ? {
          approvals: {
            reviews: { unavailable: 'the CLI does not read pull-request reviews (the action does)' },
          },
        }
      : {}),
  });
  emit(io, values.output, renderReport(outcome, format, { verbose: values.verbose === true }));
  return exitCodeFor(outcome.report);
}

/** `labelguard validate`: loading problems only. */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('validate', args, {
    repo: { type: 'string' },
    config: { type: 'string' },
  });
  if (values.help) return help(io, validateHelp);
  const dir = repoDir(io.cwd, values.repo);
  const repo = await loadRepository(new WorkingTreeSource(dir), {
    ...(values.config ? { configPath: values.config } : {}),
  });
  const findings = [...repo.findings, ...repo.products.flatMap((p) => p.findings)].filter(
    (f) => f.severity === 'error',
  );
  for (const f of findings)
    io.stdout(`${f.file}:${f.line}:${f.column}: error ${f.ruleId}: ${f.message}\n  hint: ${f.hint ?? ''}\n`);
  io.stdout(
    `${repo.products.length} product${repo.products.length === 1 ? '' : 's'} validated: ${findings.length} problem${findings.length === 1 ? '' : 's'}\n`,
  );
  return findings.length > 0 || repo.products.length === 0 ? 1 : 0;
}

/** Write to --output, or standard output. */
function help(io: CliIo, text: string): number {
  io.stdout(text);
  return 0;
}
