import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/pipeline/run-check.js';
import type { StatusReport } from '../../src/status/index.js';
import { generator } from '../../src/version.js';
import { cameraRepo, cli, type ProductEdits } from './support.js';

// 40 cameras in three states, so every shard holds a mix of urgencies.
const ids = Array.from({ length: 40 }, (_, i) => `cam-${String(i + 1).padStart(3, '0')}`);
const edits = (i: number): ProductEdits =>
  i % 3 === 0
    ? { filing: { valid_until: '2026-09-15' } }
    : i % 3 === 1
      ? { filing: { status: 'refiling-submitted', status_since: '2026-07-30' } }
      : {};

let repo: { dir: string; cleanup: () => void };
let out: string;
const now = '2026-08-01';
const shardFile = (i: number) => join(out, `status-${i}.json`);
const readReport = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as StatusReport;
const productsOf = (r: StatusReport) => [...new Set(r.rows.map((row) => row.product))];

beforeAll(async () => {
  repo = cameraRepo(Object.fromEntries(ids.map((id, i) => [id, edits(i)])));
  out = mkdtempSync(join(tmpdir(), 'labelguard-shards-'));
  for (const i of [1, 2, 3]) {
    const run = await cli([
      'status',
      '--repo',
      repo.dir,
      '--now',
      now,
      '--shard',
      `${i}/3`,
      '--format',
      'json',
      '--output',
      shardFile(i),
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  }
  const whole = await cli([
    'status',
    '--repo',
    repo.dir,
    '--now',
    now,
    '--format',
    'json',
    '--output',
    join(out, 'whole.json'),
  ]);
  expect(whole.code).toBe(0);
}, 120_000);

afterAll(() => {
  repo.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('status --shard on 40 products', () => {
  test('three shards cover every product exactly once', () => {
    const shards = [1, 2, 3].map((i) => productsOf(readReport(shardFile(i))));
    expect(shards.every((s) => s.length > 0)).toBe(true);
    expect(shards.flat().sort()).toEqual(ids);
  });

  test('each shard report says which shard it is', () => {
    expect([1, 2, 3].map((i) => readReport(shardFile(i)).shard)).toEqual([
      { index: 1, count: 3 },
      { index: 2, count: 3 },
      { index: 3, count: 3 },
    ]);
  });

  test('check --shard splits the products the same way', async () => {
    for (const i of [1, 2, 3]) {
      const { report } = await runCheck({ dir: repo.dir, now, shard: { index: i, count: 3 } });
      expect(report.products.map((p) => p.id).sort()).toEqual(productsOf(readReport(shardFile(i))).sort());
    }
  });
});

describe('status --merge', () => {
  test('merges the shard reports into exactly the report of the whole repository', async () => {
    const merged = await cli([
      'status',
      '--merge',
      shardFile(3),
      shardFile(1),
      shardFile(2),
      '--format',
      'json',
    ]);
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(merged.stdout).toBe(readFileSync(join(out, 'whole.json'), 'utf8'));
    expect(readReport(join(out, 'whole.json')).summary).toEqual({
      products: 40,
      rows: 80,
      actionNeeded: 14,
      pending: 13,
      healthy: 53,
    });
  });

  test('writes the merged status in any format', async () => {
    const text = await cli([
      'status',
      '--merge',
      shardFile(1),
      shardFile(2),
      shardFile(3),
      '--format',
      'csv',
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\r\n').filter((l) => l !== '')).toHaveLength(81);
  });

  test('refuses a shard given twice', async () => {
    const run = await cli(['status', '--merge', shardFile(1), shardFile(1), shardFile(2), shardFile(3)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('are both shard 1/3');
  });

  test('refuses to merge when a shard is missing', async () => {
    const run = await cli(['status', '--merge', shardFile(1), shardFile(3)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('shard 2/3 is missing');
  });

  test('refuses two reports that both contain a product', async () => {
    const run = await cli(['status', '--merge', join(out, 'whole.json'), join(out, 'whole.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/product cam-\d{3} \(products\/cam-\d{3}\) is reported by both/);
  });

  test('refuses shards judged as of different dates', async () => {
    const other = { ...readReport(shardFile(2)), now: '2026-08-02' };
    writeFileSync(join(out, 'other-date.json'), JSON.stringify(other));
    const run = await cli(['status', '--merge', shardFile(1), join(out, 'other-date.json'), shardFile(3)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is as of 2026-08-01 and');
    expect(run.stderr).toContain('pass the same --now to every shard');
  });

  test('refuses shards written by another labelguard version', async () => {
    const other = { ...readReport(shardFile(2)), generator: { name: 'labelguard', version: '9.9.9' } };
    writeFileSync(join(out, 'other-version.json'), JSON.stringify(other));
    const run = await cli(['status', '--merge', shardFile(1), join(out, 'other-version.json'), shardFile(3)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`status-1.json was written by labelguard ${generator.version} and`);
    expect(run.stderr).toContain('other-version.json by labelguard 9.9.9');
  });

  test('refuses a file that is not a status report, naming the file and the place', async () => {
    const broken = readReport(shardFile(1)) as unknown as { rows: Record<string, unknown>[] };
    delete broken.rows[0]!.urgency;
    writeFileSync(join(out, 'broken.json'), JSON.stringify(broken));
    const run = await cli(['status', '--merge', join(out, 'broken.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.json is not a labelguard status report');
    expect(run.stderr).toContain("broken.json: /rows/0: must have required property 'urgency'");
  });

  test('refuses a file that is not JSON', async () => {
    writeFileSync(join(out, 'text.json'), 'not json');
    const run = await cli(['status', '--merge', join(out, 'text.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('text.json is not JSON');
  });
});
