/**
 * Approvals of policy exceptions on the built action: a pull request adds a waiver naming its approver;
 * the action reads the pull request's reviews from the loopback GitHub (GET pulls/{n}/reviews) and the
 * example's `approvals.approvers`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoopbackGitHub } from '../support/loopback-github.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import {
  camerasSeed,
  COMMENT_ONLY,
  describeRun,
  exampleFiles,
  makeChangeRepo,
  openPullRequest,
  removeTemps,
  REPOSITORY,
  runOnPullRequest,
  type FileChange,
} from './support.js';

afterAll(removeTemps);

/** The pull request adds a waiver for the ★★ camera, approved (it says) by the compliance lead. */
function addWaiver(files = exampleFiles()): FileChange {
  const config = files['.labelguard.yml'] ?? '';
  const waiver = [
    '  - rule: CCL-UPD-003',
    '    product: avc-p340w',
    '    justification: Same partner release train as the C120W until AV-REL-318 lands.',
    '    approver: Chen Yue (@chenyue-av)',
    '    expires: 2027-03-31',
    '',
  ].join('\n');
  if (!config.includes('\nclassification:\n')) throw new Error('example config has no classification block');
  return { '.labelguard.yml': config.replace('\nclassification:\n', `${waiver}\nclassification:\n`) };
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  blocking: boolean;
}

function approvalFindingsOf(result: { outputs: Record<string, string> }): JsonFinding[] {
  const report = JSON.parse(readFileSync(result.outputs['report-json'] ?? '', 'utf8')) as {
    findings: JsonFinding[];
  };
  return report.findings.filter((f) => f.ruleId.startsWith('policy.approv'));
}

async function run(gh: LoopbackGitHub, review: 'none' | 'approved' | 'api-fails') {
  const repo = makeChangeRepo(addWaiver(), 'Waive CCL-UPD-003 for the P340W');
  const number = openPullRequest(gh, repo);
  if (review === 'approved') {
    gh.state.addReview(number, { login: 'chenyue-av', state: 'APPROVED', fullName: REPOSITORY });
  }
  if (review === 'api-fails')
    gh.fault('pulls/list-reviews', { kind: 'missing-permission', permission: 'pull_requests=read' });
  return runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY });
}

describe('a pull request that adds a waiver', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed });

  it('fails while the approver it names has not approved it', async () => {
    const result = await run(gh, 'none');
    expect(gh.requests.some((r) => r.operationId === 'pulls/list-reviews')).toBe(true);
    expect(approvalFindingsOf(result)).toMatchObject([
      { ruleId: 'policy.approval-missing', severity: 'error', blocking: true },
    ]);
    // Editing the configuration judges every product, and the example has products that fail anyway: the
    // approval's own finding is what must block.
    expect(result.code, describeRun(result)).toBe(1);
    expect(result.summary).toContain('has not approved this pull request');
  });

  it('accepts the waiver once that approver approved its head commit, and says it was verified', async () => {
    const result = await run(gh, 'approved');
    const found = approvalFindingsOf(result);
    expect(found).toMatchObject([{ ruleId: 'policy.approval-verified', severity: 'info', blocking: false }]);
    expect(found[0]!.message).toContain('approved by Chen Yue (@chenyue-av)');
    expect(result.summary).not.toContain('has not approved');
  });

  it('says plainly that the approval could not be verified when the reviews cannot be read', async () => {
    const result = await run(gh, 'api-fails');
    const found = approvalFindingsOf(result);
    expect(found).toMatchObject([{ ruleId: 'policy.approval-unverified', severity: 'warning' }]);
    expect(found[0]!.message).toMatch(/could not be verified: the reviews API failed/);
  });
});
