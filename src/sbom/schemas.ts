// What the SBOM core takes from the official CycloneDX JSON Schemas: the enums XML is checked against and
// the JSON validator of a spec version. The schema toolkit (src/schemas/) reads the vendored files, lazily
// and once, so that a run that reads no SBOM neither reads nor parses them; their validators are compiled
// when labelguard is built (src/schemas/validators.ts).
import type { ValidateFunction } from 'ajv';
import { cyclonedxSchemaFile, validator } from '../schemas/index.js';
import type { SpecVersion } from './types.js';

interface BomSchema {
  definitions: {
    component: { properties: { type: { enum: string[] } } };
    'hash-alg': { enum: string[] };
  };
}

const bomSchema = (v: SpecVersion) => cyclonedxSchemaFile<BomSchema>(`bom-${v}.SNAPSHOT.schema.json`);

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
  return (spdxIdSet ??= new Set(cyclonedxSchemaFile<{ enum: string[] }>('spdx.SNAPSHOT.schema.json').enum));
}

/** The validator for a spec version (compiled when labelguard was built; else on first use). */
export function jsonSchemaValidator(v: SpecVersion): ValidateFunction {
  return validator(`bom-${v}`);
}
