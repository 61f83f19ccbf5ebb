// A product can produce any number of findings (an SBOM of 130,000 new components gives 130,000), and
// every renderer, the JSON report and the annotations would carry them all. Each product keeps a bounded
// number, blocking ones first, and one summary finding says what was cut; the verdict and the report's
// counts are computed before the cut, so nothing cut changes the outcome.

import { compareFindings, compareText } from '../core/finding.js';
import type { ReportFinding } from '../report/model.js';

/** Findings kept per product (plus the summary finding when any are cut). */
export const FINDINGS_PER_PRODUCT = 1000;

export const CAPPED_RULE = 'report.findings-capped';

const rank = (f: ReportFinding) =>
  f.blocking ? 0 : f.waived ? 4 : f.severity === 'error' ? 1 : f.severity === 'warning' ? 2 : 3;

/** At most `limit` of the findings (sorted as reports sort them), and a summary of the rest. */
export function capFindings(
  findings: readonly ReportFinding[],
  productId: string,
  limit = FINDINGS_PER_PRODUCT,
): ReportFinding[] {
  if (findings.length <= limit) return [...findings];
  const byImportance = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
  const kept = byImportance.slice(0, limit).sort(compareFindings);
  const cut = byImportance.slice(limit);
  return [...kept, summary(cut, productId, limit)];
}

function summary(cut: readonly ReportFinding[], productId: string, limit: number): ReportFinding {
  const byRule = new Map<string, number>();
  for (const f of cut) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const rules = [...byRule]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .map(([rule, n]) => `${rule} ×${n.toLocaleString('en-US')}`);
  const blocking = cut.filter((f) => f.blocking).length;
  const first = cut.reduce((a, b) => (compareFindings(a, b) <= 0 ? a : b));
  const shownRules =
    rules.slice(0, 5).join(', ') + (rules.length > 5 ? `, ${rules.length - 5} more rules` : '');
  return {
    ruleId: CAPPED_RULE,
    severity: blocking > 0 ? 'error' : 'warning',
    blocking: blocking > 0,
    message:
      `${cut.length.toLocaleString('en-US')} more findings on this product are not shown ` +
      `(${blocking.toLocaleString('en-US')} of them blocking): ${shownRules}`,
    hint: `Each product shows at most ${limit.toLocaleString('en-US')} findings, blocking ones first; fix those and run again to see the rest.`,
    productId,
    file: first.file,
    line: first.line,
    column: first.column,
  };
}
