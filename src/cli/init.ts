import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { assetDir } from '../assets.js';
import { UsageError } from '../core/errors.js';
import { loadPacks } from '../pipeline/packs.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import { builtinPacks, type RulePack } from '../rules/index.js';
import { parseCommandArgs, parseNow } from './args.js';
import { scaffoldFiles } from './init-scaffold.js';
import type { CliIo } from './io.js';

export const initHelp = `Usage: labelguard init --product ID --model MODEL --stars N [--dir DIR] [--scheme SCHEME]
                      [--category CATEGORY] [--manufacturer NAME]

Start a compliance repository, or add a product to one: writes products/<ID>/product.yaml with every
field the target star level needs (commented, with the schema line editors read), a filing.yaml with
status not-filed, a starter SBOM to replace with your build's, and, unless they exist already,
.labelguard.yml and .github/workflows/labelguard.yml. Never overwrites a file.

Then run 'labelguard check': each finding names a field to fill in and the rule that needs it.

Options:
  --product ID         product id: lower case letters, digits, '.', '-', '_' (e.g. cam-x1)
  --model MODEL        the model as printed on the label (label item 2)
  --stars N            the target star level
  --dir DIR            the repository (default: current directory; created when missing)
  --scheme SCHEME      the label scheme's rule pack (default: cn-ccl)
  --category CATEGORY  the product category of the pack's catalogue (default: its first category)
  --manufacturer NAME  the producer's legal name (label item 1; default: a TODO to fill in)
  --now DATE           the day the filing record starts (default: today)

Exit codes: 0 written; 2 could not run as asked (nothing is written then).
`;

/** `labelguard init`. */
export async function runInit(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('init', args, {
    product: { type: 'string' },
    model: { type: 'string' },
    stars: { type: 'string' },
    dir: { type: 'string' },
    scheme: { type: 'string' },
    category: { type: 'string' },
    manufacturer: { type: 'string' },
    now: { type: 'string' },
  });
  if (values.help) {
    io.stdout(initHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`init takes no arguments, got '${positionals[0]}'`);
  const missing = (['product', 'model', 'stars'] as const).filter((k) => !values[k]);
  if (missing.length > 0)
    throw new UsageError(`init needs ${missing.map((k) => `--${k}`).join(', ')}`, [
      "Example: labelguard init --product cam-x1 --model 'AV-C2 Indoor Camera' --stars 2",
    ]);
  const product = values.product!;
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(product))
    throw new UsageError(`--product must be lower case letters, digits, '.', '-' or '_', got '${product}'`);
  const scheme = values.scheme ?? 'cn-ccl';
  const pack = await builtinPack(scheme, io.cwd);
  const levels = pack.levels.map((l) => l.stars);
  const stars = Number(values.stars);
  if (!levels.includes(stars))
    throw new UsageError(
      `--stars must be one of ${scheme}'s levels (${levels.join(', ')}), got '${values.stars}'`,
    );
  const category = values.category ?? pack.catalogue?.[0]?.id ?? 'other';
  if (pack.catalogue && !pack.catalogue.some((c) => c.id === category))
    throw new UsageError(`--category '${category}' is not in ${scheme}'s catalogue`, [
      `Categories: ${pack.catalogue.map((c) => c.id).join(', ')}.`,
    ]);
  const root = resolve(io.cwd, values.dir ?? '.');
  const files = scaffoldFiles({
    product,
    model: values.model!,
    stars,
    scheme,
    category,
    // The product.yaml fields the rules of the target level read: the scaffold holds each of them.
    fields: pack.rules.filter((r) => r.stars <= stars && r.path.doc === 'product').map((r) => r.path.text),
    manufacturer: values.manufacturer ?? 'TODO: legal name of the producer',
    today: parseNow(values.now, io.today),
    workflow: readFileSync(join(assetDir('templates'), 'init', 'labelguard.yml'), 'utf8'),
  });
  const shown = (path: string) => {
    const rel = relative(io.cwd, join(root, path));
    return rel.startsWith('..') ? join(root, path) : rel || '.';
  };
  // Refuse before writing anything, so a refused run leaves the repository as it was.
  const existing = files.filter((f) => !f.shared && existsSync(join(root, f.path)));
  if (existing.length > 0)
    throw new UsageError(
      `product ${product} exists already: ${existing.map((f) => shown(f.path)).join(', ')} would be overwritten`,
      ['init never overwrites a file; choose another --product, or remove the files first.'],
    );
  for (const f of files) {
    const target = join(root, f.path);
    if (f.shared && existsSync(target)) {
      io.stdout(`  kept     ${shown(f.path)} (exists)\n`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content, { flag: 'wx' });
    io.stdout(`  created  ${shown(f.path)}\n`);
  }
  const repoArg = values.dir ? ` --repo ${shown('.')}` : '';
  io.stdout(
    `\nNext: 'labelguard check${repoArg}' lists what ${product} still needs for ${scheme} ${'★'.repeat(stars)};\n` +
      `fill in product.yaml and replace sbom.cdx.json with your build's SBOM. When you submit the filing, run\n` +
      `'labelguard baseline ${shown(`products/${product}`)}' to register the baseline (docs/filing-lifecycle.md).\n`,
  );
  return 0;
}

/** The built-in pack of a scheme; an unknown one is a usage error naming the known ones. */
async function builtinPack(scheme: string, root: string): Promise<RulePack> {
  if (!(builtinPacks as readonly string[]).includes(scheme))
    throw new UsageError(`unknown --scheme '${scheme}'`, [
      `Built-in rule packs: ${builtinPacks.join(', ')}.`,
    ]);
  const loaded = await loadPacks(new WorkingTreeSource(root), { config: { packs: [scheme] } });
  const pack = loaded.packs[0];
  if (!pack) throw new Error(`the built-in rule pack ${scheme} did not load`);
  return pack;
}
