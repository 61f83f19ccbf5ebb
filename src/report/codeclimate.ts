// GitLab's code-quality report (a subset of the Code Climate issue format): one issue per finding, with
// the same fingerprints as the SARIF log, so a finding keeps its identity in GitLab's merge-request widget
// across runs and line moves. Fields GitLab reads: description, check_name, fingerprint, severity,
// location.path and location.lines.begin; type, categories and content follow the Code Climate spec.
import type { Severity } from '../core/finding.js';
import type { Report } from './model.js';
import { collectResults, comparePlace, withFingerprints, type Pending } from './sarif.js';
import { plainText } from '../markdown/escape.js';

export type CodeClimateSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeClimateIssue {
  type: 'issue';
  check_name: string;
  description: string;
  content?: { body: string };
  categories: ['Security'];
  severity: CodeClimateSeverity;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

// A blocking finding fails the pipeline: GitLab's highest severity. Waived findings stay visible as info.
const severityOf: Record<Severity, CodeClimateSeverity> = { error: 'major', warning: 'minor', info: 'info' };
function severity(p: Pending): CodeClimateSeverity {
  if (p.suppressed) return 'info';
  return p.blocking ? 'blocker' : severityOf[p.severity];
}

/** The report as a GitLab code-quality report: a JSON array, in order of place, no byte order mark. */
export function renderCodeClimate(report: Report): string {
  const issues = withFingerprints(collectResults(report).sort(comparePlace)).map(
    ({ p, fingerprint }): CodeClimateIssue => {
      const hint = p.finding?.hint ? plainText(p.finding.hint, 2000) : '';
      return {
        type: 'issue',
        check_name: p.ruleId,
        description: p.productId ? `${plainText(p.productId, 200)}: ${p.message}` : p.message,
        ...(hint ? { content: { body: hint } } : {}),
        categories: ['Security'],
        severity: severity(p),
        fingerprint,
        location: {
          path: p.file.replace(/\\/g, '/').replace(/^(\.\/)+/, ''),
          lines: { begin: Number.isInteger(p.line) && p.line >= 1 ? p.line : 1 },
        },
      };
    },
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
}
