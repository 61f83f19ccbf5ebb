// Geometry of the label artwork (label.svg.hbs); the PNG is that SVG rendered.

export const labelWidth = 640;
export const labelHeight = 450;
export const margin = 24;

/** Items column: seven rows, caption over value. */
export const itemsTop = 146;
export const itemRowHeight = 36;
export const itemsWidth = 380;

/** QR panel on the right, quiet zone included. */
export const qrLeft = 428;
export const qrTop = 150;
export const qrBox = 188;

/** Star row under the title. */
export const starTop = 84;
export const starRadius = 16;
export const starPitch = 40;

/** Draft banner, top right. */
export const bannerLeft = 300;
export const bannerTop = 18;
export const bannerWidth = 316;
export const bannerHeight = 34;

// A five-pointed star of outer radius 1 centred on the origin, first point up. Written out rather than
// computed with sin/cos so every platform draws exactly the same pixels.
const unitStar: readonly (readonly [number, number])[] = [
  [0, -1],
  [0.2245, -0.309],
  [0.9511, -0.309],
  [0.3633, 0.118],
  [0.5878, 0.809],
  [0, 0.382],
  [-0.5878, 0.809],
  [-0.3633, 0.118],
  [-0.9511, -0.309],
  [-0.2245, -0.309],
];

/** Vertices of a star of radius `r` centred on (cx, cy). */
export function starPoints(cx: number, cy: number, r: number): [number, number][] {
  return unitStar.map(([x, y]) => [cx + x * r, cy + y * r]);
}

/** Centre of the star in slot `i` (0-based). */
export function starCentre(i: number): [number, number] {
  return [margin + starRadius + i * starPitch, starTop + starRadius];
}
