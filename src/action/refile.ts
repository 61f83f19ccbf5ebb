import * as core from '#actions-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ChangeSet, DetectedChange } from '../core/change.js';
import { toGitHubApiError, type GitHubClient, type OwnIdentity, type RepoRef } from '../github/index.js';
import { summaryOf, type LoadedProduct } from '../load/repository.js';
import { bundleCheck, evidenceFor } from '../pipeline/evidence.js';
import type { CheckOutcome } from '../pipeline/run-check.js';
import { loadTemplates, prepareLabelRenderer } from '../pipeline/evidence-assets.js';
import { closeStaleRefilings, listRefilingPullRequests, syncRefiling } from '../refiling/exec/index.js';
import {
  DEFAULT_BRANCH_PREFIX,
  forkArtifactName,
  forkRefilingComment,
  forkRefilingFiles,
  planRefiling,
  stableFilingId,
  type RefilingPlan,
  type RefilingResult,
  type RefilingTarget,
  type RefilingTrigger,
} from '../refiling/index.js';
import { generator } from '../version.js';
import { append } from '../core/append.js';
import { refilingNeeds, type Need } from './refiling-needs.js';

// Callers outside the action (the adversarial corpus) read the needs from here, beside the executor.
export { refilingNeeds };

export interface RefilingRun {
  api: { octokit: GitHubClient; repo: RepoRef };
  identity: OwnIdentity;
  outcome: CheckOutcome;
  target: RefilingTarget;
  trigger: RefilingTrigger;
  /** The compliance repository's folder inside the git repository ('' at the root). */
  pathPrefix: string;
  repositoryUrl: string;
  now: string;
  /** Close refiling pull requests whose need disappeared (only when every product was judged). */
  closeStale: boolean;
  /** Only these products (a dashboard's regeneration requests); all that need a refiling otherwise. */
  only?: ReadonlySet<string>;
}

/**
 * Open, update or close one refiling pull request per product and target branch. Every need either
 * gets a pull request or a result saying why not: nothing is dropped silently.
 */
export async function syncRefilings(run: RefilingRun): Promise<RefilingResult[]> {
  await prepareLabelRenderer(); // each plan renders label.png
  const settings = run.outcome.repo.config.config.refiling ?? {};
  const branchPrefix = settings.branch_prefix ?? DEFAULT_BRANCH_PREFIX;
  const { octokit, repo } = run.api;
  const needs = refilingNeeds(run.outcome).filter((n) => !run.only || run.only.has(n.product.id));
  let open: Awaited<ReturnType<typeof listRefilingPullRequests>>;
  try {
    open = await listRefilingPullRequests(octokit, repo, {
      identity: run.identity,
      branchPrefix,
      target: run.target.branch,
    });
  } catch (error) {
    // Without the list nothing can be done safely (a refiling pull request could be opened twice), but the
    // run must go on to report the check: every need becomes a `failed` result saying why, which fails the
    // run with GitHub's classified message instead of an internal error that skips the summary.
    const reason = `could not list the open refiling pull requests: ${toGitHubApiError(error, 'list the refiling pull requests').message}`;
    core.warning(`refiling: ${reason}`);
    return needs.map((n) => ({ productId: n.product.id, operation: 'failed', reason }));
  }
  const { plans, failed } = plansFor(
    run,
    needs,
    open.map((p) => p.metadata),
  );
  const log = { debug: core.debug, info: core.info, warn: core.warning };
  for (const f of failed)
    log.warn(`refiling ${f.productId} → ${run.target.branch}: failed: ${f.reason ?? ''}`);
  const results = await syncRefiling({
    octokit,
    repo,
    identity: run.identity,
    target: run.target,
    plans,
    openRefilingPrs: open,
    ...(settings.max_open ? { maxOpen: settings.max_open } : {}),
    log,
  });
  append(results, failed);
  if (run.closeStale) {
    append(
      results,
      await closeStaleRefilings({
        octokit,
        repo,
        identity: run.identity,
        target: run.target,
        branchPrefix,
        productIdsStillNeeding: [
          // Every product that needs a refiling, planned or not: a plan that failed this time must not get
          // the product's open refiling pull request closed as "no longer needed".
          ...needs.map((n) => n.product.id),
          // Nor may a product whose data could not be read this time (a broken product.yaml pushed to
          // the default branch): that it needs nothing is unknown, not shown.
          ...unjudged(run.outcome),
        ],
        openRefilingPrs: open,
        log,
      }),
    );
  }
  return results;
}

/** Products whose data did not load cleanly, so that whether they still need a refiling is unknown. */
function unjudged(outcome: CheckOutcome): string[] {
  return outcome.repo.products
    .filter((p) => {
      // A released product keeps a summary of its manifest and filing, not the documents themselves.
      const { manifest, filing } = summaryOf(p);
      return (
        !manifest || (!p.sbom && !p.summary) || !filing || p.findings.some((f) => f.severity === 'error')
      );
    })
    .map((p) => p.id);
}

/** For a pull request from a fork: write each refiling's files for a workflow artifact and say how to apply them. */
export function writeForkRefilings(
  run: Omit<RefilingRun, 'api' | 'identity' | 'closeStale'>,
  tempDir: string,
  runUrl?: string,
): { dir: string; comments: string[] } {
  const dir = join(tempDir, 'labelguard-refiling');
  const comments: string[] = [];
  const { plans, failed } = plansFor(run, refilingNeeds(run.outcome), []);
  for (const f of failed)
    comments.push(`labelguard could not prepare the refiling of ${f.productId}: ${f.reason ?? ''}`);
  for (const plan of plans) {
    const out = forkRefilingFiles(plan, { directory: join(dir, forkArtifactName(plan.productId)) });
    for (const f of out.files) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.path, f.content);
    }
    comments.push(
      forkRefilingComment(plan, { artifactName: out.artifactName, ...(runUrl ? { runUrl } : {}) }),
    );
  }
  return { dir, comments };
}

/**
 * The plan of every need. A need that cannot be planned (data that breaks a limit, such as a scheme name
 * too long for a pull-request body) becomes a `failed` result for its product alone: one product's bad
 * data must not take the refiling pull requests of all the others down with it.
 */
function plansFor(
  run: Pick<RefilingRun, 'outcome' | 'target' | 'trigger' | 'pathPrefix' | 'repositoryUrl' | 'now'>,
  needs: Need[],
  previous: (RefilingPlan['metadata'] | undefined)[],
): { plans: RefilingPlan[]; failed: RefilingResult[] } {
  const settings = run.outcome.repo.config.config.refiling ?? {};
  const templates = loadTemplates();
  const plans: RefilingPlan[] = [];
  const failed: RefilingResult[] = [];
  for (const { product, scheme, changes, changeSets } of needs) {
    try {
      plans.push(planOne(run, settings, templates, previous, product, scheme, changes, changeSets));
    } catch (error) {
      failed.push({
        productId: product.id,
        operation: 'failed',
        reason: `the refiling could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { plans, failed };
}

function planOne(
  run: Pick<RefilingRun, 'outcome' | 'target' | 'trigger' | 'pathPrefix' | 'repositoryUrl' | 'now'>,
  settings: NonNullable<CheckOutcome['repo']['config']['config']['refiling']>,
  templates: Record<string, string>,
  previous: (RefilingPlan['metadata'] | undefined)[],
  product: LoadedProduct,
  scheme: string,
  changes: DetectedChange[],
  changeSets?: ChangeSet[],
): RefilingPlan {
  const before = previous.find((m) => m?.product === product.id && m.scheme === scheme);
  const filingId = stableFilingId(run.now, before, {
    productId: product.id,
    scheme,
    target: run.target.branch,
    fingerprints: changes.map((c) => c.fingerprint),
  });
  const softwareRoles = run.outcome.packs.packs.find((p) => p.scheme === scheme)?.softwareRoles;
  const allChanges = run.outcome.report.products.find((p) => p.id === product.id)?.changes ?? changes;
  const bundle = evidenceFor(product, changes, {
    templates,
    ...(softwareRoles ? { softwareRoles } : {}),
    check: bundleCheck(product, run.outcome.packs.packs, allChanges, run.now),
    filingId,
  });
  return planRefiling(
    {
      productId: product.id,
      productDir: [run.pathPrefix, product.dir].filter(Boolean).join('/'),
      scheme,
      changes,
      ...(changeSets ? { changeSets } : {}),
      bundle,
      filingId,
      ...(product.filingText !== undefined ? { filingText: product.filingText } : {}),
      ...(product.manifest?.stakeholders ? { stakeholders: product.manifest.stakeholders } : {}),
      triggeredBy: run.trigger,
    },
    run.target,
    settings,
    { repositoryUrl: run.repositoryUrl, generator: { ...generator } },
  );
}
