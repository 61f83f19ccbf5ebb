import { escapeMarkdown, plainText } from '../markdown/escape.js';
import type { Report } from './model.js';

/**
 * The policy change of a judged change, shown right under the verdict: a reviewer must see that the pull
 * request changes the rules it is judged by, and how (what, from → to). Empty when it changes none.
 */
export function policyChangeMarkdown(report: Report, maxRows: number): string {
  const change = report.policyChange;
  if (!change) return '';
  const head = `> [!WARNING]\n> **This change modifies the policy.** ${judgedWith(change.from, escapeMarkdown(change.from, 80))}`;
  if (change.lines.length === 0) return head;
  const rows = change.lines
    .slice(0, maxRows)
    .map(
      (l) =>
        `> | ${escapeMarkdown(l.what, 120)} | ${escapeMarkdown(l.from, 160)} | ${escapeMarkdown(l.to, 160)} |`,
    );
  const more = change.lines.length - rows.length;
  return [
    head,
    '>',
    '> | Policy | From | To |',
    '> |---|---|---|',
    ...rows,
    ...(more > 0 ? ['>', `> … and ${more} more (see the JSON report).`] : []),
  ].join('\n');
}

/** The same for the terminal: one line per difference. */
export function policyChangeText(report: Report): string[] {
  const change = report.policyChange;
  if (!change) return [];
  // One line per value, control characters removed, nothing cut (as every line of the text report).
  const one = (v: string) => plainText(v, Number.MAX_SAFE_INTEGER);
  return [
    `POLICY CHANGED: ${judgedWith(change.from, one(change.from))}`,
    ...change.lines.map((l) => `    policy  ${one(l.what)}: ${one(l.from)} → ${one(l.to)}`),
    '',
  ];
}

/** Which policy judged the change, as a sentence; `shown` is `from` escaped for the output. */
function judgedWith(from: string, shown: string): string {
  return from.startsWith('base ')
    ? `It was judged with the policy of the ${shown}; its own applies once merged.`
    : `It was judged with its own policy (${shown}), as asked.`;
}
