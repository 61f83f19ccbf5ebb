// Reading the generated label back: the PNG through pngjs and the SVG's QR path through a tiny
// rasteriser of its own, both decoded with jsQR as a phone camera would.
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a default export; under NodeNext its default import is the module object.
type JsQr = (typeof jsQRModule)['default'];
const jsQR = jsQRModule.default ?? (jsQRModule as unknown as JsQr);

/** Decode the QR code in a PNG; null when jsQR finds none. */
export function decodePngQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return jsQR(pixels, image.width, image.height)?.data ?? null;
}

/** The `d` attribute of the QR path in a label SVG (the only path element). */
export function qrPathData(svg: string): string {
  const match = /<path d="([^"]*)"/.exec(svg);
  if (!match?.[1]) throw new Error('no QR path in the SVG');
  return match[1];
}

/** Rasterise a QR path of `M x y h n v1 h-n z` runs at 4 px per module and decode it. */
export function decodeSvgQr(svg: string): string | null {
  const runs = [...qrPathData(svg).matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)].map((m) =>
    m.slice(1).map(Number),
  );
  const size = Math.max(...runs.map(([x = 0, , n = 0]) => x + n), ...runs.map(([, y = 0]) => y + 1));
  const px = 4;
  const quiet = 4;
  const side = (size + 2 * quiet) * px;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [x = 0, y = 0, n = 0] of runs) {
    for (let col = x; col < x + n; col++) {
      for (let dy = 0; dy < px; dy++) {
        for (let dx = 0; dx < px; dx++) {
          const i = (((quiet + y) * px + dy) * side + (quiet + col) * px + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    }
  }
  return jsQR(data, side, side)?.data ?? null;
}

/** Whether any pixel of the PNG is the draft red. */
export function hasDraftRed(png: Buffer): boolean {
  const { data } = PNG.sync.read(png);
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] === 192 && data[i + 1] === 0 && data[i + 2] === 0) return true;
  }
  return false;
}
