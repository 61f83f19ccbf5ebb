import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { mergeStatusReports, renderStatus, statusReportSchema } from '../../src/status/index.js';
import { exampleDir, repoRoot, statusOf } from './support.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

// The published file, read from disk: what users validate against.
const published = readFileSync(join(repoRoot, 'docs', 'status-report.schema.json'), 'utf8');
const validate = addFormats(new Ajv2020({ allErrors: true, strict: true })).compile(
  JSON.parse(published) as object,
);
const errorsOf = (value: unknown) => (validate(value) ? [] : validate.errors);

describe('docs/status-report.schema.json', () => {
  test('is the schema labelguard validates merged reports against (regenerate it from statusReportSchema when this fails)', () => {
    expect(JSON.parse(published)).toEqual(statusReportSchema);
  });

  test('accepts the JSON report of the example repository', async () => {
    const json = renderStatus(await statusOf(exampleDir, '2026-11-26'), 'json');
    expect(errorsOf(JSON.parse(json))).toEqual([]);
  });

  test('accepts a shard report and a merged report', async () => {
    const shard = await statusOf(exampleDir, '2026-11-26', { shard: { index: 1, count: 2 } });
    const other = await statusOf(exampleDir, '2026-11-26', { shard: { index: 2, count: 2 } });
    expect(shard.shard).toEqual({ index: 1, count: 2 });
    expect(errorsOf(JSON.parse(renderStatus(shard, 'json')))).toEqual([]);
    const merged = mergeStatusReports([
      { file: 'a.json', report: shard },
      { file: 'b.json', report: other },
    ]);
    expect(errorsOf(JSON.parse(renderStatus(merged, 'json')))).toEqual([]);
  });

  test('rejects a row with an unknown urgency', async () => {
    const report = JSON.parse(renderStatus(await statusOf(exampleDir, '2026-11-26'), 'json')) as {
      rows: { urgency: string }[];
    };
    report.rows[0]!.urgency = 'urgent';
    expect(errorsOf(report)).toContainEqual(
      expect.objectContaining({ instancePath: '/rows/0/urgency', keyword: 'enum' }),
    );
  });
});
