import { closedPipeWriters } from './cli/closed-pipe.js';
import { runCli } from './cli/main.js';
import { safeForTerminal } from './cli/terminal.js';

// Standard output and error reach terminals and CI logs: nothing printed may act as a control sequence
// or a workflow command (files written with --output keep their exact bytes).
const output = closedPipeWriters(process.stdout, process.stderr, safeForTerminal);
const code = await runCli(process.argv.slice(2), {
  stdout: output.stdout,
  stderr: output.stderr,
  cwd: process.cwd(),
  today: new Date().toISOString().slice(0, 10),
});
process.exitCode = code;
// A write error is reported asynchronously: settle the exit code once pending output has been handled.
process.on('beforeExit', () => {
  process.exitCode = Math.max(code, output.failure());
});
