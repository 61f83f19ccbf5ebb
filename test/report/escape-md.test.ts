import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  inlineCode,
  markdownLink,
  plainText,
  safeHttpsUrl,
} from '../../src/report/escape-md.js';

const ZWSP = '\u200B';

const hasControl = (s: string) =>
  [...s].some((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f));

/** Every occurrence of `ch` is preceded by an odd number of backslashes. */
function alwaysEscaped(text: string, ch: string): boolean {
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return false;
  }
  return true;
}

describe('escapeMarkdown', () => {
  it('turns an HTML tag into entities so GitHub shows it as text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });

  it('breaks an @-mention of a team with a zero-width space so nobody is notified', () => {
    expect(escapeMarkdown('@acme/all')).toBe(`@${ZWSP}acme/all`);
  });

  it('escapes a javascript: link so no link is formed', () => {
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('escapes an image so no image is loaded', () => {
    expect(escapeMarkdown('![i](http://x/i.png)')).toBe(`\\!\\[i\\]\\(http:${ZWSP}//x/i.png\\)`);
  });

  it('breaks a bare URL so GitHub does not autolink it', () => {
    expect(escapeMarkdown('https://evil.example')).toBe(`https:${ZWSP}//evil.example`);
    expect(escapeMarkdown('see www.evil.example')).toBe(`see www${ZWSP}.evil.example`);
  });

  it('removes ANSI colour sequences whole', () => {
    expect(escapeMarkdown('\u001b[31mred\u001b[0m')).toBe('red');
    expect(escapeMarkdown('\u001b]8;;https://x\u0007link\u001b]8;;\u0007')).toBe('link');
  });

  it('escapes pipes so a value cannot split a table cell', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
  });

  it('escapes backticks so a value cannot open a code span', () => {
    expect(escapeMarkdown('``code``')).toBe('\\`\\`code\\`\\`');
  });

  it('collapses line breaks and runs of spaces into single spaces', () => {
    expect(escapeMarkdown('one\r\ntwo\n\n  three\u2028four\tfive')).toBe('one two three four five');
  });

  it('cuts a 10,000-character line to 300 characters ending with an ellipsis', () => {
    const out = escapeMarkdown('L'.repeat(10_000));
    expect(out).toBe(`${'L'.repeat(299)}…`);
  });

  it('cuts by code points, never between the halves of a surrogate pair', () => {
    const out = escapeMarkdown('😀'.repeat(400), 10);
    expect(out).toBe(`${'😀'.repeat(9)}…`);
  });

  it('breaks issue references and cannot start a heading', () => {
    expect(escapeMarkdown('# fixes #12')).toBe(`#${ZWSP} fixes #${ZWSP}12`);
  });

  it('cannot start a list item, thematic break or ordered list', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
  });

  it('escapes emphasis, maths and HTML entities so they show as typed', () => {
    expect(escapeMarkdown('*a* _b_ ~c~ $x$ &amp;')).toBe('\\*a\\* \\_b\\_ \\~c\\~ \\$x\\$ &amp;amp;');
  });

  it('removes bidirectional overrides and replaces lone surrogates', () => {
    expect(escapeMarkdown('ab\u202Ecd\u2066')).toBe('abcd');
    expect(escapeMarkdown('x\uD800y')).toBe('x\uFFFDy');
  });

  it('breaks an e-mail address so it is neither a mention nor a mailto link', () => {
    expect(escapeMarkdown('mailto:sec@vendor.example')).toBe(`mailto:sec@${ZWSP}vendor.example`);
  });
});

describe('escapeMarkdown for any string', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({
      unit: fc.constantFrom(...'<>&@#[]()!|`*_~$\\:/w. \n\r\u001b[31m0aZ'.split('')),
      maxLength: 200,
    }),
  );

  it('never contains an unescaped <, ](, mention, control character, autolink or table break', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toContain('<');
        expect(out).not.toContain('>');
        expect(out).not.toContain('](');
        expect(out).not.toMatch(/@[\p{L}\p{N}_]/u);
        expect(hasControl(out)).toBe(false);
        expect(out).not.toContain('://');
        expect(out.toLowerCase()).not.toContain('www.');
        expect(alwaysEscaped(out, '|')).toBe(true);
        expect(alwaysEscaped(out, '`')).toBe(true);
        expect(alwaysEscaped(out, '[')).toBe(true);
        expect(alwaysEscaped(out, ']')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps at most 300 code points of data', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1000 }), (s) => {
        expect(Array.from(plainText(s)).length).toBeLessThanOrEqual(300);
      }),
    );
  });
});

describe('inlineCode', () => {
  it('shows an identifier as a code span', () => {
    expect(inlineCode('products/cam-x1/product.yaml:12')).toBe('`products/cam-x1/product.yaml:12`');
  });

  it('falls back to escaped text when the value could end the span or split a table', () => {
    expect(inlineCode('a`b|c')).toBe('a\\`b\\|c');
    expect(inlineCode('@acme/all')).toBe(`@${ZWSP}acme/all`);
  });
});

describe('links', () => {
  it('links an https URL with an escaped label', () => {
    expect(markdownLink('ETSI [EN]', 'https://www.etsi.org/a b')).toBe(
      '[ETSI \\[EN\\]](<https://www.etsi.org/a%20b>)',
    );
  });

  it('does not link a javascript:, http: or credential-bearing URL and neutralises it', () => {
    expect(safeHttpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpsUrl('http://x.example')).toBeUndefined();
    expect(safeHttpsUrl('https://user:pw@x.example')).toBeUndefined();
    expect(markdownLink('Spec', 'http://x.example/i.png')).toBe(`Spec (http:${ZWSP}//x.example/i.png)`);
  });

  it('percent-encodes characters that could end the link destination or a table cell', () => {
    expect(safeHttpsUrl('https://x.example/a|b?q=\\>')).toBe('https://x.example/a%7Cb?q=%5C%3E');
  });
});
