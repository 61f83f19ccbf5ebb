import { filingFileName, referencedFiles } from '../load/repository.js';
import { parseYamlFile } from '../load/yaml-file.js';
import { resolveRef } from '../repo/paths.js';
import type { RepoSource } from '../repo/source.js';

/**
 * The files one product is made of in one revision, besides its folder: its manifest and filing, every
 * file they refer to (`sbom: ../../shared/p340w.cdx.json`, evidence, the registered SBOM) and every link
 * on the way to each. A change to any of them can change the product's verdict.
 */
export async function productFiles(source: RepoSource, manifest: string): Promise<string[]> {
  const dir = manifest.includes('/') ? manifest.slice(0, manifest.lastIndexOf('/')) : '';
  const filing = dir === '' ? filingFileName : `${dir}/${filingFileName}`;
  const [manifestValue, filingValue] = await Promise.all([
    readValue(source, manifest),
    readValue(source, filing),
  ]);
  const paths = [manifest, filing];
  for (const r of referencedFiles(manifestValue, filingValue)) {
    const resolved = resolveRef(dir, r.ref);
    if ('path' in resolved) paths.push(resolved.path);
  }
  const out = new Set<string>();
  for (const p of paths) for (const t of await source.trail(p)) out.add(t);
  return [...out];
}

/**
 * The manifests (of `manifests`) whose product is made of a changed path outside its folder (products
 * whose folder holds a changed path are found from the paths alone). Only a product that can reach out
 * of its folder is read in full: one whose manifest or filing mentions `..` (or a backslash, which could
 * spell it as an escape), or whose folder holds a symbolic link. Any other product's references all lie
 * in its folder, so it costs two small reads, not a parse.
 */
export async function productsReferencing(
  source: RepoSource,
  manifests: readonly string[],
  changed: ReadonlySet<string>,
): Promise<string[]> {
  const hit: string[] = [];
  await forEachLimited(manifests, 16, async (m) => {
    if (!(await mayReachOut(source, m))) return;
    if ((await productFiles(source, m)).some((f) => changed.has(f))) hit.push(m);
  });
  return hit.sort();
}

async function mayReachOut(source: RepoSource, manifest: string): Promise<boolean> {
  const dir = manifest.includes('/') ? manifest.slice(0, manifest.lastIndexOf('/')) : '';
  if (dir === '' || (await source.hasLinks(dir))) return true;
  for (const file of [manifest, `${dir}/${filingFileName}`]) {
    const bytes = await source.readFile(file);
    const data = bytes && afterLeadingComments(bytes);
    if (data && (data.includes('..') || data.includes('\\'))) return true;
  }
  return false;
}

/**
 * The file after its leading comment lines: the editor header the examples start with
 * (`# yaml-language-server: $schema=../../dist/...`) mentions `..` but refers to nothing, and must not make
 * every product of a repository be parsed on every pull request. A comment further down may sit inside a
 * block scalar, so only the leading block is skipped.
 */
function afterLeadingComments(bytes: Buffer): Buffer {
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf(0x0a, at);
    const next = end === -1 ? bytes.length : end + 1;
    const line = bytes.toString('latin1', at, next).trim();
    if (line !== '' && !line.startsWith('#')) break;
    at = next;
  }
  return bytes.subarray(at);
}

/** A YAML document's value, or undefined when it is missing or unreadable (the check reports that). */
async function readValue(source: RepoSource, file: string): Promise<unknown> {
  const bytes = await source.readFile(file);
  if (!bytes) return undefined;
  const parsed = parseYamlFile(file, bytes);
  return Array.isArray(parsed) ? undefined : parsed.value;
}

async function forEachLimited<T>(items: readonly T[], limit: number, fn: (t: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}
