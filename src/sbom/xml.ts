// XML plumbing: a locked-down fast-xml-parser setup plus small accessors over its output. No DTD
// is ever processed (documents with one are refused), values stay strings ("1.10" is not 1.1).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { rejectDtd, structuralDepthLimit } from './input.js';
import { HINTS, lineColumn, problem } from './problems.js';
import { str } from './normalise.js';
import { SUPPORTED_SPEC_VERSIONS, type SbomProblem, type SpecVersion } from './types.js';

export type XmlNode = Record<string, unknown>;

// Tags that may repeat; always arrays so one and many look alike.
const ARRAY_TAGS = new Set([
  'component',
  'service',
  'hash',
  'property',
  'license',
  'expression',
  'dependency',
  'endpoint',
  'manufacture',
  'cipherSuite',
  'cryptoFunction',
]);

const ATTR = '@_';

function makeParser(maxNestedTags: number, captureMetaData: boolean): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    // Decodes numeric character references too; with DTDs refused no custom entity can exist.
    htmlEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name, _jPath, _leaf, isAttribute) => !isAttribute && ARRAY_TAGS.has(name),
    maxNestedTags,
    captureMetaData,
  });
}

const NS = /^http:\/\/cyclonedx\.org\/schema\/bom\/(\d+\.\d+)$/;
const START_TAG =
  /<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Finds the document element and its CycloneDX namespace version without a full parse. */
function rootElement(text: string): { name: string; namespace: string | undefined } | undefined {
  let i = 0;
  for (;;) {
    i = text.indexOf('<', i);
    if (i === -1) return undefined;
    if (text.startsWith('<?', i)) {
      i = text.indexOf('?>', i);
      if (i === -1) return undefined;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      i = text.indexOf('-->', i);
      if (i === -1) return undefined;
      continue;
    }
    START_TAG.lastIndex = i;
    const m = START_TAG.exec(text);
    if (!m) return undefined;
    const [prefix, local] = m[2] === undefined ? [undefined, m[1]!] : [m[1]!, m[2]];
    const wanted = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
    let namespace: string | undefined;
    for (const a of m[3]!.matchAll(ATTRIBUTE)) if (a[1] === wanted) namespace = a[2] ?? a[3];
    return { name: local, namespace };
  }
}

export type ParsedXml =
  { ok: true; bom: XmlNode; specVersion: SpecVersion } | { ok: false; problems: SbomProblem[] };

/** Checks well-formedness, refuses DTDs, identifies a CycloneDX <bom> and parses it. */
export function parseCycloneDxXml(
  text: string,
  file: string,
  maxDepth: number,
  captureMetaData = false,
): ParsedXml {
  const fail = (message: string, hint: string, line?: number, column?: number): ParsedXml => ({
    ok: false,
    problems: [problem(file, message, hint, line, column)],
  });
  const dtd = rejectDtd(text, file);
  if (dtd.length > 0) return { ok: false, problems: dtd };

  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    return fail(`invalid XML: ${msg}`, HINTS.xml, line, col);
  }

  const root = rootElement(text);
  if (root === undefined) return fail('not a CycloneDX SBOM: no document element found', HINTS.notCycloneDx);
  if (root.name !== 'bom')
    return fail(
      `not a CycloneDX SBOM: the document element is <${root.name}>, not <bom>`,
      HINTS.notCycloneDx,
    );
  const version = root.namespace === undefined ? undefined : NS.exec(root.namespace)?.[1];
  if (version === undefined) {
    return fail(
      `not a CycloneDX SBOM: <bom> is in namespace ${JSON.stringify(root.namespace ?? '')}, not http://cyclonedx.org/schema/bom/1.x`,
      HINTS.notCycloneDx,
    );
  }
  if (!(SUPPORTED_SPEC_VERSIONS as readonly string[]).includes(version)) {
    return fail(
      `unsupported CycloneDX spec version ${version} (XML namespace ${root.namespace})`,
      HINTS.specVersion,
    );
  }

  const limit = structuralDepthLimit(maxDepth);
  let parsed: unknown;
  try {
    parsed = makeParser(limit, captureMetaData).parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/nested tags/i.test(message)) {
      return fail(`XML elements are nested more than ${limit} levels deep`, HINTS.depth);
    }
    return fail(`invalid XML: ${message}`, HINTS.xml);
  }
  const bom = node((parsed as XmlNode).bom);
  if (bom === undefined) return fail('not a CycloneDX SBOM: no <bom> element', HINTS.notCycloneDx);
  return { ok: true, bom, specVersion: version as SpecVersion };
}

/** A parsed element as an object (leaf strings become `{ '#text': s }`). */
export function node(v: unknown): XmlNode | undefined {
  if (Array.isArray(v)) return node(v[0]);
  if (typeof v === 'string') return { '#text': v };
  return typeof v === 'object' && v !== null ? (v as XmlNode) : undefined;
}

/** Child element `name` of `n`. */
export function child(n: XmlNode | undefined, name: string): XmlNode | undefined {
  return n === undefined ? undefined : node(n[name]);
}

/** Repeated `item` children of the `container` child, e.g. items(c, 'hashes', 'hash'). */
export function items(n: XmlNode | undefined, container: string, item: string): XmlNode[] {
  return all(child(n, container)?.[item]);
}

/** Every element of a possibly-repeated child value. */
export function all(v: unknown): XmlNode[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out: XmlNode[] = [];
  for (const x of list) {
    const e = node(x);
    if (e !== undefined) out.push(e);
  }
  return out;
}

/** Trimmed text content of `n` itself. */
export function ownText(n: XmlNode | undefined): string | undefined {
  return n === undefined ? undefined : str(n['#text']);
}

/** Trimmed text of child element `name`. */
export function text(n: XmlNode | undefined, name: string): string | undefined {
  return ownText(child(n, name));
}

export function attr(n: XmlNode | undefined, name: string): string | undefined {
  return n === undefined ? undefined : str(n[ATTR + name]);
}

/** 1-based line/column of an element parsed with captureMetaData. */
export function position(text_: string, n: XmlNode): { line?: number; column?: number } {
  const meta = (n as Record<symbol, unknown>)[XMLParser.getMetaDataSymbol() as symbol] as
    { startIndex?: number } | undefined;
  return meta?.startIndex === undefined ? {} : lineColumn(text_, meta.startIndex);
}
