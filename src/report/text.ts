import { pendingEntriesYaml } from '../changes/index.js';
import { append } from '../core/append.js';
import type { ChangeSet, DetectedChange } from '../core/change.js';
import { plainText } from '../markdown/escape.js';
import type { ProductReport, Report, ReportFinding } from './model.js';
import { changeSetsOf, FILING_FILE, repoPath, shownAsChange, shownSets } from './ordering.js';
import { policyChangeText } from './policy-change.js';

export interface TextOptions {
  /** List every member of every change set (default: one line per change set). */
  verbose?: boolean;
}

const stars = (n: number) => '★'.repeat(n);

// Every value below comes from the user's repository and may hold line breaks, ANSI escape sequences or
// other control characters: printed as they are, a model name could forge a "PASS" line, recolour or
// retitle the terminal, or start a `::workflow-command::` line in a CI log. Each value is shown on one
// line with those removed; nothing is cut short.
const one = (value: string | number | undefined): string =>
  plainText(String(value ?? ''), Number.MAX_SAFE_INTEGER);

/** A plain-text report for terminals and logs: one block per product, findings as file:line:column. */
export function renderText(report: Report, opts: TextOptions = {}): string {
  const lines: string[] = [...policyChangeText(report)];
  for (const p of report.products) {
    const labels = p.labels.map((l) => `${one(l.scheme)} ${stars(l.stars)}`).join(', ');
    const status = p.filingStatus ? `, filing ${one(p.filingStatus)}` : '';
    lines.push(
      `${verdictWord(p.verdict)}  ${one(p.id)}${p.model ? ` (${one(p.model)})` : ''} — ${labels || 'no label target'}${status}`,
    );
    append(lines, changeLines(p, opts.verbose === true));
    // Unrecorded changes are the change lines above and the entries below; the rest are findings.
    for (const f of p.findings) if (!shownAsChange(f)) append(lines, findingLines(f));
    append(lines, entryLines(p));
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

/** One line per change set (unrecorded material first); with `verbose`, each member below it. */
function changeLines(p: ProductReport, verbose: boolean): string[] {
  const byFingerprint = new Map((p.changes ?? []).map((c) => [c.fingerprint, c]));
  const out: string[] = [];
  for (const set of shownSets(p)) {
    const state =
      set.pending === 'none'
        ? ` (recorded${set.changeLogId ? ` ${one(set.changeLogId)}` : ''})`
        : set.unrecorded.length < set.fingerprints.length
          ? ` (partly recorded${set.changeLogId ? ` ${one(set.changeLogId)}` : ''}; ${set.unrecorded.length} ${set.pending}-class difference${set.unrecorded.length === 1 ? '' : 's'} UNRECORDED)`
          : ' (UNRECORDED)';
    const size = set.fingerprints.length > 1 ? ` (${set.fingerprints.length} differences)` : '';
    out.push(`    change  ${set.classification}${state}  ${one(set.title)}${size} [${one(set.classId)}]`);
    if (verbose) append(out, memberLines(set, byFingerprint));
  }
  const none = changeSetsOf(p).filter((s) => s.classification === 'none');
  if (verbose) for (const set of none) out.push(`    change  none  ${one(set.title)}`);
  else if (none.length > 0)
    out.push(
      `    (${none.length} more change${none.length === 1 ? '' : 's'} need no record; --verbose lists them)`,
    );
  return out;
}

function memberLines(set: ChangeSet, byFingerprint: Map<string, DetectedChange>): string[] {
  return set.fingerprints.map((f) => {
    const c = byFingerprint.get(f);
    if (!c) return `        member  ${one(f)}`;
    const fromTo =
      c.from !== undefined || c.to !== undefined ? `: ${one(c.from ?? '∅')} → ${one(c.to ?? '∅')}` : '';
    return `        member  ${c.classification}${c.recorded ? ' (recorded)' : ''}  ${one(c.kind)} ${one(c.subject)}${fromTo}  ${one(f)}`;
  });
}

/**
 * The change-log entries that record what is unrecorded, as YAML to paste under `changes:` as is: each
 * line is indented by four spaces in the report, and every value was cleaned like the rest of the report.
 */
function entryLines(p: ProductReport): string[] {
  const sets = changeSetsOf(p).map((s) => ({
    ...s,
    title: one(s.title),
    unrecorded: s.unrecorded.map(one),
    ...(s.suggestedId !== undefined ? { suggestedId: one(s.suggestedId) } : {}),
  }));
  const yaml = pendingEntriesYaml(sets, (p.changes ?? []).map(cleanChange));
  if (yaml === '') return [];
  const filing = repoPath(p.path, FILING_FILE);
  const dir = repoPath(p.path, '').replace(/\/$/, '') || '.';
  return [
    `    record: run \`labelguard record ${one(dir)}\`, or paste under \`changes:\` in ${one(filing)}:`,
    '',
    // Two spaces, as under `changes:` in filing.yaml: the block pastes in place.
    ...yaml.split('\n'),
    '',
  ];
}

function cleanChange(c: DetectedChange): DetectedChange {
  return { ...c, fingerprint: one(c.fingerprint), kind: one(c.kind), subject: one(c.subject) };
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
