import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of bundled data (`rules`, `templates`, `schemas`): beside the bundle in dist/, or at the
 * repository root when running from source. Found by walking up from this module's own file.
 */
export function assetDir(name: 'rules' | 'templates' | 'schemas'): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`labelguard is incomplete: its '${name}' folder was not found beside ${fileURLToPath(import.meta.url)}`);
}
