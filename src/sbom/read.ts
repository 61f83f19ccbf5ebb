import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, decodeInput, parseJson } from './input.js';
import { readJsonDocument } from './read-json.js';
import { readXmlDocument } from './read-xml.js';
import { parseCycloneDxXml } from './xml.js';
import type { ReadOptions, ReadResult } from './types.js';

/** Reads a CycloneDX 1.2–1.7 SBOM (JSON or XML) into a normalised Inventory; never throws on bad input. */
export function readSbom(input: string | Uint8Array, fileName: string, opts: ReadOptions = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const decoded = decodeInput(input, fileName, maxBytes);
  if (!decoded.ok) return decoded;
  if (decoded.format === 'json') {
    const parsed = parseJson(decoded.text, fileName);
    if (!parsed.ok) return parsed;
    return readJsonDocument(parsed.value, fileName, maxDepth);
  }
  const xml = parseCycloneDxXml(decoded.text, fileName, maxDepth);
  if (!xml.ok) return xml;
  return readXmlDocument(xml.bom, xml.specVersion, fileName, maxDepth);
}
