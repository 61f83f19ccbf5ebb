import { glyphAdvance, glyphHeight, glyphRows, glyphWidth } from './bitmap-font.js';
import { maxOf, minOf } from '../core/append.js';

export type Rgb = readonly [number, number, number];

/** An RGB pixel buffer with the few drawing operations a label needs; integer coordinates only. */
export class Raster {
  readonly data: Buffer;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.data = Buffer.alloc(width * height * 3);
    this.fillRect(0, 0, width, height, background);
  }

  /** Set one pixel; pixels outside the raster are ignored. */
  set(x: number, y: number, colour: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    this.data[i] = colour[0];
    this.data[i + 1] = colour[1];
    this.data[i + 2] = colour[2];
  }

  fillRect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    for (let row = y; row < y + h; row++) for (let col = x; col < x + w; col++) this.set(col, row, colour);
  }

  /** A rectangle outline `thickness` pixels wide; with `dash`, drawn as dashes of that length. */
  strokeRect(x: number, y: number, w: number, h: number, thickness: number, colour: Rgb, dash = 0): void {
    const on = (i: number): boolean => dash === 0 || Math.floor(i / dash) % 2 === 0;
    for (let i = 0; i < w; i++) {
      if (!on(i)) continue;
      this.fillRect(x + i, y, 1, thickness, colour);
      this.fillRect(x + i, y + h - thickness, 1, thickness, colour);
    }
    for (let i = 0; i < h; i++) {
      if (!on(i)) continue;
      this.fillRect(x, y + i, thickness, 1, colour);
      this.fillRect(x + w - thickness, y + i, thickness, 1, colour);
    }
  }

  /** Fill a polygon by the even-odd rule, sampling each pixel at its centre. */
  fillPolygon(points: readonly (readonly [number, number])[], colour: Rgb): void {
    const ys = points.map((p) => p[1]);
    const top = Math.max(0, Math.floor(minOf(ys)));
    const bottom = Math.min(this.height - 1, Math.ceil(maxOf(ys)));
    for (let y = top; y <= bottom; y++) {
      const sy = y + 0.5;
      const crossings: number[] = [];
      for (let i = 0; i < points.length; i++) {
        const a = points[i];
        const b = points[(i + 1) % points.length];
        if (!a || !b) continue;
        if (a[1] <= sy !== b[1] <= sy) crossings.push(a[0] + ((sy - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
      }
      crossings.sort((p, q) => p - q);
      for (let i = 0; i + 1 < crossings.length; i += 2) {
        const from = Math.ceil((crossings[i] ?? 0) - 0.5);
        const to = Math.floor((crossings[i + 1] ?? 0) - 0.5);
        for (let x = from; x <= to; x++) this.set(x, y, colour);
      }
    }
  }

  /** Draw text with the built-in 5×7 font, each font pixel `scale` × `scale`; (x, y) is the top left. */
  text(text: string, x: number, y: number, scale: number, colour: Rgb): void {
    let cx = x;
    for (const ch of text) {
      glyphRows(ch).forEach((bits, row) => {
        for (let col = 0; col < glyphWidth; col++) {
          if (bits & (1 << (glyphWidth - 1 - col))) {
            this.fillRect(cx + col * scale, y + row * scale, scale, scale, colour);
          }
        }
      });
      cx += glyphAdvance * scale;
    }
  }

  /** Width in pixels of `text` drawn at `scale`. */
  static textWidth(text: string, scale: number): number {
    return [...text].length * glyphAdvance * scale - scale;
  }

  static readonly textHeight = glyphHeight;
}
