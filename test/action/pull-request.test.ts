/**
 * The built action on pull requests, run as the Actions runner runs it, against a loopback GitHub and a
 * real git repository holding the example compliance repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoopbackGitHub } from '../support/loopback-github.js';
import type { ActionResult } from '../support/runner.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import { sarifErrors } from '../report/sarif-structure.js';
import {
  addTelnetToP340w,
  camerasSeed,
  COMMENT_ONLY,
  commentInP340w,
  describeRun,
  exampleFiles,
  makeChangeRepo,
  markedComments,
  openPullRequest,
  push,
  readmeOnly,
  removeTemps,
  requestsOf,
  runOnPullRequest,
  type FileChange,
} from './support.js';

afterAll(removeTemps);

/** Run the action once on a pull request making `change`. */
async function pullRequestRun(gh: LoopbackGitHub, change: FileChange) {
  const repo = makeChangeRepo(change);
  const number = openPullRequest(gh, repo);
  const result = await runOnPullRequest(gh, repo, number, { workspace: repo.dir });
  return { repo, number, result };
}

describe('a pull request that changes a passing product harmlessly', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed, per: 'suite' });
  let number: number;
  let result: ActionResult;
  beforeAll(async () => {
    ({ number, result } = await pullRequestRun(gh, commentInP340w()));
  });

  it('passes with exit code 0 and result=pass', () => {
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', 'blocking-count': '0', 'unrecorded-count': '0' });
  });

  it('judges the product the pull request touches, and only that one', () => {
    expect(JSON.parse(result.outputs.products ?? '')).toEqual([
      { id: 'avc-p340w', path: 'products/avc-p340w', verdict: 'pass' },
    ]);
  });

  it('writes no comment when there is nothing to say', () => {
    expect(gh.writes()).toEqual([]);
    expect(gh.state.commentsOn(number, 'acme/cameras')).toEqual([]);
  });

  it('prints no error or warning annotation', () => {
    expect(result.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });
});

describe('a pull request that adds an unrecorded network service to a granted camera', () => {
  const change = addTelnetToP340w();
  const gh = useLoopbackGitHub({ seed: camerasSeed, per: 'suite' });
  let number: number;
  let result: ActionResult;
  beforeAll(async () => {
    ({ number, result } = await pullRequestRun(gh, change));
  });

  it('fails the step with exit code 1 and result=fail', () => {
    expect(result.code, describeRun(result)).toBe(1);
    expect(result.outputs.result).toBe('fail');
  });

  it('counts the blocking finding and the unrecorded material change in its outputs', () => {
    expect(Number(result.outputs['blocking-count'])).toBeGreaterThan(0);
    expect(Number(result.outputs['unrecorded-count'])).toBeGreaterThan(0);
    expect(JSON.parse(result.outputs.products ?? '')).toEqual([
      { id: 'avc-p340w', path: 'products/avc-p340w', verdict: 'fail' },
    ]);
  });

  it('creates one sticky comment, with the hidden marker, naming the change and its fingerprint', () => {
    const comments = markedComments(gh, number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.user).toBe('github-actions[bot]');
    expect(comments[0]?.body).toContain('telnetd:23');
    expect(comments[0]?.body).toMatch(/svc:[0-9a-f]{16}/);
    expect(requestsOf(gh, 'issues/create-comment')).toHaveLength(1);
  });

  it('opens the refiling pull request the configuration asks for, on the branch, and links it from the comment', () => {
    const refilings = JSON.parse(result.outputs['refiling-prs'] ?? '') as { number: number; url: string }[];
    expect(refilings).toMatchObject([{ product: 'avc-p340w', operation: 'created' }]);
    const pull = gh.state.repo('acme/cameras').issues.find((i) => i.number === refilings[0]?.number);
    expect(pull?.pull?.base).toBe('feature');
    const body = markedComments(gh, number)[0]?.body ?? '';
    expect(body).toContain('Merge the refiling pull request');
    expect(body).toContain(`(<${refilings[0]?.url ?? 'no url'}>)`);
  });

  it('annotates the unrecorded change at the line of the new service in product.yaml', () => {
    const lines = (change['products/avc-p340w/product.yaml'] ?? '').split('\n');
    const serviceLine = lines.findIndex((l) => l === '    - name: telnetd') + 1;
    expect(serviceLine).toBeGreaterThan(0);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'products/avc-p340w/product.yaml',
        line: serviceLine,
        message: expect.stringContaining('telnetd:23'),
      }),
    );
  });

  it('writes the job summary with the failing product and the change', () => {
    expect(result.summary).toMatch(/^## ❌ labelguard/m);
    expect(result.summary).toContain('`avc-p340w`');
    expect(result.summary).toContain('telnetd:23');
  });

  it('writes the JSON report where its output says, agreeing with the outputs', () => {
    const path = result.outputs['report-json'] ?? '';
    expect(existsSync(path)).toBe(true);
    const report = JSON.parse(readFileSync(path, 'utf8')) as {
      summary: { blocking: number; unrecorded: number };
    };
    expect(report.summary.blocking).toBe(Number(result.outputs['blocking-count']));
    expect(report.summary.unrecorded).toBe(Number(result.outputs['unrecorded-count']));
  });

  it('writes a SARIF 2.1.0 log where its output says, with the finding at the same place', () => {
    const path = result.outputs.sarif ?? '';
    expect(existsSync(path)).toBe(true);
    const log = JSON.parse(readFileSync(path, 'utf8')) as {
      version: string;
      runs: { results: { locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(sarifErrors(log)).toEqual([]);
    const uris = log.runs[0]?.results
      .flatMap((r) => r.locations ?? [])
      .map((l) => l.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('products/avc-p340w/product.yaml');
  });
});

describe('a pull request that touches no product', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed, per: 'suite' });
  let result: ActionResult;
  beforeAll(async () => {
    ({ result } = await pullRequestRun(gh, readmeOnly()));
  });

  it('passes with exit code 0, judging no product', () => {
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', 'blocking-count': '0', products: '[]' });
  });

  it('makes at most one API call and writes nothing', () => {
    expect(gh.requests.length).toBeLessThanOrEqual(1);
    expect(gh.writes()).toEqual([]);
  });

  it('says in the job summary that there was nothing to judge', () => {
    expect(result.summary).toContain('This change touches no product');
  });
});

describe('a pull request whose blocking change is fixed by a later commit', () => {
  const gh = useLoopbackGitHub({ seed: camerasSeed, per: 'suite' });
  let number: number;
  let first: ActionResult;
  let second: ActionResult;
  beforeAll(async () => {
    const files = exampleFiles();
    const blocking = addTelnetToP340w(files);
    const repo = makeChangeRepo(blocking, 'Add a telnet console');
    number = openPullRequest(gh, repo, 'Add a telnet console');
    first = await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY });
    // The author drops the service again; only a harmless comment remains in the manifest.
    const fix = commentInP340w(files);
    repo.commit(fix, 'Drop the telnet console');
    push(gh, repo);
    second = await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs: COMMENT_ONLY });
  });

  it('fails the first run and passes the second', () => {
    expect(first.code, describeRun(first)).toBe(1);
    expect(second.code, describeRun(second)).toBe(0);
    expect(second.outputs.result).toBe('pass');
  });

  it('marks its comment resolved in place and minimises it, creating no new one', () => {
    const comments = markedComments(gh, number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('resolved');
    expect(comments[0]?.body).not.toContain('telnetd');
    expect(comments[0]).toMatchObject({ minimized: true, minimizedReason: 'resolved' });
    expect(gh.writes().map((r) => r.operationId)).toEqual([
      'issues/create-comment',
      'issues/update-comment',
      'graphql',
    ]);
  });
});
