/**
 * Refiling pull requests, pure part: the planner, the filing update and the fork fallback. The executor
 * that talks to GitHub is src/refiling/exec/.
 */
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
export { filesDigest, parseMetadata, planDigest, renderMetadataLine, replaceMetadata } from './metadata.js';
export { BODY_RESERVE, planRefiling, stableFilingId } from './plan.js';
export {
  FilingUpdateError,
  changeLogEntries,
  changeLogOf,
  changesToRecord,
  describeChange,
  recordChanges,
  type RecordChangesOptions,
} from './record-changes.js';
export type * from './types.js';
