// Where a component or service is written in its SBOM file, so a finding about it points at its line
// (JSON or XML) instead of line 1. The reader's normalised model keeps no positions; the text is searched
// for the entry's most specific identity: its bom-ref, else its purl, else its name.

/** The identity of an SBOM entry as the normalised model holds it. */
export interface EntryIdentity {
  bomRef?: string;
  purl?: string;
  name: string;
}

/** Finds the 1-based line of an entry in one SBOM text; undefined when it cannot be told. */
export type EntryLocator = (entry: EntryIdentity) => number | undefined;

/** A locator over one SBOM's text (JSON or XML, told from its first character). */
export function entryLocator(text: string): EntryLocator {
  const xml = text.trimStart().startsWith('<');
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // Every `key: value` of the three identity keys, indexed once (first occurrence wins): a finding per
  // component of a 100,000-component SBOM must not search the whole text each time.
  const index = new Map<string, number>();
  // The key is found by a regular expression; a JSON value is scanned by hand, since a pattern over an
  // escaped string recurses once per character and a hostile megabyte-long string overflows the stack.
  const pattern = xml ? /bom-ref="([^"]*)"|<(purl|name)>([^<]*)<\/\2>/g : /"(bom-ref|purl|name)"\s*:\s*"/g;
  for (const m of text.matchAll(pattern)) {
    let key: string;
    if (xml) key = m[1] !== undefined ? `bom-ref=${m[1]}` : `${m[2]}=${m[3]}`;
    else {
      const start = m.index + m[0].length - 1;
      let end = start + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      key = `${m[1]}=${jsonValue(text.slice(start, end + 1))}`;
    }
    if (!index.has(key)) index.set(key, lineAt(m.index));
  }
  return (e) => {
    const tries: string[] = [];
    if (e.bomRef) tries.push(`bom-ref=${xml ? xmlText(e.bomRef) : e.bomRef}`);
    if (e.purl) tries.push(`purl=${xml ? xmlText(e.purl) : e.purl}`);
    tries.push(`name=${xml ? xmlText(e.name) : e.name}`);
    for (const t of tries) {
      const line = index.get(t);
      if (line !== undefined) return line;
    }
    return undefined;
  };
}

function jsonValue(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal;
  }
}

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
