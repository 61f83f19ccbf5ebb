import { changedPaths } from '../git/changed-paths.js';
import { GitTreeSource } from '../git/tree-source.js';
import { loadConfig } from '../load/config.js';
import { discoverManifests } from '../load/repository.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import type { RepoSource } from '../repo/source.js';
import { touchedProductDirs } from './touched.js';

/** What a run reads: one revision (or the working tree) and, for a change, only the products it touches. */
export interface RunScope {
  source: RepoSource;
  /** Set when only some products are judged (a pull request); undefined means all. */
  onlyDirs?: Set<string>;
  /** Paths the change touched, when judging a change. */
  changed?: string[];
  close(): void;
}

/**
 * Open the working tree, or — with `base` — the `head` revision straight from git, scoped to the
 * products that changed between the merge base and head.
 */
export async function openScope(
  dir: string,
  opts: { base?: string; head?: string; configPath?: string },
): Promise<RunScope> {
  if (!opts.base) {
    const source = new WorkingTreeSource(dir);
    return { source, close: () => undefined };
  }
  const source = await GitTreeSource.open(dir, opts.head ?? 'HEAD');
  try {
    const changed = await changedPaths(dir, opts.base, opts.head ?? 'HEAD');
    const config = await loadConfig(source, opts.configPath);
    const manifests = await discoverManifests(source, config);
    const repoWide = [
      config.file ?? '.labelguard.yml',
      ...(config.config.packs ?? []).filter((p) => p.startsWith('./')).map((p) => p.slice(2)),
    ];
    const touched = touchedProductDirs(changed, manifests, repoWide);
    return {
      source,
      changed,
      ...(touched.all ? {} : { onlyDirs: touched.dirs }),
      close: () => source.close(),
    };
  } catch (e) {
    source.close();
    throw e;
  }
}
