/**
 * examples/gitlab/.gitlab-ci.yml, run as a GitLab runner would run its job: the `script` and `after_script`
 * lines in a shell, in a copy of the example compliance repository, with `labelguard` being the built CLI.
 * The job must fail on the example's blocking findings, and leave the code-quality report GitLab reads,
 * valid against GitLab's schema.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distCli, exampleRepo, repoRoot } from '../support/dist.js';

interface Job {
  script: string[];
  after_script: string[];
  before_script: string[];
  variables: Record<string, string>;
  artifacts: { when: string; reports: { codequality: string } };
  rules: { if: string }[];
}
const job = (
  parse(readFileSync(join(repoRoot, 'examples/gitlab/.gitlab-ci.yml'), 'utf8')) as { labelguard: Job }
).labelguard;
const validateIssue = new Ajv({ strict: false }).compile(
  JSON.parse(
    readFileSync(join(repoRoot, 'test/fixtures/gitlab-codequality/codeclimate.json'), 'utf8'),
  ) as object,
);

const work = mkdtempSync(join(tmpdir(), 'labelguard-gitlab-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run job lines as the runner does (`sh`, stop at the first failure), `labelguard` being the built CLI. */
function runLines(lines: string[], dir: string) {
  const script = ['set -e', `labelguard() { "${process.execPath}" "${distCli}" "$@"; }`, ...lines].join('\n');
  return spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
}

describe('the GitLab CI example', () => {
  it('installs a labelguard release from npm, reports code quality always, and runs on merge requests and the default branch', () => {
    expect(job.before_script.join('\n')).toMatch(/npm install --global .*"\$LABELGUARD"/);
    expect(job.variables.LABELGUARD).toMatch(/^labelguard@\d/);
    expect(job.artifacts.when).toBe('always');
    expect(job.script.join('\n')).toContain(
      `--format codeclimate --output ${job.artifacts.reports.codequality}`,
    );
    expect(job.rules.map((r) => r.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "merge_request_event"',
      '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    ]);
  });

  it('fails the job on blocking findings and leaves a valid code-quality report', () => {
    const dir = join(work, 'blocking');
    cpSync(exampleRepo, dir, { recursive: true });
    const script = runLines(job.script, dir);
    expect(script.stderr).toBe('');
    expect(script.status).toBe(1);
    const report = join(dir, job.artifacts.reports.codequality);
    const issues = JSON.parse(readFileSync(report, 'utf8')) as unknown[];
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.filter((i) => !validateIssue(i))).toEqual([]);
    const after = runLines(job.after_script, dir);
    expect(after.status).toBe(0);
    expect(after.stdout).toMatch(/3 products checked: \d+ blocking/);
  });

  it('fails the job with exit 2, and no report, when labelguard cannot run as asked', () => {
    const dir = join(work, 'broken');
    cpSync(exampleRepo, dir, { recursive: true });
    const script = runLines(
      job.script.map((l) => l.replace('labelguard check', 'labelguard check --config missing.yml')),
      dir,
    );
    expect(script.status).toBe(2);
    expect(script.stderr).toMatch(/^labelguard: /);
    expect(existsSync(join(dir, job.artifacts.reports.codequality))).toBe(false);
  });
});
