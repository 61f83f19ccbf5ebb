import type { ProductReport, Report, ReportFinding } from './model.js';

/** A product's verdict from its findings: fail when one blocks, warn when one is a live warning or error. */
export function productVerdict(findings: readonly ReportFinding[]): ProductReport['verdict'] {
  if (findings.some((f) => f.blocking)) return 'fail';
  return findings.some((f) => !f.waived && f.severity !== 'info') ? 'warn' : 'pass';
}

/** The report's counts, from its products and repository-wide findings. */
export function summarise(
  products: readonly ProductReport[],
  findings: readonly ReportFinding[],
): Report['summary'] {
  const all = [...findings, ...products.flatMap((p) => p.findings)];
  return {
    products: products.length,
    blocking: all.filter((f) => f.blocking).length,
    warnings: all.filter((f) => f.severity === 'warning' && !f.waived).length,
    // Change sets, not raw differences: one feature added is one unrecorded change.
    unrecorded: products.reduce(
      (n, p) => n + (p.changeSets ?? []).filter((c) => c.pending === 'material').length,
      0,
    ),
  };
}
