import { plainText, truncate } from '../markdown/escape.js';
import type { Report, ReportFinding } from './model.js';
import { byCodeUnits, groupOf, orderedProducts } from './ordering.js';

/** One workflow annotation, ready for `core.error` / `core.warning` / `core.notice`. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file: string;
  startLine: number;
  startColumn: number;
}

const MAX_MESSAGE = 300;
const MAX_TITLE = 100;

/**
 * Annotations for a report, most urgent first: blocking findings and unrecorded material changes as
 * errors, then other errors and warnings, then notes; waived findings are left out. GitHub shows only
 * the first 10 of each level per step, so the order decides what a reader sees.
 */
export function renderAnnotations(report: Report, max = 50): Annotation[] {
  const ranked: { rank: number; a: Annotation }[] = [];
  for (const p of orderedProducts(report)) {
    for (const f of p.findings) pushFinding(ranked, f, f.productId ?? p.id);
  }
  for (const f of report.findings) pushFinding(ranked, f, f.productId);
  return ranked
    .sort(
      (x, y) =>
        x.rank - y.rank ||
        byCodeUnits(x.a.file, y.a.file) ||
        x.a.startLine - y.a.startLine ||
        x.a.startColumn - y.a.startColumn ||
        byCodeUnits(x.a.title, y.a.title) ||
        byCodeUnits(x.a.message, y.a.message),
    )
    .slice(0, Math.max(0, Math.floor(max)))
    .map((r) => r.a);
}

function pushFinding(
  ranked: { rank: number; a: Annotation }[],
  f: ReportFinding,
  productId: string | undefined,
) {
  const group = groupOf(f);
  if (group === 'waived') return;
  const level =
    group === 'blocking' || group === 'error' ? 'error' : group === 'warning' ? 'warning' : 'notice';
  const rank = { blocking: 0, error: 1, warning: 2, info: 3 }[group];
  const owner = productId !== undefined ? `${productId}: ` : '';
  ranked.push({
    rank,
    a: {
      level,
      title: line(`labelguard ${f.ruleId}${group === 'blocking' ? ' (blocking)' : ''}`, MAX_TITLE),
      message: line(`${owner}${f.message}`, MAX_MESSAGE),
      file: path(f.file),
      startLine: Number.isInteger(f.line) && f.line >= 1 ? f.line : 1,
      startColumn: Number.isInteger(f.column) && f.column >= 1 ? f.column : 1,
    },
  });
}

// One short line of plain text. `core` escapes `%`, CR and LF itself; removing every control character
// and line break here also means the text can never start a workflow command (`::`) even if a caller
// writes it to the log some other way, and breaking `::` keeps it from looking like one.
function line(text: string, max: number): string {
  return truncate(plainText(text, Number.MAX_SAFE_INTEGER).replace(/:(?=:)/g, ': '), max);
}

function path(file: string): string {
  return plainText(file.replace(/\\/g, '/'), 500).replace(/^\.\//, '');
}
