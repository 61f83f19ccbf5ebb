// Value normalisation shared by the JSON and XML readers, so both formats yield identical data.
import { compareText } from '../core/finding.js';
import type { Component, Hash, Property, Service } from './types.js';

/** Code-unit comparison: locale-independent, so sort orders (and digests) match on every machine. */
export const compareStrings = compareText;

/** Trimmed string, or undefined for anything else (numbers are accepted and stringified). */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? undefined : t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === 'true' || t === '1') return true;
    if (t === 'false' || t === '0') return false;
  }
  return undefined;
}

const CANONICAL_HASH_ALGS = [
  'MD5',
  'SHA-1',
  'SHA-256',
  'SHA-384',
  'SHA-512',
  'SHA3-256',
  'SHA3-384',
  'SHA3-512',
  'BLAKE2b-256',
  'BLAKE2b-384',
  'BLAKE2b-512',
  'BLAKE3',
  'Streebog-256',
  'Streebog-512',
];
const CANONICAL = new Set(CANONICAL_HASH_ALGS);
const HASH_ALGS = new Map<string, string>(CANONICAL_HASH_ALGS.map((alg) => [squash(alg), alg]));

function squash(alg: string): string {
  return alg.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Maps `sha256`, `SHA_256`, `sha-256` … to the CycloneDX spelling; unknown algorithms pass through trimmed. */
export function normaliseHashAlg(alg: string): string {
  if (CANONICAL.has(alg)) return alg;
  return HASH_ALGS.get(squash(alg)) ?? alg.trim();
}

/** A normalised hash: canonical algorithm name, lower-case hex. */
export function makeHash(alg: string, content: string): Hash {
  const trimmed = content.trim();
  // Node 24's toLowerCase returns a copy even of lower-case text; keeping the copy in every hash
  // would double what an inventory's digests cost, so the copy is dropped at once when nothing changed.
  const lower = trimmed.toLowerCase();
  return { alg: normaliseHashAlg(alg), content: lower === trimmed ? trimmed : lower };
}

/** Sorts by algorithm then content and drops exact duplicates (in place when possible). */
export function sortHashes(hashes: Hash[]): Hash[] {
  if (hashes.length < 2) return hashes;
  hashes.sort((a, b) => compareStrings(a.alg, b.alg) || compareStrings(a.content, b.content));
  return hashes.filter(
    (h, i) => i === 0 || h.alg !== hashes[i - 1]!.alg || h.content !== hashes[i - 1]!.content,
  );
}

export function normaliseProperties(raw: Property[]): Property[] {
  if (raw.length < 2) return raw;
  raw.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.value, b.value));
  return raw.filter((p, i) => i === 0 || p.name !== raw[i - 1]!.name || p.value !== raw[i - 1]!.value);
}

export function sortedUnique(values: string[]): string[] {
  if (values.length < 2) return values;
  values.sort(compareStrings);
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

/**
 * Total, content-based sort key: equal keys mean the diff cannot tell the components apart, so any
 * order between them is equally deterministic.
 */
export function componentSortKey(c: Component): string {
  return [
    c.name,
    c.group ?? '',
    c.version ?? '',
    c.type,
    c.purl ?? '',
    c.cpe ?? '',
    c.path.join('/'),
    c.supplier ?? '',
    c.manufacturer ?? '',
    c.publisher ?? '',
    c.hashes.map((h) => `${h.alg}:${h.content}`).join(','),
    c.properties.map((p) => `${p.name}=${p.value}`).join('\u0001'),
    c.licenses.join('\u0001'),
    c.cryptoProperties === undefined ? '' : JSON.stringify(c.cryptoProperties),
  ].join('\u0000');
}

export function serviceSortKey(s: Service): string {
  return [
    s.name,
    s.group ?? '',
    s.version ?? '',
    s.path.join('/'),
    s.provider ?? '',
    String(s.authenticated),
    String(s.trustBoundary),
    s.endpoints.join('\u0001'),
  ].join('\u0000');
}

/** Sorts by a precomputed key, computing each key once. */
export function sortByKey<T>(items: T[], key: (item: T) => string): T[] {
  if (items.length < 2) return items;
  const keyed = items.map((item) => ({ item, k: key(item) }));
  keyed.sort((a, b) => compareStrings(a.k, b.k));
  return keyed.map((e) => e.item);
}
