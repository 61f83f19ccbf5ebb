// The vendored CycloneDX JSON Schemas, imported so the bundler inlines them (the library's own
// validator reads them from disk, which breaks once bundled), and compiled lazily: one ajv compile
// costs 60–200 ms, so only the spec versions actually seen are compiled, once per process.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import bom12 from '../schemas/cyclonedx/bom-1.2.SNAPSHOT.schema.json' with { type: 'json' };
import bom13 from '../schemas/cyclonedx/bom-1.3.SNAPSHOT.schema.json' with { type: 'json' };
import bom14 from '../schemas/cyclonedx/bom-1.4.SNAPSHOT.schema.json' with { type: 'json' };
import bom15 from '../schemas/cyclonedx/bom-1.5.SNAPSHOT.schema.json' with { type: 'json' };
import bom16 from '../schemas/cyclonedx/bom-1.6.SNAPSHOT.schema.json' with { type: 'json' };
import bom17 from '../schemas/cyclonedx/bom-1.7.SNAPSHOT.schema.json' with { type: 'json' };
import cryptoDefs from '../schemas/cyclonedx/cryptography-defs.SNAPSHOT.schema.json' with { type: 'json' };
import jsf from '../schemas/cyclonedx/jsf-0.82.SNAPSHOT.schema.json' with { type: 'json' };
import spdx from '../schemas/cyclonedx/spdx.SNAPSHOT.schema.json' with { type: 'json' };
import type { SpecVersion } from './types.js';

interface BomSchema {
  definitions: {
    component: { properties: { type: { enum: string[] } } };
    'hash-alg': { enum: string[] };
  };
}

const BOM_SCHEMAS: Record<SpecVersion, BomSchema> = {
  '1.2': bom12,
  '1.3': bom13,
  '1.4': bom14,
  '1.5': bom15,
  '1.6': bom16,
  '1.7': bom17,
};

/** Component types the given spec version allows (from its schema, so it matches validation). */
export function componentTypes(v: SpecVersion): readonly string[] {
  return BOM_SCHEMAS[v].definitions.component.properties.type.enum;
}

/** Hash algorithms the given spec version allows. */
export function hashAlgorithms(v: SpecVersion): readonly string[] {
  return BOM_SCHEMAS[v].definitions['hash-alg'].enum;
}

/** SPDX licence ids CycloneDX accepts in `license.id`. */
export const SPDX_IDS: ReadonlySet<string> = new Set((spdx as { enum: string[] }).enum);

// ajv-formats is CommonJS; under NodeNext its default import is typed as the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

let ajv: Ajv | undefined;
const compiled = new Map<SpecVersion, ValidateFunction>();

function instance(): Ajv {
  if (ajv !== undefined) return ajv;
  // Same options as @cyclonedx/cyclonedx-library's own validator, plus allErrors.
  const a = new Ajv({
    allErrors: true,
    useDefaults: false,
    strict: false,
    strictSchema: false,
    addUsedSchema: false,
    loadSchema: (uri: string) => Promise.reject(new Error(`remote schemas are disabled: ${uri}`)),
  });
  addFormats(a);
  a.addFormat('iri-reference', true);
  a.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
  // The bom schemas $ref these by relative file name, resolved against http://cyclonedx.org/schema/.
  a.addSchema(spdx, 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
  a.addSchema(jsf, 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json');
  a.addSchema(cryptoDefs, 'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json');
  ajv = a;
  return a;
}

/** The compiled validator for a spec version (compiled on first use, then cached). */
export function jsonSchemaValidator(v: SpecVersion): ValidateFunction {
  let fn = compiled.get(v);
  if (fn === undefined) {
    fn = instance().compile(BOM_SCHEMAS[v] as object);
    compiled.set(v, fn);
  }
  return fn;
}
