// Change detection: registered baseline vs current product, classified by the rule pack's
// changes.yaml, and checked against the filing's change log.
export { detectChanges, type ChangeDetection, type NoiseConfig } from './detect.js';
export {
  changePackFile,
  loadChangeClassifier,
  type ChangeClass,
  type ChangeClassifier,
  type ChangePackFile,
  type ChangeTable,
} from './pack.js';
export { activeOverrides, validateOverrides } from './overrides.js';
export { classifyDifference, type ClassificationOverride, type ClassifiedDifference } from './classify.js';
export { declaredRoles } from './declared-roles.js';
export { pendingEntriesYaml } from './entry.js';
export { fingerprintOf } from './fingerprint.js';
export { diffManifest } from './manifest-diff.js';
export { sbomDifferences } from './sbom-changes.js';
export { labelIndex, registeredState } from './registered.js';
export { describeDifference } from './describe.js';
export { differenceHeadline, type Difference } from './difference.js';
export { snapshotOf, tableFromSnapshot, type ChangeTableSnapshot } from './table-snapshot.js';
