import { defaultConfigFiles, loadConfig, type LoadedConfig } from '../load/config.js';
import { resolveRef } from '../repo/paths.js';
import type { RepoSource } from '../repo/source.js';
import { builtinPacks, packSpec } from '../rules/pack-spec.js';
import type { PackSource } from '../rules/types.js';

/**
 * The policy of one revision, read as one unit: the configuration file (thresholds, gate, waivers,
 * classification overrides and every other section it has) and the repository's own rule packs. Whatever
 * decides a verdict besides the product data lives here, so reading the unit from a trusted revision
 * (the base of a pull request) makes all of it trusted at once.
 */
export interface LoadedPolicy {
  config: LoadedConfig;
  /** The repository rule packs the configuration names (`./path`), read up front. */
  repoPacks: Map<string, PackSource>;
  /** Every file of the policy as read (path → text), to tell what a change did to the policy. */
  files: Map<string, string>;
  /** Where the policy was read from, e.g. "base commit 1a2b3c4" or "working tree". */
  from: string;
}

/** Read the whole policy from one revision (or the working tree). */
export async function loadPolicy(
  source: RepoSource,
  configPath?: string,
  from: string = source.label,
): Promise<LoadedPolicy> {
  const config = await loadConfig(source, configPath);
  const files = new Map<string, string>();
  if (config.file) {
    const bytes = await source.readFile(config.file);
    if (bytes) files.set(config.file, bytes.toString('utf8'));
  }
  const repoPacks = await readRepoPacks(source, config);
  for (const pack of repoPacks.values())
    for (const f of pack.files) files.set(`${pack.root}/${f}`, pack.read(f) ?? '');
  return { config, repoPacks, files, from };
}

/** The repository packs a configuration names, read from `source`. */
export async function readRepoPacks(
  source: RepoSource,
  config: LoadedConfig,
): Promise<Map<string, PackSource>> {
  const out = new Map<string, PackSource>();
  for (const spec of (config.config.packs ?? [...builtinPacks]).map(packSpec)) {
    if (!('path' in spec)) continue;
    const pack = await readRepoPack(source, spec.path);
    if (pack) out.set(spec.path, pack);
  }
  return out;
}

/**
 * The paths whose content makes up the policy a configuration implies: both default configuration
 * names (or the explicit one) and the folders of the repository packs. A change under any of them (or
 * to a link on the way to them, see {@link policyTrail}) may change the policy.
 */
export function policyPaths(config: LoadedConfig, configPath?: string): string[] {
  const packs = (config.config.packs ?? []).flatMap((p) => {
    const spec = packSpec(p);
    if (!('path' in spec)) return [];
    const r = resolveRef('', spec.path);
    return 'path' in r ? [r.path] : [];
  });
  return [...new Set([...(configPath ? [configPath] : defaultConfigFiles), ...packs])];
}

/**
 * Every repository path a change would have to touch to change the policy read from `source`: the
 * policy paths, the files under the pack folders, and the links on the way to each.
 */
export async function policyTrail(source: RepoSource, paths: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const p of paths) {
    for (const t of await source.trail(p)) out.add(t);
    for (const f of await source.listFiles(p)) for (const t of await source.trail(f)) out.add(t);
  }
  return [...out];
}

/** A pack inside the user's repository, read up front so the pure loader can read it synchronously. */
async function readRepoPack(source: RepoSource, path: string): Promise<PackSource | undefined> {
  const r = resolveRef('', path);
  if ('refused' in r) return undefined;
  const texts = new Map<string, string>();
  for (const file of await source.listFiles(r.path)) {
    const bytes = await source.readFile(file);
    if (bytes) texts.set(file.slice(r.path.length + 1), bytes.toString('utf8'));
  }
  if (texts.size === 0) return undefined;
  return { root: r.path, files: [...texts.keys()].sort(), read: (rel) => texts.get(rel) };
}
