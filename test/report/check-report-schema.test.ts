import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/pipeline/run-check.js';
import { renderJson } from '../../src/report/json.js';
import { checkReportSchema } from '../../src/schemas/index.js';
import { exampleRepo, repoRoot } from '../support/dist.js';

// The published file, read from disk: what users (and `labelguard comment`) validate against.
const published = readFileSync(join(repoRoot, 'docs', 'check-report.schema.json'), 'utf8');

describe('docs/check-report.schema.json', () => {
  test('is the schema labelguard comment validates against (npx tsx scripts/emit-report-schema.ts when this fails)', () => {
    expect(JSON.parse(published)).toEqual(checkReportSchema);
  });

  test('accepts the JSON report of the example repository, as written', async () => {
    const outcome = await runCheck({ dir: exampleRepo, now: '2026-11-26', overrides: {} });
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(published) as object);
    expect(validate(JSON.parse(renderJson(outcome.report))) ? [] : validate.errors).toEqual([]);
  });
});
