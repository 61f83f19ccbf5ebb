// The published JSON Schema of the check report (`labelguard check --format json`, the action's
// `report-json`); docs/check-report.schema.json is this object, written out. `labelguard comment` validates
// a report against it before rendering anything from it: the report may come from a run a fork controls,
// so every string and list is bounded and no key beyond the format's is accepted.
import { sourceConfidences } from '../core/finding.js';
import { failOnLevels } from './config.schema.js';

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const id = { type: 'string', minLength: 1, maxLength: 200 } as const;
const path = { type: 'string', maxLength: 1024 } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const position = { type: 'integer', minimum: 0, maximum: 10_000_000 } as const;
const count = { type: 'integer', minimum: 0, maximum: 100_000_000 } as const;
const stars = { type: 'integer', minimum: 1, maximum: 4 } as const;

const source = {
  type: 'object',
  additionalProperties: false,
  required: ['title'],
  properties: {
    title: text(500),
    number: text(200),
    version: text(200),
    clause: text(200),
    url: { type: 'string', maxLength: 2048, pattern: '^https?://' },
    confidence: { enum: sourceConfidences },
  },
} as const;
const sources = { type: 'array', maxItems: 50, items: source } as const;

const finding = {
  type: 'object',
  additionalProperties: false,
  required: ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'blocking'],
  properties: {
    ruleId: id,
    severity: { enum: ['error', 'warning', 'info'] },
    message: text(10_000),
    hint: text(10_000),
    sources,
    productId: id,
    file: path,
    line: position,
    column: position,
    blocking: { type: 'boolean', description: 'Whether the finding fails the check under the run’s policy.' },
    waived: {
      type: 'object',
      additionalProperties: false,
      required: ['approver', 'expires', 'justification'],
      properties: { approver: text(200), expires: date, justification: text(2000) },
    },
  },
} as const;
const findings = { type: 'array', maxItems: 100_000, items: finding } as const;

const change = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'subject', 'classification', 'classId', 'reason', 'sources', 'recorded', 'fingerprint'],
  properties: {
    kind: id,
    subject: text(1000),
    from: text(1000),
    to: text(1000),
    classification: { enum: ['material', 'record', 'none'] },
    classId: id,
    classTitle: text(1000),
    classTitleZh: text(1000),
    reason: text(2000),
    reasonZh: text(2000),
    sources,
    recorded: { type: 'boolean' },
    fingerprint: { type: 'string', pattern: '^[a-z][a-z0-9.-]*:[0-9a-f]{16}$' },
    changeLogId: id,
    matchedBy: id,
  },
} as const;

const fingerprint = { type: 'string', pattern: '^[a-z][a-z0-9.-]*:[0-9a-f]{16}$' } as const;
const classification = { enum: ['material', 'record', 'none'] } as const;
const fingerprints = { type: 'array', maxItems: 100_000, items: fingerprint } as const;

const changeSet = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'title',
    'classification',
    'classId',
    'reason',
    'recorded',
    'fingerprints',
    'unrecorded',
    'pending',
  ],
  properties: {
    id: fingerprint,
    title: text(2000),
    groupId: id,
    classification,
    classId: id,
    reason: text(2000),
    recorded: { type: 'boolean' },
    changeLogId: id,
    fingerprints,
    unrecorded: fingerprints,
    pending: classification,
    suggestedId: id,
  },
} as const;

const readiness = {
  type: 'object',
  additionalProperties: false,
  required: ['scheme', 'target', 'met', 'gaps'],
  properties: {
    scheme: id,
    target: stars,
    met: { type: 'integer', minimum: 0, maximum: 4 },
    gaps: {
      type: 'object',
      additionalProperties: false,
      patternProperties: { '^[1-4]$': { type: 'array', maxItems: 1000, items: id } },
    },
  },
} as const;

const product = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'path', 'labels', 'verdict', 'findings'],
  properties: {
    id,
    path,
    model: text(200),
    labels: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['scheme', 'stars'],
        properties: { scheme: id, stars },
      },
    },
    filingStatus: id,
    verdict: { enum: ['pass', 'warn', 'fail'] },
    findings,
    readiness: { type: 'array', maxItems: 20, items: readiness },
    changes: { type: 'array', maxItems: 100_000, items: change },
    changeSets: { type: 'array', maxItems: 100_000, items: changeSet },
  },
} as const;

/** JSON Schema of the check report (version 1). */
export const checkReportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://labelguard.dev/schemas/check-report.schema.json',
  title: 'labelguard check report',
  description:
    'Every product judged, with its findings, label readiness and changes since the registered baseline, as written by `labelguard check --format json` and the action’s `report-json` output.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'generator', 'now', 'policy', 'summary', 'products', 'findings'],
  properties: {
    version: { const: 1 },
    generator: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: {
        name: { const: 'labelguard' },
        version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+[-+.0-9A-Za-z]*$', maxLength: 50 },
      },
    },
    now: { ...date, description: 'The date findings were judged against.' },
    policy: {
      type: 'object',
      additionalProperties: false,
      required: ['failOn', 'warnOnly'],
      properties: { failOn: { enum: failOnLevels }, warnOnly: { type: 'boolean' } },
    },
    summary: {
      type: 'object',
      additionalProperties: false,
      required: ['products', 'blocking', 'warnings', 'unrecorded'],
      properties: { products: count, blocking: count, warnings: count, unrecorded: count },
      description: 'Counts of the products and findings below (a reader must find them equal to a recount).',
    },
    products: { type: 'array', maxItems: 10_000, items: product },
    findings: { ...findings, description: 'Findings that belong to no single product.' },
    policyChange: {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'lines'],
      description:
        'Set when the judged change modifies the policy: whose policy judged it, and what changed.',
      properties: {
        from: text(200),
        lines: {
          type: 'array',
          maxItems: 1000,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['what', 'from', 'to'],
            properties: { what: text(500), from: text(2000), to: text(2000) },
          },
        },
      },
    },
  },
} as const;

/** The parts of the report schema that src/report/model.ts checks its types against, key for key. */
export interface CheckReportSchemaParts {
  report: typeof checkReportSchema;
  product: typeof product;
  finding: typeof finding;
  change: typeof change;
  readiness: typeof readiness;
  source: typeof source;
  changeSet: typeof changeSet;
}
