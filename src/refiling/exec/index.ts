// The refiling executor: makes GitHub match the plans of src/refiling/ (find, open, update and close
// refiling pull requests). Everything here takes an Octokit; the planner next door never does.
export { BLOCKED_COMMENT_KEY } from './messages.js';
export {
  asRefilingPullRequest,
  listBranchPullRequests,
  listRefilingPullRequests,
  refilingPullRequestsAmong,
  type ListRefilingOptions,
  type RefilingPullRequest,
} from './pull-lookup.js';
export { closeStaleRefilings, syncRefiling, type CloseStaleInput, type SyncRefilingInput } from './sync.js';
