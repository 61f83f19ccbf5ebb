import type { Report } from '../report/model.js';

/** What fails a push: every blocking finding, or only those of the products the push touched. */
export type PushGate = 'changed' | 'all';

export interface GateCount {
  /** Blocking findings that fail the run. */
  blocking: number;
  /** Products with blocking findings that the push did not touch: the dashboard shows them instead. */
  untouched: string[];
}

/**
 * The blocking findings a run answers for. A push is judged on what it changed: a product it did not touch
 * keeps its findings on the dashboard (and its refiling pull request), and does not fail a push that never
 * touched it. Repository-wide findings (configuration, packs) always count. Without `touched` (not a push,
 * or a push that touched every product), everything counts.
 */
export function gateCount(report: Report, touched: readonly string[] | undefined): GateCount {
  if (!touched) return { blocking: report.summary.blocking, untouched: [] };
  const inScope = new Set(touched);
  let blocking = report.findings.filter((f) => f.blocking).length;
  const untouched: string[] = [];
  for (const p of report.products) {
    const n = p.findings.filter((f) => f.blocking).length;
    if (inScope.has(p.id)) blocking += n;
    else if (n > 0) untouched.push(p.id);
  }
  return { blocking, untouched };
}
