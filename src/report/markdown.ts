import { policyChangeMarkdown } from './policy-change.js';
import type { DetectedChange } from '../core/change.js';
import { sourceLabel, type Source } from '../core/finding.js';
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
  groupFindings,
  groupOf,
  isUnrecordedMaterial,
  shownAsChange,
  orderedProducts,
  overallVerdict,
  repoPath,
  shownChanges,
  type FindingGroup,
} from './ordering.js';
import { append } from '../core/append.js';

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
    !(p.changes ?? []).some(isUnrecordedMaterial)
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
    const unrecorded = (p.changes ?? []).filter(isUnrecordedMaterial).length;
    return `| ${verdictIcon[p.verdict]} ${inlineCode(p.id, 80)} | ${labels(p)} | ${filing(p)} | ${count(blocking)} | ${count(unrecorded)} | ${count(warnings)} |`;
  });
  return [
    '| Product | Label | Filing | Blocking | Unrecorded changes | Warnings |',
    '|---|---|---|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

function productSection(p: ProductReport, ctx: Context): string {
  const groups = groupFindings(p.findings);
  const changes = shownChanges(p.changes);
  const unrecorded = changes.filter(isUnrecordedMaterial);
  const lines: string[] = [productHeadline(p, '####'), verdictLine(p.verdict, groups, unrecorded.length)];

  const table = changeTable(changes, ctx);
  if (table) lines.push(`**Changes since the registered baseline**\n\n${table}`);
  append(lines, findingSections(groups, ctx));
  const readiness = readinessLine(p.readiness, ctx);
  if (readiness) lines.push(readiness);
  const next = nextSteps(p, groups, unrecorded, ctx);
  if (next) lines.push(next);
  return lines.join('\n\n');
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

function changeTable(changes: DetectedChange[], ctx: Context): string {
  const kept = ctx.detail >= 3 ? changes.filter(isUnrecordedMaterial) : changes;
  ctx.cut.recordedChanges += changes.length - kept.length;
  if (kept.length === 0) return '';
  const rows = kept.map((c) => {
    const unrecorded = isUnrecordedMaterial(c);
    const subject = escapeMarkdown(c.subject, 120);
    const what = `${inlineCode(c.kind, 60)} ${unrecorded ? `**${subject}**` : subject}`;
    const fromTo = `${value(c.from)} → ${value(c.to)}`;
    const reason = ctx.detail >= 3 ? '' : ` — ${escapeMarkdown(c.reason, 160)}`;
    const cls = `${c.classification === 'material' ? '**material**' : escapeMarkdown(c.classification, 20)}${reason}`;
    return `| ${unrecorded ? '❗' : ''} | ${what} | ${fromTo} | ${cls} | ${recordedCell(c)} |`;
  });
  return ['| | Change | From → to | Classification | Recorded |', '|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}

function value(v: string | undefined): string {
  return v === undefined || v === '' ? '∅' : inlineCode(v, 100);
}

function recordedCell(c: DetectedChange): string {
  if (c.recorded) return `✅ ${c.changeLogId ? inlineCode(c.changeLogId, 60) : 'recorded'}`;
  return c.classification === 'material'
    ? `**❌ not recorded** ${inlineCode(c.fingerprint, 60)}`
    : 'not recorded';
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
      .sort(([a], [b]) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
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

const MAX_FINGERPRINTS = 10;

function nextSteps(
  p: ProductReport,
  groups: Map<FindingGroup, ReportFinding[]>,
  unrecorded: DetectedChange[],
  ctx: Context,
): string {
  const steps: string[] = [];
  if (unrecorded.length > 0) {
    const pr = ctx.prs.get(p.id);
    if (pr) {
      steps.push(
        `Merge the refiling pull request ${markdownLink(`#${pr.number}`, pr.url)}: it records ${unrecorded.length === 1 ? 'the change' : `the ${count(unrecorded.length)} changes`} in the filing record and carries regenerated evidence.`,
      );
    } else {
      const fps = unrecorded.slice(0, MAX_FINGERPRINTS).map((c) => inlineCode(c.fingerprint, 60));
      const more =
        unrecorded.length > MAX_FINGERPRINTS
          ? ` and ${count(unrecorded.length - MAX_FINGERPRINTS)} more`
          : '';
      steps.push(
        `Record the ${unrecorded.length === 1 ? 'change' : 'changes'}: add a change-log entry to ${inlineCode(repoPath(p.path, FILING_FILE), 200)} with ${unrecorded.length === 1 ? 'fingerprint' : 'fingerprints'} ${fps.join(', ')}${more}.`,
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
  return p.findings.length > 0 || shownChanges(p.changes).length > 0 || (p.readiness?.length ?? 0) > 0;
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
    .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : a.number - b.number))
    .map((pr) => `- 🔁 ${inlineCode(pr.productId, 80)} refiling PR ${markdownLink(`#${pr.number}`, pr.url)}`);
  const changes = products.flatMap((p) =>
    shownChanges(p.changes)
      .filter(isUnrecordedMaterial)
      .map((c) =>
        compact
          ? `- ❗ ${inlineCode(p.id, 80)} ${inlineCode(c.fingerprint, 60)}`
          : `- ❗ ${inlineCode(p.id, 80)} unrecorded ${inlineCode(c.kind, 60)} ${escapeMarkdown(c.subject, 160)} ${value(c.from)} → ${value(c.to)} ${inlineCode(c.fingerprint, 60)}`,
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
  const changes = report.products.flatMap((p) => (p.changes ?? []).filter(isUnrecordedMaterial)).length;
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
