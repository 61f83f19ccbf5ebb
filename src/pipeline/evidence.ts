import type { DetectedChange } from '../core/change.js';
import { compareText } from '../core/finding.js';
import { generateEvidence, type BundleCheck, type EvidenceBundle } from '../evidence/index.js';
import { locate, type LoadedProduct } from '../load/repository.js';
import {
  coverageFacts,
  evaluateProduct,
  readiness,
  type RulePack,
  type SoftwareRoles,
} from '../rules/index.js';
import { serialiseNormalised } from '../sbom/index.js';
import { generator } from '../version.js';

/** What evidence generation needs besides the product: templates, the packs' data and verdict. */
export interface EvidenceContext {
  templates: Record<string, string>;
  softwareRoles?: SoftwareRoles;
  /** The rules' verdict for the scheme filed (see bundleCheck). */
  check: BundleCheck;
  /** The evidence folder's name under the product's `filings/`, e.g. the day it was generated. */
  filingId: string;
}

/** The evidence bundle of one loaded product, from its files as read (pure: no I/O, no clock). */
export function evidenceFor(
  p: LoadedProduct,
  changes: DetectedChange[],
  ctx: EvidenceContext,
): EvidenceBundle {
  if (!p.manifest || !p.sbom) {
    throw new Error(
      `product ${p.id} has problems that prevent generating evidence; run labelguard check first`,
    );
  }
  const inputs = [
    ...(p.sha256.manifest ? [{ path: p.manifestFile, sha256: p.sha256.manifest }] : []),
    ...(p.sha256.filing && p.filingFile ? [{ path: p.filingFile, sha256: p.sha256.filing }] : []),
    ...p.files.filter((f) => f.resolved && f.sha256).map((f) => ({ path: f.resolved!, sha256: f.sha256! })),
  ];
  return generateEvidence({
    product: p.manifest,
    ...(p.filing ? { filing: p.filing } : {}),
    changes,
    sbomNormalised: serialiseNormalised(p.sbom),
    ...(ctx.softwareRoles ? { softwareRoles: ctx.softwareRoles } : {}),
    check: ctx.check,
    inputs,
    generator: { ...generator },
    filingId: ctx.filingId,
    templates: ctx.templates,
  });
}

/**
 * The rules' verdict on one product for the scheme its evidence is for: the level met and every rule that
 * fails at or below the level claimed. `changes` are all changes since the baseline (coverage follows the
 * change log). Pure.
 */
export function bundleCheck(
  p: LoadedProduct,
  packs: readonly RulePack[],
  changes: readonly DetectedChange[],
  now: string,
): BundleCheck {
  const manifest = p.manifest;
  const scheme = p.filing?.scheme ?? manifest?.labels[0]?.scheme ?? '';
  const target = manifest?.labels.find((l) => l.scheme === scheme)?.stars ?? 0;
  if (!manifest) return { scheme, target, met: 0, unmet: [], notes: [], judgedOn: now };
  const evaluation = evaluateProduct(packs, {
    product: manifest,
    ...(p.filing ? { filing: p.filing } : {}),
    ...(p.sbom ? { inventory: p.sbom } : {}),
    sbomSchemaValid: !p.findings.some((f) => f.ruleId === 'sbom.schema'),
    now,
    coverage: coverageFacts(p.filing, changes),
    locate: (doc, path) => locate(p, doc, path),
  });
  const met = readiness(evaluation, packs).find((r) => r.scheme === scheme)?.met ?? 0;
  const rulesById = new Map(packs.flatMap((pack) => pack.rules.map((r) => [r.id, r] as const)));
  const failing = evaluation.outcomes.filter(
    (o) =>
      o.scheme === scheme &&
      o.inScope &&
      o.severity === 'error' &&
      (o.status === 'fail' || o.status === 'error'),
  );
  const levels = [...new Set(failing.map((o) => o.stars))].sort((a, b) => a - b);
  const unmet = levels.map((stars) => ({
    stars,
    rules: failing
      .filter((o) => o.stars === stars)
      .map((o) => {
        const rule = rulesById.get(o.ruleId);
        return {
          id: o.ruleId,
          title: rule?.title ?? o.ruleId,
          ...(rule?.titleZh ? { titleZh: rule.titleZh } : {}),
          message: evaluation.findings.find((f) => f.ruleId === o.ruleId)?.message ?? '',
        };
      })
      .sort((a, b) => compareText(a.id, b.id)),
  }));
  const schemeRules = new Set(
    packs.filter((pk) => pk.scheme === scheme).flatMap((pk) => pk.rules.map((r) => r.id)),
  );
  const notes = evaluation.findings
    .filter((f) => f.severity === 'info' && schemeRules.has(f.ruleId))
    .map((f) => ({ id: f.ruleId, message: f.message }));
  const entry = packs
    .filter((pk) => pk.scheme === scheme)
    .flatMap((pk) => pk.catalogue ?? [])
    .find((c) => c.id === manifest.category);
  const category = entry
    ? { title: entry.title, ...(entry.title_zh ? { titleZh: entry.title_zh } : {}) }
    : undefined;
  return { scheme, target, met, unmet, notes, judgedOn: now, ...(category ? { category } : {}) };
}
