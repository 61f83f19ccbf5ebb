import { describe, expect, test } from 'vitest';
import { isOwnCommitEmail, isOwnLogin, resolveOwnIdentity } from '../../src/github/identity.js';
import { TOKENS, defaultSeed } from '../support/loopback-github.js';
import { useLoopbackServers } from '../support/use-loopback-github.js';
import { clientFor } from './helpers.js';

const startGitHub = useLoopbackServers();

describe('resolveOwnIdentity', () => {
  test('a personal access token is identified through GET /user', async () => {
    const gh = await startGitHub();
    expect(await resolveOwnIdentity(clientFor(gh, TOKENS.alice))).toEqual({
      login: 'alice',
      source: 'rest-user',
    });
    expect(gh.requests.map((r) => r.operationId)).toEqual(['users/get-authenticated']);
  });

  test('an installation token, refused by GET /user, is identified through the GraphQL viewer', async () => {
    const gh = await startGitHub();
    const identity = await resolveOwnIdentity(clientFor(gh, TOKENS.actions));
    expect(identity).toEqual({ login: 'github-actions[bot]', source: 'graphql-viewer' });
    expect(gh.requests.map((r) => [r.operationId, r.status])).toEqual([
      ['users/get-authenticated', 403],
      ['graphql', 200],
    ]);
  });

  test('without GraphQL, an app installation token falls back to the configured app slug', async () => {
    const gh = await startGitHub({ ...defaultSeed(), graphql: false });
    const identity = await resolveOwnIdentity(clientFor(gh, TOKENS.app), { appSlug: 'labelguard-app' });
    expect(identity).toEqual({ login: 'labelguard-app[bot]', source: 'app-slug' });
  });

  test('without GraphQL and without an app slug, the token is taken to be github-actions[bot]', async () => {
    const gh = await startGitHub({ ...defaultSeed(), graphql: false });
    const identity = await resolveOwnIdentity(clientFor(gh, TOKENS.actions));
    expect(identity).toEqual({ login: 'github-actions[bot]', source: 'github-actions-default' });
  });

  test('a server error on GET /user is reported instead of guessing an identity', async () => {
    const gh = await startGitHub();
    gh.fault('users/get-authenticated', { kind: 'server-error', times: 10 });
    await expect(resolveOwnIdentity(clientFor(gh, TOKENS.alice, { retries: 0 }))).rejects.toMatchObject({
      kind: 'server',
    });
  });
});

describe('isOwnLogin', () => {
  const bot = { login: 'github-actions[bot]', source: 'graphql-viewer' } as const;

  test('matches the REST login and the GraphQL login without [bot], ignoring case', () => {
    expect(isOwnLogin(bot, 'github-actions[bot]')).toBe(true);
    expect(isOwnLogin(bot, 'GitHub-Actions')).toBe(true);
  });

  test('does not match anyone else or nobody', () => {
    expect(isOwnLogin(bot, 'alice')).toBe(false);
    expect(isOwnLogin(bot, 'github-actions-fan')).toBe(false);
    expect(isOwnLogin(bot, null)).toBe(false);
  });
});

describe('isOwnCommitEmail', () => {
  const bot = { login: 'github-actions[bot]', source: 'graphql-viewer' } as const;

  test('matches the noreply address GitHub gives the bot, with or without the numeric id', () => {
    expect(isOwnCommitEmail(bot, '41898282+github-actions[bot]@users.noreply.github.com')).toBe(true);
    expect(isOwnCommitEmail(bot, 'github-actions[bot]@users.noreply.github.com')).toBe(true);
  });

  test('does not match a person who puts the bot name elsewhere in the address', () => {
    expect(isOwnCommitEmail(bot, 'github-actions@example.com')).toBe(false);
    expect(isOwnCommitEmail(bot, '1+alice@users.noreply.github.com')).toBe(false);
  });
});
