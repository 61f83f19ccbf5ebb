// Runs one case of bounds.cases.ts through the whole check in this process, which does nothing else, and
// prints one JSON line: what the check came to, its wall time and the process's peak resident memory.
// Run by bounds.test.ts and by the benchmark: `node --import tsx test/adversarial/bounds-child.ts <id>`.
import type { Finding } from '../../src/core/finding.js';
import { boundCases } from './bounds.cases.js';
import { checkWith, removeRepos } from './support.js';

export interface ChildResult {
  id: string;
  ms: number;
  peakMiB: number;
  result:
    | { kind: 'report'; blocking: number; findings: { ruleId: string; severity: Finding['severity']; file: string; line: number; column: number; message: string; hint?: string }[] }
    | { kind: 'usage-error'; message: string; details: string[] };
}

const id = process.argv[2];
const c = boundCases.find((x) => x.id === id);
if (!c) throw new Error(`no bound case '${id}'`);
// Built before the clock starts; the measured time includes writing the files and the whole check.
const changes = c.changes();
const start = performance.now();
const r = await checkWith(changes);
const ms = performance.now() - start;
removeRepos();
const out: ChildResult = {
  id: c.id,
  ms: Math.round(ms),
  peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  result:
    r.kind === 'report'
      ? {
          kind: 'report',
          blocking: r.outcome.report.summary.blocking,
          findings: r.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            file: f.file,
            line: f.line,
            column: f.column,
            message: f.message,
            ...(f.hint ? { hint: f.hint } : {}),
          })),
        }
      : { kind: 'usage-error', message: r.error.message, details: r.error.details },
};
process.stdout.write(`${JSON.stringify(out)}\n`);
