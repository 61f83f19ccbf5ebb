// How the fields of a status row read in a cell, shared by the text, CSV and Markdown renderers. Every
// value that comes from the user's repository is cleaned here or escaped by the renderer.
import type { Deadline, StatusRow, Urgency } from './types.js';

/** Group headings. */
export const urgencyTitle: Record<Urgency, string> = {
  'action-needed': 'Action needed',
  pending: 'Pending',
  healthy: 'Healthy',
};

/** `★★`, or `-` for no level. */
export function starsText(n: number | undefined): string {
  return n === undefined ? '-' : '★'.repeat(n);
}

/** Target level, and the filed one when there is a filing: `★★ (filed ★)`. */
export function levelsText(row: StatusRow): string {
  const target = starsText(row.targetStars);
  return row.registeredStars === undefined ? target : `${target} (filed ${starsText(row.registeredStars)})`;
}

/** `label renewal` for `label-renewal`. */
export function deadlineKindText(kind: Deadline['kind']): string {
  return kind === 'pentest-report' ? 'penetration test' : kind.replace(/-/g, ' ');
}

/** When a deadline is, relative to now: `due`, `due today`, `in 12 days`. */
export function whenText(d: Deadline): string {
  if (d.due) return d.daysLeft < 0 ? `due, ${plural(-d.daysLeft, 'day')} ago` : 'due';
  return d.daysLeft === 0 ? 'today' : `in ${plural(d.daysLeft, 'day')}`;
}

/** `2026-10-27 label renewal (due, 30 days ago)`. */
export function deadlineText(d: Deadline | undefined): string {
  return d ? `${d.date} ${deadlineKindText(d.kind)} (${whenText(d)})` : '-';
}

/** Age of a report in days, with its limit: `149 days (max 24 months)`, or `149 d (max 24 mo)` short. */
export function ageText(age: StatusRow['testReport'], short = false): string {
  if (!age) return '-';
  const days = short ? `${age.ageDays} d` : plural(age.ageDays, 'day');
  const max = age.maxAgeMonths === undefined ? '' : ` (max ${age.maxAgeMonths} ${short ? 'mo' : 'months'})`;
  return `${days}${max}`;
}

/** `2 recorded, 6 unrecorded`, or `-` when there are none. */
export function changesText(c: StatusRow['openChanges']): string {
  if (c.recorded === 0 && c.unrecorded === 0) return '-';
  return `${c.recorded} recorded, ${c.unrecorded} unrecorded`;
}

/** `granted since 2026-07-27`. */
export function filingText(row: StatusRow): string {
  if (!row.filingStatus) return '-';
  return row.statusSince ? `${row.filingStatus} since ${row.statusSince}` : row.filingStatus;
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
