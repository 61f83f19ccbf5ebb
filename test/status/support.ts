// Shared set-up of the status tests: the example repository, and generated repositories whose products
// are copies of the example's granted camera avc-p340w (a product without changes since its filing)
// under other ids, with one line of their filing or manifest changed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import { runCheck } from '../../src/pipeline/run-check.js';
import type { Shard } from '../../src/core/shard.js';
import { buildStatus, type StatusOptions, type StatusReport } from '../../src/status/index.js';
import { makeTempRepo, type RepoFiles } from '../support/temp-repo.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const exampleDir = join(repoRoot, 'examples', 'acme-cameras');
const templateDir = join(exampleDir, 'products', 'avc-p340w');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Line edits of one generated product: `set` replaces the `key: value` line of that key. */
export interface ProductEdits {
  /** In filing.yaml, e.g. `{ valid_until: '2026-10-01', status: 'refiling-submitted' }`. */
  filing?: Record<string, string>;
  /** In product.yaml, e.g. `{ support_end: '2027-01-01' }`; keys must be unique in the file. */
  product?: Record<string, string>;
  /** Any other change to product.yaml text, applied after `product`. */
  editProduct?: (text: string) => string;
}

function setLines(text: string, values: Record<string, string>, file: string): string {
  let out = text;
  for (const [key, value] of Object.entries(values)) {
    const pattern = new RegExp(`^(\\s*)${key}: .*$`, 'm');
    if (!pattern.test(out)) {
      // A key the template does not have goes after `status:` (filing) as a new top-level line.
      if (!/^status: .*$/m.test(out)) throw new Error(`${file} has no line '${key}:'`);
      out = out.replace(/^(status: .*)$/m, `$1\n${key}: ${value}`);
    } else {
      out = out.replace(pattern, `$1${key}: ${value}`);
    }
  }
  return out;
}

/** The files of a copy of avc-p340w named `id`: a granted ★★ camera, healthy as of 2026-08-01. */
export function cameraFiles(id: string, edits: ProductEdits = {}): RepoFiles {
  const files: RepoFiles = {};
  for (const full of listFiles(templateDir)) {
    const rel = relative(templateDir, full).split(sep).join('/');
    let text = readFileSync(full, 'utf8');
    if (rel === 'product.yaml') {
      text = setLines(text.replace(/^id: avc-p340w$/m, `id: ${id}`), edits.product ?? {}, rel);
      if (edits.editProduct) text = edits.editProduct(text);
    }
    if (rel === 'filing.yaml') {
      text = setLines(text.replace(/^product: avc-p340w$/m, `product: ${id}`), edits.filing ?? {}, rel);
    }
    files[`products/${id}/${rel}`] = text;
  }
  return files;
}

/** A temporary repository of cameras, each a copy of avc-p340w with its own edits. */
export function cameraRepo(
  products: Record<string, ProductEdits>,
  config?: string,
): { dir: string; cleanup: () => void } {
  const files: RepoFiles = config === undefined ? {} : { '.labelguard.yml': config };
  for (const [id, edits] of Object.entries(products)) Object.assign(files, cameraFiles(id, edits));
  return makeTempRepo(files);
}

/** The status of a repository, built from one check run as the CLI builds it. */
export async function statusOf(
  dir: string,
  now: string,
  options: StatusOptions & { shard?: Shard } = {},
): Promise<StatusReport> {
  const outcome = await runCheck({ dir, now, ...(options.shard ? { shard: options.shard } : {}) });
  return buildStatus(outcome, options);
}

/** Run the CLI in-process with captured output. */
export async function cli(
  args: string[],
  cwd = repoRoot,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    today: '2026-11-26',
  });
  return { code, stdout, stderr };
}
