// Writes the JSON Schema of the check report as check-report.schema.json into the given folder
// (docs/ by default; the build also puts it in dist/schemas/ beside the data-model schemas).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportSchema } from '../src/schemas/index.js';

const out = process.argv[2] ?? 'docs';
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'check-report.schema.json'), `${JSON.stringify(checkReportSchema, null, 2)}\n`);
