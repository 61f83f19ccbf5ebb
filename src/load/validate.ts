import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { configSchema, filingSchema, productSchema } from '../schemas/index.js';
import { LoadProblem } from './problem.js';
import type { DocPath, YamlFile } from './yaml-file.js';

type SchemaName = 'product' | 'filing' | 'config';
const schemas = { product: productSchema, filing: filingSchema, config: configSchema };

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }));
    fn = ajv.compile(schemas[name]);
    compiled.set(name, fn);
  }
  return fn;
}

/** Validate a parsed file against one of the data-model schemas; every error located in the file. */
export function validateAgainst(name: SchemaName, doc: YamlFile): LoadProblem[] {
  const validate = validator(name);
  if (validate(doc.value)) return [];
  const errors = dedupe(validate.errors ?? []);
  return errors.map((e) => {
    const path = pointerToPath(e.instancePath);
    const at =
      e.keyword === 'additionalProperties'
        ? doc.locate(
            [...path, String((e.params as { additionalProperty: string }).additionalProperty)],
            'key',
          )
        : doc.locate(path);
    return new LoadProblem('data.schema', at, describe(e, name), hintFor(e, name));
  });
}

/** `anyOf`/`oneOf` report every branch; keep the most specific error per location. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const out: ErrorObject[] = [];
  for (const list of byPath.values()) {
    const specific = list.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
    const seen = new Set<string>();
    for (const e of specific.length > 0 ? specific : list) {
      const key = `${e.keyword}:${JSON.stringify(e.params)}`;
      if (!seen.has(key)) out.push(e);
      seen.add(key);
    }
  }
  return out;
}

function pointerToPath(pointer: string): DocPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function where(e: ErrorObject): string {
  return e.instancePath === '' ? 'the document' : `'${pointerToPath(e.instancePath).join('.')}'`;
}

function describe(e: ErrorObject, name: SchemaName): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown key '${String(p.additionalProperty)}' in ${where(e)}`;
    case 'required':
      return `missing required key '${String(p.missingProperty)}' in ${where(e)}`;
    case 'type':
      return `${where(e)} must be ${String(p.type)}`;
    case 'enum':
      return `${where(e)} must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'format':
      return `${where(e)} must be a valid ${String(p.format)}${p.format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
    case 'pattern':
      return `${where(e)} does not match the expected form ${String(p.pattern)}`;
    default:
      return `${where(e)} ${e.message ?? 'is invalid'} (${name} schema)`;
  }
}

function hintFor(e: ErrorObject, name: SchemaName): string {
  const ref = `See dist/schemas/${name}.schema.json for the allowed keys and values.`;
  if (e.keyword === 'additionalProperties') return `Remove or rename the key (keys are snake_case). ${ref}`;
  if (e.keyword === 'format' && (e.params as { format?: string }).format === 'date')
    return 'Write dates as YYYY-MM-DD; quote them if your editor reformats them.';
  return ref;
}
