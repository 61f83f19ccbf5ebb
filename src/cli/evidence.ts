import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { detectChanges } from '../changes/index.js';
import { UsageError } from '../core/errors.js';
import type { LoadedProduct } from '../load/repository.js';
import { bundleCheck, evidenceFor } from '../pipeline/evidence.js';
import { loadPacks } from '../pipeline/packs.js';
import { loadTemplates, prepareLabelRenderer } from '../pipeline/evidence-assets.js';
import type { CliIo } from './io.js';
import { loadProductArg, parseProductCommand, requireValid } from './product-arg.js';

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

/** `labelguard evidence`. */
export async function runEvidence(args: string[], io: CliIo): Promise<number> {
  const parsed = parseProductCommand('evidence', args, io, evidenceHelp, { out: { type: 'string' } });
  if (!parsed) return 0;
  const { values, now, filingId } = parsed;
  const { productDir, source, repo, product } = await loadProductArg(io, parsed.productArg, values.repo);
  if (values.out === undefined) forgiveOwnSbom(product, filingId);
  requireValid(product, 'evidence is generated');
  const packs = await loadPacks(source, repo.config);
  const changes = detectChanges(product, packs.classifier, repo.config.config.classification ?? []).changes;
  const scheme = product.filing?.scheme ?? product.manifest.labels[0]?.scheme;
  const softwareRoles = packs.packs.find((p) => p.scheme === scheme)?.softwareRoles;
  await prepareLabelRenderer();
  const bundle = evidenceFor(product, changes, {
    templates: loadTemplates(),
    ...(softwareRoles ? { softwareRoles } : {}),
    check: bundleCheck(product, packs.packs, changes, now),
    filingId,
  });
  const out = values.out ? resolve(io.cwd, values.out) : join(productDir, 'filings', filingId);
  refuseToRewriteRegistered(productDir, product.filing?.baseline?.sbom.file, out, bundle.files);
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

/**
 * The folder may hold the registered SBOM (filing.yaml's baseline points into the bundle of the filing it
 * came from): writing the same bytes again is fine, other bytes would silently move the reference.
 */
function refuseToRewriteRegistered(
  productDir: string,
  registered: string | undefined,
  out: string,
  files: readonly { path: string; content: string | Uint8Array }[],
): void {
  if (registered === undefined) return;
  const target = resolve(productDir, registered);
  const file = files.find((f) => join(out, f.path) === target);
  if (!file || !existsSync(target)) return;
  if (Buffer.compare(readFileSync(target), Buffer.from(file.content)) === 0) return;
  throw new UsageError(`${registered} is the registered SBOM of filing.yaml's baseline and would change`, [
    'Generate the evidence of a new filing into its own folder (--filing-id), or --out elsewhere.',
  ]);
}

/**
 * filing.yaml may already point its baseline at the SBOM this very run writes (`filings/<id>/sbom.cdx.json`,
 * as `labelguard baseline` registers it): that file not existing yet is no reason to refuse the run.
 */
function forgiveOwnSbom(product: LoadedProduct, filingId: string): void {
  const ref = `filings/${filingId}/sbom.cdx.json`;
  if (product.filing?.baseline?.sbom.file !== ref) return;
  product.findings = product.findings.filter(
    (f) =>
      !(f.ruleId === 'data.missing-file' && f.file === product.filingFile && f.message.includes(`'${ref}'`)),
  );
}
