import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assetDir } from '../assets.js';
import { changePackFile, loadChangeClassifier, type ChangeClassifier } from '../changes/index.js';
import type { Finding } from '../core/finding.js';
import type { LoadedConfig } from '../load/config.js';
import {
  builtinPacks,
  loadRulePacks,
  packSpec,
  type PackSource,
  type PackSpec,
  type RulePack,
} from '../rules/index.js';
import { readRepoPacks, type LoadedPolicy } from '../policy/load.js';
import type { RepoSource } from '../repo/source.js';

/** The rule packs of a run and the change classifier built from the same packs. */
export interface LoadedPacks {
  packs: RulePack[];
  classifier: ChangeClassifier;
  problems: Finding[];
}

/**
 * Load the configured packs (default: every built-in pack): built-in ones from labelguard's own
 * `rules/` folder, `./path` ones from the repository revision `source`.
 */
export async function loadPacks(source: RepoSource, config: LoadedConfig): Promise<LoadedPacks> {
  return loadPolicyPacks({ config, repoPacks: await readRepoPacks(source, config) });
}

/** Load the packs of a policy read up front (see {@link loadPolicy}): pure, no repository access. */
export function loadPolicyPacks(policy: Pick<LoadedPolicy, 'config' | 'repoPacks'>): LoadedPacks {
  const config = policy.config;
  const specs = (config.config.packs ?? [...builtinPacks]).map(packSpec);
  const opened = new Map<string, PackSource>();
  const open = (spec: PackSpec): PackSource | undefined => {
    const src = 'name' in spec ? readBuiltinPack(spec.name) : policy.repoPacks.get(spec.path);
    if (src) opened.set(src.root, src);
    return src;
  };
  const loaded = loadRulePacks(specs, open, {
    ...(config.config.thresholds ? { thresholds: config.config.thresholds } : {}),
    configFile: config.file ?? '.labelguard.yml',
    ...(config.doc ? { locateConfig: (path: (string | number)[]) => config.doc!.locate(path) } : {}),
  });
  const changeFiles = loaded.packs.flatMap((p) => {
    const src = opened.get(p.root);
    const f = src ? changePackFile(src, p.softwareRoles) : undefined;
    return f ? [f] : [];
  });
  const { classifier, problems } = loadChangeClassifier(changeFiles);
  return { packs: loaded.packs, classifier, problems: [...loaded.problems, ...problems] };
}

function readBuiltinPack(name: string): PackSource | undefined {
  if (!(builtinPacks as readonly string[]).includes(name)) return undefined;
  const root = join(assetDir('rules'), name);
  const files = listDir(root)
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
  return {
    root: `rules/${name}`,
    files,
    read: (rel) => (files.includes(rel) ? readFileSync(join(root, rel), 'utf8') : undefined),
  };
}

function listDir(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listDir(join(dir, e.name)) : [join(dir, e.name)],
  );
}
