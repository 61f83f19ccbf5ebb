import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, decodeInput, parseJson } from './input.js';
import { readJsonDocument } from './read-json.js';
import type { ReadOptions, ReadResult } from './types.js';

/**
 * {@link readSbom}, loading the XML reader and its parser only when the SBOM is XML: a command that reads
 * a JSON SBOM or two (`diff`) then never loads them. Same checks, same result.
 */
export async function readSbomLazily(
  input: string | Uint8Array,
  fileName: string,
  opts: ReadOptions = {},
): Promise<ReadResult> {
  const decoded = decodeInput(input, fileName, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.ok) return decoded;
  if (decoded.format !== 'json') return (await import('./read.js')).readSbom(decoded.text, fileName, opts);
  const parsed = parseJson(decoded.text, fileName);
  return parsed.ok ? readJsonDocument(parsed.value, fileName, opts.maxDepth ?? DEFAULT_MAX_DEPTH) : parsed;
}
