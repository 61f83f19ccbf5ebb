// Every built-in schema by name, and how to compile it: at build time into standalone code
// (scripts/compile-schemas.ts), or at run time when running from source (validators.ts).
import type { Ajv } from 'ajv';
import { createAjv, type Dialect } from './ajv.js';
import { changesSchema } from './changes.schema.js';
import { configSchema } from './config.schema.js';
import { cyclonedxSchemaFile } from './cyclonedx.js';
import { filingSchema } from './filing.schema.js';
import { catalogueSchema, packManifestSchema, ruleFileSchema, softwareRolesSchema } from './pack.schema.js';
import { productSchema } from './product.schema.js';
import { checkReportSchema } from './report.schema.js';
import { statusReportSchema } from './status.schema.js';
import type { SchemaName } from './validators.js';

/** labelguard's own schemas (JSON Schema 2020-12). */
export const dataSchemas = {
  product: productSchema,
  filing: filingSchema,
  config: configSchema,
  pack: packManifestSchema,
  rules: ruleFileSchema,
  catalogue: catalogueSchema,
  software: softwareRolesSchema,
  changes: changesSchema,
  status: statusReportSchema,
  report: checkReportSchema,
} as const;

type DataSchemaName = keyof typeof dataSchemas;

/** The vendored CycloneDX schemas the bom schemas `$ref` by file name. */
const cyclonedxRefs = [
  'spdx.SNAPSHOT.schema.json',
  'jsf-0.82.SNAPSHOT.schema.json',
  'cryptography-defs.SNAPSHOT.schema.json',
];

/** A schema and an Ajv instance (of its dialect, with what it references) to compile it with. */
export function schemaFor(name: SchemaName, ajvFor: (d: Dialect) => Ajv): { ajv: Ajv; schema: object } {
  if (Object.hasOwn(dataSchemas, name)) {
    return { ajv: ajvFor('2020-12'), schema: dataSchemas[name as DataSchemaName] };
  }
  return { ajv: ajvFor('draft-07'), schema: cyclonedxSchemaFile(`${name}.SNAPSHOT.schema.json`) };
}

/** An Ajv instance per dialect, ready to compile any built-in schema of it. */
export function ajvFactory(opts: { source?: boolean } = {}): (d: Dialect) => Ajv {
  const instances = new Map<Dialect, Ajv>();
  return (d) => {
    let a = instances.get(d);
    if (a === undefined) {
      a = createAjv(d, opts);
      // The bom schemas $ref these by relative file name, resolved against http://cyclonedx.org/schema/.
      if (d === 'draft-07')
        for (const f of cyclonedxRefs) a.addSchema(cyclonedxSchemaFile(f), `http://cyclonedx.org/schema/${f}`);
      instances.set(d, a);
    }
    return a;
  };
}
