// The one translation of Ajv's errors into what a reader needs: for a YAML data file, where (a path into
// the document, for the caller to turn into a line and column) and what, in plain words; for a JSON file
// (a status or check report, an SBOM), the JSON pointer its reader looks for and Ajv's own words.
import type { ErrorObject } from 'ajv';

/** A path into a parsed document: object keys and array indexes. */
export type DocPath = (string | number)[];

/** A schema error, said for a person: the path it is about and the message. */
export interface SchemaError {
  /** Where the problem is; for an unknown key, the key itself (`onKey`). */
  path: DocPath;
  onKey: boolean;
  message: string;
  error: ErrorObject;
}

/** `/a/0/b` → `['a', '0', 'b']`: the unescaped segments of a JSON pointer. */
function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/a/0/b` → `['a', 0, 'b']`. */
export function pointerToPath(pointer: string): DocPath {
  return pointerSegments(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Ajv's errors as located messages: `anyOf`/`oneOf` report every branch, so only the most specific
 * errors per location are kept, each once. `root` names the whole document (`the file`); `schema`, when
 * given, names the schema in messages Ajv words itself.
 */
export function schemaErrors(errors: readonly ErrorObject[], root: string, schema?: string): SchemaError[] {
  return dedupe(errors).map((e) => {
    const path = pointerToPath(e.instancePath);
    const p = e.params as Record<string, unknown>;
    const onKey = e.keyword === 'additionalProperties';
    return {
      path: onKey ? [...path, String(p.additionalProperty)] : path,
      onKey,
      message: describe(e, path.length === 0 ? root : `'${path.join('.')}'`, schema),
      error: e,
    };
  });
}

function dedupe(errors: readonly ErrorObject[]): ErrorObject[] {
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

function describe(e: ErrorObject, where: string, schema: string | undefined): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown key '${String(p.additionalProperty)}' in ${where}`;
    case 'required':
      return `missing required key '${String(p.missingProperty)}' in ${where}`;
    case 'type':
      return `${where} must be ${String(p.type)}`;
    case 'enum':
      return `${where} must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${where} must be ${JSON.stringify(p.allowedValue)}`;
    case 'format':
      return `${where} must be a valid ${String(p.format)}${p.format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
    case 'pattern':
      return `${where} does not match the expected form ${String(p.pattern)}`;
    default:
      return `${where} ${e.message ?? 'is invalid'}${schema ? ` (${schema} schema)` : ''}`;
  }
}

/** A schema error of a JSON report (status, check report) as `JSON pointer: message`. */
export function pointerMessage(e: ErrorObject): string {
  const at = e.instancePath === '' ? '(top level)' : e.instancePath;
  const extra =
    e.keyword === 'additionalProperties'
      ? ` '${String((e.params as { additionalProperty: string }).additionalProperty)}'`
      : e.keyword === 'enum' || e.keyword === 'const'
        ? ` (${JSON.stringify((e.params as { allowedValues?: unknown; allowedValue?: unknown }).allowedValues ?? (e.params as { allowedValue?: unknown }).allowedValue)})`
        : '';
  return `${at}: ${e.message ?? 'is invalid'}${extra}`;
}

/**
 * A schema error of an SBOM, quoting the offending value from `doc`:
 * `/components/0/type must be equal to one of the allowed values (found "foo"; allowed: …)`.
 */
export function sbomSchemaMessage(e: ErrorObject, doc: unknown): string {
  const at = e.instancePath === '' ? '/' : e.instancePath;
  let text = `${at} ${e.message ?? 'is invalid'}`;
  const extras: string[] = [];
  if (e.keyword === 'additionalProperties') {
    extras.push(
      `property ${JSON.stringify((e.params as { additionalProperty?: unknown }).additionalProperty)}`,
    );
  }
  if (e.keyword === 'enum' || e.keyword === 'pattern' || e.keyword === 'format' || e.keyword === 'const') {
    const found = valueAt(doc, e.instancePath);
    if (typeof found === 'string' || typeof found === 'number' || typeof found === 'boolean') {
      extras.push(`found ${JSON.stringify(found).slice(0, 80)}`);
    }
  }
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues ?? [];
    const shown = allowed.slice(0, 15).map((v) => JSON.stringify(v));
    extras.push(`allowed: ${shown.join(', ')}${allowed.length > 15 ? `, … (${allowed.length} values)` : ''}`);
  }
  if (extras.length > 0) text += ` (${extras.join('; ')})`;
  return text;
}

/** Resolves a JSON pointer against a parsed document, own properties only. */
function valueAt(doc: unknown, pointer: string): unknown {
  let cur = doc;
  for (const key of pointerSegments(pointer)) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
