import { changedPaths, mergeBase } from '../git/changed-paths.js';
import { GitTreeSource } from '../git/tree-source.js';
import { loadConfig } from '../load/config.js';
import { defaultProductGlob } from '../load/repository.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import type { RepoSource } from '../repo/source.js';
import { touchedProductDirs } from './touched.js';

/** What a run reads: one revision (or the working tree) and, for a change, only the products it touches. */
export interface RunScope {
  source: RepoSource;
  /** Set when only some products are judged (a pull request): their manifests; undefined means all. */
  manifests?: string[];
  /** Paths the change touched, when judging a change. */
  changed?: string[];
  /** The change's merge base, when judged from git with a base revision: what the change started from. */
  baseSource?: RepoSource;
  close(): void;
}

export interface ScopeOptions {
  /** Judge a change starting at this revision (its merge base with head). */
  base?: string;
  head?: string;
  configPath?: string;
  /** Paths the change touched, when the caller already knows them (e.g. from the GitHub API). */
  changed?: readonly string[];
  /** Read files from the working tree (default without base) or from the head revision in git. */
  readFrom?: 'working-tree' | 'head';
}

/**
 * Open the working tree, or the `head` revision straight from git; with a change (base, or known
 * changed paths), scope the run to the products it touches.
 */
export async function openScope(dir: string, opts: ScopeOptions): Promise<RunScope> {
  const fromHead = opts.readFrom ? opts.readFrom === 'head' : opts.base !== undefined;
  const source = fromHead ? await GitTreeSource.open(dir, opts.head ?? 'HEAD') : new WorkingTreeSource(dir);
  const close = () => (source instanceof GitTreeSource ? source.close() : undefined);
  if (!opts.base && !opts.changed) return { source, close };
  try {
    const changed = opts.changed
      ? [...opts.changed]
      : await changedPaths(dir, opts.base!, opts.head ?? 'HEAD');
    const config = await loadConfig(source, opts.configPath);
    const globs = config.config.products ?? defaultProductGlob;
    const repoWide = [
      config.file ?? '.labelguard.yml',
      ...(config.config.packs ?? []).filter((p) => p.startsWith('./')).map((p) => p.slice(2)),
    ];
    const touched = await touchedProductDirs(
      changed,
      Array.isArray(globs) ? globs : [globs],
      repoWide,
      async (m) => (await source.containment(m)) !== 'missing',
    );
    // The merge base, so that a change can be compared with what it started from (e.g. evidence edits).
    const baseSource = opts.changed
      ? undefined
      : await GitTreeSource.open(dir, await mergeBase(dir, opts.base!, opts.head ?? 'HEAD'));
    return {
      source,
      changed,
      ...(touched.all ? {} : { manifests: touched.manifests }),
      ...(baseSource ? { baseSource } : {}),
      close: () => {
        close();
        baseSource?.close();
      },
    };
  } catch (e) {
    close();
    throw e;
  }
}
