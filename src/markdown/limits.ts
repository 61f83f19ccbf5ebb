// GitHub's size limits for the Markdown labelguard writes. Pure renderers (report, dashboard, refiling
// bodies, the pull-request comment) size their output against them, and src/github refuses a body over
// them before spending an API call: one definition for both.

/** GitHub's size limits for the places a Markdown text goes. */
export const GITHUB_LIMITS = {
  /** Issue, pull-request and comment bodies, in characters. */
  comment: 65_536,
  /** A step's job summary, in bytes. */
  summary: 1_048_576,
} as const;

/** GitHub's limit on the body of a comment, issue or pull request, in characters. */
export const MAX_BODY_CHARS = GITHUB_LIMITS.comment;
