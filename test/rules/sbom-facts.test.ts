import { describe, expect, it } from 'vitest';
import { sbomFacts } from '../../src/rules/index.js';
import { readSbom } from '../../src/sbom/read.js';
import type { Inventory } from '../../src/sbom/types.js';
import { applyCase, type RuleCase } from './support/cases.js';
import { loadBuiltin } from './support/packs.js';

const roles = loadBuiltin({}, ['cn-ccl']).packs[0]!.softwareRoles;

function inventory(c: RuleCase = { name: 'base' }): Inventory {
  const read = readSbom(JSON.stringify(applyCase(c).sbom), 'sbom.cdx.json');
  if (!read.ok) throw new Error(read.problems[0]!.message);
  return read.sbom;
}

describe('sbomFacts', () => {
  it('summarises the SBOM the base camera ships', () => {
    expect(sbomFacts(inventory(), roles, { now: '2026-11-20' })).toEqual({
      present: true,
      schemaValid: true,
      specVersion: '1.6',
      componentCount: 9,
      componentsWithoutVersion: [],
      componentsWithoutIdentity: [],
      metadataName: 'CAM-X1',
      metadataVersion: '2.4.1',
      firmwareVersions: ['2.4.1', '2024.01'],
      metadataManufacturer: 'Acme Vision Co., Ltd.',
      networkDaemons: ['avahi-daemon', 'lighttpd', 'live555'],
      cryptoLibraries: [{ name: 'openssl', version: '3.5.1' }],
      deniedCrypto: [],
      cryptoAlgorithms: ['AES-128-GCM'],
      roles: {
        auth: [],
        bootloader: ['u-boot'],
        crypto: ['openssl'],
        'network-daemon': ['avahi-daemon', 'lighttpd', 'live555'],
        'update-agent': ['swupdate'],
      },
      vulnerabilities: { critical: 0, high: 0 },
      openVulnerabilities: [],
    });
  });

  it('recognises a daemon by CPE vendor and product under any name', () => {
    const inv = inventory({
      name: 'x',
      append: {
        'sbom.components': {
          type: 'application',
          name: 'sshd-custom',
          version: '9.6',
          cpe: 'cpe:2.3:a:openbsd:openssh:9.6:*:*:*:*:*:*:*',
        },
      },
    });
    expect(sbomFacts(inv, roles).networkDaemons).toContain('sshd-custom');
  });

  it('recognises a daemon by purl pattern', () => {
    // Neither the name nor the purl name (dnsmasq-base) is listed; the glob pkg:deb/*/dnsmasq* is.
    const inv = inventory({
      name: 'x',
      append: {
        'sbom.components': {
          type: 'application',
          name: 'dns-forwarder',
          version: '2.90',
          purl: 'pkg:deb/debian/dnsmasq-base@2.90-4?arch=arm64',
        },
      },
    });
    expect(sbomFacts(inv, roles).roles['network-daemon']).toContain('dns-forwarder');
  });

  it('takes a role from the component property the pack names', () => {
    const inv = inventory({
      name: 'x',
      append: {
        'sbom.components': {
          type: 'library',
          name: 'libcamauth',
          version: '2',
          purl: 'pkg:generic/libcamauth@2',
          properties: [{ name: 'ccl:role', value: 'auth, crypto' }],
        },
      },
    });
    const facts = sbomFacts(inv, roles);
    expect([facts.roles.auth, facts.cryptoLibraries.map((c) => c.name)]).toEqual([
      ['libcamauth'],
      ['libcamauth', 'openssl'],
    ]);
  });

  it('deny-lists a library branch only from the date its support ended', () => {
    const inv = inventory({ name: 'x', set: { 'sbom.components.2.version': '3.0.15' } });
    expect(sbomFacts(inv, roles, { now: '2026-09-06' }).deniedCrypto).toEqual([]);
    expect(sbomFacts(inv, roles, { now: '2026-09-07' }).deniedCrypto).toEqual([
      'openssl 3.0.15: OpenSSL 3.0 (LTS) is out of support since 2026-09-07',
    ]);
  });

  it('does not ask crypto assets for a version or a purl', () => {
    expect(sbomFacts(inventory(), roles).componentsWithoutIdentity).toEqual([]);
  });

  it('counts open vulnerabilities by severity, leaving out analysed ones', () => {
    const facts = sbomFacts(inventory(), roles, {
      vulnerabilities: [
        { id: 'CVE-2', severity: 'High' },
        { id: 'CVE-1', severity: 'critical', state: 'exploitable', published: '2026-10-01' },
        { id: 'CVE-3', severity: 'critical', state: 'not_affected' },
      ],
    });
    expect([facts.vulnerabilities, facts.openVulnerabilities.map((v) => v.id)]).toEqual([
      { critical: 1, high: 1 },
      ['CVE-1', 'CVE-2'],
    ]);
  });

  it('describes a missing SBOM as absent rather than empty', () => {
    expect(sbomFacts(undefined, roles)).toMatchObject({
      present: false,
      schemaValid: false,
      componentCount: 0,
      networkDaemons: [],
    });
  });
});
