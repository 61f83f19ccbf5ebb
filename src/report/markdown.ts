import { policyChangeMarkdown } from './policy-change.js';
import type { ChangeSet, DetectedChange } from '../core/change.js';
import { compareText, sourceLabel, type Source } from '../core/finding.js';
import {
  count,
  cutToFit,
  detailLevels,
  fillLines,
  firstThatFits,
  plural,
  sizeOf,
  sizeUnit,
  type Detail,
  type MarkdownMode,
} from './budget.js';
import { escapeMarkdown, inlineCode, markdownLink } from '../markdown/escape.js';
import type { ProductReport, Readiness, Report, ReportFinding } from './model.js';
import {
  FILING_FILE,
  changeSetsOf,
  groupFindings,
  groupOf,
  isOpenMaterial,
  shownAsChange,
  orderedProducts,
  overallVerdict,
  repoPath,
  shownSets,
  type FindingGroup,
} from './ordering.js';

/** A refiling pull request labelguard opened (or found) for a product. */
export interface RefilingPr {
  productId: string;
  url: string;
  number: number;
}

export interface MarkdownOptions {
  /** Heading of the report; `labelguard` when absent. */
  title?: string;
  /** Where the full report is, e.g. the workflow run URL; linked only when it is https. */
  reportUrl?: string;
  /**
   * Size budget of the body: characters for a comment, UTF-8 bytes for a job summary (GitHub's
   * summary limit is in bytes). A caller that adds markers must leave room for them.
   */
  maxChars: number;
  mode: MarkdownMode;
  refilingPrs?: RefilingPr[];
}

type Verdict = 'pass' | 'warn' | 'fail';

const verdictIcon: Record<Verdict, string> = { fail: '❌', warn: '⚠️', pass: '✅' };

const groupTitle: Record<FindingGroup, string> = {
  blocking: 'Blocking',
  error: 'Errors (not blocking under this policy)',
  warning: 'Warnings',
  info: 'Notes',
  waived: 'Waived',
};

const groupNoun: Record<FindingGroup, string> = {
  blocking: 'blocking finding',
  error: 'non-blocking error',
  warning: 'warning',
  info: 'note',
  waived: 'waived finding',
};

const groupIcon: Record<FindingGroup, string> = {
  blocking: '❌',
  error: '❗',
  warning: '⚠️',
  info: 'ℹ️',
  waived: '🔕',
};

/** What a degraded rendering left out, for the closing note. */
interface Cut {
  passingDetails: number;
  passingUnlisted: number;
  nonBlocking: number;
  recordedChanges: number;
  extras: boolean;
}

interface Context {
  report: Report;
  opts: MarkdownOptions;
  detail: Detail;
  prs: Map<string, RefilingPr>;
  cut: Cut;
}

/**
 * The report as GitHub Markdown for a pull-request comment or a job summary, within `maxChars`:
 * rendered in full, then degraded step by step until it fits, always keeping every blocking finding and
 * every unrecorded material change, and saying what was cut and where the full report is.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions): string {
  const fits = (text: string) => sizeOf(text, opts.mode) <= opts.maxChars;
  const chosen = firstThatFits(detailLevels, (detail) => renderAt(report, opts, detail), fits);
  return chosen ? chosen.text : renderOverflow(report, opts, fits);
}

/** The report at one level of detail, with no regard to size. */
export function renderAt(report: Report, opts: MarkdownOptions, detail: Detail): string {
  const ctx: Context = {
    report,
    opts,
    detail,
    prs: new Map((opts.refilingPrs ?? []).map((pr) => [pr.productId, pr])),
    cut: { passingDetails: 0, passingUnlisted: 0, nonBlocking: 0, recordedChanges: 0, extras: false },
  };
  if (detail === 4) return minimal(ctx);

  const products = orderedProducts(report);
  const collapsible = products.filter(isCollapsible);
  const shown = products.filter((p) => !isCollapsible(p));

  const blocks: string[] = [
    heading(ctx),
    countsLine(report),
    policyChangeMarkdown(report, detail <= 2 ? 30 : 5),
  ];
  if (opts.mode === 'summary' && detail <= 2) blocks.push(overview(detail === 0 ? products : shown));
  for (const p of shown) blocks.push(productSection(p, ctx));
  if (report.findings.length > 0) blocks.push(repositorySection(ctx));
  if (collapsible.length > 0) blocks.push(passingSection(collapsible, ctx));
  const note = cutNote(ctx);
  if (note) blocks.push(note);
  blocks.push(footer(report));
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}

// A passing product with nothing that must always be shown may be folded away.
function isCollapsible(p: ProductReport): boolean {
  return (
    p.verdict === 'pass' &&
    !p.findings.some((f) => groupOf(f) === 'blocking') &&
    !changeSetsOf(p).some(isOpenMaterial)
  );
}

function heading(ctx: Context): string {
  const { report, opts } = ctx;
  const verdict = overallVerdict(report);
  const title = escapeMarkdown(opts.title ?? 'labelguard', 120);
  return `${opts.mode === 'summary' ? '##' : '###'} ${verdictIcon[verdict]} ${title}: ${headlinePhrase(report, verdict)}`;
}

function headlinePhrase(report: Report, verdict: Verdict): string {
  const products = report.products.length;
  if (verdict === 'fail') {
    const failing = report.products.filter((p) => p.verdict === 'fail').length;
    if (failing === 0) return 'blocking findings';
    return `${count(failing)} of ${plural(products, 'product')} ${failing === 1 ? 'fails' : 'fail'}`;
  }
  if (verdict === 'warn') return 'passes with warnings';
  if (products === 0) return 'no products to check';
  return products === 1 ? 'the product passes' : `all ${count(products)} products pass`;
}

function countsLine(report: Report): string {
  const s = report.summary;
  const parts = [
    s.blocking > 0 ? `**${count(s.blocking)} blocking**` : '0 blocking',
    plural(s.warnings, 'warning'),
    s.unrecorded > 0
      ? `**${plural(s.unrecorded, 'unrecorded material change')}**`
      : '0 unrecorded material changes',
    `${plural(s.products, 'product')} checked`,
    `as of ${escapeMarkdown(report.now, 40)}`,
    `fail-on ${inlineCode(report.policy.failOn, 40)}${report.policy.warnOnly ? ' (warn-only)' : ''}`,
  ];
  return parts.join(' · ');
}

function overview(products: ProductReport[]): string {
  if (products.length === 0) return '';
  const rows = products.map((p) => {
    const blocking = p.findings.filter((f) => groupOf(f) === 'blocking').length;
    const warnings = p.findings.filter((f) => groupOf(f) === 'warning').length;
    const unrecorded = changeSetsOf(p).filter(isOpenMaterial).length;
    return `| ${verdictIcon[p.verdict]} ${inlineCode(p.id, 80)} | ${labels(p)} | ${filing(p)} | ${count(blocking)} | ${count(unrecorded)} | ${count(warnings)} |`;
  });
  return [
    '| Product | Label | Filing | Blocking | Unrecorded changes | Warnings |',
    '|---|---|---|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

/**
 * One product: the first screen (what changed as change sets, whether it is recorded, what to do; every
 * blocking item) and, folded in <details>, the full change table with each set's members, the entries
 * to paste, the non-blocking findings and readiness.
 */
function productSection(p: ProductReport, ctx: Context): string {
  const groups = groupFindings(p.findings);
  const sets = shownSets(p);
  const open = sets.filter(isOpenMaterial);
  const lines: string[] = [productHeadline(p, '####'), verdictLine(p.verdict, groups, open.length)];
  const screen = firstScreen(p, sets, groups, ctx);
  if (screen) lines.push(screen);
  const next = nextSteps(p, groups, open, ctx);
  if (next) lines.push(next);
  const table = changeTable(sets, p, ctx);
  if (table) lines.push(folded(`All changes since the registered baseline (${changeCount(sets, p)})`, table));
  const findings = findingSections(groups, ctx);
  const readiness = readinessLine(p.readiness, ctx);
  if (readiness) findings.push(readiness);
  const notBlocking = nonBlockingSummary(groups);
  if (findings.length > 0) {
    lines.push(notBlocking ? folded(notBlocking, findings.join('\n\n')) : findings.join('\n\n'));
  }
  return lines.join('\n\n');
}

/** GitHub renders Markdown inside <details> only after a blank line. */
function folded(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function changeCount(sets: readonly ChangeSet[], p: ProductReport): string {
  const members = sets.reduce((n, x) => n + x.fingerprints.length, 0);
  const diffs = (p.changes ?? []).length;
  const none = diffs - members;
  return `${plural(sets.length, 'change')}, ${plural(members, 'difference')}${none > 0 ? ` and ${count(none)} needing no record` : ''}`;
}

function nonBlockingSummary(groups: Map<FindingGroup, ReportFinding[]>): string {
  const parts = (['blocking', 'error', 'warning', 'info', 'waived'] as const)
    .filter((g) => groups.get(g)!.length > 0)
    .map((g) =>
      g === 'waived' ? `${count(groups.get(g)!.length)} waived` : plural(groups.get(g)!.length, groupNoun[g]),
    );
  return parts.length > 0 ? `Findings in full (${parts.join(', ')}) and readiness` : 'Readiness';
}

const FIRST_SCREEN_OTHERS = 3;

/**
 * The handful of lines a reviewer reads: every unrecorded material change set and every blocking
 * finding (never cut), then one line for the rest still to record and one for what is recorded.
 */
function firstScreen(
  p: ProductReport,
  sets: readonly ChangeSet[],
  groups: Map<FindingGroup, ReportFinding[]>,
  ctx: Context,
): string {
  const lines: string[] = [];
  for (const set of sets.filter(isOpenMaterial)) {
    const members = set.fingerprints.length > 1 ? ` (${plural(set.fingerprints.length, 'difference')})` : '';
    lines.push(
      `- ❗ **${escapeMarkdown(set.title, 300)}**${members} — **material, not recorded** ${inlineCode(set.classId, 60)} → ${inlineCode(set.suggestedId ?? set.id, 60)}`,
    );
  }
  for (const f of groups.get('blocking')!) {
    lines.push(`- ❌ ${inlineCode(f.ruleId, 80)} ${escapeMarkdown(f.message, 300)} — ${location(f)}`);
    if (f.hint && ctx.detail <= 2) lines.push(`  - ${escapeMarkdown(firstLine(f.hint), 300)}`);
  }
  const toRecord = sets.filter((x) => x.pending !== 'none' && !isOpenMaterial(x));
  if (toRecord.length > 0) {
    const names = toRecord.slice(0, FIRST_SCREEN_OTHERS).map((x) => escapeMarkdown(x.title, 70));
    const more =
      toRecord.length > FIRST_SCREEN_OTHERS
        ? `, and ${count(toRecord.length - FIRST_SCREEN_OTHERS)} more`
        : '';
    lines.push(
      `- ⚠️ ${plural(toRecord.length, 'change')} to record (not material): ${names.join('; ')}${more}`,
    );
  }
  const recorded = sets.filter((x) => x.pending === 'none');
  if (recorded.length > 0) {
    const ids = [...new Set(recorded.flatMap((x) => (x.changeLogId ? [x.changeLogId] : [])))];
    lines.push(
      `- ✅ ${plural(recorded.length, 'change')} recorded${
        ids.length > 0
          ? ` (${ids
              .slice(0, 5)
              .map((id) => inlineCode(id, 60))
              .join(', ')})`
          : ''
      }`,
    );
  }
  return lines.join('\n');
}

function firstLine(text: string): string {
  const i = text.indexOf('\n');
  return i < 0 ? text : text.slice(0, i);
}

function productHeadline(p: ProductReport, level: string): string {
  const model = p.model !== undefined && p.model !== '' ? ` — ${escapeMarkdown(p.model, 120)}` : '';
  return `${level} ${verdictIcon[p.verdict]} ${inlineCode(p.id, 120)}${model} · ${labels(p)} · ${filing(p)}`;
}

function productLine(p: ProductReport): string {
  const model = p.model !== undefined && p.model !== '' ? ` — ${escapeMarkdown(p.model, 120)}` : '';
  return `- ${verdictIcon[p.verdict]} ${inlineCode(p.id, 120)}${model} · ${labels(p)} · ${filing(p)}`;
}

function labels(p: ProductReport): string {
  const text = p.labels.map((l) => `${escapeMarkdown(l.scheme, 40)} ${stars(l.stars)}`).join(', ');
  return text === '' ? 'no label target' : text;
}

function filing(p: ProductReport): string {
  return p.filingStatus !== undefined && p.filingStatus !== ''
    ? `filing ${escapeMarkdown(p.filingStatus, 60)}`
    : 'not filed';
}

function stars(n: number): string {
  if (Number.isInteger(n) && n >= 1 && n <= 10) return '★'.repeat(n);
  return n === 0 ? 'none' : escapeMarkdown(String(n), 20);
}

function verdictLine(
  verdict: Verdict,
  groups: Map<FindingGroup, ReportFinding[]>,
  unrecorded: number,
): string {
  const size = (g: FindingGroup) => groups.get(g)!.length;
  const parts: string[] = [];
  if (size('blocking') > 0) parts.push(plural(size('blocking'), 'blocking finding'));
  if (unrecorded > 0) parts.push(plural(unrecorded, 'unrecorded material change'));
  if (size('error') > 0) parts.push(plural(size('error'), 'non-blocking error'));
  if (size('warning') > 0) parts.push(plural(size('warning'), 'warning'));
  if (size('info') > 0) parts.push(plural(size('info'), 'note'));
  if (size('waived') > 0) parts.push(`${count(size('waived'))} waived`);
  const word = verdict === 'fail' ? 'Fails' : verdict === 'warn' ? 'Passes with warnings' : 'Passes';
  return parts.length > 0 ? `**${word}:** ${parts.join(' · ')}` : `**${word}.**`;
}

/** Every change set as a row; a set's members, folded below the table. */
function changeTable(sets: readonly ChangeSet[], p: ProductReport, ctx: Context): string {
  const kept = ctx.detail >= 3 ? sets.filter(isOpenMaterial) : sets;
  ctx.cut.recordedChanges += sets.length - kept.length;
  if (kept.length === 0) return '';
  const byFingerprint = new Map((p.changes ?? []).map((c) => [c.fingerprint, c]));
  const rows = kept.map((x) => {
    const open = isOpenMaterial(x);
    const title = escapeMarkdown(x.title, 300);
    const size = x.fingerprints.length > 1 ? ` (${plural(x.fingerprints.length, 'difference')})` : '';
    const reason = ctx.detail >= 3 ? '' : ` — ${escapeMarkdown(x.reason, 160)}`;
    const cls = `${x.classification === 'material' ? '**material**' : escapeMarkdown(x.classification, 20)}${reason}`;
    return `| ${open ? '❗' : ''} | ${open ? `**${title}**` : title}${size} | ${cls} | ${recordedCell(x)} |`;
  });
  const table = ['| | Change | Classification | Recorded |', '|---|---|---|---|', ...rows].join('\n');
  if (ctx.detail >= 2) return table;
  const members = kept
    .filter((x) => x.fingerprints.length > 1)
    .map((x) => folded(`Members of: ${escapeMarkdown(x.title, 200)}`, memberTable(x, byFingerprint)));
  return [table, ...members].join('\n\n');
}

function memberTable(set: ChangeSet, byFingerprint: Map<string, DetectedChange>): string {
  const rows = set.fingerprints.map((f) => {
    const c = byFingerprint.get(f);
    if (!c) return `| ${inlineCode(f, 60)} | | | |`;
    return `| ${inlineCode(c.kind, 60)} ${escapeMarkdown(c.subject, 120)} | ${value(c.from)} → ${value(c.to)} | ${escapeMarkdown(c.classification, 20)} ${inlineCode(c.classId, 60)} | ${c.recorded ? '✅' : '❌'} ${inlineCode(f, 60)} |`;
  });
  return ['| Member | From → to | Classification | Fingerprint |', '|---|---|---|---|', ...rows].join('\n');
}

function value(v: string | undefined): string {
  return v === undefined || v === '' ? '∅' : inlineCode(v, 100);
}

function recordedCell(x: ChangeSet): string {
  if (x.pending === 'none') return `✅ ${x.changeLogId ? inlineCode(x.changeLogId, 60) : 'recorded'}`;
  const partly =
    x.unrecorded.length < x.fingerprints.length
      ? ` (${count(x.unrecorded.length)} of ${count(x.fingerprints.length)})`
      : '';
  const id = x.suggestedId ? ` → ${inlineCode(x.suggestedId, 60)}` : '';
  // The set's id (its first member's fingerprint) names it in `labelguard record --change`.
  const fingerprint = ` ${inlineCode(x.id, 60)}`;
  return x.pending === 'material'
    ? `**❌ not recorded**${partly}${fingerprint}${id}`
    : `not recorded${partly}${fingerprint}${id}`;
}

function findingSections(groups: Map<FindingGroup, ReportFinding[]>, ctx: Context): string[] {
  const out: string[] = [];
  const dropped = new Map<FindingGroup, number>();
  for (const [group, findings] of groups) {
    if (findings.length === 0) continue;
    if (ctx.detail >= 2 && group !== 'blocking') {
      dropped.set(group, findings.length);
      continue;
    }
    out.push(
      `**${groupTitle[group]} (${count(findings.length)})**\n\n${findings.map((f) => findingItem(f, group, ctx)).join('\n')}`,
    );
  }
  const total = [...dropped.values()].reduce((a, b) => a + b, 0);
  if (total > 0) {
    ctx.cut.nonBlocking += total;
    const kinds = [...dropped].map(([g, n]) =>
      g === 'waived' ? `${count(n)} waived` : plural(n, groupNoun[g]),
    );
    out.push(`_✂️ ${plural(total, 'non-blocking finding')} not shown (${kinds.join(', ')})._`);
  }
  return out;
}

function findingItem(f: ReportFinding, group: FindingGroup, ctx: Context): string {
  const brief = ctx.detail >= 3;
  const message = escapeMarkdown(f.message, brief ? 200 : 500);
  const lines = [`- ${groupIcon[group]} ${inlineCode(f.ruleId, 80)} ${message} — ${location(f)}`];
  if (f.waived) {
    lines.push(
      `  - Waived by ${escapeMarkdown(f.waived.approver, 80)} until ${escapeMarkdown(f.waived.expires, 40)}: ${escapeMarkdown(f.waived.justification)}`,
    );
  }
  if (brief) {
    if ((f.sources?.length ?? 0) > 0 || f.hint) ctx.cut.extras = true;
    return lines.join('\n');
  }
  if (f.sources && f.sources.length > 0) lines.push(`  - Sources: ${sources(f.sources)}`);
  if (f.hint && !f.waived) lines.push(`  - Hint: ${escapeMarkdown(f.hint)}`);
  return lines.join('\n');
}

function location(f: { file: string; line: number }): string {
  return f.line >= 1 ? inlineCode(`${f.file}:${f.line}`, 200) : inlineCode(f.file, 200);
}

/** Sources as links when their URL is https, otherwise as text with the URL neutralised. */
export function sources(list: readonly Source[]): string {
  return list
    .map((s) => {
      return markdownLink(sourceLabel(s), s.url, 160);
    })
    .join(' · ');
}

function readinessLine(readiness: Readiness[] | undefined, ctx: Context): string {
  if (!readiness || readiness.length === 0) return '';
  const parts = readiness.map((r) => {
    const base = `${escapeMarkdown(r.scheme, 40)}: target ${stars(r.target)}, meets ${r.met > 0 ? stars(r.met) : 'none'}`;
    const gaps = Object.entries(r.gaps)
      .filter(([, ids]) => ids.length > 0)
      .sort(([a], [b]) => Number(a) - Number(b) || compareText(a, b));
    if (gaps.length === 0) return base;
    if (ctx.detail >= 3) {
      ctx.cut.extras = true;
      return base;
    }
    const text = gaps
      .map(([level, ids]) => {
        const shown = ids.slice(0, 20).map((id) => inlineCode(id, 60));
        const more = ids.length > 20 ? ` and ${count(ids.length - 20)} more` : '';
        return `${stars(Number(level))} blocked by ${shown.join(', ')}${more}`;
      })
      .join('; ');
    return `${base} — ${text}`;
  });
  return `**Readiness:** ${parts.join(' · ')}`;
}

const MAX_FINGERPRINTS = 5;

function nextSteps(
  p: ProductReport,
  groups: Map<FindingGroup, ReportFinding[]>,
  unrecorded: ChangeSet[],
  ctx: Context,
): string {
  const steps: string[] = [];
  if (unrecorded.length > 0) {
    const pr = ctx.prs.get(p.id);
    const one = unrecorded.length === 1;
    if (pr) {
      steps.push(
        `Merge the refiling pull request ${markdownLink(`#${pr.number}`, pr.url)}: it records ${one ? 'the change' : `the ${count(unrecorded.length)} changes`} in the filing record and carries regenerated evidence.`,
      );
    } else {
      const ids = unrecorded.flatMap((x) => (x.suggestedId ? [inlineCode(x.suggestedId, 60)] : []));
      const shown =
        ids.length > 0
          ? ` ${ids.slice(0, MAX_FINGERPRINTS).join(', ')}${ids.length > MAX_FINGERPRINTS ? ', …' : ''}`
          : '';
      steps.push(
        `Record ${one ? 'it' : 'them'}: run \`labelguard record\` ${inlineCode(repoPath(p.path, '').replace(/\/$/, '') || '.', 200)} and commit ${inlineCode(repoPath(p.path, FILING_FILE), 200)}${shown ? ` (${one ? 'entry' : 'entries'}${shown})` : ''}; \`labelguard check\` prints the ${one ? 'entry' : 'entries'} to paste by hand.`,
      );
    }
  }
  const blocking = groups.get('blocking')!.length;
  if (blocking > 0) {
    steps.push(
      `Fix ${blocking === 1 ? 'the blocking finding' : `the ${count(blocking)} blocking findings`}, or request a waiver for one you accept: a \`waivers\` entry in \`.labelguard.yml\` with rule, product, justification, approver and expiry.`,
    );
  }
  if (steps.length === 0 && p.verdict === 'warn')
    steps.push('Nothing blocks the merge; review the warnings.');
  if (steps.length === 0) return '';
  return steps.length === 1
    ? `**Next step:** ${steps[0]!}`
    : `**Next steps:**\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`;
}

function repositorySection(ctx: Context): string {
  const groups = groupFindings(ctx.report.findings);
  return ['#### Repository-wide findings', ...findingSections(groups, ctx)].join('\n\n');
}

function passingSection(products: ProductReport[], ctx: Context): string {
  const summary = `✅ ${plural(products.length, 'product')} ${products.length === 1 ? 'passes' : 'pass'}`;
  if (ctx.detail >= 3) {
    ctx.cut.passingUnlisted += products.length;
    return `${summary} (not listed).`;
  }
  let body: string;
  if (ctx.detail === 0) {
    body = products.map((p) => productSection(p, ctx)).join('\n\n');
  } else {
    ctx.cut.passingDetails += products.filter(hasDetails).length;
    body = products.map(productLine).join('\n');
  }
  // GitHub renders Markdown inside <details> only after a blank line.
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function hasDetails(p: ProductReport): boolean {
  return p.findings.length > 0 || shownSets(p).length > 0 || (p.readiness?.length ?? 0) > 0;
}

function fullReportPointer(opts: MarkdownOptions): string {
  if (opts.reportUrl !== undefined && opts.reportUrl.trim() !== '') {
    return `Full report: ${markdownLink('workflow run', opts.reportUrl, 200)}.`;
  }
  return 'Run `labelguard check` for the full report.';
}

function limitText(opts: MarkdownOptions): string {
  return `${count(opts.maxChars)} ${sizeUnit(opts.mode)}`;
}

function cutNote(ctx: Context): string {
  const { cut } = ctx;
  const parts: string[] = [];
  if (cut.passingDetails > 0) parts.push(`details of ${plural(cut.passingDetails, 'passing product')}`);
  if (cut.passingUnlisted > 0) parts.push(`the list of ${plural(cut.passingUnlisted, 'passing product')}`);
  if (cut.nonBlocking > 0) parts.push(plural(cut.nonBlocking, 'non-blocking finding'));
  if (cut.recordedChanges > 0) parts.push(plural(cut.recordedChanges, 'recorded or record-only change'));
  if (cut.extras) parts.push('sources, hints and readiness gaps');
  if (parts.length === 0) return '';
  return [
    '---',
    `✂️ **Shortened to fit the size limit of ${limitText(ctx.opts)}.** Not shown: ${parts.join('; ')}. ` +
      `Every blocking finding and every unrecorded material change is shown. ${fullReportPointer(ctx.opts)}`,
  ].join('\n\n');
}

function footer(report: Report): string {
  return `<sub>${escapeMarkdown(report.generator.name, 40)} ${escapeMarkdown(report.generator.version, 40)}</sub>`;
}

/**
 * The items that are always kept, one line each: refiling PRs, unrecorded changes, blocking findings.
 * A finding's file path names its product folder, so the product id is not repeated; compact lines,
 * for when even these overflow, also leave out the messages.
 */
function essentialLines(report: Report, opts: MarkdownOptions, compact: boolean): string[] {
  const products = orderedProducts(report);
  const prs = (opts.refilingPrs ?? [])
    .filter((pr) => products.some((p) => p.id === pr.productId))
    .sort((a, b) => compareText(a.productId, b.productId) || a.number - b.number)
    .map((pr) => `- 🔁 ${inlineCode(pr.productId, 80)} refiling PR ${markdownLink(`#${pr.number}`, pr.url)}`);
  const changes = products.flatMap((p) =>
    changeSetsOf(p)
      .filter(isOpenMaterial)
      .map((x) =>
        compact
          ? `- ❗ ${inlineCode(p.id, 80)} ${inlineCode(x.id, 60)}`
          : `- ❗ ${inlineCode(p.id, 80)} unrecorded ${escapeMarkdown(x.title, 200)} ${inlineCode(x.id, 60)}`,
      ),
  );
  const blockingLine = (f: ReportFinding) =>
    compact
      ? `- ❌ ${inlineCode(f.ruleId, 80)} ${location(f)}`
      : `- ❌ ${inlineCode(f.ruleId, 80)} ${location(f)} ${escapeMarkdown(f.message, 100)}`;
  const findings = [
    ...products.flatMap((p) => groupFindings(p.findings).get('blocking')!.map(blockingLine)),
    ...groupFindings(report.findings).get('blocking')!.map(blockingLine),
  ];
  return [...prs, ...changes, ...findings];
}

function essentialCount(report: Report): number {
  const changes = report.products.flatMap((p) => changeSetsOf(p).filter(isOpenMaterial)).length;
  const findings = [...report.products.flatMap((p) => p.findings), ...report.findings].filter(
    (f) => groupOf(f) === 'blocking' && !shownAsChange(f),
  ).length;
  return changes + findings;
}

function minimalNote(report: Report, opts: MarkdownOptions): string {
  const all = [...report.products.flatMap((p) => p.findings), ...report.findings].filter(
    (f) => !shownAsChange(f),
  );
  const nonBlocking = all.filter((f) => groupOf(f) !== 'blocking').length;
  const hidden =
    nonBlocking > 0 ? ` ${plural(nonBlocking, 'non-blocking finding')} and all details not shown.` : '';
  return `✂️ Only blocking findings and unrecorded material changes are listed, to fit the size limit of ${limitText(opts)}.${hidden} ${fullReportPointer(opts)}`;
}

function minimal(ctx: Context): string {
  const policy = policyChangeMarkdown(ctx.report, 0);
  const head = `${heading(ctx)}\n\n${countsLine(ctx.report)}\n${policy ? `\n${policy}\n` : ''}`;
  const lines = essentialLines(ctx.report, ctx.opts, false);
  return `${[head, ...lines, '', minimalNote(ctx.report, ctx.opts)].join('\n')}\n`;
}

/** Even one line per blocking item is too much: as many lines as fit, and how many did not. */
function renderOverflow(report: Report, opts: MarkdownOptions, fits: (text: string) => boolean): string {
  const ctx: Context = {
    report,
    opts,
    detail: 4,
    prs: new Map(),
    cut: { passingDetails: 0, passingUnlisted: 0, nonBlocking: 0, recordedChanges: 0, extras: false },
  };
  const policy = policyChangeMarkdown(report, 0);
  const head = `${heading(ctx)}\n\n${countsLine(report)}\n${policy ? `\n${policy}\n` : ''}`;
  const lines = essentialLines(report, opts, true);
  const total = essentialCount(report);
  const tail = (omitted: number) =>
    omitted === 0
      ? `\n${minimalNote(report, opts)}\n`
      : `\n✂️ Even one line per blocking item (${count(total)}) exceeds the size limit of ${limitText(opts)}: ` +
        `${count(omitted)} of ${count(lines.length)} lines are not shown. ${fullReportPointer(opts)}\n`;
  // When not even the heading fits, it is cut: it is built from escaped parts, so a prefix of it is still
  // safe Markdown (at worst a dangling backslash or a broken entity, which render as text).
  return fillLines(head, lines, tail, fits, (text) => cutToFit(text, fits));
}
