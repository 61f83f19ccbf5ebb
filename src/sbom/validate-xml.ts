// Best-effort structural validation of CycloneDX XML. Full XSD validation needs a native or wasm
// validator we chose not to ship; these checks cover what the diff and the rules depend on:
// component type present and allowed for the spec version, component name present, hash algorithm
// known and digest well-formed for its algorithm, service name and dependency ref present.
// Anything else the XSD would reject (ordering, unknown elements, facets elsewhere) passes here.
import { HINTS, problem } from './problems.js';
import { componentTypes, hashAlgorithms } from './schemas.js';
import { all, attr, child, items, ownText, position, text, type XmlNode } from './xml.js';
import type { SbomProblem, SpecVersion } from './types.js';

// Hex digest lengths per algorithm; BLAKE3 is variable, so it gets the schema's generic lengths.
const DIGEST_LENGTHS: Record<string, readonly number[]> = {
  MD5: [32],
  'SHA-1': [40],
  'SHA-256': [64],
  'SHA-384': [96],
  'SHA-512': [128],
  'SHA3-256': [64],
  'SHA3-384': [96],
  'SHA3-512': [128],
  'BLAKE2b-256': [64],
  'BLAKE2b-384': [96],
  'BLAKE2b-512': [128],
  BLAKE3: [32, 40, 64, 96, 128],
  'Streebog-256': [64],
  'Streebog-512': [128],
};

/** Structural checks on a parsed XML <bom>; `source` is the XML text, for line numbers. */
export function validateXmlStructure(
  bom: XmlNode,
  version: SpecVersion,
  source: string,
  file: string,
): SbomProblem[] {
  const types = new Set(componentTypes(version));
  const algs = new Set(hashAlgorithms(version));
  const problems: SbomProblem[] = [];
  const report = (n: XmlNode, where: string, message: string) => {
    const { line, column } = position(source, n);
    problems.push(
      problem(
        file,
        `schema (CycloneDX ${version} XML, best-effort): ${where}: ${message}`,
        HINTS.schema,
        line,
        column,
      ),
    );
  };

  const metadataComponent = child(child(bom, 'metadata'), 'component');
  const queue: [XmlNode, string][] = [];
  if (metadataComponent !== undefined) queue.push([metadataComponent, '/bom/metadata/component']);
  items(bom, 'components', 'component').forEach((c, i) =>
    queue.push([c, `/bom/components/component[${i + 1}]`]),
  );
  // A queue, not recursion: nesting is already bounded by the parser, but a loop costs nothing.
  for (let q = 0; q < queue.length; q++) {
    const [c, where] = queue[q]!;
    const type = attr(c, 'type');
    if (type === undefined) report(c, where, "component is missing required attribute 'type'");
    else if (!types.has(type))
      report(
        c,
        where,
        `component type ${JSON.stringify(type)} is not allowed in ${version} (allowed: ${[...types].join(', ')})`,
      );
    if (text(c, 'name') === undefined) report(c, where, "component is missing required element 'name'");
    items(c, 'hashes', 'hash').forEach((h, i) => {
      const at = `${where}/hashes/hash[${i + 1}]`;
      const alg = attr(h, 'alg');
      const content = ownText(h) ?? '';
      if (alg === undefined) {
        report(h, at, "hash is missing required attribute 'alg'");
      } else if (!algs.has(alg)) {
        report(h, at, `hash algorithm ${JSON.stringify(alg)} is not allowed in ${version}`);
      } else {
        const lengths = DIGEST_LENGTHS[alg] ?? [];
        if (!/^[0-9a-fA-F]+$/.test(content) || !lengths.includes(content.length)) {
          report(
            h,
            at,
            `${alg} hash ${JSON.stringify(content.slice(0, 80))} is not ${lengths.join(' or ')} hexadecimal characters`,
          );
        }
      }
    });
    items(c, 'components', 'component').forEach((k, i) =>
      queue.push([k, `${where}/components/component[${i + 1}]`]),
    );
  }

  const services: [XmlNode, string][] = items(bom, 'services', 'service').map((s, i) => [
    s,
    `/bom/services/service[${i + 1}]`,
  ]);
  for (let q = 0; q < services.length; q++) {
    const [s, where] = services[q]!;
    if (text(s, 'name') === undefined) report(s, where, "service is missing required element 'name'");
    items(s, 'services', 'service').forEach((k, i) =>
      services.push([k, `${where}/services/service[${i + 1}]`]),
    );
  }

  items(bom, 'dependencies', 'dependency').forEach((d, i) => {
    const where = `/bom/dependencies/dependency[${i + 1}]`;
    if (attr(d, 'ref') === undefined) report(d, where, "dependency is missing required attribute 'ref'");
    all(d.dependency).forEach((k, j) => {
      if (attr(k, 'ref') === undefined)
        report(k, `${where}/dependency[${j + 1}]`, "dependency is missing required attribute 'ref'");
    });
  });
  return problems;
}
