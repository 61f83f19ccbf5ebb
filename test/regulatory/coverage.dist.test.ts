// Test coverage follows the change log (issue part 2), judged by the built CLI.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { filedCamera, shipSecurityPatch, type FiledCamera } from './support.js';

let cam: FiledCamera | undefined;
afterEach(() => cam?.cleanup());

describe('a routine security patch under the default policy', () => {
  it('passes the filed camera before any change', () => {
    cam = filedCamera();
    const r = cam.check();
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('is covered by the existing report once recorded as record-class, and says so', () => {
    // ★: the default policy's level for a security patch (★★★ also needs a new binary analysis of the image).
    cam = filedCamera({ stars: 1 });
    shipSecurityPatch(cam);
    const unrecorded = cam.check();
    // Not yet recorded: the report does not cover 2.4.7, and the hint never suggests listing it.
    const before = unrecorded.findings.find((f) => f.ruleId === 'CCL-FIL-002');
    expect(before?.message).toContain('firmware 2.4.7 is not covered');
    expect(before?.message).toContain('since the tested state: 2 changes not recorded in the change log');
    expect(before?.hint).not.toMatch(/record in evidence\.test_report\.covers what/);
    expect(before?.hint).toContain('Never list under covers what the report did not test');
    expect(unrecorded.changes.map((c) => c.classification)).not.toContain('material');

    cam.record('CHG-001', 'record');
    const r = cam.check();
    expect(r.findings.map((f) => f.ruleId)).not.toContain('CCL-FIL-002');
    const info = r.findings.find((f) => f.ruleId === 'CCL-FIL-007');
    expect(info?.severity).toBe('info');
    expect(info?.message).toContain(
      'firmware 2.4.7 (hardware B2) is covered by report TR-2026-031, which tested 2.4.6 (hardware B2), through record-class changes CHG-001',
    );
    expect(r.findings.filter((f) => f.blocking)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('is not covered when the change log records the patch as material', () => {
    cam = filedCamera();
    shipSecurityPatch(cam);
    cam.record('CHG-001', 'material', 'refiling-required');
    const f = cam.check().findings.find((x) => x.ruleId === 'CCL-FIL-002');
    expect(f?.message).toContain('firmware 2.4.7 is not covered');
    expect(f?.message).toContain('since the tested state: material changes recorded as CHG-001');
  });

  it('loses coverage when a recorded release also adds a network service (material)', () => {
    cam = filedCamera();
    shipSecurityPatch(cam);
    cam.product((p) => {
      p.security.network_services.push({
        name: 'onvif',
        port: 80,
        protocol: 'tcp',
        exposure: 'lan',
        auth_required: true,
        encrypted: false,
        component: 'lighttpd',
      });
    });
    cam.record('CHG-001', 'material', 'refiling-required');
    const r = cam.check();
    const f = r.findings.find((x) => x.ruleId === 'CCL-FIL-002');
    expect(f?.blocking).toBe(true);
    expect(f?.message).toContain('material changes recorded as CHG-001');
    expect(r.findings.map((x) => x.ruleId)).not.toContain('CCL-FIL-007');
  });

  it('is covered again once a new report lists the new version', () => {
    cam = filedCamera();
    shipSecurityPatch(cam);
    cam.product((p) => {
      p.evidence.test_report.covers.firmware_versions = ['2.4.7'];
    });
    const r = cam.check();
    expect(r.findings.map((f) => f.ruleId)).not.toContain('CCL-FIL-002');
    expect(r.findings.map((f) => f.ruleId)).not.toContain('CCL-FIL-007');
  });
});

describe('an edit of covers in a change', () => {
  function committed(): FiledCamera {
    const c = filedCamera({ stars: 1 });
    c.git('init', '-q', '-b', 'main');
    c.commit('register cam-x1');
    return c;
  }

  it('blocks when covers changes without a new or re-hashed report', () => {
    cam = committed();
    shipSecurityPatch(cam);
    cam.product((p) => p.evidence.test_report.covers.firmware_versions.push('2.4.7'));
    cam.commit('claim the old report covers 2.4.7');
    const r = cam.check(['--base', 'HEAD~1']);
    const f = r.findings.find((x) => x.ruleId === 'data.covers-edited-without-report');
    expect(f?.blocking).toBe(true);
    expect(f?.message).toBe(
      'evidence.test_report.covers.firmware_versions changed (2.4.6 → 2.4.6, 2.4.7) but the report did not (same file and sha256): the report does not say it tested 2.4.7',
    );
    expect(f?.file).toBe('products/cam-x1/product.yaml');
    // Located at the edited list (its first item, under the key).
    expect(cam.read('products/cam-x1/product.yaml').split('\n')[f!.line - 2]).toContain('firmware_versions:');
    expect(r.code).toBe(1);
  });

  it('accepts covers changed together with a new report', () => {
    cam = committed();
    shipSecurityPatch(cam);
    cam.write('products/cam-x1/evidence/test-report-2.pdf', 'TR-2026-077: firmware 2.4.7 tested\n');
    cam.product((p) => {
      p.evidence.test_report.file = 'evidence/test-report-2.pdf';
      p.evidence.test_report.sha256 = createHash('sha256')
        .update('TR-2026-077: firmware 2.4.7 tested\n')
        .digest('hex');
      p.evidence.test_report.date = '2026-08-15';
      p.evidence.test_report.covers.firmware_versions = ['2.4.7'];
    });
    cam.commit('new test report for 2.4.7');
    const r = cam.check(['--base', 'HEAD~1']);
    expect(r.findings.map((x) => x.ruleId)).not.toContain('data.covers-edited-without-report');
    expect(r.findings.map((x) => x.ruleId)).not.toContain('CCL-FIL-002');
  });
});
