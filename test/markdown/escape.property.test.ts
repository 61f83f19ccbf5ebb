// One property suite over the one Markdown escaper, for both kinds of output that reach GitHub: comments
// (the default options) and evidence documents (`evidenceMarkdown`). Each escaped string is rendered by a
// real CommonMark renderer (markdown-it, with GFM tables and URL/e-mail autolinking) in a paragraph, an
// ATX heading and a table cell, and must come out as exactly its own text with no markup; the
// GitHub-only references (mentions, #n, GH-n, commit SHAs) are checked on the text as GitHub sees it.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  evidenceMarkdown,
  inertText,
  inlineCode,
  plainText,
  type MarkdownEscapeOptions,
} from '../../src/markdown/escape.js';
import { hostileString } from '../property/arbitraries.js';

const md = new MarkdownIt({ html: true, linkify: true });
// GitHub links bare URLs only with a scheme or `www.`; e-mail addresses it does link. Protocol-relative
// `//host.tld` it leaves as text (its autolinker knows http, https, mailto and xmpp), so this renderer must
// not link it either, or it would report markup GitHub never makes.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: true });
md.linkify.add('//', null);

const presets: [string, MarkdownEscapeOptions][] = [
  ['comments', { maxChars: Infinity }],
  ['evidence', evidenceMarkdown],
];

/** The text of rendered HTML with entities decoded: what GitHub's reference autolinkers look at. */
function renderedText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The same, zero-width spaces (the breakers) removed: what a reader sees. */
const textOf = (html: string) =>
  renderedText(html)
    .replace(/\u200B/g, '')
    .trim();

/** Text without zero-width spaces: data may hold them too, and they show as nothing either way. */
const visible = (t: string) => t.replace(/\u200B/g, '').trim();

const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());

/** Every occurrence of `ch` is preceded by an odd number of backslashes. */
function alwaysEscaped(text: string, ch: string): boolean {
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return false;
  }
  return true;
}

const anyText = fc.oneof(
  hostileString,
  fc.string({
    unit: fc.constantFrom(...'<>&@#[]()!|`*_~$\\:/w. -=+\n\r\u001bGHgh0123456789abcdefABCDEF'.split('')),
    maxLength: 120,
  }),
);

describe.each(presets)('escapeMarkdown for %s', (_name, options) => {
  const esc = (s: string) => escapeMarkdown(s, options);
  // GitHub links references in the rendered text, where escapes are undone and entities decoded.
  const asGitHubSees = (s: string) => renderedText(md.render(esc(s)));

  it('renders as exactly its own text, with no markup, in a paragraph, a heading and a table cell', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = esc(s);
        const text = visible(plainText(s, Infinity));
        fc.pre(text !== '');
        const paragraph = md.render(out);
        const heading = md.render(`## ${out}`);
        const table = md.render(`| h |\n| - |\n| ${out} |\n`);
        expect(textOf(paragraph)).toBe(text);
        expect(textOf(heading)).toBe(text);
        expect(textOf(/<td>([\s\S]*)<\/td>/.exec(table)?.[1] ?? '')).toBe(text);
        // Only the block the data was put in: no link, image, emphasis, code, HTML or extra cell.
        const mailto = (html: string) => html.replace(/<a href="mailto:[^"]*">|<\/a>/g, '');
        const allowed = (html: string, blocks: string[]) =>
          tagsOf(options.keepEmails ? mailto(html) : html).every((t) => blocks.includes(t));
        expect(allowed(paragraph, ['p'])).toBe(true);
        expect(allowed(heading, ['h2'])).toBe(true);
        expect(allowed(table, ['table', 'thead', 'tbody', 'tr', 'th', 'td'])).toBe(true);
        expect(tagsOf(table).filter((t) => t === 'td')).toHaveLength(2);
      }),
      { numRuns: 1500 },
    );
  });

  it('reaches nobody: no mention, issue, pull-request or commit reference, no URL', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const seen = asGitHubSees(s);
        const mention = options.keepEmails ? /(?<![A-Za-z0-9_])@[\p{L}\p{N}_]/u : /@[\p{L}\p{N}_]/u;
        expect(seen).not.toMatch(mention);
        expect(seen).not.toMatch(/#\d/);
        expect(seen).not.toMatch(/\bGH-\d/i);
        expect(seen).not.toMatch(/\b[0-9A-F]{7,40}\b/i);
        expect(seen).not.toMatch(/\b(?:mailto|xmpp):(?!\u200B)/i);
        expect(seen).not.toContain('://');
        expect(seen.toLowerCase()).not.toContain('www.');
      }),
      { numRuns: 2000 },
    );
  });

  it('is one line of printable text whose table and code delimiters are escaped', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = esc(s);
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        expect(out).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/);
        expect(out).not.toMatch(/[<>"]/);
        expect(out).not.toContain('](');
        expect(out).not.toContain('![');
        for (const ch of ['|', '`', '[', ']', '*', '_']) expect(alwaysEscaped(out, ch)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escapeMarkdown limits', () => {
  it('keeps at most maxChars code points of data for comments, and cuts nothing for evidence', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 1000 }),
        fc.integer({ min: 1, max: 400 }),
        (s, n) => {
          expect(Array.from(plainText(s, n)).length).toBeLessThanOrEqual(n);
          expect(textOf(md.render(escapeMarkdown(s, evidenceMarkdown)))).toBe(
            visible(plainText(s, Infinity)),
          );
        },
      ),
    );
  });
});

describe('inlineCode', () => {
  it('renders any string as a code span or inert text, showing exactly its text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const html = md.render(inlineCode(s, Infinity));
        expect(textOf(html)).toBe(visible(plainText(s, Infinity)));
        expect(tagsOf(html).every((t) => t === 'p' || t === 'code')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('inertText', () => {
  it('is plain text that links no reference, and shows exactly the text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = inertText(s, Infinity);
        expect(out.replace(/\u200B/g, '')).toBe(plainText(s, Infinity).replace(/\u200B/g, ''));
        expect(out).not.toMatch(/@[\p{L}\p{N}_]|#\d|\bGH-\d|:\/\/|www\./iu);
        expect(out).not.toMatch(/\b[0-9A-F]{7,40}\b/i);
      }),
      { numRuns: 1000 },
    );
  });
});
