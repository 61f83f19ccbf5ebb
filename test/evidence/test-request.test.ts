import { describe, expect, it } from 'vitest';
import type { DetectedChange } from '../../src/core/change.js';
import { deriveTestRequest, generateEvidence, testAreasFor } from '../../src/evidence/index.js';
import { kindZh, securityAreaZh } from '../../src/evidence/kind-zh.js';
import { securitySchema } from '../../src/schemas/common.js';
import { fixtureInput, fixtureProduct } from './fixtures.js';

let counter = 0;
function change(
  kind: string,
  subject: string,
  classification: DetectedChange['classification'] = 'material',
): DetectedChange {
  counter += 1;
  return {
    kind,
    subject,
    from: 'old',
    to: 'new',
    classification,
    classId: 'test',
    reason: `${subject} changed`,
    sources: [],
    recorded: false,
    fingerprint: `x:${counter.toString(16).padStart(16, '0')}`,
  };
}

const product = fixtureProduct();
const areas = (c: DetectedChange) => testAreasFor(c, product);

describe('test areas of a change', () => {
  it('retests network services and authentication for a firmware change', () => {
    expect(areas(change('firmware.version', 'firmware'))).toEqual([
      'network',
      'authentication',
      'vulnerability',
    ]);
  });

  it('retests network services and authentication for a new network service', () => {
    expect(areas(change('service.added', 'telnet'))).toEqual(['network', 'authentication']);
  });

  it('retests cryptography for a crypto library named in the manifest', () => {
    expect(areas(change('sbom.component.changed', 'mbedtls (pkg:generic/mbedtls)'))).toEqual([
      'crypto',
      'vulnerability',
    ]);
  });

  it('retests cryptography when the change class says the component is a crypto library', () => {
    const c = {
      ...change('sbom.component.added', 'openssl (pkg:generic/openssl)'),
      classId: 'crypto-library-major',
    };
    expect(areas(c)).toEqual(['crypto', 'vulnerability']);
  });

  it('retests secure boot when the change class says the component is a bootloader', () => {
    const c = {
      ...change('sbom.component.changed', 'u-boot (pkg:generic/u-boot)'),
      classId: 'boot-chain-changed',
    };
    expect(areas(c)).toEqual(['secure-boot', 'vulnerability']);
  });

  it('retests the service for a component that implements a declared network service', () => {
    expect(areas(change('sbom.component.changed', 'live555 (pkg:generic/live555)'))).toEqual([
      'network',
      'authentication',
      'vulnerability',
    ]);
  });

  it('asks only for a vulnerability check for an ordinary library', () => {
    expect(areas(change('sbom.component.changed', 'zlib'))).toEqual(['vulnerability']);
  });

  it('requires a full retest when the SoC changes', () => {
    expect(areas(change('hardware.part', 'SoC'))).toEqual(['full']);
  });

  it('finds the part by its MPN when the subject is the part number', () => {
    const c = { ...change('hardware.part.changed', 'WM-7602'), from: 'WM-7601' };
    expect(areas(c)).toEqual(['network', 'crypto']);
  });

  it('finds the part by manufacturer and MPN as change detection describes it', () => {
    const removed = { ...change('hardware.part.removed', 'Old radio'), from: 'Example WM-7601' };
    expect(areas(removed)).toEqual(['network', 'crypto']);
    const radio = { ...change('hardware.part.changed', 'Radio'), to: 'Acme WM-7601' };
    expect(areas(radio)).toEqual(['network', 'crypto']);
  });

  it('requires a full retest for a part whose role the manifest does not know', () => {
    expect(areas(change('hardware.part', 'Mystery chip'))).toEqual(['full']);
  });

  it('requires a full retest when the claimed level or the lab changes', () => {
    expect(areas(change('label.stars', 'stars'))).toEqual(['full']);
    expect(areas(change('label.lab', 'lab'))).toEqual(['full']);
  });

  it('asks for a document review only when the model name changes', () => {
    expect(areas(change('label.model', 'model'))).toEqual(['documents']);
  });

  it('maps each security claim area to its test', () => {
    expect(areas(change('security.updates', 'signature_alg'))).toEqual(['update']);
    expect(areas(change('security.secure_boot', 'enabled'))).toEqual(['secure-boot']);
    expect(areas(change('security.debug_interface.added', 'JTAG'))).toEqual(['debug']);
    expect(areas(change('security.authentication.scheme', 'scheme'))).toEqual(['authentication']);
  });

  it('leaves the scope of an unknown kind to the laboratory', () => {
    expect(areas(change('cloud.api', 'v2'))).toEqual(['review']);
  });
});

describe('test request', () => {
  it('derives the retest scope from material changes only', () => {
    const request = deriveTestRequest(
      [change('firmware.version', 'firmware'), change('sbom.component.changed', 'mbedtls', 'record')],
      product,
      2,
    );
    expect(request.fullRetest).toBe(false);
    expect(request.areas.map((a) => a.id)).toEqual(['network', 'authentication', 'vulnerability']);
    expect(request.notRetested.map((c) => c.subject)).toEqual(['mbedtls']);
  });

  it('adds a third-party penetration test at three stars', () => {
    const request = deriveTestRequest([change('firmware.version', 'firmware')], product, 3);
    expect(request.areas.map((a) => a.id)).toContain('penetration');
  });

  it('adds no penetration test below three stars', () => {
    const request = deriveTestRequest([change('firmware.version', 'firmware')], product, 2);
    expect(request.areas.map((a) => a.id)).not.toContain('penetration');
  });

  it('adds no penetration test at three stars when only documents change', () => {
    const request = deriveTestRequest([change('label.model', 'model')], product, 3);
    expect(request.areas.map((a) => a.id)).toEqual(['documents']);
  });

  it('lists each area once with every change that calls for it', () => {
    const request = deriveTestRequest(
      [change('firmware.version', 'firmware'), change('service.added', 'rtsp')],
      product,
      2,
    );
    expect(request.areas.find((a) => a.id === 'network')?.because.map((c) => c.subject)).toEqual([
      'firmware',
      'rtsp',
    ]);
  });

  it('renders the areas and their reasons into test-request.md', () => {
    const md = generateEvidence(fixtureInput())
      .files.find((f) => f.path === 'test-request.md')
      ?.content.toString('utf8');
    expect(md).toContain('### Network services and exposed interfaces');
    expect(md).toContain('### Authentication and access control');
    expect(md).toContain('- rtsp (service.added): — → tcp/554. New network service exposed on the LAN.');
    expect(md).toContain('## Recorded without retest');
    expect(md).not.toContain('Full retest');
  });

  it('asks for a full retest in test-request.md when the SoC changes', () => {
    const md = generateEvidence(fixtureInput({ changes: [change('hardware.part', 'SoC')] }))
      .files.find((f) => f.path === 'test-request.md')
      ?.content.toString('utf8');
    expect(md).toContain('**A full retest is required.**');
    expect(md).toContain('### Full retest against every requirement of the claimed level');
  });

  it('says no retest is required when nothing material changed', () => {
    const md = generateEvidence(fixtureInput({ changes: [] }))
      .files.find((f) => f.path === 'test-request.md')
      ?.content.toString('utf8');
    expect(md).toContain('No retest is required');
  });

  it('asks for a full test of a product that was never filed, whatever the changes', () => {
    const md = generateEvidence(fixtureInput({ filing: undefined, changes: [] }))
      .files.find((f) => f.path === 'test-request.md')
      ?.content.toString('utf8');
    expect(md).toContain('**First filing:**');
    expect(md).toContain('- Full retest against every requirement of the claimed level');
    expect(md).not.toContain('No retest is required');
  });

  it('asks a never-filed three-star product for a penetration test too', () => {
    const input = fixtureInput({ filing: undefined, changes: [] });
    input.product.labels = [{ scheme: 'cn-ccl', stars: 3 }];
    const md = generateEvidence(input)
      .files.find((f) => f.path === 'test-request.md')
      ?.content.toString('utf8');
    expect(md).toContain('- Penetration test by a qualified third-party laboratory');
  });
});

describe('the Chinese test request', () => {
  const han = /\p{Script=Han}/u;

  it('titles every area in Chinese', () => {
    const kinds = [
      'hardware.revision',
      'firmware.version',
      'service.added',
      'security.debug_interface.added',
    ];
    const request = deriveTestRequest(
      kinds.map((k) => change(k, k)),
      product,
      3,
    );
    expect(request.areas.length).toBeGreaterThan(3);
    for (const area of request.areas) expect(area.titleZh).toMatch(han);
  });

  it('names areas and change kinds in Chinese in test-request.zh-CN.md, the English file unchanged', () => {
    const files = generateEvidence(fixtureInput()).files;
    const text = (name: string) => files.find((f) => f.path === name)!.content.toString('utf8');
    const zh = text('test-request.zh-CN.md');
    expect(zh).toContain('### 网络服务和暴露的接口（服务清单、端口扫描、协议）');
    expect(zh).toContain('- rtsp（网络服务新增，service.added）：');
    expect(zh).not.toContain('Network services and exposed interfaces');
    expect(text('test-request.md')).toContain('- rtsp (service.added): ');
    expect(text('technical-documentation.zh-CN.md')).toContain('### 身份鉴别（Authentication）');
    expect(text('technical-documentation.md')).not.toContain('身份鉴别');
  });
});

describe('Chinese names of change kinds', () => {
  it('cover every kind change detection emits, and leave an unknown kind as it is', () => {
    const kinds = [
      'hardware.revision',
      'hardware.part.added',
      'hardware.part.removed',
      'hardware.part.changed',
      'firmware.version',
      'firmware.image',
      'security.authentication',
      'security.updates',
      'security.crypto',
      'security.secure_boot',
      'security.storage',
      'security.logging',
      'security.privacy',
      'security.vulnerability_disclosure',
      'security.input_validation',
      'security.network_services',
      'security.debug_interfaces',
      'security.debug_interface.added',
      'security.debug_interface.removed',
      'security.debug_interface.changed',
      'service.added',
      'service.removed',
      'service.changed',
      'sbom.component.added',
      'sbom.component.removed',
      'sbom.component.changed',
      'sbom.product.changed',
      'sbom.service.added',
      'sbom.service.removed',
      'sbom.service.changed',
      'label.model',
      'label.category',
      'label.producer',
      'label.lab',
      'label.standard',
      'label.stars',
      'lifecycle.support_end',
    ];
    const untranslated = kinds.filter((k) => !/\p{Script=Han}/u.test(kindZh(k)));
    expect(untranslated).toEqual([]);
    expect(kindZh('sbom.component.added')).toBe('SBOM 组件新增');
    expect(kindZh('cloud.api')).toBe('cloud.api');
  });

  it('name every security claim area of product.yaml', () => {
    const areas = Object.keys((securitySchema as { properties: Record<string, unknown> }).properties);
    expect(areas.length).toBeGreaterThan(8);
    expect(areas.filter((a) => !/\p{Script=Han}/u.test(securityAreaZh[a] ?? ''))).toEqual([]);
    expect(areas.filter((a) => !/\p{Script=Han}/u.test(kindZh(`security.${a}`)))).toEqual([]);
  });
});
