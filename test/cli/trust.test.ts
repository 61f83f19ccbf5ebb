/**
 * The built CLI's `check --base` on real git repositories, against the pull requests a hostile
 * contributor would open to pass their own unrecorded change: a product's SBOM changed outside its folder
 * (by reference or behind a link), and a policy loosened in the same pull request.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runDistCli } from '../support/dist.js';
import { makeChangeRepo, NOW, removeTemps } from '../action/support.js';
import { bypassCases } from '../adversarial/bypass.cases.js';
import {
  failOnNever,
  sharedSbomBehindLink,
  sharedSbomOutsideFolder,
  waiverInSamePullRequest,
  type Scenario,
} from '../action/trust-scenarios.js';

afterAll(removeTemps);

interface JsonReport {
  products: { id: string; verdict: string; findings: { ruleId: string; blocking: boolean }[] }[];
  findings: { ruleId: string; severity: string; blocking: boolean; message: string }[];
  policyChange?: { from: string; lines: { what: string; from: string; to: string }[] };
}

function checkChange(scenario: Scenario, extra: string[] = []) {
  const repo = makeChangeRepo(scenario.change, 'The pull request', scenario.base);
  const r = runDistCli([
    'check',
    '--repo',
    repo.dir,
    '--base',
    'main',
    '--now',
    NOW,
    '--format',
    'json',
    ...extra,
  ]);
  return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as JsonReport) : undefined };
}

/** The declared cases this file ran (test/adversarial/bypass.cases.ts): every one must run. */
const ran = new Set<string>();

describe.each([
  ['shared-sbom-outside-folder', sharedSbomOutsideFolder],
  ['shared-sbom-behind-link', sharedSbomBehindLink],
])('%s: a pull request that changes only a shared SBOM', (id, scenario) => {
  it('judges the product that is made of it, and fails it', () => {
    ran.add(id);
    const r = checkChange(scenario());
    expect(r.code, r.stderr).toBe(1);
    const p340w = r.report?.products.find((p) => p.id === 'avc-p340w');
    expect(p340w?.verdict).toBe('fail');
    expect(p340w?.findings.filter((f) => f.blocking).map((f) => f.ruleId)).toContain('change.unrecorded');
  });
});

describe.each([
  ['fail-on-never', failOnNever, 'policy.fail_on'],
  ['waiver-in-same-pull-request', waiverInSamePullRequest, 'waivers: entry added'],
])('%s: a pull request that downgrades OpenSSL and loosens the policy', (id, scenario, what) => {
  it('is judged with the base policy and still fails', () => {
    ran.add(id);
    const r = checkChange(scenario());
    expect(r.code, r.stderr).toBe(1);
    const p340w = r.report?.products.find((p) => p.id === 'avc-p340w');
    expect(p340w?.verdict).toBe('fail');
    expect(p340w?.findings.some((f) => f.ruleId === 'change.unrecorded' && f.blocking)).toBe(true);
  });

  it('reports the policy change, from → to, and a policy.changed finding', () => {
    const r = checkChange(scenario());
    expect(r.report?.policyChange?.from).toMatch(/^base commit [0-9a-f]{12}$/);
    expect(r.report?.policyChange?.lines.map((l) => l.what)).toEqual([what]);
    expect(r.report?.findings.find((f) => f.ruleId === 'policy.changed')).toMatchObject({
      severity: 'warning',
    });
  });

  it('passes the camera with --policy-from head, for the author of a policy change', () => {
    // A policy change judges every product; the example's AVC-C120W blocks on its own, so only the
    // camera the pull request changes is looked at.
    const r = checkChange(scenario(), ['--policy-from', 'head']);
    const p340w = r.report?.products.find((p) => p.id === 'avc-p340w');
    expect(p340w?.findings.filter((f) => f.blocking)).toEqual([]);
    expect(r.report?.policyChange?.from).toBe('head commit');
  });
});

describe('a policy change the base configuration makes blocking', () => {
  it('fails on policy.changed even when nothing else blocks', () => {
    ran.add('policy-change-blocking-by-config');
    const scenario = failOnNever();
    const config = (scenario.change['.labelguard.yml'] as string).replace(
      '  fail_on: never\n',
      '  fail_on: unrecorded-material\n  sbom_schema: warning\n',
    );
    const r = checkChange({
      base: { '.labelguard.yml': config.replace('  sbom_schema: warning\n', '  policy_change: error\n') },
      change: {
        '.labelguard.yml': config.replace(
          '  sbom_schema: warning\n',
          '  policy_change: error\n  warn_only: true\n',
        ),
      },
    });
    expect(r.code, r.stdout).toBe(1);
    expect(r.report?.findings.find((f) => f.ruleId === 'policy.changed')).toMatchObject({ blocking: true });
    expect(r.report?.policyChange?.lines).toEqual([{ what: 'policy.warn_only', from: '—', to: 'true' }]);
  });
});

describe('the pre-commit hook', () => {
  it('runs a full check on every commit: a shared SBOM or a linked file is never filtered out', () => {
    const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Record<
      string,
      unknown
    >[];
    const hook = hooks.find((h) => h.id === 'labelguard-check');
    expect(hook).toMatchObject({
      entry: 'labelguard check --repo .',
      pass_filenames: false,
      always_run: true,
    });
    expect(hook).not.toHaveProperty('files');
    expect(hook).not.toHaveProperty('exclude');
    expect(hook).not.toHaveProperty('types');
  });
});

describe('the declared bypass cases', () => {
  it('all ran', () => {
    expect([...ran].sort()).toEqual(bypassCases.map((c) => c.id).sort());
  });
});
