// Hostile inputs: the wall time and peak memory of the whole check on each case of the bounds suite
// (test/adversarial/bounds.cases.ts), each in a fresh Node process, next to the bound the test asserts.
//   npx tsx scripts/bench/hostile.ts            every case
//   npx tsx scripts/bench/hostile.ts fifo-sbom  some cases
// Times include Node's start, loading the rule packs and writing the repository; they vary by machine.
import { pathToFileURL } from 'node:url';
import { boundCases } from '../../test/adversarial/bounds.cases.js';
import { runBoundCase } from '../../test/adversarial/run-bound.js';

export async function benchHostile(ids: readonly string[] = []): Promise<{ lines: string[] }> {
  const lines = ['| Case | Outcome | Time | Peak RSS | Bound asserted |', '|---|---|--:|--:|---|'];
  for (const c of boundCases.filter((x) => ids.length === 0 || ids.includes(x.id))) {
    const run = await runBoundCase(c.id, c.bound.seconds * 1000 + 20_000);
    const bound = `< ${c.bound.seconds} s, < ${c.bound.peakMiB} MiB`;
    if ('failed' in run) {
      lines.push(`| ${c.id} | FAILED: ${run.failed.split('\n')[0]} | | | ${bound} |`);
      continue;
    }
    const outcome =
      run.result.kind === 'usage-error'
        ? 'exit 2'
        : `${run.result.findings.length} findings, ${run.result.blocking.toLocaleString('en-US')} blocking`;
    lines.push(`| ${c.id} | ${outcome} | ${(run.ms / 1000).toFixed(1)} s | ${run.peakMiB} MiB | ${bound} |`);
  }
  return { lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of (await benchHostile(process.argv.slice(2))).lines) console.log(line);
}
