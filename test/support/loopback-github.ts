/**
 * A loopback GitHub: a `node:http` server on 127.0.0.1 that answers like the REST API (and the GraphQL
 * endpoint, for `viewer` and `minimizeComment`) from in-memory state. Git objects get real SHA-1s, so a
 * blob SHA computed by the client matches the server's. Every request is checked against the vendored
 * OpenAPI subset and recorded; unknown routes and invalid requests answer like GitHub and are listed in
 * `failures`, which tests assert empty. Faults (5xx, 403 with a named permission, rate limits, delays,
 * truncated bodies, dropped connections, state changes mid-run) can be scripted per route for N requests.
 *
 * Not emulated: forks as separate repositories, merges, submitting reviews (tests seed them with
 * `state.addReview`; they are listed), checks, labels as objects with colours,
 * `since`/`sort` on comments, commit signatures beyond a `verified` flag.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadRestSubset, type MatchedOperation } from './openapi/validator.js';

// ─── Public types ─────────────────────────────────────────────────────────────────────────────────────

/** A token the server accepts, and whose it is. */
export interface TokenSeed {
  login: string;
  /** `installation` tokens (GITHUB_TOKEN, GitHub Apps) get 403 on `GET /user`, like on GitHub. */
  kind: 'user' | 'installation';
  /** Every write answers 403 "Resource not accessible by integration", like a fork's GITHUB_TOKEN. */
  readOnly?: boolean;
}

/** A user or bot account. */
export interface UserSeed {
  login: string;
  type?: 'User' | 'Bot';
  id?: number;
  name?: string;
  email?: string;
}

/** A repository with one initial commit on its default branch. */
export interface RepoSeed {
  owner: string;
  name: string;
  defaultBranch?: string;
  /** Files of the initial commit, path → UTF-8 content. */
  files?: Record<string, string>;
}

/** Initial state of the loopback server. */
export interface LoopbackSeed {
  users?: UserSeed[];
  tokens?: Record<string, TokenSeed>;
  repos?: RepoSeed[];
  /** When false, `/graphql` answers 404 (GraphQL unavailable). Default true. */
  graphql?: boolean;
  /** Accepted `X-GitHub-Api-Version` values. Default `['2022-11-28']`. */
  apiVersions?: string[];
}

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path without the `/api/v3` prefix and without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: unknown;
  status: number;
  operationId?: string;
  /** Whether it came in under `/api/v3` or `/api/graphql` (GitHub Enterprise Server layout). */
  ghes: boolean;
  /** The kind of fault injected into this request, if any. */
  fault?: FaultSpec['kind'];
}

/** What an injected fault does to a request. */
export type FaultBehaviour =
  /** Answer with this status and message instead of handling the request. */
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string>; body?: unknown }
  /** 5xx without handling the request. */
  | { kind: 'server-error'; status?: 500 | 502 | 503 | 504 }
  /** 403 "Resource not accessible by integration" with `X-Accepted-GitHub-Permissions: <permission>`. */
  | { kind: 'missing-permission'; permission: string }
  /** 403 (or 429) "You have exceeded a secondary rate limit" with Retry-After. */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number; status?: 403 | 429 }
  /** 403 (or 429) "API rate limit exceeded" with `x-ratelimit-remaining: 0` and a reset of now. */
  | { kind: 'primary-rate-limit'; status?: 403 | 429 }
  /** Wait this long, then handle normally (unless the client gave up: then nothing happens). */
  | { kind: 'delay'; ms: number }
  /** Handle normally, send half the body under a full Content-Length, then drop the connection. */
  | { kind: 'truncate' }
  /** Drop the connection without answering. */
  | { kind: 'reset' }
  /** Change the state (e.g. delete a ref, push a commit), then handle the request normally. */
  | { kind: 'mutate'; run: (state: LoopbackState) => void };

/** A fault, how many matching requests it hits, and which. */
export type FaultSpec = FaultBehaviour & {
  /** Matching requests to hit (default 1). */
  times?: number;
  /** Matching requests to let through first (default 0). */
  skip?: number;
  /** Narrow the match, e.g. to one GraphQL operation. */
  when?: (request: {
    params: Record<string, string>;
    query: Record<string, string>;
    body: unknown;
  }) => boolean;
};

/** A running loopback GitHub. */
export interface LoopbackGitHub {
  /** `http://127.0.0.1:<port>`; `${url}/api/v3` works too, as on GitHub Enterprise Server. */
  url: string;
  state: LoopbackState;
  requests: RecordedRequest[];
  /** Unknown routes, invalid requests, unknown GraphQL: each a test failure. */
  failures: string[];
  /**
   * Inject a fault into requests matching `route`: an operation id (`issues/create-comment`), a
   * `METHOD /path/{template}` (`POST /repos/{owner}/{repo}/git/refs`), or `*`.
   */
  fault(route: string, spec: FaultSpec): void;
  /** Requests that changed or tried to change something (anything but GET; GraphQL mutations count). */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

/** Tokens of the default seed. */
export const TOKENS = {
  /** GITHUB_TOKEN: installation token of github-actions[bot]. */
  actions: 'ghs_actions0000000000000000000000000000',
  /** A fork's GITHUB_TOKEN: read-only. */
  readOnly: 'ghs_readonly000000000000000000000000000',
  /** A personal access token of alice. */
  alice: 'ghp_alice00000000000000000000000000000000',
  /** Installation token of the labelguard-app GitHub App. */
  app: 'ghs_app000000000000000000000000000000000',
} as const;

/** The default repository. */
export const DEFAULT_REPO = { owner: 'acme', repo: 'widgets' } as const;

/** The default seed: users, the four TOKENS, and acme/widgets with a small initial commit on main. */
export function defaultSeed(): LoopbackSeed {
  return {
    users: [
      { login: 'github-actions[bot]', type: 'Bot', id: 41898282, name: 'github-actions[bot]' },
      { login: 'labelguard-app[bot]', type: 'Bot', id: 7000001, name: 'labelguard-app[bot]' },
      { login: 'alice', id: 1001, name: 'Alice Example', email: 'alice@example.com' },
      { login: 'bob', id: 1002, name: 'Bob Example', email: 'bob@example.com' },
    ],
    tokens: {
      [TOKENS.actions]: { login: 'github-actions[bot]', kind: 'installation' },
      [TOKENS.readOnly]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true },
      [TOKENS.alice]: { login: 'alice', kind: 'user' },
      [TOKENS.app]: { login: 'labelguard-app[bot]', kind: 'installation' },
    },
    repos: [
      {
        owner: DEFAULT_REPO.owner,
        name: DEFAULT_REPO.repo,
        files: {
          'README.md': '# widgets\n',
          'products/cam-x1/product.yaml': 'id: cam-x1\nmodel: CAM-X1\n',
        },
      },
    ],
  };
}

// ─── State ────────────────────────────────────────────────────────────────────────────────────────────

interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  name: string;
  email: string;
}

interface TokenRecord extends TokenSeed {
  token: string;
}

/** A git author or committer line. */
export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

interface TreeEntry {
  name: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

/** A commit object plus GitHub's signature verdict. */
export interface CommitRecord {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
  verified: boolean;
}

/** An issue or (with `pull`) a pull request. */
export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  user: string;
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: {
    head: string;
    base: string;
    draft: boolean;
    maintainerCanModify: boolean;
    /** Head SHA when the branch is gone. */
    lastHeadSha: string;
    requestedReviewers: string[];
    requestedTeams: string[];
    /** Submitted reviews, oldest first. */
    reviews?: ReviewRecord[];
  };
}

/** A submitted pull-request review. */
export interface ReviewRecord {
  id: number;
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  body: string;
  /** The head commit reviewed. */
  commitId: string;
  submittedAt: string;
}

/** An issue or pull request comment. */
export interface CommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  minimized: boolean;
  minimizedReason: string | null;
}

/** One repository's git objects, refs, issues, pull requests and comments. */
export class RepoState {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, CommitRecord>();
  /** `refs/heads/main` → commit SHA. */
  readonly refs = new Map<string, string>();
  readonly issues: IssueRecord[] = [];
  readonly comments: CommentRecord[] = [];
  nextNumber = 1;

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly id: number,
    readonly defaultBranch: string,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** Store a blob; returns its git SHA-1. */
  writeBlob(content: Buffer): string {
    const sha = gitObjectSha('blob', content);
    this.blobs.set(sha, content);
    return sha;
  }

  /** Store a tree from its entries; returns its git SHA-1. */
  writeTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) => compareTreeNames(a, b));
    const bytes = Buffer.concat(
      sorted.map((e) =>
        Buffer.concat([Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
      ),
    );
    const sha = gitObjectSha('tree', bytes);
    this.trees.set(sha, sorted);
    return sha;
  }

  /** Store a commit; returns its git SHA-1. */
  writeCommit(commit: Omit<CommitRecord, 'sha'>): string {
    const lines = [
      `tree ${commit.tree}`,
      ...commit.parents.map((p) => `parent ${p}`),
      `author ${personLine(commit.author)}`,
      `committer ${personLine(commit.committer)}`,
      '',
      commit.message,
    ];
    const sha = gitObjectSha('commit', Buffer.from(lines.join('\n'), 'utf8'));
    this.commits.set(sha, { ...commit, sha });
    return sha;
  }

  /** Every file under a tree: path → entry (blobs and submodules only). */
  flatten(treeSha: string, prefix = ''): Map<string, Omit<TreeEntry, 'name'>> {
    const out = new Map<string, Omit<TreeEntry, 'name'>>();
    for (const e of this.trees.get(treeSha) ?? []) {
      const path = prefix + e.name;
      if (e.type === 'tree') for (const [p, v] of this.flatten(e.sha, `${path}/`)) out.set(p, v);
      else out.set(path, { mode: e.mode, type: e.type, sha: e.sha });
    }
    return out;
  }

  /** Build nested trees from a flat path → entry map; returns the root tree SHA. */
  buildTree(flat: Map<string, Omit<TreeEntry, 'name'>>): string {
    const here: TreeEntry[] = [];
    const children = new Map<string, Map<string, Omit<TreeEntry, 'name'>>>();
    for (const [path, entry] of flat) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        here.push({ name: path, ...entry });
        continue;
      }
      const dir = path.slice(0, slash);
      const sub = children.get(dir) ?? new Map<string, Omit<TreeEntry, 'name'>>();
      sub.set(path.slice(slash + 1), entry);
      children.set(dir, sub);
    }
    for (const [dir, sub] of children)
      here.push({ name: dir, mode: '040000', type: 'tree', sha: this.buildTree(sub) });
    return this.writeTree(here);
  }

  /** Resolve a branch name, `refs/...` name or commit SHA to a commit SHA. */
  resolve(rev: string): string | undefined {
    if (this.commits.has(rev)) return rev;
    const byRef = this.refs.get(rev.startsWith('refs/') ? rev : `refs/heads/${rev}`);
    if (byRef) return byRef;
    const matches = [...this.commits.keys()].filter((sha) => rev.length >= 7 && sha.startsWith(rev));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** All commits reachable from `sha`, including it, oldest last. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  /** The nearest common ancestor of two commits. */
  mergeBase(a: string, b: string): string | undefined {
    const ofA = this.ancestors(a);
    for (const sha of this.ancestors(b)) if (ofA.has(sha)) return sha;
    return undefined;
  }

  /** File-level differences between two trees, sorted by path. */
  diffTrees(oldTree: string | undefined, newTree: string): FileDiff[] {
    const before = oldTree ? this.flatten(oldTree) : new Map<string, Omit<TreeEntry, 'name'>>();
    const after = this.flatten(newTree);
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const out: FileDiff[] = [];
    for (const path of paths) {
      const a = before.get(path);
      const b = after.get(path);
      if (a && b && a.sha === b.sha && a.mode === b.mode) continue;
      const oldLines = a ? this.lines(a.sha) : [];
      const newLines = b ? this.lines(b.sha) : [];
      const { additions, deletions } = countChangedLines(oldLines, newLines);
      out.push({
        filename: path,
        status: !a ? 'added' : !b ? 'removed' : 'modified',
        sha: (b ?? a)?.sha ?? null,
        additions,
        deletions,
      });
    }
    return out;
  }

  private lines(blobSha: string): string[] {
    const blob = this.blobs.get(blobSha);
    return blob ? blob.toString('utf8').split('\n') : [];
  }
}

/** One changed file between two trees. */
export interface FileDiff {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  sha: string | null;
  additions: number;
  deletions: number;
}

/** Everything the loopback server knows; tests read and change it directly. */
export class LoopbackState {
  readonly users = new Map<string, UserRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly repos = new Map<string, RepoState>();
  graphql: boolean;
  apiVersions: string[];
  private nextId = 5000;
  private clock = Date.parse('2026-07-01T00:00:00Z');

  constructor(seed: LoopbackSeed) {
    this.graphql = seed.graphql ?? true;
    this.apiVersions = seed.apiVersions ?? ['2022-11-28'];
    for (const u of seed.users ?? []) this.addUser(u);
    for (const [token, t] of Object.entries(seed.tokens ?? {})) {
      if (!this.users.has(t.login))
        this.addUser({ login: t.login, type: t.login.endsWith('[bot]') ? 'Bot' : 'User' });
      this.tokens.set(token, { ...t, token });
    }
    for (const r of seed.repos ?? []) this.addRepo(r);
  }

  /** A fresh numeric id. */
  newId(): number {
    return this.nextId++;
  }

  /** Deterministic time: each call is one second after the previous. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** Add (or replace) a user. */
  addUser(seed: UserSeed): UserRecord {
    const id = seed.id ?? this.newId();
    const type = seed.type ?? 'User';
    const user: UserRecord = {
      login: seed.login,
      id,
      type,
      name: seed.name ?? seed.login,
      email: seed.email ?? `${id}+${seed.login}@users.noreply.github.com`,
    };
    this.users.set(seed.login, user);
    return user;
  }

  /** A user by login; throws for unknown logins (a test bug). */
  user(login: string): UserRecord {
    const user = this.users.get(login);
    if (!user) throw new Error(`loopback: no user ${login}`);
    return user;
  }

  /** Add a repository with one initial commit (by alice, or the first user) on its default branch. */
  addRepo(seed: RepoSeed): RepoState {
    const repo = new RepoState(seed.owner, seed.name, this.newId(), seed.defaultBranch ?? 'main');
    this.repos.set(repo.fullName, repo);
    const first =
      [...this.users.values()].find((u) => u.type === 'User') ?? this.addUser({ login: 'octocat' });
    const files = seed.files ?? { 'README.md': `# ${seed.name}\n` };
    const flat = new Map<string, Omit<TreeEntry, 'name'>>();
    for (const [path, content] of Object.entries(files)) {
      flat.set(path, { mode: '100644', type: 'blob', sha: repo.writeBlob(Buffer.from(content, 'utf8')) });
    }
    const person = this.person(first.login);
    const sha = repo.writeCommit({
      tree: repo.buildTree(flat),
      parents: [],
      author: person,
      committer: person,
      message: 'Initial commit',
      verified: false,
    });
    repo.refs.set(`refs/heads/${repo.defaultBranch}`, sha);
    return repo;
  }

  /** A repository by `owner/name`; throws when unknown (a test bug). */
  repo(fullName = `${DEFAULT_REPO.owner}/${DEFAULT_REPO.repo}`): RepoState {
    const repo = this.repos.get(fullName);
    if (!repo) throw new Error(`loopback: no repository ${fullName}`);
    return repo;
  }

  /** Git author line for a user, dated now. */
  person(login: string): GitPerson {
    const user = this.user(login);
    return { name: user.name, email: user.email, date: this.now() };
  }

  /** The commit a branch points at. */
  branchSha(branch: string, fullName?: string): string | undefined {
    return this.repo(fullName).refs.get(`refs/heads/${branch}`);
  }

  /** Create a branch at a branch or commit. */
  createBranch(branch: string, from: string, fullName?: string): string {
    const repo = this.repo(fullName);
    const sha = repo.resolve(from);
    if (!sha) throw new Error(`loopback: cannot resolve ${from}`);
    repo.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** Delete a branch (e.g. from a `mutate` fault: "ref deleted mid-run"). */
  deleteBranch(branch: string, fullName?: string): void {
    this.repo(fullName).refs.delete(`refs/heads/${branch}`);
  }

  /**
   * Push a commit as a person (unsigned, author and committer = that user): path → content, or null to
   * delete. Creates the branch from the default branch when it does not exist.
   */
  pushCommit(
    branch: string,
    files: Record<string, string | null>,
    options: { login: string; message?: string; fullName?: string },
  ): string {
    const repo = this.repo(options.fullName);
    const parent = repo.refs.get(`refs/heads/${branch}`) ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    const parentCommit = parent ? repo.commits.get(parent) : undefined;
    const flat = parentCommit ? repo.flatten(parentCommit.tree) : new Map<string, Omit<TreeEntry, 'name'>>();
    for (const [path, content] of Object.entries(files)) {
      if (content === null) flat.delete(path);
      else
        flat.set(path, { mode: '100644', type: 'blob', sha: repo.writeBlob(Buffer.from(content, 'utf8')) });
    }
    const person = this.person(options.login);
    const sha = repo.writeCommit({
      tree: repo.buildTree(flat),
      parents: parent ? [parent] : [],
      author: person,
      committer: person,
      message: options.message ?? `Update ${Object.keys(files).join(', ')}`,
      verified: false,
    });
    repo.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** The text of a file at a branch or commit. */
  readFile(rev: string, path: string, fullName?: string): string | undefined {
    const repo = this.repo(fullName);
    const sha = repo.resolve(rev);
    const commit = sha ? repo.commits.get(sha) : undefined;
    const entry = commit ? repo.flatten(commit.tree).get(path) : undefined;
    return entry ? repo.blobs.get(entry.sha)?.toString('utf8') : undefined;
  }

  /** Open an issue as a user. */
  openIssue(input: {
    title: string;
    body?: string;
    login: string;
    labels?: string[];
    fullName?: string;
  }): IssueRecord {
    const repo = this.repo(input.fullName);
    const now = this.now();
    const issue: IssueRecord = {
      number: repo.nextNumber++,
      id: this.newId(),
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      stateReason: null,
      user: input.login,
      labels: input.labels ?? [],
      assignees: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    repo.issues.push(issue);
    return issue;
  }

  /** Open a pull request as a user. */
  openPullRequest(input: {
    head: string;
    base?: string;
    title: string;
    body?: string;
    login: string;
    draft?: boolean;
    fullName?: string;
  }): IssueRecord {
    const repo = this.repo(input.fullName);
    const headSha = repo.refs.get(`refs/heads/${input.head}`);
    if (!headSha) throw new Error(`loopback: no branch ${input.head}`);
    const issue = this.openIssue({
      title: input.title,
      login: input.login,
      ...(input.body !== undefined && { body: input.body }),
      ...(input.fullName !== undefined && { fullName: input.fullName }),
    });
    issue.pull = {
      head: input.head,
      base: input.base ?? repo.defaultBranch,
      draft: input.draft ?? false,
      maintainerCanModify: true,
      lastHeadSha: headSha,
      requestedReviewers: [],
      requestedTeams: [],
    };
    return issue;
  }

  /** Submit a review of a pull request as a user, on its current head commit unless `commitId` is given. */
  addReview(
    pullNumber: number,
    input: {
      login: string;
      state: ReviewRecord['state'];
      body?: string;
      commitId?: string;
      fullName?: string;
    },
  ): ReviewRecord {
    const repo = this.repo(input.fullName);
    const issue = repo.issues.find((i) => i.number === pullNumber);
    if (!issue?.pull) throw new Error(`loopback: no pull request #${pullNumber}`);
    const review: ReviewRecord = {
      id: this.newId(),
      user: input.login,
      state: input.state,
      body: input.body ?? '',
      commitId: input.commitId ?? pullHeadSha(repo, issue),
      submittedAt: this.now(),
    };
    (issue.pull.reviews ??= []).push(review);
    return review;
  }

  /** Add a comment to an issue or pull request as a user. */
  addComment(issueNumber: number, body: string, login: string, fullName?: string): CommentRecord {
    const repo = this.repo(fullName);
    const id = this.newId();
    const now = this.now();
    const comment: CommentRecord = {
      id,
      nodeId: `IC_kwDO${id}`,
      issueNumber,
      body,
      user: login,
      createdAt: now,
      updatedAt: now,
      minimized: false,
      minimizedReason: null,
    };
    repo.comments.push(comment);
    return comment;
  }

  /** The comments on an issue or pull request, oldest first. */
  commentsOn(issueNumber: number, fullName?: string): CommentRecord[] {
    return this.repo(fullName).comments.filter((c) => c.issueNumber === issueNumber);
  }
}

// ─── Server ───────────────────────────────────────────────────────────────────────────────────────────

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Ctx {
  state: LoopbackState;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  token: TokenRecord;
  /** API root the client used, for Link headers and `url` fields. */
  apiRoot: string;
  failures: string[];
}

type Handler = (ctx: Ctx) => Reply;

interface ActiveFault {
  route: string;
  spec: FaultSpec;
  remaining: number;
  skip: number;
}

/** Start a loopback GitHub on 127.0.0.1 with a random port. */
export async function startLoopbackGitHub(seed: LoopbackSeed = defaultSeed()): Promise<LoopbackGitHub> {
  const subset = loadRestSubset();
  const state = new LoopbackState(seed);
  const requests: RecordedRequest[] = [];
  const failures: string[] = [];
  const faults: ActiveFault[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void serve(req, res, Buffer.concat(chunks)).catch((error: unknown) => {
        failures.push(`loopback crashed on ${req.method} ${req.url}: ${String(error)}`);
        if (!res.headersSent) sendJson(res, 500, { message: 'loopback crashed' }, {});
      });
    });
  });

  async function serve(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://loopback');
    const ghes = url.pathname.startsWith('/api/v3/') || url.pathname === '/api/graphql';
    const path =
      url.pathname === '/api/graphql'
        ? '/graphql'
        : ghes
          ? url.pathname.slice('/api/v3'.length)
          : url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [
        k.toLowerCase(),
        Array.isArray(v) ? v.join(', ') : (v ?? ''),
      ]),
    );
    const record: RecordedRequest = { method, path, query, headers, body: undefined, status: 0, ghes };
    requests.push(record);
    const apiRoot = `http://${req.headers.host ?? '127.0.0.1'}${ghes ? '/api/v3' : ''}`;
    const reply = (r: Reply): void => {
      record.status = r.status;
      sendJson(res, r.status, r.body, { ...standardHeaders(state), ...r.headers });
    };

    if (raw.length > 0) {
      try {
        record.body = JSON.parse(raw.toString('utf8'));
      } catch {
        failures.push(`${method} ${path}: body is not JSON`);
        return reply({ status: 400, body: ghError('Problems parsing JSON') });
      }
    }
    if (!headers['user-agent']) {
      failures.push(`${method} ${path}: no User-Agent header`);
      return reply({
        status: 403,
        body: ghError(
          'Request forbidden by administrative rules. Please make sure your request has a User-Agent header',
        ),
      });
    }
    const version = headers['x-github-api-version'];
    if (version !== undefined && !state.apiVersions.includes(version)) {
      return reply({
        status: 400,
        body: ghError(`Unsupported 'X-GitHub-Api-Version' header value: ${version}`),
      });
    }
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    const tokenRecord = token ? state.tokens.get(token) : undefined;
    if (!tokenRecord) {
      return reply({ status: 401, body: ghError(token ? 'Bad credentials' : 'Requires authentication') });
    }

    const matched = subset.match(method, path);
    if (!matched) {
      failures.push(`unknown route ${method} ${path}`);
      return reply({ status: 404, body: ghError('Not Found') });
    }
    record.operationId = matched.op.id;
    const problems = subset.validate(matched, query, record.body);
    if (problems.length > 0) {
      failures.push(`${matched.op.id}: ${problems.join('; ')}`);
      return reply({ status: 422, body: { ...ghError('Invalid request.'), errors: problems } });
    }

    const fault = takeFault(matched, query, record.body);
    if (fault) {
      record.fault = fault.kind;
      const outcome = await applyFault(fault, req, res, record, reply);
      if (outcome === 'answered') return;
      if (outcome === 'client-gone') {
        record.status = -1;
        return;
      }
    }

    const isWrite = isWriteRequest(method, matched, record.body);
    if (tokenRecord.readOnly && isWrite && matched.op.id !== 'graphql') {
      return reply(resourceNotAccessible(matched.op.permissions));
    }
    const handler = handlers[matched.op.id];
    if (!handler) {
      failures.push(`no loopback handler for ${matched.op.id}`);
      return reply({ status: 404, body: ghError('Not Found') });
    }
    const ctx: Ctx = {
      state,
      params: matched.params,
      query,
      body: record.body,
      token: tokenRecord,
      apiRoot,
      failures,
    };
    const result = handler(ctx);
    if (fault?.kind === 'truncate') {
      record.status = result.status;
      const text = JSON.stringify(result.body ?? null);
      res.writeHead(result.status, {
        ...standardHeaders(state),
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
      });
      // Drop the connection only once the half body is on the wire, so the client sees headers and a short body.
      res.write(text.slice(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
      return;
    }
    reply(result);
  }

  function takeFault(
    matched: MatchedOperation,
    query: Record<string, string>,
    body: unknown,
  ): FaultSpec | undefined {
    const route = `${matched.op.method} ${matched.op.path}`;
    for (const f of faults) {
      if (f.remaining <= 0) continue;
      if (f.route !== '*' && f.route !== matched.op.id && f.route !== route) continue;
      if (f.spec.when && !f.spec.when({ params: matched.params, query, body })) continue;
      if (f.skip > 0) {
        f.skip--;
        continue;
      }
      f.remaining--;
      return f.spec;
    }
    return undefined;
  }

  async function applyFault(
    fault: FaultSpec,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    record: RecordedRequest,
    reply: (r: Reply) => void,
  ): Promise<'answered' | 'continue' | 'client-gone'> {
    switch (fault.kind) {
      case 'status':
        reply({
          status: fault.status,
          body: fault.body ?? ghError(fault.message ?? http.STATUS_CODES[fault.status] ?? 'Error'),
          ...(fault.headers && { headers: fault.headers }),
        });
        return 'answered';
      case 'server-error': {
        const status = fault.status ?? 500;
        reply({ status, body: ghError(status === 502 ? 'Server Error' : 'Internal Server Error') });
        return 'answered';
      }
      case 'missing-permission':
        reply(resourceNotAccessible(fault.permission));
        return 'answered';
      case 'secondary-rate-limit':
        reply({
          status: fault.status ?? 403,
          body: ghError(
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          ),
          headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
        });
        return 'answered';
      case 'primary-rate-limit':
        reply({
          status: fault.status ?? 403,
          body: ghError('API rate limit exceeded for installation ID 12345678.'),
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            // The client computes its wait from this and its own clock, so it must be the real clock.
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
          },
        });
        return 'answered';
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        // A client that timed out is gone: do not let the abandoned request change the state.
        return req.socket.destroyed || res.destroyed ? 'client-gone' : 'continue';
      case 'reset':
        record.status = -1;
        req.socket.destroy();
        return 'answered';
      case 'mutate':
        fault.run(state);
        return 'continue';
      case 'truncate':
        return 'continue';
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    failures,
    fault(route, spec) {
      faults.push({ route, spec, remaining: spec.times ?? 1, skip: spec.skip ?? 0 });
    },
    writes() {
      return requests.filter((r) => r.operationId !== undefined && isWriteRecord(r));
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

function isWriteRequest(method: string, matched: MatchedOperation, body: unknown): boolean {
  if (matched.op.id === 'graphql') return /^\s*mutation\b/.test(graphqlQuery(body));
  return method !== 'GET' && method !== 'HEAD';
}

function isWriteRecord(r: RecordedRequest): boolean {
  if (r.operationId === 'graphql') return /^\s*mutation\b/.test(graphqlQuery(r.body));
  return r.method !== 'GET' && r.method !== 'HEAD';
}

function graphqlQuery(body: unknown): string {
  const q = (body as { query?: unknown } | undefined)?.query;
  return typeof q === 'string' ? q : '';
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  if (res.destroyed) return;
  if (status === 204) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body ?? null);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

function standardHeaders(state: LoopbackState): Record<string, string> {
  return {
    'x-github-api-version-selected': state.apiVersions[0] ?? '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': '1782864000',
    'x-ratelimit-resource': 'core',
  };
}

function ghError(
  message: string,
  status?: number,
): { message: string; documentation_url: string; status?: string } {
  return {
    message,
    documentation_url: 'https://docs.github.com/rest',
    ...(status !== undefined && { status: String(status) }),
  };
}

function resourceNotAccessible(permissions: string | undefined): Reply {
  return {
    status: 403,
    body: ghError('Resource not accessible by integration', 403),
    ...(permissions && { headers: { 'x-accepted-github-permissions': permissions } }),
  };
}

function validationFailed(message: string, resource: string, field?: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', ...(field && { field }), message }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

const notFound = (): Reply => ({ status: 404, body: ghError('Not Found', 404) });
const unprocessable = (message: string): Reply => ({ status: 422, body: ghError(message, 422) });

// ─── Git helpers ──────────────────────────────────────────────────────────────────────────────────────

function gitObjectSha(type: string, content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
}

function compareTreeNames(a: TreeEntry, b: TreeEntry): number {
  // git sorts directory names as if they ended in "/".
  const ka = a.type === 'tree' ? `${a.name}/` : a.name;
  const kb = b.type === 'tree' ? `${b.name}/` : b.name;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function personLine(p: GitPerson): string {
  return `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
}

function countChangedLines(oldLines: string[], newLines: string[]): { additions: number; deletions: number } {
  const remaining = new Map<string, number>();
  for (const l of oldLines) remaining.set(l, (remaining.get(l) ?? 0) + 1);
  let additions = 0;
  for (const l of newLines) {
    const n = remaining.get(l) ?? 0;
    if (n > 0) remaining.set(l, n - 1);
    else additions++;
  }
  const deletions = [...remaining.values()].reduce((a, b) => a + b, 0);
  return { additions, deletions };
}

// ─── JSON shapes ──────────────────────────────────────────────────────────────────────────────────────

const HTML = 'https://github.example';

function userJson(state: LoopbackState, login: string): Record<string, unknown> {
  const u = state.users.get(login) ?? { login, id: 0, type: 'User', name: login, email: '' };
  return {
    login: u.login,
    id: u.id,
    node_id: `U_${u.id}`,
    type: u.type,
    site_admin: false,
    html_url: `${HTML}/${u.login}`,
    avatar_url: `${HTML}/avatars/${u.id}`,
  };
}

function repoJson(ctx: Ctx, repo: RepoState): Record<string, unknown> {
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: repo.fullName,
    owner: userJson(ctx.state, repo.owner),
    private: false,
    fork: false,
    default_branch: repo.defaultBranch,
    html_url: `${HTML}/${repo.fullName}`,
    url: `${ctx.apiRoot}/repos/${repo.fullName}`,
  };
}

function commentJson(ctx: Ctx, repo: RepoState, c: CommentRecord): Record<string, unknown> {
  return {
    id: c.id,
    node_id: c.nodeId,
    body: c.body,
    user: userJson(ctx.state, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user === repo.owner ? 'OWNER' : 'CONTRIBUTOR',
    html_url: `${HTML}/${repo.fullName}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${ctx.apiRoot}/repos/${repo.fullName}/issues/${c.issueNumber}`,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/issues/comments/${c.id}`,
  };
}

function issueJson(ctx: Ctx, repo: RepoState, i: IssueRecord): Record<string, unknown> {
  return {
    id: i.id,
    node_id: `I_${i.id}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.stateReason,
    user: userJson(ctx.state, i.user),
    labels: i.labels.map((name) => ({ name })),
    assignees: i.assignees.map((a) => userJson(ctx.state, a)),
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    html_url: `${HTML}/${repo.fullName}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/issues/${i.number}`,
    ...(i.pull && { pull_request: { url: `${ctx.apiRoot}/repos/${repo.fullName}/pulls/${i.number}` } }),
  };
}

function pullHeadSha(repo: RepoState, i: IssueRecord): string {
  const pull = i.pull as NonNullable<IssueRecord['pull']>;
  const sha = repo.refs.get(`refs/heads/${pull.head}`);
  if (sha && i.state === 'open') pull.lastHeadSha = sha;
  return pull.lastHeadSha;
}

function pullFiles(repo: RepoState, i: IssueRecord): FileDiff[] {
  const pull = i.pull as NonNullable<IssueRecord['pull']>;
  const head = pullHeadSha(repo, i);
  const base = repo.resolve(pull.base);
  const mergeBase = base ? repo.mergeBase(base, head) : undefined;
  const oldTree = mergeBase ? repo.commits.get(mergeBase)?.tree : undefined;
  return repo.diffTrees(oldTree, (repo.commits.get(head) as CommitRecord).tree);
}

function pullJson(ctx: Ctx, repo: RepoState, i: IssueRecord, detailed: boolean): Record<string, unknown> {
  const pull = i.pull as NonNullable<IssueRecord['pull']>;
  const branchRef = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: userJson(ctx.state, repo.owner),
    repo: repoJson(ctx, repo),
  });
  const files = detailed ? pullFiles(repo, i) : [];
  return {
    ...issueJson(ctx, repo, i),
    url: `${ctx.apiRoot}/repos/${repo.fullName}/pulls/${i.number}`,
    html_url: `${HTML}/${repo.fullName}/pull/${i.number}`,
    draft: pull.draft,
    merged_at: null,
    head: branchRef(pull.head, pullHeadSha(repo, i)),
    base: branchRef(pull.base, repo.resolve(pull.base) ?? ''),
    requested_reviewers: pull.requestedReviewers.map((r) => userJson(ctx.state, r)),
    requested_teams: pull.requestedTeams.map((slug) => ({ slug, name: slug })),
    maintainer_can_modify: pull.maintainerCanModify,
    ...(detailed && {
      merged: false,
      mergeable: null,
      commits: 1,
      additions: files.reduce((n, f) => n + f.additions, 0),
      deletions: files.reduce((n, f) => n + f.deletions, 0),
      changed_files: files.length,
    }),
  };
}

function fileJson(ctx: Ctx, repo: RepoState, f: FileDiff, ref: string): Record<string, unknown> {
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${HTML}/${repo.fullName}/blob/${ref}/${f.filename}`,
    raw_url: `${HTML}/${repo.fullName}/raw/${ref}/${f.filename}`,
    contents_url: `${ctx.apiRoot}/repos/${repo.fullName}/contents/${f.filename}?ref=${ref}`,
  };
}

function gitCommitJson(ctx: Ctx, repo: RepoState, c: CommitRecord): Record<string, unknown> {
  return {
    sha: c.sha,
    node_id: `C_${c.sha}`,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/git/commits/${c.sha}`,
    html_url: `${HTML}/${repo.fullName}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message,
    tree: { sha: c.tree, url: `${ctx.apiRoot}/repos/${repo.fullName}/git/trees/${c.tree}` },
    parents: c.parents.map((sha) => ({
      sha,
      url: `${ctx.apiRoot}/repos/${repo.fullName}/git/commits/${sha}`,
    })),
    verification: {
      verified: c.verified,
      reason: c.verified ? 'valid' : 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

function loginForEmail(state: LoopbackState, email: string): string | undefined {
  for (const u of state.users.values()) if (u.email.toLowerCase() === email.toLowerCase()) return u.login;
  return undefined;
}

function restCommitJson(ctx: Ctx, repo: RepoState, c: CommitRecord): Record<string, unknown> {
  const linked = (p: GitPerson) => {
    const login = loginForEmail(ctx.state, p.email);
    return login ? userJson(ctx.state, login) : null;
  };
  return {
    sha: c.sha,
    node_id: `C_${c.sha}`,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/commits/${c.sha}`,
    html_url: `${HTML}/${repo.fullName}/commit/${c.sha}`,
    comments_url: `${ctx.apiRoot}/repos/${repo.fullName}/commits/${c.sha}/comments`,
    commit: {
      url: `${ctx.apiRoot}/repos/${repo.fullName}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${ctx.apiRoot}/repos/${repo.fullName}/git/trees/${c.tree}` },
      verification: {
        verified: c.verified,
        reason: c.verified ? 'valid' : 'unsigned',
        signature: null,
        payload: null,
      },
    },
    author: linked(c.author),
    committer: linked(c.committer),
    parents: c.parents.map((sha) => ({ sha, url: `${ctx.apiRoot}/repos/${repo.fullName}/commits/${sha}` })),
  };
}

/** Slice a list as GitHub pages it, with a Link header built from the request's own query. */
function paginate<T>(
  ctx: Ctx,
  path: string,
  items: T[],
  defaultPerPage = 30,
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(ctx.query.per_page ?? defaultPerPage), 100);
  const page = Math.max(Number(ctx.query.page ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(p) });
    return `<${ctx.apiRoot}${path}?${q.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: parts.length > 0 ? { link: parts.join(', ') } : {},
  };
}

// ─── Handlers ─────────────────────────────────────────────────────────────────────────────────────────

function repoOf(ctx: Ctx): RepoState | undefined {
  return ctx.state.repos.get(`${ctx.params.owner}/${ctx.params.repo}`);
}

function withRepo(handler: (ctx: Ctx, repo: RepoState) => Reply): Handler {
  return (ctx) => {
    const repo = repoOf(ctx);
    return repo ? handler(ctx, repo) : notFound();
  };
}

function issueOf(repo: RepoState, ctx: Ctx, param = 'issue_number'): IssueRecord | undefined {
  return repo.issues.find((i) => i.number === Number(ctx.params[param]));
}

function labelNames(labels: unknown): string[] {
  return (Array.isArray(labels) ? labels : [])
    .map((l: unknown) => (typeof l === 'string' ? l : ((l as { name?: string }).name ?? '')))
    .filter((l) => l.length > 0);
}

const PULL_FILES_LIMIT = 3000;
const COMPARE_FILES_LIMIT = 300;

const handlers: Record<string, Handler> = {
  'users/get-authenticated': (ctx) =>
    ctx.token.kind === 'installation'
      ? { status: 403, body: ghError('Resource not accessible by integration', 403) }
      : {
          status: 200,
          body: { ...userJson(ctx.state, ctx.token.login), name: ctx.state.user(ctx.token.login).name },
        },

  'repos/get': withRepo((ctx, repo) => ({ status: 200, body: repoJson(ctx, repo) })),

  'repos/compare-commits-with-basehead': withRepo((ctx, repo) => {
    const [baseRev, headRev] = (ctx.params.basehead ?? '').split('...');
    const base = baseRev ? repo.resolve(baseRev) : undefined;
    const head = headRev ? repo.resolve(headRev) : undefined;
    if (!base || !head)
      return { status: 404, body: ghError(`No commit found for SHA: ${!base ? baseRev : headRev}`, 404) };
    const mergeBase = repo.mergeBase(base, head);
    const fromBase = repo.ancestors(base);
    const fromHead = repo.ancestors(head);
    const ahead = [...fromHead].filter((s) => !fromBase.has(s)).reverse();
    const behind = [...fromBase].filter((s) => !fromHead.has(s));
    const status =
      ahead.length === 0 && behind.length === 0
        ? 'identical'
        : behind.length === 0
          ? 'ahead'
          : ahead.length === 0
            ? 'behind'
            : 'diverged';
    const paging = ctx.query.page !== undefined || ctx.query.per_page !== undefined;
    const { items, headers } = paging
      ? paginate(
          ctx,
          `/repos/${repo.fullName}/compare/${encodeURIComponent(ctx.params.basehead ?? '')}`,
          ahead,
        )
      : { items: ahead.slice(-250), headers: {} };
    const firstPage = !paging || Number(ctx.query.page ?? 1) === 1;
    const oldTree = mergeBase ? repo.commits.get(mergeBase)?.tree : undefined;
    const files = firstPage
      ? repo
          .diffTrees(oldTree, (repo.commits.get(head) as CommitRecord).tree)
          .slice(0, COMPARE_FILES_LIMIT)
          .map((f) => fileJson(ctx, repo, f, head))
      : [];
    const commitOf = (sha: string) => restCommitJson(ctx, repo, repo.commits.get(sha) as CommitRecord);
    return {
      status: 200,
      headers,
      body: {
        url: `${ctx.apiRoot}/repos/${repo.fullName}/compare/${ctx.params.basehead ?? ''}`,
        html_url: `${HTML}/${repo.fullName}/compare/${ctx.params.basehead ?? ''}`,
        permalink_url: `${HTML}/${repo.fullName}/compare/${base}...${head}`,
        diff_url: `${HTML}/${repo.fullName}/compare/${ctx.params.basehead ?? ''}.diff`,
        patch_url: `${HTML}/${repo.fullName}/compare/${ctx.params.basehead ?? ''}.patch`,
        base_commit: commitOf(base),
        merge_base_commit: commitOf(mergeBase ?? base),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: items.map(commitOf),
        files,
      },
    };
  }),

  'issues/list-comments': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx);
    if (!issue) return notFound();
    const all = repo.comments.filter((c) => c.issueNumber === issue.number).sort((a, b) => a.id - b.id);
    const { items, headers } = paginate(ctx, `/repos/${repo.fullName}/issues/${issue.number}/comments`, all);
    return { status: 200, headers, body: items.map((c) => commentJson(ctx, repo, c)) };
  }),

  'issues/create-comment': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx);
    if (!issue) return notFound();
    const body = (ctx.body as { body: string }).body;
    const comment = ctx.state.addComment(issue.number, body, ctx.token.login, repo.fullName);
    return { status: 201, body: commentJson(ctx, repo, comment) };
  }),

  'issues/update-comment': withRepo((ctx, repo) => {
    const comment = repo.comments.find((c) => c.id === Number(ctx.params.comment_id));
    if (!comment) return notFound();
    comment.body = (ctx.body as { body: string }).body;
    comment.updatedAt = ctx.state.now();
    return { status: 200, body: commentJson(ctx, repo, comment) };
  }),

  'issues/delete-comment': withRepo((ctx, repo) => {
    const index = repo.comments.findIndex((c) => c.id === Number(ctx.params.comment_id));
    if (index < 0) return notFound();
    repo.comments.splice(index, 1);
    return { status: 204 };
  }),

  'issues/list-for-repo': withRepo((ctx, repo) => {
    const state = ctx.query.state ?? 'open';
    const labels = (ctx.query.labels ?? '').split(',').filter((l) => l.length > 0);
    const direction = ctx.query.direction ?? 'desc';
    const all = repo.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .filter((i) => !ctx.query.creator || i.user === ctx.query.creator)
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    const { items, headers } = paginate(ctx, `/repos/${repo.fullName}/issues`, all);
    return { status: 200, headers, body: items.map((i) => issueJson(ctx, repo, i)) };
  }),

  'issues/create': withRepo((ctx, repo) => {
    const body = ctx.body as {
      title: string | number;
      body?: string;
      labels?: unknown;
      assignees?: string[];
    };
    const issue = ctx.state.openIssue({
      title: String(body.title),
      login: ctx.token.login,
      labels: labelNames(body.labels),
      fullName: repo.fullName,
      ...(body.body !== undefined && { body: body.body }),
    });
    issue.assignees = body.assignees ?? [];
    return { status: 201, body: issueJson(ctx, repo, issue) };
  }),

  'issues/get': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx);
    return issue ? { status: 200, body: issueJson(ctx, repo, issue) } : notFound();
  }),

  'issues/update': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx);
    if (!issue) return notFound();
    const body = ctx.body as {
      title?: string | number | null;
      body?: string | null;
      state?: 'open' | 'closed';
      state_reason?: string | null;
      labels?: unknown;
      assignees?: string[];
    };
    if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
    if (body.body !== undefined) issue.body = body.body;
    if (body.labels !== undefined) issue.labels = labelNames(body.labels);
    if (body.assignees !== undefined) issue.assignees = body.assignees;
    if (body.state !== undefined && body.state !== issue.state) {
      issue.state = body.state;
      issue.closedAt = body.state === 'closed' ? ctx.state.now() : null;
      issue.stateReason = body.state_reason ?? (body.state === 'closed' ? 'completed' : 'reopened');
    }
    issue.updatedAt = ctx.state.now();
    return { status: 200, body: issueJson(ctx, repo, issue) };
  }),

  'issues/add-labels': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx);
    if (!issue) return notFound();
    const names = Array.isArray(ctx.body)
      ? labelNames(ctx.body)
      : labelNames((ctx.body as { labels: unknown }).labels);
    issue.labels = [...new Set([...issue.labels, ...names])];
    return { status: 200, body: issue.labels.map((name) => ({ name })) };
  }),

  'issues/add-assignees': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx);
    if (!issue) return notFound();
    // GitHub silently drops assignees who cannot be assigned.
    const wanted = ((ctx.body as { assignees?: string[] }).assignees ?? []).filter((a) =>
      ctx.state.users.has(a),
    );
    issue.assignees = [...new Set([...issue.assignees, ...wanted])];
    return { status: 201, body: issueJson(ctx, repo, issue) };
  }),

  'pulls/list': withRepo((ctx, repo) => {
    const state = ctx.query.state ?? 'open';
    const head = ctx.query.head;
    const all = repo.issues
      .filter((i) => i.pull && (state === 'all' || i.state === state))
      .filter(
        (i) =>
          !head || `${repo.owner}:${i.pull?.head}` === head || (!head.includes(':') && i.pull?.head === head),
      )
      .filter((i) => !ctx.query.base || i.pull?.base === ctx.query.base)
      .sort((a, b) => (ctx.query.direction === 'asc' ? a.number - b.number : b.number - a.number));
    const { items, headers } = paginate(ctx, `/repos/${repo.fullName}/pulls`, all);
    return { status: 200, headers, body: items.map((i) => pullJson(ctx, repo, i, false)) };
  }),

  'pulls/create': withRepo((ctx, repo) => {
    const body = ctx.body as {
      title?: string;
      head: string;
      base: string;
      body?: string;
      draft?: boolean;
      maintainer_can_modify?: boolean;
    };
    const head = body.head.includes(':') ? (body.head.split(':')[1] ?? '') : body.head;
    const headSha = repo.refs.get(`refs/heads/${head}`);
    const baseSha = repo.refs.get(`refs/heads/${body.base}`);
    if (!headSha) return validationFailed(`head invalid`, 'PullRequest', 'head');
    if (!baseSha) return validationFailed(`base invalid`, 'PullRequest', 'base');
    const clash = repo.issues.find(
      (i) => i.state === 'open' && i.pull?.head === head && i.pull.base === body.base,
    );
    if (clash)
      return validationFailed(`A pull request already exists for ${repo.owner}:${head}.`, 'PullRequest');
    if ([...repo.ancestors(baseSha)].includes(headSha)) {
      return validationFailed(`No commits between ${body.base} and ${head}`, 'PullRequest');
    }
    const issue = ctx.state.openPullRequest({
      head,
      base: body.base,
      title: body.title ?? '',
      login: ctx.token.login,
      fullName: repo.fullName,
      ...(body.body !== undefined && { body: body.body }),
      ...(body.draft !== undefined && { draft: body.draft }),
    });
    if (issue.pull && body.maintainer_can_modify !== undefined)
      issue.pull.maintainerCanModify = body.maintainer_can_modify;
    return { status: 201, body: pullJson(ctx, repo, issue, true) };
  }),

  'pulls/get': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx, 'pull_number');
    return issue?.pull ? { status: 200, body: pullJson(ctx, repo, issue, true) } : notFound();
  }),

  'pulls/update': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx, 'pull_number');
    if (!issue?.pull) return notFound();
    const body = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
    if (body.base !== undefined) {
      if (!repo.refs.has(`refs/heads/${body.base}`))
        return validationFailed('base invalid', 'PullRequest', 'base');
      issue.pull.base = body.base;
    }
    if (body.title !== undefined) issue.title = body.title;
    if (body.body !== undefined) issue.body = body.body;
    if (body.state !== undefined && body.state !== issue.state) {
      pullHeadSha(repo, issue);
      issue.state = body.state;
      issue.closedAt = body.state === 'closed' ? ctx.state.now() : null;
    }
    issue.updatedAt = ctx.state.now();
    return { status: 200, body: pullJson(ctx, repo, issue, true) };
  }),

  'pulls/list-files': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx, 'pull_number');
    if (!issue?.pull) return notFound();
    const head = pullHeadSha(repo, issue);
    const files = pullFiles(repo, issue).slice(0, PULL_FILES_LIMIT);
    const { items, headers } = paginate(ctx, `/repos/${repo.fullName}/pulls/${issue.number}/files`, files);
    return { status: 200, headers, body: items.map((f) => fileJson(ctx, repo, f, head)) };
  }),

  'pulls/list-reviews': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx, 'pull_number');
    if (!issue?.pull) return notFound();
    const path = `/repos/${repo.fullName}/pulls/${issue.number}`;
    const { items, headers } = paginate(ctx, `${path}/reviews`, issue.pull.reviews ?? []);
    return {
      status: 200,
      headers,
      body: items.map((r) => ({
        id: r.id,
        node_id: `PRR_${r.id}`,
        user: userJson(ctx.state, r.user),
        body: r.body,
        state: r.state,
        html_url: `${HTML}/${repo.fullName}/pull/${issue.number}#pullrequestreview-${r.id}`,
        pull_request_url: `${ctx.apiRoot}${path}`,
        _links: {
          html: { href: `${HTML}/${repo.fullName}/pull/${issue.number}#pullrequestreview-${r.id}` },
          pull_request: { href: `${ctx.apiRoot}${path}` },
        },
        submitted_at: r.submittedAt,
        commit_id: r.commitId,
        author_association: 'MEMBER',
      })),
    };
  }),

  'pulls/request-reviewers': withRepo((ctx, repo) => {
    const issue = issueOf(repo, ctx, 'pull_number');
    if (!issue?.pull) return notFound();
    const body = ctx.body as { reviewers?: string[]; team_reviewers?: string[] };
    const unknown = (body.reviewers ?? []).filter((r) => !ctx.state.users.has(r));
    if (unknown.length > 0) {
      return unprocessable(
        'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ' +
          `${repo.fullName} repository.`,
      );
    }
    issue.pull.requestedReviewers = [
      ...new Set([...issue.pull.requestedReviewers, ...(body.reviewers ?? [])]),
    ];
    issue.pull.requestedTeams = [...new Set([...issue.pull.requestedTeams, ...(body.team_reviewers ?? [])])];
    return { status: 201, body: pullJson(ctx, repo, issue, false) };
  }),

  'git/create-blob': withRepo((ctx, repo) => {
    const body = ctx.body as { content: string; encoding?: string };
    const encoding = body.encoding ?? 'utf-8';
    if (encoding !== 'utf-8' && encoding !== 'base64')
      return unprocessable(`encoding must be utf-8 or base64`);
    const sha = repo.writeBlob(Buffer.from(body.content, encoding === 'base64' ? 'base64' : 'utf8'));
    return { status: 201, body: { sha, url: `${ctx.apiRoot}/repos/${repo.fullName}/git/blobs/${sha}` } };
  }),

  'git/get-blob': withRepo((ctx, repo) => {
    const blob = repo.blobs.get(ctx.params.file_sha ?? '');
    if (!blob) return notFound();
    return {
      status: 200,
      body: {
        sha: ctx.params.file_sha,
        node_id: `B_${ctx.params.file_sha}`,
        size: blob.length,
        url: `${ctx.apiRoot}/repos/${repo.fullName}/git/blobs/${ctx.params.file_sha}`,
        content: blob.toString('base64'),
        encoding: 'base64',
      },
    };
  }),

  'git/create-tree': withRepo((ctx, repo) => {
    const body = ctx.body as {
      base_tree?: string;
      tree: Array<{
        path?: string;
        mode?: string;
        type?: TreeEntry['type'];
        sha?: string | null;
        content?: string;
      }>;
    };
    if (body.base_tree !== undefined && !repo.trees.has(body.base_tree))
      return unprocessable('base_tree is not a valid tree oid');
    const flat = body.base_tree ? repo.flatten(body.base_tree) : new Map<string, Omit<TreeEntry, 'name'>>();
    for (const entry of body.tree) {
      if (!entry.path || !entry.mode || !entry.type)
        return unprocessable('tree.path, tree.mode and tree.type are required');
      if (entry.sha === null) {
        flat.delete(entry.path);
        continue;
      }
      const sha =
        entry.content !== undefined ? repo.writeBlob(Buffer.from(entry.content, 'utf8')) : entry.sha;
      if (!sha) return unprocessable('tree.sha or tree.content is required');
      if (entry.type === 'blob' && !repo.blobs.has(sha))
        return unprocessable(`tree.sha ${sha} is not a valid blob`);
      if (entry.type === 'tree') {
        if (!repo.trees.has(sha)) return unprocessable(`tree.sha ${sha} is not a valid tree`);
        for (const [p, v] of repo.flatten(sha, `${entry.path}/`)) flat.set(p, v);
        continue;
      }
      flat.set(entry.path, { mode: entry.mode, type: entry.type, sha });
    }
    const sha = repo.buildTree(flat);
    return { status: 201, body: treeJson(ctx, repo, sha, false) };
  }),

  'git/get-tree': withRepo((ctx, repo) => {
    const sha = ctx.params.tree_sha ?? '';
    if (!repo.trees.has(sha)) return notFound();
    return { status: 200, body: treeJson(ctx, repo, sha, ctx.query.recursive !== undefined) };
  }),

  'git/create-commit': withRepo((ctx, repo) => {
    const body = ctx.body as {
      message: string;
      tree: string;
      parents?: string[];
      author?: GitPerson;
      committer?: GitPerson;
    };
    if (!repo.trees.has(body.tree)) return unprocessable('Tree SHA does not exist');
    const parents = body.parents ?? [];
    if (parents.some((p) => !repo.commits.has(p)))
      return unprocessable('Parent SHA does not exist or is not a commit object');
    const self = ctx.state.person(ctx.token.login);
    const author = body.author ? { ...body.author, date: body.author.date ?? self.date } : self;
    const committer = body.committer ? { ...body.committer, date: body.committer.date ?? self.date } : author;
    // GitHub signs commits it creates as the token's own identity.
    const verified = !body.author && !body.committer;
    const sha = repo.writeCommit({
      tree: body.tree,
      parents,
      author,
      committer,
      message: body.message,
      verified,
    });
    return { status: 201, body: gitCommitJson(ctx, repo, repo.commits.get(sha) as CommitRecord) };
  }),

  'git/get-commit': withRepo((ctx, repo) => {
    const commit = repo.commits.get(ctx.params.commit_sha ?? '');
    return commit ? { status: 200, body: gitCommitJson(ctx, repo, commit) } : notFound();
  }),

  'git/get-ref': withRepo((ctx, repo) => {
    const ref = `refs/${ctx.params.ref ?? ''}`;
    const sha = repo.refs.get(ref);
    return sha ? { status: 200, body: refJson(ctx, repo, ref, sha) } : notFound();
  }),

  'git/create-ref': withRepo((ctx, repo) => {
    const body = ctx.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(body.ref)) return unprocessable('Reference name is invalid');
    if (repo.refs.has(body.ref)) return unprocessable('Reference already exists');
    if (!repo.commits.has(body.sha)) return unprocessable('Object does not exist');
    repo.refs.set(body.ref, body.sha);
    return { status: 201, body: refJson(ctx, repo, body.ref, body.sha) };
  }),

  'git/update-ref': withRepo((ctx, repo) => {
    const ref = `refs/${ctx.params.ref ?? ''}`;
    const body = ctx.body as { sha: string; force?: boolean };
    const current = repo.refs.get(ref);
    if (!current) return unprocessable('Reference does not exist');
    if (!repo.commits.has(body.sha)) return unprocessable('Object does not exist');
    if (!body.force && !repo.ancestors(body.sha).has(current))
      return unprocessable('Update is not a fast forward');
    repo.refs.set(ref, body.sha);
    return { status: 200, body: refJson(ctx, repo, ref, body.sha) };
  }),

  'git/delete-ref': withRepo((ctx, repo) => {
    const ref = `refs/${ctx.params.ref ?? ''}`;
    if (!repo.refs.has(ref)) return unprocessable('Reference does not exist');
    repo.refs.delete(ref);
    return { status: 204 };
  }),

  graphql: (ctx) => graphql(ctx),
};

function treeJson(ctx: Ctx, repo: RepoState, sha: string, recursive: boolean): Record<string, unknown> {
  const entries: Array<Record<string, unknown>> = [];
  const walk = (treeSha: string, prefix: string) => {
    for (const e of repo.trees.get(treeSha) ?? []) {
      const path = prefix + e.name;
      entries.push({
        path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(e.type === 'blob' && { size: repo.blobs.get(e.sha)?.length ?? 0 }),
        url: `${ctx.apiRoot}/repos/${repo.fullName}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
      });
      if (recursive && e.type === 'tree') walk(e.sha, `${path}/`);
    }
  };
  walk(sha, '');
  return {
    sha,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/git/trees/${sha}`,
    tree: entries,
    truncated: false,
  };
}

function refJson(ctx: Ctx, repo: RepoState, ref: string, sha: string): Record<string, unknown> {
  return {
    ref,
    node_id: `REF_${Buffer.from(ref).toString('base64')}`,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/git/${ref}`,
    object: { sha, type: 'commit', url: `${ctx.apiRoot}/repos/${repo.fullName}/git/commits/${sha}` },
  };
}

/** The two GraphQL operations labelguard uses: `viewer { login }` and `minimizeComment`. */
function graphql(ctx: Ctx): Reply {
  if (!ctx.state.graphql) return notFound();
  const body = ctx.body as { query: string; variables?: Record<string, unknown> };
  const query = body.query;
  if (/\bminimizeComment\b/.test(query)) {
    if (ctx.token.readOnly) {
      return graphqlError('FORBIDDEN', 'Resource not accessible by integration', ['minimizeComment']);
    }
    if (!/classifier:\s*(RESOLVED|OUTDATED|DUPLICATE|OFF_TOPIC|SPAM|ABUSE)\b/.test(query)) {
      ctx.failures.push('graphql minimizeComment: missing or invalid classifier');
      return graphqlError('INVALID', 'classifier is required', ['minimizeComment']);
    }
    const inline = /subjectId:\s*"([^"]+)"/.exec(query)?.[1];
    const variable = /subjectId:\s*\$(\w+)/.exec(query)?.[1];
    const subjectId = inline ?? (variable ? body.variables?.[variable] : undefined);
    for (const repo of ctx.state.repos.values()) {
      const comment = repo.comments.find((c) => c.nodeId === subjectId);
      if (comment) {
        comment.minimized = true;
        comment.minimizedReason = /classifier:\s*(\w+)/.exec(query)?.[1]?.toLowerCase() ?? null;
        return {
          status: 200,
          body: {
            data: {
              minimizeComment: {
                minimizedComment: { isMinimized: true, minimizedReason: comment.minimizedReason },
              },
            },
          },
        };
      }
    }
    return graphqlError(
      'NOT_FOUND',
      `Could not resolve to a node with the global id of '${String(subjectId)}'`,
      ['minimizeComment'],
    );
  }
  if (/\bviewer\s*\{\s*login\s*\}/.test(query)) {
    return { status: 200, body: { data: { viewer: { login: ctx.token.login } } } };
  }
  ctx.failures.push(`unsupported GraphQL query: ${query.slice(0, 120)}`);
  return graphqlError('UNSUPPORTED', 'The loopback server does not implement this query', []);
}

function graphqlError(type: string, message: string, path: string[]): Reply {
  return { status: 200, body: { data: null, errors: [{ type, message, path, locations: [] }] } };
}
