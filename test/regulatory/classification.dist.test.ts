// Classification at the basic level (issue part 3), judged by the built CLI: a crypto library swap and a
// category change are material at every level; a debug UART left enabled at ★ is at least a warning.
import { afterEach, describe, expect, it } from 'vitest';
import { component, filedCamera, type FiledCamera } from './support.js';

let cam: FiledCamera | undefined;
afterEach(() => cam?.cleanup());

describe('at ★', () => {
  it('classifies a crypto library swap (OpenSSL → wolfSSL) as material and blocks it until recorded', () => {
    cam = filedCamera({ stars: 1 });
    cam.product((p) => {
      p.security.crypto.library = 'wolfssl';
    });
    cam.sbom((s) => {
      const ssl = component(s, 'openssl');
      Object.assign(ssl, {
        name: 'wolfssl',
        version: '5.7.4',
        purl: 'pkg:github/wolfSSL/wolfssl@5.7.4',
        cpe: 'cpe:2.3:a:wolfssl:wolfssl:5.7.4:*:*:*:*:*:*:*',
      });
    });
    const r = cam.check();
    const crypto = r.changes.filter((c) => c.classId.startsWith('crypto-library'));
    expect(crypto.map((c) => [c.kind, c.subject, c.classification, c.classId]).sort()).toEqual([
      ['sbom.component.added', 'wolfssl (pkg:github/wolfssl/wolfssl)', 'material', 'crypto-library-major'],
      ['sbom.component.removed', 'openssl (pkg:generic/openssl)', 'material', 'crypto-library-major'],
      ['security.crypto', 'crypto.library', 'material', 'crypto-library-declared-changed'],
    ]);
    expect(r.findings.filter((f) => f.ruleId === 'change.unrecorded' && f.blocking).length).toBeGreaterThan(
      0,
    );
    expect(r.code).toBe(1);
  });

  it('classifies a category change as material, compared with the category filed', () => {
    cam = filedCamera({ stars: 1 });
    cam.product((p) => {
      p.category = 'consumer_smart_lock';
    });
    const r = cam.check();
    expect(r.changes).toContainEqual(
      expect.objectContaining({
        kind: 'label.category',
        classification: 'material',
        classId: 'label-category-changed',
        recorded: false,
      }),
    );
    expect(r.findings.map((f) => f.ruleId)).toContain('CCL-CAT-001');
    expect(r.code).toBe(1);
  });

  it('warns about a debug UART left behind a password, and blocks re-enabling one that was filed disabled', () => {
    cam = filedCamera({ stars: 1 });
    // Filed with the UART disabled: re-enabling it behind a password is blocked even when recorded.
    cam.product((p) => {
      p.security.debug_interfaces[0]!.state = 'authenticated';
    });
    cam.record('CHG-001', 'material', 'refiling-required');
    const r = cam.check();
    const warning = r.findings.find((f) => f.ruleId === 'CCL-DBG-002');
    expect(warning).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('UART is authenticated'),
    });
    expect(r.findings).toContainEqual(expect.objectContaining({ ruleId: 'change.blocked', blocking: true }));
    expect(r.code).toBe(1);
  });

  it('only warns about a debug UART that was filed behind a password', () => {
    cam = filedCamera({ stars: 1 });
    cam.product((p) => {
      p.security.debug_interfaces[0]!.state = 'authenticated';
    });
    cam.filing((f) => {
      const baseline = f.baseline as { security: { debug_interfaces: { state: string }[] } };
      baseline.security.debug_interfaces[0]!.state = 'authenticated';
    });
    const r = cam.check();
    expect(
      r.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.severity, f.blocking]),
    ).toEqual([['CCL-DBG-002', 'warning', false]]);
    expect(r.code).toBe(0);
  });
});
