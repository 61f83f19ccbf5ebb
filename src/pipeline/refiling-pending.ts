import type { Finding } from '../core/finding.js';
import { locate, type LoadedProduct } from '../load/repository.js';

const pendingStatuses = new Set(['refiling-required', 'refiling-submitted']);

/**
 * A product whose recorded changes still wait for the authority: the label printed on its packaging
 * does not yet match the product. Blocking only where the policy says so (e.g. on release branches).
 */
export function refilingPendingFindings(p: LoadedProduct, block: boolean): Finding[] {
  const f = p.filing;
  if (!f) return [];
  const pendingEntries = (f.changes ?? []).filter((c) => pendingStatuses.has(c.status));
  if (!pendingStatuses.has(f.status) && pendingEntries.length === 0) return [];
  const ids = pendingEntries.map((c) => c.id).join(', ');
  return [
    {
      ruleId: 'policy.refiling-pending',
      severity: block ? 'error' : 'info',
      message: `refiling is pending (filing status ${f.status}${ids ? `; change-log entries ${ids}` : ''}): the label on the packaging does not match the product yet`,
      hint: block
        ? 'This branch does not accept products with a pending refiling: wait for the new filing to be granted, then set status: granted.'
        : 'Submit the refiling; set status: refiling-submitted, then granted with the new filing code.',
      productId: p.id,
      ...locate(p, 'filing', ['status']),
    },
  ];
}
