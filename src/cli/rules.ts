import { UsageError } from '../core/errors.js';
import { loadPacks } from '../pipeline/packs.js';
import { builtinPacks, renderRules } from '../rules/index.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import { parseCommandArgs, parseFormat } from './args.js';
import { emit, type CliIo } from './io.js';
import { repoDir } from './repo-arg.js';

export const rulesHelp = `Usage: labelguard rules [--pack NAME]... [--repo DIR] [--format text|json|markdown] [--output FILE]

List the rules of the built-in packs (or of --pack: a built-in name, or ./path to a pack inside --repo)
with their star level, severity, whether the tier is confirmed or inferred, thresholds and sources.
`;

/** `labelguard rules`. */
export async function runRules(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('rules', args, {
    pack: { type: 'string', multiple: true },
    repo: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
  });
  if (values.help) {
    io.stdout(rulesHelp);
    return 0;
  }
  const format = parseFormat(values.format, ['text', 'json', 'markdown'] as const, 'text');
  const dir = repoDir(io.cwd, values.repo);
  const loaded = await loadPacks(new WorkingTreeSource(dir), {
    config: { packs: values.pack ?? [...builtinPacks] },
  });
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new UsageError(
      'the rule packs are invalid',
      errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`),
    );
  }
  emit(io, values.output, renderRules(loaded.packs, format));
  return 0;
}
