// The status report: one row per product and label scheme, with every lifecycle date a compliance lead
// follows, grouped by what the row needs. It is built from one check run (src/pipeline/run-check.ts), so
// the status and the check never disagree; shard reports merge into one (merge.ts).

/** What a row needs from the compliance lead. */
export type Urgency = 'action-needed' | 'pending' | 'healthy';

/** The order rows are listed in, most urgent first. */
export const urgencies: readonly Urgency[] = ['action-needed', 'pending', 'healthy'];

/** The lifecycle dates a row can have, each computed from data and the scheme's pack thresholds. */
export type DeadlineKind =
  'label-renewal' | 'label-expiry' | 'support-end' | 'test-report' | 'pentest-report' | 'refiling-submitted';

/** One dated obligation of a row. */
export interface Deadline {
  kind: DeadlineKind;
  /** YYYY-MM-DD: the day the obligation falls due (the label enters its renewal window, support ends…). */
  date: string;
  /** Whole days from `now` to `date`; negative once it has passed. */
  daysLeft: number;
  /** Whether it is due as of `now` (the rule behind it fails from this day on). */
  due: boolean;
  /** One line, e.g. `renew the label: it expires on 2027-01-25 (renewal window 90 days)`. */
  description: string;
}

/** A dated report (test report, penetration test) and how old it is. */
export interface ReportAge {
  date: string;
  ageDays: number;
  /** The pack's limit, when the scheme has one that applies at the row's target level. */
  maxAgeMonths?: number;
}

/** A refiling pull request labelguard opened for a product. */
export interface RefilingPullRequestLink {
  productId: string;
  number: number;
  url: string;
}

/** One product and one label scheme it targets. */
export interface StatusRow {
  product: string;
  /** The product folder, relative to the repository root. */
  path: string;
  model?: string;
  /** Absent only for a product whose manifest could not be read (it has no known targets). */
  scheme?: string;
  targetStars?: number;
  /** Stars of the filed label for this scheme, when there is one. */
  registeredStars?: number;
  /** The filing status for this scheme; absent when the product has no filing record for it. */
  filingStatus?: string;
  statusSince?: string;
  filingCode?: string;
  validUntil?: string;
  supportEnd?: string;
  testReport?: ReportAge;
  pentestReport?: ReportAge;
  /** Material changes since the registered baseline: recorded and waiting for refiling, or unrecorded. */
  openChanges: { recorded: number; unrecorded: number };
  refilingPullRequest?: { number: number; url: string };
  /** The earliest of `deadlines`. */
  nextDeadline?: Deadline;
  /** Every lifecycle date of the row, earliest first. */
  deadlines: Deadline[];
  urgency: Urgency;
  /** Why the row is in its group, most important first; empty for a healthy row. */
  reasons: string[];
  /** Findings of the check on this row (waived ones not counted). */
  findings: { errors: number; warnings: number; blocking: number };
}

/** The status of a repository (or of one shard of it) as of one date. */
export interface StatusReport {
  /** Version of this format; later fields are added, never renamed. */
  version: 1;
  kind: 'labelguard-status';
  generator: { name: string; version: string };
  /** The date every age and deadline is computed against, YYYY-MM-DD. */
  now: string;
  /** Set on the report of one shard of an audit; absent on a whole or merged report. */
  shard?: { index: number; count: number };
  summary: {
    products: number;
    rows: number;
    actionNeeded: number;
    pending: number;
    healthy: number;
  };
  /** Sorted by urgency, then next deadline, then product and scheme. */
  rows: StatusRow[];
}
