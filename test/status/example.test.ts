import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/pipeline/run-check.js';
import { buildStatus, renderStatus, type StatusRow } from '../../src/status/index.js';
import { exampleDir, statusOf } from './support.js';

const now = '2026-11-26';
const status = await statusOf(exampleDir, now);
const row = (product: string, scheme: string): StatusRow => {
  const found = status.rows.find((r) => r.product === product && r.scheme === scheme);
  if (!found) throw new Error(`no row for ${product} ${scheme}`);
  return found;
};

describe('the status of the example repository on 2026-11-26', () => {
  test('shows the granted camera avc-p340w as action needed, its label expiring 60 days later inside the renewal window', () => {
    const p340w = row('avc-p340w', 'cn-ccl');
    expect(p340w).toMatchObject({
      urgency: 'action-needed',
      filingStatus: 'granted',
      validUntil: '2027-01-25',
      targetStars: 2,
      registeredStars: 2,
      filingCode: 'CCL-C-2026-440300-00061',
    });
    expect(p340w.nextDeadline).toMatchObject({ kind: 'label-renewal', date: '2026-10-27', due: true });
    expect(p340w.deadlines.find((d) => d.kind === 'label-expiry')).toMatchObject({
      daysLeft: 60,
      due: false,
    });
    expect(p340w.reasons[0]).toBe(
      'the label expires on 2027-01-25, within the 90-day renewal window: renew it',
    );
  });

  test('has one row per product and targeted scheme', () => {
    expect(status.rows.map((r) => `${r.product} ${r.scheme}`).sort()).toEqual([
      'avc-c120w cn-ccl',
      'avc-c120w etsi-en-303-645',
      'avc-p340w cn-ccl',
      'avc-p340w etsi-en-303-645',
      'avd-d500 cn-ccl',
      'avd-d500 etsi-en-303-645',
    ]);
    expect(status.summary).toEqual({ products: 3, rows: 6, actionNeeded: 4, pending: 0, healthy: 2 });
  });

  test('lists action needed first, earliest next deadline first', () => {
    const action = status.rows.filter((r) => r.urgency === 'action-needed');
    expect(status.rows.slice(0, action.length)).toEqual(action);
    const dates = action.map((r) => r.nextDeadline?.date ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  test('counts the material changes of avc-c120w, recorded and unrecorded, as the check detects them', async () => {
    const { report } = await runCheck({ dir: exampleDir, now });
    const changes = report.products.find((p) => p.id === 'avc-c120w')?.changes ?? [];
    const material = changes.filter((c) => c.classification === 'material');
    expect(row('avc-c120w', 'cn-ccl').openChanges).toEqual({
      recorded: material.filter((c) => c.recorded).length,
      unrecorded: material.filter((c) => !c.recorded).length,
    });
    expect(row('avc-c120w', 'cn-ccl').openChanges).toEqual({ recorded: 2, unrecorded: 7 });
    expect(row('avc-c120w', 'etsi-en-303-645').openChanges).toEqual({ recorded: 0, unrecorded: 0 });
  });

  test('says why avc-c120w needs action: unrecorded changes and a pending refiling', () => {
    expect(row('avc-c120w', 'cn-ccl').reasons.slice(0, 2)).toEqual([
      '7 unrecorded material changes: record in filing.yaml and refile',
      'refiling required: 2 recorded material changes to file',
    ]);
  });

  test('shows the stale penetration test of the 3-star doorbell with its 12-month limit', () => {
    const d500 = row('avd-d500', 'cn-ccl');
    expect(d500.pentestReport).toEqual({ date: '2025-10-31', ageDays: 391, maxAgeMonths: 12 });
    expect(d500.nextDeadline).toMatchObject({ kind: 'pentest-report', date: '2026-10-31', due: true });
    expect(d500.reasons).toContain('the penetration test of 2025-10-31 is older than 12 months: test again');
  });

  test('does not repeat a finding that a due deadline already states', () => {
    expect(row('avd-d500', 'cn-ccl').reasons.some((r) => r.startsWith('CCL-PEN-003'))).toBe(false);
  });

  test('gives a 1-star label no penetration test limit, and every cn-ccl label the test report limit', () => {
    expect(row('avc-c120w', 'cn-ccl').pentestReport).toBeUndefined();
    expect(row('avc-c120w', 'cn-ccl').testReport).toEqual({
      date: '2026-07-28',
      ageDays: 121,
      maxAgeMonths: 24,
    });
  });

  test('gives EN 303 645 rows only the support period, the one lifecycle rule that pack has', () => {
    const etsi = status.rows.filter((r) => r.scheme === 'etsi-en-303-645');
    expect(etsi.map((r) => r.deadlines.map((d) => d.kind))).toEqual([
      ['support-end'],
      ['support-end'],
      ['support-end'],
    ]);
    expect(etsi.every((r) => r.filingStatus === undefined && r.testReport?.maxAgeMonths === undefined)).toBe(
      true,
    );
  });

  test('is byte-identical JSON for the same repository and date', async () => {
    const again = buildStatus(await runCheck({ dir: exampleDir, now }));
    expect(renderStatus(again, 'json')).toBe(renderStatus(status, 'json'));
  });
});
