import { posix } from 'node:path';
import picomatch from 'picomatch';
import { productGlobMatcher } from '../load/repository.js';

/**
 * The product manifests whose folder holds a changed path. Candidates are the folders above each changed
 * path whose manifest matches a product glob — work proportional to the change, not to the repository.
 * (A product is also made of the files it refers to outside its folder: see product-files.ts.)
 */
export async function touchedProductDirs(
  changed: readonly string[],
  globs: readonly string[],
  exists: (manifest: string) => Promise<boolean>,
): Promise<{ all: true } | { all: false; manifests: string[] }> {
  const matchers = globs.map((g) => ({ match: productGlobMatcher(g), name: posix.basename(g) }));
  // A glob whose file name has wildcards (e.g. `*.product.yaml`) cannot name its manifest: every
  // product would have to be listed. Such a layout is rare; say so by touching everything.
  if (matchers.some((m) => picomatch.scan(m.name).isGlob)) return { all: true };
  const candidates = new Set<string>();
  for (const path of changed) {
    for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
      const folder = dir === '.' ? '' : dir;
      for (const m of matchers) {
        const manifest = folder === '' ? m.name : `${folder}/${m.name}`;
        if (m.match(manifest)) candidates.add(manifest);
      }
      if (folder === '') break;
    }
  }
  const manifests: string[] = [];
  for (const manifest of [...candidates].sort()) if (await exists(manifest)) manifests.push(manifest);
  return { all: false, manifests };
}
