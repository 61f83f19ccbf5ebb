/** Shared set-up for the GitHub port tests: a client pointed at the loopback server with tiny waits. */
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import type { OwnIdentity } from '../../src/github/identity.js';
import { DEFAULT_REPO, TOKENS, type LoopbackGitHub } from '../support/loopback-github.js';

/** The repository of the default seed. */
export const repo = { ...DEFAULT_REPO };

/** The identity of the default GITHUB_TOKEN. */
export const actionsBot: OwnIdentity = { login: 'github-actions[bot]', source: 'graphql-viewer' };

/** A client for the loopback server; every retry wait is scaled down a thousandfold. */
export function clientFor(
  gh: LoopbackGitHub,
  token: string = TOKENS.actions,
  options: Partial<GitHubClientOptions> = {},
): GitHubClient {
  return createGitHubClient({
    token,
    baseUrl: gh.url,
    userAgent: 'labelguard-test',
    timeScale: 0.001,
    ...options,
  });
}

/** Open a pull request from a branch with one commit by alice; returns its number. */
export function openFeaturePullRequest(gh: LoopbackGitHub, branch = 'feature'): number {
  gh.state.pushCommit(
    branch,
    { 'products/cam-x1/product.yaml': 'id: cam-x1\nmodel: CAM-X1\nfirmware: 2.0\n' },
    { login: 'alice' },
  );
  return gh.state.openPullRequest({ head: branch, title: 'Bump firmware', login: 'alice' }).number;
}
