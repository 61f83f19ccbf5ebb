import type { Finding } from '../core/finding.js';
import type { LoadedConfig } from '../load/config.js';
import type { ChangeClassifier } from './pack.js';
import { unclassifiedId } from './classify.js';

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
