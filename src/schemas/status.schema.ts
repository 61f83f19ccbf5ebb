// The published JSON Schema of `labelguard status --format json` (docs/status-report.schema.json is this
// object, written out). `status --merge` validates every shard report against it before merging.

/** What a row needs from the compliance lead, in the order rows are listed: most urgent first. */
export const urgencies = ['action-needed', 'pending', 'healthy'] as const;

const date = { type: 'string', format: 'date' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const stars = { type: 'integer', minimum: 1, maximum: 4 } as const;

const deadline = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'date', 'daysLeft', 'due', 'description'],
  properties: {
    kind: {
      enum: [
        'label-renewal',
        'label-expiry',
        'support-end',
        'test-report',
        'pentest-report',
        'refiling-submitted',
      ],
      description: 'Which lifecycle date this is.',
    },
    date: { ...date, description: 'The day the obligation falls due.' },
    daysLeft: { type: 'integer', description: 'Days from `now` to `date`; negative once passed.' },
    due: { type: 'boolean', description: 'Whether it is due as of `now`.' },
    description: { type: 'string' },
  },
} as const;

const reportAge = {
  type: 'object',
  additionalProperties: false,
  required: ['date', 'ageDays'],
  properties: {
    date,
    ageDays: { type: 'integer' },
    maxAgeMonths: { ...count, description: 'The limit of the scheme at the target level, when it has one.' },
  },
} as const;

const row = {
  type: 'object',
  additionalProperties: false,
  required: ['product', 'path', 'openChanges', 'deadlines', 'urgency', 'reasons', 'findings'],
  properties: {
    product: { type: 'string', minLength: 1, description: 'Product id.' },
    path: { type: 'string', description: 'Product folder, relative to the repository root.' },
    model: { type: 'string' },
    scheme: { type: 'string', minLength: 1, description: 'Absent only when the manifest could not be read.' },
    targetStars: stars,
    registeredStars: stars,
    filingStatus: {
      enum: [
        'not-filed',
        'submitted',
        'granted',
        'refiling-required',
        'refiling-submitted',
        'expired',
        'cancelled',
      ],
      description: 'Absent when the product has no filing record for this scheme.',
    },
    statusSince: date,
    filingCode: { type: 'string' },
    validUntil: date,
    supportEnd: date,
    testReport: reportAge,
    pentestReport: reportAge,
    openChanges: {
      type: 'object',
      additionalProperties: false,
      required: ['recorded', 'unrecorded'],
      properties: { recorded: count, unrecorded: count },
      description: 'Material changes since the registered baseline.',
    },
    refilingPullRequest: {
      type: 'object',
      additionalProperties: false,
      required: ['number', 'url'],
      properties: { number: { type: 'integer', minimum: 1 }, url: { type: 'string' } },
    },
    nextDeadline: deadline,
    deadlines: { type: 'array', items: deadline },
    urgency: { enum: urgencies },
    reasons: { type: 'array', items: { type: 'string' } },
    findings: {
      type: 'object',
      additionalProperties: false,
      required: ['errors', 'warnings', 'blocking'],
      properties: { errors: count, warnings: count, blocking: count },
    },
  },
} as const;

/** JSON Schema of the status report (version 1). */
export const statusReportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://labelguard.dev/schemas/status-report.schema.json',
  title: 'labelguard status report',
  description:
    'One row per product and label scheme with filing state, lifecycle dates and urgency, as written by `labelguard status --format json`.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'kind', 'generator', 'now', 'summary', 'rows'],
  properties: {
    version: { const: 1 },
    kind: { const: 'labelguard-status' },
    generator: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { type: 'string' }, version: { type: 'string' } },
    },
    now: { ...date, description: 'The date every age and deadline is computed against.' },
    shard: {
      type: 'object',
      additionalProperties: false,
      required: ['index', 'count'],
      properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 2 } },
      description: 'Which part of a sharded audit this report covers; absent on a whole report.',
    },
    summary: {
      type: 'object',
      additionalProperties: false,
      required: ['products', 'rows', 'actionNeeded', 'pending', 'healthy'],
      properties: { products: count, rows: count, actionNeeded: count, pending: count, healthy: count },
    },
    rows: { type: 'array', items: row },
  },
} as const;
