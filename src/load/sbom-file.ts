import type { Finding } from '../core/finding.js';
import { type Inventory, parseSbom, readParsed, validateParsed } from '../sbom/index.js';

/**
 * Read one SBOM file into an inventory; unreadable is an error, schema problems count as configured
 * (`skip`: not validated — the registered SBOM, which labelguard generated and whose digest is checked).
 */
export function loadSbomFile(
  file: string,
  bytes: Buffer,
  schemaSeverity: 'warning' | 'error' | 'skip',
): { inventory?: Inventory; findings: Finding[] } {
  // The bytes go to the parser as they are, so an oversized file is refused before anything decodes it
  // into a string; the reader and the validator then share the one parse.
  const parsed = parseSbom(bytes, file, { positions: schemaSeverity !== 'skip' });
  const read = parsed.ok ? readParsed(parsed, file) : parsed;
  if (!read.ok) {
    return {
      findings: read.problems.map((p) => ({
        ruleId: 'sbom.unreadable',
        severity: 'error',
        message: p.message,
        hint: p.hint,
        file: p.file,
        line: p.line ?? 1,
        column: p.column ?? 1,
      })),
    };
  }
  const problems = [
    ...read.warnings,
    ...(schemaSeverity === 'skip' || !parsed.ok ? [] : validateParsed(parsed, file, read.sbom)),
  ];
  return {
    inventory: read.sbom,
    findings: problems.map((p) => ({
      ruleId: 'sbom.schema',
      severity: schemaSeverity === 'skip' ? 'warning' : schemaSeverity,
      message: p.message,
      hint: p.hint,
      file: p.file,
      line: p.line ?? 1,
      column: p.column ?? 1,
    })),
  };
}
