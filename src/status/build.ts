import { summaryOf, type LoadedProduct } from '../load/repository.js';
import type { Shard } from '../core/shard.js';
import type { ProductReport, Report, ReportFinding } from '../report/model.js';
import type { RulePack } from '../rules/index.js';
import { canonicalStatus } from '../schemas/index.js';
import { daysBetween, isDate } from './dates.js';
import { lifecycleOf } from './deadlines.js';
import { compareRows, summarise } from './order.js';
import type { RefilingPullRequestLink, ReportAge, StatusReport, StatusRow } from './types.js';
import { findingReason, urgencyOf } from './urgency.js';

/** What the status is built from: one check run (`runCheck`), so both always agree. */
export interface StatusSource {
  report: Report;
  repo: { products: readonly LoadedProduct[] };
  packs: { packs: readonly RulePack[] };
}

export interface StatusOptions {
  /** Recorded on the report of one shard, so that a merge can tell whether every shard is there. */
  shard?: Shard;
  /** Open refiling pull requests (the action looks them up; the CLI has none). */
  refilingPullRequests?: readonly RefilingPullRequestLink[];
}

// Change-log states in which a recorded material change still waits for the filing agency.
const openEntryStates = new Set(['refiling-required', 'refiling-submitted']);

/** One row per product and targeted scheme, with lifecycle dates and urgency, sorted most urgent first. */
export function buildStatus(source: StatusSource, options: StatusOptions = {}): StatusReport {
  const { report } = source;
  const loaded = new Map(source.repo.products.map((p) => [p.dir, p]));
  const schemeOfRule = new Map<string, string>();
  for (const pack of source.packs.packs) for (const r of pack.rules) schemeOfRule.set(r.id, pack.scheme);
  const prs = new Map<string, RefilingPullRequestLink>();
  for (const pr of [...(options.refilingPullRequests ?? [])].sort((a, b) => a.number - b.number)) {
    if (!prs.has(pr.productId)) prs.set(pr.productId, pr);
  }
  const rows = report.products.flatMap((p) =>
    rowsOf(p, loaded.get(p.path), {
      now: report.now,
      packs: source.packs.packs,
      schemeOfRule,
      pr: prs.get(p.id),
    }),
  );
  rows.sort(compareRows);
  return {
    version: 1,
    kind: 'labelguard-status',
    generator: { ...report.generator },
    now: report.now,
    ...(options.shard && options.shard.count > 1
      ? { shard: { index: options.shard.index, count: options.shard.count } }
      : {}),
    summary: summarise(rows),
    rows,
  };
}

interface RowContext {
  now: string;
  packs: readonly RulePack[];
  schemeOfRule: Map<string, string>;
  pr: RefilingPullRequestLink | undefined;
}

function rowsOf(p: ProductReport, loaded: LoadedProduct | undefined, ctx: RowContext): StatusRow[] {
  const { manifest, filing } = loaded ? summaryOf(loaded) : {};
  const counts = (fs: readonly ReportFinding[]) => ({
    errors: fs.filter((f) => !f.waived && f.severity === 'error').length,
    warnings: fs.filter((f) => !f.waived && f.severity === 'warning').length,
    blocking: fs.filter((f) => f.blocking).length,
  });
  if (!manifest) {
    // Nothing is known about the targets of a product whose manifest does not validate: one row says so.
    const errors = p.findings.filter((f) => !f.waived && f.severity === 'error');
    return [
      {
        product: p.id,
        path: p.path,
        openChanges: { recorded: 0, unrecorded: 0 },
        deadlines: [],
        urgency: 'action-needed',
        reasons: [
          `the product data cannot be read: ${errors.length} error${errors.length === 1 ? '' : 's'}`,
          ...errors.map(findingReason),
        ],
        findings: counts(p.findings),
      },
    ];
  }
  const schemes: { scheme: string; stars: number }[] = [];
  for (const l of manifest.labels) if (!schemes.some((s) => s.scheme === l.scheme)) schemes.push(l);
  // Findings and changes that belong to no pack rule (change detection, data problems) go to the row
  // of the filed scheme: the registered baseline they are judged against is that filing's.
  const primary =
    filing && schemes.some((s) => s.scheme === filing.scheme) ? filing.scheme : schemes[0]?.scheme;
  const changeLog = new Map((filing?.changes ?? []).map((c) => [c.id, c.status]));

  return schemes.map(({ scheme, stars }) => {
    const own = p.findings.filter((f) => (ctx.schemeOfRule.get(f.ruleId) ?? primary) === scheme);
    const schemeFiling = filing?.scheme === scheme ? filing : undefined;
    const material =
      scheme === primary ? (p.changes ?? []).filter((c) => c.classification === 'material') : [];
    const openChanges = {
      recorded: material.filter(
        (c) => c.recorded && (!c.changeLogId || openEntryStates.has(changeLog.get(c.changeLogId) ?? '')),
      ).length,
      unrecorded: material.filter((c) => !c.recorded).length,
    };
    const life = lifecycleOf({
      product: manifest,
      ...(schemeFiling ? { filing: schemeFiling } : {}),
      packs: ctx.packs.filter((pack) => pack.scheme === scheme),
      targetStars: stars,
      now: ctx.now,
    });
    const pr = scheme === primary ? ctx.pr : undefined;
    // Loading already reads 'filed' as 'granted'; the filing type still allows the spelling.
    const status = schemeFiling?.status === undefined ? undefined : canonicalStatus(schemeFiling.status);
    const statusSince = isDate(schemeFiling?.status_since) ? schemeFiling.status_since : undefined;
    const label = schemeFiling?.label;
    const registeredStars =
      status && status !== 'not-filed' ? (label?.stars ?? schemeFiling?.baseline?.stars) : undefined;
    const testReport = reportAge(manifest.evidence?.test_report, ctx.now, life.limits.testReportMonths);
    const pentestReport = reportAge(manifest.evidence?.pentest_report, ctx.now, life.limits.pentestMonths);
    const row: StatusRow = {
      product: p.id,
      path: p.path,
      model: manifest.model,
      scheme,
      targetStars: stars,
      ...(registeredStars !== undefined ? { registeredStars } : {}),
      ...(status ? { filingStatus: status } : {}),
      ...(statusSince ? { statusSince } : {}),
      ...(label?.filing_code ? { filingCode: label.filing_code } : {}),
      ...(isDate(label?.valid_until) ? { validUntil: label.valid_until } : {}),
      ...(isDate(manifest.security?.updates?.support_end)
        ? { supportEnd: manifest.security.updates.support_end }
        : {}),
      ...(testReport ? { testReport } : {}),
      ...(pentestReport ? { pentestReport } : {}),
      openChanges,
      ...(pr ? { refilingPullRequest: { number: pr.number, url: pr.url } } : {}),
      ...(life.deadlines[0] ? { nextDeadline: life.deadlines[0] } : {}),
      deadlines: life.deadlines,
      ...urgencyOf({
        ...(status ? { filingStatus: status } : {}),
        ...(statusSince ? { statusSince } : {}),
        openChanges,
        ...(pr ? { refilingPullRequest: pr } : {}),
        lifecycle: life,
        findings: own,
      }),
      findings: counts(own),
    };
    return row;
  });
}

/** A dated report's age as of `now`, with the limit that applies; undefined without a date. */
function reportAge(
  doc: { date?: string } | undefined,
  now: string,
  maxAgeMonths: number | undefined,
): ReportAge | undefined {
  if (!isDate(doc?.date)) return undefined;
  return {
    date: doc.date,
    ageDays: daysBetween(doc.date, now),
    ...(maxAgeMonths !== undefined ? { maxAgeMonths } : {}),
  };
}
