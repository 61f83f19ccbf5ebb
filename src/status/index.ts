// Label status: one row per product and scheme with lifecycle dates and urgency, built from a check run;
// its renderers (text, JSON, Markdown, CSV), its published JSON Schema, and the merge of shard reports.
export { buildStatus, type StatusOptions, type StatusSource } from './build.js';
export { lifecycleOf, type Lifecycle, type LifecycleInput } from './deadlines.js';
export {
  groupMarkdown,
  repoFileUrl,
  rowsMarkdown,
  statusMarkdown,
  summaryMarkdown,
  type MarkdownLinks,
  type RowDetail,
} from './markdown.js';
export { mergeStatusReports, parseStatusReport, type NamedStatusReport } from './merge.js';
export { compareRows, summarise } from './order.js';
export {
  renderStatus,
  renderStatusCsv,
  renderStatusText,
  statusFormats,
  summaryLine,
  type StatusFormat,
} from './render.js';
export { statusReportSchema } from '../schemas/index.js';
export { statusReportProblems } from './schema.js';
export * from './types.js';
