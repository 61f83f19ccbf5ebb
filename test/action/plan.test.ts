/**
 * The action's plan, without the bundle: what a run will do for each event and set of inputs (planRun),
 * and the steps decided once the change and the check's outcome are known. Inputs are read by the
 * action's own reader from INPUT_* variables, modes by its own event mapping from runner payloads, and
 * outcomes come from real checks of the example compliance repository.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveMode, type RunMode } from '../../src/action/event.js';
import { forkCommentNote } from '../../src/action/fork-comment.js';
import { readActionInputs, type ActionInputs } from '../../src/action/inputs.js';
import {
  checkNotes,
  planDashboardStep,
  planRefilingStep,
  planRun,
  planVerdict,
  refilingNotes,
  refilingOutput,
  scopedCheck,
  stickyKey,
  type RunPlan,
} from '../../src/action/plan.js';
import type { RunnerEnv } from '../../src/action/runner-env.js';
import { UsageError } from '../../src/core/errors.js';
import { runCheck, type CheckOutcome } from '../../src/pipeline/run-check.js';
import type { RefilingResult } from '../../src/refiling/index.js';
import { exampleRepo } from '../support/dist.js';
import { inputVariable } from '../support/runner.js';

const REPOSITORY = 'acme/cameras';
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const SHA = 'c'.repeat(40);
const TODAY = '2026-12-07';
const WORKSPACE = '/home/runner/work/cameras/cameras';

/** The runner's environment of a run, as readRunnerEnv returns it. */
function runner(eventName: string, payload: unknown, over: Partial<RunnerEnv> = {}): RunnerEnv {
  return {
    eventName,
    payload,
    repository: REPOSITORY,
    sha: SHA,
    ref: 'refs/heads/main',
    workspace: WORKSPACE,
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runId: '42',
    workflow: 'Label check',
    job: 'labels',
    tempDir: '/home/runner/work/_temp',
    ...over,
  };
}

/** The inputs as the action reads them from the `with:` values (the token is the workflow's by default). */
function inputs(values: Record<string, string> = {}): ActionInputs {
  const all = { token: 'ghs_workflow', ...values };
  const saved = Object.keys(all).map((name) => [inputVariable(name), process.env[inputVariable(name)]]);
  for (const [name, value] of Object.entries(all)) process.env[inputVariable(name)] = value;
  try {
    return readActionInputs();
  } finally {
    for (const [variable, value] of saved) {
      if (value === undefined) delete process.env[variable!];
      else process.env[variable!] = value;
    }
  }
}

function modeOf(env: RunnerEnv): RunMode {
  const mode = resolveMode(env.eventName, env.payload, env.sha, env.ref);
  if ('error' in mode) throw new Error(mode.error);
  return mode;
}

function pullRequest(
  event: 'pull_request' | 'pull_request_target',
  options: { fork?: boolean } = {},
): RunnerEnv {
  return runner(
    event,
    {
      number: 7,
      pull_request: {
        number: 7,
        base: { ref: 'main', sha: BASE, repo: { full_name: REPOSITORY } },
        head: {
          ref: 'feature',
          sha: HEAD,
          repo: { full_name: options.fork ? 'contributor/cameras' : REPOSITORY },
        },
      },
      repository: { full_name: REPOSITORY, default_branch: 'main' },
    },
    { ref: 'refs/pull/7/merge', sha: HEAD },
  );
}

function push(branch: string, before = BASE): RunnerEnv {
  return runner(
    'push',
    {
      ref: `refs/heads/${branch}`,
      before,
      after: HEAD,
      repository: { full_name: REPOSITORY, default_branch: 'main' },
    },
    { ref: `refs/heads/${branch}`, sha: HEAD },
  );
}

const mergeGroup = runner('merge_group', {
  merge_group: { base_sha: BASE, head_sha: HEAD, base_ref: 'refs/heads/main' },
  repository: { full_name: REPOSITORY, default_branch: 'main' },
});

const schedule = (payload: unknown = { repository: { full_name: REPOSITORY, default_branch: 'main' } }) =>
  runner('schedule', payload);

const dashboardEdit = runner('issues', {
  action: 'edited',
  issue: { number: 3, body: '' },
  repository: { full_name: REPOSITORY, default_branch: 'main' },
});

function plan(env: RunnerEnv, values: Record<string, string> = {}): RunPlan {
  return planRun(modeOf(env), inputs(values), env, TODAY);
}

const FILES = { workspace: WORKSPACE, tempDir: '/home/runner/work/_temp' };
const RUN_URL = 'https://github.com/acme/cameras/actions/runs/42';
const REPOSITORY_URL = 'https://github.com/acme/cameras';

describe('planRun: a pull request', () => {
  it('from the same repository: judged on the working tree with the base policy, a sticky comment, refiling on the head branch if configured', () => {
    const env = pullRequest('pull_request');
    expect(plan(env)).toEqual({
      mode: modeOf(env),
      check: {
        dir: WORKSPACE,
        now: TODAY,
        overrides: { branch: 'main', policyChangeDefault: 'warning' },
        base: BASE,
        policyFrom: 'base',
        readFrom: 'working-tree',
      },
      readRegenerationRequests: false,
      scope: {
        kind: 'change',
        base: BASE,
        head: HEAD,
        pullNumber: 7,
        fetch: false,
        path: '',
        approvals: { pullRequest: { number: 7, base: BASE, head: HEAD } },
      },
      comment: { kind: 'sticky', issueNumber: 7, key: 'Label-check/labels/default' },
      refiling: {
        when: 'on-pull-request',
        destination: {
          target: { branch: 'feature', sha: HEAD },
          trigger: { pr: 7, sha: HEAD, url: `${REPOSITORY_URL}/pull/7` },
        },
        fork: false,
        onlyWhenNeeded: true,
        closeStale: false,
      },
      files: FILES,
      runUrl: RUN_URL,
      repositoryUrl: REPOSITORY_URL,
      api: true,
    } satisfies RunPlan);
  });

  it('from a fork on `pull_request`: no comment is attempted (read-only token), refilings become a bundle', () => {
    const p = plan(pullRequest('pull_request', { fork: true }));
    expect(p.comment).toEqual({
      kind: 'read-only',
      warning: expect.stringContaining('comes from a fork, whose token is read-only') as unknown,
      note: forkCommentNote(),
    });
    expect(p.refiling).toMatchObject({ when: 'on-pull-request', fork: true });
    expect(p.check.readFrom).toBe('working-tree');
  });

  it('on `pull_request_target`: the head is read from git objects, policy changes block, the base token comments', () => {
    const p = plan(pullRequest('pull_request_target', { fork: true }));
    expect(p.check).toMatchObject({
      base: BASE,
      head: HEAD,
      readFrom: 'head',
      policyFrom: 'base',
      overrides: { branch: 'main', policyChangeDefault: 'error' },
    });
    expect(p.scope).toMatchObject({
      kind: 'change',
      fetch: true,
      approvals: { pullRequest: { head: HEAD } },
    });
    expect(p.comment).toEqual({ kind: 'sticky', issueNumber: 7, key: 'Label-check/labels/default' });
    // The head still lives in the fork: its refilings cannot be pushed there.
    expect(p.refiling).toMatchObject({ fork: true });
  });

  it('neither opens a dashboard nor closes stale refilings', () => {
    const p = plan(pullRequest('pull_request'));
    expect(p.dashboard).toBeUndefined();
    expect(p.refiling?.closeStale).toBe(false);
  });
});

describe('planRun: a merge group', () => {
  it('is judged like a pull request, but never comments, refiles or reads approvals', () => {
    const p = plan(mergeGroup, { refiling: 'true' });
    expect(p.check).toEqual({
      dir: WORKSPACE,
      now: TODAY,
      overrides: { branch: 'main', policyChangeDefault: 'warning' },
      base: BASE,
      policyFrom: 'base',
      readFrom: 'working-tree',
    });
    expect(p.scope).toEqual({ kind: 'change', base: BASE, head: HEAD, fetch: false, path: '' });
    expect(p.comment).toEqual({ kind: 'none' });
    expect(p.refiling).toBeUndefined();
    expect(p.dashboard).toBeUndefined();
  });
});

describe('planRun: a push', () => {
  it('to the default branch: audited whole, answering for what it changed (push-gate: changed)', () => {
    const p = plan(push('main'));
    expect(p.check).toEqual({ dir: WORKSPACE, now: TODAY, overrides: {} });
    expect(p.check.policyFrom).toBeUndefined();
    expect(p.scope).toEqual({ kind: 'push', base: BASE, head: HEAD });
    expect(p.comment).toEqual({ kind: 'none' });
    expect(p.refiling).toEqual({
      when: 'unless-disabled',
      destination: {
        target: { branch: 'main', sha: HEAD },
        trigger: { sha: HEAD, url: `${REPOSITORY_URL}/commit/${HEAD}` },
      },
      fork: false,
      onlyWhenNeeded: false,
      closeStale: true,
    });
    expect(p.dashboard).toEqual({ branch: 'main', repositoryUrl: REPOSITORY_URL, now: TODAY });
  });

  it('to the default branch with push-gate: all: every product counts, no change to find', () => {
    expect(plan(push('main'), { 'push-gate': 'all' }).scope).toBeUndefined();
  });

  it('creating the default branch: nothing before it, so every product counts (said in a note)', () => {
    const p = plan(push('main', '0'.repeat(40)));
    expect(p.scope).toEqual({ kind: 'push', head: HEAD });
    expect(scopedCheck(p, { kind: 'push', baseInClone: false }).notes).toEqual([
      expect.stringContaining('The commit before this push is not in the clone') as unknown,
    ]);
  });

  it('to another branch: judged as the change since the push before, no dashboard, no refiling by default', () => {
    const p = plan(push('release/2.1'));
    expect(p.check).toEqual({
      dir: WORKSPACE,
      now: TODAY,
      overrides: {},
      base: BASE,
      head: HEAD,
      readFrom: 'working-tree',
    });
    expect(p.scope).toBeUndefined();
    expect(p.dashboard).toBeUndefined();
    expect(p.refiling).toBeUndefined();
  });

  it('to another branch with refiling: true: refilings target that branch', () => {
    expect(plan(push('release/2.1'), { refiling: 'true' }).refiling).toEqual({
      when: 'always',
      destination: {
        target: { branch: 'release/2.1', sha: HEAD },
        trigger: { sha: HEAD, url: `${REPOSITORY_URL}/commit/${HEAD}` },
      },
      fork: false,
      onlyWhenNeeded: false,
      closeStale: true,
    });
  });

  it('creating another branch: no base to judge against; push-gate decides whether that is said', () => {
    expect(plan(push('feature', '0'.repeat(40))).scope).toEqual({ kind: 'push', head: HEAD });
    expect(plan(push('feature', '0'.repeat(40)), { 'push-gate': 'all' }).scope).toBeUndefined();
  });
});

describe('planRun: an audit', () => {
  it.each(['schedule', 'workflow_dispatch'])(
    'on %s: the whole repository, the dashboard and refilings on the default branch',
    (event) => {
      const env = runner(event, { repository: { full_name: REPOSITORY, default_branch: 'main' } });
      const p = plan(env);
      expect(p.mode).toEqual({ kind: 'audit', event });
      expect(p.check).toEqual({ dir: WORKSPACE, now: TODAY, overrides: {} });
      expect(p.scope).toBeUndefined();
      expect(p.comment).toEqual({ kind: 'none' });
      expect(p.dashboard).toEqual({ branch: 'main', repositoryUrl: REPOSITORY_URL, now: TODAY });
      expect(p.refiling).toEqual({
        when: 'unless-disabled',
        destination: {
          target: { branch: 'main', sha: SHA },
          trigger: { sha: SHA, url: `${REPOSITORY_URL}/commit/${SHA}` },
        },
        fork: false,
        onlyWhenNeeded: false,
        closeStale: true,
      });
    },
  );

  it('without the default branch in the payload: the dashboard names HEAD, refiling has no destination', () => {
    const p = plan(schedule({}));
    expect(p.dashboard?.branch).toBe('HEAD');
    expect(p.refiling).toBeDefined();
    expect(p.refiling?.destination).toBeUndefined();
  });
});

describe('planRun: a dashboard edit', () => {
  it('reads the regeneration requests first, then refiles and updates the dashboard, closing nothing', () => {
    const p = plan(dashboardEdit);
    expect(p.readRegenerationRequests).toBe(true);
    expect(p.mode).toEqual({ kind: 'dashboard-edit', issueNumber: 3 });
    expect(p.refiling).toMatchObject({
      when: 'unless-disabled',
      destination: { target: { branch: 'main', sha: SHA } },
      closeStale: false,
    });
    expect(p.dashboard).toEqual({ branch: 'main', repositoryUrl: REPOSITORY_URL, now: TODAY });
  });
});

describe('planRun: inputs', () => {
  it('comment: false plans no comment, even on a fork', () => {
    expect(plan(pullRequest('pull_request'), { comment: 'false' }).comment).toEqual({ kind: 'none' });
    expect(plan(pullRequest('pull_request', { fork: true }), { comment: 'false' }).comment).toEqual({
      kind: 'none',
    });
  });

  it('no token: the comment becomes a note, no dashboard, no API', () => {
    const pr = plan(pullRequest('pull_request'), { token: '' });
    expect(pr.comment).toEqual({ kind: 'no-token', note: expect.stringContaining('No token') as unknown });
    expect(pr.api).toBe(false);
    expect(plan(push('main'), { token: '' }).dashboard).toBeUndefined();
    // A fork's run is read-only whether or not there is a token.
    expect(plan(pullRequest('pull_request', { fork: true }), { token: '' }).comment.kind).toBe('read-only');
  });

  it('refiling: false plans none; true plans refilings on pull requests whatever the configuration says', () => {
    expect(plan(push('main'), { refiling: 'false' }).refiling).toBeUndefined();
    expect(plan(pullRequest('pull_request'), { refiling: 'true' }).refiling?.when).toBe('always');
  });

  it('dashboard: false plans no dashboard', () => {
    expect(plan(schedule(), { dashboard: 'false' }).dashboard).toBeUndefined();
  });

  it('products or a shard: only part of the repository, so no dashboard and no closing of stale refilings', () => {
    for (const values of [{ products: 'avc-p340w, avd-d500' }, { shard: '1/2' }] as Record<
      string,
      string
    >[]) {
      const p = plan(schedule(), values);
      expect(p.dashboard).toBeUndefined();
      expect(p.refiling?.closeStale).toBe(false);
    }
    expect(plan(schedule(), { products: 'avc-p340w, avd-d500' }).check.productIds).toEqual([
      'avc-p340w',
      'avd-d500',
    ]);
    expect(plan(schedule(), { shard: '1/2' }).check.shard).toEqual({ index: 1, count: 2 });
  });

  it('path, config, fail-on, warn-only, now, comment-key and the report files reach the plan', () => {
    const p = plan(pullRequest('pull_request'), {
      path: 'compliance',
      config: 'compliance.yml',
      'fail-on': 'error',
      'warn-only': 'true',
      now: '2026-08-01',
      'comment-key': 'cameras',
      'report-file': 'out/report.json',
      'sarif-file': 'out/labelguard.sarif',
    });
    expect(p.check).toMatchObject({
      dir: join(WORKSPACE, 'compliance'),
      now: '2026-08-01',
      configPath: 'compliance.yml',
      overrides: { failOn: 'error', warnOnly: true, branch: 'main', policyChangeDefault: 'warning' },
    });
    expect(p.scope).toMatchObject({ path: 'compliance' });
    expect(p.comment).toEqual({ kind: 'sticky', issueNumber: 7, key: 'Label-check/labels/cameras' });
    expect(p.files).toEqual({ ...FILES, json: 'out/report.json', sarif: 'out/labelguard.sarif' });
  });

  it('without a run id there is no run page to link', () => {
    const env = { ...push('main'), runId: '' };
    expect(planRun(modeOf(env), inputs(), env, TODAY).runUrl).toBeUndefined();
  });
});

describe('scopedCheck', () => {
  const pr = plan(pullRequest('pull_request'), { path: 'compliance' });

  it('takes the paths git found as they are', () => {
    const { check, notes } = scopedCheck(pr, {
      kind: 'change',
      via: 'git',
      changed: ['products/avc-p340w/product.yaml'],
    });
    expect(check).toEqual({ ...pr.check, changed: ['products/avc-p340w/product.yaml'] });
    expect(notes).toEqual([]);
  });

  it('keeps the API paths under `path`, relative to it, and says where they came from', () => {
    const { check, notes } = scopedCheck(pr, {
      kind: 'change',
      via: 'api',
      changed: ['README.md', 'compliance/products/avc-p340w/product.yaml', 'compliance-old/x.yaml'],
    });
    expect(check.changed).toEqual(['products/avc-p340w/product.yaml']);
    expect(notes).toEqual([expect.stringContaining('came from the GitHub API') as unknown]);
  });

  it('judges a push for what it changed when its base is in the clone, else counts every product', () => {
    const p = plan(push('main'));
    expect(scopedCheck(p, { kind: 'push', baseInClone: true })).toEqual({
      check: { ...p.check, base: BASE, head: HEAD, readFrom: 'working-tree', judgeAll: true },
      notes: [],
    });
    const shallow = scopedCheck(p, { kind: 'push', baseInClone: false });
    expect(shallow.check).toEqual(p.check);
    expect(shallow.notes).toHaveLength(1);
  });

  it('leaves a run without a change to find as planned', () => {
    const p = plan(schedule());
    expect(scopedCheck(p)).toEqual({ check: p.check, notes: [] });
  });

  it('refuses facts of another kind than the step asked for', () => {
    expect(() => scopedCheck(pr, { kind: 'push', baseInClone: true })).toThrow(/change scope/);
  });
});

describe('after the check', () => {
  const temps: string[] = [];
  /** The example compliance repository, with its configuration edited, checked as a whole or for some products. */
  async function exampleOutcome(
    edit: (config: string) => string = (c) => c,
    productIds?: string[],
  ): Promise<CheckOutcome> {
    const dir = mkdtempSync(join(tmpdir(), 'labelguard-plan-'));
    temps.push(dir);
    cpSync(exampleRepo, dir, { recursive: true });
    const config = join(dir, '.labelguard.yml');
    const edited = edit(readFileSync(config, 'utf8'));
    writeFileSync(config, edited);
    return runCheck({ dir, now: '2026-08-01', ...(productIds ? { productIds } : {}) });
  }
  /** avc-c120w has unrecorded changes since its filing; the example refiles on pull requests too. */
  let needs: CheckOutcome;
  /** Only avc-p340w, whose filing is current. */
  let noNeed: CheckOutcome;
  /** The example with `refiling.on_pull_request: false`. */
  let notOnPullRequests: CheckOutcome;
  /** The example with refiling and the dashboard turned off. */
  let disabled: CheckOutcome;
  beforeAll(async () => {
    const replace = (from: string, to: string) => (c: string) => {
      if (!c.includes(from)) throw new Error(`the example's .labelguard.yml has no '${from}'`);
      return c.replaceAll(from, to);
    };
    needs = await exampleOutcome();
    noNeed = await exampleOutcome(undefined, ['avc-p340w']);
    notOnPullRequests = await exampleOutcome(replace('on_pull_request: true', 'on_pull_request: false'));
    disabled = await exampleOutcome(replace('enabled: true', 'enabled: false'));
  }, 120_000);
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it('the example outcomes are what the tests take them for', () => {
    expect(needs.report.products.map((p) => p.id)).toEqual(['avc-c120w', 'avc-p340w', 'avd-d500']);
    expect(needs.report.summary.unrecorded).toBeGreaterThan(0);
    expect(noNeed.report.products.map((p) => p.id)).toEqual(['avc-p340w']);
    expect(noNeed.report.summary.unrecorded).toBe(0);
    expect(disabled.repo.config.config.refiling?.enabled).toBe(false);
    expect(disabled.repo.config.config.dashboard?.enabled).toBe(false);
  });

  describe('planRefilingStep', () => {
    it('a pull request that needs a refiling, with on_pull_request: stacked on its head branch', () => {
      const p = plan(pullRequest('pull_request'));
      expect(planRefilingStep(p, needs)).toEqual({
        kind: 'sync',
        target: { branch: 'feature', sha: HEAD },
        trigger: { pr: 7, sha: HEAD, url: `${REPOSITORY_URL}/pull/7` },
        closeStale: false,
      });
    });

    it('a pull request with nothing to refile costs nothing', () => {
      expect(planRefilingStep(plan(pullRequest('pull_request')), noNeed)).toEqual({ kind: 'none' });
    });

    it('a pull request, when the configuration does not refile on pull requests, unless the input says true', () => {
      expect(planRefilingStep(plan(pullRequest('pull_request')), notOnPullRequests)).toEqual({
        kind: 'none',
      });
      expect(
        planRefilingStep(plan(pullRequest('pull_request'), { refiling: 'true' }), notOnPullRequests).kind,
      ).toBe('sync');
    });

    it('a pull request from a fork: a bundle and instructions, on either event', () => {
      for (const event of ['pull_request', 'pull_request_target'] as const) {
        expect(planRefilingStep(plan(pullRequest(event, { fork: true })), needs)).toEqual({
          kind: 'fork-bundle',
          target: { branch: 'feature', sha: HEAD },
          trigger: { pr: 7, sha: HEAD, url: `${REPOSITORY_URL}/pull/7` },
        });
      }
    });

    it('a push to the default branch always runs, to close refilings no longer needed', () => {
      const step = {
        kind: 'sync',
        target: { branch: 'main', sha: HEAD },
        trigger: { sha: HEAD, url: `${REPOSITORY_URL}/commit/${HEAD}` },
        closeStale: true,
      };
      expect(planRefilingStep(plan(push('main')), needs)).toEqual(step);
      expect(planRefilingStep(plan(push('main')), noNeed)).toEqual(step);
      expect(planRefilingStep(plan(push('main')), notOnPullRequests)).toEqual(step);
    });

    it('refiling turned off in the configuration: nothing under auto, everything with true', () => {
      expect(planRefilingStep(plan(push('main')), disabled)).toEqual({ kind: 'none' });
      expect(planRefilingStep(plan(push('main'), { refiling: 'true' }), disabled).kind).toBe('sync');
    });

    it('without a token, a need is not dropped: it becomes a note', () => {
      expect(planRefilingStep(plan(push('main'), { token: '' }), needs)).toEqual({
        kind: 'no-token',
        note: 'No token: refiling pull requests were not opened.',
      });
    });

    it('a dashboard edit regenerates only what was asked for', () => {
      const only = new Set(['avc-c120w']);
      expect(planRefilingStep(plan(dashboardEdit), needs, only)).toEqual({
        kind: 'sync',
        target: { branch: 'main', sha: SHA },
        trigger: { sha: SHA, url: `${REPOSITORY_URL}/commit/${SHA}` },
        closeStale: false,
        only,
      });
    });

    it('an audit that cannot tell the default branch fails with a usage error, rather than drop the need', () => {
      expect(() => planRefilingStep(plan(schedule({})), needs)).toThrow(UsageError);
      expect(() => planRefilingStep(plan(schedule({})), needs)).toThrow(/default branch/);
    });

    it('a merge group never refiles', () => {
      expect(planRefilingStep(plan(mergeGroup, { refiling: 'true' }), needs)).toEqual({ kind: 'none' });
    });
  });

  describe('planDashboardStep', () => {
    it('updates the dashboard the plan names, unless the configuration turns it off', () => {
      const p = plan(schedule());
      expect(planDashboardStep(p, needs)).toEqual(p.dashboard);
      expect(planDashboardStep(p, disabled)).toBeUndefined();
      expect(planDashboardStep(plan(pullRequest('pull_request')), needs)).toBeUndefined();
    });
  });

  describe('planVerdict', () => {
    const failed: RefilingResult = { productId: 'avc-c120w', operation: 'failed', reason: 'rate limited' };

    it('fails for the blocking findings, before anything else', () => {
      const blocking = needs.report.summary.blocking;
      expect(blocking).toBeGreaterThan(0);
      expect(planVerdict(needs, [failed])).toEqual({
        notes: [],
        failure: `labelguard: ${blocking} blocking finding(s); see the job summary`,
      });
    });

    it('a push answers for the products it touched; the others are a note', () => {
      const verdict = planVerdict({ ...needs, touched: ['avc-p340w'] }, []);
      expect(verdict.failure).toBeUndefined();
      expect(verdict.notes).toEqual([
        expect.stringContaining('products this push did not touch (avc-c120w)') as unknown,
      ]);
    });

    it('a refiling that could not be written fails a run that has no blocking finding', () => {
      expect(planVerdict(noNeed, [failed])).toEqual({
        notes: [],
        failure: 'labelguard: 1 refiling pull request(s) could not be written: avc-c120w: rate limited',
      });
      expect(planVerdict(noNeed, [{ productId: 'avc-c120w', operation: 'created', number: 9 }])).toEqual({
        notes: [],
      });
    });
  });

  describe('checkNotes', () => {
    it('says a change that touches no product has nothing to judge; a whole check says nothing', () => {
      const p = plan(pullRequest('pull_request'));
      const empty = { ...noNeed.report, products: [] };
      expect(checkNotes({ ...p.check, changed: ['README.md'] }, empty)).toEqual([
        'This change touches no product: nothing to judge.',
      ]);
      expect(
        checkNotes({ ...p.check, changed: ['products/avc-p340w/sbom.cdx.json'] }, noNeed.report),
      ).toEqual([]);
      expect(checkNotes(plan(schedule()).check, empty)).toEqual([]);
    });
  });
});

describe('refiling results', () => {
  const results: RefilingResult[] = [
    { productId: 'avc-c120w', operation: 'created', number: 9, url: `${REPOSITORY_URL}/pull/9` },
    { productId: 'avd-d500', operation: 'failed', reason: 'rate limited' },
  ];

  it('become the refiling-prs output', () => {
    expect(JSON.parse(refilingOutput(results))).toEqual([
      { product: 'avc-c120w', number: 9, url: `${REPOSITORY_URL}/pull/9`, operation: 'created' },
      { product: 'avd-d500', number: null, url: null, operation: 'failed' },
    ]);
    expect(refilingOutput([])).toBe('[]');
  });

  it('say which requested regenerations had nothing to regenerate', () => {
    const target = { branch: 'main', sha: SHA };
    const trigger = { sha: SHA };
    const only = new Set(['avc-c120w', 'avc-p340w', 'avd-d500']);
    expect(refilingNotes({ kind: 'sync', target, trigger, closeStale: false, only }, results)).toEqual([
      'No unrecorded change for avc-p340w: the filed evidence is current.',
    ]);
    expect(refilingNotes({ kind: 'sync', target, trigger, closeStale: true }, [])).toEqual([]);
  });
});

describe('stickyKey', () => {
  it('keeps the safe characters of each part and joins them with /', () => {
    expect(stickyKey('Label check', 'labels', 'default')).toBe('Label-check/labels/default');
    expect(stickyKey('labelguard', 'labels', 'default')).toBe('labelguard/labels/default');
    expect(stickyKey('✓ CCL: checks!', '', '--x--')).toBe('CCL-checks/x');
    expect(stickyKey('a'.repeat(120), 'job')).toBe('a'.repeat(100));
  });
});
