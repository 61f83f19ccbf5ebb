import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assetDir } from '../assets.js';
import { changePackFile, loadChangeClassifier, type ChangeClassifier } from '../changes/index.js';
import { append } from '../core/append.js';
import type { Finding } from '../core/finding.js';
import type { LoadedConfig } from '../load/config.js';
import {
  builtinPacks,
  loadPackSoftwareRoles,
  loadRulePacks,
  packSpec,
  type PackSource,
  type PackSpec,
  type RulePack,
} from '../rules/index.js';
import { readRepoPacks, type LoadedPolicy } from './policy-load.js';
import type { RepoSource } from '../repo/source.js';
import { compiledAtBuild } from '../schemas/index.js';
import { snapshotOf } from '../changes/index.js';
import type { BuiltinSnapshot } from './change-tables.js';

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
  const { specs, open } = packSources(policy);
  const opened = new Map<string, PackSource>();
  const loaded = loadRulePacks(
    specs,
    (spec) => {
      const src = open(spec);
      if (src) opened.set(src.root, src);
      return src;
    },
    {
      ...(config.config.thresholds ? { thresholds: config.config.thresholds } : {}),
      configFile: config.file ?? '.labelguard.yml',
      ...(config.doc ? { locateConfig: (path: (string | number)[]) => config.doc!.locate(path) } : {}),
    },
  );
  const changeFiles = loaded.packs.flatMap((p) => {
    const src = opened.get(p.root);
    const f = src ? changePackFile(src, p.softwareRoles) : undefined;
    return f ? [f] : [];
  });
  const { classifier, problems } = loadChangeClassifier(changeFiles);
  return { packs: loaded.packs, classifier, problems: [...loaded.problems, ...problems] };
}

/**
 * Only the change-classification tables of the configured packs, with their software roles, parsed and
 * validated from the packs' files: what comparing two SBOMs needs. No rule is parsed or compiled. A built
 * run reads the built-in packs' tables from their build-time snapshot instead (see change-tables.ts).
 */
export async function parseChangeTables(
  source: RepoSource,
  config: LoadedConfig,
): Promise<{ classifier: ChangeClassifier; problems: Finding[] }> {
  const { specs, open } = packSources({ config, repoPacks: await readRepoPacks(source, config) });
  return changeTablesOf(specs, open);
}

function changeTablesOf(
  specs: readonly PackSpec[],
  open: (spec: PackSpec) => PackSource | undefined,
): { classifier: ChangeClassifier; problems: Finding[] } {
  const problems: Finding[] = [];
  const changeFiles = specs.flatMap((spec) => {
    const src = open(spec);
    if (!src) return [];
    const roles = loadPackSoftwareRoles(src);
    append(problems, roles.problems);
    return roles.softwareRoles ? (changePackFile(src, roles.softwareRoles) ?? []) : [];
  });
  const loaded = loadChangeClassifier(changeFiles);
  return { classifier: loaded.classifier, problems: [...problems, ...loaded.problems] };
}

/**
 * Each built-in pack's change table (or null: the pack has none) as a JSON snapshot, loaded and checked
 * from the pack's files; the build writes it beside the packs and fails on any problem.
 */
export function builtinChangeSnapshot(): { snapshot: BuiltinSnapshot; problems: Finding[] } {
  const snapshot: BuiltinSnapshot = { packs: {} };
  const problems: Finding[] = [];
  for (const name of builtinPacks) {
    const loaded = changeTablesOf([{ name }], (spec) =>
      'name' in spec ? readBuiltinPack(spec.name, false) : undefined,
    );
    append(problems, loaded.problems);
    const table = loaded.classifier.tables[0];
    snapshot.packs[name] = { table: table ? snapshotOf(table) : null };
  }
  return { snapshot, problems };
}

/** The configured pack specs (default: every built-in pack) and how to open each one's files. */
function packSources(policy: Pick<LoadedPolicy, 'config' | 'repoPacks'>): {
  specs: PackSpec[];
  open: (spec: PackSpec) => PackSource | undefined;
} {
  const specs = (policy.config.config.packs ?? [...builtinPacks]).map(packSpec);
  return {
    specs,
    open: (spec) => ('name' in spec ? readBuiltinPack(spec.name) : policy.repoPacks.get(spec.path)),
  };
}

/**
 * Every problem of the built-in packs, each file validated against its schema. The build runs this and
 * fails on any problem, so a built labelguard trusts its own packs instead of validating them every run.
 */
export function builtinPackProblems(): Finding[] {
  const specs = builtinPacks.map((name) => ({ name }));
  const sources = new Map(specs.map((s) => [`rules/${s.name}`, readBuiltinPack(s.name, false)!]));
  const loaded = loadRulePacks(specs, (spec) =>
    'name' in spec ? sources.get(`rules/${spec.name}`) : undefined,
  );
  const changeFiles = loaded.packs.flatMap(
    (p) => changePackFile(sources.get(p.root)!, p.softwareRoles) ?? [],
  );
  return [...loaded.problems, ...loadChangeClassifier(changeFiles).problems];
}

function readBuiltinPack(name: string, validated = compiledAtBuild()): PackSource | undefined {
  if (!(builtinPacks as readonly string[]).includes(name)) return undefined;
  const root = join(assetDir('rules'), name);
  const files = listDir(root)
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
  return {
    root: `rules/${name}`,
    files,
    read: (rel) => (files.includes(rel) ? readFileSync(join(root, rel), 'utf8') : undefined),
    ...(validated ? { validated } : {}),
  };
}

function listDir(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listDir(join(dir, e.name)) : [join(dir, e.name)],
  );
}
