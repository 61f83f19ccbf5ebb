// `status --merge` validates every shard report against the published schema before merging; problems are
// said by JSON pointer, as a reader of a JSON file looks for them.
import { pointerMessage, validator } from '../schemas/index.js';

/** Problems of a parsed status report against the schema, each as `JSON pointer: message`; empty when valid. */
export function statusReportProblems(value: unknown): string[] {
  const validate = validator('status');
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, 10).map(pointerMessage);
}
