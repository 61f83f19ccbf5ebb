import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetDir } from '../assets.js';
import { evidenceTemplateNames } from '../evidence/index.js';

/**
 * Load the templates evidence is rendered from, shipped beside the bundle. Here, not in src/evidence/
 * (which renders from the texts it is given and reads no file), so that both shells read them alike.
 */
export function loadTemplates(): Record<string, string> {
  const dir = assetDir('templates');
  return Object.fromEntries(
    evidenceTemplateNames.map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}
