// Functions added to CEL for rule authors. Dates in product data are YYYY-MM-DD strings (valid dates
// compare correctly as strings); these helpers do the arithmetic that plain comparison cannot.

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** Milliseconds since the epoch of a YYYY-MM-DD date at 00:00 UTC, or undefined when not a real date. */
export function parseDate(text: string): number | undefined {
  const m = datePattern.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return ms;
}

function requireDate(text: string, fn: string): number {
  const ms = parseDate(text);
  if (ms === undefined) throw new Error(`${fn}: '${text}' is not a date (YYYY-MM-DD)`);
  return ms;
}

function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One custom function: CEL signature, implementation, and the line that documents it. */
export interface ExpressionFunction {
  signature: string;
  doc: string;
  handler: (...args: never[]) => unknown;
}

/** Every function the engine adds to standard CEL (documented in src/expr/README.md). */
export const expressionFunctions: readonly ExpressionFunction[] = [
  {
    signature: 'days_between(string, string): int',
    doc: 'Whole days from the first date to the second (negative when the second is earlier).',
    handler: (a: string, b: string) =>
      BigInt(Math.round((requireDate(b, 'days_between') - requireDate(a, 'days_between')) / dayMs)),
  },
  {
    signature: 'add_days(string, int): string',
    doc: 'The date that many days later (earlier when negative).',
    handler: (date: string, days: bigint) => formatDate(requireDate(date, 'add_days') + Number(days) * dayMs),
  },
  {
    signature: 'add_months(string, int): string',
    doc: 'The date that many calendar months later; the day is clamped to the end of a shorter month.',
    handler: (date: string, months: bigint) => addMonths(requireDate(date, 'add_months'), Number(months)),
  },
  {
    signature: 'is_date(string): bool',
    doc: 'Whether the text is a real calendar date written YYYY-MM-DD.',
    handler: (text: string) => parseDate(text) !== undefined,
  },
];

function addMonths(ms: number, months: number): string {
  const d = new Date(ms);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return formatDate(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
}
