// CycloneDX XML front end: maps the XML shape (attributes, wrapper elements, nested dependencies)
// onto the same raw fields the JSON front end produces.
import { buildInventory, setIf, type TreeAccess } from './build.js';
import { bool, makeHash, normaliseProperties, sortHashes, sortedUnique } from './normalise.js';
import { all, attr, child, items, ownText, text, type XmlNode } from './xml.js';
import {
  CRYPTO_ALGORITHM_FIELDS,
  type Component,
  type CryptoProperties,
  type Dependency,
  type Property,
  type ReadResult,
  type Service,
  type SpecVersion,
} from './types.js';

// Same field order as the JSON front end, so both produce one object shape.
const componentAccess: TreeAccess<XmlNode, Component> = {
  read(n, path) {
    return {
      type: attr(n, 'type') ?? '',
      name: text(n, 'name') ?? '',
      group: text(n, 'group'),
      version: text(n, 'version'),
      purl: text(n, 'purl'),
      cpe: text(n, 'cpe'),
      hashes: sortHashes(
        items(n, 'hashes', 'hash').flatMap((h) => {
          const alg = attr(h, 'alg');
          const content = ownText(h);
          return alg === undefined || content === undefined ? [] : [makeHash(alg, content)];
        }),
      ),
      supplier: text(child(n, 'supplier'), 'name'),
      manufacturer: text(child(n, 'manufacturer'), 'name'),
      publisher: text(n, 'publisher'),
      properties: readProperties(n),
      bomRef: attr(n, 'bom-ref'),
      cryptoProperties: readCrypto(child(n, 'cryptoProperties')),
      licenses: readLicenses(n),
      path,
    };
  },
  children: (n) => items(n, 'components', 'component'),
};

const serviceAccess: TreeAccess<XmlNode, Service> = {
  read(n, path) {
    const s: Service = {
      name: text(n, 'name') ?? '',
      endpoints: sortedUnique(items(n, 'endpoints', 'endpoint').flatMap((e) => ownText(e) ?? [])),
      path,
    };
    setIf(s, 'group', text(n, 'group'));
    setIf(s, 'version', text(n, 'version'));
    setIf(s, 'provider', text(child(n, 'provider'), 'name'));
    setIf(s, 'authenticated', bool(text(n, 'authenticated')));
    setIf(s, 'trustBoundary', bool(text(n, 'x-trust-boundary')));
    setIf(s, 'bomRef', attr(n, 'bom-ref'));
    return s;
  },
  children: (n) => items(n, 'services', 'service'),
};

function readProperties(n: XmlNode): Property[] {
  const out: Property[] = [];
  for (const p of items(n, 'properties', 'property')) {
    const name = attr(p, 'name');
    if (name !== undefined) out.push({ name, value: ownText(p) ?? '' });
  }
  return normaliseProperties(out);
}

function readLicenses(n: XmlNode): string[] {
  const licenses = child(n, 'licenses');
  const out: string[] = [];
  for (const l of all(licenses?.license)) {
    const s = text(l, 'id') ?? text(l, 'name');
    if (s !== undefined) out.push(s);
  }
  for (const e of all(licenses?.expression)) {
    const s = ownText(e);
    if (s !== undefined) out.push(s);
  }
  return sortedUnique(out);
}

function readCrypto(n: XmlNode | undefined): CryptoProperties | undefined {
  const assetType = text(n, 'assetType');
  if (n === undefined || assetType === undefined) return undefined;
  const c: CryptoProperties = { assetType };
  const oid = text(n, 'oid');
  if (oid !== undefined) c.oid = oid;
  const alg = child(n, 'algorithmProperties');
  if (alg !== undefined) {
    c.algorithm = {
      cryptoFunctions: sortedUnique(
        items(alg, 'cryptoFunctions', 'cryptoFunction').flatMap((f) => ownText(f) ?? []),
      ),
    };
    for (const k of CRYPTO_ALGORITHM_FIELDS) {
      const v = text(alg, k);
      if (v !== undefined) c.algorithm[k] = v;
    }
  }
  const proto = child(n, 'protocolProperties');
  if (proto !== undefined) {
    c.protocol = {
      cipherSuites: sortedUnique(
        items(proto, 'cipherSuites', 'cipherSuite').flatMap((s) => text(s, 'name') ?? []),
      ),
    };
    const type = text(proto, 'type');
    const version = text(proto, 'version');
    if (type !== undefined) c.protocol.type = type;
    if (version !== undefined) c.protocol.version = version;
  }
  return c;
}

// XML nests dependency refs: <dependency ref="a"><dependency ref="b"/></dependency>. Deeper
// nesting is read as further entries; the parser's nesting limit bounds the loop.
function readDependencies(bom: XmlNode): Dependency[] {
  const out: Dependency[] = [];
  const queue = items(bom, 'dependencies', 'dependency');
  for (let i = 0; i < queue.length; i++) {
    const d = queue[i]!;
    const ref = attr(d, 'ref');
    const kids = all(d.dependency);
    if (ref !== undefined) out.push({ ref, dependsOn: kids.flatMap((k) => attr(k, 'ref') ?? []) });
    for (const k of kids) if (k.dependency !== undefined) queue.push(k);
  }
  return out;
}

/** Reads a parsed CycloneDX XML <bom> element. */
export function readXmlDocument(
  bom: XmlNode,
  specVersion: SpecVersion,
  file: string,
  maxDepth: number,
): ReadResult {
  const metadata = child(bom, 'metadata');
  return buildInventory(
    {
      specVersion,
      format: 'xml',
      root: child(metadata, 'component'),
      manufacturer:
        text(child(metadata, 'manufacturer'), 'name') ?? text(child(metadata, 'manufacture'), 'name'),
      supplier: text(child(metadata, 'supplier'), 'name'),
      components: items(bom, 'components', 'component'),
      services: items(bom, 'services', 'service'),
      dependencies: readDependencies(bom),
    },
    componentAccess,
    serviceAccess,
    file,
    maxDepth,
  );
}
