/**
 * The built action after a merge to the default branch, on schedule, and when a person ticks a box on the
 * dashboard: refiling pull requests for every unrecorded change, one dashboard issue kept up to date,
 * and regeneration on request.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TOKENS } from '../support/loopback-github.js';
import { runAction } from '../support/runner.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import {
  addTelnetToP340w,
  camerasSeed,
  describeRun,
  git,
  makeChangeRepo,
  push,
  readmeOnly,
  removeTemps,
  REPOSITORY,
  track,
} from './support.js';

const gh = useLoopbackGitHub({ seed: camerasSeed });
afterAll(removeTemps);

const NOW = '2026-11-26';

/** The example merged to main with the unrecorded telnet service on the granted camera. */
function mergedRepo() {
  const repo = makeChangeRepo(addTelnetToP340w());
  git(repo.dir, ['checkout', '-q', 'main']);
  git(repo.dir, ['merge', '-q', '--ff-only', 'feature']);
  push(gh, repo);
  return repo;
}

async function runPush(
  repo: { dir: string; base: string; head: string },
  inputs: Record<string, string> = {},
) {
  return track(
    await runAction({
      event: 'push',
      payload: {
        ref: 'refs/heads/main',
        before: repo.base,
        after: repo.head,
        repository: { full_name: REPOSITORY, default_branch: 'main' },
      },
      workspace: repo.dir,
      apiUrl: gh.url,
      sha: repo.head,
      ref: 'refs/heads/main',
      inputs: { token: TOKENS.actions, now: NOW, ...inputs },
    }),
  );
}

const openPulls = () => gh.state.repo(REPOSITORY).issues.filter((i) => i.pull && i.state === 'open');
const dashboards = () =>
  gh.state
    .repo(REPOSITORY)
    .issues.filter((i) => !i.pull && (i.body ?? '').includes('labelguard:issue key=dashboard'));

describe('a push to the default branch', () => {
  it('opens one refiling pull request per product with an unrecorded change, and the dashboard issue', async () => {
    const repo = mergedRepo();
    const result = await runPush(repo);
    const refilings = JSON.parse(result.outputs['refiling-prs'] ?? '[]') as {
      product: string;
      operation: string;
    }[];
    expect(
      refilings
        .filter((r) => r.operation === 'created')
        .map((r) => r.product)
        .sort(),
    ).toEqual(['avc-c120w', 'avc-p340w']);
    const pulls = openPulls();
    expect(pulls.map((p) => p.pull!.head).sort()).toEqual([
      'labelguard/refile/main/avc-c120w',
      'labelguard/refile/main/avc-p340w',
    ]);
    expect(pulls.every((p) => p.pull!.base === 'main')).toBe(true);
    expect(dashboards()).toHaveLength(1);
    expect(dashboards()[0]!.body).toContain('avc-p340w');
    // The change is still unrecorded on main until the refiling pull request is merged: the run fails.
    expect(result.code, describeRun(result)).toBe(1);
  });

  it('leaves everything as it is when run again on the same commit', async () => {
    const repo = mergedRepo();
    await runPush(repo);
    const before = gh.writes().length;
    const again = await runPush(repo);
    const ops = (JSON.parse(again.outputs['refiling-prs'] ?? '[]') as { operation: string }[]).map(
      (r) => r.operation,
    );
    expect(ops).toEqual(['unchanged', 'unchanged']);
    expect(gh.writes().length).toBe(before);
    expect(openPulls()).toHaveLength(2);
    expect(dashboards()).toHaveLength(1);
  });
});

describe('a push that takes a change back', () => {
  it('closes the refiling pull request whose need disappeared, and keeps the one still needed', async () => {
    const repo = mergedRepo();
    await runPush(repo);
    expect(openPulls()).toHaveLength(2);
    // The telnet service is taken out again on main: the AVC-P340W no longer needs a refiling.
    const before = repo.head;
    git(repo.dir, ['revert', '--no-edit', 'HEAD']);
    push(gh, repo);
    const result = await runPush({ dir: repo.dir, base: before, head: git(repo.dir, ['rev-parse', 'HEAD']) });
    const refilings = JSON.parse(result.outputs['refiling-prs'] ?? '[]') as {
      product: string;
      operation: string;
    }[];
    expect(refilings.map((r) => [r.product, r.operation]).sort()).toEqual([
      ['avc-c120w', 'unchanged'],
      ['avc-p340w', 'closed'],
    ]);
    expect(openPulls().map((p) => p.pull!.head)).toEqual([expect.stringContaining('avc-c120w')]);
  });
});

describe('a push that touches no product with findings', () => {
  /** The example (whose AVC-C120W holds unrecorded material changes) merged with a README edit only. */
  function readmePush() {
    const repo = makeChangeRepo(readmeOnly());
    git(repo.dir, ['checkout', '-q', 'main']);
    git(repo.dir, ['merge', '-q', '--ff-only', 'feature']);
    push(gh, repo);
    return repo;
  }

  it('passes: the untouched products keep their findings on the dashboard, and the summary says so', async () => {
    const result = await runPush(readmePush());
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.summary).toMatch(/products this push did not touch \(avc-c120w[^)]*\)/);
    expect(dashboards()).toHaveLength(1);
    expect(dashboards()[0]!.body).toContain('avc-c120w');
  });

  it('fails with push-gate: all, as an audit does', async () => {
    const result = await runPush(readmePush(), { 'push-gate': 'all' });
    expect(result.code, describeRun(result)).toBe(1);
    expect(result.summary).not.toMatch(/did not touch/);
  });
});

describe('a ticked box on the dashboard', () => {
  it('regenerates the evidence of that product only, and ignores edits by labelguard itself', async () => {
    const repo = mergedRepo();
    await runPush(repo);
    const issue = dashboards()[0]!;
    const before = issue.body!;
    const ticked = before.replace(/- \[ \] (.*avc-c120w)/, '- [x] $1');
    expect(ticked).not.toBe(before);
    const run = (sender: string) =>
      runAction({
        event: 'issues',
        payload: {
          action: 'edited',
          issue: { number: issue.number, body: ticked, user: { login: issue.user } },
          changes: { body: { from: before } },
          sender: { login: sender },
          repository: { full_name: REPOSITORY, default_branch: 'main' },
        },
        workspace: repo.dir,
        apiUrl: gh.url,
        sha: repo.head,
        ref: 'refs/heads/main',
        inputs: { token: TOKENS.actions, now: NOW },
      }).then(track);
    const own = await run(issue.user);
    expect(own.outputs['refiling-prs']).toBeUndefined();
    const byPerson = await run('chenyue-av');
    const refilings = JSON.parse(byPerson.outputs['refiling-prs'] ?? '[]') as { product: string }[];
    expect(refilings.map((r) => r.product)).toEqual(['avc-c120w']);
    expect(byPerson.summary).toContain('Evidence regeneration requested on the dashboard for avc-c120w');
  });
});
