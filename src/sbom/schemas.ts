// The vendored CycloneDX JSON Schemas (about 1 MB), read from labelguard's own schemas folder the
// first time a spec version is needed rather than inlined in the bundle: a run that reads no SBOM
// (a pull request touching no product) does not pay for parsing them. Their validators are compiled when
// labelguard is built (src/schemas/validators.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { assetDir } from '../assets.js';
import { validator } from '../schemas/validators.js';
import type { SpecVersion } from './types.js';

interface BomSchema {
  definitions: {
    component: { properties: { type: { enum: string[] } } };
    'hash-alg': { enum: string[] };
  };
}

const loaded = new Map<string, unknown>();

/** One vendored schema file, parsed once per process. */
function schemaFile<T>(name: string): T {
  let schema = loaded.get(name);
  if (schema === undefined) {
    schema = JSON.parse(readFileSync(join(assetDir('schemas/cyclonedx'), name), 'utf8')) as unknown;
    loaded.set(name, schema);
  }
  return schema as T;
}

const bomSchema = (v: SpecVersion) => schemaFile<BomSchema>(`bom-${v}.SNAPSHOT.schema.json`);

/** Component types the given spec version allows (from its schema, so it matches validation). */
export function componentTypes(v: SpecVersion): readonly string[] {
  return bomSchema(v).definitions.component.properties.type.enum;
}

/** Hash algorithms the given spec version allows. */
export function hashAlgorithms(v: SpecVersion): readonly string[] {
  return bomSchema(v).definitions['hash-alg'].enum;
}

let spdxIdSet: ReadonlySet<string> | undefined;

/** SPDX licence ids CycloneDX accepts in `license.id`. */
export function spdxIds(): ReadonlySet<string> {
  return (spdxIdSet ??= new Set(schemaFile<{ enum: string[] }>('spdx.SNAPSHOT.schema.json').enum));
}

/** The validator for a spec version (compiled when labelguard was built; else on first use). */
export function jsonSchemaValidator(v: SpecVersion): ValidateFunction {
  return validator(`bom-${v}`);
}
