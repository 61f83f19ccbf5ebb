// `npm run bench`: every benchmark of labelguard, each reporting ratios measured in the same run
// (timings alone depend on the machine). `npm run bench -- --quick` uses smaller repositories.
import { benchAudit } from './audit.js';
import { benchHostile } from './hostile.js';
import { benchPrScope } from './pr-scope.js';
import { benchRules } from './rules.js';
import { benchSbomDiff } from './sbom-diff.js';

const quick = process.argv.includes('--quick');
const benches: [string, () => Promise<{ lines: string[] }>][] = [
  ['SBOM diff of two 50,000-component SBOMs against JSON.parse', benchSbomDiff],
  ['Rule evaluation on 1,000 products', benchRules],
  ['Pull requests', () => benchPrScope(quick ? { sizes: [10, 200] } : {})],
  ['Full audit', () => benchAudit(quick ? { sizes: [100, 1_000] } : {})],
  ['Hostile inputs (time and peak memory of the whole check, one process each)', () => benchHostile()],
];
for (const [title, run] of benches) {
  console.log(`\n## ${title}`);
  for (const line of (await run()).lines) console.log(line);
}
