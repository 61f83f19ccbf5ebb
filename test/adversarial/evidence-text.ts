/**
 * Evidence files as a reader sees them: Markdown with its escapes undone, JSON and SVG (XML) parsed, so
 * that "the literal text of a value" can be looked for whatever the format. SVG files must be well-formed
 * XML made only of characters XML allows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** The products of the example repository, each of which gets evidence. */
export const EVIDENCE_PRODUCTS = ['avc-c120w', 'avc-p340w', 'avd-d500'] as const;

/** The evidence documents that carry data from the manifest and filing: every one must be tried. */
export const EVIDENCE_WITH_DATA = [
  'change-notification.md',
  'change-notification.zh-CN.md',
  'declaration-draft.md',
  'declaration-draft.zh-CN.md',
  'filing-form.json',
  'label.svg',
  'technical-documentation.md',
  'technical-documentation.zh-CN.md',
  'test-request.md',
  'test-request.zh-CN.md',
];

/** Markdown as a reader sees it: backslash escapes and the entities the evidence writes decoded. */
export function markdownText(md: string): string {
  return md
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#8203;/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const xml = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, trimValues: false });

/** Every string in a parsed JSON or XML document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Characters XML 1.0 allows in a document (the Char production). */
// eslint-disable-next-line no-control-regex -- the XML Char production is defined by code points
const xmlChars = /^[\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** The text files of an evidence folder: file name → what a reader sees in it. */
export function readEvidence(out: string): Map<string, string> {
  const seen = new Map<string, string>();
  for (const name of readdirSync(out)) {
    const raw = readFileSync(join(out, name), 'utf8');
    if (name.endsWith('.md')) seen.set(name, markdownText(raw));
    else if (name.endsWith('.json')) seen.set(name, strings(JSON.parse(raw)).join('\n'));
    else if (name.endsWith('.svg')) {
      expect(XMLValidator.validate(raw), `${name} is well-formed XML`).toBe(true);
      expect(xmlChars.test(raw), `${name} holds only characters XML allows`).toBe(true);
      seen.set(name, strings(xml.parse(raw)).join('\n'));
    }
  }
  return seen;
}

/** Occurrences of `needle` in `text`. */
export const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

/** A template payload as a reader sees it: control characters are not carried into documents. */
export function visiblePayload(payload: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  return payload.replace(/\u001b\[\d+m|[\u0000-\u001f]/g, '');
}

/**
 * Check one product's evidence for a template payload: every `{{` a reader sees belongs to an intact
 * payload (nothing was consumed by evaluation). Returns how often the payload appears, by file.
 */
export function payloadIn(seen: Map<string, string>, payload: string, where: string): Map<string, number> {
  const core = visiblePayload(payload);
  const opening = occurrences(core, '{{');
  const found = new Map<string, number>();
  for (const [name, text] of seen) {
    // The label artwork prints the scheme in capitals.
    const n = occurrences(text, core) + occurrences(text, core.toUpperCase());
    if (n > 0) found.set(name, n);
    expect(occurrences(text, '{{'), `${where}/${name}: a partly evaluated payload`).toBe(n * opening);
  }
  return found;
}
