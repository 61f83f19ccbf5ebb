import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Today's date (YYYY-MM-DD), read once by the entry point: the default for --now. */
  today: string;
}

/** Write a command's output to `--output` (exact bytes) or to standard output. */
export function emit(io: CliIo, output: string | undefined, text: string): void {
  if (output) writeFileSync(resolve(io.cwd, output), text);
  else io.stdout(text);
}
