// The lifecycle dates of one product under one scheme. Which dates apply, and their limits, come from the
// scheme's rule packs: a deadline exists only when a rule in scope at the target level reads the data or the
// threshold behind it (CCL-LBL-008 reads renewal_window_days, CCL-PEN-003 pentest_max_age_months…), so a
// pack without a renewal rule has no renewal deadline, and the dates agree with the findings of the check.
import { categoryInput, effectiveThresholds, type Rule, type RulePack } from '../rules/index.js';
import type { FilingSummary, ManifestSummary } from '../load/summary.js';
import { addDays, addMonths, daysBetween, isDate } from './dates.js';
import type { Deadline, DeadlineKind } from './types.js';

/** Filing states in which a label is on the market, so its validity runs. */
const labelledStatuses = new Set(['granted', 'refiling-required', 'refiling-submitted']);

/** What the lifecycle of one product under one scheme is computed from. */
export interface LifecycleInput {
  product: ManifestSummary;
  /** The product's filing record, when it is for this scheme. */
  filing?: FilingSummary;
  /** The loaded packs of this scheme. */
  packs: readonly RulePack[];
  targetStars: number;
  now: string;
}

/** The dated obligations of a row, and what stands behind them. */
export interface Lifecycle {
  /** Earliest first; ties by kind. */
  deadlines: Deadline[];
  /** Report age limits that apply at the target level, in months. */
  limits: { testReportMonths?: number; pentestMonths?: number };
  /** Ids of the rules behind deadlines that are due: their findings say what the deadline says. */
  dueRules: Set<string>;
}

type Reference = Rule['condition']['references'][number];

/** A rule reads a path, or a threshold, when one of its condition's references starts with it. */
function reads(rule: Rule, root: string, steps: readonly string[]): boolean {
  return rule.condition.references.some(
    (r: Reference) => r.root === root && steps.every((s, i) => r.steps[i] === s),
  );
}

/** Lifecycle dates and report age limits of one product under one scheme. */
export function lifecycleOf(input: LifecycleInput): Lifecycle {
  const { product, filing, now } = input;
  const deadlines: Deadline[] = [];
  const dueRules = new Set<string>();
  const limits: Lifecycle['limits'] = {};

  // The rules in scope at the target level for the product's category, with the pack they belong to.
  const inScope = input.packs.flatMap((pack) => {
    const category = categoryInput(pack, product.category);
    const thresholds = effectiveThresholds(pack, category);
    return pack.rules
      .filter((r) => r.stars <= input.targetStars && applies(r, category))
      .map((rule) => ({ rule, thresholds }));
  });
  const readers = (root: string, steps: readonly string[]) =>
    inScope.filter(({ rule }) => reads(rule, root, steps));
  /** The value of a threshold that an in-scope rule reads, with those rules. */
  const threshold = (name: string): { value: number; rules: Rule[] } | undefined => {
    const found = readers('thresholds', [name]);
    const value = found.map((f) => f.thresholds[name]).find((v) => typeof v === 'number');
    return typeof value === 'number' ? { value, rules: found.map((f) => f.rule) } : undefined;
  };
  /** `text` is [what happens on the date, what to do once it is due]. */
  const add = (kind: DeadlineKind, date: string, due: boolean, text: [string, string], rules: Rule[]) => {
    deadlines.push({ kind, date, daysLeft: daysBetween(now, date), due, description: text[due ? 1 : 0] });
    if (due) for (const r of rules) dueRules.add(r.id);
  };

  const label = filing?.label;
  const labelled = filing !== undefined && labelledStatuses.has(filing.status);
  if (labelled && isDate(label?.valid_until)) {
    const validUntil = label.valid_until;
    const window = threshold('renewal_window_days');
    if (window) {
      const start = addDays(validUntil, -window.value);
      add(
        'label-renewal',
        start,
        now >= start,
        [
          `the label enters its ${window.value}-day renewal window (it expires on ${validUntil})`,
          `the label expires on ${validUntil}, within the ${window.value}-day renewal window: renew it`,
        ],
        window.rules,
      );
    }
    const expiryRules = readers('filing', ['label', 'valid_until']).map((f) => f.rule);
    if (expiryRules.length > 0) {
      add(
        'label-expiry',
        validUntil,
        now > validUntil,
        [`the label expires`, `the label expired on ${validUntil}: file again`],
        expiryRules,
      );
    }
  }

  const supportEnd = product.security?.updates?.support_end;
  const supportRules = readers('product', ['security', 'updates', 'support_end']).map((f) => f.rule);
  if (isDate(supportEnd) && supportRules.length > 0) {
    add(
      'support-end',
      supportEnd,
      now > supportEnd,
      ['security support ends', `security support ended on ${supportEnd}: extend it or withdraw the label`],
      supportRules,
    );
  }

  const reports = [
    { kind: 'test-report', doc: product.evidence?.test_report, limit: 'test_report_max_age_months' },
    { kind: 'pentest-report', doc: product.evidence?.pentest_report, limit: 'pentest_max_age_months' },
  ] as const;
  for (const { kind, doc, limit } of reports) {
    const max = threshold(limit);
    if (!max) continue;
    if (kind === 'test-report') limits.testReportMonths = max.value;
    else limits.pentestMonths = max.value;
    if (!isDate(doc?.date)) continue;
    const what = kind === 'test-report' ? 'test report' : 'penetration test';
    add(
      kind,
      addMonths(doc.date, max.value),
      doc.date < addMonths(now, -max.value),
      [
        `the ${what} of ${doc.date} becomes older than ${max.value} months`,
        `the ${what} of ${doc.date} is older than ${max.value} months: test again`,
      ],
      max.rules,
    );
  }

  if (filing?.status === 'refiling-submitted' && isDate(filing.status_since)) {
    const max = threshold('refiling_submitted_max_days');
    if (max) {
      add(
        'refiling-submitted',
        addDays(filing.status_since, max.value),
        daysBetween(filing.status_since, now) > max.value,
        [
          `the refiling submitted on ${filing.status_since} has waited ${max.value} days`,
          `the refiling submitted on ${filing.status_since} has waited more than ${max.value} days: ask the filing agency`,
        ],
        max.rules,
      );
    }
  }

  deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : 1));
  return { deadlines, limits, dueRules };
}

function applies(rule: Rule, category: { id: string; known: boolean }): boolean {
  if (rule.categories === 'any') return true;
  if (rule.categories === 'catalogue') return category.known;
  return rule.categories.includes(category.id);
}
