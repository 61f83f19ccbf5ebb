// JSON Schemas of the files that make up a rule pack (`rules/<pack>/`). A pack is data: these schemas are
// the contract for anyone writing one, and the loader validates every file against them.

import { sourceConfidences } from '../core/finding.js';

const nonEmpty = { type: 'string', minLength: 1 } as const;
const date = { type: 'string', format: 'date' } as const;
const snakeName = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' } as const;

/** A source, cited by the instrument's title and number; a URL only where the publisher is reputable. */
export const sourceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title'],
  properties: {
    title: {
      ...nonEmpty,
      description:
        'The instrument, standard or guidance, e.g. "《网络安全标识管理办法》" or "ETSI EN 303 645".',
    },
    number: { ...nonEmpty, description: 'Document number, e.g. "国信办发文〔2026〕4号".' },
    version: { ...nonEmpty, description: 'Edition relied on, e.g. "V3.1.3 (2024-09)".' },
    clause: { ...nonEmpty, description: 'Article, clause or provision, e.g. "5.1-1".' },
    url: {
      type: 'string',
      format: 'uri',
      description:
        "Official publisher or reputable secondary source; its host must be in the pack's source_hosts.",
    },
    confidence: {
      enum: sourceConfidences,
      description:
        'confirmed: official text or a reputable summary of it; fragment: wording seen only in unverified reposts; ' +
        'inferred: our mapping; assumption: a placeholder value.',
    },
  },
} as const;
const source = sourceSchema;

const thresholdValue = {
  anyOf: [{ type: ['number', 'string', 'boolean'] }, { type: 'array', items: { type: 'string' } }],
} as const;

/** `rules/<pack>/pack.yaml`: identity of the pack, its star levels and its configurable thresholds. */
export const packManifestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://labelguard.dev/schemas/rule-pack.schema.json',
  title: 'labelguard rule pack manifest',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'title', 'scheme', 'levels'],
  properties: {
    $schema: { type: 'string' },
    name: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'Pack name as used in .labelguard.yml.',
    },
    title: nonEmpty,
    scheme: { ...nonEmpty, description: 'Scheme id products name in `labels[].scheme`.' },
    version: { type: 'string' },
    description: { type: 'string' },
    levels: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['stars', 'name'],
        properties: {
          stars: { type: 'integer', minimum: 1, maximum: 9 },
          name: nonEmpty,
          description: { type: 'string' },
        },
      },
    },
    edition: {
      type: 'object',
      additionalProperties: false,
      required: ['pinned', 'transcribed_from', 'changes', 'confidence'],
      description:
        'The edition of the document the pack is pinned to, the edition its rules were transcribed from, and ' +
        'which provisions changed between the two (as far as known, with its confidence).',
      properties: {
        pinned: source,
        transcribed_from: { ...nonEmpty, description: 'Edition the rules cite, e.g. "V2.1.1 (2020-06)".' },
        changes: { ...nonEmpty, description: 'Which provisions changed between the two editions.' },
        confidence: { enum: sourceConfidences },
        consulted: {
          type: 'array',
          items: source,
          description: 'What was consulted for the comparison, each with what it confirms and its confidence.',
        },
        provisions: {
          type: 'array',
          description:
            'Per provision: its status in the pinned edition compared with the one transcribed, and how sure that is.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['clauses', 'status', 'confidence'],
            properties: {
              clauses: { type: 'array', minItems: 1, items: nonEmpty },
              status: { enum: ['unchanged', 'changed', 'renumbered', 'removed', 'added'] },
              confidence: { enum: sourceConfidences },
              note: nonEmpty,
            },
          },
        },
      },
    },
    catalogue: { ...nonEmpty, description: 'Catalogue file, relative to the pack folder.' },
    source_hosts: {
      type: 'object',
      propertyNames: { type: 'string', pattern: '^[a-z0-9.-]+$' },
      additionalProperties: nonEmpty,
      description:
        'Reviewed hosts a source URL of this pack may point to, each with who publishes there (official ' +
        'publisher or reputable secondary source).',
    },
    software_roles: {
      ...nonEmpty,
      description: 'Security-relevant software data file, relative to the pack folder.',
    },
    thresholds: {
      type: 'object',
      propertyNames: snakeName,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'default', 'description'],
        properties: {
          type: { enum: ['int', 'number', 'string', 'bool', 'date', 'list'] },
          default: thresholdValue,
          description: nonEmpty,
          basis: { type: 'string', description: 'Why this default: regulation, convention or placeholder.' },
          sources: { type: 'array', items: source },
        },
      },
    },
  },
} as const;

/** `rules/<pack>/rules/*.yaml`: a list of rules. */
export const ruleFileSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://labelguard.dev/schemas/rule-file.schema.json',
  title: 'labelguard rule file',
  type: 'object',
  additionalProperties: false,
  required: ['rules'],
  properties: {
    $schema: { type: 'string' },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'stars',
          'severity',
          'tier_basis',
          'path',
          'condition',
          'message',
          'remediation',
        ],
        properties: {
          id: {
            type: 'string',
            pattern: '^[A-Z][A-Z0-9]*(-[A-Za-z0-9.]+)+$',
            description: 'Stable rule id, e.g. CCL-AUTH-001 or ETSI-5.1-1.',
          },
          title: nonEmpty,
          title_zh: {
            ...nonEmpty,
            description:
              'The title in Simplified Chinese, used by the documents meant for the filing agency (*.zh-CN.md).',
          },
          scheme: { ...nonEmpty, description: 'Defaults to the pack scheme; must equal it when given.' },
          stars: {
            type: 'integer',
            minimum: 1,
            maximum: 9,
            description: 'Lowest star level the rule applies at.',
          },
          categories: {
            type: 'array',
            minItems: 1,
            items: nonEmpty,
            description:
              'Catalogue categories it applies to; absent = every catalogue category; ["*"] = any category.',
          },
          severity: { enum: ['error', 'warning', 'info'] },
          tier_basis: {
            enum: ['confirmed', 'inferred'],
            description: 'confirmed: the regulation assigns the rule to this level; inferred: our mapping.',
          },
          tier_note: { type: 'string' },
          path: {
            type: 'string',
            pattern: '^(filing:)?[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*$',
            description:
              'Field the finding points at: relative to product.yaml, or `filing:` + path in filing.yaml.',
          },
          condition: {
            ...nonEmpty,
            description: 'CEL expression over the rule input; true means the rule passes.',
          },
          details: {
            ...nonEmpty,
            description: 'CEL expression giving a list of strings that name what failed.',
          },
          message: nonEmpty,
          remediation: nonEmpty,
          sources: { type: 'array', items: source },
        },
      },
    },
  },
} as const;

/** The catalogue: which product categories a scheme covers (a new category is a data change). */
export const catalogueSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://labelguard.dev/schemas/rule-catalogue.schema.json',
  title: 'labelguard product catalogue',
  type: 'object',
  additionalProperties: false,
  required: ['categories'],
  properties: {
    $schema: { type: 'string' },
    categories: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title'],
        properties: {
          id: snakeName,
          title: nonEmpty,
          title_zh: { type: 'string' },
          batch: { type: 'integer', minimum: 1 },
          effective: date,
          description: { type: 'string' },
          expected_sensors: { type: 'array', items: nonEmpty },
          thresholds: {
            type: 'object',
            propertyNames: snakeName,
            additionalProperties: thresholdValue,
            description:
              'Per-category threshold values (e.g. label validity set by the implementation rules).',
          },
          sources: { type: 'array', items: source },
        },
      },
    },
  },
} as const;

const matcher = {
  names: {
    type: 'array',
    items: nonEmpty,
    description: 'Component or purl names, compared case-insensitively.',
  },
  purls: {
    type: 'array',
    items: nonEmpty,
    description: 'purl globs without version, e.g. pkg:deb/*/openssh-server.',
  },
  cpes: {
    type: 'array',
    items: { type: 'string', pattern: '^[^:]+:[^:]+$' },
    description: 'CPE vendor:product.',
  },
} as const;

/** Security-relevant software: roles of SBOM components and cryptography that must not ship. */
export const softwareRolesSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://labelguard.dev/schemas/software-roles.schema.json',
  title: 'labelguard security-relevant software',
  type: 'object',
  additionalProperties: false,
  required: ['roles'],
  properties: {
    $schema: { type: 'string' },
    role_property: {
      ...nonEmpty,
      description: 'Component property that assigns roles explicitly (comma-separated), default ccl:role.',
    },
    software_types: {
      type: 'array',
      items: nonEmpty,
      description: 'Component types that must carry a version and a purl or CPE.',
    },
    roles: {
      type: 'object',
      propertyNames: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['description'],
        properties: { description: nonEmpty, ...matcher },
      },
    },
    crypto_denylist: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['version_pattern', 'reason'],
        properties: {
          ...matcher,
          version_pattern: { ...nonEmpty, description: 'Regular expression on the component version.' },
          since: { ...date, description: 'Deny only from this date on (e.g. the end of security support).' },
          reason: nonEmpty,
          sources: { type: 'array', items: source },
        },
      },
    },
  },
} as const;
