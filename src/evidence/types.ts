import type { DetectedChange } from '../core/change.js';
import type { SoftwareRoles } from '../rules/types.js';
import type { Filing, Product } from '../schemas/index.js';

/** One source file the evidence was generated from, hashed by the caller. */
export interface EvidenceInputFile {
  /** Path relative to the repository root, e.g. `products/cam-x1/product.yaml`. */
  path: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

/** Everything one evidence bundle is generated from; the generator reads nothing else. */
export interface EvidenceInput {
  product: Product;
  /** The filing record; absent for a product that was never filed. */
  filing?: Filing;
  /** Every difference between the registered baseline and the product as it is now. */
  changes: DetectedChange[];
  /** The normalised SBOM as CycloneDX 1.6 JSON text; copied into the bundle byte for byte. */
  sbomNormalised: string;
  /**
   * The rule pack's security-relevant software data (`software-roles.yaml`, a loaded pack's
   * `softwareRoles`). Without it only `ccl:role` properties and the manifest's own declarations mark
   * SBOM components as security-relevant.
   */
  softwareRoles?: SoftwareRoles;
  inputs: EvidenceInputFile[];
  generator: { name: string; version: string };
  /** Name of this filing's evidence folder, e.g. `2026-11-26`; the generator never reads the clock. */
  filingId: string;
  /** Template sources by file name in `templates/` (see `evidenceTemplateNames`). */
  templates: Record<string, string>;
}

export interface EvidenceFile {
  /** File name inside the filing's evidence folder. */
  path: string;
  content: Buffer;
}

/** The generated evidence files, sorted by path. */
export interface EvidenceBundle {
  files: EvidenceFile[];
}
