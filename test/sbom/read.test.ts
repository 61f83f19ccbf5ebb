import { describe, expect, it } from 'vitest';
import { readSbom } from '../../src/sbom/read.js';
import {
  bom,
  containing,
  corpus,
  corpusFiles,
  corpusText,
  fixture,
  inventoryOf,
  matching,
} from './helpers.js';

describe('readSbom on the shared corpus', () => {
  const readable = corpusFiles().filter((f) => f !== 'spec_invalid-bomformat-1.5.json');

  it.each(readable)('reads %s without throwing', (file) => {
    const r = readSbom(corpusText(file), file);
    expect(r.ok).toBe(true);
  });

  it('refuses the document whose bomFormat is not CycloneDX', () => {
    const r = readSbom(corpusText('spec_invalid-bomformat-1.5.json'), 'x.json');
    expect(r).toMatchObject({
      ok: false,
      problems: [{ message: containing('bomFormat is "AnotherFormat"') }],
    });
  });

  it('takes the spec version from specVersion in JSON and from the namespace in XML', () => {
    expect(corpus('bomex_laravel-7.12.0.cdx12.json')).toMatchObject({ specVersion: '1.2', format: 'json' });
    expect(corpus('bomex_laravel-7.12.0.cdx13.xml')).toMatchObject({ specVersion: '1.3', format: 'xml' });
    expect(corpus('spec_valid-bom-1.7.json')).toMatchObject({ specVersion: '1.7', format: 'json' });
  });

  it('keeps metadata.component apart from the components list', () => {
    const inv = corpus('bomex_laravel-7.12.0.cdx13.xml');
    expect(inv.metadata.component).toMatchObject({
      type: 'application',
      name: 'cyclonedx-php-composer-demo',
    });
    expect(inv.components).toHaveLength(62);
    expect(inv.components.every((c) => c.type === 'library')).toBe(true);
  });

  it('flattens nested components and records their parent path', () => {
    const inv = corpus('bomex_juice-shop-npm-bare.cdx13.xml');
    const nested = inv.components.find((c) => c.name === 'ansi-regex' && c.path.length > 0);
    expect(nested?.path).toEqual(['node-pre-gyp']);
    expect(inv.components).toHaveLength(1115);
  });

  it('reads services with endpoints, authentication and trust boundary, flattening nested ones', () => {
    const inv = corpus('bomex_saasbom_apigateway-microservices.cdx14.json');
    expect(inv.services).toHaveLength(6);
    const gateway = inv.services.find((s) => s.path.length === 0);
    expect(gateway).toMatchObject({ authenticated: false, trustBoundary: true });
    expect(inv.services.filter((s) => s.path.length === 1)).toHaveLength(5);
  });

  it('reads the device manufacturer from metadata.manufacture (spec ≤ 1.5) and metadata.manufacturer (1.6+)', () => {
    expect(corpus('acme-weather-station_device.cdx13.json').metadata).toMatchObject({
      manufacturer: 'Acme, Inc.',
      supplier: 'Acme, Inc.',
      component: { type: 'device', version: 'v1.0.0' },
    });
    expect(corpus('spec_valid-metadata-manufacturer-1.6.json').metadata.manufacturer).toBeDefined();
  });

  it('counts cryptographic assets and keeps their protocol and algorithm essentials', () => {
    const inv = corpus('bomex_cbom_protocol-tls.cdx16.json');
    expect(inv.cryptoAssetCount).toBe(8);
    const tls = inv.components.find((c) => c.name === 'TLSv1.2');
    expect(tls?.cryptoProperties).toEqual({
      assetType: 'protocol',
      oid: '1.3.18.0.2.32.104',
      protocol: { type: 'tls', version: '1.2', cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'] },
    });
    const sha = inv.components.find((c) => c.name === 'SHA512withRSA');
    expect(sha?.cryptoProperties?.algorithm).toMatchObject({
      cryptoFunctions: ['digest'],
      nistQuantumSecurityLevel: '0',
    });
  });

  it('reads nested XML dependencies as ref → dependsOn lists', () => {
    const inv = corpus('spec_valid-dependency-1.6.xml');
    expect(inv.dependencies.length).toBeGreaterThan(0);
    expect(inv.dependencies.every((d) => d.ref.length > 0 && Array.isArray(d.dependsOn))).toBe(true);
  });
});

describe('readSbom normalisation', () => {
  it('normalises hash algorithm names and lower-cases hash content', () => {
    const inv = inventoryOf(
      bom([
        {
          type: 'firmware',
          name: 'fw',
          hashes: [
            { alg: 'sha256', content: 'AB'.repeat(32) },
            { alg: 'SHA_1', content: 'CD'.repeat(20) },
            { alg: 'sha3-512', content: 'EF'.repeat(64) },
          ],
        },
      ]),
    );
    expect(inv.components[0]!.hashes).toEqual([
      { alg: 'SHA-1', content: 'cd'.repeat(20) },
      { alg: 'SHA-256', content: 'ab'.repeat(32) },
      { alg: 'SHA3-512', content: 'ef'.repeat(64) },
    ]);
  });

  it('sorts and de-duplicates properties and licences', () => {
    const inv = inventoryOf(
      bom([
        {
          type: 'library',
          name: 'x',
          properties: [
            { name: 'b', value: '2' },
            { name: 'a', value: '1' },
            { name: 'b', value: '2' },
          ],
          licenses: [
            { license: { id: 'MIT' } },
            { license: { name: 'Custom' } },
            { expression: 'Apache-2.0 OR MIT' },
          ],
        },
      ]),
    );
    expect(inv.components[0]!.properties).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: '2' },
    ]);
    expect(inv.components[0]!.licenses).toEqual(['Apache-2.0 OR MIT', 'Custom', 'MIT']);
  });

  it('keeps XML values as strings, so version 1.10 stays "1.10"', () => {
    const inv = fixture('same-content.cdx16.xml');
    expect(inv.components.find((c) => c.name === 'main-board')?.version).toBe('1.10');
  });

  it('reads XML attributes: bom-ref, hash alg and property name', () => {
    const inv = fixture('same-content.cdx16.xml');
    const fw = inv.components.find((c) => c.name === 'thermostat-fw');
    expect(fw).toMatchObject({
      bomRef: 'c1',
      hashes: [
        { alg: 'MD5', content: '098f6bcd4621d373cade4e832627b4f6' },
        { alg: 'SHA-256', content: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
      ],
      properties: [
        { name: 'build', value: 'release' },
        { name: 'ccl:role', value: 'update-agent' },
      ],
    });
  });

  it('decodes XML character references without processing any DTD', () => {
    const xml =
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components>' +
      '<component type="library"><name>a&amp;b &#x41;&#66;</name></component></components></bom>';
    expect(inventoryOf(xml, 'x.xml').components[0]!.name).toBe('a&b AB');
  });

  it('reads an XML document whose CycloneDX namespace uses a prefix', () => {
    const xml =
      '<?xml version="1.0"?><!-- generated --><cdx:bom xmlns:cdx="http://cyclonedx.org/schema/bom/1.5">' +
      '<cdx:components><cdx:component type="library"><cdx:name>x</cdx:name></cdx:component></cdx:components></cdx:bom>';
    expect(inventoryOf(xml, 'x.xml')).toMatchObject({ specVersion: '1.5', components: [{ name: 'x' }] });
  });

  it('accepts bytes as well as strings', () => {
    const r = readSbom(new TextEncoder().encode(bom([{ type: 'library', name: 'x' }])), 'x.json');
    expect(r.ok).toBe(true);
  });

  it('treats a top-level component that repeats metadata.component as the root, with a warning', () => {
    const root = { type: 'application', name: 'app', version: '1', 'bom-ref': 'app' };
    const r = readSbom(
      bom([root, { type: 'library', name: 'lib' }], { metadata: { component: root } }),
      'x.json',
    );
    expect(r.ok && r.sbom.components.map((c) => c.name)).toEqual(['lib']);
    expect(r.ok && r.warnings[0]?.message).toMatch(/repeats metadata.component/);
  });
});

describe('readSbom refuses what is not CycloneDX', () => {
  it.each([
    ['JSON without bomFormat', '{"specVersion":"1.6"}', 'x.json', /bomFormat is null/],
    ['a JSON array', '[1,2]', 'x.json', /top level is not an object/],
    [
      'an unsupported JSON spec version',
      '{"bomFormat":"CycloneDX","specVersion":"1.1"}',
      'x.json',
      /unsupported CycloneDX specVersion "1.1"/,
    ],
    [
      'XML with another root element',
      '<sbom xmlns="http://cyclonedx.org/schema/bom/1.6"/>',
      'x.xml',
      /document element is <sbom>/,
    ],
    [
      'XML <bom> in another namespace',
      '<bom xmlns="http://example.com/bom"/>',
      'x.xml',
      /not http:\/\/cyclonedx.org/,
    ],
    ['XML <bom> without a namespace', '<bom/>', 'x.xml', /namespace ""/],
    [
      'CycloneDX 1.1 XML',
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.1"/>',
      'x.xml',
      /unsupported CycloneDX spec version 1.1/,
    ],
    ['plain text', 'hello', 'notes.txt', /neither JSON nor XML/],
  ])('refuses %s', (_what, text, file, message) => {
    const r = readSbom(text, file);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.message).toMatch(message);
  });

  it('reports invalid JSON with line and column', () => {
    const r = readSbom('{\n  "bomFormat": "CycloneDX",\n  "specVersion": 1.6,,\n}', 'bad.json');
    expect(r).toMatchObject({
      ok: false,
      problems: [{ file: 'bad.json', line: 3, message: matching(/^invalid JSON/) }],
    });
  });

  it('reports malformed XML with line and column', () => {
    const r = readSbom(
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.6">\n  <components>\n</bom>',
      'bad.xml',
    );
    expect(r).toMatchObject({
      ok: false,
      problems: [{ line: 3, message: matching(/^invalid XML/) }],
    });
  });
});
