// The dashboard's executor: the one write to GitHub (create or update the dashboard issue). The body it
// writes is rendered by the pure src/dashboard/ planner.
export { DASHBOARD_KEY, syncDashboard, type DashboardIssueOptions } from './sync.js';
