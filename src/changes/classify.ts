import type { Classification } from '../core/change.js';
import type { Source } from '../core/finding.js';
import { evaluateExpression, prepareInput } from '../expr/index.js';
import type { Config } from '../schemas/index.js';
import { changeInput, type ClassificationContext } from './change-input.js';
import type { Difference } from './difference.js';
import { fingerprintOf } from './fingerprint.js';
import type { ChangeTable } from './pack.js';
import { unclassifiedId } from './unclassified.js';

export { unclassifiedId } from './unclassified.js';

/** A per-product override of one classification entry, from `.labelguard.yml` `classification:`. */
export type ClassificationOverride = NonNullable<Config['classification']>[number];

/** How one difference was classified, and by which entry. */
export interface ClassifiedDifference {
  difference: Difference;
  classification: Classification;
  classId: string;
  /** The entry's title, and its Simplified Chinese title and reason when the pack gives them. */
  classTitle: string;
  classTitleZh?: string;
  reason: string;
  reasonZh?: string;
  sources: Source[];
  blocking: boolean;
  /** Entry `when` expressions that failed to evaluate on this difference (skipped). */
  failures: { classId: string; message: string }[];
}

// What a difference no entry classified is given (the built-in packs end with the same catch-all).
const unclassified = {
  classTitle: 'Any other difference',
  classTitleZh: '其他差异',
  reason: 'not classified by the pack; recorded for audit',
  reasonZh: '规则包未对此分类；记录备查',
};

/**
 * Classify one difference with the first entry whose `when` is true, then apply the entry's star
 * threshold and any override for the product. Pure.
 */
export function classifyDifference(
  d: Difference,
  table: ChangeTable | undefined,
  ctx: ClassificationContext,
  overrides: readonly ClassificationOverride[],
  productId: string,
): ClassifiedDifference {
  const input = prepareInput({ change: changeInput(d, ctx) });
  const failures: ClassifiedDifference['failures'] = [];
  let out: ClassifiedDifference | undefined;
  for (const entry of table?.entries ?? []) {
    const r = evaluateExpression(entry.when, input);
    if (!r.ok) {
      failures.push({ classId: entry.id, message: r.error.message });
      continue;
    }
    if (typeof r.value !== 'boolean') {
      // The engine types inputs dynamically, so a non-boolean `when` is only caught here.
      failures.push({
        classId: entry.id,
        message: `'when' gave ${describeValue(r.value)}, not true or false`,
      });
      continue;
    }
    if (!r.value) continue;
    let classification = entry.classification;
    let reason = entry.reason;
    let reasonZh = entry.reasonZh;
    if (entry.minStars !== undefined && ctx.stars < entry.minStars) {
      classification = entry.belowMinStars;
      reason = `${reason} (${classification} below ${entry.minStars}★; this product targets ${ctx.stars}★)`;
      if (reasonZh !== undefined) {
        reasonZh = `${reasonZh}（低于 ${entry.minStars}★ 时为 ${classification}；本产品的目标等级为 ${ctx.stars}★）`;
      }
    }
    out = {
      difference: d,
      classification,
      classId: entry.id,
      classTitle: entry.title,
      ...(entry.titleZh !== undefined ? { classTitleZh: entry.titleZh } : {}),
      reason,
      ...(reasonZh !== undefined ? { reasonZh } : {}),
      sources: entry.sources,
      blocking: entry.blocking,
      failures,
    };
    break;
  }
  out ??= {
    difference: d,
    classification: 'record',
    classId: unclassifiedId,
    ...unclassified,
    sources: [],
    blocking: false,
    failures,
  };
  const override = findOverride(overrides, out.classId, productId, () => fingerprintOf(d));
  if (override) {
    out.reason = `${out.reason} — overridden to ${override.classification} in .labelguard.yml: ${override.justification}`;
    if (out.reasonZh !== undefined) {
      // The justification is the repository's own text, quoted as written.
      out.reasonZh = `${out.reasonZh}——已在 .labelguard.yml 中改为 ${override.classification}，理由：${override.justification}`;
    }
    out.classification = override.classification;
  }
  // Only a material change can block; an override that lowers it lifts the block too.
  if (out.classification !== 'material') out.blocking = false;
  return out;
}

/**
 * The override for an entry and product: one that names this very change (by fingerprint) wins over one
 * for the product, which wins over one for all products. An override that lists fingerprints covers
 * only those changes.
 */
function findOverride(
  overrides: readonly ClassificationOverride[],
  classId: string,
  productId: string,
  fingerprint: () => string,
): ClassificationOverride | undefined {
  const forEntry = overrides.filter(
    (o) => o.change === classId && (o.product === undefined || o.product === productId),
  );
  const named = forEntry.filter((o) => o.fingerprints !== undefined);
  const own = named.length > 0 ? fingerprint() : undefined;
  return (
    named.find((o) => o.fingerprints!.includes(own!) && o.product === productId) ??
    named.find((o) => o.fingerprints!.includes(own!)) ??
    forEntry.find((o) => o.fingerprints === undefined && o.product === productId) ??
    forEntry.find((o) => o.fingerprints === undefined)
  );
}

function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null || v === undefined) return 'no value';
  return typeof v === 'string' ? `the text '${v}'` : `a ${typeof v}`;
}
