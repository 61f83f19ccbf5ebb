// Status rows as GitHub Markdown: a table per urgency group, in three levels of detail so that the
// dashboard issue can shrink to fit GitHub's body limit. Every value from the repository is escaped.
import { escapeMarkdown, inlineCode, safeHttpsUrl, wellFormed } from '../markdown/escape.js';
import {
  ageText,
  changesText,
  deadlineKindText,
  deadlineText,
  levelsText,
  plural,
  urgencyTitle,
  whenText,
} from './cells.js';
import { summarise } from './order.js';
import { urgencies, type StatusRow, type Urgency } from './types.js';

/** Where the rows' links point. */
export interface MarkdownLinks {
  /** Web address of the repository, e.g. `https://github.com/acme/cameras`; no file links without it. */
  repoUrl?: string;
  /** Branch or commit the file links show (default `HEAD`, the default branch). */
  ref?: string;
}

/**
 * full: every column; compact: product, scheme, refiling pull request, next deadline, first reason;
 * line: one list item per row; ids: the product ids alone, comma-separated (the last resort of a full issue).
 */
export type RowDetail = 'full' | 'compact' | 'line' | 'ids';

const urgencyIcon: Record<Urgency, string> = { 'action-needed': '🔴', pending: '🟡', healthy: '🟢' };

/** Heading text of a group, e.g. `🔴 Action needed (4)`. */
export function groupHeading(urgency: Urgency, n: number): string {
  return `${urgencyIcon[urgency]} ${urgencyTitle[urgency]} (${n})`;
}

/** Link to a file or folder of the repository at the ref, when the repository URL is a safe https URL. */
export function repoFileUrl(links: MarkdownLinks, path: string, kind: 'tree' | 'blob'): string | undefined {
  if (!links.repoUrl) return undefined;
  const base = links.repoUrl.replace(/\/+$/, '');
  // encodeURIComponent throws on a lone surrogate (a path or ref read from a shard report can hold one):
  // make the text well-formed first, so a strange name costs a U+FFFD, not the whole dashboard.
  const ref = encodeURIComponent(wellFormed(links.ref ?? 'HEAD'));
  const encoded = path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => encodeURIComponent(wellFormed(s)))
    .join('/');
  return safeHttpsUrl(`${base}/${kind}/${ref}/${encoded}`);
}

function link(text: string, href: string | undefined): string {
  return href ? `[${text}](<${href}>)` : text;
}

function productCell(row: StatusRow, links: MarkdownLinks): string {
  return link(inlineCode(row.product, 64), repoFileUrl(links, row.path, 'tree'));
}

function filingCell(row: StatusRow, links: MarkdownLinks): string {
  if (!row.filingStatus) return '—';
  const status = link(
    escapeMarkdown(row.filingStatus),
    repoFileUrl(links, `${row.path}/filing.yaml`, 'blob'),
  );
  // Dates are validated where rows are built and where shard reports are read; escaped here all the same,
  // so that no value reaches the issue body raw.
  const since = row.statusSince ? ` since ${escapeMarkdown(row.statusSince, 40)}` : '';
  return `${status}${since}${row.filingCode ? `<br>${inlineCode(row.filingCode, 80)}` : ''}`;
}

function refilingCell(row: StatusRow): string {
  const pr = row.refilingPullRequest;
  if (!pr) return '—';
  const href = safeHttpsUrl(pr.url);
  return href ? `[#${pr.number}](<${href}>)` : `#${pr.number}`;
}

function deadlineCell(row: StatusRow): string {
  const d = row.nextDeadline;
  if (!d) return '—';
  const date = d.due ? `**${escapeMarkdown(d.date, 40)}**` : escapeMarkdown(d.date, 40);
  return `${date} ${escapeMarkdown(deadlineKindText(d.kind))} (${escapeMarkdown(whenText(d))})`;
}

function reasonsCell(row: StatusRow, max: number, chars: number): string {
  const shown = row.reasons.slice(0, max).map((r) => escapeMarkdown(r, chars));
  const more = row.reasons.length - shown.length;
  if (more > 0) shown.push(`… ${plural(more, 'more reason')}`);
  return shown.length > 0 ? shown.join('<br>') : '—';
}

function dash(text: string): string {
  return text === '-' ? '—' : escapeMarkdown(text);
}

const fullColumns: { title: string; cell: (r: StatusRow, l: MarkdownLinks) => string }[] = [
  { title: 'Product', cell: productCell },
  { title: 'Scheme', cell: (r) => (r.scheme ? inlineCode(r.scheme, 64) : '—') },
  { title: 'Stars', cell: (r) => levelsText(r) },
  { title: 'Filing', cell: filingCell },
  { title: 'Valid until', cell: (r) => (r.validUntil ? escapeMarkdown(r.validUntil, 40) : '—') },
  { title: 'Support end', cell: (r) => (r.supportEnd ? escapeMarkdown(r.supportEnd, 40) : '—') },
  { title: 'Test report', cell: (r) => dash(ageText(r.testReport)) },
  { title: 'Pentest', cell: (r) => dash(ageText(r.pentestReport)) },
  { title: 'Open changes', cell: (r) => dash(changesText(r.openChanges)) },
  { title: 'Refiling PR', cell: refilingCell },
  { title: 'Next deadline', cell: deadlineCell },
  { title: 'Why', cell: (r) => reasonsCell(r, 5, 200) },
];

const compactColumns: typeof fullColumns = [
  { title: 'Product', cell: productCell },
  { title: 'Scheme', cell: (r) => (r.scheme ? inlineCode(r.scheme, 64) : '—') },
  { title: 'Refiling PR', cell: refilingCell },
  { title: 'Next deadline', cell: deadlineCell },
  { title: 'Why', cell: (r) => reasonsCell(r, 1, 100) },
];

/** Rows as a Markdown table (full, compact) or a list (line); empty rows give an empty string. */
export function rowsMarkdown(rows: readonly StatusRow[], detail: RowDetail, links: MarkdownLinks): string {
  if (rows.length === 0) return '';
  if (detail === 'ids') return [...new Set(rows.map((r) => inlineCode(r.product, 64)))].join(', ');
  if (detail === 'line') {
    return rows
      .map(
        (r) =>
          `- ${inlineCode(r.product, 64)} ${r.scheme ? inlineCode(r.scheme, 64) : ''} ${escapeMarkdown(deadlineText(r.nextDeadline))}`,
      )
      .join('\n');
  }
  const columns = detail === 'full' ? fullColumns : compactColumns;
  return [
    `| ${columns.map((c) => c.title).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${columns.map((c) => c.cell(r, links)).join(' | ')} |`),
  ].join('\n');
}

/** The one-line summary under the title. */
export function summaryMarkdown(rows: readonly StatusRow[], now: string | undefined): string {
  const s = summarise(rows);
  // The day is a date wherever labelguard sets it, but it is rendered like every other value: escaped.
  const asOf = now ? `As of ${escapeMarkdown(now, 40)}: ` : '';
  return `${asOf}${plural(s.products, 'product')}, ${plural(s.rows, 'label')} — **${s.actionNeeded} action needed**, ${s.pending} pending, ${s.healthy} healthy.`;
}

/** The whole status as Markdown, every group in full (healthy rows folded away). */
export function statusMarkdown(
  rows: readonly StatusRow[],
  options: MarkdownLinks & { title: string; now?: string },
): string {
  const parts = [`## ${escapeMarkdown(options.title)}`, summaryMarkdown(rows, options.now)];
  for (const urgency of urgencies) {
    const group = rows.filter((r) => r.urgency === urgency);
    parts.push(groupMarkdown(urgency, group, 'full', options));
  }
  return parts.join('\n\n');
}

/** One group: a heading and its rows; healthy rows sit in a folded `<details>` block. */
export function groupMarkdown(
  urgency: Urgency,
  rows: readonly StatusRow[],
  detail: RowDetail | 'count',
  links: MarkdownLinks,
): string {
  const heading = groupHeading(urgency, rows.length);
  if (rows.length === 0) return `### ${heading}\n\nNothing here.`;
  if (detail === 'count')
    return `### ${heading}\n\nNot listed here, to keep this issue within GitHub's size limit.`;
  const body = rowsMarkdown(rows, detail, links);
  if (urgency === 'healthy') return `<details><summary><b>${heading}</b></summary>\n\n${body}\n\n</details>`;
  return `### ${heading}\n\n${body}`;
}
