import type { SbomProblem } from './types.js';

// Hints are phrased for the person who owns the SBOM file, not for us.
export const HINTS = {
  size: 'Check that the path points at the SBOM and not at an image or archive; raise the size limit only for trusted input.',
  json: 'The file is not valid JSON. Regenerate it with the SBOM tool, or fix the syntax at the position shown.',
  xml: 'The file is not well-formed XML. Regenerate it with the SBOM tool, or fix the markup at the position shown.',
  encoding:
    'Save the SBOM as UTF-8 (regenerate it, or convert it with iconv); labelguard reads no other encoding.',
  dtd: 'CycloneDX never needs a DTD: remove the <!DOCTYPE>/<!ENTITY> declarations (they are refused to prevent entity-expansion attacks).',
  notCycloneDx:
    'labelguard reads CycloneDX 1.2–1.7 in JSON (bomFormat "CycloneDX") or XML (<bom xmlns="http://cyclonedx.org/schema/bom/1.x">).',
  specVersion: 'Regenerate the SBOM as CycloneDX 1.2–1.7 (1.6 is recommended).',
  depth:
    'Flatten the component tree, or check the SBOM generator: real SBOMs rarely nest more than a few levels.',
  schema:
    'Fix the SBOM generator output, or set `sbom_schema: warning` to accept third-party SBOMs that are not schema-valid.',
  content:
    'The SBOM is readable but this entry is incomplete; fix it in the SBOM generator so diffs stay accurate.',
  duplicateRef:
    'bom-ref values must be unique within a document; dependencies that use this ref are ambiguous.',
} as const;

/** Builds an SbomProblem, omitting absent positions so results compare cleanly in tests. */
export function problem(
  file: string,
  message: string,
  hint: string,
  line?: number,
  column?: number,
): SbomProblem {
  const p: SbomProblem = { file, message, hint };
  if (line !== undefined) p.line = line;
  if (column !== undefined) p.column = column;
  return p;
}

/** Line (1-based) and column (1-based) of a UTF-16 offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
