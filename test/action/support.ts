/**
 * Set-up shared by the end-to-end tests of the built action: a real git repository holding a copy of the
 * example compliance repository (base commit on `main`, the pull request's commits on `feature`), the
 * same pull request opened on a loopback GitHub, the runner's event payloads, and the changes the
 * scenarios make to the example.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exampleRepo } from '../support/dist.js';
import { defaultSeed, TOKENS, type LoopbackGitHub, type LoopbackSeed } from '../support/loopback-github.js';
import { removeStagedAction, runAction, type ActionResult } from '../support/runner.js';
import { readTree } from '../support/temp-repo.js';

/** The repository the tests' workflow runs in. */
export const REPOSITORY = 'acme/cameras';

/** The day every run judges dates as of: before the example's label-expiry and end-of-support dates, so the
 * untouched products of the example have nothing to report. */
export const NOW = '2026-08-01';

/** The sticky comment's key as the action builds it: workflow / job / comment-key. */
export const COMMENT_KEY = 'labelguard/labels/default';

/**
 * Inputs for tests about the sticky comment: the example's configuration opens refiling pull requests on
 * pull requests too, which adds a dozen writes (each spaced 1 s apart, as GitHub asks) unrelated to them.
 */
export const COMMENT_ONLY = { refiling: 'false' } as const;

/** A change to the repository: path → new content, or null to delete the file. */
export type FileChange = Record<string, string | null>;

/** A change that may also make symbolic links: path → `{ symlink: target }`. */
export type TreeChange = Record<string, string | { symlink: string } | null>;

/** Every file of the example compliance repository: repository path → text. */
export function exampleFiles(): Record<string, string> {
  return readTree(exampleRepo);
}

const P340W = 'products/avc-p340w/product.yaml';

/**
 * The granted ★★ camera gains a telnet service (a new network service: a material change) with no entry in
 * its filing's change log.
 */
export function addTelnetToP340w(files = exampleFiles()): FileChange {
  const text = files[P340W] ?? '';
  const anchor = '  debug_interfaces:\n';
  if (!text.includes(anchor)) throw new Error(`${P340W} no longer has a debug_interfaces block`);
  const service = [
    '    - name: telnetd',
    '      port: 23',
    '      protocol: tcp',
    '      exposure: lan',
    '      enabled_by_default: true',
    '      auth_required: true',
    '      encrypted: false',
    '      component: busybox',
    '      justification: Field service console for installers.',
    '',
  ].join('\n');
  return { [P340W]: text.replace(anchor, service + anchor) };
}

/** A second unrecorded service on the same camera, on top of {@link addTelnetToP340w}. */
export function addTelnetAndFtpToP340w(files = exampleFiles()): FileChange {
  const withTelnet = addTelnetToP340w(files)[P340W] ?? '';
  const anchor = '  debug_interfaces:\n';
  const ftp = [
    '    - name: ftpd',
    '      port: 21',
    '      protocol: tcp',
    '      exposure: lan',
    '      enabled_by_default: false',
    '      auth_required: true',
    '      encrypted: false',
    '      component: busybox',
    '      justification: Snapshot upload to a local NAS.',
    '',
  ].join('\n');
  return { [P340W]: withTelnet.replace(anchor, ftp + anchor) };
}

/** A change to the granted camera that changes nothing labelguard judges: a comment in its manifest. */
export function commentInP340w(files = exampleFiles()): FileChange {
  return { [P340W]: `${files[P340W] ?? ''}# Reviewed by the compliance lead on 2026-07-30.\n` };
}

/** A change outside every product folder. */
export function readmeOnly(files = exampleFiles()): FileChange {
  return { 'README.md': `${files['README.md'] ?? ''}\nContact: compliance@acme-vision.example\n` };
}

const gitEnv = (): NodeJS.ProcessEnv => {
  // A test run from inside a git hook or an Actions job must not point git at another repository.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  return {
    ...env,
    GIT_AUTHOR_DATE: '2026-07-30T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-07-30T10:00:00Z',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
};

/** Run git in `dir` as a named person; returns standard output, trimmed. */
export function git(dir: string, args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Alice Example',
      '-c',
      'user.email=alice@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd: dir, env: gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
}

/** Apply a change to a working tree. */
export function writeChange(dir: string, change: TreeChange): void {
  for (const [path, content] of Object.entries(change)) {
    const full = join(dir, path);
    if (content === null) rmSync(full, { force: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      rmSync(full, { force: true });
      if (typeof content === 'string') writeFileSync(full, content);
      else symlinkSync(content.symlink, full);
    }
  }
}

/** A real git repository: the example on `main` (base), and a `feature` branch with the change (head). */
export interface ChangeRepo {
  dir: string;
  base: string;
  head: string;
  /** Commit another change on `feature`; returns the new head. */
  commit(change: TreeChange, message: string): string;
}

const temps: string[] = [];

/** Remove every temporary directory the helpers and the runs made, and the staged action. */
export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  removeStagedAction();
}

/** Have {@link removeTemps} remove a run's RUNNER_TEMP. */
export function track(result: ActionResult): ActionResult {
  temps.push(result.runnerTemp);
  return result;
}

/** A fresh temporary directory, removed by {@link removeTemps}. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/**
 * Copy the example into a new git repository (with `baseChange` applied), commit it as the base, and
 * commit `change` on a branch.
 */
export function makeChangeRepo(
  change: TreeChange,
  message = 'Change the cameras',
  baseChange: TreeChange = {},
): ChangeRepo {
  const dir = tempDir('labelguard-ws-');
  cpSync(exampleRepo, dir, { recursive: true });
  writeChange(dir, baseChange);
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'Acme Vision compliance repository']);
  const base = git(dir, ['rev-parse', 'HEAD']);
  git(dir, ['checkout', '-q', '-b', 'feature']);
  const repo: ChangeRepo = {
    dir,
    base,
    head: base,
    commit(next, msg) {
      writeChange(dir, next);
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '-m', msg]);
      repo.head = git(dir, ['rev-parse', 'HEAD']);
      return repo.head;
    },
  };
  repo.commit(change, message);
  return repo;
}

/** A clone of the repository's `feature` branch with only its last commit (actions/checkout's default depth). */
export function shallowClone(repo: ChangeRepo): string {
  const dir = tempDir('labelguard-shallow-');
  // A file:// URL, not a path: git ignores --depth for local clones by path.
  git(dir, ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, '.']);
  return dir;
}

/**
 * The loopback GitHub of these tests: the default accounts and tokens, and an acme/cameras repository whose
 * `main` holds `files` (by default only a placeholder commit, left unreachable by the first push).
 */
export function camerasSeed(files: Record<string, string> = {}): LoopbackSeed {
  const seed = defaultSeed();
  const [owner, name] = REPOSITORY.split('/') as [string, string];
  seed.repos = [{ owner, name, files }];
  // The reviewer the example's refiling settings name must exist, or GitHub refuses the review request.
  seed.users = [...(seed.users ?? []), { login: 'chenyue-av', name: 'Chen Yue' }];
  return seed;
}

/**
 * Push every branch of the local repository to the loopback GitHub: the same commits, with the same SHAs,
 * so that what the workspace, the event payload and the API say about the pull request agree.
 */
export function push(gh: LoopbackGitHub, repo: Pick<ChangeRepo, 'dir'>): void {
  const state = gh.state.repo(REPOSITORY);
  const commits = git(repo.dir, ['rev-list', '--reverse', '--topo-order', '--branches']).split('\n');
  const blobs = new Set<string>();
  const trees = new Map<
    string,
    { mode: string; type: 'blob' | 'tree' | 'commit'; sha: string; path: string }[]
  >();
  for (const sha of commits) {
    const entries = git(repo.dir, ['ls-tree', '-r', '--full-tree', sha])
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [meta, path] = l.split('\t') as [string, string];
        const [mode, type, object] = meta.split(' ') as [string, 'blob' | 'commit', string];
        if (type === 'blob') blobs.add(object);
        return { mode, type, sha: object, path };
      });
    trees.set(sha, entries);
  }
  for (const [sha, content] of readBlobs(
    repo.dir,
    [...blobs].filter((b) => !state.blobs.has(b)),
  )) {
    if (state.writeBlob(content) !== sha) throw new Error(`loopback blob SHA differs from git's ${sha}`);
  }
  for (const sha of commits) {
    if (state.commits.has(sha)) continue;
    const raw = git(repo.dir, ['cat-file', 'commit', sha]);
    const [header = '', ...message] = raw.split('\n\n');
    const field = (name: string) =>
      header
        .split('\n')
        .filter((l) => l.startsWith(`${name} `))
        .map((l) => l.slice(name.length + 1));
    const flat = new Map(
      (trees.get(sha) ?? []).map((e) => [e.path, { mode: e.mode, type: e.type, sha: e.sha }]),
    );
    const written = state.writeCommit({
      tree: state.buildTree(flat),
      parents: field('parent'),
      author: person(field('author')[0] ?? ''),
      committer: person(field('committer')[0] ?? ''),
      // `git cat-file` output was trimmed: git ends every message with a newline.
      message: `${message.join('\n\n')}\n`,
      verified: false,
    });
    if (written !== sha) throw new Error(`loopback commit SHA ${written} differs from git's ${sha}`);
  }
  for (const line of git(repo.dir, ['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads']).split(
    '\n',
  )) {
    const [ref, sha] = line.split(' ') as [string, string];
    state.refs.set(ref, sha);
  }
}

/** A git author or committer line (`Name <email> 1785405600 +0000`) as the loopback stores it. */
function person(line: string): { name: string; email: string; date: string } {
  const m = /^(.*) <([^>]*)> (\d+) \+0000$/.exec(line);
  if (!m) throw new Error(`unexpected git person line (tests commit in UTC): ${line}`);
  return { name: m[1] ?? '', email: m[2] ?? '', date: new Date(Number(m[3]) * 1000).toISOString() };
}

/** The contents of many blobs from one `git cat-file --batch`. */
function readBlobs(dir: string, shas: string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (shas.length === 0) return out;
  const raw = execFileSync('git', ['cat-file', '--batch'], {
    cwd: dir,
    env: gitEnv(),
    input: `${shas.join('\n')}\n`,
    maxBuffer: 256 * 1024 * 1024,
  });
  let at = 0;
  while (at < raw.length) {
    const eol = raw.indexOf(0x0a, at);
    const [sha, , size] = raw.subarray(at, eol).toString('utf8').split(' ') as [string, string, string];
    const start = eol + 1;
    out.set(sha, raw.subarray(start, start + Number(size)));
    at = start + Number(size) + 1;
  }
  return out;
}

/**
 * Push the repository and open its pull request (alice, `feature` into `main`) on the loopback GitHub: its
 * number is what the payload carries, and its files are what the API lists when git cannot tell.
 */
export function openPullRequest(
  gh: LoopbackGitHub,
  repo: Pick<ChangeRepo, 'dir'>,
  title = 'Change the cameras',
): number {
  push(gh, repo);
  return gh.state.openPullRequest({ head: 'feature', title, login: 'alice', fullName: REPOSITORY }).number;
}

/** A `pull_request` payload for the repository's change, as the runner writes it (the fields labelguard reads and a few more). */
export function pullRequestPayload(
  repo: Pick<ChangeRepo, 'base' | 'head'>,
  number: number,
  options: { fork?: boolean; baseRef?: string } = {},
): Record<string, unknown> {
  const headRepo = options.fork ? 'contributor/cameras' : REPOSITORY;
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Change the cameras',
      user: { login: options.fork ? 'contributor' : 'alice' },
      base: { ref: options.baseRef ?? 'main', sha: repo.base, repo: { full_name: REPOSITORY, fork: false } },
      head: {
        ref: 'feature',
        sha: repo.head,
        repo: { full_name: headRepo, fork: options.fork === true },
      },
    },
    repository: { full_name: REPOSITORY, default_branch: 'main' },
    sender: { login: options.fork ? 'contributor' : 'alice' },
  };
}

/** Run the built action on a pull request of the repository (or of a clone of it). */
export async function runOnPullRequest(
  gh: LoopbackGitHub,
  repo: Pick<ChangeRepo, 'base' | 'head'>,
  number: number,
  options: {
    workspace: string;
    fork?: boolean;
    token?: string;
    runId?: string;
    /** `GITHUB_WORKFLOW`, part of the sticky comment's key (default `labelguard`). */
    workflow?: string;
    inputs?: Record<string, string>;
    /** The pull request's target branch (default main). */
    baseRef?: string;
  },
): Promise<ActionResult> {
  const result = await runAction({
    event: 'pull_request',
    payload: pullRequestPayload(repo, number, {
      ...(options.fork ? { fork: true } : {}),
      ...(options.baseRef ? { baseRef: options.baseRef } : {}),
    }),
    workspace: options.workspace,
    apiUrl: gh.url,
    repository: REPOSITORY,
    sha: repo.head,
    ref: `refs/pull/${number}/merge`,
    ...(options.runId ? { runId: options.runId } : {}),
    ...(options.workflow ? { workflow: options.workflow } : {}),
    inputs: { token: options.token ?? TOKENS.actions, now: NOW, ...options.inputs },
  });
  return track(result);
}

/** The labelguard sticky comments (by anyone) on a pull request. */
export function markedComments(gh: LoopbackGitHub, number: number) {
  return gh.state
    .commentsOn(number, REPOSITORY)
    .filter((c) => c.body.includes(`<!-- labelguard:comment key=${COMMENT_KEY} -->`));
}

/** The recorded requests of one operation, e.g. `issues/create-comment`. */
export function requestsOf(gh: LoopbackGitHub, operationId: string) {
  return gh.requests.filter((r) => r.operationId === operationId);
}

/** Why a run failed, for assertion messages. */
export function describeRun(result: ActionResult): string {
  return `exit ${String(result.code)}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}
