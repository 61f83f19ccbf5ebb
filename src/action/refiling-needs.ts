import type { ChangeSet, DetectedChange } from '../core/change.js';
import type { LoadedProduct } from '../load/repository.js';
import type { CheckOutcome } from '../pipeline/run-check.js';

// Apart from the refiling executor (refile.ts, which loads the evidence generator and the GitHub client):
// whether a run needs a refiling at all is decided from the outcome alone, by the run's plan.

/** A product whose changes since the registered baseline are not all in its change log. */
export interface Need {
  product: LoadedProduct;
  scheme: string;
  changes: DetectedChange[];
  changeSets?: ChangeSet[];
}

/** The products that need a refiling: unrecorded material or record-class changes, and readable data. */
export function refilingNeeds(outcome: CheckOutcome): Need[] {
  const byDir = new Map(outcome.repo.products.map((p) => [p.dir, p]));
  const needs: Need[] = [];
  for (const r of outcome.report.products) {
    const changes = (r.changes ?? []).filter((c) => !c.recorded && c.classification !== 'none');
    const product = byDir.get(r.path);
    if (changes.length === 0 || !product?.manifest || !product.sbom || !product.filing) continue;
    needs.push({
      product,
      scheme: product.filing.scheme,
      changes,
      ...(r.changeSets ? { changeSets: r.changeSets } : {}),
    });
  }
  return needs;
}
