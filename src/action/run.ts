import * as core from '#actions-core';
import { fetchCommit, hasCommit } from '../git/fetch.js';
import { GitTreeSource } from '../git/tree-source.js';
import type { GitHubClient, OwnIdentity, RepoRef } from '../github/index.js';
import { defaultConfigFiles } from '../load/config.js';
import { UsageError } from '../core/errors.js';
import { runCheck, type CheckOutcome, type CheckRequest } from '../pipeline/run-check.js';
import type { RefilingResult } from '../refiling/index.js';
import { relocateReport } from '../report/relocate.js';
import type { Report } from '../report/model.js';
import { append } from '../core/append.js';
import { resolveChangeScope } from './change-scope.js';
import { resolveMode } from './event.js';
import { failureMessage, failureSummary } from './failure.js';
import { deniedCommentNote } from './fork-comment.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import {
  checkNotes,
  planDashboardStep,
  planRefilingStep,
  planRun,
  planVerdict,
  refilingNotes,
  refilingOutput,
  scopedCheck,
  type RefilingStep,
  type RunPlan,
  type ScopeFacts,
} from './plan.js';
import { annotate, setOutputs, writeReportFiles, writeSummary } from './report-out.js';
import { readRunnerEnv, type RunnerEnv } from './runner-env.js';

/** The action's entry: read inputs and event, check, report everywhere GitHub users look, gate by policy. */
export async function runAction(): Promise<void> {
  const progress: Progress = { summaryExtra: {}, summaryWritten: false };
  try {
    const env = readRunnerEnv(process.env);
    const inputs = readActionInputs();
    const mode = resolveMode(env.eventName, env.payload, env.sha, env.ref);
    if ('error' in mode)
      throw new UsageError(mode.error, ['See docs/events.md for the events labelguard handles.']);
    const plan = planRun(mode, inputs, env, new Date().toISOString().slice(0, 10));
    const api = await connect(inputs, env);
    await execute({ plan, env, inputs, ...(api ? { api } : {}), notes: [], progress });
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

/** The GitHub API as the run uses it, with the account labelguard writes as (looked up once, on first use). */
interface Api {
  octokit: GitHubClient;
  repo: RepoRef;
  identity: () => Promise<OwnIdentity>;
}

/** What every step of a run shares. */
interface RunContext {
  plan: RunPlan;
  env: RunnerEnv;
  inputs: ActionInputs;
  /** Absent without a token. */
  api?: Api;
  /** The job summary's notes, in the order they arise. */
  notes: string[];
  progress: Progress;
}

/**
 * The GitHub client loads only when a run has a token, and comments, refiling and the dashboard only when
 * the run uses them: a pull request that touches no product and has no token loads none of them.
 */
async function connect(inputs: ActionInputs, env: RunnerEnv): Promise<Api | undefined> {
  if (!inputs.token) return undefined;
  const github = await import('../github/index.js');
  const octokit = github.createGitHubClient({
    token: inputs.token,
    baseUrl: env.apiUrl,
    userAgent: 'labelguard',
    // Failed attempts, retries and rate-limit waits go to the job log, not to annotations: what finally
    // fails is reported by the step that needed it.
    log: { debug: core.debug, info: core.info, warn: core.info, error: core.info },
  });
  let identity: Promise<OwnIdentity> | undefined;
  return {
    octokit,
    repo: github.parseRepoRef(env.repository),
    identity: () =>
      (identity ??= github.resolveOwnIdentity(octokit, inputs.appSlug ? { appSlug: inputs.appSlug } : {})),
  };
}

/** Carry the plan out: find the change, check, report, refile, comment, update the dashboard, gate. */
async function execute(ctx: RunContext): Promise<void> {
  const { plan, notes } = ctx;
  let requested: Set<string> | undefined;
  if (plan.readRegenerationRequests) {
    // Only ticks by a person on labelguard's own dashboard issue ask for anything.
    const ids = ctx.api
      ? (await import('./dashboard.js')).regenerationRequests(ctx.env.payload, await ctx.api.identity())
      : [];
    if (ids.length === 0) {
      core.info('labelguard: this issue edit asks for nothing (not the dashboard, or no newly ticked box)');
      return;
    }
    requested = new Set(ids);
    notes.push(`Evidence regeneration requested on the dashboard for ${ids.join(', ')}.`);
  }

  const check = await resolveCheck(ctx);
  const outcome = await runCheck(check);
  const report = reportOutcome(ctx, check, outcome);
  const refiling = await refile(ctx, planRefilingStep(plan, outcome, requested), outcome);
  const refilingPrs = refiling.flatMap((r) =>
    r.url && r.number !== undefined && r.operation !== 'closed'
      ? [{ productId: r.productId, url: r.url, number: r.number }]
      : [],
  );
  await comment(ctx, report, refilingPrs);

  const dashboard = planDashboardStep(plan, outcome);
  if (dashboard && ctx.api) {
    const { updateDashboard } = await import('./dashboard.js');
    await updateDashboard({
      api: ctx.api,
      identity: await ctx.api.identity(),
      outcome,
      refilingPrs,
      ...dashboard,
    });
  }

  const verdict = planVerdict(outcome, refiling);
  append(notes, verdict.notes);
  ctx.progress.summaryWritten = true;
  await writeSummary(report, { ...(plan.runUrl ? { reportUrl: plan.runUrl } : {}), refilingPrs, notes });
  if (verdict.failure) core.setFailed(verdict.failure);
}

/** The check request, once git or the API told what the change touched. */
async function resolveCheck(ctx: RunContext): Promise<CheckRequest> {
  const { plan, inputs } = ctx;
  const step = plan.scope;
  const dir = plan.check.dir;
  let facts: ScopeFacts | undefined;
  let baseTree: Promise<GitTreeSource | undefined> | undefined;
  if (step?.kind === 'change') {
    if (step.fetch) {
      await fetchCommit(dir, step.base);
      if (!(await fetchCommit(dir, step.head))) {
        throw new UsageError(`cannot fetch the pull request's head commit ${step.head}`, [
          'Give the job `contents: read` and check out the base repository with actions/checkout.',
        ]);
      }
    }
    const change = {
      base: step.base,
      head: step.head,
      ...(step.pullNumber !== undefined ? { pullNumber: step.pullNumber } : {}),
    };
    // The base is read from git whichever way the paths are found: open it while git diffs.
    baseTree = GitTreeSource.openIfPresent(dir, step.base);
    facts = { kind: 'change', ...(await resolveChangeScope(dir, change, ctx.api)) };
  } else if (step?.kind === 'push') {
    facts = { kind: 'push', baseInClone: step.base !== undefined && (await hasCommit(dir, step.base)) };
  }
  const { check, notes } = scopedCheck(plan, facts);
  if (baseTree) check.baseTree = baseTree;
  const configFiles = inputs.configPath ? [inputs.configPath] : defaultConfigFiles;
  if (step?.kind === 'change' && step.approvals && check.changed?.some((p) => configFiles.includes(p))) {
    const { pullRequestApprovals } = await import('./approvals.js');
    check.approvals = await pullRequestApprovals(dir, step.approvals.pullRequest, ctx.api);
  }
  append(ctx.notes, notes);
  return check;
}

/** Log, annotate, write the report files and the outputs; returns the report located in the repository. */
function reportOutcome(ctx: RunContext, check: CheckRequest, outcome: CheckOutcome): Report {
  const { plan, notes } = ctx;
  const report = outcome.report;
  append(notes, checkNotes(check, report));
  const located = relocateReport(report, ctx.inputs.path);
  ctx.progress.report = located;
  ctx.progress.summaryExtra = { ...(plan.runUrl ? { reportUrl: plan.runUrl } : {}), notes };
  core.info(
    `labelguard: ${report.summary.products} product(s) judged, ${report.summary.blocking} blocking, ${report.summary.unrecorded} unrecorded material change(s)`,
  );
  const files = writeReportFiles(outcome, located, plan.files);
  annotate(located);
  setOutputs(report, files);
  return located;
}

/** Carry out the refiling step; returns what was done (nothing for a fork's bundle or without a token). */
async function refile(ctx: RunContext, step: RefilingStep, outcome: CheckOutcome): Promise<RefilingResult[]> {
  const { plan, notes } = ctx;
  let results: RefilingResult[] = [];
  if (step.kind === 'no-token') {
    notes.push(step.note);
  } else if (step.kind === 'fork-bundle' || (step.kind === 'sync' && ctx.api)) {
    const run = {
      outcome,
      target: step.target,
      trigger: step.trigger,
      pathPrefix: ctx.inputs.path,
      repositoryUrl: plan.repositoryUrl,
      now: plan.check.now,
    };
    const refiling = await import('./refile.js');
    if (step.kind === 'fork-bundle') {
      // The label PNG's renderer starts asynchronously; evidence generation after this is synchronous.
      await (await import('../pipeline/evidence-assets.js')).prepareLabelRenderer();
      const fork = refiling.writeForkRefilings(run, ctx.env.tempDir, plan.runUrl);
      core.setOutput('refiling-bundle-dir', fork.dir);
      append(notes, fork.comments);
    } else if (ctx.api) {
      results = await refiling.syncRefilings({
        ...run,
        api: ctx.api,
        identity: await ctx.api.identity(),
        closeStale: step.closeStale,
        ...(step.only ? { only: step.only } : {}),
      });
      append(notes, refilingNotes(step, results));
    }
  }
  core.setOutput('refiling-prs', refilingOutput(results));
  return results;
}

/** The pull request's sticky comment, or the note that says why there is none. */
async function comment(
  ctx: RunContext,
  report: Report,
  refilingPrs: { productId: string; url: string; number: number }[],
): Promise<void> {
  const step = ctx.plan.comment;
  if (step.kind === 'read-only') {
    // A fork's workflow token is read-only: say so once, and do not spend a write that must fail.
    if ((await import('./comment.js')).needsComment(report)) {
      core.warning(step.warning);
      ctx.notes.push(step.note);
    }
  } else if (step.kind === 'no-token') {
    ctx.notes.push(step.note);
  } else if (step.kind === 'sticky' && ctx.api) {
    const { syncComment } = await import('./comment.js');
    await syncComment({
      onDenied: (message) => ctx.notes.push(deniedCommentNote(message)),
      octokit: ctx.api.octokit,
      repo: ctx.api.repo,
      issueNumber: step.issueNumber,
      key: step.key,
      identity: ctx.api.identity,
      report,
      ...(ctx.plan.runUrl ? { reportUrl: ctx.plan.runUrl } : {}),
      refilingPrs,
    });
  }
}
