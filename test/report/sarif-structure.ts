// A focused structural check of the SARIF 2.1.0 labelguard writes. The official OASIS schema is not
// among the installed packages, so this schema restates, for every object labelguard emits, the
// properties, required members, enums and bounds the SARIF 2.1.0 specification gives them. Unknown
// members are refused, as the specification's own schema refuses them (property bags excepted).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

const level = { enum: ['none', 'note', 'warning', 'error'] };

export const sarifStructure = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: { type: 'array', minItems: 1, maxItems: 20, items: { $ref: '#/$defs/run' } },
  },
  $defs: {
    propertyBag: {
      type: 'object',
      properties: { tags: { type: 'array', uniqueItems: true, maxItems: 20, items: { type: 'string' } } },
    },
    message: {
      type: 'object',
      additionalProperties: false,
      properties: { text: { type: 'string', minLength: 1 }, markdown: { type: 'string' } },
      required: ['text'],
    },
    multiformatMessageString: {
      type: 'object',
      additionalProperties: false,
      properties: { text: { type: 'string', minLength: 1 }, markdown: { type: 'string' } },
      required: ['text'],
    },
    run: {
      type: 'object',
      additionalProperties: false,
      required: ['tool', 'results'],
      properties: {
        tool: {
          type: 'object',
          additionalProperties: false,
          required: ['driver'],
          properties: { driver: { $ref: '#/$defs/toolComponent' } },
        },
        columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
        results: { type: 'array', maxItems: 25_000, items: { $ref: '#/$defs/result' } },
        properties: { $ref: '#/$defs/propertyBag' },
      },
    },
    toolComponent: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1 },
        version: { type: 'string' },
        semanticVersion: { type: 'string' },
        informationUri: { type: 'string', format: 'uri' },
        rules: { type: 'array', uniqueItems: true, items: { $ref: '#/$defs/reportingDescriptor' } },
      },
    },
    reportingDescriptor: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: {
        id: { type: 'string', minLength: 1 },
        shortDescription: { $ref: '#/$defs/multiformatMessageString' },
        fullDescription: { $ref: '#/$defs/multiformatMessageString' },
        help: { $ref: '#/$defs/multiformatMessageString' },
        helpUri: { type: 'string', format: 'uri' },
        defaultConfiguration: {
          type: 'object',
          additionalProperties: false,
          properties: {
            level,
            enabled: { type: 'boolean' },
            rank: { type: 'number', minimum: -1, maximum: 100 },
          },
        },
        properties: { $ref: '#/$defs/propertyBag' },
      },
    },
    result: {
      type: 'object',
      additionalProperties: false,
      required: ['message'],
      properties: {
        ruleId: { type: 'string' },
        ruleIndex: { type: 'integer', minimum: -1 },
        level,
        message: { $ref: '#/$defs/message' },
        locations: { type: 'array', maxItems: 1000, items: { $ref: '#/$defs/location' } },
        partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
        suppressions: { type: 'array', uniqueItems: true, items: { $ref: '#/$defs/suppression' } },
        properties: { $ref: '#/$defs/propertyBag' },
      },
    },
    location: {
      type: 'object',
      additionalProperties: false,
      properties: { physicalLocation: { $ref: '#/$defs/physicalLocation' } },
    },
    physicalLocation: {
      type: 'object',
      additionalProperties: false,
      required: ['artifactLocation'],
      properties: {
        artifactLocation: {
          type: 'object',
          additionalProperties: false,
          properties: { uri: { type: 'string', format: 'uri-reference' }, uriBaseId: { type: 'string' } },
        },
        region: {
          type: 'object',
          additionalProperties: false,
          required: ['startLine'],
          properties: {
            startLine: { type: 'integer', minimum: 1 },
            startColumn: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    suppression: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: {
        kind: { enum: ['inSource', 'external'] },
        status: { enum: ['accepted', 'underReview', 'rejected'] },
        justification: { type: 'string' },
      },
    },
  },
} as const;

let compiled: ReturnType<Ajv2020['compile']> | undefined;

/** The errors of a SARIF log against the structure, as readable lines; empty when it conforms. */
export function sarifErrors(log: unknown): string[] {
  compiled ??= addFormats(new Ajv2020({ allErrors: true, strict: true })).compile(sarifStructure);
  if (compiled(log)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
