// Why a row needs the compliance lead, in the order to act on it. Action needed: something is wrong or
// due now (an expired or cancelled filing, unrecorded material changes, a refiling to file, a due
// deadline, an error the check found). Pending: waiting for someone else (the filing agency, a first
// filing). Healthy: nothing of either.
import type { ReportFinding } from '../report/model.js';
import type { Lifecycle } from './deadlines.js';
import type { StatusRow, Urgency } from './types.js';

/** What the urgency of one row is decided from. */
export interface UrgencyInput {
  filingStatus?: string;
  statusSince?: string;
  openChanges: StatusRow['openChanges'];
  refilingPullRequest?: { number: number };
  lifecycle: Lifecycle;
  /** The row's findings from the check. */
  findings: readonly ReportFinding[];
}

/** The row's group and the reasons for it, most important first. */
export function urgencyOf(input: UrgencyInput): { urgency: Urgency; reasons: string[] } {
  const { filingStatus: status, openChanges, lifecycle } = input;
  const action: string[] = [];
  const pending: string[] = [];
  if (status === 'expired') action.push('the label has expired (filing status expired): file again');
  if (status === 'cancelled')
    action.push('the filing was cancelled: file again before selling with the label');
  if (openChanges.unrecorded > 0) {
    action.push(
      `${plural(openChanges.unrecorded, 'unrecorded material change')}: record in filing.yaml and refile`,
    );
  }
  if (status === 'refiling-required') {
    const waiting =
      openChanges.recorded > 0 ? `: ${plural(openChanges.recorded, 'recorded material change')} to file` : '';
    const pr = input.refilingPullRequest
      ? `; refiling pull request #${input.refilingPullRequest.number} is open`
      : '';
    action.push(`refiling required${waiting}${pr}`);
  }
  for (const d of lifecycle.deadlines) if (d.due) action.push(d.description);
  for (const f of input.findings) {
    // A due deadline already says what its rule says; changes and a pending refiling are counted above.
    if (f.waived || f.severity !== 'error' || lifecycle.dueRules.has(f.ruleId)) continue;
    if (f.ruleId.startsWith('change.') || f.ruleId === 'policy.refiling-pending') continue;
    action.push(findingReason(f));
  }
  if (status === 'refiling-submitted') {
    const since = input.statusSince ? ` on ${input.statusSince}` : '';
    pending.push(`refiling submitted${since}: waiting for the filing agency`);
  }
  if (status === 'submitted') {
    const since = input.statusSince ? ` on ${input.statusSince}` : '';
    pending.push(`filing submitted${since}: waiting for the filing agency`);
  }
  if (status === 'not-filed') pending.push('not filed yet');
  if (action.length > 0) return { urgency: 'action-needed', reasons: [...action, ...pending] };
  return { urgency: pending.length > 0 ? 'pending' : 'healthy', reasons: pending };
}

/** A finding as a reason: `RULE-ID: message`. */
export function findingReason(f: ReportFinding): string {
  return `${f.ruleId}: ${f.message}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
