// Benchmark of the pull-request path: the time to check a pull request that touches one product must not
// grow with the number of other products. (A pull request that touches none is timed in startup.ts.)
//   npx tsx scripts/bench/pr-scope.ts           repositories of 10 and 1,000 products
// Timings vary by machine; nothing asserts on them. Figures are ratios measured in the same run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCheck } from '../../src/pipeline/run-check.js';
import { generateRepository } from './audit.js';
import { median } from './startup.js';

const runs = 7;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

/** A git repository of `n` products, with a second commit that adds a network service to one of them. */
export function repositoryWithChange(n: number): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), `labelguard-pr-${n}-`));
  generateRepository(dir, n);
  // The configuration `labelguard init` writes: a real repository has one, and a pull request parses it.
  writeFileSync(
    join(dir, '.labelguard.yml'),
    'products: products/*/product.yaml\npacks: [cn-ccl]\npolicy:\n  fail_on: error\n',
  );
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  const manifest = join(dir, 'products', 'cam-00000', 'product.yaml');
  const text = readFileSync(manifest, 'utf8');
  writeFileSync(
    manifest,
    text.replace(
      /^( {2}network_services:\n)/m,
      '$1    - { name: telnet, port: 23, protocol: tcp, auth_required: false, encrypted: false }\n',
    ),
  );
  git(dir, 'commit', '-q', '-am', 'add telnet');
  // Packed, as a clone on a runner is: reading thousands of loose objects costs git several times more
  // (a 1,000-product check read its manifests in about 520 ms loose, 290 ms packed).
  git(dir, 'gc', '-q');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

/** Where the head is read from: the checkout, as the action does on `pull_request`, or git, as `check --base`. */
type HeadFrom = 'working-tree' | 'head';

async function timePullRequest(
  dir: string,
  base: string,
  head: string,
  readFrom: HeadFrom,
): Promise<{ ms: number; products: number }> {
  const times: number[] = [];
  let products = 0;
  // Untimed first runs: the code's first runs in a process are compiled as they go, and that cost would
  // land on whichever repository is timed first.
  for (let i = 0; i < 3; i++) await runCheck({ dir, base, head, readFrom, now: '2026-08-01' });
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { report } = await runCheck({ dir, base, head, readFrom, now: '2026-08-01' });
    times.push(performance.now() - start);
    products = report.summary.products;
  }
  return { ms: median(times), products };
}

/**
 * A commit on top of `base` that touches no product, and the runner environment of a pull request with
 * it as head (no token), for the built action. `work` holds the event and the runner's files.
 */
export function noProductPullRequest(dir: string, base: string, work: string): { env: NodeJS.ProcessEnv } {
  writeFileSync(join(dir, 'NOTES.md'), '# notes\n');
  git(dir, 'add', 'NOTES.md');
  git(dir, 'commit', '-q', '-m', 'notes');
  const head = git(dir, 'rev-parse', 'HEAD');
  const event = join(work, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 1,
        base: { sha: base, ref: 'main', repo: { full_name: 'acme/cameras' } },
        head: { sha: head, ref: 'notes', repo: { full_name: 'acme/cameras' } },
      },
      repository: { full_name: 'acme/cameras', default_branch: 'main' },
    }),
  );
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/cameras',
    GITHUB_WORKSPACE: dir,
    GITHUB_SHA: head,
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    RUNNER_TEMP: work,
    INPUT_TOKEN: '',
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  return { env };
}

const fmt = (x: number, d = 0) => x.toFixed(d);

/** Run the pull-request benchmarks and return printable lines. */
export async function benchPrScope(opts: { sizes?: [number, number] } = {}): Promise<{ lines: string[] }> {
  const [small, large] = opts.sizes ?? [10, 1_000];
  const lines = [
    `pull request touching one product (median of ${runs} runs, in process; Node ${process.version})`,
  ];
  const ways: [HeadFrom, string][] = [
    ['head', 'head read from git, as `check --base` does'],
    ['working-tree', 'head checked out, as the action reads a pull request'],
  ];
  const ms = new Map<string, number>();
  for (const n of [small, large]) {
    const repo = repositoryWithChange(n);
    try {
      for (const [readFrom] of ways) {
        const r = await timePullRequest(repo.dir, repo.base, repo.head, readFrom);
        if (r.products !== 1) throw new Error(`the pull request judged ${r.products} products, not 1`);
        ms.set(`${readFrom} ${n}`, r.ms);
      }
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  }
  const count = (n: number) => n.toLocaleString('en-US');
  for (const [readFrom, title] of ways) {
    const [a, b] = [ms.get(`${readFrom} ${small}`)!, ms.get(`${readFrom} ${large}`)!];
    lines.push(
      `  ${title}: ${count(small)} products ${fmt(a)} ms, ${count(large)} products ${fmt(b)} ms; ratio ${fmt(b / a, 2)} (goal: at most 1.3)`,
    );
  }
  return { lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of (await benchPrScope()).lines) console.log(line);
}
