/**
 * The built action in a shallow clone (actions/checkout's default `fetch-depth: 1`), where git cannot
 * tell what the pull request changed: the changed files come from the GitHub API, and when the API
 * cannot list them all, the check fails closed instead of passing a change unseen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResult } from '../support/runner.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import {
  addTelnetToP340w,
  camerasSeed,
  describeRun,
  git,
  makeChangeRepo,
  openPullRequest,
  removeTemps,
  requestsOf,
  runOnPullRequest,
  shallowClone,
  type FileChange,
} from './support.js';

afterAll(removeTemps);

describe('a pull request checked out without the base commit', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed, per: 'suite' });
  let workspace: string;
  let base: string;
  let result: ActionResult;
  beforeAll(async () => {
    const change = addTelnetToP340w();
    const repo = makeChangeRepo(change);
    ({ base } = repo);
    workspace = shallowClone(repo);
    const number = openPullRequest(gh, repo);
    result = await runOnPullRequest(gh, repo, number, { workspace });
  });

  it('is really without the base commit', () => {
    expect(() => git(workspace, ['cat-file', '-e', `${base}^{commit}`])).toThrow();
  });

  it('asks the API for the pull request and its files', () => {
    expect(requestsOf(gh, 'pulls/get')).toHaveLength(1);
    expect(requestsOf(gh, 'pulls/list-files').length).toBeGreaterThanOrEqual(1);
  });

  it('judges exactly the product the pull request changes, and fails it', () => {
    expect(result.code, describeRun(result)).toBe(1);
    expect(JSON.parse(result.outputs.products ?? '')).toEqual([
      { id: 'avc-p340w', path: 'products/avc-p340w', verdict: 'fail' },
    ]);
    expect(result.outputs['unrecorded-count']).toBe('1');
  });

  it('says in the job summary where the changed files came from', () => {
    expect(result.summary).toContain('The changed files came from the GitHub API');
  });
});

describe('a pull request checked out without the base commit that changes more files than the API lists', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed, per: 'suite' });
  let result: ActionResult;
  let listed: number;
  beforeAll(async () => {
    // GitHub lists at most 3,000 files of a pull request, whatever its `changed_files` says.
    const change: FileChange = { ...addTelnetToP340w() };
    for (let i = 0; i < 3001; i++)
      change[`docs/firmware-notes/note-${String(i).padStart(4, '0')}.md`] = `note ${i}\n`;
    const repo = makeChangeRepo(change);
    const workspace = shallowClone(repo);
    const number = openPullRequest(gh, repo);
    result = await runOnPullRequest(gh, repo, number, { workspace });
    listed = requestsOf(gh, 'pulls/list-files').length;
  });

  it('reads every page the API offers before giving up', () => {
    expect(listed).toBe(30);
  });

  it('fails closed with exit code 1 and sets no verdict', () => {
    expect(result.code, describeRun(result)).toBe(1);
    expect(result.outputs.result).toBeUndefined();
  });

  it('says how many files the pull request changes, how many the API listed, and how to fix it', () => {
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain('changes 3002 files, more than the API lists (3000)');
    expect(error?.message).toContain('fetch-depth: 0');
  });

  it('writes no comment', () => {
    expect(gh.writes()).toEqual([]);
  });
});
