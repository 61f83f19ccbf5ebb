// The vendored CycloneDX JSON Schemas (about 1 MB), read from labelguard's own schemas folder the
// first time a spec version is needed rather than inlined in the bundle: a run that validates no SBOM
// (a pull request touching no product) does not pay for parsing them. The library's own validator reads
// them relative to its package, which breaks once bundled. Compiled lazily: one ajv compile costs
// 60–200 ms, so only the spec versions actually seen are compiled, once per process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { assetDir } from '../assets.js';
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
  // ajv checks uniqueItems by comparing every pair of items: 0.4 s for one 2,000-component SBOM, most of
  // a large audit. The same rule, checked with a set of canonical JSON texts, is linear.
  a.removeKeyword('uniqueItems');
  a.addKeyword({
    keyword: 'uniqueItems',
    type: 'array',
    schemaType: 'boolean',
    errors: true,
    validate: uniqueItems,
  });
  a.addFormat('iri-reference', true);
  a.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
  // The bom schemas $ref these by relative file name, resolved against http://cyclonedx.org/schema/.
  for (const name of [
    'spdx.SNAPSHOT.schema.json',
    'jsf-0.82.SNAPSHOT.schema.json',
    'cryptography-defs.SNAPSHOT.schema.json',
  ]) {
    a.addSchema(schemaFile<object>(name), `http://cyclonedx.org/schema/${name}`);
  }
  ajv = a;
  return a;
}

/** The compiled validator for a spec version (compiled on first use, then cached). */
export function jsonSchemaValidator(v: SpecVersion): ValidateFunction {
  let fn = compiled.get(v);
  if (fn === undefined) {
    fn = instance().compile(bomSchema(v) as object);
    compiled.set(v, fn);
  }
  return fn;
}

interface KeywordValidate {
  (schema: boolean, data: unknown[]): boolean;
  errors?: Partial<import('ajv').ErrorObject>[];
}

/** `uniqueItems` in linear time: items are equal when their canonical JSON texts are. */
const uniqueItems: KeywordValidate = (schema, data) => {
  uniqueItems.errors = [];
  if (!schema) return true;
  const seen = new Map<string, number>();
  for (let j = 0; j < data.length; j++) {
    const key = canonicalJson(data[j]);
    const i = seen.get(key);
    if (i !== undefined) {
      uniqueItems.errors = [
        {
          keyword: 'uniqueItems',
          message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
          params: { i, j },
        },
      ];
      return false;
    }
    seen.set(key, j);
  }
  return true;
};

/** JSON text with object keys sorted, so that key order does not make equal items differ. */
function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}
