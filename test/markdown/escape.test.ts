import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  evidenceMarkdown,
  inlineCode,
  markdownLink,
  markdownUrl,
  safeHttpsUrl,
} from '../../src/markdown/escape.js';

const ZWSP = '\u200B';

describe('escapeMarkdown', () => {
  it('turns an HTML tag into entities so GitHub shows it as text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });

  it('breaks an @-mention of a team with a zero-width space so nobody is notified', () => {
    expect(escapeMarkdown('@acme/all')).toBe(`${ZWSP}@${ZWSP}acme/all`);
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

  it('breaks GitHub references: GH-n, commit SHAs, owner/repo#n, user@sha', () => {
    expect(escapeMarkdown('GH-123 and gh-7')).toBe(`G${ZWSP}H-123 and g${ZWSP}h-7`);
    expect(escapeMarkdown('GHX-1 GH-x')).toBe('GHX-1 GH-x');
    expect(escapeMarkdown('fixed in 0123abc')).toBe(`fixed in 0123ab${ZWSP}c`);
    expect(escapeMarkdown('a'.repeat(40))).toBe(`${'aaaaaa'.repeat(6).replace(/(.{6})/g, `$1${ZWSP}`)}aaaa`);
    expect(escapeMarkdown('acme/fw#12')).toBe(`acme/fw#${ZWSP}12`);
    expect(escapeMarkdown('acme@deadbeef')).toBe(`acme${ZWSP}@${ZWSP}deadbe${ZWSP}ef`);
    // Hex inside a longer word is no reference (a unified social credit code).
    expect(escapeMarkdown('91440300MA5EXAMPLE')).toBe('91440300MA5EXAMPLE');
    // Six hex digits are no commit reference, nor is a SHA-256 digest (64).
    expect(escapeMarkdown('v1.2.3 cafe12')).toBe('v1.2.3 cafe12');
    expect(escapeMarkdown('e'.repeat(64))).toBe('e'.repeat(64));
  });

  it('escapes double quotes as an entity', () => {
    expect(escapeMarkdown('"q"')).toBe('&quot;q&quot;');
  });

  it('breaks an e-mail address so it is neither a mention nor a mailto link', () => {
    expect(escapeMarkdown('mailto:sec@vendor.example')).toBe(
      `mailto:${ZWSP}sec${ZWSP}@${ZWSP}vendor.example`,
    );
  });
});

describe('inlineCode', () => {
  it('shows an identifier as a code span', () => {
    expect(inlineCode('products/cam-x1/product.yaml:12')).toBe('`products/cam-x1/product.yaml:12`');
  });

  it('falls back to escaped text when the value could end the span or split a table', () => {
    expect(inlineCode('a`b|c')).toBe('a\\`b\\|c');
    expect(inlineCode('@acme/all')).toBe(`${ZWSP}@${ZWSP}acme/all`);
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

describe('escapeMarkdown with the evidence options', () => {
  const esc = (s: string) => escapeMarkdown(s, evidenceMarkdown);

  it('writes the breaker as an entity, so the file stays readable as plain text', () => {
    expect(esc('![i](http://x)')).toBe('\\!\\[i\\]\\(http:&#8203;//x\\)');
    expect(esc('ping @org/team about #12, GH-3 and 0123abcd')).toBe(
      'ping &#8203;@&#8203;org/team about #&#8203;12, G&#8203;H-3 and 0123ab&#8203;cd',
    );
    expect(esc('see www.example.test')).toBe('see www&#8203;.example.test');
  });

  it('leaves the @ of an e-mail address alone, which mentions nobody', () => {
    expect(esc('security@example.test')).toBe('security@example.test');
    expect(esc('a @b')).toBe('a &#8203;@&#8203;b');
  });

  it('never cuts a value: evidence is filed whole', () => {
    expect(esc('L'.repeat(10_000))).toBe('L'.repeat(10_000));
  });

  it('cannot start a new block through a line break or at the start of a line', () => {
    expect(esc('model\n\n# Heading\n[x]: http://evil')).toBe(
      'model #&#8203; Heading \\[x\\]: http:&#8203;//evil',
    );
    expect(esc('# title')).toBe('#&#8203; title');
    expect(esc('- item')).toBe('\\- item');
    expect(esc('1. item')).toBe('1\\. item');
  });

  it('escapes the same punctuation as for comments', () => {
    const text = '*a* _b_ `c` ~d~ $e$ \\ | <b> & "q" (x)!';
    expect(esc(text)).toBe(escapeMarkdown(text));
  });
});

describe('markdownUrl', () => {
  const url = (s: string) => markdownUrl(s, evidenceMarkdown);

  it('shows a web URL as an autolink whose text is its target', () => {
    expect(url('https://example.test/a?b=1')).toBe('<https://example.test/a?b=1>');
  });

  it('shows anything else as escaped text', () => {
    expect(url('javascript:alert(1)')).toBe('javascript:alert\\(1\\)');
    expect(url('https://x.test/<b>')).toBe('https:&#8203;//x.test/&lt;b&gt;');
  });
});
