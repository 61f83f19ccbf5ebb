import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import type { Finding, Location } from '../core/finding.js';
import type { RepoSource } from '../repo/source.js';
import { refusalMessage, resolveRef } from '../repo/paths.js';
import { canonicalStatus, type Filing, type Product } from '../schemas/index.js';
import { entryLocator, type EntryLocator, type Inventory } from '../sbom/index.js';
import { loadConfig, type LoadedConfig } from './config.js';
import { UsageError } from '../core/errors.js';
import { LoadProblem } from './problem.js';
import { validateAgainst } from './validate.js';
import { parseYamlFile, type DocPath, type YamlFile } from './yaml-file.js';
import { append } from '../core/append.js';
import type { ProductSummary } from './summary.js';

// The SBOM readers (and their XML parser and CycloneDX library) load with the first SBOM: a run that
// reads none, such as a pull request touching no product, does not pay for them.
const sbomReader = () => import('./sbom-file.js');

export const defaultProductGlob = 'products/*/product.yaml';
// Repository paths are POSIX on every runner (and picomatch then need not probe the platform).
const posixGlob = { dot: false, windows: false } as const;
const globMatchers = new Map<string, (path: string) => boolean>();

/** The matcher of a product glob, compiled once per run (the scope and the loader both ask). */
export function productGlobMatcher(pattern: string): (path: string) => boolean {
  let match = globMatchers.get(pattern);
  if (!match) globMatchers.set(pattern, (match = picomatch(pattern, posixGlob)));
  return match;
}
export const filingFileName = 'filing.yaml';

/** A file that product.yaml or filing.yaml refers to, resolved inside the repository. */
export interface FileRef {
  doc: 'product' | 'filing';
  path: DocPath;
  ref: string;
  resolved?: string;
  sha256?: string;
}

/** One product as read from the repository: its parsed, validated files and what went wrong reading them. */
export interface LoadedProduct {
  /** The manifest's id, or the folder name when the manifest could not be read. */
  id: string;
  dir: string;
  manifestFile: string;
  /** SHA-256 of product.yaml and filing.yaml as read: evidence records what it was generated from. */
  sha256: { manifest?: string; filing?: string };
  manifest?: Product;
  manifestDoc?: YamlFile;
  filingFile?: string;
  /** filing.yaml as written, so a refiling can record changes keeping the author's comments. */
  filingText?: string;
  filing?: Filing;
  filingDoc?: YamlFile;
  sbomFile?: string;
  sbom?: Inventory;
  /** Finds a component's or service's line in the SBOM file, for located findings. */
  sbomLocate?: EntryLocator;
  baselineSbom?: Inventory;
  /**
   * What a released product kept of its manifest and filing when it dropped them with its SBOM
   * inventories (no refiling needs them): read through {@link summaryOf}, never directly. Its presence
   * also says that a missing `sbom` was dropped after judging, not that it failed to load.
   */
  summary?: ProductSummary;
  /**
   * `sha256:` digest of the registered SBOM's bytes as read. labelguard writes that file normalised, so
   * an untouched one hashes to the registered digest without being normalised again.
   */
  baselineBytesDigest?: string;
  /** Emptied when the product is released and no refiling needs them (evidence lists them). */
  files: FileRef[];
  /** Problems found while loading (all errors, except SBOM schema warnings when so configured). */
  findings: Finding[];
  /** Where product.yaml states the id (kept when the parsed documents are released). */
  idAt?: Location;
}

/** Everything labelguard read from one revision of a compliance repository. */
export interface LoadedRepository {
  source: RepoSource;
  config: LoadedConfig;
  products: LoadedProduct[];
  /** Problems that belong to no single product (duplicate ids, no products at all). */
  findings: Finding[];
}

export interface LoadOptions {
  configPath?: string;
  /** Load exactly these manifests instead of discovering them (a change's touched products). */
  manifests?: readonly string[];
  /** Load only products whose folder is in this set (a pull request's touched products). */
  onlyDirs?: ReadonlySet<string>;
  /** Load only products whose folder passes this test (a shard of an audit). */
  filterDir?: (dir: string) => boolean;
  /** The configuration, when the caller has already read it. */
  config?: LoadedConfig;
  /**
   * Called as soon as each product is loaded. A large audit judges the product here and releases what
   * it no longer needs (SBOM inventories, YAML documents), so that memory holds one batch of products
   * at a time rather than the whole repository.
   */
  onProduct?: (p: LoadedProduct) => void;
}

/**
 * A product's manifest and filing as the steps after judging read them (status rows, duplicate ids,
 * unjudged products): whole while loaded, or what a released product kept of them.
 */
export function summaryOf(p: LoadedProduct): ProductSummary {
  return (
    p.summary ?? {
      ...(p.manifest ? { manifest: p.manifest } : {}),
      ...(p.filing ? { filing: p.filing } : {}),
    }
  );
}

/** Where a value in a loaded product's manifest or filing stands; falls back to the file's start. */
export function locate(p: LoadedProduct, doc: 'product' | 'filing', path: DocPath): Location {
  const d = doc === 'product' ? p.manifestDoc : p.filingDoc;
  if (d) return d.locate(path);
  return { file: doc === 'product' ? p.manifestFile : (p.filingFile ?? p.manifestFile), line: 1, column: 1 };
}

/** Discover, parse and validate every product of the repository. */
export async function loadRepository(
  source: RepoSource,
  options: LoadOptions = {},
): Promise<LoadedRepository> {
  const config = options.config ?? (await loadConfig(source, options.configPath));
  const manifests = options.manifests ? [...options.manifests] : await discoverManifests(source, config);
  const dirOf = (m: string) => m.slice(0, Math.max(0, m.lastIndexOf('/')));
  const wanted = manifests.filter(
    (m) =>
      (!options.onlyDirs || options.onlyDirs.has(dirOf(m))) &&
      (!options.filterDir || options.filterDir(dirOf(m))),
  );
  const products = await mapLimit(wanted, 16, async (m) => {
    const p = await loadProduct(source, m, config);
    options.onProduct?.(p);
    return p;
  });
  const findings = duplicateIds(products);
  return { source, config, products, findings };
}

/** The manifest files matched by the configured product globs, sorted. */
export async function discoverManifests(source: RepoSource, config: LoadedConfig): Promise<string[]> {
  const globs = config.config.products ?? defaultProductGlob;
  const patterns = Array.isArray(globs) ? globs : [globs];
  const found = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
      throw new UsageError(`product glob '${pattern}' must be relative and stay inside the repository`);
    }
    const base = picomatch.scan(pattern).base;
    const match = productGlobMatcher(pattern);
    for (const f of await source.listFiles(base)) if (match(f)) found.add(f);
  }
  return [...found].sort();
}

async function loadProduct(
  source: RepoSource,
  manifestFile: string,
  cfg: LoadedConfig,
): Promise<LoadedProduct> {
  const dir = manifestFile.includes('/') ? manifestFile.slice(0, manifestFile.lastIndexOf('/')) : '';
  const p: LoadedProduct = {
    id: dir.split('/').pop() || manifestFile,
    dir,
    manifestFile,
    sha256: {},
    files: [],
    findings: [],
  };
  const problems: LoadProblem[] = [];

  const manifestDoc = await readYaml(source, manifestFile, problems, (h) => (p.sha256.manifest = h));
  if (manifestDoc) {
    p.manifestDoc = manifestDoc;
    const schemaProblems = validateAgainst('product', manifestDoc);
    append(problems, schemaProblems);
    p.idAt = manifestDoc.locate(['id']);
    if (schemaProblems.length === 0) {
      p.manifest = manifestDoc.value as Product;
      p.id = p.manifest.id;
    } else if (isRecord(manifestDoc.value) && typeof manifestDoc.value.id === 'string') {
      p.id = manifestDoc.value.id;
    }
  }

  const filingFile = dir === '' ? filingFileName : `${dir}/${filingFileName}`;
  if ((await source.containment(filingFile)) !== 'missing') {
    p.filingFile = filingFile;
    const filingDoc = await readYaml(source, filingFile, problems, (h, text) => {
      p.sha256.filing = h;
      if (text !== undefined) p.filingText = text;
    });
    if (filingDoc) {
      p.filingDoc = filingDoc;
      const schemaProblems = validateAgainst('filing', filingDoc);
      append(problems, schemaProblems);
      if (schemaProblems.length === 0) {
        const filing = filingDoc.value as Filing;
        p.filing = { ...filing, status: canonicalStatus(filing.status) };
      }
    }
  }

  if (p.manifest) await resolveManifestRefs(source, p, problems, cfg.config.policy?.sbom_schema ?? 'warning');
  if (p.filing?.baseline) {
    const ref = await resolveFile(
      source,
      p,
      'filing',
      ['baseline', 'sbom', 'file'],
      p.filing.baseline.sbom.file,
      problems,
    );
    if (ref?.bytes) {
      // Not schema-validated again: labelguard generated it at filing time, and its digest is verified.
      const read = (await sbomReader()).loadSbomFile(ref.resolved, ref.bytes, 'skip');
      append(
        p.findings,
        read.findings.map((f) => ({ ...f, productId: p.id })),
      );
      if (read.inventory) p.baselineSbom = read.inventory;
      p.baselineBytesDigest = `sha256:${createHash('sha256').update(ref.bytes).digest('hex')}`;
    }
  }
  append(
    p.findings,
    problems.map((x) => x.toFinding(p.id)),
  );
  return p;
}

async function resolveManifestRefs(
  source: RepoSource,
  p: LoadedProduct,
  problems: LoadProblem[],
  sbomSchema: 'warning' | 'error',
): Promise<void> {
  const m = p.manifest!;
  const sbom = await resolveFile(source, p, 'product', ['sbom'], m.sbom, problems);
  if (sbom) {
    p.sbomFile = sbom.resolved;
    if (sbom.bytes) {
      // As configured (`policy.sbom_schema`), like the registered SBOM: a schema-invalid SBOM must fail a
      // check whose owners asked for that, not pass it as a warning.
      const read = (await sbomReader()).loadSbomFile(sbom.resolved, sbom.bytes, sbomSchema);
      append(
        p.findings,
        read.findings.map((f) => ({ ...f, productId: p.id })),
      );
      if (read.inventory) {
        p.sbom = read.inventory;
        p.sbomLocate = entryLocator(new TextDecoder().decode(sbom.bytes));
      }
    }
  }
  for (const r of referencedFiles(m, undefined)) {
    if (r.path[0] !== 'sbom') await resolveFile(source, p, r.doc, r.path, r.ref, problems);
  }
}

/**
 * Every file product.yaml and filing.yaml refer to, where they say it: the one list of what makes up a
 * product besides its folder. Reads unvalidated documents too (the change scope reads every manifest
 * without validating it), so each value is checked to be a string.
 */
export function referencedFiles(
  manifest: unknown,
  filing: unknown,
): { doc: 'product' | 'filing'; path: DocPath; ref: string }[] {
  const out: { doc: 'product' | 'filing'; path: DocPath; ref: string }[] = [];
  const add = (doc: 'product' | 'filing', path: DocPath, value: unknown) => {
    if (typeof value === 'string' && value !== '') out.push({ doc, path, ref: value });
  };
  const m = isRecord(manifest) ? manifest : {};
  add('product', ['sbom'], m.sbom);
  for (const [key, doc] of Object.entries(isRecord(m.evidence) ? m.evidence : {})) {
    if (isRecord(doc)) add('product', ['evidence', key, 'file'], doc.file);
  }
  if (isRecord(m.agent)) add('product', ['agent', 'authorization_doc'], m.agent.authorization_doc);
  const f = isRecord(filing) ? filing : {};
  const baseline = isRecord(f.baseline) && isRecord(f.baseline.sbom) ? f.baseline.sbom : {};
  add('filing', ['baseline', 'sbom', 'file'], baseline.file);
  return out;
}

/** Follow one file reference, refusing escapes; records it in `p.files` with its SHA-256. */
async function resolveFile(
  source: RepoSource,
  p: LoadedProduct,
  doc: 'product' | 'filing',
  path: DocPath,
  ref: string,
  problems: LoadProblem[],
): Promise<{ resolved: string; bytes?: Buffer } | undefined> {
  const at = locate(p, doc, path);
  const r = resolveRef(p.dir, ref);
  if ('refused' in r) {
    problems.push(
      new LoadProblem(
        'data.path-escape',
        at,
        refusalMessage(ref, r.refused),
        'Reference files inside the repository with a path relative to the product folder.',
      ),
    );
    p.files.push({ doc, path, ref });
    return undefined;
  }
  const where = await source.containment(r.path);
  if (where === 'special') {
    problems.push(notAFile(at, ref));
    p.files.push({ doc, path, ref, resolved: r.path });
    return undefined;
  }
  if (where === 'outside') {
    problems.push(
      new LoadProblem(
        'data.path-escape',
        at,
        refusalMessage(ref, 'outside'),
        'Commit the file itself instead of a link to a place outside the repository.',
      ),
    );
    p.files.push({ doc, path, ref, resolved: r.path });
    return undefined;
  }
  const bytes = where === 'inside' ? await source.readFile(r.path) : undefined;
  if (!bytes) {
    problems.push(
      new LoadProblem(
        'data.missing-file',
        at,
        `referenced file '${ref}' does not exist (${r.path})`,
        'Add the file, or correct the path (relative to the product folder).',
      ),
    );
    p.files.push({ doc, path, ref, resolved: r.path });
    return { resolved: r.path };
  }
  p.files.push({ doc, path, ref, resolved: r.path, sha256: sha256Hex(bytes) });
  return { resolved: r.path, bytes };
}

/** A FIFO, socket or device where a file is expected: refused without opening it (a FIFO blocks). */
export function notAFile(at: Location, ref: string): LoadProblem {
  return new LoadProblem(
    'data.not-a-file',
    at,
    `'${ref}' is not a regular file (a FIFO, socket or device); it was not opened`,
    'Reference a regular file committed to the repository.',
  );
}

async function readYaml(
  source: RepoSource,
  file: string,
  problems: LoadProblem[],
  onRead: (sha256: string, text: string | undefined) => void,
): Promise<YamlFile | undefined> {
  const where = await source.containment(file);
  if (where === 'special') {
    problems.push(notAFile({ file, line: 1, column: 1 }, file));
    return undefined;
  }
  if (where === 'outside') {
    problems.push(
      new LoadProblem(
        'data.path-escape',
        { file, line: 1, column: 1 },
        refusalMessage(file, 'outside'),
        'Commit the file itself instead of a link to a place outside the repository.',
      ),
    );
    return undefined;
  }
  const bytes = await source.readFile(file);
  if (!bytes) {
    problems.push(
      new LoadProblem(
        'data.missing-file',
        { file, line: 1, column: 1 },
        `cannot read ${file}`,
        'Check the file exists and is readable.',
      ),
    );
    return undefined;
  }
  // The bytes, not a decoded string: the parser checks the size before decoding anything and locates
  // invalid UTF-8 (a lossy decode here would hide it, or flag a file that merely contains U+FFFD).
  const parsed = parseYamlFile(file, bytes);
  if (Array.isArray(parsed)) {
    onRead(sha256Hex(bytes), undefined);
    append(problems, parsed);
    return undefined;
  }
  onRead(sha256Hex(bytes), bytes.toString('utf8'));
  return parsed;
}

function duplicateIds(products: LoadedProduct[]): Finding[] {
  const byId = new Map<string, LoadedProduct[]>();
  for (const p of products) if (summaryOf(p).manifest) byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
  const out: Finding[] = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const p of list.slice(1)) {
      out.push({
        ruleId: 'data.duplicate-id',
        severity: 'error',
        message: `product id '${id}' is also used by ${list[0]!.manifestFile}`,
        hint: 'Product ids must be unique across the repository; rename one of them.',
        productId: id,
        ...(p.idAt ?? locate(p, 'product', ['id'])),
      });
    }
  }
  return out;
}

function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}
