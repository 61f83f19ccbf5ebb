// Escaping for every output format the evidence uses. Data comes from the user's repository and may be
// hostile (a model name that is a link, a stakeholder that is an @-mention), so every value is escaped
// for the format it lands in, and templates never see raw data.

/** Characters XML 1.0 forbids even when escaped; also lone surrogates, which no encoder can write. */
const forbiddenInXml =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replace characters no XML document (and no sane Markdown file) may hold with U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(forbiddenInXml, '\uFFFD');
}

const markdownEscapes: Record<string, string> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '~': '\\~',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  // GitHub renders $…$ as maths.
  $: '\\$',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
};

// One pass, so nothing an earlier rule inserted is escaped again. A zero-width space after `@` and `#`
// stops GitHub from turning `@org/team` into a mention (and a notification) or `#12` into an issue link
// (an `@` inside a word, as in an e-mail address, mentions nobody and stays as it is). `://` and `www.`
// get one too, right after the character the autolinker starts from, so neither a raw-text nor a
// decoded-text autolinker sees a URL. The rest are CommonMark punctuation and HTML specials.
// Unlike report comments, evidence is never cut short: it is what gets filed.
const markdownSpecial = /:\/\/|www\.|(?<![A-Za-z0-9_])@|#(?=\d)|[\\`*_~[\]|$<>&"]/gi;

/** Escape a value for inline Markdown (paragraph or table cell): it renders as exactly its text. */
export function escapeMarkdown(value: string): string {
  const flat = cleanText(value).replace(/\s+/g, ' ').trim();
  const escaped = flat.replace(markdownSpecial, (m) => {
    if (m === '://') return ':&#8203;//';
    if (m.length === 4) return `${m.slice(0, 3)}&#8203;.`;
    if (m === '@' || m === '#') return `${m}&#8203;`;
    return markdownEscapes[m] ?? m;
  });
  // A value that starts a line must not start a heading, list item or thematic break.
  return escaped.replace(/^([#+=-])(?=[\s#+=-]|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

const plainUrl = /^https?:\/\/[^\s<>"'`\\|[\]{}^]+$/i;

/** A URL as a Markdown autolink whose visible text is its target; anything else as escaped text. */
export function markdownUrl(url: string): string {
  return plainUrl.test(url) ? `<${url}>` : escapeMarkdown(url);
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
