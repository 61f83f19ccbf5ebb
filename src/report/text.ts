import type { Report, ReportFinding } from './model.js';

const stars = (n: number) => '★'.repeat(n);

/** A plain-text report for terminals and logs: one block per product, findings as file:line:column. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  for (const p of report.products) {
    const labels = p.labels.map((l) => `${l.scheme} ${stars(l.stars)}`).join(', ');
    const status = p.filingStatus ? `, filing ${p.filingStatus}` : '';
    lines.push(
      `${verdictWord(p.verdict)}  ${p.id}${p.model ? ` (${p.model})` : ''} — ${labels || 'no label target'}${status}`,
    );
    for (const c of p.changes ?? []) {
      if (c.classification === 'none') continue;
      const fromTo = c.from !== undefined || c.to !== undefined ? `: ${c.from ?? '∅'} → ${c.to ?? '∅'}` : '';
      lines.push(
        `    change  ${c.classification}${c.recorded ? ' (recorded)' : ' (UNRECORDED)'}  ${c.kind} ${c.subject}${fromTo}`,
      );
    }
    for (const f of p.findings) lines.push(...findingLines(f));
    for (const r of p.readiness ?? []) {
      const gaps = Object.entries(r.gaps)
        .map(([level, ids]) => `${stars(Number(level))} blocked by ${ids.join(', ')}`)
        .join('; ');
      lines.push(
        `    readiness ${r.scheme}: target ${stars(r.target)}, meets ${r.met > 0 ? stars(r.met) : 'none'}${gaps ? ` — ${gaps}` : ''}`,
      );
    }
    lines.push('');
  }
  for (const f of report.findings) lines.push(...findingLines(f));
  const s = report.summary;
  lines.push(
    `${s.products} product${s.products === 1 ? '' : 's'} checked: ${s.blocking} blocking, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.unrecorded} unrecorded material change${s.unrecorded === 1 ? '' : 's'} (as of ${report.now}, fail-on ${report.policy.failOn}${report.policy.warnOnly ? ', warn-only' : ''})`,
  );
  return `${lines.join('\n')}\n`;
}

function verdictWord(v: 'pass' | 'warn' | 'fail'): string {
  return v === 'fail' ? 'FAIL' : v === 'warn' ? 'WARN' : 'PASS';
}

function findingLines(f: ReportFinding): string[] {
  const tag = f.waived ? 'waived' : f.blocking ? `${f.severity}!` : f.severity;
  const out = [`    ${f.file}:${f.line}:${f.column}: ${tag} ${f.ruleId}: ${f.message}`];
  if (f.waived)
    out.push(`        waived until ${f.waived.expires} by ${f.waived.approver}: ${f.waived.justification}`);
  else if (f.hint) out.push(`        hint: ${f.hint.replace(/\n/g, '\n              ')}`);
  return out;
}
