// Runs one bound case in a fresh Node process (so its peak memory is its own), stopped after `timeoutMs`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from './bounds-child.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const child = fileURLToPath(new URL('./bounds-child.ts', import.meta.url));

export type BoundRun = ChildResult | { id: string; failed: string };

export function runBoundCase(id: string, timeoutMs: number): Promise<BoundRun> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, id], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as ChildResult);
      else
        resolve({
          id,
          failed: signal === 'SIGKILL' ? `stopped after ${timeoutMs} ms` : `exit ${code ?? signal}: ${stderr.slice(-2000)}`,
        });
    });
  });
}
