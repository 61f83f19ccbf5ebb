import { type SchemaError, schemaErrors, validator } from '../schemas/index.js';
import { LoadProblem } from './problem.js';
import type { YamlFile } from './yaml-file.js';

type SchemaName = 'product' | 'filing' | 'config';

/** Validate a parsed file against one of the data-model schemas; every error located in the file. */
export function validateAgainst(name: SchemaName, doc: YamlFile): LoadProblem[] {
  const validate = validator(name);
  if (validate(doc.value)) return [];
  return schemaErrors(validate.errors ?? [], 'the document', name).map(
    (e) =>
      new LoadProblem(
        'data.schema',
        e.onKey ? doc.locate(e.path, 'key') : doc.locate(e.path),
        e.message,
        hintFor(e, name),
      ),
  );
}

function hintFor({ error: e }: SchemaError, name: SchemaName): string {
  const ref = `See dist/schemas/${name}.schema.json for the allowed keys and values.`;
  if (e.keyword === 'additionalProperties') return `Remove or rename the key (keys are snake_case). ${ref}`;
  if (e.keyword === 'format' && (e.params as { format?: string }).format === 'date')
    return 'Write dates as YYYY-MM-DD; quote them if your editor reformats them.';
  return ref;
}
