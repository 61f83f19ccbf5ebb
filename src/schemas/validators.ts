// Every built-in schema by name, and its validator. The build compiles each one into standalone code
// (dist/schemas/compiled/<name>.cjs, written by scripts/compile-schemas.ts), so a run loads a validator
// instead of compiling a schema (60–200 ms for a CycloneDX version, ~20 ms for a small one). Running from
// source, where no compiled code exists, compiles with the same Ajv set-up on first use.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Ajv, ValidateFunction } from 'ajv';
import { assetDir } from '../assets.js';
import { createAjv, type Dialect } from './ajv.js';
import { changesSchema } from './changes.schema.js';
import { configSchema } from './config.schema.js';
import { filingSchema } from './filing.schema.js';
import { catalogueSchema, packManifestSchema, ruleFileSchema, softwareRolesSchema } from './pack.schema.js';
import { productSchema } from './product.schema.js';
import { statusReportSchema } from './status.schema.js';

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
} as const;

export const cyclonedxVersions = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export type DataSchemaName = keyof typeof dataSchemas;
export type SchemaName = DataSchemaName | `bom-${(typeof cyclonedxVersions)[number]}`;

/** Every built-in schema, as the build compiles them. */
export const schemaNames: readonly SchemaName[] = [
  ...(Object.keys(dataSchemas) as DataSchemaName[]),
  ...cyclonedxVersions.map((v) => `bom-${v}` as const),
];

/** The vendored CycloneDX schemas the bom schemas `$ref` by file name. */
const cyclonedxRefs = [
  'spdx.SNAPSHOT.schema.json',
  'jsf-0.82.SNAPSHOT.schema.json',
  'cryptography-defs.SNAPSHOT.schema.json',
];

const readCyclonedx = (file: string): object =>
  JSON.parse(readFileSync(join(assetDir('schemas/cyclonedx'), file), 'utf8')) as object;

/** A schema and an Ajv instance (of its dialect, with what it references) to compile it with. */
export function schemaFor(name: SchemaName, ajvFor: (d: Dialect) => Ajv): { ajv: Ajv; schema: object } {
  if (Object.hasOwn(dataSchemas, name)) {
    return { ajv: ajvFor('2020-12'), schema: dataSchemas[name as DataSchemaName] };
  }
  return { ajv: ajvFor('draft-07'), schema: readCyclonedx(`${name}.SNAPSHOT.schema.json`) };
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
        for (const f of cyclonedxRefs) a.addSchema(readCyclonedx(f), `http://cyclonedx.org/schema/${f}`);
      instances.set(d, a);
    }
    return a;
  };
}

const runtimeAjv = ajvFactory();
const validators = new Map<SchemaName, ValidateFunction>();

let compiledDir: string | null | undefined;

/** The folder of validators compiled by the build (beside the bundle), or null when running from source. */
function compiled(): string | null {
  if (compiledDir === undefined) {
    const dir = join(dirname(assetDir('schemas/cyclonedx')), 'compiled');
    compiledDir = existsSync(dir) ? dir : null;
  }
  return compiledDir;
}

/**
 * Whether this labelguard was built: its schemas compiled and its built-in rule packs validated by the
 * build (which fails on any problem in them), so a run need not validate those packs again.
 */
export function compiledAtBuild(): boolean {
  return compiled() !== null;
}

/** The compiled code of a schema shipped beside the bundle, when there is one. */
function precompiled(name: SchemaName): ValidateFunction | undefined {
  const dir = compiled();
  if (dir === null) return undefined;
  return createRequire(import.meta.url)(join(dir, `${name}.cjs`)) as ValidateFunction;
}

/** The validator of a built-in schema: compiled at build time when available, else now (once). */
export function validator(name: SchemaName): ValidateFunction {
  let fn = validators.get(name);
  if (fn === undefined) {
    fn = precompiled(name);
    if (fn === undefined) {
      const { ajv, schema } = schemaFor(name, runtimeAjv);
      fn = ajv.compile(schema);
    }
    validators.set(name, fn);
  }
  return fn;
}
