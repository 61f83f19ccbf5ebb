import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { applyWaivers, type WaiverContext } from '../../src/rules/index.js';
import type { Waiver } from '../../src/schemas/index.js';

const finding = (ruleId: string, productId = 'cam-x1'): Finding => ({
  ruleId,
  severity: 'error',
  message: `${ruleId} failed`,
  file: `products/${productId}/product.yaml`,
  line: 3,
  column: 1,
  productId,
});

const waiver = (overrides: Partial<Waiver> = {}): Waiver => ({
  rule: 'CCL-BOOT-001',
  product: 'cam-x1',
  justification: 'Secure boot ships in firmware 2.5 (ticket SEC-42).',
  approver: 'compliance-lead',
  expires: '2026-12-31',
  ...overrides,
});

const ctx: WaiverContext = {
  now: '2026-11-20',
  knownRules: new Set(['CCL-BOOT-001', 'CCL-AUTH-001']),
  knownProducts: new Set(['cam-x1', 'cam-x2']),
  locateWaiver: (index, key) => ({
    file: '.labelguard.yml',
    line: 10 + index * 6 + (key === 'expires' ? 4 : 0),
    column: 5,
  }),
};

describe('applyWaivers', () => {
  it('marks the finding a valid waiver covers, and only that one', () => {
    const findings = [finding('CCL-BOOT-001'), finding('CCL-AUTH-001'), finding('CCL-BOOT-001', 'cam-x2')];
    const { findings: out, problems } = applyWaivers(findings, [waiver()], ctx);
    expect(problems).toEqual([]);
    expect(out.map((f) => [f.ruleId, f.productId, f.waived?.approver])).toEqual([
      ['CCL-BOOT-001', 'cam-x1', 'compliance-lead'],
      ['CCL-AUTH-001', 'cam-x1', undefined],
      ['CCL-BOOT-001', 'cam-x2', undefined],
    ]);
    expect(out[0]!.waived).toEqual({
      approver: 'compliance-lead',
      expires: '2026-12-31',
      justification: waiver().justification,
    });
  });

  it('still waives on the day it expires', () => {
    const { findings, problems } = applyWaivers(
      [finding('CCL-BOOT-001')],
      [waiver({ expires: '2026-11-20' })],
      ctx,
    );
    expect(problems).toEqual([]);
    expect(findings[0]!.waived).toBeDefined();
  });

  it('stops waiving once expired and says so at the waiver', () => {
    const { findings, problems } = applyWaivers(
      [finding('CCL-BOOT-001')],
      [waiver({ expires: '2026-11-19' })],
      ctx,
    );
    expect(findings[0]!.waived).toBeUndefined();
    expect(problems).toEqual([
      {
        ruleId: 'policy.waiver-expired',
        severity: 'warning',
        message: 'waiver of CCL-BOOT-001 for cam-x1 expired on 2026-11-19 and no longer applies',
        hint: 'Fix the finding, or have compliance-lead renew the waiver with a new `expires` date and justification.',
        productId: 'cam-x1',
        file: '.labelguard.yml',
        line: 14,
        column: 5,
      },
    ]);
  });

  it('is an error when it names a rule that does not exist', () => {
    const { findings, problems } = applyWaivers(
      [finding('CCL-BOOT-001')],
      [waiver({ rule: 'CCL-BOOT-01' })],
      ctx,
    );
    expect(findings[0]!.waived).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ ruleId: 'policy.waiver-unknown-rule', severity: 'error', line: 10 }),
    ]);
  });

  it('is an error when it names a product that does not exist', () => {
    const { problems } = applyWaivers([], [waiver(), waiver({ product: 'cam-x9' })], ctx);
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'policy.waiver-unknown-product',
        severity: 'error',
        line: 16,
        message: "waiver of CCL-BOOT-001 for unknown product 'cam-x9'",
      }),
    ]);
  });
});
