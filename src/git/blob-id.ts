import { createHash } from 'node:crypto';

/**
 * The id git gives `bytes` as a blob: SHA-1 (40 hex digits) or, in a SHA-256 repository, SHA-256 (64) of
 * `blob <size>\0` and the bytes. Comparing it with a tree's entry tells whether a file on disk is the
 * blob, without asking git.
 */
export function blobId(bytes: Uint8Array, idLength: number): string {
  const hash = createHash(idLength === 64 ? 'sha256' : 'sha1');
  hash.update(`blob ${bytes.length}\0`);
  hash.update(bytes);
  return hash.digest('hex');
}
