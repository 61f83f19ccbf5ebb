import { resolve } from 'node:path';
import { writePieces } from '../pipeline/write-pieces.js';

/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Today's date (YYYY-MM-DD), read once by the entry point: the default for --now. */
  today: string;
}

/**
 * Write a command's output to `--output` (exact bytes) or to standard output: a text, or the pieces of one
 * written as they come.
 */
export function emit(io: CliIo, output: string | undefined, text: string | Iterable<string>): void {
  const pieces = typeof text === 'string' ? [text] : text;
  if (output) writePieces(resolve(io.cwd, output), pieces);
  else for (const piece of pieces) io.stdout(piece);
}
