/**
 * What "safe" means for text labelguard writes to GitHub or a terminal, checked structurally (no Markdown
 * renderer is needed): data can add no HTML, link, image, mention, line, table cell or hidden marker, and
 * no control character or workflow command. Used by the injection cases (hostile repository through the
 * real pipeline) and by the renderer properties (any string at all).
 */
import { expect } from 'vitest';

const ZWSP = '\u200B';

/** HTML the renderers write themselves; anything else that looks like a tag must have come from data. */
const templateTags = /^<(\/?(details|summary|sub|b|br)>|!-- labelguard:|https:\/\/)/;

/** Controls that have no business in a GitHub body or a terminal line (line feed aside). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controls = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Index of every occurrence of `ch` not escaped by an odd run of backslashes. */
function unescaped(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) out.push(i);
  }
  return out;
}

/** The text with its hidden `<!-- labelguard:… -->` markers blanked: what GitHub renders of it. */
export function visibleMarkdown(text: string): string {
  return text.replace(/<!-- labelguard:[^\n]*? -->/g, (m) => ' '.repeat(m.length));
}

const excerpt = (text: string, at: number) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 60));

/**
 * A GitHub Markdown body (comment, job summary, pull-request or issue body) that data cannot have shaped:
 * - no control characters;
 * - every hidden marker is a whole `<!-- labelguard:… -->` on its line, and no other HTML comment exists;
 * - no HTML tag but the renderers' own (details, summary, sub, b, br) and `<https://…>` link targets;
 * - every link or image target is an https URL in angle brackets, never `javascript:` or anything else;
 * - no `@mention` (an `@` is always followed by a zero-width space);
 * - every row of a table has as many unescaped cell separators as its header;
 * - no line is a workflow command.
 */
export function assertSafeMarkdown(text: string, where: string): void {
  for (const m of text.matchAll(/<!--/g)) {
    const rest = text.slice(m.index);
    expect(rest, `${where}: an HTML comment that is not a labelguard marker at ${excerpt(text, m.index)}`).toMatch(
      /^<!-- labelguard:[^\n]*? -->[^\n]*$/m,
    );
  }
  const visible = visibleMarkdown(text);
  // Hidden markers hold JSON, whose escapes cover every C0 control; what is rendered must hold none at all.
  const c = controls.exec(visible);
  expect(c, `${where}: control character U+${c?.[0].charCodeAt(0).toString(16)} at ${excerpt(visible, c?.index ?? 0)}`).toBeNull();
  for (const m of visible.matchAll(/<[^\s<]/g)) {
    const at = m.index;
    expect(templateTags.test(visible.slice(at)), `${where}: HTML from data at ${excerpt(text, at)}`).toBe(true);
  }
  // Link destinations the renderers write: an https URL in angle brackets, inside which `](`, `@` or `#`
  // are just characters of the URL. Blank them, keeping the `](` that opens each.
  const prose = visible.replace(/\]\(<https:\/\/[^\s<>]*>\)/g, (m) => `](${' '.repeat(m.length - 2)}`);
  for (const at of unescaped(prose, '](')) {
    expect(visible.slice(at + 2), `${where}: a link or image to something other than https at ${excerpt(visible, at)}`).toMatch(
      /^<https:\/\/[^\s<>]*>\)/,
    );
  }
  for (const m of prose.matchAll(/@/g)) {
    expect(prose[m.index + 1], `${where}: a mention at ${excerpt(prose, m.index)}`).toBe(ZWSP);
  }
  const lines = visible.split('\n');
  for (const [i, line] of lines.entries()) {
    expect(line.trimStart().startsWith('::'), `${where}: line ${i + 1} is a workflow command: ${line}`).toBe(false);
  }
  // Tables: consecutive lines starting with `|`; every row splits into as many cells as the header.
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|')) continue;
    const cells = unescaped(lines[i]!, '|').length;
    for (i++; i < lines.length && lines[i]!.startsWith('|'); i++) {
      expect(unescaped(lines[i]!, '|').length, `${where}: table row ${i + 1} has a cell from data: ${lines[i]}`).toBe(cells);
    }
  }
}

/** One line of plain text (a title, an annotation): no control characters, no line breaks, bounded. */
export function assertSafeLine(text: string, where: string, maxChars: number): void {
  expect(text.includes('\n'), `${where}: a line break in ${JSON.stringify(text)}`).toBe(false);
  expect(controls.test(text), `${where}: a control character in ${JSON.stringify(text)}`).toBe(false);
  expect(Array.from(text).length, `${where}: longer than ${maxChars}`).toBeLessThanOrEqual(maxChars);
}

/**
 * The plain-text report of `labelguard check`: no control characters, and every line is one the renderer
 * starts itself (a verdict, an indented detail, the summary line, a blank), so data can forge no line.
 */
export function assertSafeTextReport(text: string, where: string): void {
  expect(controls.exec(text), `${where}: control character`).toBeNull();
  for (const [i, line] of text.split('\n').entries()) {
    // ` {2}- id: ` and ` {6}- ` start the lines of the change-log entries to paste (YAML items under `changes:`).
    expect(line, `${where}: line ${i + 1} was not started by the renderer`).toMatch(
      /^((PASS|WARN|FAIL) {2}|\s{4}\S|\s{8}(hint|waived|member)| {2}- id: | {6}- |\d+ products? checked: |$)/,
    );
    expect(line.trimStart().startsWith('::'), `${where}: line ${i + 1} is a workflow command`).toBe(false);
  }
}

/**
 * Evidence Markdown (filed as it is, so never cut): data adds no HTML (the only `<` opens an autolink of a
 * web URL value), no link or image, no mention (an `@` before a word is part of an e-mail address or is
 * followed by a zero-width space), no table cell, no control character but line feeds.
 */
export function assertSafeEvidenceMarkdown(text: string, where: string): void {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const c = /[\u0000-\u0009\u000B-\u001F\u007F]/.exec(text);
  expect(c, `${where}: control character at ${excerpt(text, c?.index ?? 0)}`).toBeNull();
  for (const m of text.matchAll(/</g)) {
    expect(text.slice(m.index), `${where}: HTML from data at ${excerpt(text, m.index)}`).toMatch(/^<https?:\/\/[^\s<>"'`\\|[\]{}^]+>/);
  }
  expect(unescaped(text, '](').map((at) => excerpt(text, at)), `${where}: a link or image`).toEqual([]);
  for (const m of text.matchAll(/@(?=[\p{L}\p{N}_])/gu)) {
    expect(/[\p{L}\p{N}_]/u.test(text[m.index - 1] ?? ''), `${where}: a mention at ${excerpt(text, m.index)}`).toBe(true);
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|')) continue;
    const cells = unescaped(lines[i]!, '|').length;
    for (i++; i < lines.length && lines[i]!.startsWith('|'); i++) {
      expect(unescaped(lines[i]!, '|').length, `${where}: table row ${i + 1} has a cell from data: ${lines[i]}`).toBe(cells);
    }
  }
}
