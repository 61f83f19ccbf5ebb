import { describe, expect, it } from 'vitest';
import { approvalFindings, approverAccount, approvingReviewers } from '../../src/rules/approvals.js';
import type { Config } from '../../src/schemas/index.js';

const HEAD = 'b'.repeat(40);
const waiver = (approver: string) => ({
  rule: 'CCL-UPD-003',
  product: 'cam-a',
  justification: 'partner release train',
  approver,
  expires: '2027-03-31',
});
const at = (key: string, index: number) => ({ file: '.labelguard.yml', line: 10 + index, column: 5, key });

function judge(
  head: Config,
  base: Config | undefined,
  reviews: Parameters<typeof approvalFindings>[1]['reviews'],
) {
  // The base already names the approvers (who may approve is never taken from the change).
  const trusted =
    base === undefined ? undefined : { ...(head.approvals ? { approvals: head.approvals } : {}), ...base };
  return approvalFindings(head, { base: trusted, head, reviews }, (key, index) => at(key, index)).map((f) => [
    f.ruleId,
    f.severity,
  ]);
}

describe('approverAccount', () => {
  it('reads a login, a team or the @-handle in a name', () => {
    expect(approverAccount('alice')).toBe('alice');
    expect(approverAccount('@Acme/Compliance')).toBe('acme/compliance');
    expect(approverAccount('Chen Yue (@chenyue-av)')).toBe('chenyue-av');
    expect(approverAccount('Chen Yue, compliance lead')).toBeUndefined();
    expect(approverAccount('chen@acme.example')).toBeUndefined();
  });
});

describe('approvingReviewers', () => {
  it('keeps each reviewer’s latest decision; comments decide nothing', () => {
    expect(
      approvingReviewers([
        { user: 'alice', state: 'APPROVED', commitId: 'a' },
        { user: 'alice', state: 'COMMENTED', commitId: 'b' },
        { user: 'bob', state: 'APPROVED', commitId: 'a' },
        { user: 'bob', state: 'CHANGES_REQUESTED', commitId: 'b' },
        { user: 'carol', state: 'DISMISSED', commitId: 'a' },
        { user: null, state: 'APPROVED', commitId: 'a' },
      ]),
    ).toEqual([{ login: 'alice', commitId: 'a' }]);
  });
});

describe('approvalFindings', () => {
  const configured = {
    approvals: { approvers: ['chenyue-av'] },
    waivers: [waiver('Chen Yue (@chenyue-av)')],
  } satisfies Config;

  it('judges only waivers and overrides the change adds or edits', () => {
    expect(judge(configured, configured, { unavailable: 'no token' })).toEqual([]);
    const edited = {
      ...configured,
      waivers: [{ ...waiver('Chen Yue (@chenyue-av)'), expires: '2028-01-01' }],
    };
    expect(judge(edited, configured, { unavailable: 'no token' })).toEqual([
      ['policy.approval-unverified', 'warning'],
    ]);
  });

  it('verifies an approval at the head commit', () => {
    expect(
      judge(configured, {}, { approvals: [{ login: 'chenyue-av', commitId: HEAD }], head: HEAD }),
    ).toEqual([['policy.approval-verified', 'info']]);
  });

  it('blocks when a configured approver has not approved, or approved an older commit only', () => {
    expect(judge(configured, {}, { approvals: [{ login: 'bob', commitId: HEAD }], head: HEAD })).toEqual([
      ['policy.approval-missing', 'error'],
    ]);
    const stale = approvalFindings(
      configured,
      {
        base: { approvals: configured.approvals },
        head: configured,
        reviews: { approvals: [{ login: 'chenyue-av', commitId: 'a'.repeat(40) }], head: HEAD },
      },
      at,
    );
    expect(stale[0]).toMatchObject({ ruleId: 'policy.approval-missing', file: '.labelguard.yml', line: 10 });
    expect(stale[0]!.message).toContain('approved an earlier commit');
  });

  it('blocks an approver who is not among the configured ones, and an override with none', () => {
    const head: Config = {
      approvals: { approvers: ['chenyue-av'] },
      waivers: [waiver('mallory')],
      classification: [{ change: 'fw-security-patch', classification: 'none', justification: 'x' }],
    };
    expect(judge(head, {}, { approvals: [{ login: 'mallory', commitId: HEAD }], head: HEAD })).toEqual([
      ['policy.approver-not-allowed', 'error'],
      ['policy.approval-missing', 'error'],
    ]);
  });

  it('says plainly what it could not verify: no reviews, a team, a name without a login', () => {
    const team: Config = {
      approvals: { approvers: ['acme/compliance'] },
      waivers: [waiver('@acme/compliance')],
    };
    const out = approvalFindings(
      team,
      { base: undefined, head: team, reviews: { approvals: [], head: HEAD } },
      at,
    );
    expect(out.map((f) => f.ruleId)).toEqual(['policy.approval-unverified']);
    expect(out[0]!.message).toContain('team membership is not checked');
    const noApi = approvalFindings(
      configured,
      {
        base: { approvals: configured.approvals },
        head: configured,
        reviews: { unavailable: 'the CLI does not read pull-request reviews' },
      },
      at,
    );
    expect(noApi[0]!.message).toBe(
      'the approval of Chen Yue (@chenyue-av) for the waiver of CCL-UPD-003 for cam-a could not be verified: the CLI does not read pull-request reviews',
    );
    expect(judge({ waivers: [waiver('Chen Yue')] }, {}, { approvals: [], head: HEAD })).toEqual([
      ['policy.approval-unverified', 'warning'],
    ]);
  });

  it('takes who may approve from the base, never from the change', () => {
    const proposed: Config = { approvals: { approvers: ['mallory'] }, waivers: [waiver('mallory')] };
    const out = approvalFindings(
      proposed,
      {
        base: configured,
        head: proposed,
        reviews: { approvals: [{ login: 'mallory', commitId: HEAD }], head: HEAD },
      },
      at,
    );
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([['policy.approver-not-allowed', 'error']]);
  });

  it('without configured approvers, an approver who has not approved is a warning', () => {
    expect(judge({ waivers: [waiver('alice')] }, {}, { approvals: [], head: HEAD })).toEqual([
      ['policy.approval-unverified', 'warning'],
    ]);
  });
});
