// The body of the dashboard issue: every label grouped into action needed, pending and healthy, with
// links to refiling pull requests and product files, and a box per product that asks for its evidence to
// be regenerated. GitHub refuses bodies over 65,536 characters, so the body is rendered in full, measured,
// and shrunk a step at a time. Every step keeps every action-needed row, down to a list of bare product
// ids; only when not even those fit (thousands of products needing action at once) are rows left out,
// and the body says how many.
import { fillLines } from '../report/budget.js';
import { escapeMarkdown } from '../markdown/escape.js';
import { MAX_BODY_CHARS } from '../markdown/limits.js';
import {
  groupMarkdown,
  summaryMarkdown,
  urgencies,
  type MarkdownLinks,
  type RefilingPullRequestLink,
  type RowDetail,
  type StatusRow,
  type Urgency,
} from '../status/index.js';
import { REGENERATE_END, REGENERATE_START, hasRegenerateBox, regenerateLine } from './regenerate.js';

/** The issue title when the configuration names none. */
export const DEFAULT_DASHBOARD_TITLE = 'labelguard label dashboard';

/** Room left for the hidden marker and digest line that `upsertIssue` adds around the body. */
export const DASHBOARD_MAX_CHARS = MAX_BODY_CHARS - 256;

export interface DashboardOptions extends MarkdownLinks {
  /** Heading of the body (and, passed to `syncDashboard`, the issue title). */
  title: string;
  /** The date the rows were computed for, shown under the title. */
  now?: string;
  /** Open refiling pull requests, linked from the rows of their product. */
  refilingPrs?: readonly RefilingPullRequestLink[];
  /** Size budget in characters (default {@link DASHBOARD_MAX_CHARS}). */
  maxChars?: number;
}

/**
 * How much each group shows, and whether every product that needs action must keep its box; the first
 * level that fits is used. Boxes of other products fill what room is left, so they go before any row.
 */
type Level = Record<Urgency, RowDetail | 'count'> & { actionBoxes: boolean };

const levels: Level[] = [
  { 'action-needed': 'full', pending: 'full', healthy: 'full', actionBoxes: true },
  { 'action-needed': 'full', pending: 'full', healthy: 'count', actionBoxes: true },
  { 'action-needed': 'full', pending: 'compact', healthy: 'count', actionBoxes: true },
  { 'action-needed': 'full', pending: 'count', healthy: 'count', actionBoxes: true },
  { 'action-needed': 'compact', pending: 'count', healthy: 'count', actionBoxes: true },
  { 'action-needed': 'line', pending: 'count', healthy: 'count', actionBoxes: false },
  { 'action-needed': 'ids', pending: 'count', healthy: 'count', actionBoxes: false },
];

/** The dashboard issue body for status rows (sorted by urgency, as `buildStatus` gives them). */
export function renderDashboard(rows: readonly StatusRow[], options: DashboardOptions): string {
  const max = options.maxChars ?? DASHBOARD_MAX_CHARS;
  const fits = (text: string) => text.length <= max;
  const linked = withPullRequests(rows, options.refilingPrs ?? []);
  const head = [
    `## ${escapeMarkdown(options.title)}`,
    summaryMarkdown(linked, options.now),
    'Kept up to date by labelguard on every push to the default branch and on schedule: change the data in the repository, not this issue.',
  ].join('\n\n');
  // Boxes of products that need action come first, so that they are the last to be left out.
  const boxed = new Set<string>();
  for (const urgency of urgencies) {
    for (const r of linked) {
      if (r.urgency === urgency && r.scheme !== undefined && hasRegenerateBox(r.product))
        boxed.add(r.product);
    }
  }
  const boxIds = [...boxed];
  const actionIds = new Set(linked.filter((r) => r.urgency === 'action-needed').map((r) => r.product));
  const required = boxIds.filter((id) => actionIds.has(id)).length;

  for (const level of levels) {
    const groups = urgencies.map((u) =>
      groupMarkdown(
        u,
        linked.filter((r) => r.urgency === u),
        level[u],
        options,
      ),
    );
    const body = compose(head, groups, boxIds, level.actionBoxes ? required : 0, fits);
    if (body !== undefined) return body;
  }
  // Not even the ids of the products that need action fit: list as many rows as fit and say how to see
  // the rest (only with thousands of products needing action at once).
  const action = linked.filter((r) => r.urgency === 'action-needed');
  const lines = groupMarkdown('action-needed', action, 'line', options).split('\n');
  return fillLines(
    `${head}\n\n${lines.slice(0, 2).join('\n')}`,
    lines.slice(2),
    (n) =>
      n === 0 ? '' : `\n… and ${n} more rows that need action: run \`labelguard status\` to see them all.`,
    fits,
    (text) => text.slice(0, max),
  );
}

/** Head, groups and as many boxes as fit (at least `required`); undefined when that does not fit. */
function compose(
  head: string,
  groups: string[],
  boxIds: readonly string[],
  required: number,
  fits: (text: string) => boolean,
): string | undefined {
  const withBoxes = (n: number) => {
    const parts = [head, ...groups];
    if (boxIds.length > 0) {
      const left = boxIds.length - n;
      parts.push(
        [
          '### Regenerate evidence',
          '',
          "Tick a product's box to have labelguard regenerate its filing evidence and update its refiling pull request.",
          '',
          REGENERATE_START,
          ...boxIds.slice(0, n).map((id) => regenerateLine(id)),
          REGENERATE_END,
          ...(left > 0
            ? [
                '',
                `${left} more product${left === 1 ? ' has' : 's have'} no box here, to keep this issue within GitHub's size limit: run \`labelguard evidence\` for them.`,
              ]
            : []),
        ].join('\n'),
      );
    }
    return parts.join('\n\n');
  };
  if (!fits(withBoxes(required))) return undefined;
  let lo = required;
  let hi = boxIds.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(withBoxes(mid))) lo = mid;
    else hi = mid - 1;
  }
  return withBoxes(lo);
}

/** Rows with the refiling pull request of their product, on the row of the filed scheme. */
function withPullRequests(rows: readonly StatusRow[], prs: readonly RefilingPullRequestLink[]): StatusRow[] {
  if (prs.length === 0) return [...rows];
  const byProduct = new Map<string, RefilingPullRequestLink>();
  for (const pr of [...prs].sort((a, b) => a.number - b.number)) {
    if (!byProduct.has(pr.productId)) byProduct.set(pr.productId, pr);
  }
  // The filed scheme's row carries the pull request; a product without a filing gets it on its first row.
  const target = new Map<string, StatusRow>();
  for (const r of rows) {
    const current = target.get(r.product);
    if (!current || (current.filingStatus === undefined && r.filingStatus !== undefined))
      target.set(r.product, r);
  }
  return rows.map((r) => {
    const pr = byProduct.get(r.product);
    return pr && target.get(r.product) === r
      ? { ...r, refilingPullRequest: { number: pr.number, url: pr.url } }
      : r;
  });
}
