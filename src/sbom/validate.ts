// Schema validation, kept apart from reading: callers decide whether a schema problem is a warning
// or an error (config `sbom_schema`). JSON is checked against the official schema; XML gets the
// best-effort structural checks in validate-xml.ts (no native or wasm XSD validator).
import { sbomSchemaMessage } from '../schemas/index.js';
import { DEFAULT_MAX_DEPTH, jsonDepthExceeds, structuralDepthLimit } from './input.js';
import { HINTS, lineColumn, problem } from './problems.js';
import { locateJsonPointers } from './json-locate.js';
import { jsonSpecVersion } from './read-json.js';
import { parseSbom, type ParsedSbom } from './read.js';
import { jsonSchemaValidator } from './schemas.js';
import { validateXmlStructure } from './validate-xml.js';
import { parseCycloneDxXml } from './xml.js';
import type { Inventory, ReadOptions, SbomProblem } from './types.js';

export interface ValidateOptions extends ReadOptions {
  /** Stop reporting after this many problems (one more line says how many were left out). Default 100. */
  maxProblems?: number;
}

/**
 * Validates a CycloneDX document against its declared spec version; [] means valid. `sbom` (the
 * result of readSbom on the same input) is optional and only saves re-detecting the version.
 */
export function validateSbom(
  input: string | Uint8Array,
  fileName: string,
  sbom?: Inventory,
  opts: ValidateOptions = {},
): SbomProblem[] {
  const parsed = parseSbom(input, fileName, { ...opts, positions: true });
  return parsed.ok ? validateParsed(parsed, fileName, sbom, opts) : parsed.problems;
}

/**
 * Validates an SBOM parsed by parseSbom (the same parse readParsed read: a file is decoded and parsed
 * once). An XML document parsed without positions is parsed again with them, for line numbers.
 */
export function validateParsed(
  parsed: Extract<ParsedSbom, { ok: true }>,
  fileName: string,
  sbom?: Inventory,
  opts: ValidateOptions = {},
): SbomProblem[] {
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxProblems = opts.maxProblems ?? 100;
  if (parsed.format === 'xml') {
    const xml = parsed.positions ? parsed : parseCycloneDxXml(parsed.text, fileName, maxDepth, true);
    if (!xml.ok) return xml.problems;
    return cap(
      validateXmlStructure(xml.bom, sbom?.specVersion ?? xml.specVersion, parsed.text, fileName),
      maxProblems,
      fileName,
    );
  }
  const doc = parsed.doc;
  const version = sbom?.specVersion ?? jsonSpecVersion(doc);
  if (version === undefined) {
    const declared = (doc as { specVersion?: unknown } | null)?.specVersion;
    return [
      problem(
        fileName,
        `cannot validate: specVersion ${JSON.stringify(declared ?? null)} is not a CycloneDX version labelguard supports (1.2–1.7)`,
        HINTS.specVersion,
      ),
    ];
  }
  // ajv's generated code recurses with the document, so bound the depth it can see.
  if (jsonDepthExceeds(doc, structuralDepthLimit(maxDepth))) {
    return [
      problem(
        fileName,
        `cannot validate: JSON nested more than ${structuralDepthLimit(maxDepth)} levels deep`,
        HINTS.depth,
      ),
    ];
  }
  const validate = jsonSchemaValidator(version);
  if (validate(doc)) return [];
  const errors = validate.errors ?? [];
  const offsets = locateJsonPointers(
    parsed.text,
    new Set(errors.slice(0, maxProblems * 4).map((e) => e.instancePath)),
  );
  const seen = new Set<string>();
  const problems: SbomProblem[] = [];
  for (const e of errors) {
    const message = `schema (CycloneDX ${version}): ${sbomSchemaMessage(e, doc)}`;
    if (seen.has(message)) continue;
    seen.add(message);
    const offset = offsets.get(e.instancePath);
    const at = offset === undefined ? undefined : lineColumn(parsed.text, offset);
    problems.push(problem(fileName, message, HINTS.schema, at?.line, at?.column));
  }
  return cap(problems, maxProblems, fileName);
}

function cap(problems: SbomProblem[], max: number, file: string): SbomProblem[] {
  if (problems.length <= max) return problems;
  const kept = problems.slice(0, max);
  kept.push(problem(file, `… and ${problems.length - max} more schema problems`, HINTS.schema));
  return kept;
}
