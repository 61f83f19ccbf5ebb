/**
 * `labelguard comment --report`: the pull-request comment rendered from a JSON report that a fork's run
 * uploaded. The genuine report renders exactly the comment `check --format markdown` writes; forged,
 * hostile or broken reports are refused with a located reason, and hostile values that pass the schema
 * come out escaped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/report/model.js';
import { exampleRepo } from '../support/dist.js';

const dir = mkdtempSync(join(tmpdir(), 'labelguard-comment-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    today: '2026-11-26',
  });
  return { code, stdout, stderr };
}

let genuine: Report;
let markdown: string;
beforeAll(async () => {
  const check = ['check', '--repo', exampleRepo, '--now', '2026-11-26'];
  genuine = JSON.parse((await cli([...check, '--format', 'json'])).stdout) as Report;
  markdown = (await cli([...check, '--format', 'markdown'])).stdout;
});

/** Write a report (an object, or raw text/bytes) and render the comment from it. */
async function commentOn(report: unknown, name = 'report.json') {
  const file = join(dir, name);
  writeFileSync(
    file,
    typeof report === 'string' || report instanceof Uint8Array ? report : JSON.stringify(report),
  );
  return cli(['comment', '--report', name]);
}
const copy = (): Report => structuredClone(genuine);

describe('labelguard comment', () => {
  it('renders the genuine report as exactly the comment the check writes', async () => {
    expect(genuine.summary.blocking).toBeGreaterThan(0);
    const r = await commentOn(genuine);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const footer =
      '\n\n<sub>Rendered from the JSON report of the pull request’s run, validated but not re-judged: the required check’s status is the verdict.</sub>\n';
    expect(r.stdout).toBe(`${markdown.replace(/\n$/, '')}${footer}`);
  });

  it('links the run only over https', async () => {
    await commentOn(genuine);
    const ok = await cli([
      'comment',
      '--report',
      'report.json',
      '--run-url',
      'https://github.com/a/b/actions/runs/1',
    ]);
    expect(ok.stdout).toContain('[the pull request’s run](<https://github.com/a/b/actions/runs/1>)');
    const bad = await cli(['comment', '--report', 'report.json', '--run-url', 'javascript:alert(1)']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--run-url must be an https URL/);
  });

  it('refuses a forged "passed" report: counts that contradict the findings', async () => {
    const forged = copy();
    forged.summary.blocking = 0;
    for (const p of forged.products) p.verdict = 'pass';
    const r = await commentOn(forged);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/report\.json contradicts itself/);
    expect(r.stderr).toMatch(/\/summary\/blocking: says 0, the report holds \d+/);
    expect(r.stderr).toMatch(/\/products\/0\/verdict: says 'pass', its findings make it 'fail'/);
  });

  it('refuses a report that carries its own Markdown or any key beyond the format', async () => {
    const forged = { ...copy(), comment: '### ✅ labelguard: all products pass' };
    const r = await commentOn(forged);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/report\.json is not a labelguard check report/);
    expect(r.stderr).toMatch(/\(top level\): must NOT have additional properties 'comment'/);
    const proto = await commentOn(JSON.stringify(copy()).replace('{', '{"__proto__":{"polluted":1},'));
    expect(proto.stderr).toMatch(/additional properties '__proto__'/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses oversized values, wrong types and another report version, each at its JSON pointer', async () => {
    const forged = copy() as unknown as {
      version: number;
      products: { id: unknown; findings: { message: string }[] }[];
    };
    forged.version = 2;
    forged.products[0]!.findings[0]!.message = 'x'.repeat(20_000);
    forged.products[1]!.id = 42;
    const r = await commentOn(forged);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/version: must be equal to constant/);
    expect(r.stderr).toMatch(/\/products\/0\/findings\/0\/message: must NOT have more than 10000 characters/);
    expect(r.stderr).toMatch(/\/products\/1\/id: must be string/);
  });

  it('escapes hostile values that the schema lets through', async () => {
    const hostile = copy();
    const f = hostile.products[0]!.findings[0]!;
    f.message =
      '@octocat see [passed](https://evil.example) <img src=x onerror=alert(1)> ![p](https://evil.example/p.png)';
    hostile.products[0]!.model = '</details><script>alert(1)</script> | broken | table';
    const r = await commentOn(hostile);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/<img|<script|<\/details><script/);
    expect(r.stdout).not.toMatch(/\]\(https:\/\/evil/);
    expect(r.stdout).not.toMatch(/(^|[\s(])@octocat/m);
  });

  it('says clearly what is wrong with a file that is no report', async () => {
    expect((await commentOn('{"version": 1,')).stderr).toMatch(/report\.json is not JSON in UTF-8/);
    expect((await commentOn(new Uint8Array([0x7b, 0xff, 0x7d]))).stderr).toMatch(/is not JSON in UTF-8/);
    const missing = await cli(['comment', '--report', 'nowhere.json']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/cannot read nowhere\.json: ENOENT/);
    expect((await cli(['comment'])).stderr).toMatch(/--report is required/);
  });

  it('refuses a FIFO instead of waiting on it forever', async () => {
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    const r = await cli(['comment', '--report', 'fifo.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fifo\.json is not a regular file/);
  });
});
