import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { assetDir } from '../assets.js';
import { detectChanges } from '../changes/index.js';
import { UsageError } from '../load/errors.js';
import { loadRepository } from '../load/repository.js';
import { evidenceTemplateNames } from '../evidence/index.js';
import { bundleCheck, evidenceFor } from '../pipeline/evidence.js';
import { loadPacks } from '../pipeline/packs.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import { parseCommandArgs, parseNow } from './args.js';
import type { CliIo } from './io.js';
import { repoDir } from './repo-arg.js';

export const evidenceHelp = `Usage: labelguard evidence <product-dir> [--repo DIR] [--out DIR] [--filing-id ID] [--now DATE]

Generate the filing evidence of one product: filing form data, technical documentation, change
notification, declaration draft, responsibility matrix, test request, label artwork (SVG and PNG with
the QR code), the normalised SBOM and an evidence index with the SHA-256 of every file and input.
The same inputs always give byte-identical files.

Options:
  <product-dir>    the product's folder (holding product.yaml), relative to the current directory
  --repo DIR       the compliance repository (default: the nearest folder above the product holding
                   .labelguard.yml or .git, else the current directory)
  --out DIR        where to write (default: <product-dir>/filings/<filing-id>/)
  --filing-id ID   name of the filing's evidence folder (default: --now)
  --now DATE       the day the evidence is for (default: today)
`;

/** Load the templates evidence is rendered from, shipped beside the bundle. */
export function loadTemplates(): Record<string, string> {
  const dir = assetDir('templates');
  return Object.fromEntries(
    evidenceTemplateNames.map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** `labelguard evidence`. */
export async function runEvidence(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'evidence',
    args,
    {
      repo: { type: 'string' },
      out: { type: 'string' },
      'filing-id': { type: 'string' },
      now: { type: 'string' },
    },
    true,
  );
  if (values.help) {
    io.stdout(evidenceHelp);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError('evidence takes one product folder', [
      "Run 'labelguard evidence --help' for usage.",
    ]);
  const now = parseNow(values.now, io.today);
  const filingId = values['filing-id'] ?? now;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(filingId))
    throw new UsageError(`--filing-id must be a plain folder name, got '${filingId}'`);
  const productDir = resolve(io.cwd, positionals[0]!);
  const root = repoDir(io.cwd, values.repo ?? findRepoRoot(productDir) ?? '.');
  const rel = relative(root, productDir).split('\\').join('/');
  if (rel.startsWith('..'))
    throw new UsageError(`the product folder ${positionals[0]} is not inside the repository ${root}`);
  const source = new WorkingTreeSource(root);
  const repo = await loadRepository(source, { onlyDirs: new Set([rel]) });
  const product = repo.products[0];
  if (!product)
    throw new UsageError(`no product found in ${positionals[0]}`, [
      'The folder must hold a product.yaml matched by the configured product globs.',
    ]);
  const errors = product.findings.filter((f) => f.severity === 'error');
  if (!product.manifest || !product.sbom || errors.length > 0) {
    throw new UsageError(
      `product ${product.id} has problems that must be fixed before evidence is generated`,
      errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`),
    );
  }
  const packs = await loadPacks(source, repo.config);
  const changes = detectChanges(product, packs.classifier, repo.config.config.classification ?? []).changes;
  const scheme = product.filing?.scheme ?? product.manifest.labels[0]?.scheme;
  const softwareRoles = packs.packs.find((p) => p.scheme === scheme)?.softwareRoles;
  const bundle = evidenceFor(product, changes, {
    templates: loadTemplates(),
    ...(softwareRoles ? { softwareRoles } : {}),
    check: bundleCheck(product, packs.packs, changes, now),
    filingId,
  });
  const out = values.out ? resolve(io.cwd, values.out) : join(productDir, 'filings', filingId);
  for (const f of bundle.files) {
    const target = join(out, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  io.stdout(
    `${bundle.files.length} evidence files for ${product.id} written to ${relative(io.cwd, out) || '.'}\n`,
  );
  for (const f of bundle.files) io.stdout(`  ${f.path}\n`);
  return 0;
}

function findRepoRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    for (const marker of ['.labelguard.yml', '.labelguard.yaml', '.git']) {
      try {
        readFileSync(join(dir, marker));
        return dir;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EISDIR') return dir;
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
