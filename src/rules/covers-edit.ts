// A test report's `covers` lists what the laboratory tested. Editing it without a new or re-hashed
// report claims coverage the report does not give: falsified filing material. A change is judged
// against its merge base, so this compares the product's reports before and after the change. Pure.

import type { Finding } from '../core/finding.js';
import type { Locate } from './types.js';

const reportKeys = ['test_report', 'pentest_report'] as const;

interface ReportDoc {
  file?: unknown;
  sha256?: unknown;
  covers?: { firmware_versions?: unknown; hardware_revisions?: unknown };
}

function reportOf(manifest: unknown, key: string): ReportDoc | undefined {
  const evidence = (manifest as { evidence?: Record<string, unknown> } | undefined)?.evidence;
  const r = evidence?.[key];
  return r && typeof r === 'object' ? r : undefined;
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String).sort() : [];
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Findings for a report whose `covers` changed while the report itself (file and SHA-256) did not.
 * `before` is product.yaml at the change's merge base (undefined for a new product).
 */
export function coversEditFindings(
  productId: string,
  before: unknown,
  after: unknown,
  locate: Locate,
): Finding[] {
  const out: Finding[] = [];
  for (const key of reportKeys) {
    const b = reportOf(before, key);
    const a = reportOf(after, key);
    if (!a || !b || a.file !== b.file || a.sha256 !== b.sha256) continue;
    for (const field of ['firmware_versions', 'hardware_revisions'] as const) {
      const was = listOf(b.covers?.[field]);
      const now = listOf(a.covers?.[field]);
      if (same(was, now)) continue;
      const added = now.filter((v) => !was.includes(v));
      out.push({
        ruleId: 'data.covers-edited-without-report',
        severity: 'error',
        message:
          `evidence.${key}.covers.${field} changed (${was.join(', ') || 'none'} → ${now.join(', ') || 'none'}) ` +
          `but the report did not (same file and sha256)` +
          (added.length > 0 ? `: the report does not say it tested ${added.join(', ')}` : ''),
        hint:
          'covers lists what the laboratory tested: change it only together with a new or re-hashed report ' +
          '(file, sha256, date). A release reached from a tested version through record-class changes needs no ' +
          "covers edit: record it in filing.yaml's change log instead.",
        productId,
        ...locate('product', ['evidence', key, 'covers', field]),
      });
    }
  }
  return out;
}
