// The dashboard issue: its body (pure), the regenerate-evidence checkboxes read back from an edited body
// (pure). The write to GitHub is src/dashboard/exec/.
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
