/**
 * The title, body and commit message of a refiling pull request. Every piece of data from the user's
 * repository is escaped for Markdown; the body fits GitHub's 65,536 characters by shortening the change
 * table, never by dropping the hidden metadata.
 */
import type { DetectedChange } from '../core/change.js';
import { MAX_BODY_CHARS } from '../markdown/limits.js';
import {
  escapeMarkdown,
  inertText,
  inlineCode,
  markdownLink,
  safeHttpsUrl,
  wellFormed,
} from '../markdown/escape.js';
import type { ChangeLogEntry } from '../schemas/index.js';
import type { RefilingFile, RefilingTrigger } from './types.js';

/** What the body is rendered from. */
export interface RefilingBodyInput {
  productId: string;
  productDir: string;
  scheme: string;
  /** The target branch. */
  base: string;
  /** The refiling branch. */
  branch: string;
  filingId: string;
  /** The changes recorded, sorted as they are shown. */
  changes: readonly DetectedChange[];
  /** The new change-log entries. */
  entries: readonly ChangeLogEntry[];
  files: readonly RefilingFile[];
  /** The filing status before and after, when the pull request changes it. */
  statusChange?: { from: string; to: string };
  triggeredBy?: RefilingTrigger;
  repositoryUrl?: string;
  /** The hidden metadata line, first line of the body. */
  metadataLine: string;
  /** Body limit; GitHub's 65,536 characters unless a test asks for less. */
  maxChars?: number;
}

/**
 * `Refile cam-x1 (cn-ccl): 2 material changes, 1 record change`, or `Record …` without material ones.
 * Counted per change-log entry (one change set each), not per difference.
 */
export function renderRefilingTitle(
  productId: string,
  scheme: string,
  changes: readonly Pick<DetectedChange, 'classification'>[],
): string {
  const material = changes.filter((c) => c.classification === 'material').length;
  const record = changes.length - material;
  const count = (n: number, what: string) => `${n} ${what} change${n === 1 ? '' : 's'}`;
  // A title links issue references and commit SHAs like Markdown does: `gh-12` must not become one.
  const product = `${inertText(productId, 64)} (${inertText(scheme, 32)})`;
  if (material === 0) return `Record ${count(record, 'record')} of ${product}`;
  return `Refile ${product}: ${count(material, 'material')}${record > 0 ? `, ${count(record, 'record')}` : ''}`;
}

/** The commit message: the title, what the commit writes, and the fingerprints it records. */
export function renderCommitMessage(input: {
  title: string;
  productDir: string;
  filingId: string;
  entries: readonly ChangeLogEntry[];
}): string {
  const ids = input.entries.map((e) => e.id).join(', ');
  const fingerprints = input.entries.flatMap((e) => e.fingerprints).sort();
  return [
    input.title,
    '',
    `Records the changes in ${input.productDir}/filing.yaml (${ids}) and adds the evidence generated for them in ${input.productDir}/filings/${input.filingId}/.`,
    '',
    `Fingerprints: ${fingerprints.join(', ')}`,
  ].join('\n');
}

/** The pull request body, and how many change rows were left out to fit the limit. */
export function renderRefilingBody(input: RefilingBodyInput): { body: string; omittedRows: number } {
  const maxChars = input.maxChars ?? MAX_BODY_CHARS;
  const head = headSection(input);
  const rows = input.changes.map((c) => changeRow(c, entryOf(input.entries, c.fingerprint)));
  const tail = tailSections(input);
  // One row per change-log entry (a change set: one feature, one classification); every difference it
  // records is listed, folded, below.
  const entryTable = [
    '### Changes',
    '',
    '| Change | Classification | Reason | Change log |',
    '|---|---|---|---|',
    ...input.entries.map((e) => entryRow(e, input.changes)),
  ].join('\n');
  const tableHead = [
    `<details><summary>Every difference these entries record (${input.changes.length})</summary>`,
    '',
    '| Change | From | To | Classification | Reason | Change log |',
    '|---|---|---|---|---|---|',
  ].join('\n');

  const assemble = (shown: number): string => {
    const omitted = rows.length - shown;
    const note =
      omitted > 0
        ? `\n\n_${omitted} more change${omitted === 1 ? ' is' : 's are'} not listed here: GitHub limits a pull request body to ${maxChars.toLocaleString('en-US')} characters. The change notification in the evidence lists every change._`
        : '';
    return `${head}\n\n${entryTable}\n\n${tableHead}\n${rows.slice(0, shown).join('\n')}${note}\n\n</details>\n\n${tail}\n`;
  };

  // Longest prefix of the table that fits: the length grows with the rows shown, so search for it.
  let low = 0;
  let high = rows.length;
  if (assemble(high).length > maxChars) {
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (assemble(mid).length <= maxChars) low = mid;
      else high = mid - 1;
    }
  } else {
    low = high;
  }
  const body = assemble(low);
  if (body.length > maxChars) {
    throw new RangeError(
      `The refiling pull request body for ${input.productId} needs ${body.length} characters without any change rows; GitHub accepts ${maxChars}.`,
    );
  }
  return { body, omittedRows: rows.length - low };
}

function headSection(input: RefilingBodyInput): string {
  const material = input.entries.filter((c) => c.classification === 'material').length;
  const record = input.entries.length - material;
  const differences =
    input.changes.length !== input.entries.length ? ` (${input.changes.length} differences)` : '';
  const parts = [
    material > 0 ? `**${material} material** (re-test and re-file with the filing agency)` : '',
    record > 0 ? `**${record} record** (recorded in the change log, no re-test by default)` : '',
  ].filter((p) => p !== '');
  const evidenceDir = `${input.productDir}/filings/${input.filingId}/`;
  const lines = [
    input.metadataLine,
    `## Refiling: ${inlineCode(input.productId)} (${escapeMarkdown(input.scheme)})`,
    '',
    `labelguard found ${input.entries.length} change${input.entries.length === 1 ? '' : 's'}${differences} to product ${inlineCode(input.productId)} that its filing record does not account for: ${parts.join(', ')}. ` +
      `This pull request records them in ${inlineCode(`${input.productDir}/filing.yaml`)} and adds freshly generated evidence under ${inlineCode(evidenceDir)}, for the branch ${inlineCode(input.base)}.`,
  ];
  if (input.statusChange) {
    lines.push(
      '',
      `Merging it sets the filing status from ${inlineCode(input.statusChange.from)} to ${inlineCode(input.statusChange.to)}.`,
    );
  }
  const trigger = triggerLine(input.triggeredBy);
  if (trigger) lines.push('', trigger);
  return lines.join('\n');
}

function triggerLine(trigger: RefilingTrigger | undefined): string | undefined {
  if (!trigger) return undefined;
  const sha = /^[0-9a-f]{7,64}$/i.test(trigger.sha)
    ? `\`${trigger.sha.slice(0, 12)}\``
    : escapeMarkdown(trigger.sha);
  // A bare #123 makes GitHub cross-reference the triggering pull request, which links the two both ways.
  const pr =
    trigger.pr !== undefined && Number.isSafeInteger(trigger.pr) && trigger.pr > 0
      ? safeHttpsUrl(trigger.url)
        ? markdownLink(`#${trigger.pr}`, trigger.url)
        : `#${trigger.pr}`
      : undefined;
  if (pr) return `Triggered by pull request ${pr} at commit ${sha}.`;
  const commit = safeHttpsUrl(trigger.url) ? markdownLink(trigger.sha.slice(0, 12), trigger.url) : sha;
  return `Triggered by commit ${commit}.`;
}

function changeRow(change: DetectedChange, entry: ChangeLogEntry | undefined): string {
  const cells = [
    `${inlineCode(change.kind, 80)} ${escapeMarkdown(change.subject, 120)}`,
    change.from !== undefined ? escapeMarkdown(change.from, 120) : '–',
    change.to !== undefined ? escapeMarkdown(change.to, 120) : '–',
    `${change.classification === 'material' ? '**material**' : escapeMarkdown(change.classification)} (${inlineCode(change.classId, 80)})`,
    escapeMarkdown(change.reason, 240),
    entry ? inlineCode(entry.id, 80) : '–',
  ];
  return `| ${cells.join(' | ')} |`;
}

function entryRow(entry: ChangeLogEntry, changes: readonly DetectedChange[]): string {
  const members = changes.filter((c) => entry.fingerprints.includes(c.fingerprint));
  const top = members.find((c) => c.classification === entry.classification) ?? members[0];
  const size = entry.fingerprints.length > 1 ? ` (${entry.fingerprints.length} differences)` : '';
  const cells = [
    `${escapeMarkdown(entry.summary, 300)}${size}`,
    `${entry.classification === 'material' ? '**material**' : escapeMarkdown(entry.classification)}${top ? ` (${inlineCode(top.classId, 80)})` : ''}`,
    top ? escapeMarkdown(top.reason, 240) : '–',
    inlineCode(entry.id, 80),
  ];
  return `| ${cells.join(' | ')} |`;
}

function entryOf(entries: readonly ChangeLogEntry[], fingerprint: string): ChangeLogEntry | undefined {
  return entries.find((e) => e.fingerprints.includes(fingerprint));
}

function tailSections(input: RefilingBodyInput): string {
  const evidenceDir = `${input.productDir}/filings/${input.filingId}`;
  const svgPath = `${evidenceDir}/label.svg`;
  const pngPath = `${evidenceDir}/label.png`;
  const has = (path: string) => input.files.some((f) => f.path === path);
  const sections: string[] = [];

  if (has(svgPath) || has(pngPath)) {
    const svg = has(svgPath) ? fileUrl(input.repositoryUrl, input.branch, svgPath) : undefined;
    const png = has(pngPath) ? fileUrl(input.repositoryUrl, input.branch, pngPath) : undefined;
    // A PR body cannot embed a data: URI; GitHub shows images from the repository by their blob URL.
    const preview =
      png !== undefined
        ? `[![Label preview](<${png}?raw=true>)](<${svg ?? png}>)`
        : svg !== undefined
          ? `[Label artwork (SVG)](<${svg}>)`
          : `The label artwork is in ${[svgPath, pngPath]
              .filter(has)
              .map((p) => inlineCode(p))
              .join(' and ')}.`;
    sections.push(
      [
        '### Label preview',
        '',
        preview,
        '',
        'The label stays a draft until the filing agency grants the refiling.',
      ].join('\n'),
    );
  }

  const filingPath = `${input.productDir}/filing.yaml`;
  const fileLines = [...input.files]
    .map((f) => f.path)
    .sort()
    .map((path) => {
      if (path !== filingPath) return `- ${inlineCode(path)}`;
      const ids = input.entries.map((e) => inlineCode(e.id)).join(', ');
      return `- ${inlineCode(path)}: ${input.entries.length} new change-log entr${input.entries.length === 1 ? 'y' : 'ies'} (${ids})${input.statusChange ? `, status ${inlineCode(input.statusChange.to)}` : ''}`;
    });
  sections.push(['### Files', '', ...fileLines].join('\n'));

  sections.push(
    [
      '### Before merging',
      '',
      `1. Review the evidence, complete ${inlineCode('declaration-draft.md')} and have it signed.`,
      '2. Give each new change-log entry a `justification` and an `approver`.',
      '3. Submit the refiling to the filing agency, then set the filing status to `refiling-submitted`.',
    ].join('\n'),
  );

  sections.push(
    [
      '<details><summary>How labelguard maintains this pull request</summary>',
      '',
      `- It regenerates this branch as one new commit on ${inlineCode(input.base)} when the changes or the evidence change, and leaves it alone otherwise.`,
      '- Once anyone else pushes a commit to this branch, labelguard stops updating it, never overwrites that commit, and says so in a comment.',
      '- It closes this pull request when the changes no longer need recording.',
      '- Closing it without merging means "ignore these changes": labelguard opens a new pull request only when a new change appears.',
      '',
      '</details>',
    ].join('\n'),
  );
  return sections.join('\n\n');
}

/** `<repository>/blob/<branch>/<path>` with each segment URL-encoded, or undefined without an https repository URL. */
function fileUrl(repositoryUrl: string | undefined, branch: string, path: string): string | undefined {
  const base = safeHttpsUrl(repositoryUrl);
  if (base === undefined) return undefined;
  // wellFormed: encodeURIComponent throws on a lone surrogate, and one odd name must not sink the body.
  const encode = (p: string) =>
    p
      .split('/')
      .map((s) => encodeURIComponent(wellFormed(s)))
      .join('/');
  return `${base.replace(/\/+$/, '')}/blob/${encode(branch)}/${encode(path)}`;
}
