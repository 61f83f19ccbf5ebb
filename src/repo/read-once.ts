import { withReads, type RepoSource } from './source.js';

/**
 * `source`, each file read from it at most once while the wrapper is kept. The pull-request scope reads
 * every manifest and filing of the head and then of the base; the base reads through this the files whose
 * bytes are the same in both (most of them), so they are not read twice. Kept for one scan only: an audit
 * must not hold every manifest.
 */
export function readingOnce(source: RepoSource): RepoSource {
  const read = new Map<string, Promise<Buffer | undefined>>();
  return withReads(source, (path) => {
    let bytes = read.get(path);
    if (!bytes) {
      bytes = source.readFile(path);
      read.set(path, bytes);
    }
    return bytes;
  });
}
