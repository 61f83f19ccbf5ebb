import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, decodeInput, parseJson } from './input.js';
import { readJsonDocument } from './read-json.js';
import { readXmlDocument } from './read-xml.js';
import { parseCycloneDxXml, type XmlNode } from './xml.js';
import type { ReadOptions, ReadResult, SbomProblem, SpecVersion } from './types.js';

/** An SBOM decoded and parsed once, for readParsed and validateParsed alike. */
export type ParsedSbom =
  | { ok: true; format: 'json'; text: string; doc: unknown }
  | { ok: true; format: 'xml'; text: string; bom: XmlNode; specVersion: SpecVersion; positions: boolean }
  | { ok: false; problems: SbomProblem[] };

/**
 * Decodes and parses an SBOM (size, encoding, depth and DTD limits applied); never throws on bad input.
 * `positions` keeps each XML element's offset, which schema problems need for their line numbers.
 */
export function parseSbom(
  input: string | Uint8Array,
  fileName: string,
  opts: ReadOptions & { positions?: boolean } = {},
): ParsedSbom {
  const decoded = decodeInput(input, fileName, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.ok) return decoded;
  if (decoded.format === 'json') {
    const parsed = parseJson(decoded.text, fileName);
    if (!parsed.ok) return parsed;
    return { ok: true, format: 'json', text: decoded.text, doc: parsed.value };
  }
  const positions = opts.positions === true;
  const xml = parseCycloneDxXml(decoded.text, fileName, opts.maxDepth ?? DEFAULT_MAX_DEPTH, positions);
  if (!xml.ok) return xml;
  return {
    ok: true,
    format: 'xml',
    text: decoded.text,
    bom: xml.bom,
    specVersion: xml.specVersion,
    positions,
  };
}

/** Reads a parsed SBOM into a normalised Inventory. */
export function readParsed(
  parsed: Extract<ParsedSbom, { ok: true }>,
  fileName: string,
  opts: ReadOptions = {},
): ReadResult {
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  return parsed.format === 'json'
    ? readJsonDocument(parsed.doc, fileName, maxDepth)
    : readXmlDocument(parsed.bom, parsed.specVersion, fileName, maxDepth);
}

/** Reads a CycloneDX 1.2–1.7 SBOM (JSON or XML) into a normalised Inventory; never throws on bad input. */
export function readSbom(input: string | Uint8Array, fileName: string, opts: ReadOptions = {}): ReadResult {
  const parsed = parseSbom(input, fileName, opts);
  return parsed.ok ? readParsed(parsed, fileName, opts) : parsed;
}
