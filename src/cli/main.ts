import { UsageError } from '../core/errors.js';
import { generator } from '../version.js';
import type { CliIo } from './io.js';

const usage = `Usage: labelguard <command> [options]

Keep IoT cybersecurity labels true: check product manifests and CycloneDX SBOMs against rule packs,
detect unrecorded hardware and firmware changes, and generate filing evidence.

Commands:
  init        scaffold a product: product.yaml, filing.yaml, configuration and workflow
  check       validate and judge every product (exit 1 when anything blocks)
  validate    validate the data files only
  diff        compare two SBOMs and classify every change
  evidence    generate a product's filing evidence (documents, label artwork, normalised SBOM)
  record      record a product's unrecorded changes in its filing.yaml (one entry per change set)
  rules       list the rules of the rule packs with their sources
  status      every label's filing state and lifecycle deadlines, most urgent first
  comment     render the pull-request comment from a JSON check report (validated first)
  baseline    register a product's current state in filing.yaml when its filing is submitted or granted

Run 'labelguard <command> --help' for a command's options. 'labelguard --version' prints the version.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;
// Each command's code is imported when it runs: `--version`, `--help` and every command load only what
// they use (the bundle splits at these imports), so start-up costs about what Node itself costs.
const commands: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./init.js')).runInit,
  check: async () => (await import('./check.js')).runCheckCommand,
  validate: async () => (await import('./check.js')).runValidate,
  diff: async () => (await import('./diff.js')).runDiff,
  evidence: async () => (await import('./evidence.js')).runEvidence,
  record: async () => (await import('./record.js')).runRecord,
  rules: async () => (await import('./rules.js')).runRules,
  status: async () => (await import('./status.js')).runStatus,
  comment: async () => (await import('./comment.js')).runComment,
  baseline: async () => (await import('./baseline.js')).runBaseline,
};

/** Run the CLI and return its exit code: 0 ok, 1 blocking findings, 2 could not run as asked. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout(`${generator.version}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!command)
      throw new UsageError(`unknown command '${name}'`, [`Commands: ${Object.keys(commands).join(', ')}.`]);
    return await (
      await command()
    )(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`labelguard: ${e.message}\n${e.details.map((d) => `  ${d}\n`).join('')}`);
      return 2;
    }
    // Anything else is a defect in labelguard, not in the user's data: say so plainly, exit 2.
    io.stderr(
      `labelguard: internal error: ${(e as Error).message}\nPlease report this with the command you ran.\n`,
    );
    return 2;
  }
}
