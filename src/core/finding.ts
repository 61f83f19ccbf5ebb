/** Where a requirement or classification comes from: regulation text, standard clause, guidance. */
export interface Source {
  title: string;
  clause?: string;
  url?: string;
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
