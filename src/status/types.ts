// The status report: one row per product and label scheme, with every lifecycle date a compliance lead
// follows, grouped by what the row needs. It is built from one check run (src/pipeline/run-check.ts), so
// the status and the check never disagree; shard reports merge into one (merge.ts).

import type { StatusReportFile } from '../schemas/index.js';

/** The status of a repository (or of one shard of it) as of one date: the published schema's type. */
export type StatusReport = StatusReportFile;
/** One product and one label scheme it targets. */
export type StatusRow = StatusReport['rows'][number];
/** One dated obligation of a row. */
export type Deadline = StatusRow['deadlines'][number];
/** The lifecycle dates a row can have, each computed from data and the scheme's pack thresholds. */
export type DeadlineKind = Deadline['kind'];
/** A dated report (test report, penetration test) and how old it is. */
export type ReportAge = NonNullable<StatusRow['testReport']>;
/** What a row needs from the compliance lead. */
export type Urgency = StatusRow['urgency'];

export { urgencies } from '../schemas/index.js';

/** A refiling pull request labelguard opened for a product. */
export interface RefilingPullRequestLink {
  productId: string;
  number: number;
  url: string;
}
