import type { ChangeSet, DetectedChange } from '../core/change.js';
import type { Finding, Source } from '../core/finding.js';
import type { CheckReportSchemaParts as Schema } from '../schemas/index.js';

/** A finding as reported: with whether it fails the check under the run's policy. */
export interface ReportFinding extends Finding {
  blocking: boolean;
}

/** Readiness of one product for one scheme: the highest level met and what stands in the way above it. */
export interface Readiness {
  scheme: string;
  target: number;
  met: number;
  gaps: Record<string, string[]>;
}

export interface ProductReport {
  id: string;
  /** The product folder, relative to the repository root. */
  path: string;
  model?: string;
  labels: { scheme: string; stars: number }[];
  filingStatus?: string;
  verdict: 'pass' | 'warn' | 'fail';
  findings: ReportFinding[];
  readiness?: Readiness[];
  /** Every difference from the registered baseline (the change sets' members). */
  changes?: DetectedChange[];
  /** The differences grouped into change sets: what reports show as rows, one change-log entry each. */
  changeSets?: ChangeSet[];
}

/** The one report model every renderer (text, JSON, Markdown, SARIF, annotations) reads. */
export interface Report {
  /** Version of this report format; later fields are added, never renamed. */
  version: 1;
  generator: { name: string; version: string };
  /** The date findings were judged against (YYYY-MM-DD). */
  now: string;
  policy: { failOn: string; warnOnly: boolean };
  summary: {
    products: number;
    blocking: number;
    warnings: number;
    unrecorded: number;
  };
  products: ProductReport[];
  /** Findings that belong to no single product. */
  findings: ReportFinding[];
  /**
   * Set when the judged change changes the policy (configuration, repository rule packs): which policy
   * judged it and what the change does to the policy, from → to.
   */
  policyChange?: { from: string; lines: { what: string; from: string; to: string }[] };
}

/** Exit status the report warrants: 1 when anything blocks. */
export function exitCodeFor(report: Report): 0 | 1 {
  return report.summary.blocking > 0 ? 1 : 0;
}

// The published schema (src/schemas/report.schema.ts) and this model name the same keys: a field added to
// one and not the other fails the type check here, before a genuine report is refused by `labelguard comment`.
type SameKeys<T, S extends { properties: object }> = [keyof T] extends [keyof S['properties']]
  ? [keyof S['properties']] extends [keyof T]
    ? true
    : false
  : false;
const modelAndSchemaAgree: [
  SameKeys<Report, Schema['report']>,
  SameKeys<ProductReport, Schema['product']>,
  SameKeys<ReportFinding, Schema['finding']>,
  SameKeys<DetectedChange, Schema['change']>,
  SameKeys<Readiness, Schema['readiness']>,
  SameKeys<Source, Schema['source']>,
  SameKeys<ChangeSet, Schema['changeSet']>,
] = [true, true, true, true, true, true, true];
void modelAndSchemaAgree;
