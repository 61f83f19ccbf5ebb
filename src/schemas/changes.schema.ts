// JSON Schema of a rule pack's `changes.yaml`: the ordered change-classification table. The loader
// validates every file against it before compiling any `when` expression.

import { sourceSchema } from './pack.schema.js';

const nonEmpty = { type: 'string', minLength: 1 } as const;

export const classifications = ['material', 'record', 'none'] as const;
export const confidences = ['confirmed', 'fragment', 'inference'] as const;

/** `rules/<pack>/changes.yaml`. */
export const changesSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://labelguard.dev/schemas/changes.schema.json',
  title: 'labelguard change classification',
  type: 'object',
  additionalProperties: false,
  required: ['scheme', 'entries'],
  properties: {
    $schema: { type: 'string' },
    scheme: { ...nonEmpty, description: 'Scheme whose filings this table classifies, e.g. cn-ccl.' },
    entries: {
      type: 'array',
      minItems: 1,
      description: 'Ordered: the first entry whose `when` is true classifies the change.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'when', 'classification', 'reason', 'sources', 'confidence'],
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-]*$',
            description: 'Stable id, used by overrides.',
          },
          title: nonEmpty,
          title_zh: {
            ...nonEmpty,
            description:
              'The title in Simplified Chinese, shown by the documents meant for the filing agency (*.zh-CN.md); without it they show the English title, marked as English.',
          },
          when: {
            ...nonEmpty,
            description: 'CEL over `change` (see the file header); must give true or false.',
          },
          classification: { enum: classifications },
          min_stars: {
            type: 'integer',
            minimum: 1,
            maximum: 9,
            description: 'Below this star level the entry gives `below_min_stars` instead.',
          },
          below_min_stars: { enum: classifications, default: 'record' },
          blocking: {
            type: 'boolean',
            description: 'A material change that fails the check even when the change log records it.',
          },
          reason: nonEmpty,
          reason_zh: {
            ...nonEmpty,
            description:
              'The reason in Simplified Chinese, for the *.zh-CN.md documents; without it they show the English reason, marked as English.',
          },
          sources: {
            type: 'array',
            minItems: 1,
            items: sourceSchema,
          },
          confidence: { enum: confidences },
        },
      },
    },
  },
} as const;
