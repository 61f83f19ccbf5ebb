/**
 * Pull requests: their changed files (with GitHub's 3,000-file ceiling made visible), commit comparisons,
 * and the find/create/update/close calls the refiling flow needs, keyed by head branch.
 */
import type { Octokit } from '@octokit/rest';
import { PULL_REQUEST_ALREADY_EXISTS, apiMessageOf, withClassifiedErrors } from './errors.js';
import { assertBodyFits, type RepoRef } from './repo.js';

/** `GET /pulls/{n}/files` returns at most this many files, whatever `changed_files` says. */
export const PULL_REQUEST_FILES_LIMIT = 3000;

/** `GET /compare` lists at most this many files. */
export const COMPARE_FILES_LIMIT = 300;

/** One changed file, as GitHub reports it. */
export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousFilename?: string;
  /** Blob SHA of the new content (null for some removals). */
  sha: string | null;
  additions: number;
  deletions: number;
}

/** The parts of a pull request labelguard uses. */
export interface PullRequestSummary {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  title: string;
  body: string;
  url: string;
  nodeId: string;
  /** Login of whoever opened it (null for a deleted account). */
  author: string | null;
  headRef: string;
  headSha: string;
  /** `owner/repo` of the head; differs from the base repository for pull requests from forks. */
  headRepo: string | null;
  baseRef: string;
  baseSha: string;
  /** GitHub's count of changed files (absent in list answers). */
  changedFiles?: number;
  labels: string[];
}

/** The files of a pull request and whether the list is complete. */
export interface PullRequestFiles {
  files: ChangedFile[];
  /** `changed_files` of the pull request. */
  changedFiles: number;
  /** False when GitHub returned fewer files than the pull request changes: fail closed or use `git diff`. */
  complete: boolean;
}

/** A comparison of two commits (three-dot: from their merge base to head). */
export interface CommitComparison {
  status: 'diverged' | 'ahead' | 'behind' | 'identical';
  aheadBy: number;
  behindBy: number;
  /** The base commit as GitHub resolved it, and its tree. */
  baseSha: string;
  baseTreeSha: string;
  mergeBaseSha: string;
  mergeBaseTreeSha: string;
  commits: ComparedCommit[];
  files: ChangedFile[];
  /** True when GitHub may have left files out (it lists at most 300). */
  filesMayBeTruncated: boolean;
}

/** A commit in a comparison, with who wrote and who committed it. */
export interface ComparedCommit {
  sha: string;
  /** The commit's tree: saves reading the commit again to learn it. */
  treeSha: string;
  message: string;
  parents: string[];
  /** GitHub account linked to the author, when GitHub could link one. */
  authorLogin: string | null;
  authorEmail: string | null;
  committerLogin: string | null;
  committerEmail: string | null;
  verified: boolean;
}

type RawFile = {
  filename: string;
  status: ChangedFile['status'];
  previous_filename?: string;
  sha: string | null;
  additions: number;
  deletions: number;
};

type RawPull = {
  number: number;
  state: string;
  merged?: boolean;
  merged_at?: string | null;
  draft?: boolean;
  title: string;
  body: string | null;
  html_url: string;
  node_id: string;
  user: { login: string } | null;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { ref: string; sha: string };
  changed_files?: number;
  labels: Array<{ name?: string } | string>;
};

/** Read one pull request. */
export async function getPullRequest(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
): Promise<PullRequestSummary> {
  const { data } = await withClassifiedErrors(`read pull request #${number}`, () =>
    octokit.rest.pulls.get({ ...repo, pull_number: number }),
  );
  return toSummary(data);
}

/**
 * List every file a pull request changes, page by page. GitHub stops at 3,000 files; `complete` says
 * whether the list covers `changed_files`, so the caller can fail closed.
 */
export async function listPullRequestFiles(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
): Promise<PullRequestFiles> {
  const pull = await getPullRequest(octokit, repo, number);
  const raw = await withClassifiedErrors(`list the files of pull request #${number}`, () =>
    octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 }),
  );
  const files = raw.map((f) => toChangedFile(f as RawFile));
  const changedFiles = pull.changedFiles ?? files.length;
  return { files, changedFiles, complete: files.length >= changedFiles };
}

/**
 * Compare two commits or refs (`base...head`): commits are paged through; files come with the first page
 * only, and GitHub lists at most 300 of them.
 */
export async function compareCommits(
  octokit: Octokit,
  repo: RepoRef,
  base: string,
  head: string,
): Promise<CommitComparison> {
  return withClassifiedErrors(`compare ${base}...${head}`, async () => {
    type Comparison = Awaited<ReturnType<typeof octokit.rest.repos.compareCommitsWithBasehead>>['data'];
    let first: Comparison | undefined;
    const commits: ComparedCommit[] = [];
    // Paged by hand: the paginate plugin's types treat this answer as a list, which it is not.
    for (let page = 1; ; page++) {
      const response = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`,
        per_page: 100,
        page,
      });
      first ??= response.data;
      for (const c of response.data.commits) {
        commits.push({
          sha: c.sha,
          treeSha: c.commit.tree.sha,
          message: c.commit.message,
          parents: c.parents.map((p) => p.sha),
          authorLogin: c.author && 'login' in c.author ? c.author.login : null,
          authorEmail: c.commit.author?.email ?? null,
          committerLogin: c.committer && 'login' in c.committer ? c.committer.login : null,
          committerEmail: c.commit.committer?.email ?? null,
          verified: c.commit.verification?.verified ?? false,
        });
      }
      if (!/rel="next"/.test(response.headers.link ?? '')) break;
    }
    if (!first) throw new Error(`GitHub returned no comparison for ${base}...${head}`);
    const files = (first.files ?? []).map((f) => toChangedFile(f as RawFile));
    return {
      status: first.status,
      aheadBy: first.ahead_by,
      behindBy: first.behind_by,
      baseSha: first.base_commit.sha,
      baseTreeSha: first.base_commit.commit.tree.sha,
      mergeBaseSha: first.merge_base_commit.sha,
      mergeBaseTreeSha: first.merge_base_commit.commit.tree.sha,
      commits,
      files,
      filesMayBeTruncated: files.length >= COMPARE_FILES_LIMIT,
    };
  });
}

/** Options of {@link findPullRequestByHead} and {@link listPullRequestsByHead}. */
export interface FindPullRequestOptions {
  /** Head branch in this repository. */
  head: string;
  base?: string;
  /** Default `open`. */
  state?: 'open' | 'closed' | 'all';
}

/**
 * Every pull request whose head is the branch of this repository (not a fork's branch of the same name),
 * newest first; `state: 'all'` includes closed and merged ones.
 */
export async function listPullRequestsByHead(
  octokit: Octokit,
  repo: RepoRef,
  options: FindPullRequestOptions,
): Promise<PullRequestSummary[]> {
  const pulls = await withClassifiedErrors(`find the pull requests of branch ${options.head}`, () =>
    octokit.paginate(octokit.rest.pulls.list, {
      ...repo,
      head: `${repo.owner}:${options.head}`,
      ...(options.base !== undefined && { base: options.base }),
      state: options.state ?? 'open',
      per_page: 100,
    }),
  );
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  return pulls
    .map((p) => toSummary(p as RawPull))
    .filter((p) => p.headRef === options.head && p.headRepo?.toLowerCase() === fullName)
    .sort((a, b) => b.number - a.number);
}

/** Find the pull request whose head is the branch: an open one first, else the newest. */
export async function findPullRequestByHead(
  octokit: Octokit,
  repo: RepoRef,
  options: FindPullRequestOptions,
): Promise<PullRequestSummary | undefined> {
  const pulls = await listPullRequestsByHead(octokit, repo, options);
  return pulls.find((p) => p.state === 'open') ?? pulls[0];
}

/** Options of {@link listPullRequests}. */
export interface ListPullRequestsOptions {
  /** Default `open`. */
  state?: 'open' | 'closed' | 'all';
  /** Only pull requests into this branch. */
  base?: string;
}

/** Every pull request of the repository in a state (default open), optionally into one base branch, page by page. */
export async function listPullRequests(
  octokit: Octokit,
  repo: RepoRef,
  options: ListPullRequestsOptions = {},
): Promise<PullRequestSummary[]> {
  const state = options.state ?? 'open';
  const pulls = await withClassifiedErrors(
    `list the ${state === 'all' ? '' : `${state} `}pull requests`,
    () =>
      octokit.paginate(octokit.rest.pulls.list, {
        ...repo,
        state,
        ...(options.base !== undefined && { base: options.base }),
        per_page: 100,
      }),
  );
  return pulls.map((p) => toSummary(p as RawPull));
}

/** What to open a pull request with. */
export interface NewPullRequest {
  head: string;
  base: string;
  title: string;
  body: string;
  draft?: boolean;
  maintainerCanModify?: boolean;
}

/** Open a pull request. */
export async function createPullRequest(
  octokit: Octokit,
  repo: RepoRef,
  input: NewPullRequest,
): Promise<PullRequestSummary> {
  assertBodyFits('pull request body', input.body);
  const { data } = await withClassifiedErrors(
    `open a pull request from ${input.head} into ${input.base}`,
    () =>
      octokit.rest.pulls.create({
        ...repo,
        head: input.head,
        base: input.base,
        title: input.title,
        body: input.body,
        ...(input.draft !== undefined && { draft: input.draft }),
        ...(input.maintainerCanModify !== undefined && { maintainer_can_modify: input.maintainerCanModify }),
      }),
  );
  return toSummary(data);
}

/** Fields of a pull request to change. */
export interface PullRequestChanges {
  title?: string;
  body?: string;
  base?: string;
  state?: 'open' | 'closed';
}

/** Change a pull request's title, body, base or state. */
export async function updatePullRequest(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
  changes: PullRequestChanges,
): Promise<PullRequestSummary> {
  if (changes.body !== undefined) assertBodyFits('pull request body', changes.body);
  const { data } = await withClassifiedErrors(`update pull request #${number}`, () =>
    octokit.rest.pulls.update({ ...repo, pull_number: number, ...changes }),
  );
  return toSummary(data);
}

/** Close a pull request, leaving a comment that says why when one is given. */
export async function closePullRequest(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
  comment?: string,
): Promise<PullRequestSummary> {
  if (comment !== undefined) await createComment(octokit, repo, number, comment);
  return updatePullRequest(octokit, repo, number, { state: 'closed' });
}

/** What {@link upsertPullRequest} did. */
export interface UpsertPullRequestResult {
  operation: 'created' | 'updated' | 'unchanged';
  pull: PullRequestSummary;
}

/**
 * Make sure one open pull request from `head` into `base` exists with this title and body. When a parallel
 * run opens it first ("A pull request already exists"), read it back and update it.
 */
export async function upsertPullRequest(
  octokit: Octokit,
  repo: RepoRef,
  input: NewPullRequest,
): Promise<UpsertPullRequestResult> {
  const existing = await findPullRequestByHead(octokit, repo, { head: input.head, base: input.base });
  if (!existing) {
    try {
      return { operation: 'created', pull: await createPullRequest(octokit, repo, input) };
    } catch (error) {
      if (!PULL_REQUEST_ALREADY_EXISTS.test(apiMessageOf(error))) throw error;
    }
  }
  const open =
    existing ?? (await findPullRequestByHead(octokit, repo, { head: input.head, base: input.base }));
  if (!open)
    throw new Error(`GitHub says a pull request from ${input.head} exists, but it cannot be listed.`);
  if (open.title === input.title && open.body.replace(/\r\n/g, '\n') === input.body.replace(/\r\n/g, '\n')) {
    return { operation: 'unchanged', pull: open };
  }
  const pull = await updatePullRequest(octokit, repo, open.number, { title: input.title, body: input.body });
  return { operation: 'updated', pull };
}

/** Request reviews from users and teams; does nothing when both lists are empty. */
export async function requestReviewers(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
  who: { reviewers?: string[]; teamReviewers?: string[] },
): Promise<void> {
  const reviewers = who.reviewers ?? [];
  const teamReviewers = who.teamReviewers ?? [];
  if (reviewers.length === 0 && teamReviewers.length === 0) return;
  await withClassifiedErrors(`request reviewers on #${number}`, () =>
    octokit.rest.pulls.requestReviewers({
      ...repo,
      pull_number: number,
      ...(reviewers.length > 0 && { reviewers }),
      ...(teamReviewers.length > 0 && { team_reviewers: teamReviewers }),
    }),
  );
}

/** Add labels to a pull request or issue; does nothing for an empty list. */
export async function addLabels(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
  labels: string[],
): Promise<void> {
  if (labels.length === 0) return;
  await withClassifiedErrors(`add labels to #${number}`, () =>
    octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels }),
  );
}

/** Assign people to a pull request or issue; does nothing for an empty list. */
export async function addAssignees(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
  assignees: string[],
): Promise<void> {
  if (assignees.length === 0) return;
  await withClassifiedErrors(`assign #${number}`, () =>
    octokit.rest.issues.addAssignees({ ...repo, issue_number: number, assignees }),
  );
}

/** Post a plain (non-sticky) comment on a pull request or issue. */
export async function createComment(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<{ id: number; url: string }> {
  assertBodyFits('comment', body);
  const { data } = await withClassifiedErrors(`comment on #${number}`, () =>
    octokit.rest.issues.createComment({ ...repo, issue_number: number, body }),
  );
  return { id: data.id, url: data.html_url };
}

function toChangedFile(f: RawFile): ChangedFile {
  return {
    filename: f.filename,
    status: f.status,
    ...(f.previous_filename !== undefined && { previousFilename: f.previous_filename }),
    sha: f.sha,
    additions: f.additions,
    deletions: f.deletions,
  };
}

function toSummary(p: RawPull): PullRequestSummary {
  return {
    number: p.number,
    state: p.state === 'closed' ? 'closed' : 'open',
    merged: p.merged ?? (p.merged_at !== null && p.merged_at !== undefined),
    draft: p.draft ?? false,
    title: p.title,
    body: p.body ?? '',
    url: p.html_url,
    nodeId: p.node_id,
    author: p.user?.login ?? null,
    headRef: p.head.ref,
    headSha: p.head.sha,
    headRepo: p.head.repo?.full_name ?? null,
    baseRef: p.base.ref,
    baseSha: p.base.sha,
    ...(p.changed_files !== undefined && { changedFiles: p.changed_files }),
    labels: p.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l.length > 0),
  };
}
