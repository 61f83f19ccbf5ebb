import { plainText } from '../markdown/escape.js';
import type { Report, ReportFinding } from './model.js';
import { policyChangeText } from './policy-change.js';
import { append } from '../core/append.js';

const stars = (n: number) => '★'.repeat(n);

// Every value below comes from the user's repository and may hold line breaks, ANSI escape sequences or
// other control characters: printed as they are, a model name could forge a "PASS" line, recolour or
// retitle the terminal, or start a `::workflow-command::` line in a CI log. Each value is shown on one
// line with those removed; nothing is cut short.
const one = (value: string | number | undefined): string =>
  plainText(String(value ?? ''), Number.MAX_SAFE_INTEGER);

/** A plain-text report for terminals and logs: one block per product, findings as file:line:column. */
export function renderText(report: Report): string {
  const lines: string[] = [...policyChangeText(report)];
  for (const p of report.products) {
    const labels = p.labels.map((l) => `${one(l.scheme)} ${stars(l.stars)}`).join(', ');
    const status = p.filingStatus ? `, filing ${one(p.filingStatus)}` : '';
    lines.push(
      `${verdictWord(p.verdict)}  ${one(p.id)}${p.model ? ` (${one(p.model)})` : ''} — ${labels || 'no label target'}${status}`,
    );
    for (const c of p.changes ?? []) {
      if (c.classification === 'none') continue;
      const fromTo =
        c.from !== undefined || c.to !== undefined ? `: ${one(c.from ?? '∅')} → ${one(c.to ?? '∅')}` : '';
      lines.push(
        `    change  ${c.classification}${c.recorded ? ' (recorded)' : ' (UNRECORDED)'}  ${one(c.kind)} ${one(c.subject)}${fromTo}`,
      );
    }
    for (const f of p.findings) append(lines, findingLines(f));
    for (const r of p.readiness ?? []) {
      const gaps = Object.entries(r.gaps)
        .map(([level, ids]) => `${stars(Number(level))} blocked by ${ids.map(one).join(', ')}`)
        .join('; ');
      lines.push(
        `    readiness ${one(r.scheme)}: target ${stars(r.target)}, meets ${r.met > 0 ? stars(r.met) : 'none'}${gaps ? ` — ${gaps}` : ''}`,
      );
    }
    lines.push('');
  }
  for (const f of report.findings) append(lines, findingLines(f));
  const s = report.summary;
  lines.push(
    `${s.products} product${s.products === 1 ? '' : 's'} checked: ${s.blocking} blocking, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.unrecorded} unrecorded material change${s.unrecorded === 1 ? '' : 's'} (as of ${one(report.now)}, fail-on ${one(report.policy.failOn)}${report.policy.warnOnly ? ', warn-only' : ''})`,
  );
  // A value can still begin a line (a file path right after the indent): the runner trims a log line
  // before looking for `::`, so a line must never start with it.
  return `${lines.join('\n')}\n`.replace(/^(\s*):(?=:)/gm, '$1: ');
}

function verdictWord(v: 'pass' | 'warn' | 'fail'): string {
  return v === 'fail' ? 'FAIL' : v === 'warn' ? 'WARN' : 'PASS';
}

function findingLines(f: ReportFinding): string[] {
  const tag = f.waived ? 'waived' : f.blocking ? `${f.severity}!` : f.severity;
  const out = [`    ${one(f.file)}:${f.line}:${f.column}: ${tag} ${one(f.ruleId)}: ${one(f.message)}`];
  if (f.waived)
    out.push(
      `        waived until ${one(f.waived.expires)} by ${one(f.waived.approver)}: ${one(f.waived.justification)}`,
    );
  // One line too: a hint can quote data, and a hint line of its own could start with `::`.
  else if (f.hint) out.push(`        hint: ${one(f.hint)}`);
  return out;
}
