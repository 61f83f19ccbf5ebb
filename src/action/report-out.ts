import * as core from '#actions-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sarifRules } from '../report/core-rules.js';
import type { CheckOutcome } from '../pipeline/run-check.js';
import { writePieces } from '../pipeline/write-pieces.js';
import { renderAnnotations } from '../report/annotations.js';
import { GITHUB_LIMITS } from '../markdown/limits.js';
import { jsonReportChunks } from '../report/json.js';
import { renderMarkdown, type RefilingPr } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import { renderSarif } from '../report/sarif.js';

/** Where the files of a run's report were written. */
export interface ReportFiles {
  json: string;
  sarif: string;
}

/** Write the JSON report and the SARIF log (for github/codeql-action/upload-sarif). */
export function writeReportFiles(
  outcome: CheckOutcome,
  report: Report,
  paths: { json?: string; sarif?: string; workspace: string; tempDir: string },
): ReportFiles {
  const dir = join(paths.tempDir, 'labelguard');
  const json = resolve(paths.workspace, paths.json ?? join(dir, 'report.json'));
  const sarif = resolve(paths.workspace, paths.sarif ?? join(dir, 'labelguard.sarif'));
  for (const file of [json, sarif]) mkdirSync(dirname(file), { recursive: true });
  // The JSON report is written as it is serialised: a large audit never holds it as one string.
  writePieces(json, jsonReportChunks(outcome.report));
  writeFileSync(sarif, `${JSON.stringify(renderSarif(report, sarifRules(outcome.packs.packs)), null, 2)}\n`);
  return { json, sarif };
}

/** Annotate findings at file:line, most urgent first (GitHub shows ten of each level per step). */
export function annotate(report: Report): void {
  for (const a of renderAnnotations(report)) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}

/** The job summary, always written; a failure to write it never changes the check's verdict. */
export async function writeSummary(
  report: Report,
  extra: { reportUrl?: string; refilingPrs?: RefilingPr[]; notes?: string[] },
): Promise<void> {
  // Every line of a note is quoted, so a multi-line note (fork refiling instructions) stays one block.
  const notes = (extra.notes ?? [])
    .map((n) =>
      n
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
    )
    .join('\n>\n');
  const reserve = Buffer.byteLength(notes) + 16;
  const body = renderMarkdown(report, {
    mode: 'summary',
    maxChars: GITHUB_LIMITS.summary - reserve,
    ...(extra.reportUrl ? { reportUrl: extra.reportUrl } : {}),
    ...(extra.refilingPrs ? { refilingPrs: extra.refilingPrs } : {}),
  });
  try {
    await core.summary.addRaw(notes ? `${body}\n\n${notes}\n` : `${body}\n`).write();
  } catch (e) {
    core.warning(`labelguard could not write the job summary: ${(e as Error).message}`);
  }
}

/** The action's outputs (documented in action.yml). */
export function setOutputs(report: Report, files: ReportFiles): void {
  core.setOutput('result', report.summary.blocking > 0 ? 'fail' : 'pass');
  core.setOutput('blocking-count', String(report.summary.blocking));
  core.setOutput('unrecorded-count', String(report.summary.unrecorded));
  core.setOutput('report-json', files.json);
  core.setOutput('sarif', files.sarif);
  core.setOutput(
    'products',
    JSON.stringify(report.products.map((p) => ({ id: p.id, path: p.path, verdict: p.verdict }))),
  );
}
