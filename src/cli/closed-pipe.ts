/**
 * Writers for standard output and error that survive a reader going away (`labelguard … | head -1`).
 * Node ignores SIGPIPE, so a write to a closed pipe emits an `error` event that, unhandled, prints a stack
 * trace. A closed pipe is no fault of the command: its output stops, the command finishes its work and
 * exits with its own code (a gate piped into `head` keeps its verdict under `set -o pipefail`). Any other
 * write failure (a full disk behind `>`) is said once on standard error and makes the exit code 2.
 */
export interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  readonly destroyed: boolean;
}

export interface ClosedPipeWriters {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** 2 when standard output or error failed for another reason than a closed pipe, else 0. */
  failure: () => number;
}

export function closedPipeWriters(
  out: OutputStream,
  err: OutputStream,
  clean: (text: string) => string,
): ClosedPipeWriters {
  let failed = false;
  const writer = (stream: OutputStream, name: string) => {
    let gone = false;
    stream.on('error', (e) => {
      if (gone) return;
      gone = true;
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
      failed = true;
      if (stream !== err) write2(`labelguard: cannot write to standard ${name}: ${e.message}\n`);
    });
    return (text: string) => {
      if (!gone && !stream.destroyed) stream.write(clean(text));
    };
  };
  const write2 = writer(err, 'error');
  return { stdout: writer(out, 'output'), stderr: write2, failure: () => (failed ? 2 : 0) };
}
