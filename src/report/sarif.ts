import { createHash } from 'node:crypto';
import type { DetectedChange } from '../core/change.js';
import { sourceLabel, type Severity, type Source } from '../core/finding.js';
import { escapeMarkdown, markdownLink, plainText, wellFormed } from '../markdown/escape.js';
import type { Report, ReportFinding } from './model.js';
import { byCodeUnits } from './ordering.js';

// SARIF 2.1.0 for GitHub code scanning (uploaded with github/codeql-action/upload-sarif). Only the
// subset of the format GitHub reads is written; see the structural test for exactly what is emitted.

/** A rule as the SARIF log describes it: from a rule pack, or labelguard's own. */
export interface SarifRuleInput {
  id: string;
  title: string;
  /** Longer explanation, plain text. */
  help?: string;
  sources?: Source[];
  severity: Severity;
}

export interface SarifOptions {
  /** Where users learn about the tool; shown by code scanning next to each alert. */
  informationUri?: string;
  /** GitHub keeps at most 25,000 results per run; more are cut, errors last. */
  maxResults?: number;
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: {
    tags: string[];
    precision: 'very-high';
    'problem.severity': 'error' | 'warning' | 'recommendation';
  };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
      region?: { startLine: number; startColumn?: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[];
  properties: Record<string, string | boolean>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: {
        driver: {
          name: string;
          version: string;
          semanticVersion: string;
          informationUri: string;
          rules: SarifRule[];
        };
      };
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
      properties?: { truncated: true; omittedResults: number; note: string };
    },
  ];
}

/** The rule every unrecorded material change is reported under. */
export const UNRECORDED_CHANGE_RULE: SarifRuleInput = {
  id: 'change.unrecorded',
  title: 'Material change not recorded in the filing record',
  help:
    'The product differs from its registered baseline in a way classified as material, and no change-log ' +
    'entry in the filing record accounts for it. An unrecorded technical modification can get the label ' +
    'cancelled. Merge the refiling pull request, or add a change-log entry with the change fingerprint.',
  severity: 'error',
};

/** GitHub code scanning's cap on results per run. */
export const MAX_SARIF_RESULTS = 25_000;
const MAX_TAGS = 20;
const FINGERPRINT_KEY = 'labelguard/v1';
const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const DEFAULT_INFORMATION_URI = 'https://labelguard.dev';

const levelOf: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
const problemSeverity = { error: 'error', warning: 'warning', info: 'recommendation' } as const;
const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The report as a SARIF 2.1.0 log with one run: rules from the rule packs, one result per finding and per unrecorded change. */
export function renderSarif(
  report: Report,
  rules: readonly SarifRuleInput[],
  opts: SarifOptions = {},
): SarifLog {
  const pending = collectResults(report);
  const descriptors = ruleDescriptors(rules, pending);
  const index = new Map(descriptors.map((r, i) => [r.id, i]));

  const maxResults = Math.max(0, Math.floor(opts.maxResults ?? MAX_SARIF_RESULTS));
  // Fingerprints are counted over every result, so cutting never renumbers the ones kept; the most
  // urgent results are kept, and what is kept is written in order of place.
  const all = withFingerprints([...pending].sort(comparePlace));
  const kept = [...all]
    .sort((a, b) => comparePriority(a.p, b.p))
    .slice(0, maxResults)
    .sort((a, b) => comparePlace(a.p, b.p));
  const results = kept.map(({ p, fingerprint }) => toResult(p, index.get(p.ruleId)!, fingerprint));
  const omitted = pending.length - kept.length;

  const run: SarifLog['runs'][0] = {
    tool: {
      driver: {
        name: 'labelguard',
        version: report.generator.version,
        semanticVersion: report.generator.version,
        informationUri: opts.informationUri ?? DEFAULT_INFORMATION_URI,
        rules: descriptors,
      },
    },
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (omitted > 0) {
    run.properties = {
      truncated: true,
      omittedResults: omitted,
      note: `${omitted} of ${pending.length} results were left out to stay within ${maxResults} results per run; warnings and notes were cut before errors. The JSON report has every finding.`,
    };
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** One result before it is written: a finding or an unrecorded change, with what identifies it. */
/** One result to write: a finding, with what identifies it apart from its place. */
export interface Pending {
  ruleId: string;
  severity: Severity;
  blocking: boolean;
  suppressed: boolean;
  file: string;
  line: number;
  column: number;
  message: string;
  /** What identifies the problem apart from where it is: never a line or column. */
  identity: string[];
  finding?: ReportFinding;
  change?: DetectedChange;
  productId?: string;
}

/** One result per finding of the report, products first. */
export function collectResults(report: Report): Pending[] {
  const out: Pending[] = [];
  for (const p of report.products) {
    for (const f of p.findings) out.push(fromFinding(f, f.productId ?? p.id));
  }
  for (const f of report.findings) out.push(fromFinding(f, f.productId));
  return out;
}

// Rule ids key the rules array and code scanning's alerts: one line, never empty.
function ruleIdOf(id: string): string {
  return plainText(id, 200) || 'labelguard.unnamed-rule';
}

function fromFinding(f: ReportFinding, productId: string | undefined): Pending {
  const ruleId = ruleIdOf(f.ruleId);
  return {
    ruleId,
    severity: f.severity,
    blocking: f.blocking && !f.waived,
    suppressed: f.waived !== undefined,
    file: f.file,
    line: f.line,
    column: f.column,
    message: plainText(f.message, 2000),
    // The message carries the data the rule judged (values, component names): it tells two findings of
    // one rule in one file apart, and does not move when lines are added above.
    identity: ['finding', productId ?? '', ruleId, artifactUri(f.file), plainText(f.message, 2000)],
    finding: f,
    ...(productId !== undefined ? { productId } : {}),
  };
}

function ruleDescriptors(rules: readonly SarifRuleInput[], pending: Pending[]): SarifRule[] {
  const byId = new Map<string, SarifRuleInput>();
  const given = rules.map((r) => ({ ...r, id: ruleIdOf(r.id) })).sort((a, b) => byCodeUnits(a.id, b.id));
  for (const r of given) if (!byId.has(r.id)) byId.set(r.id, r);
  if (pending.some((p) => p.ruleId === UNRECORDED_CHANGE_RULE.id) && !byId.has(UNRECORDED_CHANGE_RULE.id)) {
    byId.set(UNRECORDED_CHANGE_RULE.id, UNRECORDED_CHANGE_RULE);
  }
  // A finding from a rule the caller did not describe (a load or schema problem) still needs a rule: it
  // is named after its id and takes the most severe level its findings have.
  const undescribed = new Map<string, Severity>();
  for (const p of pending) {
    if (byId.has(p.ruleId)) continue;
    const seen = undescribed.get(p.ruleId);
    if (seen === undefined || severityRank[p.severity] < severityRank[seen])
      undescribed.set(p.ruleId, p.severity);
  }
  for (const [id, severity] of undescribed) byId.set(id, { id, title: id, severity });
  return [...byId.values()].sort((a, b) => byCodeUnits(a.id, b.id)).map(descriptor);
}

function descriptor(r: SarifRuleInput): SarifRule {
  const title = plainText(r.title, 300) || r.id;
  const help = r.help ? plainText(r.help, 4000) : '';
  const sourcesText = (r.sources ?? []).map(sourceText);
  const helpText = [
    help || title,
    ...(sourcesText.length > 0 ? [`Sources: ${sourcesText.join('; ')}`] : []),
  ].join('\n\n');
  const helpMarkdown = [
    `**${escapeMarkdown(title)}**`,
    ...(help ? [escapeMarkdown(help, 4000)] : []),
    ...(r.sources && r.sources.length > 0
      ? [`Sources:\n\n${r.sources.map((s) => `- ${markdownLink(sourceLabel(s), s.url)}`).join('\n')}`]
      : []),
  ].join('\n\n');
  return {
    id: r.id,
    shortDescription: { text: title },
    fullDescription: { text: help || title },
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: levelOf[r.severity] },
    properties: { tags: tagsFor(r), precision: 'very-high', 'problem.severity': problemSeverity[r.severity] },
  };
}

function sourceText(s: Source): string {
  const title = plainText(sourceLabel(s), 300);
  return s.url ? `${title} <${plainText(s.url, 500)}>` : title;
}

function tagsFor(r: SarifRuleInput): string[] {
  const family = r.id
    .split(/[-.]/)[0]!
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const tags = ['compliance', 'labelguard', ...(family ? [family] : [])];
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

// Errors before warnings before notes; blocking and unsuppressed first within a level.
function comparePriority(a: Pending, b: Pending): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    Number(b.blocking) - Number(a.blocking) ||
    Number(a.suppressed) - Number(b.suppressed) ||
    comparePlace(a, b)
  );
}

export function comparePlace(a: Pending, b: Pending): number {
  return (
    byCodeUnits(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    byCodeUnits(a.ruleId, b.ruleId) ||
    byCodeUnits(a.identity.join('\u0000'), b.identity.join('\u0000'))
  );
}

/**
 * A fingerprint per result: a hash of what identifies it (never its line), and a counter that tells
 * identical results apart, as `<hash>:<n>` in the order results are written.
 */
export function withFingerprints(results: Pending[]): { p: Pending; fingerprint: string }[] {
  const seen = new Map<string, number>();
  return results.map((p) => {
    const hash = createHash('sha256').update(p.identity.join('\u0000')).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return { p, fingerprint: `${hash}:${n}` };
  });
}

function toResult(p: Pending, ruleIndex: number, fingerprint: string): SarifResult {
  const region =
    Number.isInteger(p.line) && p.line >= 1
      ? {
          startLine: p.line,
          ...(Number.isInteger(p.column) && p.column >= 1 ? { startColumn: p.column } : {}),
        }
      : undefined;
  const result: SarifResult = {
    ruleId: p.ruleId,
    ruleIndex,
    level: levelOf[p.severity],
    message: { text: p.message || p.ruleId },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(p.file), uriBaseId: '%SRCROOT%' },
          ...(region ? { region } : {}),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: resultProperties(p),
  };
  const waiver = p.finding?.waived;
  if (waiver) {
    result.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: plainText(
          `${waiver.justification} (waiver approved by ${waiver.approver}, expires ${waiver.expires})`,
          1000,
        ),
      },
    ];
  }
  return result;
}

function resultProperties(p: Pending): Record<string, string | boolean> {
  const props: Record<string, string | boolean> = { blocking: p.blocking };
  if (p.productId !== undefined) props.productId = plainText(p.productId, 200);
  if (p.change) {
    props.changeFingerprint = p.change.fingerprint;
    props.changeKind = plainText(p.change.kind, 200);
    props.changeSubject = plainText(p.change.subject, 300);
    props.classification = p.change.classification;
    props.classId = plainText(p.change.classId, 200);
  }
  return props;
}

/**
 * A repository-relative path as a relative URI reference: forward slashes, no leading `./` or `/`, and
 * each segment percent-encoded (a space, `#`, `?` or `%` in a file name would otherwise change its meaning).
 */
export function artifactUri(file: string): string {
  const segments = wellFormed(file)
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  return segments.map((s) => encodeURIComponent(s)).join('/');
}
