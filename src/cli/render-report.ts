import type { CheckOutcome } from '../pipeline/run-check.js';
import { renderCodeClimate } from '../report/codeclimate.js';
import { sarifRules } from '../report/core-rules.js';
import { jsonReportChunks } from '../report/json.js';
import { GITHUB_LIMITS } from '../markdown/limits.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';

export const reportFormats = ['text', 'json', 'markdown', 'sarif', 'codeclimate'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/**
 * The report in one of the CLI's formats; markdown is exactly the pull-request comment body. JSON comes in
 * pieces (the report of a large audit is written as it is serialised, never held as one string).
 */
export function renderReport(
  outcome: CheckOutcome,
  format: ReportFormat,
  opts: { verbose?: boolean } = {},
): string | Iterable<string> {
  switch (format) {
    case 'text':
      return renderText(outcome.report, opts);
    case 'json':
      return jsonReportChunks(outcome.report);
    case 'markdown':
      return `${renderMarkdown(outcome.report, { mode: 'comment', maxChars: GITHUB_LIMITS.comment })}\n`;
    case 'sarif':
      return `${JSON.stringify(renderSarif(outcome.report, sarifRules(outcome.packs.packs)), null, 2)}\n`;
    case 'codeclimate':
      return renderCodeClimate(outcome.report);
  }
}
