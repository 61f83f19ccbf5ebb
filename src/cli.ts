import { runCli } from './cli/main.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  today: new Date().toISOString().slice(0, 10),
});
process.exitCode = code;
