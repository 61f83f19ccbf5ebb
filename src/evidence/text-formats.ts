// Escaping for the evidence's formats other than Markdown (which src/markdown/escape.ts handles): XML text
// in the label SVG, and JSON. Data comes from the user's repository and may be hostile, so every value is
// escaped for the format it lands in, and templates never see raw data.

/** Characters XML 1.0 forbids even when escaped; also lone surrogates, which no encoder can write. */
const forbiddenInXml =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replace characters no XML document may hold with U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(forbiddenInXml, '\uFFFD');
}

/**
 * Canonical JSON: two-space indent, trailing newline, and `<`, `>`, `&`, U+2028/9 as \u escapes so that
 * no HTML tag or entity survives even if the file is pasted into a web page.
 */
export function stableJson(value: unknown): string {
  return `${jsonText(JSON.stringify(value, null, 2))}\n`;
}

/** One JSON value on one line, escaped as `stableJson` escapes. */
export function jsonValue(value: unknown): string {
  return jsonText(JSON.stringify(value ?? null));
}

function jsonText(json: string): string {
  // These characters only ever occur inside JSON strings, where a \u escape means the same.
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
