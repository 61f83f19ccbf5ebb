import type { Finding } from '../core/finding.js';
import type { LoadedConfig } from '../load/config.js';
import type { PolicyChangeLine } from './policy-diff.js';

/**
 * The finding that the judged change changes the policy. The change is judged with the policy it
 * starts from; its own policy applies once merged, so it needs the review a policy change deserves.
 */
export function policyChangeFinding(
  change: { from: string; lines: readonly PolicyChangeLine[] },
  config: LoadedConfig,
  severity: 'warning' | 'error',
): Finding {
  const n = change.lines.length;
  const what =
    n === 0 ? 'a policy file' : `the policy (${n} change${n === 1 ? '' : 's'}, listed in the report)`;
  return {
    ruleId: 'policy.changed',
    severity,
    message: `this change modifies ${what}; it was judged with the policy of the ${change.from}, not with its own`,
    hint:
      'A policy change (configuration, waivers, classification overrides, repository rule packs) takes effect once merged: ' +
      'merge it on its own after review by the policy owners. To try it, run `labelguard check --base REF --policy-from head`.',
    file: config.file ?? '.labelguard.yml',
    line: 1,
    column: 1,
  };
}
