/** Refiling pull requests: the pure planner and filing update, the executor, and the fork fallback. */
export { DEFAULT_BRANCH_PREFIX, refilingBranchName, sanitiseRefPath } from './branch.js';
export {
  renderCommitMessage,
  renderRefilingBody,
  renderRefilingTitle,
  type RefilingBodyInput,
} from './body.js';
export {
  forkArtifactName,
  forkRefilingComment,
  forkRefilingFiles,
  type ForkCommentOptions,
  type ForkRefilingOutput,
} from './fork.js';
export { BLOCKED_COMMENT_KEY } from './messages.js';
export { filesDigest, parseMetadata, planDigest, renderMetadataLine, replaceMetadata } from './metadata.js';
export { BODY_RESERVE, planRefiling, stableFilingId } from './plan.js';
export {
  asRefilingPullRequest,
  listBranchPullRequests,
  listRefilingPullRequests,
  refilingPullRequestsAmong,
  type ListRefilingOptions,
  type RefilingPullRequest,
} from './pull-lookup.js';
export {
  FilingUpdateError,
  changeLogEntries,
  changeLogOf,
  changesToRecord,
  describeChange,
  recordChanges,
  type RecordChangesOptions,
} from './record-changes.js';
export { closeStaleRefilings, syncRefiling, type CloseStaleInput, type SyncRefilingInput } from './sync.js';
export type * from './types.js';
