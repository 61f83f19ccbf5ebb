/**
 * The faults the suite injects into the loopback GitHub, declared next to the outcome each must end in.
 * The README's table is rendered from these lists (scripts/adversarial-table.ts), and the tests iterate the
 * same lists, so the table lists exactly what ran.
 */
import type { DeclaredCase } from '../adversarial/declared.js';

/** How a step of the refiling flow is interrupted (applied to every step of a recorded clean run). */
export const interruptionModes = [
  {
    id: 'request-fails',
    input: 'request k of a clean run answers 502 (and so do its 3 retries): the step never happens',
    expected:
      'the run reports the product `failed` (never passes it silently); a rerun ends in the clean run’s state',
  },
  {
    id: 'answer-lost',
    input:
      'write k of a clean run is carried out but its answer is cut off (4 times): the step happened unseen',
    expected: 'no duplicate pull request, branch or change-log entry; a rerun ends in the clean run’s state',
  },
] as const satisfies readonly DeclaredCase[];

/** Named faults on the refiling flow (a push to main with two products to refile). */
export const refilingFaults = [
  {
    id: 'every-request-fails-once',
    input: 'every distinct request answers 500 once',
    expected: 'each retried once; both pull requests created, as without faults',
  },
  {
    id: 'timeouts',
    input: 'creating the tree and the pull request answer only after the client timeout',
    expected: 'the abandoned attempts change nothing; the retries succeed; one pull request each',
  },
  {
    id: 'secondary-rate-limit',
    input: '403 secondary rate limit with `Retry-After: 2` on creating the tree and the pull request',
    expected: 'waits as told, retries, succeeds',
  },
  {
    id: 'primary-rate-limit',
    input: '429 primary rate limit (`x-ratelimit-remaining: 0`) on creating the commit',
    expected: 'waits for the reset, retries, succeeds',
  },
  {
    id: 'rate-limit-too-long',
    input: 'secondary rate limit asking to wait an hour',
    expected: 'gives up at once: the product `failed` with GitHub’s message; a rerun completes it',
  },
  {
    id: 'missing-permission',
    input: '403 "Resource not accessible" naming `contents=write` on creating each tree',
    expected: 'both products `failed`, naming the permission; a rerun with it completes them',
  },
  {
    id: 'conflict-409',
    input: '409 Conflict on creating the branch, and on its 3 retries',
    expected: 'the product `failed`; a rerun completes it, no duplicate',
  },
  {
    id: 'branch-deleted-before-pull-request',
    input: 'the new branch is deleted between its creation and opening the pull request',
    expected: 'the product `failed` (GitHub refuses the head); a rerun recreates branch and pull request',
  },
  {
    id: 'branch-deleted-during-update',
    input: 'the refiling branch is deleted just before labelguard moves it to the new commit',
    expected:
      'the 422 is read as a race: the branch is created again with the new commit, the pull request updated',
  },
  {
    id: 'ref-race-parallel-runs',
    input: 'two runs at once (422 "Reference already exists", "A pull request already exists")',
    expected: 'they converge: one pull request per product, nothing failed',
  },
  {
    id: 'person-pushes-mid-run',
    input: 'a person pushes to the refiling branch while labelguard regenerates it',
    expected: '`blocked`: the person’s commit is kept, labelguard comments on the pull request',
  },
  {
    id: 'truncated-listing',
    input: 'the list of open pull requests arrives cut off mid-body',
    expected: 'retried, never read as "no pull requests": no duplicate pull request',
  },
  {
    id: 'listing-down',
    input: 'the list of open pull requests fails on every retry',
    expected: 'every need reported `failed` with GitHub’s message (no exception, nothing opened twice)',
  },
  {
    id: 'unplannable-product',
    input: 'one product’s filing has a 70,000-character scheme name (its pull request body cannot fit)',
    expected: 'that product `failed` with the reason; the other product’s pull request is still opened',
  },
  {
    id: 'broken-manifest-keeps-pull-request',
    input: 'after the pull requests exist, a push breaks one product’s product.yaml',
    expected: 'its refiling pull request stays open (not closed as "no longer needed")',
  },
] as const satisfies readonly DeclaredCase[];

/** Faults on the built action (dist/index.js run as the Actions runner runs it) against the loopback GitHub. */
export const actionFaults = [
  {
    id: 'comment-forbidden',
    input: 'pull request with a blocking finding; writing the comment answers 403 (no permission)',
    expected: 'exit 1 and `result=fail`: a failed comment never turns the check green',
  },
  {
    id: 'api-down',
    input: 'pull request with a blocking finding; every API call answers 401',
    expected: 'exit 1 and `result=fail`; the job summary and annotations are still written',
  },
  {
    id: 'odd-workflow-name',
    input: 'a workflow named `Label check (PRs) --> <b>` (spaces, parentheses, an HTML comment end)',
    expected: 'the sticky comment is still written, under a marker made of the name’s safe characters',
  },
  {
    id: 'refiling-fails-on-push',
    input:
      'push to main, `warn-only: true` (nothing blocks), creating the refiling commit’s tree answers 403',
    expected: 'exit 1: the refiling need that could not be written fails the run, naming the product',
  },
  {
    id: 'refiling-listing-fails-on-push',
    input: 'push to main, `warn-only: true`, listing the pull requests answers 403',
    expected: 'exit 1 with GitHub’s message; the job summary is still written',
  },
  {
    id: 'api-503-first-request',
    input:
      'pull request in a shallow clone (the changed files must come from the API); the first request answers 503, and so do its 3 retries',
    expected:
      'exit 1 (fails closed); the job summary says why; the error names the request; no stack trace in the log',
  },
  {
    id: 'answer-missing-field',
    input: 'pull request in a shallow clone; GitHub’s answer to reading the pull request has no `head`',
    expected:
      'exit 1 with an error naming the request and the missing field (never "Cannot read properties of undefined"); the summary is written',
  },
  {
    id: 'comment-race-lost',
    input:
      'another run of the same pull request replaces the sticky comment with the same text just before this run updates it (404)',
    expected: 'reported as updated by another run, no warning; one comment, up to date',
  },
] as const satisfies readonly DeclaredCase[];
