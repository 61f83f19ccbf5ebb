/**
 * Escaping holds for any string at all, in every renderer of text that reaches GitHub or a terminal: the
 * pull-request comment and job summary, workflow annotations, SARIF and the plain-text report (from a
 * report whose every data string is the generated one), the refiling pull-request body (whose hidden
 * metadata must also read back intact), the dashboard issue body, the evidence Markdown, and the label SVG,
 * which must stay well-formed XML that shows the value.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DetectedChange } from '../../src/core/change.js';
import { renderDashboard } from '../../src/dashboard/index.js';
import { cleanText } from '../../src/evidence/text-formats.js';
import { describeLabel, generateEvidence, renderLabelSvg } from '../../src/evidence/index.js';
import { renderRefilingBody } from '../../src/refiling/body.js';
import { parseMetadata, renderMetadataLine, type RefilingMetadata } from '../../src/refiling/index.js';
import { renderAnnotations } from '../../src/report/annotations.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import type { StatusRow } from '../../src/status/index.js';
import {
  assertSafeEvidenceMarkdown,
  assertSafeLine,
  assertSafeMarkdown,
  assertSafeTextReport,
} from '../adversarial/safe-output.js';
import { fixtureInput, fixtureProduct, loadTemplates } from '../evidence/fixtures.js';
import { sampleReport } from '../fixtures/report/reports.js';
import { hostileString } from './arbitraries.js';

// Keys whose values choose behaviour, not text: they keep their fixture values.
const structural = new Set(['verdict', 'severity', 'classification', 'failOn', 'version', 'name']);

/** A copy of a value with every string (outside structural keys) replaced by `s`. */
function withEveryString<T>(value: T, s: string, key = ''): T {
  if (typeof value === 'string') return (structural.has(key) ? value : s) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((v) => withEveryString(v, s, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withEveryString(v, s, k)])) as T;
  }
  return value;
}

/** The sample report with `s` as every product id, model, message, change, waiver, source and path. */
const hostileReport = (s: string): Report => withEveryString(sampleReport(), s);

const templates = loadTemplates();

describe('report renderers', () => {
  it('the comment and the job summary show any string as inert text', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const report = hostileReport(s);
        assertSafeMarkdown(renderMarkdown(report, { mode: 'comment', maxChars: 65_000 }), 'comment');
        assertSafeMarkdown(
          renderMarkdown(report, { mode: 'summary', maxChars: 1_000_000, title: s }),
          'summary',
        );
      }),
      { numRuns: 300 },
    );
  });

  it('annotations, SARIF messages and the plain-text report stay single clean lines', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const report = hostileReport(s);
        for (const a of renderAnnotations(report)) {
          assertSafeLine(a.message, 'annotation', 300);
          assertSafeLine(a.title, 'annotation title', 100);
          expect(a.message.includes('::') || a.title.includes('::')).toBe(false);
        }
        for (const r of renderSarif(report, []).runs[0].results)
          assertSafeLine(r.message.text, 'SARIF message', 100_000);
        assertSafeTextReport(renderText(report), 'text report');
      }),
      { numRuns: 300 },
    );
  });
});

const change = (s: string, fingerprint: string): DetectedChange => ({
  kind: s,
  subject: s,
  from: s,
  to: s,
  classification: 'material',
  classId: s,
  reason: s,
  sources: [{ title: s, url: s }],
  recorded: false,
  fingerprint,
});

describe('refiling pull-request body', () => {
  it('shows any string as inert text, and its hidden metadata reads back exactly', () => {
    fc.assert(
      fc.property(
        hostileString,
        fc.constantFrom('https://github.com/acme/cameras', 'javascript:alert(1)'),
        (s, repositoryUrl) => {
          const metadata: RefilingMetadata = {
            v: 1,
            product: s,
            scheme: s,
            target: s,
            fingerprints: [s],
            filingId: s,
            generator: s,
            files: `sha256:${'a'.repeat(64)}`,
            digest: `sha256:${'b'.repeat(64)}`,
            trigger: { pr: 7, sha: s },
          };
          const { body } = renderRefilingBody({
            productId: s,
            productDir: s,
            scheme: s,
            base: s,
            branch: s,
            filingId: s,
            changes: [change(s, 'fw:0123456789abcdef'), change(s, s)],
            entries: [
              {
                id: s,
                summary: s,
                fingerprints: ['fw:0123456789abcdef'],
                classification: 'material',
                status: 'refiling-required',
              },
            ],
            files: [{ path: s, content: s }],
            statusChange: { from: s, to: s },
            triggeredBy: { pr: 7, sha: s, url: `${repositoryUrl}/${s}` },
            repositoryUrl,
            metadataLine: renderMetadataLine(metadata),
          });
          assertSafeMarkdown(body, 'refiling body');
          expect(parseMetadata(body)).toEqual({ ...metadata, fingerprints: [s] });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('dashboard issue body', () => {
  it('shows any string as inert text', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const row: StatusRow = {
          product: s,
          path: s,
          model: s,
          scheme: s,
          targetStars: 2,
          registeredStars: 2,
          // Not a value the schema allows: the renderers must stay safe even so.
          filingStatus: s as NonNullable<StatusRow['filingStatus']>,
          statusSince: s,
          filingCode: s,
          validUntil: s,
          supportEnd: s,
          testReport: { date: s, ageDays: 10, maxAgeMonths: 12 },
          openChanges: { recorded: 1, unrecorded: 1 },
          refilingPullRequest: { number: 3, url: s },
          nextDeadline: { kind: 'label-expiry', date: s, daysLeft: 3, due: false, description: s },
          deadlines: [{ kind: 'label-expiry', date: s, daysLeft: 3, due: false, description: s }],
          urgency: 'action-needed',
          reasons: [s, s],
          findings: { errors: 1, warnings: 1, blocking: 1 },
        };
        const body = renderDashboard([row, { ...row, urgency: 'pending' }, { ...row, urgency: 'healthy' }], {
          title: s,
          now: s,
          repoUrl: s,
          refilingPrs: [{ productId: s, number: 4, url: s }],
        });
        assertSafeMarkdown(body, 'dashboard');
      }),
      { numRuns: 300 },
    );
  });
});

const xml = new XMLParser({
  ignoreAttributes: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: false,
});
// eslint-disable-next-line no-control-regex -- the XML Char production is defined by code points
const xmlChars = /^[\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const texts = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(texts)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(texts)
        : [];

describe('evidence', () => {
  it('the label SVG is well-formed XML for any string and shows the value', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const product = { ...fixtureProduct(), model: s, manufacturer: { name: s } };
        const filing = fixtureInput().filing!;
        const svg = renderLabelSvg(describeLabel(product, { ...filing, scheme: s }), templates);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(xmlChars.test(svg)).toBe(true);
        // The model is printed as it is (XML-forbidden characters shown as U+FFFD; XML reads CR as LF).
        const shown = cleanText(s).replace(/\r\n?/g, '\n');
        if (s.trim() !== '') expect(texts(xml.parse(svg)).some((t) => t.includes(shown))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the evidence Markdown shows any string as inert text', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const input = fixtureInput();
        const product = {
          ...input.product,
          model: s,
          manufacturer: { ...input.product.manufacturer, name: s, address: s },
          stakeholders: [{ role: 'compliance-lead' as const, name: s, contact: s }],
          hardware: { revision: s, parts: [{ part: s, mpn: s, manufacturer: s, role: 'soc' as const }] },
          firmware: { ...input.product.firmware, version: s },
          security: {
            ...input.product.security,
            authentication: { scheme: s, unique_credential_mechanism: s },
            secure_boot: { enabled: true, root_of_trust: s },
            network_services: [
              {
                name: s,
                port: 554,
                protocol: 'tcp' as const,
                auth_required: true,
                encrypted: false,
                component: s,
                justification: s,
              },
            ],
            debug_interfaces: [{ name: s, state: 'disabled' as const }],
          },
        };
        const filing = input.filing && {
          ...input.filing,
          agency: s,
          label: { ...input.filing.label, producer: s, model: s, lab: s, standard: s, filing_code: s },
        };
        const changes = input.changes.map((c) => ({ ...c, subject: s, from: s, to: s, reason: s }));
        const bundle = generateEvidence({ ...input, product, ...(filing && { filing }), changes });
        for (const f of bundle.files) {
          if (typeof f.content !== 'string' || !f.path.endsWith('.md')) continue;
          assertSafeEvidenceMarkdown(f.content, f.path);
        }
      }),
      { numRuns: 60 },
    );
  });
});
