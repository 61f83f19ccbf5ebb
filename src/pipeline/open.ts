import { changedPaths } from '../git/changed-paths.js';
import { GitTreeSource } from '../git/tree-source.js';
import { UsageError } from '../core/errors.js';
import { defaultProductGlob, discoverManifests } from '../load/repository.js';
import { diffPolicy, type PolicyChangeLine } from './policy-diff.js';
import { loadPolicy, policyPaths, policyTrail, type LoadedPolicy } from './policy-load.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import { readingOnce } from '../repo/read-once.js';
import type { RepoSource } from '../repo/source.js';
import { productsReferencing } from './product-files.js';
import { touchedProductDirs } from './touched.js';

/** What a run reads: one revision (or the working tree) and, for a change, only the products it touches. */
export interface RunScope {
  source: RepoSource;
  /** The policy the run judges with: the base's for a change judged on base policy, else the head's. */
  policy: LoadedPolicy;
  /** The policy as the head has it: what the change proposes (the same as `policy` unless judged on base). */
  headPolicy: LoadedPolicy;
  /** The policy as the base has it, when judging a change whose base revision is in the clone. */
  basePolicy?: LoadedPolicy;
  /** Set when the change touches the policy: what it changes (empty when that cannot be told). */
  policyChange?: { from: string; lines: PolicyChangeLine[] };
  /** Set when only some products are judged (a pull request): their manifests; undefined means all. */
  manifests?: string[];
  /**
   * With `judgeAll`: the manifests of the products the change touched, though every product is judged;
   * undefined when the change touches them all (e.g. the policy).
   */
  touched?: string[];
  /** Paths the change touched, when judging a change. */
  changed?: string[];
  /** The base revision, when the clone has it: what the change is compared with (policy, evidence edits). */
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
  /** `base`, already being opened by the caller; undefined when the clone lacks it. */
  baseTree?: Promise<GitTreeSource | undefined>;
  /** Read files from the working tree (default without base) or from the head revision in git. */
  readFrom?: 'working-tree' | 'head';
  /**
   * Whose policy judges a change: the base's (what a pull request cannot change about its own check) or
   * the head's (a policy author trying their change). Default: head.
   */
  policyFrom?: 'base' | 'head';
  /** Judge every product, and only tell which ones the change touched (a push to the default branch). */
  judgeAll?: boolean;
}

/**
 * Open the working tree, or the `head` revision straight from git; with a change (base, or known
 * changed paths), scope the run to the products it touches and read the policy it is judged with.
 */
export async function openScope(dir: string, opts: ScopeOptions): Promise<RunScope> {
  const fromHead = opts.readFrom ? opts.readFrom === 'head' : opts.base !== undefined;
  const source = fromHead ? await GitTreeSource.open(dir, opts.head ?? 'HEAD') : new WorkingTreeSource(dir);
  let baseTree: GitTreeSource | undefined;
  const close = () => {
    if (source instanceof GitTreeSource) source.close();
    baseTree?.close();
  };
  try {
    const headPolicy = await loadPolicy(source, opts.configPath, fromHead ? 'head commit' : 'working tree');
    if (!opts.base && !opts.changed) return { source, policy: headPolicy, headPolicy, close };
    const changed = opts.changed
      ? [...opts.changed]
      : await changedPaths(dir, opts.base!, opts.head ?? 'HEAD');
    const changedSet = new Set(changed);
    // The base revision, when the clone has it (a pull request's changed files may have come from the API).
    if (opts.base)
      baseTree = opts.baseTree
        ? await opts.baseTree
        : opts.changed
          ? await GitTreeSource.openIfPresent(dir, opts.base)
          : await GitTreeSource.open(dir, opts.base);
    // Files the change (and the base branch since) left alone are read from disk when the head is on disk:
    // most of what the base is asked for, so that a change touching no product starts no git reader.
    const baseSource =
      baseTree && source instanceof WorkingTreeSource ? baseTree.readingFrom(source) : baseTree;
    const basePolicy =
      baseTree && baseSource
        ? await loadPolicy(baseSource, opts.configPath, `base commit ${baseTree.commit.slice(0, 12)}`)
        : undefined;

    const policyTouched = await touchesPolicy(changedSet, source, headPolicy, baseSource, basePolicy, opts);
    const lines = basePolicy ? diffPolicy(basePolicy, headPolicy) : [];
    const policyChange = policyTouched || lines.length > 0 ? { from: headPolicy.from, lines } : undefined;
    if (opts.policyFrom === 'base' && policyChange && !basePolicy) {
      throw new UsageError(
        'this change touches the policy (configuration or repository rule packs), and the base commit is not in the clone to judge it with the base policy',
        ['Check out with `fetch-depth: 0` (actions/checkout), or fetch the base commit.'],
      );
    }
    const policy = opts.policyFrom === 'base' && basePolicy ? basePolicy : headPolicy;
    // What the change does to the policy is shown where a side was chosen (a pull request, `--base`);
    // a push is judged with its own policy like any revision.
    const shown = opts.policyFrom !== undefined && policyChange;
    const scope = {
      source,
      policy,
      headPolicy,
      changed,
      ...(baseSource ? { baseSource } : {}),
      ...(basePolicy ? { basePolicy } : {}),
      ...(shown ? { policyChange: { ...policyChange, from: policy.from } } : {}),
      close,
    };
    const touched = policyChange ? undefined : await touchedManifests(changed, source, baseTree, policy);
    if (opts.judgeAll) return touched ? { ...scope, touched } : scope;
    return touched ? { ...scope, manifests: touched } : scope;
  } catch (e) {
    close();
    throw e;
  }
}

/**
 * The manifests of the products a change touched: a changed file in a product's folder, or one the product
 * refers to (outside its folder or behind a link), as the head refers to it and as the base did. Undefined
 * when the change touches every product.
 */
async function touchedManifests(
  changed: readonly string[],
  source: RepoSource,
  baseTree: GitTreeSource | undefined,
  policy: LoadedPolicy,
): Promise<string[] | undefined> {
  const changedSet = new Set(changed);
  const globs = policy.config.config.products ?? defaultProductGlob;
  const touched = await touchedProductDirs(changed, Array.isArray(globs) ? globs : [globs], async (m) =>
    exists(source, m),
  );
  if (touched.all) return undefined;
  const manifests = new Set(touched.manifests);
  // The base's manifests and filings are mostly the head's bytes: read those once, for both sides.
  const head = readingOnce(source);
  for (const m of await productsReferencing(head, await discoverManifests(source, policy.config), changedSet))
    manifests.add(m);
  if (baseTree) {
    const base = baseTree.readingFrom(head);
    for (const m of await productsReferencing(base, await discoverManifests(base, policy.config), changedSet))
      if (await exists(source, m)) manifests.add(m);
  }
  return [...manifests].sort();
}

async function exists(source: RepoSource, manifest: string): Promise<boolean> {
  return (await source.containment(manifest)) !== 'missing';
}

/** Whether a changed path is a policy file (of the head's or the base's policy) or a link on the way to one. */
async function touchesPolicy(
  changed: ReadonlySet<string>,
  source: RepoSource,
  headPolicy: LoadedPolicy,
  baseSource: RepoSource | undefined,
  basePolicy: LoadedPolicy | undefined,
  opts: ScopeOptions,
): Promise<boolean> {
  const trails = [await policyTrail(source, policyPaths(headPolicy.config, opts.configPath))];
  if (baseSource && basePolicy)
    trails.push(await policyTrail(baseSource, policyPaths(basePolicy.config, opts.configPath)));
  const prefixes = [
    ...policyPaths(headPolicy.config, opts.configPath),
    ...(basePolicy ? policyPaths(basePolicy.config, opts.configPath) : []),
  ];
  return (
    trails.some((t) => t.some((p) => changed.has(p))) ||
    // A file added to or removed from a pack folder.
    [...changed].some((c) => prefixes.some((p) => c.startsWith(`${p.replace(/\/$/, '')}/`)))
  );
}
