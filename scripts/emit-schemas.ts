// Writes the data-model schemas as JSON files for editors and users (dist/schemas/ by default).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSchemas } from '../src/schemas/index.js';

const out = process.argv[2] ?? 'dist/schemas';
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas)) {
  writeFileSync(join(out, name), `${JSON.stringify(schema, null, 2)}\n`);
}
