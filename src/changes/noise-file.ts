// The pack's `sbom-noise.yaml`: SBOM properties that describe the build, not the product.
import type { Finding } from '../core/finding.js';
import { parseYamlFile } from '../load/yaml-file.js';
import type { SbomNoise } from '../sbom/index.js';

export const noiseFileName = 'sbom-noise.yaml';

/** Parse a `sbom-noise.yaml`; a broken one is a located problem and ignores nothing. */
export function loadNoise(file: string, text: string): { noise?: SbomNoise; problems: Finding[] } {
  const parsed = parseYamlFile(file, text);
  if (Array.isArray(parsed)) {
    return { problems: parsed.map((p) => ({ ...p.toFinding(), ruleId: 'data.rule-pack-invalid' })) };
  }
  const doc = parsed.value as { ignore_properties?: unknown; ignore_absolute_path_values?: unknown } | null;
  const names = doc?.ignore_properties ?? [];
  const absolute = doc?.ignore_absolute_path_values ?? false;
  const bad = (path: string[], message: string) => {
    const at = parsed.locate(path);
    return {
      problems: [
        {
          ruleId: 'data.rule-pack-invalid',
          severity: 'error' as const,
          message,
          hint: 'See the header of rules/cn-ccl/sbom-noise.yaml.',
          file,
          line: at.line,
          column: at.column,
        },
      ],
    };
  };
  if (typeof doc !== 'object' || doc === null) return bad([], `${file} must be a mapping`);
  const unknown = Object.keys(doc).find(
    (k) => !['ignore_properties', 'ignore_absolute_path_values'].includes(k),
  );
  if (unknown) return bad([unknown], `unknown key '${unknown}' in ${file}`);
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && n !== '')) {
    return bad(['ignore_properties'], `'ignore_properties' must be a list of property names`);
  }
  if (typeof absolute !== 'boolean') {
    return bad(['ignore_absolute_path_values'], `'ignore_absolute_path_values' must be true or false`);
  }
  return { noise: { ignoreProperties: names as string[], ignoreAbsolutePaths: absolute }, problems: [] };
}

/** The pack's list adjusted by the repository's `.labelguard.yml` `sbom_noise`. */
export function withConfig(
  noise: SbomNoise | undefined,
  config: { ignore_properties?: string[]; keep_properties?: string[] } | undefined,
): SbomNoise | undefined {
  if (!config) return noise;
  const keep = new Set(config.keep_properties ?? []);
  return {
    ignoreProperties: [...(noise?.ignoreProperties ?? []), ...(config.ignore_properties ?? [])].filter(
      (n) => !keep.has(n),
    ),
    ignoreAbsolutePaths: noise?.ignoreAbsolutePaths ?? false,
  };
}
