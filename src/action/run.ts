import * as core from '@actions/core';
import { join, posix } from 'node:path';
import { fetchCommit, hasCommit } from '../git/fetch.js';
import type { GitHubClient, OwnIdentity, RepoRef } from '../github/index.js';
import { defaultConfigFiles } from '../load/config.js';
import { UsageError } from '../core/errors.js';
import { runCheck, type CheckOutcome, type CheckRequest } from '../pipeline/run-check.js';
import type { RefilingResult, RefilingTarget, RefilingTrigger } from '../refiling/index.js';
import { relocateReport } from '../report/relocate.js';
import { resolveChangeScope } from './change-scope.js';
import { failureMessage, failureSummary } from './failure.js';
import type { Report } from '../report/model.js';
import { deniedCommentNote, forkCommentNote } from './fork-comment.js';
import { resolveMode, type RunMode } from './event.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import { annotate, setOutputs, writeReportFiles, writeSummary } from './report-out.js';
import { gateCount } from './push-gate.js';
import { readRunnerEnv, type RunnerEnv } from './runner-env.js';
import { append } from '../core/append.js';

/** The action's entry: read inputs and event, check, report everywhere GitHub users look, gate by policy. */
export async function runAction(): Promise<void> {
  const progress: Progress = { summaryExtra: {}, summaryWritten: false };
  try {
    const env = readRunnerEnv(process.env);
    const inputs = readActionInputs();
    const mode = resolveMode(env.eventName, env.payload, env.sha, env.ref);
    if ('error' in mode)
      throw new UsageError(mode.error, ['See docs/events.md for the events labelguard handles.']);
    await runMode(mode, env, inputs, progress);
  } catch (e) {
    const message = failureMessage(e);
    core.setFailed(`labelguard: ${message}`);
    // The summary needs no API: it is written in every outcome, with the verdict when there is one.
    if (!progress.summaryWritten) {
      if (progress.report) {
        await writeSummary(progress.report, {
          ...progress.summaryExtra,
          notes: [
            ...(progress.summaryExtra.notes ?? []),
            `❌ The run stopped before it finished, and fails: ${message}`,
          ],
        });
      } else {
        await core.summary
          .addRaw(failureSummary(message))
          .write()
          .catch((err: unknown) =>
            core.warning(`labelguard could not write the job summary: ${String(err)}`),
          );
      }
    }
  }
}

/** How far a run got, so that a run that stops still writes what it knows to the job summary. */
interface Progress {
  report?: Report;
  summaryExtra: Parameters<typeof writeSummary>[1];
  summaryWritten: boolean;
}

async function runMode(
  mode: RunMode,
  env: RunnerEnv,
  inputs: ActionInputs,
  progress: Progress,
): Promise<void> {
  const dir = join(env.workspace, inputs.path);
  // The GitHub client, comments, refiling and the dashboard load only when a run uses them: a pull request
  // that touches no product and has no token loads none of them.
  const github = inputs.token ? await import('../github/index.js') : undefined;
  const api = github
    ? {
        octokit: github.createGitHubClient({
          token: inputs.token,
          baseUrl: env.apiUrl,
          userAgent: 'labelguard',
          // Failed attempts, retries and rate-limit waits go to the job log, not to annotations: what finally
          // fails is reported by the step that needed it.
          log: { debug: core.debug, info: core.info, warn: core.info, error: core.info },
        }),
        repo: github.parseRepoRef(env.repository),
      }
    : undefined;
  let identity: Promise<OwnIdentity> | undefined;
  const ownIdentity = (octokit: GitHubClient) =>
    (identity ??= github!.resolveOwnIdentity(octokit, inputs.appSlug ? { appSlug: inputs.appSlug } : {}));
  const notes: string[] = [];

  const req: CheckRequest = {
    dir,
    now: inputs.now ?? new Date().toISOString().slice(0, 10),
    ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
    overrides: {
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.warnOnly !== undefined ? { warnOnly: inputs.warnOnly } : {}),
    },
    ...(inputs.products ? { productIds: inputs.products } : {}),
    ...(inputs.shard ? { shard: inputs.shard } : {}),
  };

  let requested: Set<string> | undefined;
  if (mode.kind === 'dashboard-edit') {
    // Only ticks by a person on labelguard's own dashboard issue ask for anything.
    const ids = api
      ? (await import('./dashboard.js')).regenerationRequests(env.payload, await ownIdentity(api.octokit))
      : [];
    if (ids.length === 0) {
      core.info('labelguard: this issue edit asks for nothing (not the dashboard, or no newly ticked box)');
      return;
    }
    requested = new Set(ids);
    notes.push(`Evidence regeneration requested on the dashboard for ${ids.join(', ')}.`);
  }

  if (mode.kind === 'pull-request' || mode.kind === 'merge-queue') {
    // The change is judged with the policy of its base: what it changes in the configuration, waivers,
    // overrides or rule packs is reported, and applies once merged. A change to the policy counts as
    // blocking where the head is untrusted (pull_request_target), unless the base configuration says.
    const target = mode.kind === 'pull-request' && mode.event === 'pull_request_target';
    req.overrides = {
      ...req.overrides,
      branch: mode.baseRef,
      policyChangeDefault: target ? 'error' : 'warning',
    };
    req.base = mode.base;
    req.policyFrom = 'base';
    if (target) {
      // The workspace holds the base branch: read the pull request's data from git objects, never check it out.
      await fetchCommit(dir, mode.base);
      if (!(await fetchCommit(dir, mode.head))) {
        throw new UsageError(`cannot fetch the pull request's head commit ${mode.head}`, [
          'Give the job `contents: read` and check out the base repository with actions/checkout.',
        ]);
      }
      req.readFrom = 'head';
      req.head = mode.head;
    } else {
      req.readFrom = 'working-tree';
    }
    const scope = await resolveChangeScope(
      dir,
      {
        base: mode.base,
        head: mode.head,
        ...(mode.kind === 'pull-request' ? { pullNumber: mode.number } : {}),
      },
      api,
    );
    req.changed = scope.via === 'api' ? underPath(scope.changed, inputs.path) : scope.changed;
    // Only a pull request that edits the configuration can add a waiver or override to approve.
    const configFiles = inputs.configPath ? [inputs.configPath] : defaultConfigFiles;
    if (mode.kind === 'pull-request' && req.changed.some((p) => configFiles.includes(p))) {
      const { pullRequestApprovals } = await import('./approvals.js');
      req.approvals = await pullRequestApprovals(
        dir,
        mode,
        req.readFrom === 'head' ? mode.head : 'HEAD',
        api,
        inputs.configPath,
      );
    }
    if (scope.via === 'api')
      notes.push(
        'The changed files came from the GitHub API; with `fetch-depth: 0` labelguard reads them from git.',
      );
  } else if (mode.kind === 'push' && !mode.defaultBranch && mode.base) {
    req.base = mode.base;
    req.head = mode.head;
    req.readFrom = 'working-tree';
  } else if (mode.kind === 'push' && inputs.pushGate === 'changed') {
    // The default branch is audited whole (dashboard, refiling), but the push answers for what it changed.
    if (mode.base && (await hasCommit(dir, mode.base))) {
      req.base = mode.base;
      req.head = mode.head;
      req.readFrom = 'working-tree';
      req.judgeAll = true;
    } else {
      notes.push(
        'The commit before this push is not in the clone (check out with `fetch-depth: 0`): every product counts for its result.',
      );
    }
  }

  const outcome = await runCheck(req);
  const report = outcome.report;
  if (req.changed !== undefined && report.products.length === 0) {
    notes.push('This change touches no product: nothing to judge.');
  }
  const located = relocateReport(report, inputs.path);
  const runUrl = env.runId ? `${env.serverUrl}/${env.repository}/actions/runs/${env.runId}` : undefined;
  progress.report = located;
  progress.summaryExtra = { ...(runUrl ? { reportUrl: runUrl } : {}), notes };
  core.info(
    `labelguard: ${report.summary.products} product(s) judged, ${report.summary.blocking} blocking, ${report.summary.unrecorded} unrecorded material change(s)`,
  );

  const files = writeReportFiles(outcome, located, {
    ...(inputs.reportFile ? { json: inputs.reportFile } : {}),
    ...(inputs.sarifFile ? { sarif: inputs.sarifFile } : {}),
    workspace: env.workspace,
    tempDir: env.tempDir,
  });
  annotate(located);
  setOutputs(report, files);

  const refiling = await refilingStep(
    mode,
    env,
    inputs,
    outcome,
    api,
    ownIdentity,
    req,
    notes,
    runUrl,
    requested,
  );
  const refilingPrs = refiling.flatMap((r) =>
    r.url && r.number !== undefined && r.operation !== 'closed'
      ? [{ productId: r.productId, url: r.url, number: r.number }]
      : [],
  );

  // A fork's `pull_request` run gets a read-only token; `pull_request_target` runs with the base's token.
  const readOnly = mode.kind === 'pull-request' && mode.fork && mode.event === 'pull_request';
  if (
    mode.kind === 'pull-request' &&
    inputs.comment &&
    readOnly &&
    (await import('./comment.js')).needsComment(located)
  ) {
    // A fork's workflow token is read-only: say so once, and do not spend a write that must fail.
    core.warning(
      'labelguard did not write its pull-request comment: this pull request comes from a fork, whose token is read-only (the comment needs `pull-requests: write`); see the job summary.',
    );
    notes.push(forkCommentNote());
  } else if (mode.kind === 'pull-request' && inputs.comment && api && !readOnly) {
    const { syncComment } = await import('./comment.js');
    await syncComment({
      onDenied: (message) => notes.push(deniedCommentNote(message)),
      ...api,
      issueNumber: mode.number,
      key: stickyKey(env.workflow, env.job, inputs.commentKey),
      identity: () => ownIdentity(api.octokit),
      report: located,
      ...(runUrl ? { reportUrl: runUrl } : {}),
      refilingPrs,
    });
  } else if (mode.kind === 'pull-request' && inputs.comment && !api && !readOnly) {
    notes.push('No token: the pull-request comment was skipped (pass `token: ${{ github.token }}`).');
  }

  const audit =
    (mode.kind === 'push' && mode.defaultBranch) || mode.kind === 'audit' || mode.kind === 'dashboard-edit';
  const dashboardOn = inputs.dashboard && outcome.repo.config.config.dashboard?.enabled !== false;
  if (audit && dashboardOn && api && !req.shard && !req.productIds) {
    const { updateDashboard } = await import('./dashboard.js');
    await updateDashboard({
      api,
      identity: await ownIdentity(api.octokit),
      outcome,
      refilingPrs,
      repositoryUrl: `${env.serverUrl}/${env.repository}`,
      branch: mode.kind === 'push' ? mode.ref : (defaultBranchOf(env.payload) ?? 'HEAD'),
      now: req.now,
    });
  }

  const gate = gateCount(report, outcome.touched);
  if (gate.untouched.length > 0)
    notes.push(
      `Blocking findings in products this push did not touch (${gate.untouched.join(', ')}) are on the dashboard and do not fail this push (\`push-gate: all\` makes them count).`,
    );
  progress.summaryWritten = true;
  await writeSummary(located, { ...(runUrl ? { reportUrl: runUrl } : {}), refilingPrs, notes });
  const failedRefilings = refiling.filter((r) => r.operation === 'failed');
  if (gate.blocking > 0) {
    core.setFailed(`labelguard: ${gate.blocking} blocking finding(s); see the job summary`);
  } else if (failedRefilings.length > 0) {
    // A refiling need that could not be turned into a pull request must not pass unnoticed.
    core.setFailed(
      `labelguard: ${failedRefilings.length} refiling pull request(s) could not be written: ${failedRefilings.map((r) => `${r.productId}: ${r.reason ?? 'failed'}`).join('; ')}`,
    );
  }
}

/** Open refiling pull requests where the mode and the settings ask for them; returns what was done. */
async function refilingStep(
  mode: RunMode,
  env: RunnerEnv,
  inputs: ActionInputs,
  outcome: CheckOutcome,
  api: { octokit: GitHubClient; repo: RepoRef } | undefined,
  ownIdentity: (octokit: GitHubClient) => Promise<OwnIdentity>,
  req: CheckRequest,
  notes: string[],
  runUrl: string | undefined,
  requested?: ReadonlySet<string>,
): Promise<RefilingResult[]> {
  const settings = outcome.repo.config.config.refiling ?? {};
  const wanted =
    inputs.refiling === 'true' ||
    (inputs.refiling === 'auto' &&
      settings.enabled !== false &&
      ((mode.kind === 'push' && mode.defaultBranch) ||
        mode.kind === 'audit' ||
        mode.kind === 'dashboard-edit' ||
        (mode.kind === 'pull-request' && settings.on_pull_request === true)));
  // A pull request with nothing to refile costs no request; a push or audit always runs, to close
  // refiling pull requests whose need has disappeared.
  const refile = wanted && mode.kind !== 'merge-queue' ? await import('./refile.js') : undefined;
  const nothingToDo = mode.kind === 'pull-request' && refile?.refilingNeeds(outcome).length === 0;
  if (!refile || nothingToDo) {
    core.setOutput('refiling-prs', '[]');
    return [];
  }
  const repositoryUrl = `${env.serverUrl}/${env.repository}`;
  // The label PNG's renderer starts asynchronously; evidence generation after this is synchronous.
  await (await import('../pipeline/evidence-assets.js')).prepareLabelRenderer();
  const complete = req.changed === undefined && !req.shard && !req.productIds;
  let target: RefilingTarget;
  let trigger: RefilingTrigger;
  if (mode.kind === 'pull-request') {
    target = { branch: mode.headRef, sha: mode.head };
    trigger = { pr: mode.number, sha: mode.head, url: `${repositoryUrl}/pull/${mode.number}` };
    if (mode.fork) {
      const fork = refile.writeForkRefilings(
        { outcome, target, trigger, pathPrefix: inputs.path, repositoryUrl, now: req.now },
        env.tempDir,
        runUrl,
      );
      core.setOutput('refiling-bundle-dir', fork.dir);
      append(notes, fork.comments);
      core.setOutput('refiling-prs', '[]');
      return [];
    }
  } else {
    const branch = mode.kind === 'push' ? mode.ref : defaultBranchOf(env.payload);
    if (!branch)
      throw new UsageError('cannot tell the default branch to open refiling pull requests against');
    target = { branch, sha: mode.kind === 'push' ? mode.head : env.sha };
    trigger = { sha: target.sha, url: `${repositoryUrl}/commit/${target.sha}` };
  }
  if (!api) {
    notes.push('No token: refiling pull requests were not opened.');
    core.setOutput('refiling-prs', '[]');
    return [];
  }
  const results = await refile.syncRefilings({
    api,
    identity: await ownIdentity(api.octokit),
    outcome,
    target,
    trigger,
    pathPrefix: inputs.path,
    repositoryUrl,
    now: req.now,
    closeStale: complete && (mode.kind === 'push' || mode.kind === 'audit'),
    ...(requested ? { only: requested } : {}),
  });
  if (requested) {
    const done = new Set(results.map((r) => r.productId));
    const current = [...requested].filter((id) => !done.has(id));
    if (current.length > 0)
      notes.push(`No unrecorded change for ${current.join(', ')}: the filed evidence is current.`);
  }
  core.setOutput(
    'refiling-prs',
    JSON.stringify(
      results.map((r) => ({
        product: r.productId,
        number: r.number ?? null,
        url: r.url ?? null,
        operation: r.operation,
      })),
    ),
  );
  return results;
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
