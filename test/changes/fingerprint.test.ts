import { describe, expect, it } from 'vitest';
import { detectChanges, fingerprintOf } from '../../src/changes/index.js';
import { bumpComponent, cnCcl, fixture, type Fixture, load, parts, security } from './support.js';

/** A release touching every kind of difference the fingerprint covers. */
function bigRelease(f: Fixture): void {
  f.product.hardware.revision = 'AC200-MB-V2.0';
  parts(f)[0]!.mpn = 'T40N';
  f.product.firmware = { version: '2.2.0', image_sha256: 'd'.repeat(64) };
  f.product.model = 'AC-200 Pro';
  security(f).updates.support_end = '2028-12-31';
  security(f).authentication.scheme = 'password+totp';
  security(f).network_services.push({
    name: 'onvif',
    port: 80,
    protocol: 'tcp',
    auth_required: true,
    encrypted: false,
  });
  bumpComponent(f.sbom, 'mbedtls', '3.6.1');
  bumpComponent(f.sbom, 'ac200-firmware', '2.2.0');
  f.sbom.components.push({
    type: 'application',
    name: 'dropbear',
    version: '2024.85',
    purl: 'pkg:generic/dropbear@2024.85',
    properties: [{ name: 'ccl:role', value: 'network-daemon' }],
  });
  f.sbom.components = f.sbom.components.filter((c) => c.name !== 'cjson');
  f.sbom.services!.push({
    name: 'acme-p2p',
    endpoints: ['udp://p2p.acme.example:32100'],
    authenticated: false,
    'x-trust-boundary': true,
  });
  f.sbom.metadata.component!.properties!.push({ name: 'cdx:device:sku', value: 'AC200-W' });
}

async function fingerprints(f: Fixture): Promise<string[]> {
  const { product } = await load(f);
  return detectChanges(product, cnCcl()).changes.map((c) => `${c.kind} ${c.subject} ${c.fingerprint}`);
}

describe('fingerprints', () => {
  it('have the form <prefix>:<16 hex> with the prefix of their category', async () => {
    const f = fixture();
    bigRelease(f);
    const { product } = await load(f);
    const changes = detectChanges(product, cnCcl()).changes;
    for (const c of changes) expect(c.fingerprint).toMatch(/^(hw|fw|sbom|svc|sec|label|life):[0-9a-f]{16}$/);
    const prefixOf = (kind: string) => changes.find((c) => c.kind === kind)?.fingerprint.split(':')[0];
    expect([
      prefixOf('hardware.revision'),
      prefixOf('firmware.version'),
      prefixOf('sbom.component.changed'),
      prefixOf('service.added'),
      prefixOf('security.authentication'),
      prefixOf('label.model'),
      prefixOf('lifecycle.support_end'),
    ]).toEqual(['hw', 'fw', 'sbom', 'svc', 'sec', 'label', 'life']);
  });

  it('are the same when the same difference is detected twice', async () => {
    const a = fixture();
    bigRelease(a);
    const b = fixture();
    bigRelease(b);
    const first = await fingerprints(a);
    expect(first.length).toBeGreaterThan(10);
    expect(await fingerprints(b)).toEqual(first);
  });

  it('are the same whether the current SBOM is CycloneDX JSON or XML', async () => {
    const json = fixture();
    bigRelease(json);
    const xml = fixture();
    bigRelease(xml);
    xml.sbomAsXml = true;
    const fromJson = await fingerprints(json);
    expect(fromJson.filter((l) => l.includes(' sbom:') || l.startsWith('sbom.')).length).toBeGreaterThan(3);
    expect(await fingerprints(xml)).toEqual(fromJson);
  });

  it('differ when the same component moves to a different version', async () => {
    const a = fixture();
    bumpComponent(a.sbom, 'mbedtls', '3.6.1');
    const b = fixture();
    bumpComponent(b.sbom, 'mbedtls', '3.6.2');
    expect(await fingerprints(a)).not.toEqual(await fingerprints(b));
  });

  it('keep field boundaries: moving text between subject and value gives a different fingerprint', () => {
    const a = fingerprintOf({ category: 'sbom', kind: 'k', subject: 'ab', from: 'c' });
    const b = fingerprintOf({ category: 'sbom', kind: 'k', subject: 'a', from: 'bc' });
    expect(a).not.toBe(b);
  });
});
