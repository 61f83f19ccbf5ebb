import { describe, expect, test } from 'vitest';
import { GITHUB_API_VERSION, createGitHubClient } from '../../src/github/client.js';
import { GitHubApiError, withClassifiedErrors } from '../../src/github/errors.js';
import { TOKENS, type LoopbackGitHub } from '../support/loopback-github.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import { clientFor, repo } from './helpers.js';

const gh = useLoopbackGitHub();

const getRepo = (gh: LoopbackGitHub) => gh.requests.filter((r) => r.operationId === 'repos/get');

describe('createGitHubClient', () => {
  test('sends the token, the REST API version and the user agent', async () => {
    await clientFor(gh).rest.repos.get(repo);
    const [request] = getRepo(gh);
    expect(request?.headers.authorization).toBe(`token ${TOKENS.actions}`);
    expect(request?.headers['x-github-api-version']).toBe(GITHUB_API_VERSION);
    expect(request?.headers['user-agent']).toMatch(/^labelguard-test /);
  });

  test('retries a 500 and then succeeds', async () => {
    gh.fault('repos/get', { kind: 'server-error', status: 500 });
    const { data } = await clientFor(gh).rest.repos.get(repo);
    expect(data.full_name).toBe('acme/widgets');
    expect(getRepo(gh).map((r) => r.status)).toEqual([500, 200]);
  });

  test('retries two 502s in a row and then succeeds', async () => {
    gh.fault('repos/get', { kind: 'server-error', status: 502, times: 2 });
    await clientFor(gh).rest.repos.get(repo);
    expect(getRepo(gh).map((r) => r.status)).toEqual([502, 502, 200]);
  });

  test('does not retry a 404', async () => {
    await expect(clientFor(gh).rest.repos.get({ owner: 'acme', repo: 'missing' })).rejects.toMatchObject({
      status: 404,
    });
    expect(gh.requests.filter((r) => r.operationId === 'repos/get')).toHaveLength(1);
  });

  test('does not retry a 422', async () => {
    await expect(
      clientFor(gh).rest.git.createRef({ ...repo, ref: 'refs/heads/main', sha: 'a'.repeat(40) }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.requests.filter((r) => r.operationId === 'git/create-ref')).toHaveLength(1);
  });

  test('waits out a secondary rate limit (403 with Retry-After) and then succeeds', async () => {
    gh.fault('repos/get', { kind: 'secondary-rate-limit', retryAfterSeconds: 3 });
    await clientFor(gh).rest.repos.get(repo);
    expect(getRepo(gh).map((r) => r.status)).toEqual([403, 200]);
  });

  test('waits out a 429 secondary rate limit and then succeeds', async () => {
    gh.fault('repos/get', { kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 1 });
    await clientFor(gh).rest.repos.get(repo);
    expect(getRepo(gh).map((r) => r.status)).toEqual([429, 200]);
  });

  test('waits for the primary rate limit to reset (429, x-ratelimit-remaining 0) and then succeeds', async () => {
    gh.fault('repos/get', { kind: 'primary-rate-limit', status: 429 });
    await clientFor(gh).rest.repos.get(repo);
    expect(getRepo(gh).map((r) => r.status)).toEqual([429, 200]);
  });

  test('gives up after the configured rate-limit retries and reports the limit', async () => {
    gh.fault('repos/get', { kind: 'secondary-rate-limit', retryAfterSeconds: 7, times: 10 });
    const client = clientFor(gh, TOKENS.actions, { secondaryRateLimitRetries: 2 });
    const error = await withClassifiedErrors('read the repository', () => client.rest.repos.get(repo)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ kind: 'rate-limited', info: { retryAfterSeconds: 7 } });
    expect(getRepo(gh)).toHaveLength(3);
  });

  test('does not wait for a rate limit that resets later than the configured maximum', async () => {
    gh.fault('repos/get', { kind: 'secondary-rate-limit', retryAfterSeconds: 3600 });
    const client = clientFor(gh, TOKENS.actions, { maxRateLimitWaitSeconds: 60 });
    await expect(client.rest.repos.get(repo)).rejects.toMatchObject({ status: 403 });
    expect(getRepo(gh)).toHaveLength(1);
  });

  test('retries a request that timed out', async () => {
    gh.fault('repos/get', { kind: 'delay', ms: 5_000 });
    const { data } = await clientFor(gh, TOKENS.actions, { requestTimeoutMs: 200 }).rest.repos.get(repo);
    expect(data.full_name).toBe('acme/widgets');
    expect(getRepo(gh).map((r) => r.fault ?? 'none')).toEqual(['delay', 'none']);
  });

  test('retries an answer whose body was cut off instead of reading it as empty', async () => {
    gh.fault('issues/list-comments', { kind: 'truncate' });
    gh.state.openIssue({ title: 'x', login: 'alice' });
    gh.state.addComment(1, 'hello', 'alice');
    const comments = await clientFor(gh).paginate(clientFor(gh).rest.issues.listComments, {
      ...repo,
      issue_number: 1,
    });
    expect(comments.map((c) => c.body)).toEqual(['hello']);
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments')).toHaveLength(2);
  });

  test('retries a dropped connection', async () => {
    gh.fault('repos/get', { kind: 'reset' });
    await clientFor(gh).rest.repos.get(repo);
    expect(getRepo(gh)).toHaveLength(2);
  });

  test('talks to GitHub Enterprise Server under /api/v3, GraphQL included', async () => {
    const client = clientFor(gh, TOKENS.actions, { baseUrl: `${gh.url}/api/v3/` });
    const { data } = await client.rest.repos.get(repo);
    const viewer = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(data.full_name).toBe('acme/widgets');
    expect(viewer.viewer.login).toBe('github-actions[bot]');
    expect(gh.requests.map((r) => [r.operationId, r.ghes])).toEqual([
      ['repos/get', true],
      ['graphql', true],
    ]);
  });

  test('follows pagination links under /api/v3', async () => {
    gh.state.openIssue({ title: 'x', login: 'alice' });
    for (let i = 0; i < 130; i++) gh.state.addComment(1, `c${i}`, 'alice');
    const client = clientFor(gh, TOKENS.actions, { baseUrl: `${gh.url}/api/v3` });
    const all = await client.paginate(client.rest.issues.listComments, {
      ...repo,
      issue_number: 1,
      per_page: 100,
    });
    expect(all).toHaveLength(130);
    expect(gh.requests.every((r) => r.ghes)).toBe(true);
  });

  test('refuses to start without a token, saying which input to set', () => {
    expect(() => createGitHubClient({ token: '' })).toThrow(/`token` input/);
  });
});
