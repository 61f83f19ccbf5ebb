import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse a command's arguments strictly; unknown flags and missing values are usage errors (exit 2). */
export function parseCommandArgs<O extends Options>(
  command: string,
  args: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.replace(/\. To specify.*$/, '')}`, [
      `Run 'labelguard ${command} --help' for usage.`,
    ]);
  }
}

/** Validate a --now value: a real calendar date. */
export function parseNow(value: string | undefined, today: string): string {
  const now = value ?? today;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(now) ||
    Number.isNaN(Date.parse(`${now}T00:00:00Z`)) ||
    new Date(`${now}T00:00:00Z`).toISOString().slice(0, 10) !== now
  ) {
    throw new UsageError(`--now must be a date as YYYY-MM-DD, got '${now}'`);
  }
  return now;
}

/** Validate a --format value against the formats a command supports. */
export function parseFormat<F extends string>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, got '${value}'`);
  }
  return value as F;
}

/** Validate a --filing-id value (default: the day): it names a folder under the product's filings/. */
export function parseFilingId(value: string | undefined, now: string): string {
  const id = value ?? now;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id))
    throw new UsageError(`--filing-id must be a plain folder name, got '${id}'`);
  return id;
}
