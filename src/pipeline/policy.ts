import picomatch from 'picomatch';
import type { Finding } from '../core/finding.js';
import type { Config, FailOn } from '../schemas/index.js';

/** The effective gate for one run: config, then branch overrides, then action/CLI inputs. */
export interface Policy {
  failOn: FailOn;
  warnOnly: boolean;
  blockPendingRefiling: boolean;
  sbomSchema: 'warning' | 'error';
  /** Severity of the finding that a change judged with the base policy changes that policy. */
  policyChange: 'warning' | 'error';
}

export interface PolicyOverrides {
  failOn?: FailOn;
  warnOnly?: boolean;
  /** Target branch of the pull request, for `policy.branches`. */
  branch?: string;
  /** Severity of a policy change when the configuration says none (set by the event). */
  policyChangeDefault?: 'warning' | 'error';
}

/** Resolve the policy: defaults < .labelguard.yml < first matching branch rule < explicit inputs. */
export function resolvePolicy(config: Config, overrides: PolicyOverrides = {}): Policy {
  const base = config.policy ?? {};
  const branchRule = overrides.branch
    ? base.branches?.find((b) => picomatch(b.pattern, { windows: false })(overrides.branch!))
    : undefined;
  const layer = { ...base, ...(branchRule ?? {}) };
  return {
    failOn: overrides.failOn ?? layer.fail_on ?? 'error',
    warnOnly: overrides.warnOnly ?? layer.warn_only ?? false,
    blockPendingRefiling: layer.block_pending_refiling ?? false,
    sbomSchema: layer.sbom_schema ?? 'warning',
    policyChange: layer.policy_change ?? overrides.policyChangeDefault ?? 'warning',
  };
}

// Rule ids whose findings mean labelguard could not judge the label at all, or found it untrue.
const alwaysBlockingPrefixes = [
  'data.',
  'sbom.unreadable',
  'change.unrecorded',
  'change.blocked',
  // A change log that understates its own change, or records a material change without refiling.
  'change.entry-classification',
  'change.material-not-refiled',
  'policy.',
  'config.',
];

/** Whether a finding fails the check under this policy. */
export function isBlocking(f: Finding, policy: Policy): boolean {
  if (policy.warnOnly || policy.failOn === 'never' || f.waived) return false;
  if (f.severity === 'error' && alwaysBlockingPrefixes.some((p) => f.ruleId.startsWith(p))) return true;
  switch (policy.failOn) {
    case 'unrecorded-material':
      return false;
    case 'error':
      return f.severity === 'error';
    case 'warning':
      return f.severity === 'error' || f.severity === 'warning';
  }
}
