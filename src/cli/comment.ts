import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { GITHUB_LIMITS } from '../markdown/limits.js';
import { markdownLink } from '../markdown/escape.js';
import { renderMarkdown } from '../report/markdown.js';
import { MAX_REPORT_BYTES, parseCheckReport } from '../report/read-report.js';
import { parseCommandArgs } from './args.js';
import { type CliIo, emit } from './io.js';

export const commentHelp = `Usage: labelguard comment --report FILE [--output FILE] [--run-url URL]

Render the pull-request comment from a JSON check report (labelguard check --format json, or the
action's report-json output), for a privileged workflow_run job that comments on pull requests from
forks. The report comes from a run the pull request controls, so it is validated first: the report
schema (docs/check-report.schema.json), bounded sizes, and counts and verdicts that agree with its
findings. Every value is escaped as in labelguard's own comments; nothing else of the report reaches
the comment.

Options:
  --report FILE   the JSON check report (required)
  --output FILE   write the comment to FILE instead of standard output
  --run-url URL   link to the run that judged the pull request (https only)

Exit codes: 0 comment rendered; 2 the report is missing, invalid or contradicts itself.
`;

/** `labelguard comment`. */
export async function runComment(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('comment', args, {
    report: { type: 'string' },
    output: { type: 'string' },
    'run-url': { type: 'string' },
  });
  if (values.help) {
    io.stdout(commentHelp);
    return 0;
  }
  if (!values.report)
    throw new UsageError('--report is required', ['For example: labelguard comment --report report.json']);
  const runUrl = values['run-url'];
  if (runUrl !== undefined && !/^https:\/\/[^\s<>()[\]]+$/.test(runUrl)) {
    throw new UsageError(`--run-url must be an https URL, got '${runUrl}'`);
  }
  const report = parseCheckReport(
    values.report,
    await readReport(resolve(io.cwd, values.report), values.report),
  );
  // Readers must see that this comment restates a report and is not the check itself.
  const run = runUrl ? markdownLink('the pull request’s run', runUrl) : 'the pull request’s run';
  const footer = `\n\n<sub>Rendered from the JSON report of ${run}, validated but not re-judged: the required check’s status is the verdict.</sub>`;
  const body = renderMarkdown(report, {
    mode: 'comment',
    maxChars: GITHUB_LIMITS.comment - footer.length,
    ...(runUrl ? { reportUrl: runUrl } : {}),
  });
  emit(io, values.output, `${body}${footer}\n`);
  return 0;
}

/** The report's bytes: a regular file of bounded size (a FIFO or a device would block or never end). */
async function readReport(path: string, name: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`${name} is not a regular file`, ['Pass the JSON report file.']);
    size = info.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      ['Pass the JSON report file.'],
    );
  }
  if (size > MAX_REPORT_BYTES) {
    throw new UsageError(`${name} is ${size} bytes, more than a report may be (${MAX_REPORT_BYTES})`, [
      'Pass the JSON report written by `labelguard check --format json`.',
    ]);
  }
  return readFile(path);
}
