// Calendar arithmetic on YYYY-MM-DD dates, the way rule expressions do it (src/expr/functions.ts), so a
// deadline falls on the day the rule behind it starts to fail.
import { parseDate } from '../expr/index.js';

const dayMs = 86_400_000;

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether the text is a real calendar date written YYYY-MM-DD. */
export function isDate(text: unknown): text is string {
  return typeof text === 'string' && parseDate(text) !== undefined;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDate(b)! - parseDate(a)!) / dayMs);
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  return format(parseDate(date)! + days * dayMs);
}

/** The date `months` calendar months later; the day is clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  const d = new Date(parseDate(date)!);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return format(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
}
