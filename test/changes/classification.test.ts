// One passing and one failing example for every row of the change-classification table
// (docs: shared domain notes §3.3), run through the real loader and the shipped rules/cn-ccl/changes.yaml.
import { describe, expect, it } from 'vitest';
import type { DetectedChange } from '../../src/core/change.js';
import { detectChanges } from '../../src/changes/index.js';
import {
  bumpComponent,
  cnCcl,
  component,
  fixture,
  type Fixture,
  load,
  parts,
  registeredSecurity,
  security,
} from './support.js';

async function changesOf(edit: (f: Fixture) => void): Promise<DetectedChange[]> {
  const f = fixture();
  edit(f);
  const { product } = await load(f);
  return detectChanges(product, cnCcl()).changes;
}

function only(changes: DetectedChange[], kind: string): DetectedChange {
  const found = changes.filter((c) => c.kind === kind);
  expect(found.map((c) => `${c.kind} ${c.subject}`)).toHaveLength(1);
  return found[0]!;
}

const summary = (c: DetectedChange) => ({
  kind: c.kind,
  classification: c.classification,
  classId: c.classId,
});

describe('hardware', () => {
  it('classifies a new revision that replaces the SoC as material', async () => {
    const changes = await changesOf((f) => {
      f.product.hardware.revision = 'AC200-MB-V2.0';
      parts(f)[0]!.mpn = 'T40N';
    });
    expect(summary(only(changes, 'hardware.revision'))).toEqual({
      kind: 'hardware.revision',
      classification: 'material',
      classId: 'hw-revision-security-parts',
    });
    expect(summary(only(changes, 'hardware.part.changed'))).toMatchObject({
      classification: 'material',
      classId: 'hw-security-part-changed',
    });
  });

  it('classifies a new revision that only changes a part marked not security-relevant as record', async () => {
    const changes = await changesOf((f) => {
      f.product.hardware.revision = 'AC200-MB-V1.1';
      parts(f)[3]!.mpn = 'LED-0805-G';
    });
    expect(summary(only(changes, 'hardware.revision'))).toEqual({
      kind: 'hardware.revision',
      classification: 'record',
      classId: 'hw-revision-enclosure-only',
    });
    expect(summary(only(changes, 'hardware.part.changed'))).toMatchObject({
      classification: 'record',
      classId: 'hw-revision-enclosure-only',
    });
  });

  it('classifies an enclosure-only revision (no part changed) as record', async () => {
    const changes = await changesOf((f) => {
      f.product.hardware.revision = 'AC200-MB-V1.0-white';
    });
    expect(changes.map(summary)).toEqual([
      { kind: 'hardware.revision', classification: 'record', classId: 'hw-revision-enclosure-only' },
    ]);
  });

  it('classifies a replaced radio module as material even when the revision stays', async () => {
    const changes = await changesOf((f) => {
      parts(f)[1]!.mpn = 'ATBM6031';
      parts(f)[1]!.manufacturer = 'AltoBeam';
    });
    const c = only(changes, 'hardware.part.changed');
    expect(c).toMatchObject({
      classification: 'material',
      classId: 'hw-security-part-changed',
      from: 'Realtek RTL8188FTV',
      to: 'AltoBeam ATBM6031',
    });
  });

  it('matches a renamed part by its role, so a new name alone is not a change', async () => {
    const changes = await changesOf((f) => {
      parts(f)[0]!.part = 'Main SoC';
    });
    expect(changes).toEqual([]);
  });
});

describe('label items', () => {
  it('classifies a renamed model as material', async () => {
    const changes = await changesOf((f) => {
      f.product.model = 'AC-200 Pro';
    });
    expect(summary(only(changes, 'label.model'))).toMatchObject({
      classification: 'material',
      classId: 'label-model-renamed',
    });
  });

  it('does not treat a change outside the label items (the producer country) as a label change', async () => {
    const changes = await changesOf((f) => {
      f.product.manufacturer.country = 'HK';
    });
    expect(changes).toEqual([]);
  });

  it('classifies a new producer name as material', async () => {
    const changes = await changesOf((f) => {
      f.product.manufacturer.name = 'Acme Vision Holdings Ltd.';
    });
    expect(only(changes, 'label.producer')).toMatchObject({
      classification: 'material',
      classId: 'label-producer-changed',
      from: 'Acme Vision Technology Co., Ltd.',
      to: 'Acme Vision Holdings Ltd.',
    });
  });

  it('classifies a new testing lab as material', async () => {
    const changes = await changesOf((f) => {
      f.product.evidence!.test_report!.lab = 'CESI Testing Centre';
    });
    expect(summary(only(changes, 'label.lab'))).toMatchObject({
      classification: 'material',
      classId: 'label-lab-or-standard-changed',
    });
  });

  it('does not report a new test report date as a lab change', async () => {
    const changes = await changesOf((f) => {
      f.product.evidence!.test_report!.date = '2026-07-25';
    });
    expect(changes).toEqual([]);
  });

  it('classifies a raised target star level as material', async () => {
    const changes = await changesOf((f) => {
      f.product.labels[0]!.stars = 3;
    });
    expect(only(changes, 'label.stars')).toMatchObject({
      classification: 'material',
      classId: 'label-stars-raised',
      from: '2',
      to: '3',
    });
  });

  it('classifies a lowered star level with its own entry, not as a raise', async () => {
    const changes = await changesOf((f) => {
      f.product.labels[0]!.stars = 1;
    });
    expect(only(changes, 'label.stars')).toMatchObject({
      classification: 'material',
      classId: 'label-stars-lowered',
    });
  });
});

describe('lifecycle', () => {
  it('classifies a shortened support period as material', async () => {
    const changes = await changesOf((f) => {
      security(f).updates.support_end = '2028-12-31';
    });
    expect(only(changes, 'lifecycle.support_end')).toMatchObject({
      classification: 'material',
      classId: 'support-shortened',
      from: '2029-06-30',
      to: '2028-12-31',
    });
  });

  it('classifies an extended support period as record', async () => {
    const changes = await changesOf((f) => {
      security(f).updates.support_end = '2030-06-30';
    });
    expect(summary(only(changes, 'lifecycle.support_end'))).toMatchObject({
      classification: 'record',
      classId: 'support-extended',
    });
  });
});

describe('firmware', () => {
  it('classifies a firmware release without new interfaces as a record-class security patch', async () => {
    const changes = await changesOf((f) => {
      f.product.firmware = { version: '2.1.1', image_sha256: 'd'.repeat(64) };
    });
    expect(changes.map(summary)).toEqual([
      { kind: 'firmware.version', classification: 'record', classId: 'fw-security-patch' },
    ]);
  });

  it('classifies the network service a firmware release adds as material, apart from the release itself', async () => {
    const changes = await changesOf((f) => {
      f.product.firmware = { version: '2.2.0', image_sha256: 'd'.repeat(64) };
      security(f).network_services.push({
        name: 'onvif',
        port: 80,
        protocol: 'tcp',
        auth_required: true,
        encrypted: false,
        component: 'acme-onvifd',
      });
    });
    expect(summary(only(changes, 'firmware.version')).classification).toBe('record');
    expect(only(changes, 'service.added')).toMatchObject({
      subject: 'onvif:80',
      classification: 'material',
      classId: 'fw-new-network-service',
    });
  });

  it('classifies a removed network service as record', async () => {
    const changes = await changesOf((f) => {
      security(f).network_services = [];
    });
    expect(only(changes, 'service.removed')).toMatchObject({
      classification: 'record',
      classId: 'network-service-reduced',
    });
  });

  it('classifies a network daemon added to the SBOM as material', async () => {
    const changes = await changesOf((f) => {
      f.sbom.components.push({
        type: 'application',
        name: 'dropbear',
        version: '2024.85',
        purl: 'pkg:generic/dropbear@2024.85',
        properties: [{ name: 'ccl:role', value: 'network-daemon' }],
      });
    });
    expect(only(changes, 'sbom.component.added')).toMatchObject({
      classification: 'material',
      classId: 'fw-new-network-service',
    });
  });

  it('classifies a service that stops requiring authentication as material', async () => {
    const changes = await changesOf((f) => {
      security(f).network_services[0]!.auth_required = false;
    });
    expect(only(changes, 'service.changed')).toMatchObject({
      classification: 'material',
      classId: 'network-service-weakened',
    });
  });

  it('ignores a service whose justification text alone changed', async () => {
    const changes = await changesOf((f) => {
      security(f).network_services[0]!.justification = 'Local streaming, reworded.';
    });
    expect(changes).toEqual([]);
  });

  it('flags the same firmware version rebuilt with a different image hash as material', async () => {
    const changes = await changesOf((f) => {
      f.product.firmware.image_sha256 = 'b'.repeat(64);
    });
    expect(only(changes, 'firmware.image')).toMatchObject({
      classification: 'material',
      classId: 'fw-rebuilt-same-version',
      subject: 'firmware 2.1.0 image',
    });
  });

  it('flags a firmware component rebuilt under the same version in the SBOM as material', async () => {
    const changes = await changesOf((f) => {
      component(f.sbom, 'ac200-firmware').hashes = [{ alg: 'SHA-256', content: 'b'.repeat(64) }];
    });
    expect(only(changes, 'sbom.component.changed')).toMatchObject({
      classification: 'material',
      classId: 'fw-rebuilt-same-version',
    });
  });

  it('does not flag a new image hash as a rebuild when the version changed too', async () => {
    const changes = await changesOf((f) => {
      f.product.firmware = { version: '2.1.1', image_sha256: 'b'.repeat(64) };
    });
    expect(changes.map((c) => c.kind)).toEqual(['firmware.version']);
  });
});

describe('cryptography', () => {
  it('classifies a crypto library major upgrade as material at 2 stars', async () => {
    const changes = await changesOf((f) => bumpComponent(f.sbom, 'mbedtls', '4.0.0'));
    expect(only(changes, 'sbom.component.changed')).toMatchObject({
      classification: 'material',
      classId: 'crypto-library-major',
      from: '3.6.0',
      to: '4.0.0',
    });
  });

  it('classifies the same crypto major upgrade as material at 1 star too', async () => {
    const changes = await changesOf((f) => {
      bumpComponent(f.sbom, 'mbedtls', '4.0.0');
      f.product.labels[0]!.stars = 1;
      f.filing.baseline!.stars = 1;
      f.filing.label!.stars = 1;
    });
    const c = only(changes, 'sbom.component.changed');
    expect(c).toMatchObject({ classification: 'material', classId: 'crypto-library-major' });
    expect(c.reason).toContain('at every level');
  });

  it('classifies a crypto library patch release as record', async () => {
    const changes = await changesOf((f) => bumpComponent(f.sbom, 'mbedtls', '3.6.1'));
    expect(only(changes, 'sbom.component.changed')).toMatchObject({
      classification: 'record',
      classId: 'crypto-library-patch',
    });
  });

  it('recognises the crypto library from the manifest (security.crypto.library) without pack role data', async () => {
    const changes = await changesOf((f) => {
      security(f).crypto.library = 'cjson'; // deliberately odd: the manifest decides
      registeredSecurity(f).crypto.library = 'cjson';
      bumpComponent(f.sbom, 'cjson', '2.0.0');
    });
    expect(only(changes, 'sbom.component.changed')).toMatchObject({ classId: 'crypto-library-major' });
  });

  it("recognises a crypto library by name from the pack's software-role data alone", async () => {
    const changes = await changesOf((f) => {
      delete security(f).crypto.library;
      delete registeredSecurity(f).crypto.library;
      bumpComponent(f.sbom, 'mbedtls', '4.0.0');
    });
    expect(changes.find((c) => c.kind === 'sbom.component.changed')).toMatchObject({
      classId: 'crypto-library-major',
    });
  });

  it('classifies a change of claimed TLS versions as material at 2 stars', async () => {
    const changes = await changesOf((f) => {
      security(f).crypto.tls_versions = ['TLS1.3'];
    });
    expect(only(changes, 'security.crypto')).toMatchObject({
      classification: 'material',
      classId: 'crypto-algorithm-changed',
      from: 'TLS1.2, TLS1.3',
      to: 'TLS1.3',
    });
  });
});

describe('authentication, updates and boot chain', () => {
  it('classifies a new authentication scheme as material', async () => {
    const changes = await changesOf((f) => {
      security(f).authentication.scheme = 'password+totp';
    });
    expect(only(changes, 'security.authentication')).toMatchObject({
      subject: 'authentication.scheme',
      classification: 'material',
      classId: 'auth-scheme-changed',
    });
  });

  it('classifies a new vulnerability contact as a record-class claim change, not an authentication change', async () => {
    const changes = await changesOf((f) => {
      security(f).vulnerability_disclosure.contact = 'psirt@acme.example';
    });
    expect(only(changes, 'security.vulnerability_disclosure')).toMatchObject({
      classification: 'record',
      classId: 'security-claim-other',
    });
  });

  it('classifies a new update signature algorithm as material', async () => {
    const changes = await changesOf((f) => {
      security(f).updates.signature_alg = 'Ed25519';
    });
    expect(only(changes, 'security.updates')).toMatchObject({
      classification: 'material',
      classId: 'update-mechanism-changed',
    });
  });

  it('classifies a new security update SLA as record, not as an update mechanism change', async () => {
    const changes = await changesOf((f) => {
      security(f).updates.security_update_sla_days = 60;
    });
    expect(only(changes, 'security.updates')).toMatchObject({
      classification: 'record',
      classId: 'security-claim-other',
    });
  });

  it('classifies a major upgrade of the update agent as material', async () => {
    const changes = await changesOf((f) => bumpComponent(f.sbom, 'swupdate', '2024.05'));
    expect(only(changes, 'sbom.component.changed')).toMatchObject({
      classification: 'material',
      classId: 'update-mechanism-changed',
      to: '2024.05',
    });
  });

  it('classifies a bootloader update as material at 2 stars', async () => {
    const changes = await changesOf((f) => bumpComponent(f.sbom, 'u-boot', '2023.07'));
    expect(only(changes, 'sbom.component.changed')).toMatchObject({
      classification: 'material',
      classId: 'boot-chain-changed',
    });
  });

  it('classifies the same bootloader update as record at 1 star', async () => {
    const changes = await changesOf((f) => {
      bumpComponent(f.sbom, 'u-boot', '2023.07');
      f.product.labels[0]!.stars = 1;
    });
    expect(only(changes, 'sbom.component.changed')).toMatchObject({
      classification: 'record',
      classId: 'boot-chain-changed',
    });
  });

  it('classifies secure boot switched off as material', async () => {
    const changes = await changesOf((f) => {
      security(f).secure_boot.enabled = false;
    });
    expect(only(changes, 'security.secure_boot')).toMatchObject({
      classification: 'material',
      classId: 'boot-chain-changed',
      from: 'true',
      to: 'false',
    });
  });
});

describe('debug interfaces', () => {
  it('classifies a re-enabled debug interface as material and blocking', async () => {
    const f = fixture();
    security(f).debug_interfaces[0]!.state = 'enabled';
    const { product } = await load(f);
    const r = detectChanges(product, cnCcl());
    expect(only(r.changes, 'security.debug_interface.changed')).toMatchObject({
      classification: 'material',
      classId: 'debug-interface-re-enabled',
      from: 'disabled',
      to: 'enabled',
    });
    expect(r.findings.map((x) => x.ruleId).sort()).toEqual(['change.blocked', 'change.unrecorded']);
  });

  it('classifies a newly declared but disabled debug interface as material without blocking', async () => {
    const f = fixture();
    security(f).debug_interfaces.push({ name: 'JTAG', state: 'disabled' });
    const { product } = await load(f);
    const r = detectChanges(product, cnCcl());
    expect(only(r.changes, 'security.debug_interface.added')).toMatchObject({
      classification: 'material',
      classId: 'debug-interface-added',
    });
    expect(r.findings.map((x) => x.ruleId)).toEqual(['change.unrecorded']);
  });
});

describe('software inventory', () => {
  it('classifies an ordinary library bump as none, with no finding', async () => {
    const f = fixture();
    bumpComponent(f.sbom, 'cjson', '1.7.18');
    const { product } = await load(f);
    const r = detectChanges(product, cnCcl());
    expect(only(r.changes, 'sbom.component.changed')).toMatchObject({
      classification: 'none',
      classId: 'library-bump',
      from: '1.7.17',
      to: '1.7.18',
    });
    expect(r.findings).toEqual([]);
  });

  it('classifies an ordinary library that was removed as record', async () => {
    const changes = await changesOf((f) => {
      f.sbom.components = f.sbom.components.filter((c) => c.name !== 'cjson');
    });
    expect(only(changes, 'sbom.component.removed')).toMatchObject({
      classification: 'record',
      classId: 'component-added-or-removed',
    });
  });

  it('records a difference no entry classifies with the catch-all reason', async () => {
    const changes = await changesOf((f) => {
      component(f.sbom, 'mbedtls').hashes = [{ alg: 'SHA-256', content: 'f'.repeat(64) }];
    });
    expect(only(changes, 'sbom.component.changed')).toMatchObject({
      classification: 'record',
      classId: 'unclassified',
      reason: 'not classified by the pack; recorded for audit',
    });
  });
});

describe('privacy and storage', () => {
  it('classifies a newly declared microphone as material', async () => {
    const changes = await changesOf((f) => {
      security(f).privacy.sensors = ['camera', 'microphone'];
    });
    expect(only(changes, 'security.privacy')).toMatchObject({
      classification: 'material',
      classId: 'privacy-sensors-changed',
    });
  });

  it('classifies a new logging retention as record', async () => {
    const changes = await changesOf((f) => {
      security(f).logging.retention_days = 30;
    });
    expect(only(changes, 'security.logging')).toMatchObject({
      classification: 'record',
      classId: 'security-claim-other',
      to: '30',
    });
  });

  it('classifies weaker protection of stored secrets as material at 2 stars', async () => {
    const changes = await changesOf((f) => {
      security(f).storage.hardcoded_secrets = true;
    });
    expect(only(changes, 'security.storage')).toMatchObject({
      classification: 'material',
      classId: 'storage-protection-changed',
    });
  });
});
