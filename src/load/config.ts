import type { Config } from '../schemas/index.js';
import type { RepoSource } from '../repo/source.js';
import { UsageError } from '../core/errors.js';
import { validateAgainst } from './validate.js';
import { parseYamlFile, type YamlFile } from './yaml-file.js';

export const defaultConfigFiles = ['.labelguard.yml', '.labelguard.yaml'];

/** The repository's configuration, with the file it came from (absent when the defaults apply). */
export interface LoadedConfig {
  config: Config;
  file?: string;
  doc?: YamlFile;
}

/** Read and validate `.labelguard.yml`; an invalid configuration is a UsageError (exit 2), never ignored. */
export async function loadConfig(source: RepoSource, explicitPath?: string): Promise<LoadedConfig> {
  const candidates = explicitPath ? [explicitPath] : defaultConfigFiles;
  for (const file of candidates) {
    // A FIFO or device named like the configuration must not be skipped as absent: that would drop the policy.
    if ((await source.containment(file)) === 'special') {
      throw new UsageError(`configuration file '${file}' is not a regular file`, [
        `${file}:1:1: a FIFO, socket or device; it was not opened`,
      ]);
    }
    const bytes = await source.readFile(file);
    if (!bytes) continue;
    const parsed = parseYamlFile(file, bytes);
    if (Array.isArray(parsed)) throw invalid(file, parsed);
    if (parsed.value === null || parsed.value === undefined) return { config: {}, file, doc: parsed };
    const problems = validateAgainst('config', parsed);
    if (problems.length > 0) throw invalid(file, problems);
    return { config: parsed.value, file, doc: parsed };
  }
  if (explicitPath) {
    throw new UsageError(`configuration file '${explicitPath}' not found in the ${source.label}`, [
      'Check the config path, or omit it to use .labelguard.yml at the repository root.',
    ]);
  }
  return { config: {} };
}

function invalid(
  file: string,
  problems: { at: { line: number; column: number }; message: string; hint: string }[],
) {
  return new UsageError(
    `invalid configuration in ${file}`,
    problems.map((p) => `${file}:${p.at.line}:${p.at.column}: ${p.message}\n  hint: ${p.hint}`),
  );
}
