// What judging products needs beyond loading them: rule packs, rule evaluation and change detection.
// run-check imports this module only when a run has products to judge.
import { detectChanges } from '../changes/index.js';
import type { JudgedProduct, ProductStage } from '../check/check.js';
import type { LoadedConfig } from '../load/config.js';
import { locate, type LoadedProduct } from '../load/repository.js';
import { evaluateProduct, readiness } from '../rules/index.js';
import type { LoadedPacks } from './packs.js';
import { refilingPendingFindings } from './refiling-pending.js';

export { validateOverrides } from '../changes/index.js';
export { loadPacks } from './packs.js';

/** The pure stages every product goes through after loading: rules and readiness, change detection, policy. */
export function productStages(
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
    (p) => detectChanges(p, packs.classifier, overrides),
    (p) => ({ findings: refilingPendingFindings(p, blockPendingRefiling) }),
  ];
}

/**
 * Drop what a judged product no longer needs: its parsed YAML documents, and its SBOM inventories and
 * filing.yaml text unless a refiling will need them for evidence and the change log (a change the change
 * log does not have yet). A large audit then holds per product little more than its report.
 */
export function release(p: LoadedProduct, j: JudgedProduct): void {
  delete p.manifestDoc;
  delete p.filingDoc;
  if (!(j.changes ?? []).some((c) => !c.recorded && c.classification !== 'none')) {
    delete p.sbom;
    delete p.baselineSbom;
    delete p.filingText;
  }
}
