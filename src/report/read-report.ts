// Reading a check report that labelguard did not just compute — the JSON report a `pull_request` run
// uploaded, which a fork's pull request controls — before anything is rendered from it. A report is
// accepted only when it is the format labelguard writes (schema, bounded sizes) and its counts and
// verdicts agree with its findings; anything else is a usage error saying what is wrong.
import { UsageError } from '../core/errors.js';
import { pointerMessage, validator } from '../schemas/index.js';
import type { Report } from './model.js';
import { productVerdict, summarise } from './summary.js';

/** Largest report accepted, in bytes (a report of 10,000 products with their findings stays far below). */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;

const what =
  'Pass the JSON report written by `labelguard check --format json` or the action’s `report-json`.';

/** The report in `bytes`, validated; `file` names it in messages. */
export function parseCheckReport(file: string, bytes: Uint8Array): Report {
  if (bytes.byteLength > MAX_REPORT_BYTES) {
    throw new UsageError(
      `${file} is ${bytes.byteLength} bytes, more than a report may be (${MAX_REPORT_BYTES})`,
      [what],
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw new UsageError(`${file} is not JSON in UTF-8: ${(e as Error).message}`, [what]);
  }
  const validate = validator('report');
  if (!validate(value)) {
    throw new UsageError(`${file} is not a labelguard check report`, [
      ...(validate.errors ?? []).slice(0, 10).map((e) => `${file}: ${pointerMessage(e)}`),
      `${what} (docs/check-report.schema.json)`,
    ]);
  }
  const report = value as Report;
  const problems = inconsistencies(report);
  if (problems.length > 0) {
    throw new UsageError(`${file} contradicts itself: it was not written by labelguard as it is`, [
      ...problems.slice(0, 10).map((p) => `${file}: ${p}`),
      what,
    ]);
  }
  return report;
}

/** Where the report's counts, verdicts and product ids disagree with its findings. */
function inconsistencies(report: Report): string[] {
  const problems: string[] = [];
  const counted = summarise(report.products, report.findings);
  for (const key of Object.keys(counted) as (keyof Report['summary'])[]) {
    if (report.summary[key] !== counted[key])
      problems.push(`/summary/${key}: says ${report.summary[key]}, the report holds ${counted[key]}`);
  }
  const ids = new Set<string>();
  report.products.forEach((p, i) => {
    if (ids.has(p.id)) problems.push(`/products/${i}/id: product '${p.id}' appears twice`);
    ids.add(p.id);
    const verdict = productVerdict(p.findings);
    if (p.verdict !== verdict)
      problems.push(`/products/${i}/verdict: says '${p.verdict}', its findings make it '${verdict}'`);
    p.findings.forEach((f, j) => {
      if (f.productId !== undefined && f.productId !== p.id)
        problems.push(`/products/${i}/findings/${j}/productId: '${f.productId}' in product '${p.id}'`);
      if (f.blocking && f.waived) problems.push(`/products/${i}/findings/${j}: waived and blocking at once`);
    });
  });
  return problems;
}
