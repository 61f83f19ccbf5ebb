// Strict UTF-8 decoding for the readers of user files. A lossy decoder turns invalid bytes into U+FFFD
// without a word, so a manifest or SBOM saved in another encoding would be read as slightly different
// data instead of being refused where the bad byte stands.

const strict = new TextDecoder('utf-8', { fatal: true });

/** The text, or where the bytes stop being UTF-8: a byte offset and the (valid) text before it. */
export type Utf8Result = { ok: true; text: string } | { ok: false; byteOffset: number; before: string };

/** Decode UTF-8 strictly (a leading byte-order mark is dropped). */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const byteOffset = firstInvalidUtf8(bytes);
    return { ok: false, byteOffset, before: strict.decode(bytes.subarray(0, byteOffset)) };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (need < 0 || (need > 0 && i + need >= b.length)) return i;
    // The second byte's range also excludes overlong forms and surrogates (the E0, ED, F0 and F4 rows).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    const second = b[i + 1] ?? 0;
    if (need > 0 && (second < lo || second > hi)) return i;
    for (let k = 2; k <= need; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return b.length;
}
