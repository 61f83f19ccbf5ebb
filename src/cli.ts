import { runCli } from './cli/main.js';
import { safeForTerminal } from './cli/terminal.js';

const code = await runCli(process.argv.slice(2), {
  // Standard output and error reach terminals and CI logs: nothing printed may act as a control sequence
  // or a workflow command (files written with --output keep their exact bytes).
  stdout: (t) => process.stdout.write(safeForTerminal(t)),
  stderr: (t) => process.stderr.write(safeForTerminal(t)),
  cwd: process.cwd(),
  today: new Date().toISOString().slice(0, 10),
});
process.exitCode = code;
