/**
 * One commit from a set of file changes through the Git Data API (blobs → tree → commit → ref), so GitHub
 * signs it as the token's bot. Text files ride inside the tree request; binary ones are uploaded as blobs
 * unless the repository already holds them. The branch is regenerated on top of a given base commit, never
 * rebased; a branch that carries anyone else's commits is left alone; ref races are resolved by reading
 * again.
 */
import { createHash } from 'node:crypto';
import type { Octokit } from '@octokit/rest';
import {
  GitHubApiError,
  NOT_FAST_FORWARD,
  REFERENCE_ALREADY_EXISTS,
  REFERENCE_DOES_NOT_EXIST,
  apiMessageOf,
  hasStatus,
  toGitHubApiError,
  withClassifiedErrors,
} from './errors.js';
import { isOwnCommitEmail, isOwnLogin, type OwnIdentity } from './identity.js';
import { compareCommits, type CommitComparison, type ComparedCommit } from './pulls.js';
import type { RepoRef } from './repo.js';

/** GitHub refuses blobs larger than this through the API. */
export const MAX_BLOB_BYTES = 40 * 1024 * 1024;

/** Tree entries and inline bytes sent per request; larger sets are chained through `base_tree`. */
const TREE_CHUNK_ENTRIES = 100;
const TREE_CHUNK_BYTES = 8 * 1024 * 1024;
/** UTF-8 files up to this size are sent inside the tree request instead of as separate blobs. */
const INLINE_TEXT_BYTES = 1024 * 1024;
/** Attempts when the branch moves under us. */
const REF_ATTEMPTS = 3;

/** One file to write (content) or delete (null). */
export interface FileChange {
  /** Repository-relative path with `/` separators. */
  path: string;
  content: string | Uint8Array | null;
  executable?: boolean;
}

/** What to commit, where. */
export interface CommitChangesInput {
  /** Branch name without `refs/heads/`, e.g. `labelguard/refile/cam-x1/cn-ccl`. */
  branch: string;
  /** The commit to build on (the base branch's HEAD); the new commit's only parent. */
  parentSha: string;
  message: string;
  changes: FileChange[];
  /** The token's identity: commits by anyone else on the branch block the update. */
  identity: OwnIdentity;
  /**
   * The caller has already established that the branch does not hold these changes (e.g. its recorded
   * digest differs): skip the read-only "already applied" check. Identical content still makes no commit.
   */
  knownToDiffer?: boolean;
  /**
   * The branch head the caller last saw, e.g. its pull request's `headSha`: saves reading the branch.
   * Checked against the branch before it moves or before an answer rests on it; a stale one costs a retry.
   */
  expectedHeadSha?: string;
}

/** What {@link commitChanges} did. */
export type CommitOperation = 'created' | 'updated' | 'unchanged' | 'no-diff' | 'blocked';

/** The outcome of {@link commitChanges}. */
export interface CommitResult {
  operation: CommitOperation;
  branch: string;
  /** The branch head after the call (absent for `no-diff` on a branch that does not exist). */
  commitSha?: string;
  /** For `blocked`: the commits not made by the identity. */
  foreignCommits?: ComparedCommit[];
  /** Why nothing was written. */
  reason?: string;
}

/** The git blob SHA-1 GitHub will give this content. */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The commit SHA a branch points at, or undefined when the branch does not exist. */
export async function getBranchSha(
  octokit: Octokit,
  repo: RepoRef,
  branch: string,
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (hasStatus(error, 404)) return undefined;
    throw toGitHubApiError(error, `read branch ${branch}`);
  }
}

/** Delete a branch; false when it was already gone. */
export async function deleteBranch(octokit: Octokit, repo: RepoRef, branch: string): Promise<boolean> {
  try {
    await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
    return true;
  } catch (error) {
    if (
      hasStatus(error, 404) ||
      (hasStatus(error, 422) && REFERENCE_DOES_NOT_EXIST.test(apiMessageOf(error)))
    ) {
      return false;
    }
    throw toGitHubApiError(error, `delete branch ${branch}`);
  }
}

/** True when both author and committer of the commit are the identity. */
export function isOwnCommit(identity: OwnIdentity, commit: ComparedCommit): boolean {
  const author = isOwnLogin(identity, commit.authorLogin) || isOwnCommitEmail(identity, commit.authorEmail);
  const committer =
    isOwnLogin(identity, commit.committerLogin) || isOwnCommitEmail(identity, commit.committerEmail);
  return author && committer;
}

/** Commits on `head` but not on `base` that the identity did not both author and commit. */
export async function findForeignCommits(
  octokit: Octokit,
  repo: RepoRef,
  range: { base: string; head: string; identity: OwnIdentity },
): Promise<ComparedCommit[]> {
  const comparison = await compareCommits(octokit, repo, range.base, range.head);
  return comparison.commits.filter((c) => !isOwnCommit(range.identity, c));
}

/**
 * Make `branch` point at one commit on `parentSha` holding the changes. Returns `unchanged` without any
 * write when the branch already has exactly that content, `blocked` when it carries someone else's commits,
 * `no-diff` when the changes leave the base as it is.
 *
 * Every request counts against the caller's budget, so nothing is read twice: tree SHAs come from the
 * comparison and the commit answers, and binary files the branch already holds are not uploaded again.
 */
export async function commitChanges(
  octokit: Octokit,
  repo: RepoRef,
  input: CommitChangesInput,
): Promise<CommitResult> {
  const changes = validateChanges(input.changes);
  const { branch } = input;
  const known = new KnownObjects();
  // The tree and the commit depend only on the parent and the changes: a retry after a race reuses them.
  let tree: string | undefined;
  let commit: string | undefined;
  let hint = input.expectedHeadSha;
  for (let attempt = 1; attempt <= REF_ATTEMPTS; attempt++) {
    const hinted = hint !== undefined;
    const head = hint ?? (await getBranchSha(octokit, repo, branch));
    hint = undefined;
    // An answer that leaves the branch as it is must rest on the branch as it is, not on the caller's hint.
    const stands = async (): Promise<boolean> =>
      !hinted || (await getBranchSha(octokit, repo, branch)) === head;

    if (head !== undefined) {
      let comparison: CommitComparison;
      try {
        comparison = await compareCommits(octokit, repo, input.parentSha, head);
      } catch (error) {
        // A hinted head that no longer exists (force-pushed away and collected): read the branch instead.
        if (hinted && error instanceof GitHubApiError && error.status === 404) continue;
        throw error;
      }
      known.learn(comparison);
      if (!input.knownToDiffer && (await alreadyApplied(octokit, repo, comparison, changes, known))) {
        if (!(await stands())) continue;
        return { operation: 'unchanged', branch, commitSha: head };
      }
      const foreign = comparison.commits.filter((c) => !isOwnCommit(input.identity, c));
      if (foreign.length > 0) {
        if (!(await stands())) continue;
        return {
          operation: 'blocked',
          branch,
          commitSha: head,
          foreignCommits: foreign,
          reason: `branch ${branch} has ${foreign.length} commit(s) not made by ${input.identity.login}; labelguard never overwrites them`,
        };
      }
    }

    const baseTree = await known.treeOf(octokit, repo, input.parentSha);
    tree ??= await writeTree(octokit, repo, baseTree, changes, known);
    if (tree === baseTree) {
      if (!(await stands())) continue;
      return {
        operation: 'no-diff',
        branch,
        ...(head !== undefined && { commitSha: head }),
        reason: 'the changes leave the base commit as it is',
      };
    }
    if (head !== undefined && (await known.treeOf(octokit, repo, head)) === tree) {
      if (!(await stands())) continue;
      return { operation: 'unchanged', branch, commitSha: head };
    }
    if (commit === undefined) {
      const treeSha = tree;
      const { data } = await withClassifiedErrors(`create a commit for ${branch}`, () =>
        octokit.rest.git.createCommit({
          ...repo,
          message: input.message,
          tree: treeSha,
          parents: [input.parentSha],
        }),
      );
      commit = data.sha;
      known.tree(data.sha, data.tree.sha);
    }

    const outcome = await moveBranch(octokit, repo, branch, head, commit);
    if (outcome !== 'raced') return { operation: outcome, branch, commitSha: commit };
  }
  throw new GitHubApiError(
    {
      kind: 'conflict',
      apiMessage: `branch ${branch} kept changing`,
      userMessage:
        `Branch ${branch} changed ${REF_ATTEMPTS} times while labelguard was updating it. Re-run the job; ` +
        'add a `concurrency:` group per product so runs do not overlap.',
    },
    `update branch ${branch}`,
    undefined,
  );
}

/**
 * What this call has learnt from GitHub's answers: the tree of each commit it has seen, and the blobs
 * the repository is known to hold. Reading them again would only spend the caller's request budget.
 */
class KnownObjects {
  private readonly trees = new Map<string, string>();
  /** Blob SHAs the repository holds: listed in a comparison's files, a tree read, or uploaded here. */
  readonly blobs = new Set<string>();

  learn(comparison: CommitComparison): void {
    this.tree(comparison.baseSha, comparison.baseTreeSha);
    this.tree(comparison.mergeBaseSha, comparison.mergeBaseTreeSha);
    for (const c of comparison.commits) this.tree(c.sha, c.treeSha);
    // A listed file's SHA is its blob on the head side, which the repository therefore holds.
    for (const f of comparison.files) if (f.status !== 'removed' && f.sha) this.blobs.add(f.sha);
  }

  tree(commitSha: string, treeSha: string): void {
    this.trees.set(commitSha, treeSha);
  }

  /** The tree of a commit, read only when no earlier answer carried it. */
  async treeOf(octokit: Octokit, repo: RepoRef, commitSha: string): Promise<string> {
    const seen = this.trees.get(commitSha);
    if (seen !== undefined) return seen;
    const { data } = await withClassifiedErrors(`read commit ${commitSha}`, () =>
      octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha }),
    );
    this.tree(commitSha, data.tree.sha);
    return data.tree.sha;
  }
}

interface PreparedChange {
  path: string;
  mode: '100644' | '100755';
  content: Buffer | null;
  sha: string | null;
  text: boolean;
}

function validateChanges(changes: FileChange[]): PreparedChange[] {
  const seen = new Set<string>();
  const prepared: PreparedChange[] = [];
  for (const change of changes) {
    const path = change.path;
    if (
      !path ||
      path.startsWith('/') ||
      path.endsWith('/') ||
      path.split('/').some((s) => s === '' || s === '.' || s === '..')
    ) {
      throw new Error(
        `"${path}" is not a repository-relative file path (no leading "/", no "." or ".." segments).`,
      );
    }
    if (seen.has(path)) throw new Error(`"${path}" appears twice in one commit; give each path once.`);
    seen.add(path);
    const content =
      change.content === null
        ? null
        : typeof change.content === 'string'
          ? Buffer.from(change.content, 'utf8')
          : Buffer.from(change.content);
    if (content && content.length > MAX_BLOB_BYTES) {
      throw new Error(
        `"${path}" is ${content.length} bytes; GitHub's API accepts files up to ${MAX_BLOB_BYTES} bytes.`,
      );
    }
    prepared.push({
      path,
      mode: change.executable ? '100755' : '100644',
      content,
      sha: content ? gitBlobSha(content) : null,
      text: typeof change.content === 'string',
    });
  }
  return prepared.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * True when `head` is a single commit on the base whose tree differs from the base exactly by the changes:
 * checked with reads only, so a repeated run writes nothing. Costs one tree read when the comparison
 * alone cannot rule it out; callers that already know the content differs skip it (`knownToDiffer`).
 */
async function alreadyApplied(
  octokit: Octokit,
  repo: RepoRef,
  comparison: CommitComparison,
  changes: PreparedChange[],
  known: KnownObjects,
): Promise<boolean> {
  const only = comparison.commits[0];
  if (comparison.aheadBy !== 1 || comparison.behindBy !== 0 || !only || comparison.filesMayBeTruncated)
    return false;
  const wanted = new Set(changes.map((c) => c.path));
  if (comparison.files.some((f) => !wanted.has(f.filename) || f.previousFilename !== undefined)) return false;

  const { data } = await withClassifiedErrors('read the branch tree', () =>
    octokit.rest.git.getTree({ ...repo, tree_sha: only.treeSha, recursive: 'true' }),
  );
  for (const e of data.tree) if (e.type === 'blob' && e.sha) known.blobs.add(e.sha);
  if (data.truncated) return false;
  const entries = new Map(data.tree.map((e) => [e.path, e]));
  return changes.every((c) => {
    const entry = entries.get(c.path);
    return c.sha === null ? entry === undefined : entry?.sha === c.sha && entry.mode === c.mode;
  });
}

/**
 * Build the tree. UTF-8 files up to INLINE_TEXT_BYTES travel inside the tree request (GitHub writes their
 * blobs), so a refiling of many text files costs a few requests instead of one per file: GitHub spaces
 * and caps content-creating requests. Binary and large files are uploaded as blobs first, unless the
 * repository already holds that blob (an unchanged label image): then the tree names it by SHA.
 */
async function writeTree(
  octokit: Octokit,
  repo: RepoRef,
  baseTree: string,
  changes: PreparedChange[],
  known: KnownObjects,
): Promise<string> {
  const inline = (c: PreparedChange): boolean =>
    c.text && c.content !== null && c.content.length <= INLINE_TEXT_BYTES;
  const uploaded = new Set<string>();
  const upload = async (change: PreparedChange): Promise<void> => {
    const { content, sha } = change;
    if (!content || !sha || uploaded.has(sha)) return;
    const { data } = await withClassifiedErrors(`upload ${change.path}`, () =>
      octokit.rest.git.createBlob({
        ...repo,
        content: change.text ? content.toString('utf8') : content.toString('base64'),
        encoding: change.text ? 'utf-8' : 'base64',
      }),
    );
    if (data.sha !== sha) {
      throw new Error(
        `GitHub stored ${change.path} as blob ${data.sha}, expected ${sha}; the upload was altered.`,
      );
    }
    uploaded.add(sha);
    known.blobs.add(sha);
  };
  for (const change of changes) {
    if (inline(change) || !change.sha || known.blobs.has(change.sha)) continue;
    await upload(change);
  }

  const chunks: PreparedChange[][] = [[]];
  let chunkBytes = 0;
  for (const change of changes) {
    const bytes = inline(change) ? (change.content?.length ?? 0) : 0;
    const current = chunks[chunks.length - 1] as PreparedChange[];
    if (
      current.length >= TREE_CHUNK_ENTRIES ||
      (current.length > 0 && chunkBytes + bytes > TREE_CHUNK_BYTES)
    ) {
      chunks.push([change]);
      chunkBytes = bytes;
    } else {
      current.push(change);
      chunkBytes += bytes;
    }
  }
  let tree = baseTree;
  for (const chunk of chunks) {
    if (chunk.length === 0) continue;
    const create = (base: string) =>
      withClassifiedErrors('create the commit tree', () =>
        octokit.rest.git.createTree({
          ...repo,
          base_tree: base,
          tree: chunk.map((c) =>
            inline(c)
              ? {
                  path: c.path,
                  mode: c.mode,
                  type: 'blob' as const,
                  content: c.content?.toString('utf8') ?? '',
                }
              : { path: c.path, mode: c.mode, type: 'blob' as const, sha: c.sha },
          ),
        }),
      );
    let answer;
    try {
      answer = await create(tree);
    } catch (error) {
      // A blob named by SHA that GitHub refuses (an answer we trusted was wrong): upload it, try once more.
      const named = chunk.filter((c) => !inline(c) && c.sha !== null && !uploaded.has(c.sha));
      if (!hasStatus(error, 422) || named.length === 0) throw error;
      for (const c of named) await upload(c);
      answer = await create(tree);
    }
    tree = answer.data.sha;
  }
  return tree;
}

/** Point the branch at `commit`; 'raced' when the branch appeared, moved or vanished meanwhile. */
async function moveBranch(
  octokit: Octokit,
  repo: RepoRef,
  branch: string,
  head: string | undefined,
  commit: string,
): Promise<'created' | 'updated' | 'raced'> {
  if (head === undefined) {
    try {
      await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit });
      return 'created';
    } catch (error) {
      if (hasStatus(error, 422) && REFERENCE_ALREADY_EXISTS.test(apiMessageOf(error))) return 'raced';
      throw toGitHubApiError(error, `create branch ${branch}`);
    }
  }
  // The Git Data API has no lease: re-read just before forcing, to keep the window for a lost push small.
  if ((await getBranchSha(octokit, repo, branch)) !== head) return 'raced';
  try {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit, force: true });
    return 'updated';
  } catch (error) {
    const message = apiMessageOf(error);
    if (hasStatus(error, 422) && (REFERENCE_DOES_NOT_EXIST.test(message) || NOT_FAST_FORWARD.test(message))) {
      return 'raced';
    }
    throw toGitHubApiError(error, `update branch ${branch}`);
  }
}
