import type { Finding } from '../core/finding.js';
import { readSbom } from '../sbom/read.js';
import type { Inventory } from '../sbom/types.js';
import { validateSbom } from '../sbom/validate.js';

/** Read one SBOM file into an inventory; unreadable is an error, schema problems count as configured. */
export function loadSbomFile(
  file: string,
  bytes: Buffer,
  schemaSeverity: 'warning' | 'error',
): { inventory?: Inventory; findings: Finding[] } {
  const text = bytes.toString('utf8');
  const read = readSbom(text, file);
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
  const problems = [...read.warnings, ...validateSbom(text, file, read.sbom)];
  return {
    inventory: read.sbom,
    findings: problems.map((p) => ({
      ruleId: 'sbom.schema',
      severity: schemaSeverity,
      message: p.message,
      hint: p.hint,
      file: p.file,
      line: p.line ?? 1,
      column: p.column ?? 1,
    })),
  };
}
