import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, exampleDir } from './support.js';

describe('labelguard status', () => {
  test('prints the label status of the example as text and exits 0, although products need action', async () => {
    const run = await cli(['status', '--repo', exampleDir, '--now', '2026-11-26']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.split('\n')[0]).toBe(
      'Label status as of 2026-11-26: 3 products, 6 labels: 4 action needed, 0 pending, 2 healthy',
    );
  });

  test('writes the chosen format to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'labelguard-status-'));
    try {
      const run = await cli(
        [
          'status',
          '--repo',
          exampleDir,
          '--now',
          '2026-11-26',
          '--format',
          'json',
          '--output',
          'status.json',
        ],
        dir,
      );
      expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
      const report = JSON.parse(readFileSync(join(dir, 'status.json'), 'utf8')) as {
        kind: string;
        now: string;
      };
      expect(report).toMatchObject({ kind: 'labelguard-status', now: '2026-11-26' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('limits the rows to --product', async () => {
    const run = await cli([
      'status',
      '--repo',
      exampleDir,
      '--now',
      '2026-11-26',
      '--product',
      'avd-d500',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .split('\r\n')
        .slice(1, -1)
        .map((l) => l.split(',')[1]),
    ).toEqual(['avd-d500', 'avd-d500']);
  });

  test('defaults --now to today', async () => {
    const run = await cli(['status', '--repo', exampleDir, '--format', 'json']);
    expect((JSON.parse(run.stdout) as { now: string }).now).toBe('2026-11-26');
  });

  test.each([
    [['status', '--format', 'pdf'], "--format must be one of text, json, markdown, csv, got 'pdf'"],
    [['status', '--shard', '4/3'], "shard must be i/n with 1 ≤ i ≤ n ≤ 1000, got '4/3'"],
    [['status', '--merge', 'a.json', '--repo', '.'], '--merge cannot be combined with --repo'],
    [['status', '--merge'], '--merge needs the status reports to merge'],
    [['status', 'extra.json'], "unexpected argument 'extra.json'"],
    [['status', '--merge', 'missing.json'], 'cannot read missing.json: ENOENT'],
  ])('exits 2 for %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test('has a help text that documents --merge and the thresholds', async () => {
    const run = await cli(['status', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('labelguard status --merge FILE... [--format FORMAT] [--output FILE]');
    expect(run.stdout).toContain('renewal_window_days');
  });

  test('is listed in the usage text', async () => {
    const run = await cli(['--help']);
    expect(run.stdout).toMatch(/^ {2}status {6}\S/m);
  });
});
