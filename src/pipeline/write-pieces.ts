import { closeSync, openSync, writeFileSync } from 'node:fs';

/**
 * Write a text that comes in pieces (the JSON report of a large audit) to `file` as the pieces come, so
 * the whole text is never held at once. The file holds exactly the pieces joined.
 */
export function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    // writeFileSync on a descriptor writes at its position, and all of the piece.
    for (const piece of pieces) writeFileSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}
