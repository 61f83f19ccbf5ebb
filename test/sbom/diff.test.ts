import { describe, expect, it } from 'vitest';
import { diffSboms, isEmptyDiff } from '../../src/sbom/diff.js';
import { bom, corpus, fixture, inventoryOf } from './helpers.js';

describe('diffSboms on corpus pairs', () => {
  it('finds exactly 7 version changes and nothing added or removed between proton-bridge v1.6.3 and v1.8.0', () => {
    const d = diffSboms(
      corpus('bomex_proton-bridge-v1.6.3.cdx12.json'),
      corpus('bomex_proton-bridge-v1.8.0.cdx12.json'),
    );
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toHaveLength(7);
    expect(d.changed.every((c) => c.aspects.includes('version-up') && c.matchedBy === 'purl')).toBe(true);
    expect(d.changed.map((c) => `${c.after.name} ${c.before.version} → ${c.after.version}`)).toEqual(
      expect.arrayContaining([
        'github.com/miekg/dns v1.1.30 → v1.1.41',
        'github.com/go-resty/resty/v2 v2.3.0 → v2.6.0',
      ]),
    );
    expect(d.root).toMatchObject({
      status: 'changed',
      change: { aspects: ['version-up'], matchedBy: 'root' },
    });
  });

  it('finds dhcpcd, dhcpcd-base and vim added and htop removed in the debsbom delta (source and binary entries)', () => {
    const d = diffSboms(corpus('debsbom_delta-base.cdx16.json'), corpus('debsbom_delta-target.cdx16.json'));
    // Each Debian package is listed as a source (?arch=source) and a binary (?arch=amd64) entry; the
    // dhcpcd source package only builds dhcpcd-base here, so 4 entries are added and 2 removed.
    expect(d.added.map((c) => c.purl)).toEqual([
      'pkg:deb/debian/dhcpcd@1:10.1.0-11%2Bdeb13u2?arch=source',
      'pkg:deb/debian/dhcpcd-base@1:10.1.0-11%2Bdeb13u2?arch=amd64',
      'pkg:deb/debian/vim@2:9.1.1230-2?arch=amd64',
      'pkg:deb/debian/vim@2:9.1.1230-2?arch=source',
    ]);
    expect(new Set(d.added.map((c) => c.name))).toEqual(new Set(['dhcpcd', 'dhcpcd-base', 'vim']));
    expect(d.removed.map((c) => c.purl)).toEqual([
      'pkg:deb/debian/htop@3.4.1-5?arch=amd64',
      'pkg:deb/debian/htop@3.4.1-5?arch=source',
    ]);
    expect(new Set(d.removed.map((c) => c.name))).toEqual(new Set(['htop']));
    expect(d.changed).toEqual([]);
    expect(d.root.status).toBe('unchanged');
  });

  const laravel = [
    'bomex_laravel-7.12.0.cdx12.json',
    'bomex_laravel-7.12.0.cdx13.xml',
    'bomex_laravel-7.12.0.cdx14.json',
  ];
  it.each([
    [laravel[0]!, laravel[1]!],
    [laravel[1]!, laravel[2]!],
    [laravel[0]!, laravel[2]!],
    [laravel[2]!, laravel[0]!],
  ])('reports no change between %s and %s', (a, b) => {
    const d = diffSboms(corpus(a), corpus(b));
    expect(d).toMatchObject({ added: [], removed: [], changed: [], root: { status: 'unchanged' } });
    expect(isEmptyDiff(d)).toBe(true);
  });

  it('reports no change between juice-shop flat JSON and nested XML, pairing duplicate packages by their own content', () => {
    expect(
      isEmptyDiff(
        diffSboms(
          corpus('bomex_juice-shop-npm-flat.cdx14.json'),
          corpus('bomex_juice-shop-npm-bare.cdx13.xml'),
        ),
      ),
    ).toBe(true);
  });

  it('reports no change between JSON and XML of the same content', () => {
    const d = diffSboms(fixture('same-content.cdx16.json'), fixture('same-content.cdx16.xml'));
    expect(d).toEqual({
      root: expect.objectContaining({ status: 'unchanged' }) as unknown,
      added: [],
      removed: [],
      changed: [],
      services: { added: [], removed: [], changed: [] },
    });
  });

  it('adopts an old BOM whose product is a top-level component as the root', () => {
    const d = diffSboms(fixture('root-as-component.cdx12.xml'), fixture('root-in-metadata.cdx14.json'));
    expect(isEmptyDiff(d)).toBe(true);
    expect(d.root).toMatchObject({ status: 'unchanged', before: { name: 'gateway' } });
  });
});

describe('diffSboms aspects', () => {
  const one = (c: Record<string, unknown>, spec = '1.6') =>
    inventoryOf(bom([{ type: 'library', name: 'x', ...c }], {}, spec));

  it('labels upgrades and downgrades per ecosystem', () => {
    const deb = (v: string) => one({ version: v, purl: `pkg:deb/debian/x@${v}?arch=amd64` });
    expect(diffSboms(deb('1.0-1'), deb('1:0.9-1')).changed[0]?.aspects).toEqual(['version-up']);
    expect(diffSboms(deb('1.0'), deb('1.0~rc1')).changed[0]?.aspects).toEqual(['version-down']);
    const npm = (v: string) => one({ version: v, purl: `pkg:npm/x@${v}` });
    expect(diffSboms(npm('1.0.0'), npm('1.0.0-beta')).changed[0]?.aspects).toEqual(['version-down']);
    expect(diffSboms(one({ version: 'dev-main' }), one({ version: '2.0' })).changed[0]?.aspects).toEqual([
      'version-changed',
    ]);
    expect(diffSboms(one({}), one({ version: '1.0' })).changed[0]?.aspects).toEqual(['version-changed']);
  });

  it('reports a rebuild: same version, different hash', () => {
    const fw = (h: string) =>
      one({ type: 'firmware', version: '2.0', hashes: [{ alg: 'SHA-256', content: h.repeat(64) }] });
    const d = diffSboms(fw('a'), fw('b'));
    expect(d.changed[0]).toMatchObject({
      aspects: ['hash-changed'],
      hashes: { changed: ['SHA-256'], added: [], removed: [] },
    });
  });

  it('does not treat an added hash algorithm or a missing hash list as a content change', () => {
    const sha = { alg: 'SHA-256', content: 'a'.repeat(64) };
    const md5 = { alg: 'MD5', content: 'b'.repeat(32) };
    expect(diffSboms(one({ hashes: [sha] }), one({ hashes: [sha, md5] })).changed).toEqual([]);
    expect(diffSboms(one({ hashes: [sha] }), one({})).changed).toEqual([]);
    expect(diffSboms(one({ hashes: [md5] }), one({ hashes: [sha] })).changed[0]?.hashes).toEqual({
      changed: [],
      added: ['SHA-256'],
      removed: ['MD5'],
    });
  });

  it('reports supplier, manufacturer and publisher changes with before and after', () => {
    const d = diffSboms(
      one({ supplier: { name: 'A' }, manufacturer: { name: 'M' } }),
      one({ supplier: { name: 'B' }, publisher: 'P' }),
    );
    expect(d.changed[0]).toMatchObject({
      aspects: ['supplier-changed'],
      supplier: [
        { field: 'supplier', before: 'A', after: 'B' },
        { field: 'manufacturer', before: 'M' },
        { field: 'publisher', after: 'P' },
      ],
    });
  });

  it('reports property names added, removed and changed', () => {
    const props = (p: [string, string][]) =>
      one({ type: 'device', properties: p.map(([name, value]) => ({ name, value })) });
    const d = diffSboms(
      props([
        ['cdx:device:sku', 'A'],
        ['cdx:device:lot', '1'],
      ]),
      props([
        ['cdx:device:sku', 'B'],
        ['cdx:device:mac', 'x'],
      ]),
    );
    expect(d.changed[0]).toMatchObject({
      aspects: ['properties-changed'],
      properties: { added: ['cdx:device:mac'], removed: ['cdx:device:lot'], changed: ['cdx:device:sku'] },
    });
  });

  it('does not compare properties when one side is spec 1.2, which cannot carry them', () => {
    const withProps = one({ properties: [{ name: 'a', value: '1' }] }, '1.4');
    const noProps = inventoryOf(bom([{ type: 'library', name: 'x' }], {}, '1.2'));
    expect(isEmptyDiff(diffSboms(noProps, withProps))).toBe(true);
    expect(diffSboms(one({}, '1.4'), withProps).changed[0]?.aspects).toEqual(['properties-changed']);
  });

  it('reports a type change only for leftovers paired by name', () => {
    const d = diffSboms(one({ type: 'device', version: '1' }), one({ type: 'firmware', version: '1' }));
    expect(d.changed[0]).toMatchObject({ aspects: ['type-changed'], matchedBy: 'version-aligned' });
  });

  it('never pairs a device with a firmware of the same name when both exist on both sides', () => {
    const two = (v: string) =>
      inventoryOf(
        bom([
          { type: 'device', name: 'board', version: `hw-${v}` },
          { type: 'firmware', name: 'board', version: `fw-${v}` },
        ]),
      );
    const d = diffSboms(two('1'), two('2'));
    expect(d.changed.map((c) => [c.before.type, c.after.type, c.matchedBy]).sort()).toEqual([
      ['device', 'device', 'name'],
      ['firmware', 'firmware', 'name'],
    ]);
  });

  it('never matches by bom-ref', () => {
    const a = inventoryOf(bom([{ type: 'library', name: 'a', 'bom-ref': 'same' }]));
    const b = inventoryOf(bom([{ type: 'library', name: 'b', 'bom-ref': 'same' }]));
    const d = diffSboms(a, b);
    expect([d.added.map((c) => c.name), d.removed.map((c) => c.name)]).toEqual([['b'], ['a']]);
  });

  it('matches by CPE vendor:product when purls differ', () => {
    const a = inventoryOf(
      bom([
        {
          type: 'library',
          name: 'libssl',
          version: '1.1.1',
          cpe: 'cpe:2.3:a:openssl:openssl:1.1.1:*:*:*:*:*:*:*',
        },
      ]),
    );
    const b = inventoryOf(
      bom([
        {
          type: 'library',
          name: 'openssl',
          version: '3.0.0',
          cpe: 'cpe:2.3:a:openssl:openssl:3.0.0:*:*:*:*:*:*:*',
        },
      ]),
    );
    expect(diffSboms(a, b).changed[0]).toMatchObject({ matchedBy: 'cpe', aspects: ['version-up'] });
  });

  it('pairs a canonical purl with a qualifier and another spelling of the same package by purl', () => {
    // deb names are case-insensitive: `Bash` is the package `bash`, spelled so the fast scan cannot read
    // it and the full parser gives its key. Both keys carry the arch qualifier.
    const pair = (before: string, after: string) =>
      diffSboms(
        inventoryOf(bom([{ type: 'library', name: 'bash', version: '5.1', purl: before }])),
        inventoryOf(bom([{ type: 'library', name: 'bash-renamed', version: '5.2', purl: after }])),
      ).changed.map((c) => c.matchedBy);
    expect(pair('pkg:deb/debian/bash@5.1?arch=amd64', 'pkg:deb/debian/Bash@5.2?arch=amd64')).toEqual([
      'purl',
    ]);
    expect(pair('pkg:deb/debian/Bash@5.1?arch=amd64', 'pkg:deb/debian/bash@5.2?arch=amd64')).toEqual([
      'purl',
    ]);
    expect(pair('pkg:deb/debian/bash@5.1', 'pkg:deb/debian/Bash@5.2')).toEqual(['purl']);
    // A different artefact of the package is still not the same component.
    expect(pair('pkg:deb/debian/bash@5.1?arch=amd64', 'pkg:deb/debian/Bash@5.2?arch=arm64')).toEqual([]);
  });

  it('pairs several versions of one package by version alignment', () => {
    const inv = (versions: string[]) =>
      inventoryOf(
        bom(
          versions.map((v) => ({ type: 'library', name: 'lodash', version: v, purl: `pkg:npm/lodash@${v}` })),
        ),
      );
    const d = diffSboms(inv(['3.10.1', '4.17.20']), inv(['4.17.21', '3.10.1']));
    expect(d.changed.map((c) => `${c.before.version}→${c.after.version}`)).toEqual(['4.17.20→4.17.21']);
    expect(d.added).toEqual([]);
  });

  it('keeps packages of different ecosystems apart even when names match', () => {
    const a = inventoryOf(
      bom([{ type: 'library', name: 'requests', version: '1', purl: 'pkg:npm/requests@1' }]),
    );
    const b = inventoryOf(
      bom([{ type: 'library', name: 'requests', version: '2', purl: 'pkg:pypi/requests@2' }]),
    );
    const d = diffSboms(a, b);
    expect([d.added.length, d.removed.length, d.changed.length]).toEqual([1, 1, 0]);
  });
});

describe('diffSboms services', () => {
  const svc = (s: Record<string, unknown>[]) => inventoryOf(bom([], { services: s }));

  it('reports added, removed and changed services with endpoint detail', () => {
    const d = diffSboms(
      svc([{ name: 'api', endpoints: ['https://a'], authenticated: true }, { name: 'old' }]),
      svc([
        { name: 'api', endpoints: ['https://a', 'http://b'], authenticated: false, 'x-trust-boundary': true },
        { name: 'new' },
      ]),
    );
    expect(d.services.added.map((s) => s.name)).toEqual(['new']);
    expect(d.services.removed.map((s) => s.name)).toEqual(['old']);
    expect(d.services.changed[0]).toMatchObject({
      aspects: ['authentication-changed', 'trust-boundary-changed', 'endpoints-changed'],
      endpoints: { added: ['http://b'], removed: [] },
    });
  });

  it('reports the acme weather station service as added against an empty device BOM', () => {
    const before = inventoryOf(
      bom(
        [],
        { metadata: { component: { type: 'device', name: 'acme-weather-station', version: 'v1.0.0' } } },
        '1.3',
      ),
    );
    const d = diffSboms(before, corpus('acme-weather-station_device.cdx13.json'));
    expect(d.services.added).toMatchObject([
      { name: 'Weather Service', authenticated: true, trustBoundary: true },
    ]);
    expect(d.root.status).toBe('unchanged');
  });
});
