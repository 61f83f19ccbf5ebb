import { plainText } from '../markdown/escape.js';
import { ageText, changesText, deadlineText, filingText, levelsText, plural, urgencyTitle } from './cells.js';
import { statusMarkdown } from './markdown.js';
import { urgencies, type StatusReport, type StatusRow } from './types.js';
import { maxOf } from '../core/append.js';

/** The formats `labelguard status` writes. */
export const statusFormats = ['text', 'json', 'markdown', 'csv'] as const;
export type StatusFormat = (typeof statusFormats)[number];

/** The status report in one format; the same report gives byte-identical output. */
export function renderStatus(report: StatusReport, format: StatusFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'text':
      return renderStatusText(report);
    case 'csv':
      return renderStatusCsv(report);
    case 'markdown':
      return `${statusMarkdown(report.rows, { title: 'Label status', now: report.now })}\n`;
  }
}

/** One line summing up a report: `3 products, 6 labels: 4 action needed, 0 pending, 2 healthy`. */
export function summaryLine(report: Pick<StatusReport, 'summary'>): string {
  const s = report.summary;
  return `${plural(s.products, 'product')}, ${plural(s.rows, 'label')}: ${s.actionNeeded} action needed, ${s.pending} pending, ${s.healthy} healthy`;
}

const textColumns: { title: string; cell: (r: StatusRow) => string }[] = [
  { title: 'PRODUCT', cell: (r) => r.product },
  { title: 'SCHEME', cell: (r) => r.scheme ?? '-' },
  { title: 'STARS', cell: levelsText },
  { title: 'FILING', cell: filingText },
  { title: 'CODE', cell: (r) => r.filingCode ?? '-' },
  { title: 'VALID UNTIL', cell: (r) => r.validUntil ?? '-' },
  { title: 'SUPPORT END', cell: (r) => r.supportEnd ?? '-' },
  { title: 'TEST REPORT', cell: (r) => ageText(r.testReport, true) },
  { title: 'PENTEST', cell: (r) => ageText(r.pentestReport, true) },
  { title: 'OPEN CHANGES', cell: (r) => changesText(r.openChanges) },
  { title: 'REFILING PR', cell: (r) => (r.refilingPullRequest ? `#${r.refilingPullRequest.number}` : '-') },
  { title: 'NEXT DEADLINE', cell: (r) => deadlineText(r.nextDeadline) },
];

/** A terminal table grouped by urgency, with the reasons under every row that is not healthy. */
export function renderStatusText(report: StatusReport): string {
  const cells = report.rows.map((r) => textColumns.map((c) => plainText(c.cell(r), 80)));
  const widths = textColumns.map((c, i) =>
    maxOf(
      cells.map((row) => row[i]!.length),
      c.title.length,
    ),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [`Label status as of ${report.now}: ${summaryLine(report)}`, ''];
  for (const urgency of urgencies) {
    const rows = report.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.urgency === urgency);
    out.push(`${urgencyTitle[urgency].toUpperCase()} (${rows.length})`);
    if (rows.length > 0) out.push(line(textColumns.map((c) => c.title)));
    for (const { r, i } of rows) {
      out.push(line(cells[i]!));
      for (const reason of r.reasons) out.push(`    - ${plainText(reason, 300)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const csvColumns: { name: string; value: (r: StatusRow) => string | number | boolean | undefined }[] = [
  { name: 'urgency', value: (r) => r.urgency },
  { name: 'product', value: (r) => r.product },
  { name: 'path', value: (r) => r.path },
  { name: 'model', value: (r) => r.model },
  { name: 'scheme', value: (r) => r.scheme },
  { name: 'target_stars', value: (r) => r.targetStars },
  { name: 'registered_stars', value: (r) => r.registeredStars },
  { name: 'filing_status', value: (r) => r.filingStatus },
  { name: 'status_since', value: (r) => r.statusSince },
  { name: 'filing_code', value: (r) => r.filingCode },
  { name: 'valid_until', value: (r) => r.validUntil },
  { name: 'support_end', value: (r) => r.supportEnd },
  { name: 'test_report_date', value: (r) => r.testReport?.date },
  { name: 'test_report_age_days', value: (r) => r.testReport?.ageDays },
  { name: 'test_report_max_age_months', value: (r) => r.testReport?.maxAgeMonths },
  { name: 'pentest_date', value: (r) => r.pentestReport?.date },
  { name: 'pentest_age_days', value: (r) => r.pentestReport?.ageDays },
  { name: 'pentest_max_age_months', value: (r) => r.pentestReport?.maxAgeMonths },
  { name: 'open_changes_recorded', value: (r) => r.openChanges.recorded },
  { name: 'open_changes_unrecorded', value: (r) => r.openChanges.unrecorded },
  { name: 'refiling_pr', value: (r) => r.refilingPullRequest?.number },
  { name: 'refiling_pr_url', value: (r) => r.refilingPullRequest?.url },
  { name: 'next_deadline', value: (r) => r.nextDeadline?.date },
  { name: 'next_deadline_kind', value: (r) => r.nextDeadline?.kind },
  { name: 'next_deadline_days_left', value: (r) => r.nextDeadline?.daysLeft },
  { name: 'next_deadline_due', value: (r) => r.nextDeadline?.due },
  { name: 'errors', value: (r) => r.findings.errors },
  { name: 'warnings', value: (r) => r.findings.warnings },
  { name: 'blocking', value: (r) => r.findings.blocking },
  { name: 'reasons', value: (r) => r.reasons.join('; ') },
];

/** RFC 4180 CSV (CRLF line ends), one line per row, in report order. */
export function renderStatusCsv(report: StatusReport): string {
  const lines = [
    csvColumns.map((c) => c.name).join(','),
    ...report.rows.map((r) => csvColumns.map((c) => csvCell(c.value(r))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  // Text from the repository must not become a formula when the file is opened in a spreadsheet.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
