// What the job summary says when the pull-request comment cannot be written: a pull request from a fork
// (its workflow always gets a read-only token, so no write is even attempted) or a token without the
// permission (GitHub's 403 names it). The verdict, summary and annotations never depend on the comment.

/** The summary note for a pull request from a fork: nothing was written, and how to get the comment. */
export function forkCommentNote(): string {
  return [
    'No pull-request comment: this pull request comes from a fork, and GitHub gives its `pull_request` workflow a read-only token',
    '(the comment needs `pull-requests: write`), so labelguard did not try to write one. The verdict, this summary and the',
    'annotations are complete. To comment on fork pull requests, run labelguard from a `pull_request_target` workflow that checks',
    'out only the base branch (docs/workflows/labelguard-pull-request-target.yml), or post the uploaded report from a',
    '`workflow_run` workflow.',
  ].join(' ');
}

/** The summary note when GitHub refused the comment: its message names the permission to grant. */
export function deniedCommentNote(message: string): string {
  return `No pull-request comment: GitHub refused to write it. ${message}`;
}
