// What judging products needs beyond loading them: rule packs, rule evaluation and change detection.
// run-check imports this module only when a run has products to judge.
import { detectChanges, type ClassificationOverride, type NoiseConfig } from '../changes/index.js';
import type { JudgedProduct, ProductStage } from './judge.js';
import { locate, type LoadedProduct } from '../load/repository.js';
import { summarise } from '../load/summary.js';
import { coverageFacts, evaluateProduct, readiness } from '../rules/index.js';
import type { LoadedPacks } from './packs.js';
import { refilingPendingFindings } from './refiling-pending.js';

export { validateOverrides } from '../changes/index.js';
export { loadPolicyPacks } from './packs.js';

/** The pure stages every product goes through after loading: rules and readiness, change detection, policy. */
export function productStages(
  packs: LoadedPacks,
  overrides: readonly ClassificationOverride[],
  noise: NoiseConfig | undefined,
  blockPendingRefiling: boolean,
  now: string,
): ProductStage[] {
  return [
    // Changes are detected first: whether the test report still covers the product follows the change log.
    (p) => {
      const detection = detectChanges(p, packs.classifier, overrides, noise ? { noise } : {});
      const evaluation = evaluateProduct(packs.packs, {
        product: p.manifest!,
        ...(p.filing ? { filing: p.filing } : {}),
        ...(p.sbom ? { inventory: p.sbom } : {}),
        sbomSchemaValid: !p.findings.some((f) => f.ruleId === 'sbom.schema'),
        now,
        coverage: coverageFacts(p.filing, detection.changes),
        locate: (doc, path) => locate(p, doc, path),
      });
      return {
        findings: [...evaluation.findings, ...detection.findings],
        readiness: readiness(evaluation, packs.packs),
        changes: detection.changes,
        changeSets: detection.sets,
      };
    },
    (p) => ({ findings: refilingPendingFindings(p, blockPendingRefiling) }),
  ];
}

/**
 * Drop what a judged product no longer needs: its parsed YAML documents, and unless a refiling will need
 * them for evidence and the change log (a change the change log does not have yet) its SBOM inventories,
 * filing.yaml text, referenced files and its parsed manifest and filing, of which it keeps the summary
 * the status and the dashboard read. A large audit then holds per product little more than its report.
 */
export function release(p: LoadedProduct, j: JudgedProduct): void {
  delete p.manifestDoc;
  delete p.filingDoc;
  if (!(j.changes ?? []).some((c) => !c.recorded && c.classification !== 'none')) {
    p.summary = summarise(p.manifest, p.filing);
    delete p.manifest;
    delete p.filing;
    delete p.sbom;
    delete p.sbomLocate;
    delete p.baselineSbom;
    delete p.filingText;
    p.files = [];
  }
}
