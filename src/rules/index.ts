// Rule packs: load (pure, from file contents), evaluate products, gap analysis, waivers and their
// approvals, rendering.
export {
  evaluateProduct,
  type ProductContext,
  type ProductEvaluation,
  type RuleOutcome,
  type RuleStatus,
} from './evaluate.js';
export {
  categoryInput,
  componentRoles,
  effectiveThresholds,
  matches,
  ruleInputShapes,
  sbomFacts,
  type CategoryInput,
  type RuleInput,
  type SbomFacts,
  type VulnerabilityRecord,
} from './input.js';
export { coverageFacts, noCoverageChain, type CoverageFacts } from './coverage.js';
export { coversEditFindings } from './covers-edit.js';
export {
  builtinPacks,
  loadPackSoftwareRoles,
  loadRulePacks,
  packSpec,
  type LoadOptions,
  type LoadResult,
} from './load.js';
export { readiness, type Readiness } from './readiness.js';
export { renderRules, renderRulesDoc, type RulesFormat } from './render.js';
export type {
  CatalogueCategory,
  ComponentMatcher,
  DeniedCrypto,
  Locate,
  PackLevel,
  PackSource,
  PackSpec,
  Rule,
  RuleDoc,
  RulePack,
  SoftwareRole,
  SoftwareRoles,
  Threshold,
  ThresholdType,
  ThresholdValue,
} from './types.js';
export { applyWaivers, type WaiverContext, type WaiverResult } from './waivers.js';
export {
  approvalFindings,
  approvingReviewers,
  type ApprovalContext,
  type ReviewEvidence,
} from './approvals.js';
