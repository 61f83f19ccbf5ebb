// Generator noise: properties that describe how and where an SBOM was built (the generator's own
// bookkeeping, the checkout folder), not the product. Two SBOMs of the same tree made by two tools, or
// in two folders, differ only in these; they are left out of the comparison.

/** Which properties the comparison ignores. */
export interface SbomNoise {
  /** Property names to ignore; `*` matches any run of characters (e.g. `cdx:*:package:path`). */
  ignoreProperties: readonly string[];
  /** Also ignore any property whose value is an absolute file path (a build folder). */
  ignoreAbsolutePaths: boolean;
}

/** A predicate telling whether a property is noise. */
export type PropertyFilter = (name: string, value: string) => boolean;

/** The predicate for a noise list; `undefined` when it ignores nothing. */
export function noiseFilter(noise: SbomNoise | undefined): PropertyFilter | undefined {
  if (!noise || (noise.ignoreProperties.length === 0 && !noise.ignoreAbsolutePaths)) return undefined;
  const patterns = noise.ignoreProperties.map(
    (p) =>
      new RegExp(
        `^${p
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ),
  );
  return (name, value) =>
    patterns.some((r) => r.test(name)) || (noise.ignoreAbsolutePaths && isAbsolutePath(value));
}

/** `/home/ci/build/...`, `C:\\src\\...`, `file:///...`: a path only the machine that built the SBOM has. */
export function isAbsolutePath(value: string): boolean {
  return /^(\/[^/\s]+\/|[A-Za-z]:[\\/]|file:\/\/\/|\\\\[^\\]+\\)/.test(value.trim());
}
