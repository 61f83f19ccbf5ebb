// A 5×7 pixel font for the printable ASCII range, so the PNG preview can show the label's Latin text
// without a font file or a rasteriser. Lower case is drawn as upper case; the PNG is a preview and the
// SVG carries the real typography.
//
// Each glyph is seven rows, top to bottom; each row is one base-32 digit whose five bits are the
// pixels from left (16) to right (1).
const glyphs: Record<string, string> = {
  ' ': '0000000',
  '!': '4444404',
  '"': 'aaa0000',
  '#': 'aavavaa',
  $: '4fke5u4',
  '%': 'op248j3',
  '&': 'cik8lid',
  "'": '4480000',
  '(': '2488842',
  ')': '8422248',
  '*': '04lel40',
  '+': '044v440',
  ',': '0000c48',
  '-': '000v000',
  '.': '00000cc',
  '/': '01248g0',
  '0': 'ehjlphe',
  '1': '4c4444e',
  '2': 'eh1248v',
  '3': 'v2421he',
  '4': '26aiv22',
  '5': 'vgu11he',
  '6': '68guhhe',
  '7': 'v124888',
  '8': 'ehhehhe',
  '9': 'ehhf12c',
  ':': '0cc0cc0',
  ';': '0cc0c48',
  '<': '248g842',
  '=': '00v0v00',
  '>': '8421248',
  '?': 'eh12404',
  '@': 'eh1dlle',
  A: 'ehhvhhh',
  B: 'uhhuhhu',
  C: 'ehggghe',
  D: 'sihhhis',
  E: 'vgguggv',
  F: 'vgguggg',
  G: 'ehgnhhf',
  H: 'hhhvhhh',
  I: 'e44444e',
  J: '72222ic',
  K: 'hikokih',
  L: 'ggggggv',
  M: 'hrllhhh',
  N: 'hhpljhh',
  O: 'ehhhhhe',
  P: 'uhhuggg',
  Q: 'ehhhlid',
  R: 'uhhukih',
  S: 'fgge11u',
  T: 'v444444',
  U: 'hhhhhhe',
  V: 'hhhhha4',
  W: 'hhhllla',
  X: 'hha4ahh',
  Y: 'hha4444',
  Z: 'v1248gv',
  '[': 'e88888e',
  '\\': '0g84210',
  ']': 'e22222e',
  '^': '4ah0000',
  _: '000000v',
  '`': '8420000',
  '{': '2448442',
  '|': '4444444',
  '}': '8442448',
  '~': '008l200',
};

/** Glyph cell: 5 pixels wide plus one of spacing, 7 high. */
export const glyphWidth = 5;
export const glyphHeight = 7;
export const glyphAdvance = 6;

// Drawn for anything outside the font: a hollow box, so a missing character is visible, not silent.
const unknownGlyph = 'vhhhhhv';

/** The pixel rows of one character's glyph, as 5-bit numbers. */
export function glyphRows(ch: string): number[] {
  const code = glyphs[ch.toUpperCase()] ?? unknownGlyph;
  return [...code].map((digit) => parseInt(digit, 32));
}
