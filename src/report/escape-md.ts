// Every string a report renders comes from the user's repository (product ids, models, SBOM component
// names, messages that quote manifest values) and may be hostile: a model named `<img onerror=…>`, a
// supplier called `@acme/all`, a component version that is a `javascript:` link. Markdown renderers pass
// such text through `escapeMarkdown`, which makes it render as exactly its own characters; plain-text
// outputs (SARIF messages, workflow annotations) pass through `plainText`.

/** Longest piece of data a Markdown cell or line shows before it is cut with an ellipsis. */
export const MAX_CELL_CHARS = 300;

const ZWSP = '\u200B';

// ANSI/VT escape sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), 8-bit CSI, and the
// remaining two-character ESC sequences. Removed whole, so `\u001b[31mred` becomes `red`, not `[31mred`.
const ansiSequence =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u009B[0-?]*[ -/]*[@-~]|\u001B[ -~]?/g;
// Characters that end or break a line become spaces, so words on either side stay apart.
const lineBreaking = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Remaining C0/C1 controls and the bidirectional overrides that can make text read differently from
// what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisibleControl = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Clean data for a one-line display: no escape sequences, no control characters, no line breaks, single
 * spaces, at most `maxChars` code points (cut with an ellipsis). The result is plain text, not Markdown.
 */
export function plainText(text: string, maxChars = MAX_CELL_CHARS): string {
  const flat = String(text)
    .replace(ansiSequence, '')
    .replace(lineBreaking, ' ')
    .replace(invisibleControl, '')
    .replace(loneSurrogate, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(flat, maxChars);
}

/** Text with every lone surrogate replaced by U+FFFD, so that it can be encoded as UTF-8 or a URI. */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

/** Cut text to at most `maxChars` code points, ending in `…` when anything was cut. */
export function truncate(text: string, maxChars: number): string {
  const limit = Math.max(1, Math.floor(maxChars));
  if (text.length <= limit) return text; // UTF-16 length ≥ code points: nothing to cut
  const points = Array.from(text);
  if (points.length <= limit) return text;
  return `${points
    .slice(0, limit - 1)
    .join('')
    .trimEnd()}…`;
}

const punctuationEscapes: Record<string, string> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '~': '\\~',
  '[': '\\[',
  ']': '\\]',
  '(': '\\(',
  ')': '\\)',
  '!': '\\!',
  '|': '\\|',
  // GitHub renders $…$ and $$…$$ as maths.
  $: '\\$',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

// One pass over the text, so nothing an earlier replacement inserted is escaped again.
// - `@` gets a zero-width space after it: `@org/team` and `a@b.example` no longer form a mention (and a
//   notification) or an e-mail autolink.
// - `#` likewise, so `#12` and `org/repo#12` do not link (and cross-reference) issues, and a leading `#`
//   cannot start a heading.
// - `://` and `www.` lose the shape GitHub's autolinker looks for. A zero-width space survives every
//   rendering stage; a backslash escape or an entity would be decoded before the autolinker runs.
// - The rest is CommonMark punctuation (emphasis, code, links, images, tables, maths) and HTML.
const markdownSpecial = /:\/\/|www\.|[@#]|[\\`*_~[\]()!|$&<>]/gi;

/**
 * Escape data for inline Markdown — a paragraph, list item, heading or table cell — so that it renders as
 * exactly its own text: no HTML, no links or images, no autolinks, no mentions or issue references, no
 * emphasis, no table breaks, one line, at most `maxChars` characters of data.
 */
export function escapeMarkdown(text: string, maxChars = MAX_CELL_CHARS): string {
  const escaped = plainText(text, maxChars).replace(markdownSpecial, (m) => {
    if (m === '://') return `:${ZWSP}//`;
    if (m.length === 4) return `${m.slice(0, 3)}${ZWSP}.`;
    if (m === '@' || m === '#') return `${m}${ZWSP}`;
    return punctuationEscapes[m] ?? m;
  });
  // Data placed at the start of a line (or after a list marker) must not open a list item, a setext
  // heading underline or a thematic break.
  return escaped.replace(/^[-+=](?=[\s\-+=]|$)/, '\\$&').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

// Identifiers, versions, paths and fingerprints usually fit this set; inside a code span they are shown
// verbatim, and nothing in the set can end the span, split a table cell or form a mention.
const codeSafe = /^[A-Za-z0-9._:/+-]+$/;

/** Show an identifier as inline code when that is safe, otherwise as escaped text. */
export function inlineCode(text: string, maxChars = MAX_CELL_CHARS): string {
  const clean = plainText(text, maxChars);
  return clean !== '' && codeSafe.test(clean) ? `\`${clean}\`` : escapeMarkdown(clean, maxChars);
}

/**
 * The URL as it may appear in a Markdown link destination, or undefined when it must not be linked:
 * only absolute https URLs without credentials. Characters that could end the destination or a table
 * cell are percent-encoded.
 */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href.replace(
    /[\\|`<> ]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A Markdown link when the URL is a safe https URL; otherwise the escaped text followed by the escaped URL. */
export function markdownLink(text: string, url: string | undefined, maxChars = MAX_CELL_CHARS): string {
  const href = safeHttpsUrl(url);
  if (href !== undefined) return `[${escapeMarkdown(text, maxChars)}](<${href}>)`;
  const label = escapeMarkdown(text, maxChars);
  return url === undefined || url.trim() === '' ? label : `${label} (${escapeMarkdown(url, maxChars)})`;
}
