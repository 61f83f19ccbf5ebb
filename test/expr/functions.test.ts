import { describe, expect, it } from 'vitest';
import {
  compileExpression,
  evaluateExpression,
  parseDate,
  prepareInput,
  shape,
} from '../../src/expr/index.js';

function run(source: string, now = '2026-11-20'): unknown {
  const c = compileExpression(source, { now: shape.string });
  if (!c.ok) throw new Error(c.problems[0]!.message);
  const r = evaluateExpression(c.expression, prepareInput({ now }));
  return r.ok ? r.value : r.error;
}

describe('date functions', () => {
  it('counts whole days between two dates', () => {
    expect(run('days_between("2026-11-20", "2027-02-18")')).toBe(90);
    expect(run('days_between(now, "2026-11-19")')).toBe(-1);
  });

  it('counts across a leap day', () => {
    expect(run('days_between("2028-02-28", "2028-03-01")')).toBe(2);
  });

  it('adds days', () => {
    expect(run('add_days(now, 45)')).toBe('2027-01-04');
    expect(run('add_days(now, -20)')).toBe('2026-10-31');
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(run('add_months("2026-01-31", 1)')).toBe('2026-02-28');
    expect(run('add_months(now, -12)')).toBe('2025-11-20');
    expect(run('add_months("2026-07-20", 36)')).toBe('2029-07-20');
  });

  it('recognises real dates only', () => {
    expect(run('is_date("2026-02-28")')).toBe(true);
    expect(run('is_date("2026-02-30")')).toBe(false);
    expect(run('is_date("20261120")')).toBe(false);
    expect(parseDate('2026-13-01')).toBeUndefined();
  });

  it('turns a malformed date into an evaluation failure', () => {
    expect(run('days_between("soon", now) > 0')).toMatchObject({
      kind: 'invalid-value',
      message: "days_between: 'soon' is not a date (YYYY-MM-DD)",
    });
  });
});
