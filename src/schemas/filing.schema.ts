import { firmwareSchema, hardwareSchema, schemaParts, securitySchema } from './common.js';

const { date, nonEmpty } = schemaParts;

/** The filing lifecycle (docs/filing-lifecycle.md): submitted and granted filings carry a baseline. */
export const filingStatuses = [
  'not-filed',
  'submitted',
  'granted',
  // 'filed' (备案完成) is the agency's word: 备案 is a completeness-checked filing, not an approval. The
  // loader reads it as 'granted', the value the data model has always used (see docs/filing-status.md).
  'filed',
  'refiling-required',
  'refiling-submitted',
  'expired',
  'cancelled',
] as const;

export const changeClassifications = ['material', 'record', 'none'] as const;

/** JSON Schema of `products/<id>/filing.yaml`: what was registered, and every change recorded since. */
export const filingSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://raw.githubusercontent.com/labelguard/labelguard/main/dist/schemas/filing.schema.json',
  title: 'labelguard label filing record',
  type: 'object',
  additionalProperties: false,
  required: ['scheme', 'status'],
  properties: {
    $schema: { type: 'string' },
    product: { type: 'string', description: 'Product id; must equal product.yaml id.' },
    scheme: { ...nonEmpty, description: 'Scheme this filing is for, e.g. cn-ccl.' },
    status: { enum: filingStatuses },
    status_since: { ...date, description: 'When the status last changed (e.g. refiling submitted).' },
    filed_at: date,
    agency: { type: 'string', description: 'Filing agency, e.g. CESI.' },
    label: {
      type: 'object',
      additionalProperties: false,
      description: 'The seven items printed on the label.',
      properties: {
        producer: { ...nonEmpty, description: 'Item 1: producer name.' },
        model: { ...nonEmpty, description: 'Item 2: product specification and model.' },
        stars: { type: 'integer', minimum: 1, maximum: 4, description: 'Item 3: capability level.' },
        valid_from: date,
        valid_until: { ...date, description: 'Item 4: end of label validity.' },
        lab: { ...nonEmpty, description: 'Item 5: testing laboratory.' },
        standard: { ...nonEmpty, description: 'Item 6: standard or technical document relied on.' },
        filing_code: { ...nonEmpty, description: 'Item 7: filing information code behind the QR code.' },
      },
    },
    verification_url: { type: 'string', format: 'uri', description: 'URL the QR code encodes.' },
    baseline: {
      type: 'object',
      additionalProperties: false,
      description: 'The registered state: the reference against which every change is judged.',
      required: ['hardware', 'firmware', 'sbom'],
      properties: {
        filing_id: { type: 'string', description: 'Folder under filings/ holding this baseline’s evidence.' },
        model: { type: 'string' },
        category: { type: 'string', description: 'Catalogue category the product was filed under.' },
        producer: { type: 'string' },
        lab: { type: 'string' },
        standard: { type: 'string' },
        stars: { type: 'integer', minimum: 1, maximum: 4 },
        hardware: hardwareSchema,
        firmware: firmwareSchema,
        security: securitySchema,
        sbom: {
          type: 'object',
          additionalProperties: false,
          required: ['file', 'digest'],
          properties: {
            file: { ...nonEmpty, description: 'Registered normalised SBOM, relative to the product folder.' },
            digest: {
              type: 'string',
              pattern: '^sha256:[0-9a-f]{64}$',
              description:
                'SHA-256 of `file`, labelguard’s normalised SBOM (written by labelguard baseline and evidence).',
            },
          },
        },
      },
    },
    changes: {
      type: 'array',
      description: 'Change log: every change recorded since the baseline.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'summary', 'fingerprints', 'classification', 'status'],
        properties: {
          id: { ...nonEmpty, description: 'e.g. CHG-2026-014.' },
          summary: nonEmpty,
          fingerprints: {
            type: 'array',
            minItems: 1,
            items: { type: 'string', pattern: '^[a-z]+:[0-9a-f]{16}$' },
            description: 'Fingerprints of the differences this entry records, as labelguard reports them.',
          },
          classification: { enum: changeClassifications },
          status: { enum: ['recorded', 'refiling-required', 'refiling-submitted', 'accepted'] },
          justification: { type: 'string' },
          approver: { type: 'string' },
          date,
          pull_request: {
            anyOf: [{ type: 'integer', minimum: 1 }, { type: 'string', format: 'uri' }],
          },
        },
      },
    },
  },
} as const;
