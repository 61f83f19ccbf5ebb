// fast-check generators for CycloneDX JSON documents. Names come from a small pool so that two
// generated documents overlap (same packages, other versions, duplicates), which is where matching
// gets interesting; spellings vary (hash algorithm names, hex case, whitespace) to exercise
// normalisation.
import fc from 'fast-check';

type Json = Record<string, unknown>;

const NAMES = ['openssl', 'busybox', 'dropbear', 'zlib', 'main-board', 'fw', 'libc', 'X'] as const;
// One ecosystem per name: a name shared across ecosystems is the one case where pairing is
// allowed to depend on which side is "before" (see match.ts, zip()).
const ECOSYSTEM: Record<(typeof NAMES)[number], string> = {
  openssl: 'deb',
  busybox: 'generic',
  dropbear: 'deb',
  zlib: 'npm',
  'main-board': 'generic',
  fw: 'generic',
  libc: 'golang',
  X: 'npm',
};
const VERSIONS = [
  '1.0.0',
  '1.0.1',
  '2.0',
  'v0.0.0-20210101000000-abcdefabcdef',
  '1:2.3-4',
  '1.0~rc1',
  '1.10',
];
const DIGESTS = ['a'.repeat(64), 'B'.repeat(64), '0123456789abcdef'.repeat(4).toUpperCase()];

const hash = fc.oneof(
  fc.record({ alg: fc.constantFrom('SHA-256', 'sha256', 'SHA256'), content: fc.constantFrom(...DIGESTS) }),
  fc.record({ alg: fc.constantFrom('MD5', 'md5'), content: fc.constantFrom('c'.repeat(32), 'D'.repeat(32)) }),
);

const property = fc.record({
  name: fc.constantFrom('a', 'b', 'cdx:device:sku'),
  value: fc.constantFrom('1', '2', ' 3 ', ''),
});

const license = fc.constantFrom<Json>(
  { license: { id: 'MIT' } },
  { license: { id: 'Apache-2.0' } },
  { license: { name: 'Acme EULA' } },
  { expression: 'MIT OR Apache-2.0' },
);

const leaf = fc
  .record(
    {
      type: fc.constantFrom(
        'library',
        'firmware',
        'device',
        'application',
        'operating-system',
        'cryptographic-asset',
      ),
      name: fc.constantFrom(...NAMES),
      group: fc.constantFrom('acme', 'debian'),
      version: fc.constantFrom(...VERSIONS),
      purl: fc.boolean(),
      arch: fc.constantFrom('amd64', 'source'),
      hashes: fc.array(hash, { maxLength: 2 }),
      properties: fc.array(property, { maxLength: 3 }),
      licenses: fc.array(license, { maxLength: 2 }),
      supplier: fc.constantFrom('Acme', 'Other'),
      manufacturer: fc.constantFrom('Acme', 'Other'),
      cpe: fc.boolean(),
    },
    { requiredKeys: ['type', 'name'] },
  )
  .map((r) => {
    const c: Json = { type: r.type, name: r.name };
    if (r.group !== undefined) c.group = r.group;
    if (r.version !== undefined) c.version = r.version;
    if (r.purl === true) {
      const eco = ECOSYSTEM[r.name];
      const ns = eco === 'deb' ? 'debian/' : eco === 'golang' ? 'example.com/' : '';
      const version = r.version === undefined ? '' : `@${encodeURIComponent(r.version)}`;
      c.purl = `pkg:${eco}/${ns}${r.name}${version}${r.arch === undefined ? '' : `?arch=${r.arch}`}`;
    }
    if (r.cpe === true) c.cpe = `cpe:2.3:a:acme:${r.name}:${r.version ?? '*'}:*:*:*:*:*:*:*`;
    if (r.hashes !== undefined && r.hashes.length > 0) c.hashes = r.hashes;
    if (r.properties !== undefined && r.properties.length > 0) c.properties = r.properties;
    if (r.licenses !== undefined && r.licenses.length > 0) c.licenses = r.licenses;
    if (r.supplier !== undefined) c.supplier = { name: r.supplier };
    if (r.manufacturer !== undefined) c.manufacturer = { name: r.manufacturer };
    return c;
  });

const component: fc.Arbitrary<Json> = fc.letrec<{ node: Json }>((tie) => ({
  node: fc
    .tuple(
      leaf,
      fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant([]),
        fc.array(tie('node'), { maxLength: 2 }),
      ),
    )
    .map(([c, children]) => (children.length > 0 ? { ...c, components: children } : c)),
})).node;

const service: fc.Arbitrary<Json> = fc
  .record(
    {
      name: fc.constantFrom('api', 'ota', 'telemetry'),
      group: fc.constantFrom('com.acme'),
      version: fc.constantFrom('v1', 'v2'),
      endpoints: fc.subarray(['https://a.example', 'mqtts://b.example:8883', 'http://c.example']),
      authenticated: fc.boolean(),
      'x-trust-boundary': fc.boolean(),
    },
    { requiredKeys: ['name'] },
  )
  .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => !(Array.isArray(v) && v.length === 0))));

/** A CycloneDX JSON document (as an object) with nested components, services and a root. */
export const cdxDocument: fc.Arbitrary<Json> = fc
  .record(
    {
      specVersion: fc.constantFrom('1.4', '1.5', '1.6'),
      root: leaf,
      supplier: fc.constantFrom('Acme Distribution'),
      components: fc.array(component, { maxLength: 8 }),
      services: fc.array(service, { maxLength: 3 }),
    },
    { requiredKeys: ['specVersion', 'components', 'services'] },
  )
  .map((d) => {
    const metadata: Json = {};
    if (d.root !== undefined) metadata.component = d.root;
    if (d.supplier !== undefined) metadata.supplier = { name: d.supplier };
    return {
      bomFormat: 'CycloneDX',
      specVersion: d.specVersion,
      version: 1,
      metadata,
      components: d.components,
      services: d.services,
    };
  });

/** The same document with every component and service list permuted (seeded). */
export function shuffleDocument(doc: Json, seed: number): Json {
  let s = seed >>> 0 || 1;
  const rand = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const shuffle = (list: unknown): unknown => {
    if (!Array.isArray(list)) return list;
    const out = (list as unknown[]).map((x) => {
      if (typeof x !== 'object' || x === null) return x;
      const o = { ...(x as Json) };
      if (o.components !== undefined) o.components = shuffle(o.components);
      if (o.services !== undefined) o.services = shuffle(o.services);
      return o;
    });
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { ...doc, components: shuffle(doc.components), services: shuffle(doc.services) };
}
