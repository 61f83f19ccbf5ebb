/**
 * Which products a set of changed paths touches: a product is touched when a changed path lies in its
 * folder. A change to the configuration or to a repository rule pack touches every product, since it
 * can change every verdict.
 */
export function touchedProductDirs(
  changed: readonly string[],
  manifests: readonly string[],
  repoWide: readonly string[],
): { all: true } | { all: false; dirs: Set<string> } {
  if (changed.some((c) => repoWide.some((w) => c === w || c.startsWith(`${w.replace(/\/$/, '')}/`)))) {
    return { all: true };
  }
  const dirs = manifests.map((m) => m.slice(0, Math.max(0, m.lastIndexOf('/'))));
  const touched = new Set<string>();
  for (const path of changed) {
    for (const dir of dirs) if (dir === '' || path === dir || path.startsWith(`${dir}/`)) touched.add(dir);
  }
  return { all: false, dirs: touched };
}
