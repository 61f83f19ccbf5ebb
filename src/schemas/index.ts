// The schema toolkit: every built-in JSON Schema, the types derived from them, their validators and the
// one formatter of validation errors. Import from here.
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { Classification } from '../core/change.js';
import type { Severity, Source } from '../core/finding.js';
import type { changesSchema } from './changes.schema.js';
import { configSchema } from './config.schema.js';
import { filingSchema } from './filing.schema.js';
import type {
  catalogueSchema,
  packManifestSchema,
  ruleFileSchema,
  softwareRolesSchema,
  sourceSchema,
} from './pack.schema.js';
import { productSchema } from './product.schema.js';
import type { statusReportSchema } from './status.schema.js';

export { configSchema, filingSchema, productSchema };
export { failOnLevels } from './config.schema.js';
export { confidences } from './changes.schema.js';
export { catalogueSchema } from './pack.schema.js';
export { securitySchema, stakeholderRoles } from './common.js';
export { statusReportSchema, urgencies } from './status.schema.js';
export { checkReportSchema, type CheckReportSchemaParts } from './report.schema.js';
export { canonicalStatus, statusWording } from './filing-status.js';
// The toolkit: validators compiled at build time (Ajv itself loads only when running from source), the one
// error formatter, and the vendored CycloneDX schema files, read on first use.
export { compiledAtBuild, validator, type SchemaName } from './validators.js';
export { pointerMessage, sbomSchemaMessage, schemaErrors, type SchemaError } from './errors.js';
export { cyclonedxSchemaFile } from './cyclonedx.js';

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
/** A rule pack's product catalogue (`catalogue:` in pack.yaml) as validated against catalogueSchema. */
export type CatalogueFile = Parsed<typeof catalogueSchema>;
/** A rule pack's `changes.yaml` as validated against changesSchema. */
export type ChangesFile = Parsed<typeof changesSchema>;
/** `labelguard status --format json` as validated against statusReportSchema. */
export type StatusReportFile = Parsed<typeof statusReportSchema>;

// core/ sits below the schemas and imports nothing, so the few types it keeps by hand cannot be derived
// from them: each must be the very type its schema gives (same keys, optionality and values), or the
// type check fails here. So must the two schemas that list filing statuses: a status row shows the
// filing's status as the loader reads it ('filed' as 'granted').
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const handKeptTypesMatchTheirSchemas: [
  Same<Source, Parsed<typeof sourceSchema>>,
  Same<Severity, RuleYaml['severity']>,
  Same<Classification, ChangesFile['entries'][number]['classification']>,
  Same<NonNullable<StatusReportFile['rows'][number]['filingStatus']>, Exclude<Filing['status'], 'filed'>>,
] = [true, true, true, true];
void handKeptTypesMatchTheirSchemas;

/** Every user-facing schema, by the file name it is published under in dist/schemas/. */
export const publishedSchemas = {
  'product.schema.json': productSchema,
  'filing.schema.json': filingSchema,
  'config.schema.json': configSchema,
} as const;
