/**
 * `--format codeclimate`: GitLab's code-quality report, validated against the schema GitLab's parser uses
 * (vendored in test/fixtures/gitlab-codequality with its provenance and licence) and against what GitLab's
 * documentation adds to it (severity values, check_name, the line, no byte order mark).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { runCheck } from '../../src/pipeline/run-check.js';
import { renderCodeClimate, type CodeClimateIssue } from '../../src/report/codeclimate.js';
import type { Report } from '../../src/report/model.js';
import { renderSarif } from '../../src/report/sarif.js';
import { sarifRules } from '../../src/report/core-rules.js';
import { exampleRepo, repoRoot } from '../support/dist.js';

const gitlabSchema = JSON.parse(
  readFileSync(join(repoRoot, 'test/fixtures/gitlab-codequality/codeclimate.json'), 'utf8'),
) as object;
const validateIssue = new Ajv({ allErrors: true, strict: false }).compile(gitlabSchema);
const documentedSeverities = ['info', 'minor', 'major', 'critical', 'blocker'];

/** Problems of a code-quality report file under GitLab's schema and documented format. */
function gitlabProblems(text: string): string[] {
  if (text.charCodeAt(0) === 0xfeff) return ['starts with a byte order mark'];
  const issues = JSON.parse(text) as unknown;
  if (!Array.isArray(issues)) return ['is not a JSON array'];
  return issues.flatMap((issue: Record<string, unknown>, i) => {
    const problems = validateIssue(issue)
      ? []
      : (validateIssue.errors ?? []).map((e) => `${i}${e.instancePath}: ${e.message}`);
    const location = issue.location as { path?: unknown; lines?: { begin?: unknown } } | undefined;
    if (!documentedSeverities.includes(issue.severity as string))
      problems.push(`${i}: severity ${String(issue.severity)}`);
    if (typeof issue.check_name !== 'string' || issue.check_name === '') problems.push(`${i}: no check_name`);
    if (typeof location?.path !== 'string' || /^(\/|\.\/)/.test(location.path))
      problems.push(`${i}: path not relative`);
    if (!Number.isInteger(location?.lines?.begin) || (location!.lines!.begin as number) < 1)
      problems.push(`${i}: no line`);
    return problems;
  });
}

let outcome: Awaited<ReturnType<typeof runCheck>>;
let report: Report;
beforeAll(async () => {
  outcome = await runCheck({ dir: exampleRepo, now: '2026-11-26', overrides: {} });
  report = outcome.report;
});

describe('--format codeclimate', () => {
  it('is a valid GitLab code-quality report for the example repository, one issue per finding', () => {
    const text = renderCodeClimate(report);
    expect(gitlabProblems(text)).toEqual([]);
    const issues = JSON.parse(text) as CodeClimateIssue[];
    const findings = [...report.findings, ...report.products.flatMap((p) => p.findings)];
    expect(issues).toHaveLength(findings.length);
    expect(issues.filter((i) => i.severity === 'blocker')).toHaveLength(report.summary.blocking);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    // A pending refiling blocks only release branches in the example's policy: on main it is a note.
    expect(issues.find((i) => i.check_name === 'policy.refiling-pending')).toMatchObject({
      severity: 'info',
      location: { path: 'products/avc-c120w/filing.yaml', lines: { begin: 7 } },
    });
    expect(issues.find((i) => i.check_name === 'change.unrecorded')).toMatchObject({ severity: 'blocker' });
  });

  it('gives each finding the fingerprint it has in the SARIF log, so both tools track the same problem', () => {
    const issues = JSON.parse(renderCodeClimate(report)) as CodeClimateIssue[];
    const sarif = renderSarif(report, sarifRules(outcome.packs.packs));
    const sarifFingerprints = sarif.runs[0].results.map((r) => Object.values(r.partialFingerprints)[0]);
    expect(issues.map((i) => i.fingerprint).sort()).toEqual([...sarifFingerprints].sort());
  });

  it('is byte-identical on every run, and an empty array when nothing is found', () => {
    expect(renderCodeClimate(report)).toBe(renderCodeClimate(structuredClone(report)));
    const clean: Report = {
      ...report,
      products: [],
      findings: [],
      summary: { products: 0, blocking: 0, warnings: 0, unrecorded: 0 },
    };
    expect(renderCodeClimate(clean)).toBe('[]\n');
  });

  it('the checks above catch what GitLab refuses', () => {
    const issue = (JSON.parse(renderCodeClimate(report)) as Record<string, unknown>[])[0]!;
    expect(gitlabProblems(JSON.stringify([{ ...issue, fingerprint: undefined }]))).toEqual([
      "0: must have required property 'fingerprint'",
    ]);
    expect(gitlabProblems(JSON.stringify([{ ...issue, severity: 'error' }]))).toEqual(['0: severity error']);
    expect(gitlabProblems(`\uFEFF${JSON.stringify([issue])}`)).toEqual(['starts with a byte order mark']);
  });

  it('keeps the exit codes of check: 1 with blocking findings, the report still written', async () => {
    let stdout = '';
    const code = await runCli(
      ['check', '--repo', exampleRepo, '--now', '2026-11-26', '--format', 'codeclimate'],
      {
        stdout: (t) => (stdout += t),
        stderr: () => undefined,
        cwd: repoRoot,
        today: '2026-11-26',
      },
    );
    expect(code).toBe(1);
    expect(gitlabProblems(stdout)).toEqual([]);
  });
});
