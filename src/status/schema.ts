// `status --merge` validates every shard report against the published schema before merging; problems are
// said by JSON pointer, as a reader of a JSON file looks for them.
import type { ErrorObject } from 'ajv';
import { validator } from '../schemas/index.js';

/** Problems of a parsed status report against the schema, each as `JSON pointer: message`; empty when valid. */
export function statusReportProblems(value: unknown): string[] {
  const validate = validator('status');
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, 10).map(describeSchemaError);
}

/** One schema error as `JSON pointer: message`. */
export function describeSchemaError(e: ErrorObject): string {
  const at = e.instancePath === '' ? '(top level)' : e.instancePath;
  const extra =
    e.keyword === 'additionalProperties'
      ? ` '${String((e.params as { additionalProperty: string }).additionalProperty)}'`
      : e.keyword === 'enum' || e.keyword === 'const'
        ? ` (${JSON.stringify((e.params as { allowedValues?: unknown; allowedValue?: unknown }).allowedValues ?? (e.params as { allowedValue?: unknown }).allowedValue)})`
        : '';
  return `${at}: ${e.message ?? 'is invalid'}${extra}`;
}
