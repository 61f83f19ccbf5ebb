/** Where a requirement or classification comes from: regulation text, standard clause, guidance. */
/** How firmly a source supports what it is cited for (see docs/rules.md). */
export const sourceConfidences = ['confirmed', 'fragment', 'inferred', 'assumption'] as const;
export type SourceConfidence = (typeof sourceConfidences)[number];

/** A regulatory or technical source, cited by the instrument's title and number. */
export interface Source {
  title: string;
  /** The instrument's document number, e.g. 国信办发文〔2026〕4号. */
  number?: string;
  /** The edition relied on, e.g. V3.1.3 (2024-09). */
  version?: string;
  clause?: string;
  /** Only the official publisher or a reputable secondary source (the pack's reviewed hosts). */
  url?: string;
  confidence?: SourceConfidence;
}

/**
 * A source as one line of text: title, number, version and clause, then the confidence in brackets, e.g.
 * `《网络安全标识管理办法》 Measures for Cybersecurity Labels, 国信办发文〔2026〕4号, label items [confirmed]`.
 */
export function sourceLabel(s: Source): string {
  const cited = [s.title, s.number, s.version, s.clause].filter(Boolean).join(', ');
  return s.confidence ? `${cited} [${s.confidence}]` : cited;
}

export type Severity = 'error' | 'warning' | 'info';

/** A place in a file of the user's repository (1-based line and column). */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/** One problem found in one product (or in the repository when productId is absent). */
export interface Finding extends Location {
  ruleId: string;
  severity: Severity;
  message: string;
  /** What to do about it. */
  hint?: string;
  sources?: Source[];
  productId?: string;
  /** Set when a waiver covers the finding; a waived finding never blocks. */
  waived?: { approver: string; expires: string; justification: string };
}

/** Compare strings by code unit: unlike localeCompare, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sort findings into the order every report uses: by file, then position, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}
