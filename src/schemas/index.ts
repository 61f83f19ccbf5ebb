import type { FromSchema } from 'json-schema-to-ts';
import { configSchema } from './config.schema.js';
import { filingSchema } from './filing.schema.js';
import { productSchema } from './product.schema.js';

export { configSchema, filingSchema, productSchema };

/** A product manifest as validated against productSchema. */
export type Product = FromSchema<typeof productSchema>;
/** A filing record as validated against filingSchema. */
export type Filing = FromSchema<typeof filingSchema>;
/** `.labelguard.yml` as validated against configSchema. */
export type Config = FromSchema<typeof configSchema>;
export type ChangeLogEntry = NonNullable<Filing['changes']>[number];
export type Baseline = NonNullable<Filing['baseline']>;
export type Security = NonNullable<Product['security']>;
export type Waiver = NonNullable<Config['waivers']>[number];
export type FailOn = NonNullable<NonNullable<Config['policy']>['fail_on']>;

/** Every user-facing schema, by the file name it is published under in dist/schemas/. */
export const publishedSchemas = {
  'product.schema.json': productSchema,
  'filing.schema.json': filingSchema,
  'config.schema.json': configSchema,
} as const;
