import { join, posix } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { CheckOutcome, CheckRequest } from '../pipeline/run-check.js';
import type { RefilingResult, RefilingTarget, RefilingTrigger } from '../refiling/index.js';
import type { Report } from '../report/model.js';
import type { ChangeScope } from './change-scope.js';
import type { RunMode } from './event.js';
import { forkCommentNote } from './fork-comment.js';
import type { ActionInputs } from './inputs.js';
import { gateCount } from './push-gate.js';
import { refilingNeeds } from './refiling-needs.js';
import type { RunnerEnv } from './runner-env.js';

// What a run of the action will do, decided as data: `planRun` from the event, the inputs and the runner
// before anything is read, and the later steps from the plan and what the run found (the change, the
// check's outcome). No I/O and no clock here: run.ts carries the plan out.

/** What a run will do. */
export interface RunPlan {
  mode: RunMode;
  /** The check as the event and the inputs ask for it; {@link scopedCheck} adds what the change touched. */
  check: CheckRequest;
  /** A dashboard edit: read the regeneration requests first; a run with none stops there. */
  readRegenerationRequests: boolean;
  /** How the change is found before the check, when the run judges one. */
  scope?: ScopeStep;
  comment: CommentStep;
  /** Refiling as the mode and the inputs ask for it; {@link planRefilingStep} decides with the outcome. */
  refiling?: RefilingIntent;
  /** The dashboard issue to keep true; the configuration may still turn it off ({@link planDashboardStep}). */
  dashboard?: DashboardStep;
  /** Where the JSON report and the SARIF log are written. */
  files: { json?: string; sarif?: string; workspace: string; tempDir: string };
  /** The run's page, linked from the summary and the comment. */
  runUrl?: string;
  repositoryUrl: string;
  /** A token was given: the run can use the GitHub API. */
  api: boolean;
}

/** How the change a run judges is found, before the check. */
export type ScopeStep =
  | {
      /** A pull request or merge group: the paths it changes, from git or else from the API. */
      kind: 'change';
      base: string;
      head: string;
      pullNumber?: number;
      /** `pull_request_target`: the workspace holds the base; fetch both commits, the head is required. */
      fetch: boolean;
      /** The compliance repository's folder: paths from the API are relative to the repository root. */
      path: string;
      /** A pull request: when it edits the configuration, read the approvals of new waivers and overrides. */
      approvals?: { pullRequest: { number: number; base: string; head: string } };
    }
  | {
      /**
       * A push under `push-gate: changed` (to the default branch, or a new branch): judged whole, answering
       * for what it changed when its base is in the clone.
       */
      kind: 'push';
      base?: string;
      head: string;
    };

/** What finding the change told: the paths of a pull request or merge group, or whether a push's base is in the clone. */
export type ScopeFacts = ({ kind: 'change' } & ChangeScope) | { kind: 'push'; baseInClone: boolean };

/** The pull-request comment. */
export type CommentStep =
  | { kind: 'none' }
  /** A fork's `pull_request` run has a read-only token: write nothing, and say so when there was something to say. */
  | { kind: 'read-only'; warning: string; note: string }
  | { kind: 'no-token'; note: string }
  | { kind: 'sticky'; issueNumber: number; key: string };

/** Refiling as the mode and the inputs ask for it, before the configuration and the outcome are known. */
export interface RefilingIntent {
  /**
   * `always`: the input says `true`. `unless-disabled`: `auto` where the mode refiles (a push to the default
   * branch, an audit, a dashboard edit) unless the configuration says `enabled: false`. `on-pull-request`:
   * `auto` on a pull request, only with the configuration's `on_pull_request: true`.
   */
  when: 'always' | 'unless-disabled' | 'on-pull-request';
  /** Where refiling pull requests go; absent when the default branch is unknown (a usage error if needed). */
  destination?: { target: RefilingTarget; trigger: RefilingTrigger };
  /** A pull request from a fork: refilings become a workflow artifact and instructions, not pull requests. */
  fork: boolean;
  /** A pull request with nothing to refile costs no request; a push or audit runs to close stale ones. */
  onlyWhenNeeded: boolean;
  /** Close refiling pull requests whose need disappeared: only when every product is judged. */
  closeStale: boolean;
}

/** What the refiling step does, once the outcome is known. */
export type RefilingStep =
  | { kind: 'none' }
  | { kind: 'fork-bundle'; target: RefilingTarget; trigger: RefilingTrigger }
  | { kind: 'no-token'; note: string }
  | {
      kind: 'sync';
      target: RefilingTarget;
      trigger: RefilingTrigger;
      closeStale: boolean;
      /** Only these products (a dashboard's regeneration requests). */
      only?: ReadonlySet<string>;
    };

/** The dashboard issue's update. */
export interface DashboardStep {
  branch: string;
  repositoryUrl: string;
  now: string;
}

/** How a run ends: the notes it adds to the summary, and why it fails, if it does. */
export interface Verdict {
  notes: string[];
  failure?: string;
}

/** Plan a run from its mode, inputs and runner; `today` (YYYY-MM-DD) applies unless the `now` input is set. */
export function planRun(mode: RunMode, inputs: ActionInputs, env: RunnerEnv, today: string): RunPlan {
  const repositoryUrl = `${env.serverUrl}/${env.repository}`;
  const runUrl = env.runId ? `${repositoryUrl}/actions/runs/${env.runId}` : undefined;
  const check: CheckRequest = {
    dir: join(env.workspace, inputs.path),
    now: inputs.now ?? today,
    ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
    overrides: {
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.warnOnly !== undefined ? { warnOnly: inputs.warnOnly } : {}),
    },
    ...(inputs.products ? { productIds: inputs.products } : {}),
    ...(inputs.shard ? { shard: inputs.shard } : {}),
  };
  const whole = !inputs.shard && !inputs.products;
  let scope: ScopeStep | undefined;
  if (mode.kind === 'pull-request' || mode.kind === 'merge-queue') {
    // The change is judged with the policy of its base: what it changes in the configuration, waivers,
    // overrides or rule packs is reported, and applies once merged. A change to the policy counts as
    // blocking where the head is untrusted (pull_request_target), unless the base configuration says.
    const target = mode.kind === 'pull-request' && mode.event === 'pull_request_target';
    check.overrides = {
      ...check.overrides,
      branch: mode.baseRef,
      policyChangeDefault: target ? 'error' : 'warning',
    };
    check.base = mode.base;
    check.policyFrom = 'base';
    // pull_request_target: the workspace holds the base branch; the pull request's data is read from git
    // objects, never checked out.
    check.readFrom = target ? 'head' : 'working-tree';
    if (target) check.head = mode.head;
    scope = {
      kind: 'change',
      base: mode.base,
      head: mode.head,
      ...(mode.kind === 'pull-request' ? { pullNumber: mode.number } : {}),
      fetch: target,
      path: inputs.path,
      // Only a pull request that edits the configuration can add a waiver or override to approve.
      ...(mode.kind === 'pull-request'
        ? {
            approvals: { pullRequest: { number: mode.number, base: mode.base, head: mode.head } },
          }
        : {}),
    };
  } else if (mode.kind === 'push' && !mode.defaultBranch && mode.base) {
    check.base = mode.base;
    check.head = mode.head;
    check.readFrom = 'working-tree';
  } else if (mode.kind === 'push' && inputs.pushGate === 'changed') {
    // The default branch is audited whole (dashboard, refiling), but the push answers for what it changed.
    scope = { kind: 'push', ...(mode.base ? { base: mode.base } : {}), head: mode.head };
  }
  const audit =
    (mode.kind === 'push' && mode.defaultBranch) || mode.kind === 'audit' || mode.kind === 'dashboard-edit';
  const refiling = refilingIntent(mode, inputs, env, repositoryUrl, whole);
  return {
    mode,
    check,
    readRegenerationRequests: mode.kind === 'dashboard-edit',
    ...(scope ? { scope } : {}),
    comment: commentStep(mode, inputs, env),
    ...(refiling ? { refiling } : {}),
    ...(audit && inputs.dashboard && inputs.token && whole
      ? {
          dashboard: {
            branch: mode.kind === 'push' ? mode.ref : (defaultBranchOf(env.payload) ?? 'HEAD'),
            repositoryUrl,
            now: check.now,
          },
        }
      : {}),
    files: {
      ...(inputs.reportFile ? { json: inputs.reportFile } : {}),
      ...(inputs.sarifFile ? { sarif: inputs.sarifFile } : {}),
      workspace: env.workspace,
      tempDir: env.tempDir,
    },
    ...(runUrl ? { runUrl } : {}),
    repositoryUrl,
    api: inputs.token !== '',
  };
}

function commentStep(mode: RunMode, inputs: ActionInputs, env: RunnerEnv): CommentStep {
  if (mode.kind !== 'pull-request' || !inputs.comment) return { kind: 'none' };
  // A fork's `pull_request` run gets a read-only token; `pull_request_target` runs with the base's token.
  if (mode.fork && mode.event === 'pull_request') {
    return {
      kind: 'read-only',
      warning:
        'labelguard did not write its pull-request comment: this pull request comes from a fork, whose token is read-only (the comment needs `pull-requests: write`); see the job summary.',
      note: forkCommentNote(),
    };
  }
  if (!inputs.token) {
    return {
      kind: 'no-token',
      note: 'No token: the pull-request comment was skipped (pass `token: ${{ github.token }}`).',
    };
  }
  return {
    kind: 'sticky',
    issueNumber: mode.number,
    key: stickyKey(env.workflow, env.job, inputs.commentKey),
  };
}

function refilingIntent(
  mode: RunMode,
  inputs: ActionInputs,
  env: RunnerEnv,
  repositoryUrl: string,
  whole: boolean,
): RefilingIntent | undefined {
  if (mode.kind === 'merge-queue' || inputs.refiling === 'false') return undefined;
  const byDefault =
    (mode.kind === 'push' && mode.defaultBranch) || mode.kind === 'audit' || mode.kind === 'dashboard-edit';
  const when =
    inputs.refiling === 'true'
      ? 'always'
      : byDefault
        ? 'unless-disabled'
        : mode.kind === 'pull-request'
          ? 'on-pull-request'
          : undefined;
  if (!when) return undefined;
  let destination: RefilingIntent['destination'];
  if (mode.kind === 'pull-request') {
    destination = {
      target: { branch: mode.headRef, sha: mode.head },
      trigger: { pr: mode.number, sha: mode.head, url: `${repositoryUrl}/pull/${mode.number}` },
    };
  } else {
    const branch = mode.kind === 'push' ? mode.ref : defaultBranchOf(env.payload);
    const sha = mode.kind === 'push' ? mode.head : env.sha;
    if (branch)
      destination = { target: { branch, sha }, trigger: { sha, url: `${repositoryUrl}/commit/${sha}` } };
  }
  return {
    when,
    ...(destination ? { destination } : {}),
    fork: mode.kind === 'pull-request' && mode.fork,
    onlyWhenNeeded: mode.kind === 'pull-request',
    closeStale: whole && (mode.kind === 'push' || mode.kind === 'audit'),
  };
}

/** The check request once the change is known, and the notes that finding it adds to the summary. */
export function scopedCheck(plan: RunPlan, facts?: ScopeFacts): { check: CheckRequest; notes: string[] } {
  const step = plan.scope;
  if (!step || !facts) return { check: plan.check, notes: [] };
  if (step.kind === 'change' && facts.kind === 'change') {
    const api = facts.via === 'api';
    return {
      check: { ...plan.check, changed: api ? underPath(facts.changed, step.path) : facts.changed },
      notes: api
        ? [
            'The changed files came from the GitHub API; with `fetch-depth: 0` labelguard reads them from git.',
          ]
        : [],
    };
  }
  if (step.kind === 'push' && facts.kind === 'push' && step.base && facts.baseInClone) {
    return {
      check: { ...plan.check, base: step.base, head: step.head, readFrom: 'working-tree', judgeAll: true },
      notes: [],
    };
  }
  if (step.kind === 'push') {
    return {
      check: plan.check,
      notes: [
        'The commit before this push is not in the clone (check out with `fetch-depth: 0`): every product counts for its result.',
      ],
    };
  }
  throw new Error(`the ${step.kind} scope was answered with ${facts.kind} facts`);
}

/**
 * The refiling step once the check is done: whether the configuration lets the mode refile, whether a pull
 * request has anything to refile, and where the refilings go. A refiling need is never dropped silently:
 * without a token it becomes a note, without a target branch a usage error.
 */
export function planRefilingStep(
  plan: RunPlan,
  outcome: CheckOutcome,
  requested?: ReadonlySet<string>,
): RefilingStep {
  const intent = plan.refiling;
  if (!intent) return { kind: 'none' };
  const settings = outcome.repo.config.config.refiling ?? {};
  const wanted =
    intent.when === 'always' ||
    (settings.enabled !== false && (intent.when === 'unless-disabled' || settings.on_pull_request === true));
  if (!wanted) return { kind: 'none' };
  if (intent.onlyWhenNeeded && refilingNeeds(outcome).length === 0) return { kind: 'none' };
  if (!intent.destination)
    throw new UsageError('cannot tell the default branch to open refiling pull requests against');
  if (intent.fork) return { kind: 'fork-bundle', ...intent.destination };
  if (!plan.api) return { kind: 'no-token', note: 'No token: refiling pull requests were not opened.' };
  return {
    kind: 'sync',
    ...intent.destination,
    closeStale: intent.closeStale,
    ...(requested ? { only: requested } : {}),
  };
}

/** The summary notes of refilings done: a requested regeneration that had nothing to regenerate. */
export function refilingNotes(step: RefilingStep, results: readonly RefilingResult[]): string[] {
  if (step.kind !== 'sync' || !step.only) return [];
  const done = new Set(results.map((r) => r.productId));
  const current = [...step.only].filter((id) => !done.has(id));
  return current.length > 0
    ? [`No unrecorded change for ${current.join(', ')}: the filed evidence is current.`]
    : [];
}

/** The `refiling-prs` output (documented in action.yml). */
export function refilingOutput(results: readonly RefilingResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      product: r.productId,
      number: r.number ?? null,
      url: r.url ?? null,
      operation: r.operation,
    })),
  );
}

/** The dashboard update, unless the configuration turns the dashboard off. */
export function planDashboardStep(plan: RunPlan, outcome: CheckOutcome): DashboardStep | undefined {
  return outcome.repo.config.config.dashboard?.enabled !== false ? plan.dashboard : undefined;
}

/**
 * How the run ends. A push fails for the blocking findings it answers for ({@link gateCount}); a refiling
 * need that could not be turned into a pull request fails the run too: it must not pass unnoticed.
 */
export function planVerdict(
  outcome: Pick<CheckOutcome, 'report' | 'touched'>,
  refiling: readonly RefilingResult[],
): Verdict {
  const notes: string[] = [];
  const gate = gateCount(outcome.report, outcome.touched);
  if (gate.untouched.length > 0)
    notes.push(
      `Blocking findings in products this push did not touch (${gate.untouched.join(', ')}) are on the dashboard and do not fail this push (\`push-gate: all\` makes them count).`,
    );
  const failed = refiling.filter((r) => r.operation === 'failed');
  const failure =
    gate.blocking > 0
      ? `labelguard: ${gate.blocking} blocking finding(s); see the job summary`
      : failed.length > 0
        ? `labelguard: ${failed.length} refiling pull request(s) could not be written: ${failed.map((r) => `${r.productId}: ${r.reason ?? 'failed'}`).join('; ')}`
        : undefined;
  return { notes, ...(failure ? { failure } : {}) };
}

/** What the check's report adds to the summary: a change that touches no product has nothing to judge. */
export function checkNotes(check: CheckRequest, report: Report): string[] {
  return check.changed !== undefined && report.products.length === 0
    ? ['This change touches no product: nothing to judge.']
    : [];
}

/**
 * The sticky comment's key from the workflow's name, the job and the `comment-key` input. A marker key
 * allows letters, digits, `.`, `_`, `-` and `/` only, and a workflow is usually named in words
 * ("Label check"): each part keeps its safe characters, runs of others become `-`, so every workflow gets a
 * key, and always the same one.
 */
export function stickyKey(...parts: string[]): string {
  return parts
    .map((p) =>
      p
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[^A-Za-z0-9]+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('/')
    .slice(0, 100)
    .replace(/[/.-]+$/, '');
}

function defaultBranchOf(payload: unknown): string | undefined {
  return (payload as { repository?: { default_branch?: string } } | null)?.repository?.default_branch;
}

/** Paths from the API are relative to the repository root; keep those under `path`, relative to it. */
function underPath(paths: string[], path: string): string[] {
  const prefix = posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\/?|\/$/g, '');
  if (prefix === '' || prefix === '.') return paths;
  return paths.filter((p) => p.startsWith(`${prefix}/`)).map((p) => p.slice(prefix.length + 1));
}
