import { describe, expect, test } from 'vitest';
import { findIssueByMarker, renderIssueBody, upsertIssue } from '../../src/github/issues.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import { actionsBot, clientFor, openFeaturePullRequest, repo } from './helpers.js';

const gh = useLoopbackGitHub();

const dashboard = (body: string) => ({
  key: 'dashboard',
  identity: actionsBot,
  title: 'labelguard compliance dashboard',
  body,
  labels: ['labelguard'],
});

describe('upsertIssue', () => {
  test('opens the issue with its hidden marker and labels', async () => {
    const result = await upsertIssue(clientFor(gh), repo, dashboard('2 labels expire soon'));
    expect(result.operation).toBe('created');
    const issue = gh.state.repo().issues.find((i) => i.number === result.issue.number);
    expect(issue).toMatchObject({ user: 'github-actions[bot]', labels: ['labelguard'] });
    expect(issue?.body).toBe(renderIssueBody('dashboard', '2 labels expire soon'));
  });

  test('updates the same issue in place, and writes nothing when nothing changed', async () => {
    const first = await upsertIssue(clientFor(gh), repo, dashboard('v1'));
    const second = await upsertIssue(clientFor(gh), repo, dashboard('v2'));
    expect(second).toMatchObject({ operation: 'updated', issue: { number: first.issue.number } });
    const writes = gh.writes().length;
    const third = await upsertIssue(clientFor(gh), repo, dashboard('v2'));
    expect(third.operation).toBe('unchanged');
    expect(gh.writes()).toHaveLength(writes);
  });

  test('ignores an issue a person opened with the marker', async () => {
    gh.state.openIssue({
      title: 'fake',
      body: renderIssueBody('dashboard', 'all fine'),
      login: 'alice',
      labels: ['labelguard'],
    });
    const result = await upsertIssue(clientFor(gh), repo, dashboard('v1'));
    expect(result.operation).toBe('created');
    expect(gh.state.repo().issues.find((i) => i.user === 'alice')?.body).toContain('all fine');
  });

  test('ignores pull requests, which the issues list also returns', async () => {
    const pr = openFeaturePullRequest(gh);
    const issue = gh.state.repo().issues.find((i) => i.number === pr);
    if (issue) {
      issue.user = 'github-actions[bot]';
      issue.body = renderIssueBody('dashboard', 'in a PR');
    }
    expect(
      await findIssueByMarker(clientFor(gh), repo, { key: 'dashboard', identity: actionsBot }),
    ).toBeUndefined();
  });

  test('does not reuse a dashboard someone closed', async () => {
    const first = await upsertIssue(clientFor(gh), repo, dashboard('v1'));
    const record = gh.state.repo().issues.find((i) => i.number === first.issue.number);
    if (record) record.state = 'closed';
    const second = await upsertIssue(clientFor(gh), repo, dashboard('v1'));
    expect(second.operation).toBe('created');
    expect(second.issue.number).not.toBe(first.issue.number);
  });
});
