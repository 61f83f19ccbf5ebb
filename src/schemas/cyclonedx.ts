// The vendored CycloneDX JSON Schemas (about 1 MB), read from labelguard's own schemas folder the first
// time one is needed rather than inlined in the bundle: a run that reads no SBOM (a pull request touching
// no product) neither reads nor parses them. The SBOM core (src/sbom/) takes the enums it checks XML
// against from here; compile.ts hands them to Ajv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetDir } from '../assets.js';

const loaded = new Map<string, unknown>();

/** One vendored schema file by name (e.g. `bom-1.6.SNAPSHOT.schema.json`), parsed once per process. */
export function cyclonedxSchemaFile<T = object>(file: string): T {
  let schema = loaded.get(file);
  if (schema === undefined) {
    schema = JSON.parse(readFileSync(join(assetDir('schemas/cyclonedx'), file), 'utf8')) as unknown;
    loaded.set(file, schema);
  }
  return schema as T;
}
