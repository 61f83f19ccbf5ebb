import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { changesSchema } from './changes.schema.js';
import { configSchema } from './config.schema.js';
import { filingSchema } from './filing.schema.js';
import type { packManifestSchema, ruleFileSchema, softwareRolesSchema } from './pack.schema.js';
import { productSchema } from './product.schema.js';

export { configSchema, filingSchema, productSchema };

// Defaults in the schemas document what labelguard assumes; validation does not fill them in, so a
// defaulted key stays optional in the types.
type Parsed<S extends JSONSchema> = FromSchema<S, { keepDefaultedPropertiesOptional: true }>;

/** A product manifest as validated against productSchema. */
export type Product = Parsed<typeof productSchema>;
/** A filing record as validated against filingSchema. */
export type Filing = Parsed<typeof filingSchema>;
/** `.labelguard.yml` as validated against configSchema. */
export type Config = Parsed<typeof configSchema>;
export type ChangeLogEntry = NonNullable<Filing['changes']>[number];
export type Baseline = NonNullable<Filing['baseline']>;
export type Security = NonNullable<Product['security']>;
export type Waiver = NonNullable<Config['waivers']>[number];
export type FailOn = NonNullable<NonNullable<Config['policy']>['fail_on']>;
/** A rule pack's `pack.yaml` as validated against packManifestSchema. */
export type PackManifest = Parsed<typeof packManifestSchema>;
/** A rule pack's `software-roles.yaml` as validated against softwareRolesSchema. */
export type SoftwareRolesFile = Parsed<typeof softwareRolesSchema>;
/** A rule pack's rule file (`rules/<pack>/rules/*.yaml`) as validated against ruleFileSchema. */
export type RuleFile = Parsed<typeof ruleFileSchema>;
/** One rule of a rule file, as written. */
export type RuleYaml = RuleFile['rules'][number];
/** A rule pack's `changes.yaml` as validated against changesSchema. */
export type ChangesFile = Parsed<typeof changesSchema>;

/** Every user-facing schema, by the file name it is published under in dist/schemas/. */
export const publishedSchemas = {
  'product.schema.json': productSchema,
  'filing.schema.json': filingSchema,
  'config.schema.json': configSchema,
} as const;
