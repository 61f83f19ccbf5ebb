import { PNG } from 'pngjs';
import type { LabelData } from './label.js';
import {
  bannerHeight,
  bannerLeft,
  bannerTop,
  bannerWidth,
  itemRowHeight,
  itemsTop,
  itemsWidth,
  labelHeight,
  labelWidth,
  margin,
  qrBox,
  qrLeft,
  qrTop,
  starCentre,
  starPitch,
  starPoints,
  starRadius,
  starTop,
} from './label-layout.js';
import { qrMatrix, qrQuietZone } from './qr.js';
import { Raster, type Rgb } from './raster.js';

const black: Rgb = [0, 0, 0];
const white: Rgb = [255, 255, 255];
const grey: Rgb = [85, 85, 85];
const red: Rgb = [192, 0, 0];
const watermark: Rgb = [250, 222, 222];

/**
 * Latin text for the bitmap font: dashes and dots become ASCII, other non-ASCII characters (Chinese
 * captions, a Chinese producer name) are left out; the SVG carries them.
 */
export function asciiText(text: string): string {
  const ascii = text
    .replace(/[\u2012-\u2015\u2212]/g, '-')
    .replace(/[\u00b7\u2022]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ascii === '' && text.trim() !== '' ? '(non-Latin text, see SVG)' : ascii;
}

/** `text` cut to at most `max` characters, marked with "..." when cut. */
function fitted(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 3))}...`;
}

function textAcross(r: Raster, text: string, x: number, y: number, width: number, colour: Rgb): void {
  // Two-times scale when it fits, else one-times, else cut: the preview never overflows its column.
  const big = Math.floor((width + 2) / 12);
  if (text.length <= big) r.text(text, x, y, 2, colour);
  else r.text(fitted(text, Math.floor((width + 1) / 6)), x, y + 4, 1, colour);
}

/**
 * A PNG preview of the label at 1 px per SVG unit: frame, stars, QR code, draft marking, and the Latin
 * part of the text in a built-in 5×7 font. Deterministic: fixed deflate settings, no time or text chunks.
 */
export function renderLabelPng(label: LabelData): Buffer {
  const qr = qrMatrix(label.qrText);
  const cells = qr.size + 2 * qrQuietZone;
  // Whole pixels per module so the code stays sharp; a long URL may need a bigger image.
  const module = Math.max(2, Math.floor(qrBox / cells));
  const qrPixels = cells * module;
  const width = Math.max(labelWidth, qrLeft + qrPixels + margin);
  const height = Math.max(labelHeight, qrTop + qrPixels + 64);
  const r = new Raster(width, height, white);
  const frame = label.draft ? red : black;

  r.strokeRect(4, 4, width - 8, height - 8, 4, frame, label.draft ? 14 : 0);
  if (label.draft) r.text('DRAFT', margin + 16, 214, 12, watermark);

  r.text('CYBERSECURITY LABEL', margin, 30, 2, black);
  r.text(asciiText(label.scheme.toUpperCase()), margin, 56, 2, black);

  for (let i = 0; i < label.starSlots; i++) {
    const [cx, cy] = starCentre(i);
    r.fillPolygon(starPoints(cx, cy, starRadius), black);
    if (i >= label.stars) r.fillPolygon(starPoints(cx, cy, starRadius - 3), white);
  }
  const level = `${label.levelName ? label.levelName.en.toUpperCase() : `LEVEL ${label.stars}`} (${label.stars}/${label.starSlots})`;
  r.text(level, margin + label.starSlots * starPitch, starTop + starRadius - 7, 2, black);
  r.fillRect(margin, 132, width - 2 * margin, 1, black);

  label.items.forEach((item, i) => {
    const top = itemsTop + i * itemRowHeight;
    r.text(item.en.toUpperCase(), margin, top + 2, 1, grey);
    textAcross(r, asciiText(item.value ?? '-'), margin, top + 13, itemsWidth, black);
  });

  r.fillRect(qrLeft, qrTop, qrPixels, qrPixels, white);
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      if (qr.dark(row, col)) {
        r.fillRect(
          qrLeft + (qrQuietZone + col) * module,
          qrTop + (qrQuietZone + row) * module,
          module,
          module,
          black,
        );
      }
    }
  }
  const centre = qrLeft + Math.floor(qrPixels / 2);
  const caption = 'SCAN TO VERIFY';
  r.text(caption, centre - Math.floor(Raster.textWidth(caption, 1) / 2), qrTop + qrPixels + 8, 1, black);
  if (label.qrPlaceholder) {
    const note = 'PLACEHOLDER QR - NOT A FILING';
    r.text(note, centre - Math.floor(Raster.textWidth(note, 1) / 2), qrTop + qrPixels + 22, 1, red);
  }

  if (label.draft) {
    r.fillRect(bannerLeft, bannerTop, bannerWidth, bannerHeight, red);
    const title = 'DRAFT - REFILING PENDING';
    const x = bannerLeft + Math.floor((bannerWidth - Raster.textWidth(title, 2)) / 2);
    r.text(title, x, bannerTop + Math.floor((bannerHeight - 14) / 2), 2, white);
    const reasons = asciiText(`DRAFT, do not print on products: ${label.draftReasons.join('; ')}`);
    r.text(fitted(reasons, Math.floor((width - 2 * margin) / 6)), margin, height - 22, 1, red);
  }

  const png = new PNG({ width, height });
  png.data = r.data;
  return PNG.sync.write(png, {
    colorType: 2,
    inputColorType: 2,
    inputHasAlpha: false,
    bitDepth: 8,
    deflateLevel: 9,
    deflateStrategy: 3,
    filterType: 0,
  });
}
