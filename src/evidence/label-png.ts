import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { EvidenceError } from './errors.js';

/** The family name inside `assets/label/label-cjk.ttf`; the SVG template names it first. */
export const labelFontFamily = 'WenQuanYi Micro Hei';

let font: Uint8Array | undefined;
let preparing: Promise<void> | undefined;

/** What label.png is drawn with, as bytes: the resvg WebAssembly module and the label font. */
export interface LabelRendererAssets {
  wasm: Uint8Array;
  font: Uint8Array;
}

/**
 * Start the SVG renderer once (WebAssembly starts asynchronously) with the bytes `read` returns; the
 * rendering itself then stays synchronous and pure. `prepareLabelRenderer` (src/pipeline/evidence-assets.ts)
 * reads the shipped files and calls this; shells call that before generating evidence.
 */
export function loadLabelRenderer(read: () => LabelRendererAssets): Promise<void> {
  preparing ??= (async () => {
    const assets = read();
    await initWasm(assets.wasm);
    font = assets.font;
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
      'Call prepareLabelRenderer() (src/pipeline/evidence-assets.ts, and await it) before generating evidence.',
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
