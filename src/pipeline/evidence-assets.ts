// The shipped files evidence is rendered with, read from beside the bundle: the templates and what label.png
// is drawn with. Here, not in src/evidence/ (which renders from what it is given and reads no file), so that
// both shells read them alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assetDir } from '../assets.js';
import { evidenceTemplateNames, loadLabelRenderer } from '../evidence/index.js';

/** Load the templates evidence is rendered from. */
export function loadTemplates(): Record<string, string> {
  const dir = assetDir('templates');
  return Object.fromEntries(
    evidenceTemplateNames.map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/**
 * Load the SVG renderer and the label font once. Shells call it before generating evidence (each bundle
 * renders label.png).
 */
export function prepareLabelRenderer(): Promise<void> {
  return loadLabelRenderer(() => {
    const dir = assetDir('assets/label');
    return {
      wasm: readFileSync(wasmFile(dir)),
      font: new Uint8Array(readFileSync(join(dir, 'label-cjk.ttf'))),
    };
  });
}

/**
 * The resvg WebAssembly module: copied beside the font in dist/ by the build, else the npm package's
 * own file when running from the repository. WebAssembly rather than a native addon, so the bundle runs
 * on every runner OS and CPU from dist/ alone.
 */
function wasmFile(dir: string): string {
  const shipped = join(dir, 'resvg.wasm');
  if (existsSync(shipped)) return shipped;
  const installed = join(dirname(dirname(dir)), 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm');
  if (existsSync(installed)) return installed;
  throw new Error(
    `labelguard is incomplete: resvg.wasm is missing from ${dir}; rebuild dist/ (npm run build)`,
  );
}
