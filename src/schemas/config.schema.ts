import { schemaParts } from './common.js';

const { date, nonEmpty } = schemaParts;

export const failOnLevels = ['unrecorded-material', 'error', 'warning', 'never'] as const;

const policy = {
  type: 'object',
  additionalProperties: false,
  properties: {
    fail_on: {
      enum: failOnLevels,
      description:
        'What fails the check: unrecorded material changes only; or also error findings; or also warnings; or nothing.',
    },
    warn_only: { type: 'boolean', description: 'Report everything, never fail.' },
    block_pending_refiling: {
      type: 'boolean',
      description: 'Also block a product whose refiling is recorded but not yet granted.',
    },
    sbom_schema: {
      enum: ['warning', 'error'],
      description: 'How CycloneDX schema problems in an SBOM count.',
    },
    policy_change: {
      enum: ['warning', 'error'],
      description:
        'How a pull request that changes the policy (this file, repository rule packs) counts; read from the base. Default: error on pull_request_target, warning otherwise.',
    },
  },
} as const;

/** JSON Schema of `.labelguard.yml` at the repository root (every key optional). */
export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://raw.githubusercontent.com/labelguard/labelguard/main/dist/schemas/config.schema.json',
  title: 'labelguard configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    products: {
      description: 'Glob(s) of product manifests, relative to the repository root.',
      anyOf: [nonEmpty, { type: 'array', minItems: 1, items: nonEmpty }],
    },
    packs: {
      type: 'array',
      items: nonEmpty,
      description: 'Rule packs: a built-in name (cn-ccl, etsi-en-303-645) or a ./path inside the repository.',
    },
    thresholds: {
      type: 'object',
      description: 'Overrides of rule-pack thresholds by name (see `labelguard rules`).',
      additionalProperties: {
        anyOf: [{ type: ['number', 'string', 'boolean'] }, { type: 'array', items: { type: 'string' } }],
      },
    },
    policy: {
      ...policy,
      properties: {
        ...policy.properties,
        branches: {
          type: 'array',
          description: 'Stricter policy for pull requests whose base branch matches a glob (first match wins).',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['pattern'],
            properties: { pattern: nonEmpty, ...policy.properties },
          },
        },
      },
    },
    waivers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'product', 'justification', 'approver', 'expires'],
        properties: {
          rule: nonEmpty,
          product: nonEmpty,
          justification: nonEmpty,
          approver: nonEmpty,
          expires: date,
        },
      },
    },
    sbom_noise: {
      type: 'object',
      additionalProperties: false,
      description:
        "SBOM properties that describe the build, not the product, left out of every comparison: added to or removed from the rule pack's sbom-noise.yaml.",
      properties: {
        ignore_properties: { type: 'array', items: nonEmpty, description: 'Also ignore these property names (`*` wildcard).' },
        keep_properties: { type: 'array', items: nonEmpty, description: "Compare these after all, though the pack's list ignores them." },
      },
    },
    classification: {
      type: 'array',
      description: 'Per-product overrides of change classification.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['change', 'classification', 'justification'],
        properties: {
          product: { type: 'string', description: 'Product id; all products when absent.' },
          change: { ...nonEmpty, description: 'Change-classification id from the rule pack, e.g. fw-security-patch.' },
          classification: { enum: ['material', 'record', 'none'] },
          justification: nonEmpty,
          fingerprints: {
            type: 'array',
            minItems: 1,
            items: nonEmpty,
            description:
              'Only these changes (fingerprints as labelguard reports them); every change of the entry when absent.',
          },
          approver: {
            ...nonEmpty,
            description: 'Who approved the override: a GitHub login or org/team (checked when `approvals` is set).',
          },
          expires: { ...date, description: 'Last day the override applies; it stops applying after it.' },
        },
      },
    },
    approvals: {
      type: 'object',
      additionalProperties: false,
      description:
        'Who may approve waivers and classification overrides; the approver named on one a pull request adds must have approved that pull request.',
      properties: {
        approvers: {
          type: 'array',
          items: { type: 'string', pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$' },
          description: 'GitHub logins (alice) and teams (org/team) that may approve.',
        },
      },
    },
    refiling: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean', description: 'Open refiling pull requests (default true).' },
        on_pull_request: {
          type: 'boolean',
          description: 'Also open a refiling pull request stacked on the pull request branch.',
        },
        branch_prefix: { type: 'string', default: 'labelguard/refile' },
        labels: { type: 'array', items: nonEmpty },
        reviewers: { type: 'array', items: nonEmpty },
        team_reviewers: { type: 'array', items: nonEmpty },
        assignees: { type: 'array', items: nonEmpty },
        draft: { type: 'boolean' },
        max_open: { type: 'integer', minimum: 1 },
      },
    },
    dashboard: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        title: { type: 'string' },
        labels: { type: 'array', items: nonEmpty },
      },
    },
  },
} as const;
