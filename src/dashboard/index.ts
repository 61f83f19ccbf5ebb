// The dashboard issue: its body (pure), the regenerate-evidence checkboxes read back from an edited body
// (pure), and the thin write through src/github.
export {
  DASHBOARD_MAX_CHARS,
  DEFAULT_DASHBOARD_TITLE,
  renderDashboard,
  type DashboardOptions,
} from './render.js';
export {
  REGENERATE_END,
  REGENERATE_START,
  parseRegenerationRequests,
  regenerateBoxes,
  regenerateLine,
} from './regenerate.js';
export { DASHBOARD_KEY, syncDashboard, type DashboardIssueOptions } from './sync.js';
