import type { Finding } from '../core/finding.js';
import type { LoadedConfig } from '../load/config.js';
import type { ChangeClassifier } from './pack.js';
import type { ClassificationOverride } from './classify.js';
import { unclassifiedId } from './unclassified.js';

/** Overrides in `.labelguard.yml` that name no classification entry of any loaded pack (likely a typo). */
export function validateOverrides(classifier: ChangeClassifier, config: LoadedConfig): Finding[] {
  const known = new Set([unclassifiedId, ...classifier.tables.flatMap((t) => t.entries.map((e) => e.id))]);
  const out: Finding[] = [];
  (config.config.classification ?? []).forEach((o, i) => {
    if (known.has(o.change)) return;
    const at = config.doc?.locate(['classification', i, 'change']) ?? {
      file: config.file ?? '.labelguard.yml',
      line: 1,
      column: 1,
    };
    out.push({
      ruleId: 'config.unknown-classification',
      severity: 'error',
      message: `classification override names '${o.change}', which no loaded change classification defines`,
      hint: `Use an entry id from a pack's changes.yaml, e.g. ${[...known].sort().slice(0, 4).join(', ')}.`,
      ...at,
    });
  });
  return out;
}

/**
 * The overrides that apply on `now` (YYYY-MM-DD), and a finding for each that expired: like a waiver,
 * an expired override stops lowering (or raising) anything and says so.
 */
export function activeOverrides(
  config: LoadedConfig,
  now: string,
): { active: ClassificationOverride[]; problems: Finding[] } {
  const active: ClassificationOverride[] = [];
  const problems: Finding[] = [];
  (config.config.classification ?? []).forEach((o, i) => {
    if (o.expires === undefined || o.expires >= now) {
      active.push(o);
      return;
    }
    problems.push({
      ruleId: 'policy.override-expired',
      severity: 'warning',
      message: `classification override of '${o.change}'${o.product ? ` for ${o.product}` : ''} expired on ${o.expires} and no longer applies`,
      hint: `Record the change as the pack classifies it, or have ${o.approver ?? 'an approver'} renew the override with a new \`expires\` date and justification.`,
      ...(o.product ? { productId: o.product } : {}),
      ...(config.doc?.locate(['classification', i, 'expires']) ?? {
        file: config.file ?? '.labelguard.yml',
        line: 1,
        column: 1,
      }),
    });
  });
  return { active, problems };
}
