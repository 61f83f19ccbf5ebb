import { describe, expect, test } from 'vitest';
import { DASHBOARD_KEY, syncDashboard } from '../../src/dashboard/exec/index.js';
import { parseRegenerationRequests, renderDashboard } from '../../src/dashboard/index.js';
import { renderIssueBody } from '../../src/github/issues.js';
import { actionsBot, clientFor, repo } from '../github/helpers.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import { cameraRepo, exampleDir, statusOf } from '../status/support.js';

const gh = useLoopbackGitHub();

const example = await statusOf(exampleDir, '2026-11-26');
const title = 'Cybersecurity label dashboard';
const body = renderDashboard(example.rows, {
  title,
  now: example.now,
  repoUrl: 'https://github.com/acme/widgets',
});
const settings = { title, labels: ['compliance'] };
const issues = () => gh.state.repo().issues;

describe('syncDashboard', () => {
  test('creates the dashboard issue with the rendered body, its hidden marker and the labels', async () => {
    const result = await syncDashboard(clientFor(gh), repo, actionsBot, body, settings);
    expect(result.operation).toBe('created');
    const issue = issues().find((i) => i.number === result.issue.number);
    expect(issue).toMatchObject({ title, user: 'github-actions[bot]', labels: ['compliance'] });
    expect(issue?.body).toBe(renderIssueBody(DASHBOARD_KEY, body));
  });

  test('updates the same issue in place when the status changes', async () => {
    const first = await syncDashboard(clientFor(gh), repo, actionsBot, body, settings);
    const later = await statusOf(exampleDir, '2026-12-26');
    const next = renderDashboard(later.rows, { title, now: later.now });
    const second = await syncDashboard(clientFor(gh), repo, actionsBot, next, settings);
    expect(second).toMatchObject({ operation: 'updated', issue: { number: first.issue.number } });
    expect(issues().filter((i) => i.title === title)).toHaveLength(1);
    expect(issues().find((i) => i.number === first.issue.number)?.body).toContain('As of 2026-12-26');
  });

  test('writes nothing when the body is unchanged', async () => {
    await syncDashboard(clientFor(gh), repo, actionsBot, body, settings);
    const writes = gh.writes().length;
    const again = await syncDashboard(clientFor(gh), repo, actionsBot, body, settings);
    expect(again.operation).toBe('unchanged');
    expect(gh.writes()).toHaveLength(writes);
  });

  test('ignores an issue a person opened with the dashboard marker, and leaves it as it was', async () => {
    const fake = renderIssueBody(DASHBOARD_KEY, 'all labels are fine');
    gh.state.openIssue({ title, body: fake, login: 'alice', labels: ['compliance'] });
    const result = await syncDashboard(clientFor(gh), repo, actionsBot, body, settings);
    expect(result.operation).toBe('created');
    expect(issues().find((i) => i.user === 'alice')?.body).toBe(fake);
  });

  test('a box ticked in the issue reads back as a regeneration request', async () => {
    const repoDir = cameraRepo({ 'cam-a': {} });
    try {
      const status = await statusOf(repoDir.dir, '2026-08-01');
      const text = renderDashboard(status.rows, { title, now: status.now });
      const { issue } = await syncDashboard(clientFor(gh), repo, actionsBot, text, settings);
      const stored = issues().find((i) => i.number === issue.number)!;
      const before = stored.body ?? '';
      stored.body = before.replace(
        '- [ ] Regenerate the evidence of `cam-a`',
        '- [x] Regenerate the evidence of `cam-a`',
      );
      expect(parseRegenerationRequests(stored.body, before)).toEqual(['cam-a']);
    } finally {
      repoDir.cleanup();
    }
  });
});
