import { relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { loadRepository, type LoadedProduct, type LoadedRepository } from '../load/repository.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import { parseCommandArgs, parseFilingId, parseNow, type Options } from './args.js';
import type { CliIo } from './io.js';
import { findRepoRoot, repoDir } from './repo-arg.js';

/** One product named on the command line, loaded from the working tree with its repository. */
export interface ProductArg {
  /** Absolute path of the product folder. */
  productDir: string;
  root: string;
  source: WorkingTreeSource;
  repo: LoadedRepository;
  product: LoadedProduct;
}

/** The options every command on one product folder takes, besides its own. */
const productOptions = {
  repo: { type: 'string' },
  'filing-id': { type: 'string' },
  now: { type: 'string' },
} as const;

/**
 * Parse the arguments of a command on one product folder (`<product-dir> [--repo DIR] [--filing-id ID]
 * [--now DATE]` and the command's own `options`). Undefined when --help was asked for (it is printed).
 */
export function parseProductCommand<O extends Options>(
  command: string,
  args: string[],
  io: CliIo,
  help: string,
  options: O,
) {
  const { values, positionals } = parseCommandArgs(command, args, { ...productOptions, ...options }, true);
  // The shared options, typed: TypeScript cannot resolve them through the command's generic options.
  const common = values as { help?: boolean; now?: string; 'filing-id'?: string };
  if (common.help) {
    io.stdout(help);
    return undefined;
  }
  if (positionals.length !== 1)
    throw new UsageError(`${command} takes one product folder`, [
      `Run 'labelguard ${command} --help' for usage.`,
    ]);
  const now = parseNow(common.now, io.today);
  const filingId = parseFilingId(common['filing-id'], now);
  return { values, productArg: positionals[0]!, now, filingId };
}

/**
 * Load the product in folder `arg` (relative to the current directory) from its repository: `--repo`, else
 * the nearest folder above it holding .labelguard.yml or .git. A folder without a product is a usage error.
 */
export async function loadProductArg(io: CliIo, arg: string, repo: string | undefined): Promise<ProductArg> {
  const productDir = resolve(io.cwd, arg);
  const root = repoDir(io.cwd, repo ?? findRepoRoot(productDir) ?? '.');
  const rel = relative(root, productDir).split('\\').join('/');
  if (rel.startsWith('..'))
    throw new UsageError(`the product folder ${arg} is not inside the repository ${root}`);
  const source = new WorkingTreeSource(root);
  const loaded = await loadRepository(source, { onlyDirs: new Set([rel]) });
  const product = loaded.products[0];
  if (!product)
    throw new UsageError(`no product found in ${arg}`, [
      'The folder must hold a product.yaml matched by the configured product globs.',
    ]);
  return { productDir, root, source, repo: loaded, product };
}

/** Refuse a product whose data has errors: `what` is what cannot be done with it. */
export function requireValid(
  product: LoadedProduct,
  what: string,
): asserts product is LoadedProduct & Required<Pick<LoadedProduct, 'manifest' | 'sbom'>> {
  const errors = product.findings.filter((f) => f.severity === 'error');
  if (!product.manifest || !product.sbom || errors.length > 0) {
    throw new UsageError(
      `product ${product.id} has problems that must be fixed before ${what}`,
      errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`),
    );
  }
}
