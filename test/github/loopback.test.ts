import { describe, expect, test } from 'vitest';
import { TOKENS } from '../support/loopback-github.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';

const gh = useLoopbackGitHub({ assertServed: false });

async function call(
  method: string,
  path: string,
  body?: unknown,
  token: string = TOKENS.actions,
): Promise<Response> {
  return fetch(`${gh.url}${path}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      'user-agent': 'loopback-test',
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

describe('the loopback GitHub', () => {
  test('answers an unknown route with 404 and records it as a test failure', async () => {
    const res = await call('GET', '/repos/acme/widgets/actions/runs');
    expect(res.status).toBe(404);
    expect(gh.failures).toEqual(['unknown route GET /repos/acme/widgets/actions/runs']);
  });

  test('refuses a body that does not match the OpenAPI subset and records it', async () => {
    const res = await call('POST', '/repos/acme/widgets/git/refs', { ref: 'refs/heads/x' });
    expect(res.status).toBe(422);
    expect(gh.failures).toEqual(["git/create-ref: body must have required property 'sha'"]);
  });

  test('refuses query parameters the operation does not take', async () => {
    const res = await call('GET', '/repos/acme/widgets/pulls?per_page=500');
    expect(res.status).toBe(422);
    expect(gh.failures[0]).toContain('per_page must be <= 100');
  });

  test('refuses an unsupported X-GitHub-Api-Version', async () => {
    const res = await fetch(`${gh.url}/repos/acme/widgets`, {
      headers: {
        authorization: `token ${TOKENS.actions}`,
        'user-agent': 't',
        'x-github-api-version': '1999-01-01',
      },
    });
    expect(res.status).toBe(400);
    expect(gh.failures).toEqual([]);
  });

  test('answers 401 without a token and for an unknown one', async () => {
    expect((await fetch(`${gh.url}/repos/acme/widgets`, { headers: { 'user-agent': 't' } })).status).toBe(
      401,
    );
    expect((await call('GET', '/repos/acme/widgets', undefined, 'ghp_unknown')).status).toBe(401);
  });

  test('pages lists with Link headers that keep the query', async () => {
    gh.state.openIssue({ title: 'x', login: 'alice' });
    for (let i = 0; i < 5; i++) gh.state.addComment(1, `c${i}`, 'alice');
    const res = await call('GET', '/repos/acme/widgets/issues/1/comments?per_page=2&page=2');
    expect(((await res.json()) as Array<{ body: string }>).map((c) => c.body)).toEqual(['c2', 'c3']);
    const link = res.headers.get('link') ?? '';
    expect(link).toContain(`<${gh.url}/repos/acme/widgets/issues/1/comments?per_page=2&page=3>; rel="next"`);
    expect(link).toContain('rel="prev"');
    expect(link).toContain('page=3>; rel="last"');
  });

  test('a read-only token can read but every write gets 403 with the permission GitHub would name', async () => {
    expect((await call('GET', '/repos/acme/widgets', undefined, TOKENS.readOnly)).status).toBe(200);
    const res = await call('POST', '/repos/acme/widgets/git/blobs', { content: 'x' }, TOKENS.readOnly);
    expect(res.status).toBe(403);
    expect(res.headers.get('x-accepted-github-permissions')).toBe('contents=write');
    expect(((await res.json()) as { message: string }).message).toBe(
      'Resource not accessible by integration',
    );
    expect(gh.state.repo().blobs.size).toBe(2);
  });

  test('gives git objects the SHA-1s git gives them', async () => {
    const blob = await call('POST', '/repos/acme/widgets/git/blobs', { content: 'hello\n' });
    expect(((await blob.json()) as { sha: string }).sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const tree = await call('POST', '/repos/acme/widgets/git/trees', { tree: [] });
    expect(((await tree.json()) as { sha: string }).sha).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
  });

  test('applies a fault only to the requests it names, for as many times as asked', async () => {
    gh.fault('repos/get', { kind: 'server-error', status: 502, times: 2, skip: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call('GET', '/repos/acme/widgets')).status);
    expect(statuses).toEqual([200, 502, 502, 200]);
    expect((await call('GET', '/repos/acme/widgets/pulls')).status).toBe(200);
  });

  test('records method, path, query, headers and body of every request', async () => {
    await call('POST', '/repos/acme/widgets/git/blobs', { content: 'x', encoding: 'utf-8' });
    expect(gh.requests[0]).toMatchObject({
      method: 'POST',
      path: '/repos/acme/widgets/git/blobs',
      operationId: 'git/create-blob',
      body: { content: 'x', encoding: 'utf-8' },
      status: 201,
      ghes: false,
      headers: expect.objectContaining({ authorization: `token ${TOKENS.actions}` }) as unknown,
    });
  });
});
