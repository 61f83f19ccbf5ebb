// Waivers from `.labelguard.yml`: an approved, justified, dated exception for one rule on one product. A
// waived finding stays in the report (marked) but never blocks. An expired waiver stops waiving and says so;
// a waiver naming a rule or product that does not exist is an error, since it would otherwise hide nothing
// and look like it does.

import type { Finding, Location } from '../core/finding.js';
import type { Waiver } from '../schemas/index.js';

export interface WaiverContext {
  /** The date to judge expiry against, YYYY-MM-DD; a waiver is valid through its `expires` day. */
  now: string;
  /** Ids of every rule and finding kind that can be waived (every loaded rule, at least). */
  knownRules: ReadonlySet<string>;
  /** Ids of every product in the repository (not only those a pull request touched). */
  knownProducts: ReadonlySet<string>;
  /** Position of `waivers[index]` (or one of its keys) in the config file. */
  locateWaiver: (index: number, key?: keyof Waiver) => Location;
}

export interface WaiverResult {
  /** The input findings, those covered by a valid waiver marked `waived`; same order. */
  findings: Finding[];
  /** Findings about the waivers themselves: expired, unknown rule, unknown product. */
  problems: Finding[];
}

/** Mark findings covered by valid waivers and report expired or dangling waivers. */
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
  ctx: WaiverContext,
): WaiverResult {
  const problems: Finding[] = [];
  const active: Waiver[] = [];
  waivers.forEach((w, index) => {
    let usable = true;
    if (!ctx.knownRules.has(w.rule)) {
      usable = false;
      problems.push({
        ruleId: 'policy.waiver-unknown-rule',
        severity: 'error',
        message: `waiver for unknown rule '${w.rule}' (product ${w.product})`,
        hint: 'Use a rule id from `labelguard rules`, or remove the waiver if the rule was retired.',
        ...ctx.locateWaiver(index, 'rule'),
      });
    }
    if (!ctx.knownProducts.has(w.product)) {
      usable = false;
      problems.push({
        ruleId: 'policy.waiver-unknown-product',
        severity: 'error',
        message: `waiver of ${w.rule} for unknown product '${w.product}'`,
        hint: 'Use the `id` of a product.yaml, or remove the waiver if the product is gone.',
        ...ctx.locateWaiver(index, 'product'),
      });
    }
    if (w.expires < ctx.now) {
      usable = false;
      problems.push({
        ruleId: 'policy.waiver-expired',
        severity: 'warning',
        message: `waiver of ${w.rule} for ${w.product} expired on ${w.expires} and no longer applies`,
        hint: `Fix the finding, or have ${w.approver} renew the waiver with a new \`expires\` date and justification.`,
        productId: w.product,
        ...ctx.locateWaiver(index, 'expires'),
      });
    }
    if (usable) active.push(w);
  });
  const marked = findings.map((f) => {
    if (f.waived || f.productId === undefined) return f;
    const w = active.find((x) => x.rule === f.ruleId && x.product === f.productId);
    return w
      ? { ...f, waived: { approver: w.approver, expires: w.expires, justification: w.justification } }
      : f;
  });
  return { findings: marked, problems };
}
