/** The comments the refiling executor leaves on its pull requests. Data is escaped for Markdown. */
import type { ComparedCommit } from '../../github/index.js';
import { escapeMarkdown, inlineCode } from '../../markdown/escape.js';

/** Sticky-comment key of the "blocked by a person's commits" comment: one per pull request. */
export const BLOCKED_COMMENT_KEY = 'refiling-blocked';

const MAX_COMMITS_LISTED = 10;

/**
 * Why labelguard stopped updating a refiling pull request. The text depends only on the branch and the
 * commits in the way, so a rerun finds it unchanged and writes nothing.
 */
export function blockedComment(branch: string, base: string, foreign: readonly ComparedCommit[]): string {
  const listed = foreign.slice(0, MAX_COMMITS_LISTED).map((c) => {
    const who = c.authorLogin ?? c.authorEmail ?? 'an unknown author';
    const subject = c.message.split('\n')[0] ?? '';
    return `- \`${c.sha.slice(0, 12)}\` by ${escapeMarkdown(who, 80)}: ${escapeMarkdown(subject, 120)}`;
  });
  const more =
    foreign.length > MAX_COMMITS_LISTED ? [`- and ${foreign.length - MAX_COMMITS_LISTED} more`] : [];
  return [
    '### labelguard stopped updating this refiling pull request',
    '',
    `The changes or the evidence of this refiling have changed, but the branch ${inlineCode(branch)} carries ${foreign.length} commit${foreign.length === 1 ? '' : 's'} that labelguard did not make:`,
    '',
    ...listed,
    ...more,
    '',
    'labelguard never overwrites commits made by people, so the files here may now be out of date. To go on:',
    '',
    `- **Keep your commits:** update the evidence yourself (run \`labelguard evidence\` on this branch and commit what it writes), or merge as it is and let labelguard open a new refiling pull request against ${inlineCode(base)} for what is still missing.`,
    '- **Let labelguard regenerate it:** close this pull request and delete its branch; the next run opens a new one.',
  ].join('\n');
}

/** Why labelguard closed a refiling pull request whose need disappeared. */
export function obsoleteComment(
  base: string,
  branchDeleted: boolean,
  foreign: readonly ComparedCommit[],
): string {
  const lines = [
    `labelguard closed this refiling pull request: the product no longer has unrecorded changes on ${inlineCode(base)} (they were recorded another way, reverted, or are no longer classified as needing a record).`,
  ];
  if (branchDeleted) lines.push('', 'Its branch held only labelguard’s commit and was deleted.');
  else if (foreign.length > 0) {
    lines.push(
      '',
      `Its branch was kept: it carries ${foreign.length} commit${foreign.length === 1 ? '' : 's'} that labelguard did not make.`,
    );
  }
  return lines.join('\n');
}

/** The line a new refiling pull request gets when it replaces one a person closed. */
export function supersedesLine(closed: number): string {
  return `_This pull request replaces #${closed}, which was closed without merging before a new change appeared._`;
}

/** The pull request a body says it replaces, if it says so. */
export function supersededIn(body: string): number | undefined {
  const match = /^_This pull request replaces #(\d+), /m.exec(body);
  return match?.[1] !== undefined ? Number(match[1]) : undefined;
}

/** The line a closed pull request with the same changes gets in the result, explaining why nothing was opened. */
export function ignoredReason(closed: number): string {
  return (
    `The refiling pull request #${closed} for these changes was closed without merging. labelguard reads that as ` +
    '"ignore these changes" and opens a new pull request only when a new change appears. Reopen #' +
    `${closed} to have labelguard maintain it again.`
  );
}
