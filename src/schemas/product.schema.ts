import { firmwareSchema, hardwareSchema, schemaParts, securitySchema, stakeholderRoles } from './common.js';

const { date, sha256, nonEmpty } = schemaParts;

const fileRef = { ...nonEmpty, description: 'Path relative to the product folder; may not leave the repository.' };

const coverage = {
  type: 'object',
  additionalProperties: false,
  properties: {
    firmware_versions: { type: 'array', items: { type: 'string' } },
    hardware_revisions: { type: 'array', items: { type: 'string' } },
  },
} as const;

const report = {
  type: 'object',
  additionalProperties: false,
  required: ['file', 'sha256', 'date', 'lab'],
  properties: {
    file: fileRef,
    sha256,
    date,
    report_number: { type: 'string', description: 'Number the laboratory printed on the report.' },
    lab: { ...nonEmpty, description: 'Name of the laboratory that issued the report.' },
    lab_type: { enum: ['in_house', 'third_party'] },
    accreditation_id: {
      type: 'string',
      description: 'Deprecated: use lab_qualification. CMA/CNAS accreditation of a third-party lab.',
    },
    lab_qualification: {
      type: 'object',
      additionalProperties: false,
      required: ['cma_certificate'],
      description:
        "The laboratory's legal qualification (资质认定): its CMA certificate; CNAS accreditation is optional and no substitute.",
      properties: {
        cma_certificate: { ...nonEmpty, description: 'CMA (资质认定) certificate number.' },
        certificate_file: { ...fileRef, description: 'Copy of the CMA certificate, a filing material.' },
        cnas: { type: 'string', description: 'CNAS accreditation number, if any (voluntary).' },
      },
    },
    covers: coverage,
    open_findings: {
      type: 'object',
      additionalProperties: false,
      properties: {
        critical: { type: 'integer', minimum: 0 },
        high: { type: 'integer', minimum: 0 },
        medium: { type: 'integer', minimum: 0 },
        low: { type: 'integer', minimum: 0 },
      },
    },
  },
} as const;

const document = {
  type: 'object',
  additionalProperties: false,
  required: ['file', 'sha256', 'date'],
  properties: { file: fileRef, sha256, date, signed_by: { type: 'string' } },
} as const;

/** JSON Schema of `products/<id>/product.yaml`: the product as it is now. */
export const productSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://raw.githubusercontent.com/labelguard/labelguard/main/dist/schemas/product.schema.json',
  title: 'labelguard product manifest',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'model', 'category', 'manufacturer', 'labels', 'hardware', 'firmware', 'sbom'],
  properties: {
    $schema: { type: 'string' },
    id: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9._-]{0,63}$',
      description: 'Stable product key: lower case, digits, dot, dash, underscore.',
    },
    model: { ...nonEmpty, description: 'Product specification and model as printed on the label (item 2).' },
    model_aliases: {
      type: 'array',
      items: nonEmpty,
      description: 'Other names of the same model, e.g. the name the SBOM gives the firmware image.',
    },
    category: { ...nonEmpty, description: 'Catalogue category id from the rule pack, e.g. consumer_network_camera.' },
    manufacturer: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { ...nonEmpty, description: 'Legal name of the producer (label item 1).' },
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
        address: { type: 'string' },
        credit_code: { type: 'string', description: 'Unified social credit code of the producer.' },
        legal_representative: {
          ...nonEmpty,
          description:
            "法定代表人: the company's legal representative, the named person on its business licence, who signs the declaration.",
        },
      },
    },
    agent: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: { name: nonEmpty, authorization_doc: fileRef },
    },
    stakeholders: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['role', 'name'],
        properties: {
          role: { enum: stakeholderRoles },
          name: nonEmpty,
          contact: { type: 'string' },
          github: {
            type: 'string',
            pattern: '^@?[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$',
            description: 'GitHub user ("octocat") or team ("acme/compliance") asked to review.',
          },
        },
      },
    },
    labels: {
      type: 'array',
      minItems: 1,
      description: 'Label schemes this product targets, each with its star level.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['scheme', 'stars'],
        properties: {
          scheme: { ...nonEmpty, description: 'Rule pack scheme id, e.g. cn-ccl or etsi-en-303-645.' },
          stars: { type: 'integer', minimum: 1, maximum: 4 },
        },
      },
    },
    hardware: hardwareSchema,
    firmware: firmwareSchema,
    security: securitySchema,
    sbom: { ...fileRef, description: 'CycloneDX SBOM of the product (JSON or XML), relative to this folder.' },
    vulnerabilities: {
      type: 'array',
      description:
        "Vulnerabilities in the product the producer found or learned of, with the dates its duties run from (《网络产品安全漏洞管理规定》).",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'found'],
        properties: {
          id: { ...nonEmpty, description: 'CVE, CNVD or internal id.' },
          found: { ...date, description: 'When the producer found or learned of it.' },
          source: { enum: ['testing', 'internal', 'external'], description: 'testing: found in label testing.' },
          severity: { enum: ['critical', 'high', 'medium', 'low'] },
          reported_to_miit: { ...date, description: "Reported to MIIT's vulnerability-sharing platform." },
          reported_to_agency: { ...date, description: 'Reported to the filing agency (found in testing).' },
          users_notified: date,
          fixed: { ...date, description: 'Fix released (firmware version in fixed_in).' },
          fixed_in: { type: 'string' },
        },
      },
    },
    evidence: {
      type: 'object',
      additionalProperties: false,
      properties: {
        test_report: report,
        pentest_report: report,
        declaration: document,
        business_licence: { ...document, description: "The producer's business licence (营业执照), a filing material." },
        threat_model: document,
        sdl_policy: document,
        binary_analysis: {
          type: 'object',
          additionalProperties: false,
          required: ['file', 'sha256', 'date', 'image_sha256'],
          description: 'Third-party binary analysis of the firmware image, reconciled with the SBOM.',
          properties: {
            file: fileRef,
            sha256,
            date,
            tool: { type: 'string' },
            lab: { type: 'string' },
            image_sha256: { ...sha256, description: 'SHA-256 of the firmware image that was analysed.' },
            unexplained_components: {
              type: 'integer',
              minimum: 0,
              description: 'Components found in the image that the SBOM does not list and nobody has explained.',
            },
          },
        },
      },
    },
  },
} as const;
