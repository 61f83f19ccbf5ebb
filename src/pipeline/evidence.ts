import type { DetectedChange } from '../core/change.js';
import { generateEvidence, type EvidenceBundle } from '../evidence/index.js';
import type { LoadedProduct } from '../load/repository.js';
import type { SoftwareRoles } from '../rules/types.js';
import { serialiseNormalised } from '../sbom/index.js';
import { generator } from '../version.js';

/** What evidence generation needs besides the product: templates and the pack's software roles. */
export interface EvidenceContext {
  templates: Record<string, string>;
  softwareRoles?: SoftwareRoles;
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
    inputs,
    generator: { ...generator },
    filingId: ctx.filingId,
    templates: ctx.templates,
  });
}
