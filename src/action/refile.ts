import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadTemplates } from '../cli/evidence.js';
import type { DetectedChange } from '../core/change.js';
import type { GitHubClient, OwnIdentity, RepoRef } from '../github/index.js';
import type { LoadedProduct } from '../load/repository.js';
import { evidenceFor } from '../pipeline/evidence.js';
import type { CheckOutcome } from '../pipeline/run-check.js';
import {
  closeStaleRefilings,
  DEFAULT_BRANCH_PREFIX,
  forkArtifactName,
  forkRefilingComment,
  forkRefilingFiles,
  listRefilingPullRequests,
  planRefiling,
  stableFilingId,
  syncRefiling,
  type RefilingPlan,
  type RefilingResult,
  type RefilingTarget,
  type RefilingTrigger,
} from '../refiling/index.js';
import { generator } from '../version.js';

/** A product whose changes since the registered baseline are not all in its change log. */
interface Need {
  product: LoadedProduct;
  scheme: string;
  changes: DetectedChange[];
}

/** The products that need a refiling: unrecorded material or record-class changes, and readable data. */
export function refilingNeeds(outcome: CheckOutcome): Need[] {
  const byDir = new Map(outcome.repo.products.map((p) => [p.dir, p]));
  const needs: Need[] = [];
  for (const r of outcome.report.products) {
    const changes = (r.changes ?? []).filter((c) => !c.recorded && c.classification !== 'none');
    const product = byDir.get(r.path);
    if (changes.length === 0 || !product?.manifest || !product.sbom || !product.filing) continue;
    needs.push({ product, scheme: product.filing.scheme, changes });
  }
  return needs;
}

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
}

/**
 * Open, update or close one refiling pull request per product and target branch. Every need either
 * gets a pull request or a result saying why not: nothing is dropped silently.
 */
export async function syncRefilings(run: RefilingRun): Promise<RefilingResult[]> {
  const settings = run.outcome.repo.config.config.refiling ?? {};
  const branchPrefix = settings.branch_prefix ?? DEFAULT_BRANCH_PREFIX;
  const { octokit, repo } = run.api;
  const open = await listRefilingPullRequests(octokit, repo, {
    identity: run.identity,
    branchPrefix,
    target: run.target.branch,
  });
  const plans = plansFor(
    run,
    refilingNeeds(run.outcome),
    open.map((p) => p.metadata),
  );
  const log = { debug: core.debug, info: core.info, warn: core.warning };
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
  if (run.closeStale) {
    results.push(
      ...(await closeStaleRefilings({
        octokit,
        repo,
        identity: run.identity,
        target: run.target,
        branchPrefix,
        productIdsStillNeeding: plans.map((p) => p.productId),
        openRefilingPrs: open,
        log,
      })),
    );
  }
  return results;
}

/** For a pull request from a fork: write each refiling's files for a workflow artifact and say how to apply them. */
export function writeForkRefilings(
  run: Omit<RefilingRun, 'api' | 'identity' | 'closeStale'>,
  tempDir: string,
  runUrl?: string,
): { dir: string; comments: string[] } {
  const dir = join(tempDir, 'labelguard-refiling');
  const comments: string[] = [];
  for (const plan of plansFor(run, refilingNeeds(run.outcome), [])) {
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

function plansFor(
  run: Pick<RefilingRun, 'outcome' | 'target' | 'trigger' | 'pathPrefix' | 'repositoryUrl' | 'now'>,
  needs: Need[],
  previous: (RefilingPlan['metadata'] | undefined)[],
): RefilingPlan[] {
  const settings = run.outcome.repo.config.config.refiling ?? {};
  const templates = loadTemplates();
  return needs.map(({ product, scheme, changes }) => {
    const before = previous.find((m) => m?.product === product.id && m.scheme === scheme);
    const filingId = stableFilingId(run.now, before, {
      productId: product.id,
      scheme,
      target: run.target.branch,
      fingerprints: changes.map((c) => c.fingerprint),
    });
    const softwareRoles = run.outcome.packs.packs.find((p) => p.scheme === scheme)?.softwareRoles;
    const bundle = evidenceFor(product, changes, {
      templates,
      ...(softwareRoles ? { softwareRoles } : {}),
      filingId,
    });
    return planRefiling(
      {
        productId: product.id,
        productDir: [run.pathPrefix, product.dir].filter(Boolean).join('/'),
        scheme,
        changes,
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
  });
}
