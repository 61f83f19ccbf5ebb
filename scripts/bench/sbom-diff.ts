// Benchmark: reading and diffing two 50,000-component CycloneDX JSON SBOMs, measured against the
// cost of merely JSON.parse-ing them. Goal: readSbom + diffSboms ≤ 2.5 × JSON.parse of both files.
// Run alone with `npx tsx scripts/bench/sbom-diff.ts`; `npm run bench` imports benchSbomDiff().
import { pathToFileURL } from 'node:url';
import { diffSboms } from '../../src/sbom/diff.js';
import { readSbom } from '../../src/sbom/read.js';
import { gate, type Gate } from './gate.js';
import { onCleanHeap } from './clean-heap.js';
import { alternately, median } from './startup.js';

const COMPONENTS = 50_000;
const RUNS = 7;
const GOAL = 2.5;

/** Small deterministic PRNG (mulberry32), so every run benchmarks the same documents. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GenComponent {
  type: string;
  name: string;
  group?: string;
  version: string;
  purl: string;
  'bom-ref': string;
  hashes: { alg: string; content: string }[];
  licenses: { license: { id: string } }[];
  supplier?: { name: string };
  properties?: { name: string; value: string }[];
}

function hex(rand: () => number, length: number): string {
  let s = '';
  while (s.length < length)
    s += Math.floor(rand() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return s.slice(0, length);
}

function makeComponent(rand: () => number, i: number): GenComponent {
  const kind = i % 4;
  const major = Math.floor(rand() * 20);
  const minor = Math.floor(rand() * 30);
  const patch = Math.floor(rand() * 50);
  let name: string;
  let version: string;
  let purl: string;
  let group: string | undefined;
  if (kind === 0) {
    name = `pkg-${i}`;
    version = `${major}.${minor}.${patch}`;
    purl = `pkg:npm/${name}@${version}`;
  } else if (kind === 1) {
    name = `lib${i}`;
    group = 'debian';
    version = `${rand() < 0.3 ? '1:' : ''}${major}.${minor}-${patch}+deb12u1`;
    purl = `pkg:deb/debian/${name}@${encodeURIComponent(version)}?arch=${rand() < 0.5 ? 'source' : 'amd64'}`;
  } else if (kind === 2) {
    name = `github.com/example/mod${i}`;
    version = `v0.0.0-2021${String(1 + (patch % 12)).padStart(2, '0')}${String(10 + (minor % 18))}120000-${hex(rand, 12)}`;
    purl = `pkg:golang/${name}@${version}`;
  } else {
    name = `artifact-${i}`;
    group = `org.example.g${i % 97}`;
    version = `${major}.${minor}.${patch}`;
    purl = `pkg:maven/${group}/${name}@${version}?type=jar`;
  }
  const c: GenComponent = {
    type: 'library',
    name,
    version,
    purl,
    'bom-ref': purl,
    hashes: [{ alg: 'SHA-256', content: hex(rand, 64) }],
    licenses: [{ license: { id: rand() < 0.5 ? 'MIT' : 'Apache-2.0' } }],
  };
  if (group !== undefined) c.group = group;
  if (rand() < 0.3) c.supplier = { name: `Supplier ${i % 50}` };
  if (rand() < 0.2) c.properties = [{ name: 'cdx:example:path', value: `node_modules/${name}` }];
  return c;
}

function bump(c: GenComponent, rand: () => number): GenComponent {
  const version = c.version.startsWith('v0.0.0-')
    ? c.version.replace(/^v0\.0\.0-2021/, 'v0.0.0-2022')
    : c.version.replace(/(\d+)(?=[^\d]*$)/, (d) => String(Number(d) + 1));
  const purl = c.purl.replace(
    /@[^?]*/,
    `@${c.purl.startsWith('pkg:deb/') ? encodeURIComponent(version) : version}`,
  );
  return { ...c, version, purl, 'bom-ref': purl, hashes: [{ alg: 'SHA-256', content: hex(rand, 64) }] };
}

/** Two related SBOMs: 2% upgraded, 0.5% rebuilt (hash only), 1% removed, 1% added, order shuffled. */
export function generatePair(seed = 20261126): { before: string; after: string } {
  const rand = prng(seed);
  const before: GenComponent[] = [];
  for (let i = 0; i < COMPONENTS; i++) before.push(makeComponent(rand, i));
  const after: GenComponent[] = [];
  for (const c of before) {
    const r = rand();
    if (r < 0.01) continue;
    if (r < 0.03) after.push(bump(c, rand));
    else if (r < 0.035) after.push({ ...c, hashes: [{ alg: 'SHA-256', content: hex(rand, 64) }] });
    else after.push(c);
  }
  for (let i = 0; after.length < COMPONENTS; i++) after.push(makeComponent(rand, COMPONENTS + i));
  for (let i = after.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [after[i], after[j]] = [after[j]!, after[i]!];
  }
  const doc = (components: GenComponent[], version: string) =>
    JSON.stringify(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        metadata: { component: { type: 'firmware', name: 'bench-firmware', version, 'bom-ref': 'root' } },
        components,
        dependencies: [{ ref: 'root', dependsOn: components.slice(0, 1000).map((c) => c['bom-ref']) }],
      },
      null,
      2,
    );
  return { before: doc(before, '1.0.0'), after: doc(after, '1.1.0') };
}

/** Runs the benchmark and returns printable lines. */
export async function benchSbomDiff(): Promise<{ lines: string[]; gates: Gate[] }> {
  const { before, after } = generatePair();
  const parseTimes: number[] = [];
  const oursTimes: number[] = [];
  let summary = '';
  const timeParse = () => {
    const t = performance.now();
    const pa = JSON.parse(before) as unknown;
    const pb = JSON.parse(after) as unknown;
    if (pa === pb) throw new Error('unreachable');
    return performance.now() - t;
  };
  const timeOurs = () => {
    const t = performance.now();
    const ra = readSbom(before, 'before.cdx.json');
    const rb = readSbom(after, 'after.cdx.json');
    if (!ra.ok || !rb.ok) throw new Error('benchmark SBOM did not read');
    const d = diffSboms(ra.sbom, rb.sbom);
    summary = `${d.changed.length} changed, ${d.added.length} added, ${d.removed.length} removed`;
    return performance.now() - t;
  };
  // One untimed round first so both sides are measured with warm JIT; then alternate which side goes
  // first, each on a collected heap.
  for (let run = -1; run < RUNS; run++) {
    const [parse, ours] = alternately(run, onCleanHeap(timeParse), onCleanHeap(timeOurs));
    if (run >= 0) {
      parseTimes.push(parse);
      oursTimes.push(ours);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const parse = median(parseTimes);
  const ours = median(oursTimes);
  const ratio = ours / parse;
  const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(1);
  const rss = process.resourceUsage().maxRSS / 1024;
  return {
    gates: [gate(`50k diff vs JSON.parse (Node ${process.version.split('.')[0]})`, ratio, GOAL)],
    lines: [
      `sbom-diff: 2 × ${COMPONENTS.toLocaleString('en')} components (${mb(before)} MB + ${mb(after)} MB JSON), median of ${RUNS}`,
      `  JSON.parse both        ${parse.toFixed(0)} ms`,
      `  readSbom both + diff   ${ours.toFixed(0)} ms  (${summary})`,
      `  ratio                  ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×) ${ratio <= GOAL ? 'PASS' : 'FAIL'}`,
      `  peak RSS               ${rss.toFixed(0)} MiB`,
    ],
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchSbomDiff().then(({ lines }) => console.log(lines.join('\n')));
}
