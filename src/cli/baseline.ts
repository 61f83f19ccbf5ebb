import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { UsageError } from '../core/errors.js';
import { loadSbomFile } from '../load/sbom-file.js';
import { sbomDigest, serialiseNormalised } from '../sbom/index.js';
import { baselineOf, writeBaseline } from './baseline-record.js';
import type { CliIo } from './io.js';
import { loadProductArg, parseProductCommand, requireValid } from './product-arg.js';

export const baselineHelp = `Usage: labelguard baseline <product-dir> [--repo DIR] [--status STATUS] [--filing-id ID]
                           [--now DATE] [--replace]

Register the product as it is now in its filing.yaml, at the moment the filing is submitted (or granted):
hardware, firmware, security claims, the label items (model, producer, stars, lab, standard) and the
SBOM, saved in labelguard's normalised form under filings/<filing-id>/sbom.cdx.json with its digest.
Every later change is judged against this baseline. Comments and the other keys of filing.yaml are kept.
See docs/filing-lifecycle.md for what each step of the filing needs.

Options:
  <product-dir>    the product's folder (holding product.yaml and filing.yaml)
  --repo DIR       the compliance repository (default: the nearest folder above the product holding
                   .labelguard.yml or .git, else the current directory)
  --status STATUS  the filing status to set: submitted or granted (default: submitted when the filing
                   is not-filed, else unchanged)
  --filing-id ID   the evidence folder under filings/ (default: --now); the same id as
                   'labelguard evidence' writes, whose sbom.cdx.json is the same file
  --now DATE       the day of the registration (default: today)
  --replace        replace a baseline filing.yaml already has (only when a refiling was granted: the
                   old baseline is the reference the granted label stood on)

Exit codes: 0 written; 2 could not run as asked (nothing is written then).
`;

const settable = ['submitted', 'granted'] as const;

/** `labelguard baseline`. */
export async function runBaseline(args: string[], io: CliIo): Promise<number> {
  const parsed = parseProductCommand('baseline', args, io, baselineHelp, {
    status: { type: 'string' },
    replace: { type: 'boolean' },
  });
  if (!parsed) return 0;
  const { values, now, filingId } = parsed;
  const status = values.status;
  if (status !== undefined && !(settable as readonly string[]).includes(status))
    throw new UsageError(`--status must be one of ${settable.join(', ')}, got '${status}'`);

  const { productDir, product } = await loadProductArg(io, parsed.productArg, values.repo);
  if (product.filingFile === undefined)
    throw new UsageError(`product ${product.id} has no filing.yaml`, [
      `Create one with 'labelguard init' or by hand (scheme, status: not-filed), then run baseline again.`,
    ]);
  requireValid(product, 'its baseline is registered');
  const filing = product.filing!;
  if (filing.baseline && !values.replace)
    throw new UsageError(
      `${product.filingFile} already has a registered baseline (filing ${filing.baseline.filing_id ?? 'without id'})`,
      [
        'Every change is judged against it: replace it only when a refiling was granted (--replace), after',
        'the granted changes are in the change log.',
      ],
    );

  // The registered SBOM: the normalised form `labelguard evidence` writes to the same place. An existing
  // file with other content is someone's evidence: never overwritten.
  const sbomRel = `filings/${filingId}/sbom.cdx.json`;
  const sbomPath = join(productDir, sbomRel);
  const normalised = serialiseNormalised(product.sbom);
  if (existsSync(sbomPath) && readFileSync(sbomPath, 'utf8') !== normalised)
    throw new UsageError(`${relative(io.cwd, sbomPath)} exists and is not the product's current SBOM`, [
      'Choose another --filing-id, or remove the file if it is stale.',
    ]);
  // The digest change detection will verify: of the file as it will be read back.
  const digest = sbomDigest(loadSbomFile(sbomRel, Buffer.from(normalised, 'utf8'), 'skip').inventory!);
  const nextStatus = status ?? (filing.status === 'not-filed' ? 'submitted' : undefined);
  const text = writeBaseline(product.filingText ?? '', {
    baseline: baselineOf(product.manifest, filing, filingId, { file: sbomRel, digest }),
    ...(nextStatus !== undefined && { status: nextStatus }),
    now,
  });
  mkdirSync(dirname(sbomPath), { recursive: true });
  writeFileSync(sbomPath, normalised);
  writeFileSync(join(productDir, 'filing.yaml'), text);
  io.stdout(
    `baseline of ${product.id} registered in ${relative(io.cwd, join(productDir, 'filing.yaml'))}` +
      `${nextStatus ? ` (status ${nextStatus})` : ''}\n` +
      `  sbom ${relative(io.cwd, sbomPath)} ${digest}\n` +
      `  firmware ${product.manifest.firmware.version}, hardware ${product.manifest.hardware.revision}\n`,
  );
  return 0;
}
