import { detectChanges, validateOverrides } from '../changes/index.js';
import { UsageError } from '../load/errors.js';
import { assembleReport, judgeProduct, type JudgedProduct, type ProductStage } from '../check/check.js';
import { loadConfig, type LoadedConfig } from '../load/config.js';
import { locate, loadRepository, type LoadedProduct, type LoadedRepository } from '../load/repository.js';
import { resolvePolicy, type PolicyOverrides } from '../policy/policy.js';
import type { Report } from '../report/model.js';
import { applyWaivers, evaluateProduct, readiness } from '../rules/index.js';
import { loadPacks, type LoadedPacks } from './packs.js';
import { openScope } from './open.js';
import { refilingPendingFindings } from './refiling-pending.js';
import { inShard, type Shard } from './shard.js';

/** One check, as the CLI and the action ask for it. */
export interface CheckRequest {
  dir: string;
  /** Judge a change: only products touched between the merge base with `base` and `head`. */
  base?: string;
  head?: string;
  /** The change's paths when already known (from the GitHub API); then `base` is not needed. */
  changed?: readonly string[];
  /** Where files are read from; default: `head` in git when `base` is given, else the working tree. */
  readFrom?: 'working-tree' | 'head';
  configPath?: string;
  now: string;
  overrides?: PolicyOverrides;
  shard?: Shard;
  /** Only these product ids (after loading); all when absent. */
  productIds?: readonly string[];
}

export interface CheckOutcome {
  report: Report;
  repo: LoadedRepository;
  packs: LoadedPacks;
  /** Paths the judged change touched, when `base` was given. */
  changed?: string[];
}

/** Load, judge (rules, change detection, waivers, policy) and report: the whole check. */
export async function runCheck(req: CheckRequest): Promise<CheckOutcome> {
  const scope = await openScope(req.dir, {
    ...(req.base ? { base: req.base } : {}),
    ...(req.head ? { head: req.head } : {}),
    ...(req.configPath ? { configPath: req.configPath } : {}),
    ...(req.changed ? { changed: req.changed } : {}),
    ...(req.readFrom ? { readFrom: req.readFrom } : {}),
  });
  try {
    const config = await loadConfig(scope.source, req.configPath);
    const scoped = scope.manifests !== undefined || req.shard !== undefined || req.productIds !== undefined;
    // A change that touches no product needs no rule pack: skip compiling them, so such a pull request
    // passes in about the time the runtime needs to start.
    const packsSkipped = scope.manifests !== undefined && scope.manifests.length === 0;
    const packs = packsSkipped
      ? { packs: [], classifier: { tables: [] }, problems: [] }
      : await loadPacks(scope.source, config);
    // A broken pack or classification override is like a broken configuration: nothing can be judged.
    const setupErrors = [
      ...packs.problems,
      ...(packsSkipped ? [] : validateOverrides(packs.classifier, config)),
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
    const stages = productStages(packs, config, policy.blockPendingRefiling, req.now);
    const wanted = req.productIds ? new Set(req.productIds) : undefined;
    const judged: JudgedProduct[] = [];
    const loaded = await loadRepository(scope.source, {
      config,
      ...(scope.manifests ? { manifests: scope.manifests } : {}),
      ...(req.shard ? { filterDir: (dir: string) => inShard(dir, req.shard!) } : {}),
      // Judge each product as it loads and release what the report does not need, so a large audit
      // holds a batch of SBOMs at a time, not the whole repository.
      onProduct: (p) => {
        if (wanted && !wanted.has(p.id)) return;
        const j = judgeProduct(p, stages);
        judged.push(j);
        release(p, j);
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
    const report = assembleReport({ config, findings: [...repo.findings, ...packs.problems] }, judged, {
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
    });
    return { report, repo, packs, ...(scope.changed ? { changed: scope.changed } : {}) };
  } finally {
    scope.close();
  }
}

/** The pure stages every product goes through after loading: rules and readiness, change detection, policy. */
function productStages(
  packs: LoadedPacks,
  config: LoadedConfig,
  blockPendingRefiling: boolean,
  now: string,
): ProductStage[] {
  const overrides = config.config.classification ?? [];
  return [
    (p) => {
      const evaluation = evaluateProduct(packs.packs, {
        product: p.manifest!,
        ...(p.filing ? { filing: p.filing } : {}),
        ...(p.sbom ? { inventory: p.sbom } : {}),
        sbomSchemaValid: !p.findings.some((f) => f.ruleId === 'sbom.schema'),
        now,
        locate: (doc, path) => locate(p, doc, path),
      });
      return { findings: evaluation.findings, readiness: readiness(evaluation, packs.packs) };
    },
    (p) => {
      const noise = config.config.sbom_noise;
      const d = detectChanges(p, packs.classifier, overrides, noise ? { noise } : {});
      return { changes: d.changes, changeSets: d.sets, findings: d.findings };
    },
    (p) => ({ findings: refilingPendingFindings(p, blockPendingRefiling) }),
  ];
}

/**
 * Drop what a judged product no longer needs: its parsed YAML documents, and its SBOM inventories
 * unless a refiling will need them for evidence (a change the change log does not have yet).
 */
function release(p: LoadedProduct, j: JudgedProduct): void {
  delete p.manifestDoc;
  delete p.filingDoc;
  if (!(j.changes ?? []).some((c) => !c.recorded && c.classification !== 'none')) {
    delete p.sbom;
    delete p.sbomLocate;
    delete p.baselineSbom;
  }
}
