import { describe, expect, test } from 'vitest';
import {
  GitHubApiError,
  classifyGitHubError,
  parseAcceptedPermissions,
  withClassifiedErrors,
} from '../../src/github/errors.js';
import { createComment, createPullRequest } from '../../src/github/pulls.js';
import { TOKENS, startLoopbackGitHub } from '../support/loopback-github.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import { clientFor, openFeaturePullRequest, repo } from './helpers.js';

const gh = useLoopbackGitHub();

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitHubApiError);
  return error as GitHubApiError;
}

describe('classifying GitHub API errors', () => {
  test('a 403 names the permission from X-Accepted-GitHub-Permissions and says how to grant it', async () => {
    const pr = openFeaturePullRequest(gh);
    gh.fault('issues/create-comment', { kind: 'missing-permission', permission: 'pull_requests=write' });
    const error = await failure(createComment(clientFor(gh), repo, pr, 'hello'));
    expect(error.kind).toBe('missing-permission');
    expect(error.permission).toBe('pull-requests=write');
    expect(error.message).toContain('Could not comment on #1');
    expect(error.message).toContain('`pull-requests: write`');
    expect(error.message).toContain('workflow_run');
  });

  test('when GitHub accepts issues or pull-requests, pull-requests is suggested and both are listed', async () => {
    const pr = openFeaturePullRequest(gh);
    const error = await failure(createComment(clientFor(gh, TOKENS.readOnly), repo, pr, 'hello'));
    expect(error.permission).toBe('pull-requests=write');
    expect(error.info.acceptedPermissions).toEqual([['issues=write'], ['pull-requests=write']]);
    expect(error.message).toContain('issues: write | pull-requests: write');
  });

  test('a 403 rate limit is not mistaken for a missing permission', async () => {
    gh.fault('repos/get', { kind: 'secondary-rate-limit', retryAfterSeconds: 5, times: 20 });
    const client = clientFor(gh, TOKENS.actions, { secondaryRateLimitRetries: 0 });
    const error = await failure(
      withClassifiedErrors('read the repository', () => client.rest.repos.get(repo)),
    );
    expect(error.kind).toBe('rate-limited');
    expect(error.info.retryAfterSeconds).toBe(5);
  });

  test('a primary rate limit reports when it resets', async () => {
    gh.fault('repos/get', { kind: 'primary-rate-limit', times: 20 });
    const client = clientFor(gh, TOKENS.actions, { rateLimitRetries: 0 });
    const error = await failure(
      withClassifiedErrors('read the repository', () => client.rest.repos.get(repo)),
    );
    expect(error.kind).toBe('rate-limited');
    expect(error.info.rateLimitResetAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  test('"GitHub Actions is not permitted to create pull requests" points at the repository setting', async () => {
    gh.state.pushCommit('refile', { 'a.txt': 'a\n' }, { login: 'alice' });
    gh.fault('pulls/create', {
      kind: 'status',
      status: 403,
      message: 'GitHub Actions is not permitted to create or approve pull requests.',
    });
    const error = await failure(
      createPullRequest(clientFor(gh), repo, { head: 'refile', base: 'main', title: 't', body: 'b' }),
    );
    expect(error.kind).toBe('missing-permission');
    expect(error.message).toContain('Allow GitHub Actions to create and approve pull requests');
  });

  test('a 404 is not-found and mentions private-repository access', async () => {
    const error = await failure(createComment(clientFor(gh), repo, 999, 'hello'));
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('contents: read');
  });

  test('a 409 is a conflict that suggests a concurrency group', async () => {
    const pr = openFeaturePullRequest(gh);
    gh.fault('issues/create-comment', { kind: 'status', status: 409, message: 'Conflict', times: 10 });
    const error = await failure(
      createComment(clientFor(gh, TOKENS.actions, { retries: 0 }), repo, pr, 'hello'),
    );
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('concurrency:');
  });

  test('"A pull request already exists" is a conflict', async () => {
    openFeaturePullRequest(gh, 'feature');
    const error = await failure(
      createPullRequest(clientFor(gh), repo, { head: 'feature', base: 'main', title: 't', body: 'b' }),
    );
    expect(error.kind).toBe('conflict');
    expect(error.info.apiMessage).toContain('A pull request already exists');
  });

  test('a 5xx that outlasts the retries is a server error', async () => {
    gh.fault('repos/get', { kind: 'server-error', status: 503, times: 10 });
    const client = clientFor(gh, TOKENS.actions, { retries: 1 });
    const error = await failure(
      withClassifiedErrors('read the repository', () => client.rest.repos.get(repo)),
    );
    expect(error.kind).toBe('server');
    expect(error.status).toBe(503);
  });

  test('an unreachable API is a network error', async () => {
    const closed = await startLoopbackGitHub();
    await closed.close();
    const client = clientFor(closed, TOKENS.actions, { retries: 0 });
    const error = await failure(
      withClassifiedErrors('read the repository', () => client.rest.repos.get(repo)),
    );
    expect(error.kind).toBe('network');
    expect(error.message).toContain('could not be reached');
  });

  test('a body cut off on every attempt is a network error', async () => {
    gh.fault('repos/get', { kind: 'truncate', times: 10 });
    const client = clientFor(gh, TOKENS.actions, { retries: 1 });
    const error = await failure(
      withClassifiedErrors('read the repository', () => client.rest.repos.get(repo)),
    );
    expect(error.kind).toBe('network');
    expect(error.info.apiMessage).toContain('Incomplete response body');
  });

  test('bad credentials are reported with advice about the token input', async () => {
    const client = clientFor(gh, 'ghp_not_a_known_token');
    const error = await failure(
      withClassifiedErrors('read the repository', () => client.rest.repos.get(repo)),
    );
    expect(error.kind).toBe('other');
    expect(error.status).toBe(401);
    expect(error.message).toContain('`token` input');
  });
});

describe('classifying GraphQL errors', () => {
  test('a forbidden GraphQL mutation is a missing permission', async () => {
    const pr = openFeaturePullRequest(gh);
    const comment = gh.state.addComment(pr, 'x', 'github-actions[bot]');
    const error = await clientFor(gh, TOKENS.readOnly)
      .graphql(
        'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { clientMutationId } }',
        {
          id: comment.nodeId,
        },
      )
      .catch((e: unknown) => e);
    expect(classifyGitHubError(error)).toMatchObject({ kind: 'missing-permission' });
  });

  test('an unknown GraphQL node is not-found', async () => {
    const error = await clientFor(gh)
      .graphql(
        'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { clientMutationId } }',
        {
          id: 'IC_nope',
        },
      )
      .catch((e: unknown) => e);
    expect(classifyGitHubError(error)).toMatchObject({ kind: 'not-found' });
  });
});

describe('parseAcceptedPermissions', () => {
  test('splits alternative sets on ";" and permissions within a set on ","', () => {
    expect(parseAcceptedPermissions('contents=read, pull_requests=write; issues=write')).toEqual([
      ['contents=read', 'pull-requests=write'],
      ['issues=write'],
    ]);
  });

  test('an absent header gives no permissions', () => {
    expect(parseAcceptedPermissions(undefined)).toEqual([]);
  });
});
