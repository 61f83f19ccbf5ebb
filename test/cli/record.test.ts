// `labelguard record` judges the repository first, which releases each product it judged: one with nothing
// to record keeps only a summary of its filing, and record still tells it apart from one without a filing.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { exampleDir } from '../status/support.js';

const dir = mkdtempSync(join(tmpdir(), 'labelguard-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(exampleDir, dir, { recursive: true });

async function record(product: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['record', product, '--repo', dir, '--now', '2026-08-01'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
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
});
