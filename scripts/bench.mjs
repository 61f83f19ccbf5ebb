// Runs the benchmarks (TypeScript, through tsx) on the Node that runs npm, i.e. the Node 24 dev dependency.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const r = spawnSync(process.execPath, [tsx, 'scripts/bench/index.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exitCode = r.status ?? 1;
