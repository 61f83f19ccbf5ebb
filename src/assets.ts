import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A file that only the data folder holds: `src/rules/` (code) must not be mistaken for `rules/` (data).
const markers = {
  rules: 'cn-ccl',
  templates: 'label.svg.hbs',
  'schemas/cyclonedx': 'bom-1.6.SNAPSHOT.schema.json',
  'assets/label': 'label-cjk.ttf',
} as const;

/**
 * The folder of shipped data (`rules`, `templates`, the CycloneDX schemas, the label font): beside the bundle in dist/,
 * or in the repository (root, or src/) when running from source. Found by walking up from this module's own file.
 */
export function assetDir(name: keyof typeof markers): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, name);
    if (existsSync(join(candidate, markers[name]))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    `labelguard is incomplete: its '${name}' folder was not found above ${fileURLToPath(import.meta.url)}`,
  );
}
