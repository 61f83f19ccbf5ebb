import { parse as parseYamlText } from 'yaml';
import { activeOverrides } from '../changes/index.js';
import { UsageError } from '../core/errors.js';
import { assembleReport, judgeProduct, type JudgedProduct } from './judge.js';
import { locate, loadRepository, type LoadedRepository } from '../load/repository.js';
import { resolvePolicy, type PolicyOverrides } from './policy.js';
import type { Report } from '../report/model.js';
import { applyWaivers, approvalFindings, coversEditFindings, type ReviewEvidence } from '../rules/index.js';
import type { LoadedPacks } from './packs.js';
import type { GitTreeSource } from '../git/tree-source.js';
import { policyChangeFinding } from './policy-change.js';
import { openScope, type RunScope } from './open.js';
import { append } from '../core/append.js';
import { inShard, type Shard } from '../core/shard.js';

/** One check, as the CLI and the action ask for it. */
export interface CheckRequest {
  dir: string;
  /** Judge a change: only products touched between the merge base with `base` and `head`. */
  base?: string;
  head?: string;
  /** The change's paths when already known (from the GitHub API); then `base` is not needed. */
  changed?: readonly string[];
  /**
   * The `base` revision as the caller already started opening it (beside finding the change's paths), or
   * undefined when the clone lacks it.
   */
  baseTree?: Promise<GitTreeSource | undefined>;
  /** Where files are read from; default: `head` in git when `base` is given, else the working tree. */
  readFrom?: 'working-tree' | 'head';
  configPath?: string;
  now: string;
  overrides?: PolicyOverrides;
  shard?: Shard;
  /** Only these product ids (after loading); all when absent. */
  productIds?: readonly string[];
  /**
   * Judge a change with the policy of its base (a pull request cannot loosen its own check) or of its
   * head (a policy author trying a change). Default: head.
   */
  policyFrom?: 'base' | 'head';
  /** With `base`: judge every product all the same, and report which ones the change touched. */
  judgeAll?: boolean;
  /**
   * For a change: its reviews, to verify approvers of new waivers and overrides against the configuration
   * at the base and at the head (both read with the run's policies).
   */
  approvals?: { reviews: ReviewEvidence };
}

export interface CheckOutcome {
  report: Report;
  repo: LoadedRepository;
  packs: LoadedPacks;
  /** Paths the judged change touched, when `base` was given. */
  changed?: string[];
  /** With `judgeAll`: the ids of the products the change touched; absent when it touched them all. */
  touched?: string[];
}

/** Load, judge (rules, change detection, waivers, policy) and report: the whole check. */
export async function runCheck(req: CheckRequest): Promise<CheckOutcome> {
  const scope = await openScope(req.dir, {
    ...(req.base ? { base: req.base } : {}),
    ...(req.head ? { head: req.head } : {}),
    ...(req.configPath ? { configPath: req.configPath } : {}),
    ...(req.changed ? { changed: req.changed } : {}),
    ...(req.baseTree ? { baseTree: req.baseTree } : {}),
    ...(req.readFrom ? { readFrom: req.readFrom } : {}),
    ...(req.policyFrom ? { policyFrom: req.policyFrom } : {}),
    ...(req.judgeAll ? { judgeAll: true } : {}),
  });
  try {
    const config = scope.policy.config;
    const scoped = scope.manifests !== undefined || req.shard !== undefined || req.productIds !== undefined;
    // A change that touches no product needs no rule pack: skip compiling them, so such a pull request
    // passes in about the time the runtime needs to start.
    const packsSkipped = scope.manifests !== undefined && scope.manifests.length === 0;
    // Rule packs, change detection and rule evaluation load only when there is something to judge.
    const judging = packsSkipped ? undefined : await import('./stages.js');
    const packs: LoadedPacks = judging
      ? judging.loadPolicyPacks(scope.policy)
      : { packs: [], classifier: { tables: [] }, problems: [] };
    // A broken pack or classification override is like a broken configuration: nothing can be judged.
    const setupErrors = [
      ...packs.problems,
      ...(judging ? judging.validateOverrides(packs.classifier, config) : []),
    ].filter((f) => f.severity === 'error');
    if (setupErrors.length > 0) {
      throw new UsageError(
        'the configured rule packs or classification overrides are invalid',
        setupErrors.map(
          (f) => `${f.file}:${f.line}:${f.column}: ${f.message}${f.hint ? `\n  hint: ${f.hint}` : ''}`,
        ),
      );
    }
    const policy = resolvePolicy(config.config, req.overrides);
    const overrides = activeOverrides(config, req.now);
    // Who may approve comes from the policy in force; what needs approval, from the change's own config,
    // located in the file the change proposes.
    const proposed = scope.headPolicy.config;
    const approvals = req.approvals
      ? approvalFindings(
          config.config,
          { base: scope.basePolicy?.config.config, head: proposed.config, reviews: req.approvals.reviews },
          (key, index) =>
            proposed.doc?.locate([key, index, 'approver']) ?? {
              file: proposed.file ?? '.labelguard.yml',
              line: 1,
              column: 1,
            },
        )
      : [];
    const stages =
      judging?.productStages(
        packs,
        overrides.active,
        config.config.sbom_noise,
        policy.blockPendingRefiling,
        req.now,
      ) ?? [];
    const wanted = req.productIds ? new Set(req.productIds) : undefined;
    const judged: JudgedProduct[] = [];
    const baseManifests = await changedManifestsAtBase(scope);
    const loaded = await loadRepository(scope.source, {
      config,
      ...(scope.manifests ? { manifests: scope.manifests } : {}),
      ...(req.shard ? { filterDir: (dir: string) => inShard(dir, req.shard!) } : {}),
      // Judge each product as it loads and release what the report does not need, so a large audit
      // holds a batch of SBOMs at a time, not the whole repository.
      onProduct: (p) => {
        if (wanted && !wanted.has(p.id)) return;
        const j = judgeProduct(p, stages);
        const before = baseManifests.get(p.manifestFile);
        if (before !== undefined && p.manifest) {
          append(
            j.findings,
            coversEditFindings(p.id, parseYaml(before), p.manifest, (doc, path) => locate(p, doc, path)),
          );
        }
        judged.push(j);
        judging?.release(p, j);
      },
    });
    const repo = wanted ? { ...loaded, products: loaded.products.filter((p) => wanted.has(p.id)) } : loaded;
    const waivers = config.config.waivers ?? [];
    const knownRules = new Set([
      ...packs.packs.flatMap((p) => p.rules.map((r) => r.id)),
      // Without packs no rule is known: a waiver's rule cannot be told unknown in such a run.
      ...(packsSkipped ? waivers.map((w) => w.rule) : []),
    ]);
    const loadedIds = repo.products.map((p) => p.id);
    // A scoped run does not see every product, so it cannot tell a waiver for an unknown product;
    // full audits (push, schedule, plain `check`) do.
    const knownProducts = new Set(scoped ? [...loadedIds, ...waivers.map((w) => w.product)] : loadedIds);
    const policyFindings =
      scope.policyChange && req.policyFrom === 'base'
        ? [policyChangeFinding(scope.policyChange, config, policy.policyChange)]
        : [];
    const report = assembleReport(
      {
        config,
        findings: [
          ...repo.findings,
          ...packs.problems,
          ...policyFindings,
          ...overrides.problems,
          ...approvals,
        ],
      },
      judged,
      {
        now: req.now,
        policy,
        scoped,
        waive: (findings) =>
          applyWaivers(findings, waivers, {
            now: req.now,
            knownRules: new Set([...knownRules, ...findings.map((f) => f.ruleId)]),
            knownProducts,
            locateWaiver: (index, key) =>
              config.doc?.locate(['waivers', index, ...(key ? [key] : [])]) ?? {
                file: config.file ?? '.labelguard.yml',
                line: 1,
                column: 1,
              },
          }),
      },
    );
    if (scope.policyChange) report.policyChange = scope.policyChange;
    const touched = scope.touched && new Set(scope.touched);
    return {
      report,
      repo,
      packs,
      ...(scope.changed ? { changed: scope.changed } : {}),
      ...(touched
        ? { touched: repo.products.filter((p) => touched.has(p.manifestFile)).map((p) => p.id) }
        : {}),
    };
  } finally {
    scope.close();
  }
}

/**
 * The changed YAML files of a change as they were at its merge base (what the change started from), so
 * that edits of a manifest can be judged against their previous state. Empty when not judging from git.
 */
async function changedManifestsAtBase(scope: RunScope): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!scope.baseSource || !scope.changed) return out;
  for (const path of scope.changed) {
    if (!/\.ya?ml$/.test(path)) continue;
    const bytes = await scope.baseSource.readFile(path);
    if (bytes) out.set(path, bytes.toString('utf8'));
  }
  return out;
}

/** A previous revision's manifest; unreadable means there is nothing to compare with. */
function parseYaml(text: string): unknown {
  try {
    return parseYamlText(text) as unknown;
  } catch {
    return undefined;
  }
}
