/**
 * `labelguard … | head -1`: when the reader of standard output goes away, every command exits quietly —
 * no EPIPE stack trace — and still with its own exit code (a gate piped into `head` keeps its verdict under
 * `set -o pipefail`). The built CLI is spawned and its standard output closed before it writes anything, so
 * every write meets a closed pipe.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distCli, exampleRepo } from '../support/dist.js';

const out = mkdtempSync(join(tmpdir(), 'labelguard-pipe-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const product = join(exampleRepo, 'products/avc-p340w');
const now = ['--now', '2026-11-26'];
const commands: [string, string[], number][] = [
  ['--version', ['--version'], 0],
  ['--help', ['--help'], 0],
  ['check', ['check', '--repo', exampleRepo, ...now], 1],
  ['check --format json', ['check', '--repo', exampleRepo, '--format', 'json', ...now], 1],
  ['check --format sarif', ['check', '--repo', exampleRepo, '--format', 'sarif', ...now], 1],
  ['check --format markdown', ['check', '--repo', exampleRepo, '--format', 'markdown', ...now], 1],
  ['check --format codeclimate', ['check', '--repo', exampleRepo, '--format', 'codeclimate', ...now], 1],
  ['validate', ['validate', '--repo', exampleRepo], 0],
  [
    'diff',
    ['diff', join(product, 'sbom.cdx.json'), join(exampleRepo, 'products/avc-c120w/sbom.cdx.json')],
    0,
  ],
  ['evidence', ['evidence', product, '--repo', exampleRepo, '--out', out, ...now], 0],
  ['rules', ['rules'], 0],
  ['status', ['status', '--repo', exampleRepo, ...now], 0],
  ['unknown command (stderr)', ['frobnicate'], 2],
];

/** Run the built CLI with its standard output (and, for stderr, also its standard error) closed early. */
function runClosed(args: string[], closeStderr: boolean) {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [distCli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    if (closeStderr) child.stderr.destroy();
    else child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('every command survives a closed pipe', () => {
  it.each(commands)('%s: exits quietly with its own code', async (_name, args, code) => {
    const r = await runClosed(args, false);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    if (code !== 2) expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
  });

  it('a closed standard error is no crash either', async () => {
    const r = await runClosed(['frobnicate'], true);
    expect(r.code).toBe(2);
  });
});
