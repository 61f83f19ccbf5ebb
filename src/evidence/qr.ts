import QRCode from 'qrcode';

/** A QR code symbol: `size` × `size` modules, `dark(row, col)` true for a black module. */
export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

/** Modules of white border the QR specification requires around the symbol. */
export const qrQuietZone = 4;

/** Encode text as a QR code (error correction M: survives some print damage, stays small). */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

/**
 * The dark modules as one SVG path in module units, one rectangle per horizontal run: one element
 * instead of hundreds, and the same text for the same code on every run.
 */
export function qrSvgPath(qr: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < qr.size; row++) {
    let col = 0;
    while (col < qr.size) {
      if (!qr.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < qr.size && qr.dark(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join('');
}
