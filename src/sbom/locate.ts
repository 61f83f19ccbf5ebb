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
  const find = (patterns: string[]): number | undefined => {
    for (const p of patterns) {
      const at = text.indexOf(p);
      if (at >= 0) return lineAt(at);
    }
    return undefined;
  };
  return (e) => {
    const tries: string[][] = [];
    if (e.bomRef) tries.push(xml ? [`bom-ref="${xmlText(e.bomRef)}"`] : jsonMember('bom-ref', e.bomRef));
    if (e.purl) tries.push(xml ? [`<purl>${xmlText(e.purl)}</purl>`] : jsonMember('purl', e.purl));
    tries.push(xml ? [`<name>${xmlText(e.name)}</name>`] : jsonMember('name', e.name));
    for (const t of tries) {
      const line = find(t);
      if (line !== undefined) return line;
    }
    return undefined;
  };
}

/** `"key": "value"` as generators write it: with or without a space after the colon. */
function jsonMember(key: string, value: string): string[] {
  const v = JSON.stringify(value);
  return [`"${key}": ${v}`, `"${key}":${v}`];
}

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
