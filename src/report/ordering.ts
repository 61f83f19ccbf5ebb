import type { ChangeSet, DetectedChange } from '../core/change.js';
import { compareFindings, compareText, type Severity } from '../core/finding.js';
import type { ProductReport, Report, ReportFinding } from './model.js';

// Shared ordering for the GitHub renderers: code-unit order (compareText), never localeCompare, whose
// result depends on the machine's ICU data and locale — the same report must render byte-identically.

/** Compare strings by code units: the same answer on every machine. */
export const byCodeUnits = compareText;

/** Findings by file, position, rule and message. */
export const compareFindingPlaces: (a: ReportFinding, b: ReportFinding) => number = compareFindings;

/** The groups a product's findings are shown in, most urgent first. */
export type FindingGroup = 'blocking' | 'error' | 'warning' | 'info' | 'waived';

export const findingGroups: readonly FindingGroup[] = ['blocking', 'error', 'warning', 'info', 'waived'];

/** Which group a finding is shown in: a waived finding never blocks, whatever its flag says. */
export function groupOf(f: ReportFinding): FindingGroup {
  if (f.waived) return 'waived';
  if (f.blocking) return 'blocking';
  return f.severity satisfies Severity;
}

/**
 * Findings that say "this change is not in the change log": the change table shows each such change
 * with its fingerprint and next step, so the Markdown lists them there rather than twice.
 */
export function shownAsChange(f: ReportFinding): boolean {
  return f.ruleId === 'change.unrecorded' || f.ruleId === 'change.unrecorded-record';
}

/** Findings split into their groups, each sorted by place. */
export function groupFindings(findings: readonly ReportFinding[]): Map<FindingGroup, ReportFinding[]> {
  const groups = new Map<FindingGroup, ReportFinding[]>(findingGroups.map((g) => [g, []]));
  for (const f of findings) if (!shownAsChange(f)) groups.get(groupOf(f))!.push(f);
  for (const list of groups.values()) list.sort(compareFindingPlaces);
  return groups;
}

/** A material change that no change-log entry accounts for: what invalidates a label. */
export function isUnrecordedMaterial(c: DetectedChange): boolean {
  return c.classification === 'material' && !c.recorded;
}

function changeRank(c: DetectedChange): number {
  if (isUnrecordedMaterial(c)) return 0;
  if (c.classification === 'material') return 1;
  return c.classification === 'record' ? 2 : 3;
}

/** Changes worth showing (classification other than none), unrecorded material ones first. */
export function shownChanges(changes: readonly DetectedChange[] | undefined): DetectedChange[] {
  return (changes ?? [])
    .filter((c) => c.classification !== 'none')
    .sort(
      (a, b) =>
        changeRank(a) - changeRank(b) ||
        byCodeUnits(a.kind, b.kind) ||
        byCodeUnits(a.subject, b.subject) ||
        byCodeUnits(a.fingerprint, b.fingerprint),
    );
}

/** A change set with a material member the change log does not list yet: what invalidates a label. */
export function isOpenMaterial(s: ChangeSet): boolean {
  return s.pending === 'material';
}

/**
 * A product's change sets; a report written before change sets existed (or merged from one) gets each
 * difference as a set of its own, so nothing it holds is lost.
 */
export function changeSetsOf(p: Pick<ProductReport, 'changes' | 'changeSets'>): ChangeSet[] {
  if (p.changeSets) return p.changeSets;
  return (p.changes ?? []).map((c) => ({
    id: c.fingerprint,
    title: `${c.kind} ${c.subject}${c.from !== undefined || c.to !== undefined ? `: ${c.from ?? '∅'} → ${c.to ?? '∅'}` : ''}`,
    classification: c.classification,
    classId: c.classId,
    reason: c.reason,
    recorded: c.recorded,
    ...(c.changeLogId !== undefined ? { changeLogId: c.changeLogId } : {}),
    fingerprints: [c.fingerprint],
    unrecorded: c.recorded || c.classification === 'none' ? [] : [c.fingerprint],
    pending: c.recorded ? 'none' : c.classification,
  }));
}

const setRank = (s: ChangeSet) =>
  isOpenMaterial(s) ? 0 : s.pending !== 'none' ? 1 : s.classification === 'material' ? 2 : 3;

/** Change sets worth showing (classification other than none): unrecorded material first, then
 *  unrecorded, then recorded; report order within each. */
export function shownSets(p: Pick<ProductReport, 'changes' | 'changeSets'>): ChangeSet[] {
  const sets = changeSetsOf(p).filter((s) => s.classification !== 'none');
  return sets
    .map((s, i) => ({ s, i }))
    .sort((a, b) => setRank(a.s) - setRank(b.s) || a.i - b.i)
    .map((x) => x.s);
}

const verdictRank = { fail: 0, warn: 1, pass: 2 } as const;

/** Products failing first, then warning, then passing; by id within each. */
export function orderedProducts(report: Report): ProductReport[] {
  return [...report.products].sort(
    (a, b) =>
      verdictRank[a.verdict] - verdictRank[b.verdict] ||
      byCodeUnits(a.id, b.id) ||
      byCodeUnits(a.path, b.path),
  );
}

/** The overall verdict of a report: the worst of its products and its repository-wide findings. */
export function overallVerdict(report: Report): 'pass' | 'warn' | 'fail' {
  const all = [...report.products.flatMap((p) => p.findings), ...report.findings];
  if (report.summary.blocking > 0 || report.products.some((p) => p.verdict === 'fail')) return 'fail';
  if (all.some((f) => groupOf(f) === 'blocking')) return 'fail';
  if (report.summary.warnings > 0 || report.products.some((p) => p.verdict === 'warn')) return 'warn';
  return 'pass';
}

/** Join a folder and a file name with `/`, as repository paths are written. */
export function repoPath(folder: string, file: string): string {
  const base = folder.replace(/\\/g, '/').replace(/\/+$/, '');
  return base === '' || base === '.' ? file : `${base}/${file}`;
}

/** The file inside a product folder where its change log lives. */
export const FILING_FILE = 'filing.yaml';
