// Fixed costs, measured as whole processes against `node -e 0` on the same Node: `--version`, `--help`, a
// diff of two small SBOMs and the built action on a pull request that touches no product. Runs are paired
// (subject and floor one after the other, alternating which goes first), so a loaded machine slows both
// sides of each ratio alike; each figure is the median ratio with the range over the pairs.
//   npx tsx scripts/bench/startup.ts            on every Node found (the project's Node 24 and the system's)
// Needs the built dist/ (npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { noProductPullRequest, repositoryWithChange } from './pr-scope.js';
import { gate, type Gate } from './gate.js';
import { nodes } from './nodes.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const example = join(root, 'examples', 'acme-cameras', 'products', 'avc-p340w');

function once(node: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): number {
  const start = performance.now();
  const r = spawnSync(node, args, { encoding: 'utf8', cwd: opts.cwd ?? root, env: opts.env ?? process.env });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}${r.stdout}`);
  return ms;
}

/** The median (the upper one of an even count). */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/**
 * Measure both sides of round `round`, alternating which goes first so neither always inherits the
 * other's garbage; returns the measures in argument order.
 */
export function alternately<T>(round: number, a: () => T, b: () => T): [T, T] {
  if (round % 2 === 0) {
    const ta = a();
    return [ta, b()];
  }
  const tb = b();
  return [a(), tb];
}

// GNU time reports a process's CPU time (user + system, its git children included): on a machine loaded by
// other work, CPU time says what a run costs where wall-clock time says mostly how long it waited. Taken in
// runs of their own, so the wall-clock pairs carry no extra process.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** CPU milliseconds (user + system) of one run of `node args`, or undefined without GNU time. */
function cpuMs(node: string, args: string[], env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (!gnuTime) return undefined;
  const r = spawnSync(gnuTime, ['-f', '\ncpu %U %S', node, ...args], { encoding: 'utf8', cwd: root, env });
  const m = /\ncpu (\d+\.\d+) (\d+\.\d+)\s*$/.exec(r.stderr);
  return r.status === 0 && m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined;
}

/** Median CPU time of subject and floor over `runs` alternating runs. */
function cpuRatio(runs: number, subject: () => number | undefined, floor: () => number | undefined) {
  const s: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [a, b] = alternately(i, subject, floor);
    if (a === undefined || b === undefined) return undefined;
    s.push(a);
    f.push(b);
  }
  return { ratio: median(s) / median(f), ms: median(s), floorMs: median(f) };
}

/** Median subject/floor ratio over `pairs` paired runs, with the range and the median times. */
export function paired(
  pairs: number,
  subject: () => number,
  floor: () => number,
): { ratio: number; min: number; max: number; ms: number; floorMs: number; best: number } {
  subject();
  floor();
  const ratios: number[] = [];
  const times: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const [s, f] = alternately(i, subject, floor);
    ratios.push(s / f);
    times.push(s);
    floors.push(f);
  }
  return {
    ratio: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    ms: median(times),
    floorMs: median(floors),
    // Fastest against fastest: the runs least disturbed by other work, when the machine is busy.
    best: Math.min(...times) / Math.min(...floors),
  };
}

/** A floor program of `floor/` bundled as the action is (ncc, the staged @actions/core); returns its path. */
function bundleFloor(work: string, name: string): string {
  const out = join(work, `floor-${name}`);
  execFileSync(
    join(root, 'node_modules', '.bin', 'ncc'),
    ['build', join(root, 'scripts', 'bench', 'floor', `${name}.ts`), '-o', out, '-q'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  return join(out, 'index.js');
}

/** The start-up figures on every Node; each line says its goal and whether it holds. */
export function benchStartup(opts: { pairs?: number } = {}): { lines: string[]; gates: Gate[] } {
  const pairs = opts.pairs ?? 15;
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const lines: string[] = [
    `whole processes, median of ${pairs} pairs against node -e 0 on the same Node (range)`,
  ];
  const gates: Gate[] = [];
  const repo = repositoryWithChange(10);
  const work = mkdtempSync(join(tmpdir(), 'labelguard-startup-'));
  try {
    const noop = noProductPullRequest(repo.dir, repo.head, work);
    // The stack alone, and each of its parts alone: what any pull-request run of this stack costs.
    const floors = [
      {
        name: 'stack',
        title:
          'the stack alone on the same pull request (floor/stack.ts: @actions/core, yaml, git diff and ls-tree, one output, the summary; no labelguard)',
      },
      { name: 'git', title: '  its part: the two git processes alone (floor/git.ts)' },
      {
        name: 'actions-core',
        title: '  its part: @actions/core, one output and the summary alone (floor/actions-core.ts)',
      },
      {
        name: 'yaml',
        title: '  its part: the YAML library and the configuration parsed alone (floor/yaml.ts)',
      },
    ].map(({ name, title }) => ({ id: `floor-${name}`, title, path: bundleFloor(work, name) }));
    const smallDiff = [
      cli,
      'diff',
      join(example, 'filings', '2026-07-20', 'sbom.cdx.json'),
      join(example, 'sbom.cdx.json'),
    ];
    for (const node of nodes()) {
      const floor = () => once(node.path, ['-e', '0']);
      const subjects: [string, string, number | undefined, () => number, string[], NodeJS.ProcessEnv?][] = [
        ['--version', 'version', 1.5, () => once(node.path, [cli, '--version']), [cli, '--version']],
        ['--help', 'help', 1.5, () => once(node.path, [cli, '--help']), [cli, '--help']],
        [
          'diff of two small SBOMs (avc-p340w, registered vs current)',
          'small-diff',
          2.5,
          () => once(node.path, smallDiff),
          smallDiff,
        ],
        [
          'action, pull request touching no product (dist/index.js, no token)',
          'noop-pr',
          2.5,
          () => once(node.path, [join(root, 'dist', 'index.js')], { env: noop.env }),
          [join(root, 'dist', 'index.js')],
          noop.env,
        ],
        ...floors.map((f): [string, string, undefined, () => number, string[], NodeJS.ProcessEnv] => [
          f.title,
          f.id,
          undefined,
          () => once(node.path, [f.path], { env: noop.env }),
          [f.path],
          noop.env,
        ]),
      ];
      lines.push(`Node ${node.version} (node -e 0 median ${paired(3, floor, floor).ms.toFixed(0)} ms)`);
      for (const [title, id, goal, subject, args, env] of subjects) {
        const r = paired(pairs, subject, floor);
        const c = cpuRatio(
          5,
          () => cpuMs(node.path, args, env),
          () => cpuMs(node.path, ['-e', '0']),
        );
        const cpu = c
          ? `; CPU time ${c.ratio.toFixed(2)}× (${c.ms.toFixed(0)} ms vs ${c.floorMs.toFixed(0)} ms)`
          : '';
        const g =
          goal === undefined ? undefined : gate(`${id} (Node ${node.version.split('.')[0]})`, r.ratio, goal);
        if (g) gates.push(g);
        lines.push(
          `  ${title}: ${r.ratio.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)}; fastest/fastest ${r.best.toFixed(2)}×), ${r.ms.toFixed(0)} ms vs ${r.floorMs.toFixed(0)} ms${cpu}; ${g ? `goal ≤ ${goal}× ${g.pass ? 'PASS' : 'FAIL'}` : 'reported'}`,
        );
      }
    }
  } finally {
    rmSync(repo.dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
  return { lines, gates };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchStartup();
  for (const line of r.lines) console.log(line);
  if (r.gates.some((g) => !g.pass)) process.exitCode = 1;
}
