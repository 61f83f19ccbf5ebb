import type { CheckOutcome } from '../pipeline/run-check.js';
import { renderCodeClimate } from '../report/codeclimate.js';
import { coreRules } from '../report/core-rules.js';
import { renderJson } from '../report/json.js';
import { GITHUB_LIMITS } from '../markdown/limits.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif, type SarifRuleInput } from '../report/sarif.js';
import { renderText } from '../report/text.js';

export const reportFormats = ['text', 'json', 'markdown', 'sarif', 'codeclimate'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** Every rule a SARIF log may cite: the packs' rules and labelguard's own finding kinds. */
export function sarifRules(outcome: Pick<CheckOutcome, 'packs'>): SarifRuleInput[] {
  return [
    ...coreRules,
    ...outcome.packs.packs.flatMap((p) =>
      p.rules.map((r) => ({
        id: r.id,
        title: r.title,
        help: r.remediation,
        sources: r.sources,
        severity: r.severity,
      })),
    ),
  ];
}

/** The report in one of the CLI's formats; markdown is exactly the pull-request comment body. */
export function renderReport(
  outcome: CheckOutcome,
  format: ReportFormat,
  opts: { verbose?: boolean } = {},
): string {
  switch (format) {
    case 'text':
      return renderText(outcome.report, opts);
    case 'json':
      return renderJson(outcome.report);
    case 'markdown':
      return `${renderMarkdown(outcome.report, { mode: 'comment', maxChars: GITHUB_LIMITS.comment })}\n`;
    case 'sarif':
      return `${JSON.stringify(renderSarif(outcome.report, sarifRules(outcome)), null, 2)}\n`;
    case 'codeclimate':
      return renderCodeClimate(outcome.report);
  }
}
