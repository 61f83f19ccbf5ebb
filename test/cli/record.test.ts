// `labelguard record` judges the repository first, which releases each product it judged: one with nothing
// to record keeps only a summary of its filing, and record still tells it apart from one without a filing.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { exampleDir } from '../status/support.js';

const dir = mkdtempSync(join(tmpdir(), 'labelguard-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(exampleDir, dir, { recursive: true });

async function record(product: string, opts: { repo?: string; cwd?: string } = { repo: dir }) {
  let stdout = '';
  let stderr = '';
  const repo = opts.repo === undefined ? [] : ['--repo', opts.repo];
  const code = await runCli(['record', product, ...repo, '--now', '2026-08-01'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: opts.cwd ?? dir,
    today: '2026-08-01',
  });
  return { code, stdout, stderr };
}

describe('labelguard record', () => {
  it('says there is nothing to record for a product whose changes are all in its change log', async () => {
    const filing = join(dir, 'products', 'avc-p340w', 'filing.yaml');
    const before = readFileSync(filing, 'utf8');
    expect(await record('products/avc-p340w')).toEqual({
      code: 0,
      stdout:
        'products/avc-p340w: nothing to record; every change since the registered baseline is in the change log.\n',
      stderr: '',
    });
    expect(readFileSync(filing, 'utf8')).toBe(before);
  });

  it('finds the repository above the product as the other product commands do, from any folder', async () => {
    // Without --repo: the nearest folder holding .labelguard.yml or .git, like baseline and evidence.
    const elsewhere = mkdtempSync(join(tmpdir(), 'labelguard-record-cwd-'));
    const product = join(dir, 'products', 'avc-p340w');
    try {
      expect(await record(product, { cwd: elsewhere })).toEqual(await record('products/avc-p340w'));
      rmSync(join(dir, '.labelguard.yml'));
      mkdirSync(join(dir, '.git'));
      const bare = await record(product, { cwd: elsewhere });
      expect(bare.stderr).toBe('');
      expect(bare.stdout).toContain('products/avc-p340w: ');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
