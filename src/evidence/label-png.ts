import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { assetDir } from '../assets.js';
import { EvidenceError } from './errors.js';

/** The family name inside `assets/label/label-cjk.ttf`; the SVG template names it first. */
export const labelFontFamily = 'WenQuanYi Micro Hei';

let font: Uint8Array | undefined;
let preparing: Promise<void> | undefined;

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

/**
 * Load the SVG renderer and the label font once (WebAssembly starts asynchronously). Shells call it
 * before generating evidence; the rendering itself then stays synchronous and pure.
 */
export function prepareLabelRenderer(): Promise<void> {
  preparing ??= (async () => {
    const dir = assetDir('assets/label');
    await initWasm(readFileSync(wasmFile(dir)));
    font = new Uint8Array(readFileSync(join(dir, 'label-cjk.ttf')));
  })();
  return preparing;
}

/**
 * The label PNG, rendered from the label SVG by resvg at 1 px per SVG unit with only the shipped CJK font
 * (no system fonts), so the PNG shows exactly what the SVG says on every machine. resvg writes no time
 * or text chunks: the same SVG gives the same bytes.
 */
export function renderLabelPng(svg: string): Buffer {
  if (!font) {
    throw new EvidenceError(
      'The label renderer is not loaded, so label.png cannot be drawn.',
      'Call prepareLabelRenderer() (and await it) before generating evidence.',
    );
  }
  const resvg = new Resvg(svg, {
    font: {
      fontBuffers: [font],
      defaultFontFamily: labelFontFamily,
      sansSerifFamily: labelFontFamily,
    },
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
  });
  try {
    const image = resvg.render();
    const png = Buffer.from(image.asPng());
    image.free();
    return png;
  } finally {
    resvg.free();
  }
}
