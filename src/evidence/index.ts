// The evidence bundle generator: pure functions from product, filing, changes and SBOM to files.
export { generateEvidence, evidenceIndexName } from './generate.js';
export { describeLabel, placeholderVerificationUrl, labelItemCaptions } from './label.js';
export type { LabelData, LabelItem, LabelItemKey } from './label.js';
export { renderLabelSvg } from './label-svg.js';
export { loadLabelRenderer, renderLabelPng, type LabelRendererAssets } from './label-png.js';
export { evidenceTemplateNames } from './templates.js';
export type { EvidenceTemplateName } from './templates.js';
export { deriveTestRequest, testAreasFor } from './test-request.js';
export type { TestRequest, TestArea, TestAreaId } from './test-request.js';
export { EvidenceError } from './errors.js';
export type { BundleCheck, EvidenceBundle, EvidenceFile, EvidenceInput, EvidenceInputFile } from './types.js';
