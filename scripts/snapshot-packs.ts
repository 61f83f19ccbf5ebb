// Build step: writes the built-in packs' change-classification tables as JSON beside the packs
// (`dist/rules/packs.snapshot.json`), loaded and checked from the pack files here, failing the build on
// any problem: a built `labelguard diff` then reads JSON, not YAML. Usage: tsx scripts/snapshot-packs.ts <dist/rules>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotFileName } from '../src/pipeline/change-tables.js';
import { builtinChangeSnapshot } from '../src/pipeline/packs.js';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/snapshot-packs.ts <dist/rules>');
const { snapshot, problems } = builtinChangeSnapshot();
if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  throw new Error(`the built-in change tables have ${problems.length} problem(s)`);
}
writeFileSync(join(out, snapshotFileName), `${JSON.stringify(snapshot)}\n`);
