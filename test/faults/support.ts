/**
 * Set-up of the fault-injection suite: the example compliance repository with two products that need a
 * refiling (the example's AVC-C120W, and the AVC-P340W given an unrecorded telnet service), published on a
 * loopback GitHub as the `main` branch of acme/cameras; the action's refiling flow (`syncRefilings`, the
 * same code the action runs on a push; its logging is shown only for a test that fails) against it; and
 * what "the end state is right" means.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { syncRefilings } from '../../src/action/refile.js';
import { createGitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import type { OwnIdentity } from '../../src/github/identity.js';
import { runCheck, type CheckOutcome } from '../../src/pipeline/run-check.js';
import { parseMetadata, type RefilingResult } from '../../src/refiling/index.js';
import { exampleRepo } from '../support/dist.js';
import { TOKENS, type LoopbackGitHub } from '../support/loopback-github.js';
import { quietly } from '../support/output-on-failure.js';
import { readTree } from '../support/temp-repo.js';

export const NOW = '2026-11-26';
export const REPOSITORY = 'acme/cameras';
export const REPO = { owner: 'acme', repo: 'cameras' } as const;
export const BOT: OwnIdentity = { login: 'github-actions[bot]', source: 'graphql-viewer' };
/** The products whose refiling the flow opens. */
export const NEEDING = ['avc-c120w', 'avc-p340w'] as const;
export const branchOf = (product: string) => `labelguard/refile/main/${product}`;

const P340W = 'products/avc-p340w/product.yaml';

/** A network service block for the AVC-P340W manifest (each is a material change, never recorded). */
function service(name: string, port: number): string {
  return [
    `    - name: ${name}`,
    `      port: ${port}`,
    '      protocol: tcp',
    '      exposure: lan',
    '      auth_required: true',
    '      encrypted: false',
    '      component: busybox',
    '',
  ].join('\n');
}

const temps: string[] = [];

/** Remove the temporary copies of the example. */
export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A copy of the example with extra unrecorded services on the AVC-P340W; every text file of it, by path.
 * `services` telnet alone is the base state; adding ftp changes the refiling's inputs (an update).
 */
export function exampleCopy(
  services: readonly [string, number][] = [['telnetd', 23]],
  edit: (dir: string) => void = () => {},
): {
  dir: string;
  files: Record<string, string>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'labelguard-faults-'));
  temps.push(dir);
  cpSync(exampleRepo, dir, { recursive: true });
  const manifest = readFileSync(join(dir, P340W), 'utf8');
  const anchor = '  debug_interfaces:\n';
  if (!manifest.includes(anchor)) throw new Error(`${P340W} no longer has a debug_interfaces block`);
  writeFileSync(
    join(dir, P340W),
    manifest.replace(anchor, services.map(([n, p]) => service(n, p)).join('') + anchor),
  );
  edit(dir);
  return { dir, files: readTree(dir) };
}

const outcomes = new Map<string, Promise<{ outcome: CheckOutcome; files: Record<string, string> }>>();

/** The check of an example copy (cached: it is pure, and every scenario starts from the same data). */
export function checked(services: readonly [string, number][] = [['telnetd', 23]]) {
  const key = JSON.stringify(services);
  let hit = outcomes.get(key);
  if (!hit) {
    hit = (async () => {
      const { dir, files } = exampleCopy(services);
      return { outcome: await runCheck({ dir, now: NOW }), files };
    })();
    outcomes.set(key, hit);
  }
  return hit;
}

/** The check of an example copy changed by `edit` (not cached). */
export async function checkedEdited(edit: (dir: string) => void) {
  const { dir, files } = exampleCopy(undefined, edit);
  return { outcome: await runCheck({ dir, now: NOW }), files };
}

/** Push new contents of some files to `main` as a person (e.g. the next state of the repository). */
export function pushToMain(
  gh: LoopbackGitHub,
  files: Record<string, string>,
  previous: Record<string, string>,
): void {
  const changed = Object.fromEntries(Object.entries(files).filter(([path, text]) => previous[path] !== text));
  if (Object.keys(changed).length > 0)
    gh.state.pushCommit('main', changed, { login: 'alice', fullName: REPOSITORY });
}

/**
 * The action's refiling flow on a push to main, as src/action/run.ts runs it: every product judged, stale
 * refiling pull requests closed. The client waits a thousandth of real time (Retry-After, backoff, write
 * spacing) and gives up on an attempt after `requestTimeoutMs`.
 */
export function refile(
  gh: LoopbackGitHub,
  outcome: CheckOutcome,
  client: Partial<GitHubClientOptions> = {},
): Promise<RefilingResult[]> {
  const octokit = createGitHubClient({
    token: TOKENS.actions,
    baseUrl: gh.url,
    userAgent: 'labelguard-faults',
    timeScale: 0.001,
    requestTimeoutMs: 2_000,
    ...client,
  });
  const sha = gh.state.branchSha('main', REPOSITORY);
  if (!sha) throw new Error('main does not exist');
  return quietly('the refiling flow', () =>
    syncRefilings({
      api: { octokit, repo: { ...REPO } },
      identity: BOT,
      outcome,
      target: { branch: 'main', sha },
      trigger: { sha, url: `https://github.com/${REPOSITORY}/commit/${sha}` },
      pathPrefix: '',
      repositoryUrl: `https://github.com/${REPOSITORY}`,
      now: NOW,
      closeStale: true,
    }),
  );
}

/** The refiling pull requests on the loopback (open and closed), per product. */
export function refilingPullRequests(gh: LoopbackGitHub) {
  return gh.state
    .repo(REPOSITORY)
    .issues.filter((i) => i.pull?.head.startsWith('labelguard/refile/'))
    .map((i) => ({
      number: i.number,
      state: i.state,
      head: i.pull!.head,
      user: i.user,
      product: parseMetadata(i.body)?.product,
      digest: parseMetadata(i.body)?.digest,
    }));
}

/** The tree SHA of a branch's head commit: the same files give the same tree. */
export function branchTree(gh: LoopbackGitHub, branch: string): string | undefined {
  const repo = gh.state.repo(REPOSITORY);
  const sha = gh.state.branchSha(branch, REPOSITORY);
  return sha ? repo.commits.get(sha)?.tree : undefined;
}

/** What a clean run leaves: per product, its pull request's metadata digest and its branch's tree. */
export interface EndState {
  digests: Record<string, string | undefined>;
  trees: Record<string, string | undefined>;
}

/** The end state a run left. */
export function endState(gh: LoopbackGitHub, products: readonly string[] = NEEDING): EndState {
  const prs = refilingPullRequests(gh);
  return {
    digests: Object.fromEntries(
      products.map((p) => [p, prs.find((x) => x.product === p && x.state === 'open')?.digest]),
    ),
    trees: Object.fromEntries(products.map((p) => [p, branchTree(gh, branchOf(p))])),
  };
}

/**
 * The end state is right: exactly one refiling pull request per product (open, opened by labelguard's
 * identity, on the product's branch, none duplicated or closed on the way) carrying the same files and
 * metadata as a run without faults; and the server saw no invalid request.
 */
export function assertRightEndState(
  gh: LoopbackGitHub,
  expected: EndState,
  products: readonly string[] = NEEDING,
): void {
  const prs = refilingPullRequests(gh);
  for (const product of products) {
    const mine = prs.filter((p) => p.head === branchOf(product));
    expect(mine, `${product}: pull requests ${JSON.stringify(prs)}`).toHaveLength(1);
    expect(mine[0]).toMatchObject({ state: 'open', user: BOT.login, product });
  }
  expect(prs).toHaveLength(products.length);
  expect(endState(gh, products)).toEqual(expected);
  expect(gh.failures).toEqual([]);
}

/** Every need ended in a pull request or in a result that says it failed: nothing passed silently. */
export function assertNothingSilentlyLost(
  gh: LoopbackGitHub,
  results: RefilingResult[],
  products: readonly string[] = NEEDING,
): void {
  const open = refilingPullRequests(gh).filter((p) => p.state === 'open');
  for (const product of products) {
    const result = results.find((r) => r.productId === product);
    expect(result, `${product} has no result`).toBeDefined();
    const hasPr = open.some((p) => p.product === product);
    if (!hasPr)
      expect(result?.operation, `${product} has no pull request, yet: ${JSON.stringify(result)}`).toBe(
        'failed',
      );
    if (result?.operation === 'failed') expect(result.reason ?? '').not.toBe('');
  }
}
