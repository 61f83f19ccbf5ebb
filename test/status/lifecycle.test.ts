import { afterAll, describe, expect, test } from 'vitest';
import type { StatusRow } from '../../src/status/index.js';
import { cameraRepo, statusOf, type ProductEdits } from './support.js';

// Copies of the example's granted ★★ camera: label valid 2026-07-27 to 2027-01-25, support until
// 2030-12-31, test report of 2026-06-30. Healthy as of 2026-08-01.
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

async function cnRow(edits: ProductEdits, now: string, config?: string): Promise<StatusRow> {
  const repo = cameraRepo({ 'cam-a': edits }, config);
  cleanups.push(repo.cleanup);
  const status = await statusOf(repo.dir, now);
  const row = status.rows.find((r) => r.scheme === 'cn-ccl');
  if (!row) throw new Error('no cn-ccl row');
  return row;
}

describe('lifecycle of a label', () => {
  test('a granted label with nothing due is healthy, its next deadline the start of the renewal window', async () => {
    const row = await cnRow({}, '2026-08-01');
    expect(row.urgency).toBe('healthy');
    expect(row.reasons).toEqual([]);
    expect(row.nextDeadline).toMatchObject({
      kind: 'label-renewal',
      date: '2026-10-27',
      daysLeft: 87,
      due: false,
    });
  });

  test('a label needs action from the first day of its renewal window, not the day before', async () => {
    // Before 2026-09-07, when the camera's OpenSSL 3.0 goes out of support (CCL-CRY-004).
    const label = { filing: { valid_until: '2026-11-30' } };
    expect((await cnRow(label, '2026-08-31')).urgency).toBe('healthy');
    const first = await cnRow(label, '2026-09-01');
    expect(first.urgency).toBe('action-needed');
    expect(first.nextDeadline).toMatchObject({ kind: 'label-renewal', daysLeft: 0, due: true });
  });

  test('the renewal window comes from the renewal_window_days threshold in .labelguard.yml', async () => {
    // Expiring in 61 days: inside the default 90-day window, outside a 30-day one.
    const label = { filing: { valid_until: '2026-10-01' } };
    expect((await cnRow(label, '2026-08-01')).urgency).toBe('action-needed');
    const row = await cnRow(label, '2026-08-01', 'thresholds:\n  renewal_window_days: 30\n');
    expect(row.urgency).toBe('healthy');
    expect(row.nextDeadline).toMatchObject({ kind: 'label-renewal', date: '2026-09-01', due: false });
  });

  test('support ending before the label expires needs action, with the rule that says so', async () => {
    const row = await cnRow({ product: { support_end: '2026-12-31' } }, '2026-08-01');
    expect(row.urgency).toBe('action-needed');
    expect(row.supportEnd).toBe('2026-12-31');
    expect(
      row.reasons.some((r) =>
        r.startsWith('CCL-UPD-002: Security support has ended or ends before the label expires'),
      ),
    ).toBe(true);
  });

  test('a test report older than test_report_max_age_months needs action', async () => {
    const old = (text: string) => text.replace("    date: '2026-06-30'\n", "    date: '2024-07-31'\n");
    const row = await cnRow({ editProduct: old }, '2026-08-01');
    expect(row.testReport).toEqual({ date: '2024-07-31', ageDays: 731, maxAgeMonths: 24 });
    expect(row.urgency).toBe('action-needed');
    expect(row.nextDeadline).toMatchObject({ kind: 'test-report', date: '2026-07-31', due: true });
    expect(row.reasons).toContain('the test report of 2024-07-31 is older than 24 months: test again');
  });

  test('a refiling submitted within refiling_submitted_max_days is pending', async () => {
    const row = await cnRow(
      { filing: { status: 'refiling-submitted', status_since: '2026-08-01' } },
      '2026-08-31',
    );
    expect(row.urgency).toBe('pending');
    expect(row.reasons).toEqual(['refiling submitted on 2026-08-01: waiting for the filing agency']);
    expect(row.deadlines.find((d) => d.kind === 'refiling-submitted')).toMatchObject({
      date: '2026-08-31',
      due: false,
    });
  });

  test('a refiling left unanswered for longer than refiling_submitted_max_days needs action', async () => {
    const row = await cnRow(
      { filing: { status: 'refiling-submitted', status_since: '2026-08-01' } },
      '2026-09-01',
    );
    expect(row.urgency).toBe('action-needed');
    expect(row.nextDeadline).toMatchObject({ kind: 'refiling-submitted', date: '2026-08-31', due: true });
    expect(row.reasons[0]).toBe(
      'the refiling submitted on 2026-08-01 has waited more than 30 days: ask the filing agency',
    );
  });

  test('the next deadline is the earliest of renewal, support end and report age limits', async () => {
    // Label valid until 2029-07-19 (renewal from 2029-04-20), test report stale from 2028-06-30.
    const row = await cnRow(
      { filing: { valid_until: '2029-07-19' }, product: { support_end: '2031-12-31' } },
      '2026-08-01',
    );
    expect(row.deadlines.map((d) => `${d.kind} ${d.date}`)).toEqual([
      'test-report 2028-06-30',
      'label-renewal 2029-04-20',
      'label-expiry 2029-07-19',
      'support-end 2031-12-31',
    ]);
    expect(row.nextDeadline?.kind).toBe('test-report');
  });

  test('an expired filing needs action and has no renewal deadline', async () => {
    const row = await cnRow({ filing: { status: 'expired' } }, '2026-08-01');
    expect(row.urgency).toBe('action-needed');
    expect(row.reasons[0]).toBe('the label has expired (filing status expired): file again');
    expect(row.deadlines.map((d) => d.kind)).not.toContain('label-renewal');
  });

  test('a product whose manifest does not validate is one action-needed row without a scheme', async () => {
    const repo = cameraRepo({ 'cam-a': { editProduct: (t) => `${t}\nunknown_key: 1\n` }, 'cam-b': {} });
    cleanups.push(repo.cleanup);
    const status = await statusOf(repo.dir, '2026-08-01');
    const broken = status.rows.filter((r) => r.product === 'cam-a');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ urgency: 'action-needed', path: 'products/cam-a' });
    expect(broken[0]!.scheme).toBeUndefined();
    expect(broken[0]!.reasons[0]).toBe('the product data cannot be read: 1 error');
    expect(status.rows[0]!.product).toBe('cam-a');
  });

  test('rows sort action needed, then pending, then healthy', async () => {
    const repo = cameraRepo({
      'cam-a': {},
      'cam-b': { filing: { status: 'refiling-submitted', status_since: '2026-07-30' } },
      'cam-c': { filing: { valid_until: '2026-09-01' } },
    });
    cleanups.push(repo.cleanup);
    const status = await statusOf(repo.dir, '2026-08-01');
    expect(status.rows.filter((r) => r.scheme === 'cn-ccl').map((r) => `${r.urgency} ${r.product}`)).toEqual([
      'action-needed cam-c',
      'pending cam-b',
      'healthy cam-a',
    ]);
  });

  test('an open refiling pull request is shown on the row of the filed scheme', async () => {
    const repo = cameraRepo({ 'cam-a': {} });
    cleanups.push(repo.cleanup);
    const url = 'https://github.com/acme/cameras/pull/7';
    const status = await statusOf(repo.dir, '2026-08-01', {
      refilingPullRequests: [{ productId: 'cam-a', number: 7, url }],
    });
    expect(status.rows.find((r) => r.scheme === 'cn-ccl')?.refilingPullRequest).toEqual({ number: 7, url });
    expect(status.rows.find((r) => r.scheme === 'etsi-en-303-645')?.refilingPullRequest).toBeUndefined();
  });
});
