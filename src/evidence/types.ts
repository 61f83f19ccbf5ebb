import type { DetectedChange } from '../core/change.js';
import type { SoftwareRoles } from '../rules/index.js';
import type { Filing, Product } from '../schemas/index.js';

/** One source file the evidence was generated from, hashed by the caller. */
export interface EvidenceInputFile {
  /** Path relative to the repository root, e.g. `products/cam-x1/product.yaml`. */
  path: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

/** The check result the bundle carries, so that no document claims more than the product meets. */
export interface BundleCheck {
  scheme: string;
  /** The level claimed and the highest level every error rule up to it passes. */
  target: number;
  met: number;
  /** Rules that fail (or cannot be checked) at or below the target, by level. */
  unmet: {
    stars: number;
    /** `titleZh`: the rule's Chinese title, when its pack has one (the zh-CN documents show it). */
    rules: { id: string; title: string; titleZh?: string; message: string }[];
  }[];
  /** What the rules note without failing, e.g. coverage of the test report through the change log. */
  notes: { id: string; message: string }[];
  /** The date the rules were judged against. */
  judgedOn: string;
  /** The product's category as the scheme's catalogue names it (the zh-CN documents use its own term). */
  category?: { title: string; titleZh?: string };
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
  /** The rules' verdict on the product for the scheme filed. */
  check: BundleCheck;
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
