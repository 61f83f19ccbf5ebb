// Approvals of policy exceptions. A waiver or a classification override names its `approver:` in free
// text; when a pull request adds or changes one, labelguard checks that name against the pull request's
// approving reviews (and, when `approvals.approvers` is configured, against who may approve), and says
// plainly when it could not. Pure: the shells fetch the reviews; the pipeline reads the base configuration
// with the base's policy.

import type { Finding, Location } from '../core/finding.js';
import type { Config } from '../schemas/index.js';

/** What the shell could learn about the pull request's reviews. */
export type ReviewEvidence =
  | {
      /** Logins whose latest decisive review approves, and the commit each approved. */
      approvals: { login: string; commitId: string | null }[];
      /** The pull request's head commit: an approval of an older commit does not count. */
      head: string;
    }
  | { unavailable: string };

export interface ApprovalContext {
  /** The configuration at the base of the change; undefined when it could not be read (all count as new). */
  base: Config | undefined;
  /**
   * The configuration the change proposes (its head), whose new waivers and overrides need approval. Read
   * apart from the policy in force, which may come from the base.
   */
  head: Config | undefined;
  reviews: ReviewEvidence;
}

/** One waiver or override the change adds or edits. */
interface Exception {
  key: 'waivers' | 'classification';
  index: number;
  what: string;
  approver: string | undefined;
}

/** Latest APPROVED / CHANGES_REQUESTED / DISMISSED review per reviewer; comments decide nothing. */
export function approvingReviewers(
  reviews: readonly { user: string | null; state: string; commitId: string | null }[],
): { login: string; commitId: string | null }[] {
  const latest = new Map<string, { state: string; commitId: string | null }>();
  for (const r of reviews) {
    if (r.user === null || r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    latest.set(r.user.toLowerCase(), { state: r.state, commitId: r.commitId });
  }
  return [...latest]
    .filter(([, r]) => r.state === 'APPROVED')
    .map(([login, r]) => ({ login, commitId: r.commitId }));
}

/** Waivers and overrides in `head` that are not, exactly, in `base`. */
function changedExceptions(base: Config | undefined, head: Config): Exception[] {
  const known = (list: readonly unknown[] | undefined) => new Set((list ?? []).map((x) => JSON.stringify(x)));
  const oldWaivers = known(base?.waivers);
  const oldOverrides = known(base?.classification);
  return [
    ...(head.waivers ?? []).flatMap((w, index) =>
      oldWaivers.has(JSON.stringify(w))
        ? []
        : [
            {
              key: 'waivers' as const,
              index,
              what: `waiver of ${w.rule} for ${w.product}`,
              approver: w.approver,
            },
          ],
    ),
    ...(head.classification ?? []).flatMap((o, index) =>
      oldOverrides.has(JSON.stringify(o))
        ? []
        : [
            {
              key: 'classification' as const,
              index,
              what: `classification override of '${o.change}'${o.product ? ` for ${o.product}` : ''} to ${o.classification}`,
              approver: o.approver,
            },
          ],
    ),
  ];
}

const handle = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?)$/;
const mentioned = /(?:^|[^\w@])@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?)/;

/**
 * The GitHub account or team an `approver:` names, lower-cased: the text itself when it is a login or
 * org/team (`alice`, `@acme/compliance`), else the one @-handle in it (`Chen Yue (@chenyue-av)`).
 */
export function approverAccount(text: string): string | undefined {
  const t = text.trim();
  const m = handle.exec(t) ?? mentioned.exec(t);
  return m?.[1]?.toLowerCase();
}

/**
 * Findings on the approval of every waiver and override the change adds or edits: verified (info), could
 * not be verified (warning), or missing / not allowed (error, blocking). Who may approve comes from the
 * base's configuration, or from `policy` (the configuration in force) when the base could not be read.
 */
export function approvalFindings(
  policy: Config,
  ctx: ApprovalContext,
  locate: (key: 'waivers' | 'classification', index: number) => Location,
): Finding[] {
  // Who may approve is never taken from the change itself: the base's configuration when it could be read.
  const trusted = ctx.base ?? policy;
  const allowed = trusted.approvals?.approvers?.map((a) => approverAccount(a) ?? a.toLowerCase());
  const configured = allowed !== undefined && allowed.length > 0;
  const out: Finding[] = [];
  const add = (ruleId: string, severity: Finding['severity'], message: string, hint: string, e: Exception) =>
    out.push({ ruleId, severity, message, ...(hint ? { hint } : {}), ...locate(e.key, e.index) });
  for (const e of changedExceptions(ctx.base, ctx.head ?? {})) {
    const named = e.approver === undefined ? undefined : approverAccount(e.approver);
    if (named === undefined) {
      const what =
        e.approver === undefined
          ? 'names no approver'
          : `names no GitHub account as approver ('${e.approver}')`;
      if (configured)
        add(
          'policy.approval-missing',
          'error',
          `${e.what} ${what}`,
          `Set \`approver:\` to one of ${allowed.join(', ')} (a login, or a name with its @login), who then approves this pull request.`,
          e,
        );
      else
        add(
          'policy.approval-unverified',
          'warning',
          `the approval of the ${e.what} could not be verified: it ${what}`,
          'Name the approver by GitHub login (e.g. `Chen Yue (@chenyue-av)`) so their review can be checked.',
          e,
        );
      continue;
    }
    if (configured && !allowed.includes(named)) {
      add(
        'policy.approver-not-allowed',
        'error',
        `${e.what} is approved by '${e.approver}', who is not among the configured approvers`,
        `approvals.approvers in .labelguard.yml allows: ${allowed.join(', ')}.`,
        e,
      );
      continue;
    }
    const unverified = (why: string) =>
      add(
        'policy.approval-unverified',
        'warning',
        `the approval of ${e.approver} for the ${e.what} could not be verified: ${why}`,
        'Check by hand that the approver approved this pull request before merging it.',
        e,
      );
    if ('unavailable' in ctx.reviews) {
      unverified(ctx.reviews.unavailable);
      continue;
    }
    if (named.includes('/')) {
      const who = ctx.reviews.approvals.map((a) => a.login).join(', ') || 'nobody';
      unverified(`'${e.approver}' is a team, and team membership is not checked (approved by: ${who})`);
      continue;
    }
    const head = ctx.reviews.head;
    const approval = ctx.reviews.approvals.find((a) => a.login === named);
    if (approval && approval.commitId === head) {
      add(
        'policy.approval-verified',
        'info',
        `${e.what}: approved by ${e.approver} in a review of this pull request (commit ${head.slice(0, 7)})`,
        '',
        e,
      );
      continue;
    }
    const message = approval
      ? `${e.what}: ${e.approver} approved an earlier commit of this pull request, not its head`
      : `${e.what}: ${e.approver} has not approved this pull request`;
    add(
      configured ? 'policy.approval-missing' : 'policy.approval-unverified',
      configured ? 'error' : 'warning',
      message,
      configured
        ? `${e.approver} must approve the pull request at its current head commit.`
        : 'Ask the approver to approve this pull request; set approvals.approvers in .labelguard.yml to make this blocking.',
      e,
    );
  }
  return out;
}
