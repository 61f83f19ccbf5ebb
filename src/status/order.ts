import { compareText } from '../core/finding.js';
import { urgencies, type StatusReport, type StatusRow } from './types.js';

/**
 * The order of rows: action needed, pending, healthy; within a group the earliest next deadline first
 * (rows without one last), then product id, folder and scheme, so the order never depends on input order.
 */
export function compareRows(a: StatusRow, b: StatusRow): number {
  return (
    urgencies.indexOf(a.urgency) - urgencies.indexOf(b.urgency) ||
    compareText(a.nextDeadline?.date ?? '9999-99-99', b.nextDeadline?.date ?? '9999-99-99') ||
    compareText(a.product, b.product) ||
    compareText(a.path, b.path) ||
    compareText(a.scheme ?? '', b.scheme ?? '')
  );
}

/** Counts of products and rows per urgency. */
export function summarise(rows: readonly StatusRow[]): StatusReport['summary'] {
  return {
    products: new Set(rows.map((r) => r.path)).size,
    rows: rows.length,
    actionNeeded: rows.filter((r) => r.urgency === 'action-needed').length,
    pending: rows.filter((r) => r.urgency === 'pending').length,
    healthy: rows.filter((r) => r.urgency === 'healthy').length,
  };
}
