import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distCli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const distAction = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
export const exampleRepo = fileURLToPath(new URL('../../examples/acme-cameras', import.meta.url));

/** Run the built CLI as a user would, on the Node running the tests (Node 24 under npm scripts). */
export function runDistCli(args: string[], cwd = repoRoot, cli = distCli) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
