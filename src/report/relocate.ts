import { posix } from 'node:path';
import type { Report, ReportFinding } from './model.js';

/**
 * The report with every file path prefixed by `dir`: findings are relative to the compliance
 * repository, while annotations and SARIF need paths relative to the GitHub repository it lives in.
 */
export function relocateReport(report: Report, dir: string): Report {
  const prefix = posix.normalize(dir.replace(/\\/g, '/')).replace(/^\.\/?|\/$/g, '');
  if (prefix === '' || prefix === '.') return report;
  const move = (f: ReportFinding): ReportFinding => ({ ...f, file: `${prefix}/${f.file}` });
  return {
    ...report,
    products: report.products.map((p) => ({
      ...p,
      path: `${prefix}/${p.path}`,
      findings: p.findings.map(move),
    })),
    findings: report.findings.map(move),
  };
}
