import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diffSboms, isEmptyDiff } from '../../src/sbom/diff.js';
import { sbomDigest, serialiseNormalised } from '../../src/sbom/normalised.js';
import { validateSbom } from '../../src/sbom/validate.js';
import type { Inventory } from '../../src/sbom/types.js';
import { corpus, corpusFiles, fixture, inventoryOf } from './helpers.js';

const readable = corpusFiles().filter((f) => f !== 'spec_invalid-bomformat-1.5.json');

describe('serialiseNormalised', () => {
  it.each(readable)('round-trips %s with an empty diff', (file) => {
    const inv = corpus(file);
    const text = serialiseNormalised(inv);
    const back = inventoryOf(text, 'normalised.json');
    expect(isEmptyDiff(diffSboms(inv, back))).toBe(true);
    expect(back.metadata).toEqual({
      ...inv.metadata,
      ...(inv.metadata.component && {
        component: { ...inv.metadata.component, bomRef: back.metadata.component?.bomRef },
      }),
    });
    expect(serialiseNormalised(back)).toBe(text);
  });

  it.each(readable.filter((f) => !f.startsWith('spec_invalid-')))(
    'emits schema-valid CycloneDX 1.6 for %s',
    (file) => {
      expect(validateSbom(serialiseNormalised(corpus(file)), 'normalised.json')).toEqual([]);
    },
  );

  it('is a 1.6 document with two-space indent, a trailing newline, no timestamp and no serial number', () => {
    const text = serialiseNormalised(corpus('bomex_proton-bridge-v1.6.3.cdx12.json'));
    expect(
      text.startsWith(
        '{\n  "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",\n  "bomFormat": "CycloneDX",\n',
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toMatch(/"timestamp"|"serialNumber"|BomRef\./);
    expect(JSON.parse(text)).toMatchObject({ specVersion: '1.6', version: 1 });
  });

  it('uses the purl as bom-ref, else a content key, and keeps every ref unique', () => {
    const inv = inventoryOf(
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: [
          { type: 'library', name: 'a', version: '1', purl: 'pkg:npm/a@1', 'bom-ref': 'random-1' },
          { type: 'library', name: 'a', version: '1', purl: 'pkg:npm/a@1', 'bom-ref': 'random-2' },
          { type: 'firmware', name: 'fw', group: 'acme', version: '2', 'bom-ref': 'random-3' },
        ],
      }),
    );
    const refs = (
      JSON.parse(serialiseNormalised(inv)) as { components: { 'bom-ref': string }[] }
    ).components.map((c) => c['bom-ref']);
    expect(refs).toEqual(['firmware:acme/fw@2', 'pkg:npm/a@1', 'pkg:npm/a@1#2']);
  });

  it('gives the same bytes whatever the bom-refs and the order of the input', () => {
    const a = fixture('same-content.cdx16.json');
    const b = fixture('same-content.cdx16.xml');
    expect(serialiseNormalised(a)).toBe(serialiseNormalised(b));
    const reversed: Inventory = {
      ...a,
      components: [...a.components].reverse(),
      services: [...a.services].reverse(),
    };
    expect(serialiseNormalised(reversed)).toBe(serialiseNormalised(a));
  });

  it('carries what the library models cannot: manufacturer, crypto properties, CPE and service details', () => {
    const doc = JSON.parse(serialiseNormalised(fixture('same-content.cdx16.xml'))) as {
      metadata: { manufacturer: unknown; component: { manufacturer: unknown; components: unknown[] } };
      components: { name: string; cryptoProperties?: unknown; components?: { cpe?: string }[] }[];
      services: {
        endpoints: string[];
        authenticated: boolean;
        'x-trust-boundary': boolean;
        services: unknown[];
      }[];
      dependencies: { ref: string; dependsOn?: string[] }[];
    };
    expect(doc.metadata.manufacturer).toEqual({ name: 'Acme Devices' });
    expect(doc.metadata.component.manufacturer).toEqual({ name: 'Acme Devices' });
    expect(doc.metadata.component.components).toHaveLength(1);
    expect(doc.components.find((c) => c.name === 'TLSv1.3')?.cryptoProperties).toEqual({
      assetType: 'protocol',
      protocolProperties: {
        type: 'tls',
        version: '1.3',
        cipherSuites: [{ name: 'TLS_AES_128_GCM_SHA256' }, { name: 'TLS_AES_256_GCM_SHA384' }],
      },
      oid: '1.3.18.0.2.32.104',
    });
    expect(doc.components.find((c) => c.name === 'thermostat-fw')?.components?.[0]?.cpe).toBe(
      'cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*',
    );
    expect(doc.services[0]).toMatchObject({
      endpoints: ['https://telemetry.acme.example/v2', 'mqtts://mqtt.acme.example:8883'],
      authenticated: true,
      'x-trust-boundary': true,
      services: [expect.objectContaining({ name: 'ota', authenticated: false }) as unknown],
    });
    expect(doc.dependencies.find((d) => d.ref === 'device:thermostat@rev-2')?.dependsOn).toEqual([
      'firmware:thermostat-fw@2.4.0',
      'service:com.acme/telemetry@v2',
    ]);
  });

  it('keeps an unknown component type through the round trip instead of dropping the component', () => {
    const inv = corpus('spec_invalid-component-type-1.6.json');
    const back = inventoryOf(serialiseNormalised(inv), 'n.json');
    expect(back.components.map((c) => c.type)).toEqual(['foo']);
  });
});

describe('sbomDigest', () => {
  it('is sha256 of the normalised serialisation', () => {
    const inv = corpus('debsbom_delta-base.cdx16.json');
    const expected = createHash('sha256').update(serialiseNormalised(inv)).digest('hex');
    expect(sbomDigest(inv)).toBe(`sha256:${expected}`);
    expect(sbomDigest(inv)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is equal for the same content in different formats and spec versions, and differs otherwise', () => {
    expect(sbomDigest(corpus('bomex_laravel-7.12.0.cdx13.xml'))).toBe(
      sbomDigest(corpus('bomex_laravel-7.12.0.cdx14.json')),
    );
    expect(sbomDigest(corpus('spec_valid-component-types-1.2.json'))).toBe(
      sbomDigest(corpus('spec_valid-component-types-1.4.xml')),
    );
    expect(sbomDigest(corpus('debsbom_delta-base.cdx16.json'))).not.toBe(
      sbomDigest(corpus('debsbom_delta-target.cdx16.json')),
    );
  });
});
