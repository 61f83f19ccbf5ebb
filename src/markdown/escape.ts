// The one Markdown escaper. Every string labelguard writes into Markdown comes from the user's repository
// (product ids, models, SBOM component names, messages that quote manifest values) and may be hostile: a
// model named `<img onerror=…>`, a supplier called `@acme/all`, a component version that is a
// `javascript:` link, a product named `GH-1` or after a commit SHA. Pull-request comments, the dashboard
// issue, refiling pull requests and the filed evidence documents all reach GitHub, so all of them go
// through `escapeMarkdown`, which makes data render as exactly its own characters and reach nobody: no
// HTML, links, images, autolinks, mentions, issue, pull-request or commit references, emphasis or table
// breaks. The options cover the two real differences between comments and evidence documents.

/** Longest piece of data a Markdown cell or line shows before it is cut with an ellipsis. */
export const MAX_CELL_CHARS = 300;

export interface MarkdownEscapeOptions {
  /** Most code points of data shown, cut with an ellipsis; `Infinity` never cuts (evidence is filed whole). */
  maxChars?: number;
  /**
   * How the zero-width space that breaks an autolink is written: as the character (comments, issues), or
   * as the entity `&#8203;` (evidence files, which stay readable and diffable as plain text). GitHub
   * decodes the entity before it renders, so both break the autolink.
   */
  breaker?: 'character' | 'entity';
  /**
   * Leave the `@` of an e-mail address (an `@` right after a letter, digit or `_`) alone. GitHub only
   * mentions at the start of a word, so this costs no notification; it turns the address into a mailto
   * link. Evidence names contacts and keeps them copyable; comments break every `@`.
   */
  keepEmails?: boolean;
}

/** Options for evidence documents: never cut, entity breakers, e-mail addresses kept. */
export const evidenceMarkdown: MarkdownEscapeOptions = {
  maxChars: Infinity,
  breaker: 'entity',
  keepEmails: true,
};

// ANSI/VT escape sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), 8-bit CSI, and the
// remaining two-character ESC sequences. Removed whole, so `\u001b[31mred` becomes `red`, not `[31mred`.
const ansiSequence =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u009B[0-?]*[ -/]*[@-~]|\u001B[ -~]?/g;
// Characters that end or break a line become spaces, so words on either side stay apart.
const lineBreaking = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Remaining C0/C1 controls, the bidirectional overrides that can make text read differently from what it
// is ("Trojan Source"), and the two non-characters no XML or HTML document may hold.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisibleControl = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
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
  if (maxChars === Infinity) return text;
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
  '"': '&quot;',
};

// One pass over the text, so nothing an earlier replacement inserted is escaped again. A zero-width space
// (the breaker) goes where GitHub's autolinkers would start matching; a backslash escape would be removed
// before they run.
// - `://` and `www.`: URLs.
// - `mailto:` and `xmpp:`: the other URL schemes GitHub links.
// - `@`: mentions (and notifications) of users and teams, `user@sha` commit references, e-mail links: a
//   breaker after it stops a mention, one before it stops every e-mail autolinker.
// - `#`: `#12` and `owner/repo#12` issue and pull-request references; a leading `#` cannot start a heading.
// - `GH-12`: GitHub's other issue-reference form.
// - A word of 7 to 40 hex digits with a letter among them: an abbreviated or full commit SHA (also
//   `owner/repo@sha`); a breaker every 6 digits leaves no word long enough. Longer ones (SHA-256 digests),
//   hex inside a longer word (`91440300MA5…`) and plain decimal numbers stay as they are: certificate,
//   registration and phone numbers must stay copyable in filing documents, and GitHub links a SHA only to
//   a commit that exists, which an all-decimal prefix of seven or more digits practically never names.
// - The rest is CommonMark punctuation (emphasis, code, links, images, tables, maths) and HTML; `(`, `)`
//   and `!` too, so that not even the raw text holds `](` or `![`.
const references = /:\/\/|www\.|\b(?:mailto|xmpp):|@|#|\bGH-(?=\d)|\b(?=\d*[A-F])[0-9A-F]{7,40}\b/gi;
const markdownSpecial = new RegExp(`${references.source}|[\\\\\`*_~[\\]()!|$&<>"]`, 'gi');
const wordBefore = /[A-Za-z0-9_]$/;

/** The replacement of one autolink or reference start found by `references`; undefined for anything else. */
function breakReference(
  m: string,
  at: number,
  all: string,
  zw: string,
  keepEmails: boolean,
): string | undefined {
  if (m === '://') return `:${zw}//`;
  if (m.toLowerCase() === 'www.') return `${m.slice(0, 3)}${zw}.`;
  if (m.length > 1 && m.endsWith(':')) return `${m}${zw}`;
  if (m === '@') {
    const inWord = wordBefore.test(all.slice(Math.max(0, at - 1), at));
    return keepEmails && inWord ? m : `${zw}@${zw}`;
  }
  if (m === '#') return `#${zw}`;
  if (m.toUpperCase() === 'GH-') return `${m[0]!}${zw}${m.slice(1)}`;
  if (m.length >= 7) return m.replace(/.{6}(?=.)/g, `$&${zw}`);
  return undefined;
}

/**
 * Escape data for inline Markdown — a paragraph, list item, heading or table cell — so that it renders as
 * exactly its own text and links to nothing and nobody, on one line. A number is the `maxChars` option.
 */
export function escapeMarkdown(text: string, options: number | MarkdownEscapeOptions = {}): string {
  const opts = typeof options === 'number' ? { maxChars: options } : options;
  const zw = opts.breaker === 'entity' ? '&#8203;' : '\u200B';
  const escaped = plainText(text, opts.maxChars ?? MAX_CELL_CHARS).replace(
    markdownSpecial,
    (m: string, at: number, all: string) =>
      breakReference(m, at, all, zw, opts.keepEmails === true) ?? punctuationEscapes[m] ?? m,
  );
  // Data placed at the start of a line (or after a list marker) must not open a list item, a setext
  // heading underline or a thematic break.
  return escaped.replace(/^[-+=](?=[\s\-+=]|$)/, '\\$&').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Plain text that links to nothing and nobody where GitHub links references in plain text (pull-request
 * titles, commit messages): `plainText` with the same breakers as `escapeMarkdown`, no Markdown escapes.
 */
export function inertText(text: string, maxChars = MAX_CELL_CHARS): string {
  return plainText(text, maxChars).replace(
    references,
    (m: string, at: number, all: string) => breakReference(m, at, all, '\u200B', false) ?? m,
  );
}

// Identifiers, versions, paths and fingerprints usually fit this set; inside a code span they are shown
// verbatim (GitHub autolinks nothing in code), and nothing in the set can end the span, split a table
// cell or form a mention.
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

const plainUrl = /^https?:\/\/[^\s<>"'`\\|[\]{}^]+$/i;

/**
 * A URL the document is meant to link (e.g. the label's verification URL) as an autolink whose visible
 * text is its target, so a reader sees where it goes; anything else as escaped text.
 */
export function markdownUrl(url: string, options: MarkdownEscapeOptions = {}): string {
  return plainUrl.test(url) ? `<${url}>` : escapeMarkdown(url, options);
}
