// `npm run bench`: every benchmark of labelguard, each reporting ratios to a floor measured in the same run
// (timings alone depend on the machine), and failing (exit 1) when a figure misses its goal.
// `npm run bench -- --quick` uses fewer runs and smaller repositories. Start-up figures need dist/
// (npm run build). The in-process SBOM benchmarks run on every Node found (the project's Node 24 and e.g.
// the system's Node 20), each in a fresh process, as a `labelguard diff` runs. In one process after the
// start-up figures the 50k diff measured 2.65x against 2.24-2.33x in a fresh one: the start-up bench
// generates its repository by reading the example's SBOMs, whose objects have other shapes, and the
// reader's code then runs slower on the bench pair (reading those SBOMs first and then timing the diff in
// one process: 2.66-2.73x, against 2.29-2.33x without them).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { append } from '../../src/core/append.js';
import { benchAudit } from './audit.js';
import type { Gate } from './gate.js';
import { benchHostile } from './hostile.js';
import { benchPrScope } from './pr-scope.js';
import { benchRules } from './rules.js';
import { benchSbomDiff } from './sbom-diff.js';
import { benchSbomXml } from './sbom-xml.js';
import { nodes } from './nodes.js';
import { benchStartup } from './startup.js';

type Bench = () => Promise<{ lines: string[]; gates?: Gate[] }> | { lines: string[]; gates?: Gate[] };

const quick = process.argv.includes('--quick');
const sbomOnly = process.argv.includes('--sbom-only');

const sbomBenches: [string, Bench][] = [
  ['SBOM diff of two 50,000-component SBOMs against JSON.parse', benchSbomDiff],
  ['XML SBOM read against a bare fast-xml-parser parse', () => benchSbomXml({ pairs: quick ? 3 : 7 })],
];
const benches: [string, Bench][] = sbomOnly
  ? sbomBenches
  : [
      ['Start-up: fixed costs against node -e 0', () => benchStartup({ pairs: quick ? 5 : 15 })],
      ['SBOM benchmarks, on each Node in a fresh process', sbomOnEveryNode],
      ['Rule evaluation on 1,000 products', benchRules],
      ['Pull requests', () => benchPrScope(quick ? { sizes: [10, 200] } : {})],
      ['Full audit', () => benchAudit(quick ? { sizes: [100, 1_000] } : {})],
      ['Hostile inputs (time and peak memory of the whole check, one process each)', () => benchHostile()],
    ];

/** The in-process SBOM benchmarks on every Node, each in a process of its own. */
function sbomOnEveryNode(): { lines: string[]; gates: Gate[] } {
  const lines: string[] = [];
  const gates: Gate[] = [];
  const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
  for (const node of nodes()) {
    const args = [
      tsx,
      fileURLToPath(import.meta.url),
      '--sbom-only',
      '--json',
      ...(quick ? ['--quick'] : []),
    ];
    const r = spawnSync(node.path, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0 && r.status !== 1) {
      lines.push(`Node ${node.version}: FAILED (${r.stderr.trim().split('\n').slice(-2).join(' | ')})`);
      continue;
    }
    const out = JSON.parse(r.stdout) as { lines: string[]; gates: Gate[] };
    // The child's section titles ("\n## …") become sub-headings of its Node.
    append(lines, [
      `Node ${node.version}:`,
      ...out.lines.map((l) => (l.startsWith('\n## ') ? `  ${l.slice(4)}` : `    ${l}`)),
    ]);
    append(gates, out.gates);
  }
  return { lines, gates };
}

const gates: Gate[] = [];
const printed: string[] = [];
for (const [title, run] of benches) {
  const r = await run();
  append(gates, r.gates ?? []);
  append(printed, [`\n## ${title}`, ...r.lines]);
  if (!process.argv.includes('--json')) console.log([`\n## ${title}`, ...r.lines].join('\n'));
}
const failed = gates.filter((g) => !g.pass);
if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify({ lines: printed, gates }));
} else {
  console.log(
    `\n## Goals\n${gates.map((g) => `${g.pass ? 'PASS' : 'FAIL'} ${g.name}: ${g.ratio.toFixed(2)} (goal ≤ ${g.goal})`).join('\n')}`,
  );
}
if (failed.length > 0) process.exitCode = 1;
