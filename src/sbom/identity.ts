// Identity keys for matching components across two SBOMs. Versions are never part of a key: a
// version change is a change of the same component, not a removal plus an addition.
import { compareStrings } from './normalise.js';

export interface ParsedPurl {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  /** Sorted by key; empty values dropped (the purl spec treats them as absent). */
  qualifiers: [string, string][];
  subpath?: string;
}

// purl types whose spec says namespace/name are case-insensitive (stored lower-case).
const CASE_INSENSITIVE_TYPES = new Set([
  'alpm',
  'apk',
  'bitbucket',
  'composer',
  'deb',
  'github',
  'hex',
  'npm',
  'pypi',
]);

function decode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Lenient Package URL parser; undefined when the string is not a purl at all. */
export function parsePurl(purl: string): ParsedPurl | undefined {
  let rest = purl.trim();
  if (!/^pkg:/i.test(rest)) return undefined;
  rest = rest.slice(4).replace(/^\/+/, '');
  let subpath: string | undefined;
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    subpath = rest.slice(hash + 1).replace(/^\/+|\/+$/g, '') || undefined;
    rest = rest.slice(0, hash);
  }
  let qualifiers: [string, string][] = [];
  const q = rest.indexOf('?');
  if (q !== -1) {
    for (const pair of rest.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const value = decode(pair.slice(eq + 1));
      if (value !== '') qualifiers.push([pair.slice(0, eq).toLowerCase(), value]);
    }
    if (qualifiers.length > 1) qualifiers = qualifiers.sort((a, b) => compareStrings(a[0], b[0]));
    rest = rest.slice(0, q);
  }
  let version: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at > rest.lastIndexOf('/')) {
    version = decode(rest.slice(at + 1)) || undefined;
    rest = rest.slice(0, at);
  }
  const slash = rest.indexOf('/');
  if (slash <= 0) return undefined;
  const type = rest.slice(0, slash).toLowerCase();
  const segments = rest
    .slice(slash + 1)
    .split('/')
    .filter((s) => s !== '')
    .map(decode);
  const lower = CASE_INSENSITIVE_TYPES.has(type);
  const name = segments.pop();
  if (name === undefined) return undefined;
  const namespace = segments.length > 0 ? segments.join('/') : undefined;
  const parsed: ParsedPurl = {
    type,
    name: lower ? name.toLowerCase() : name,
    qualifiers,
  };
  if (namespace !== undefined) parsed.namespace = lower ? namespace.toLowerCase() : namespace;
  if (version !== undefined) parsed.version = version;
  if (subpath !== undefined) parsed.subpath = subpath;
  return parsed;
}

/** The name part of a purl's key: `pkg:type/namespace/name`, without version, qualifiers or subpath. */
export function purlName(p: ParsedPurl): string {
  return `pkg:${p.type}/${p.namespace === undefined ? '' : `${p.namespace}/`}${p.name}`;
}

/** Canonical purl without its version; qualifiers kept (Debian `?arch=source` ≠ `?arch=amd64`). */
export function purlKey(p: ParsedPurl): string {
  let key = purlName(p);
  if (p.qualifiers.length > 0) key += `?${p.qualifiers.map(([k, v]) => `${k}=${v}`).join('&')}`;
  if (p.subpath !== undefined) key += `#${p.subpath}`;
  return key;
}

// Qualifiers that name a different artefact of the same package (not a different place to get it):
// two components disagreeing on one of these are never the same component.
const ARTEFACT_QUALIFIERS = new Set(['arch', 'classifier', 'os', 'platform', 'type']);

/** Qualifier values that pin the artefact, e.g. `arch=amd64`; '' when there are none. */
export function artefactSignature(p: ParsedPurl | undefined): string {
  if (p === undefined) return '';
  let sig = '';
  for (const [k, v] of p.qualifiers) if (ARTEFACT_QUALIFIERS.has(k)) sig += `${k}=${v};`;
  return sig;
}

/** What matching needs from a purl: its versionless key, its type and its artefact signature. */
export interface PurlIdentity {
  key: string;
  /** Where the key's name part (`pkg:type/namespace/name`) ends: its qualifiers or subpath follow. */
  nameEnd: number;
  type: string;
  signature: string;
}

/** purlKey/type/artefactSignature in one go, with a fast path for already-canonical purls. */
export function purlIdentity(purl: string): PurlIdentity | undefined {
  if (scanCanonicalPurl(purl)) {
    const { typeEnd, nameEnd, q, eq } = SCAN;
    const key = q === -1 ? purl.slice(0, nameEnd) : purl.slice(0, nameEnd) + purl.slice(q);
    const signature =
      q !== -1 && ARTEFACT_QUALIFIERS.has(purl.slice(q + 1, eq)) ? `${purl.slice(q + 1)};` : '';
    return { key, nameEnd, type: purl.slice(4, typeEnd), signature };
  }
  const p = parsePurl(purl);
  if (p === undefined) return undefined;
  return { key: purlKey(p), nameEnd: purlName(p).length, type: p.type, signature: artefactSignature(p) };
}

/** Where the parts of the last canonical purl scanned are; valid after scanCanonicalPurl() → true. */
export const SCAN = { typeEnd: 0, nameEnd: 0, q: -1, eq: -1, hash: 0 };

/**
 * Most purls in real SBOMs are already canonical (lower-case type, no escapes or empty segments
 * before the version, at most one plain qualifier): their key is s[0, nameEnd) + s[q, end), found
 * in one scan without allocating, together with the key's hash (see keyHash). Anything
 * unusual returns false and must take the full parser, which yields the same key.
 */
export function scanCanonicalPurl(s: string): boolean {
  const n = s.length;
  if (!s.startsWith('pkg:') || s.charCodeAt(n - 1) <= 32) return false;
  let typeEnd = -1;
  let lastSlash = -1;
  let lastAt = -1;
  let firstOddity = n; // first '%' or '//' after the type: fine only inside the version
  let firstUpper = n;
  // The hash lanes of s[0, i) (see keyHash): x takes the next character. 'pkg:' is always the same.
  let x = PKG_X;
  let y = PKG_Y;
  let xAt = 0; // the lanes just before the last '@'
  let yAt = 0;
  let i = 4;
  // Up to the qualifiers. Most characters (lower-case letters, digits, '.', '-') mean nothing here
  // but their hash, so they take the first branch alone.
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 90 || (c >= 48 && c <= 57) || c === 45 || c === 46) {
      const t = Math.imul(x ^ c, FNV_PRIME);
      x = y;
      y = t;
      continue;
    }
    if (c === 63 /* ? */) break;
    if (c === 35 /* # */) return false;
    if (c === 47 /* / */) {
      if (typeEnd === -1) typeEnd = i;
      else if (s.charCodeAt(i - 1) === 47 && firstOddity === n) firstOddity = i;
      lastSlash = i;
    } else if (c === 64 /* @ */) {
      lastAt = i;
      xAt = x;
      yAt = y;
    } else if (typeEnd === -1) {
      if (c >= 65) return false; // upper case in the type
    } else if (c === 37 /* % */) {
      if (firstOddity === n) firstOddity = i;
    } else if (c >= 65 && firstUpper === n) {
      firstUpper = i;
    }
    const t = Math.imul(x ^ c, FNV_PRIME);
    x = y;
    y = t;
  }
  const q = i < n ? i : -1;
  let eq = -1;
  // The qualifier: one plain `key=value`, key in lower case.
  for (i++; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 35 /* # */ || c === 38 /* & */ || c === 37 /* % */) return false;
    if (eq === -1) {
      if (c === 61 /* = */) eq = i;
      else if (c >= 65 && c <= 90) return false;
    }
  }
  const nameEnd = lastAt > lastSlash ? lastAt : q === -1 ? n : q;
  if (typeEnd <= 4 || nameEnd <= typeEnd + 1 || lastSlash === nameEnd - 1 || firstOddity < nameEnd)
    return false;
  if (q !== -1 && (eq <= q + 1 || eq === n - 1)) return false;
  if (firstUpper < nameEnd && CASE_INSENSITIVE_TYPES.has(s.slice(4, typeEnd))) return false;
  SCAN.typeEnd = typeEnd;
  SCAN.nameEnd = nameEnd;
  SCAN.q = q;
  SCAN.eq = eq;
  const atVersion = nameEnd === lastAt;
  SCAN.hash = lanes(atVersion ? xAt : x, atVersion ? yAt : y, s, q === -1 ? n : q, n);
  return true;
}

const FNV_PRIME = 0x01000193;

/**
 * The hash of s[from, to) continued from lanes x (which takes the next character) and y: two FNV-1a
 * lanes taking alternate characters, so each multiply waits only for the one two characters back.
 * keyHash of the 100,000 purls of the 50k bench pair: 23.7 ms with one lane over every character,
 * 12.1 ms with two (Node 24; Node 20 24.0 -> 12.3 ms); their canonical scan 24 -> 18 ms.
 */
function lanes(x: number, y: number, s: string, from: number, to: number): number {
  let i = from;
  for (; i + 1 < to; i += 2) {
    x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
    y = Math.imul(y ^ s.charCodeAt(i + 1), FNV_PRIME);
  }
  if (i < to) {
    const t = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
    x = y;
    y = t;
  }
  return Math.imul(x, FNV_PRIME) ^ y;
}

// The two lanes' offsets, and the lanes after 'pkg:', where every purl starts.
const X0 = 0x811c9dc5;
const Y0 = 0x050c5d1f;
const PKG_X = Math.imul(Math.imul(X0 ^ 0x70 /* p */, FNV_PRIME) ^ 0x67 /* g */, FNV_PRIME);
const PKG_Y = Math.imul(Math.imul(Y0 ^ 0x6b /* k */, FNV_PRIME) ^ 0x3a /* : */, FNV_PRIME);

/** The hash of a whole key string; equals SCAN.hash for the key of a canonical purl. */
export function keyHash(key: string): number {
  return lanes(X0, Y0, key, 0, key.length);
}

/** `vendor:product` from a CPE 2.2 URI or 2.3 formatted string; undefined for wildcards or junk. */
export function cpeKey(cpe: string): string | undefined {
  const s = cpe.trim();
  let parts: string[];
  if (/^cpe:2\.3:/i.test(s)) {
    parts = splitCpe23(s.slice(8));
  } else if (/^cpe:\//i.test(s)) {
    parts = s.slice(5).split(':').map(decode);
  } else {
    return undefined;
  }
  const vendor = parts[1]?.toLowerCase();
  const product = parts[2]?.toLowerCase();
  if (!vendor || !product || vendor === '*' || vendor === '-' || product === '*' || product === '-')
    return undefined;
  return `${vendor}:${product}`;
}

function splitCpe23(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && i + 1 < s.length) {
      cur += s[++i]!;
    } else if (ch === ':') {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
    if (out.length > 3) break;
  }
  out.push(cur);
  return out;
}
