// Regenerates docs/rules.md from the built-in rule packs (a test fails when it is stale):
//   npx tsx scripts/rules-doc.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesDoc } from '../src/rules/index.js';
import { loadBuiltin, repoRoot } from '../test/rules/support/packs.js';

const { packs, problems } = loadBuiltin();
if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  process.exit(1);
}
writeFileSync(join(repoRoot, 'docs', 'rules.md'), renderRulesDoc(packs));
