// Shared setup of the change-detection tests: the cam-a fixture as editable objects, written to a real
// temporary repository and loaded with the real loader, and the shipped CN-CCL classification table.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { changePackFile, loadChangeClassifier, type ChangeClassifier } from '../../src/changes/index.js';
import { loadRulePacks, type PackSource } from '../../src/rules/index.js';
import { loadRepository, type LoadedProduct } from '../../src/load/repository.js';
import { WorkingTreeSource } from '../../src/repo/fs-source.js';
import { readSbom, sbomDigest } from '../../src/sbom/index.js';
import type { Filing, Product } from '../../src/schemas/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixtureDir = join(root, 'test', 'fixtures', 'changes', 'cam-a');
export const changesYaml = join(root, 'rules', 'cn-ccl', 'changes.yaml');

/** The subset of a CycloneDX JSON component the fixtures use. */
export interface BomComponent {
  type: string;
  name: string;
  'bom-ref'?: string;
  supplier?: { name: string };
  group?: string;
  version?: string;
  hashes?: { alg: string; content: string }[];
  cpe?: string;
  purl?: string;
  properties?: { name: string; value: string }[];
}

export interface BomService {
  name: string;
  'bom-ref'?: string;
  endpoints?: string[];
  authenticated?: boolean;
  'x-trust-boundary'?: boolean;
}

/** The subset of a CycloneDX JSON document the fixtures use. */
export interface Bom {
  bomFormat: 'CycloneDX';
  specVersion: string;
  version?: number;
  metadata: { component?: BomComponent; manufacturer?: { name: string }; supplier?: { name: string } };
  components: BomComponent[];
  services?: BomService[];
}

/** The cam-a product folder as objects a test may change before writing it. */
export interface Fixture {
  product: Product;
  filing: Filing;
  /** The current SBOM (CycloneDX JSON). */
  sbom: Bom;
  /** The registered SBOM (CycloneDX JSON). */
  registeredSbom: Bom;
  /** Write the current SBOM as CycloneDX XML (sbom.cdx.xml) instead of JSON. */
  sbomAsXml?: boolean;
  /** Keep filing.baseline.sbom.digest as given instead of the digest of the registered SBOM. */
  keepDigest?: boolean;
}

/** A fresh copy of the fixture: the product exactly as registered. */
export function fixture(): Fixture {
  const read = (rel: string) => readFileSync(join(fixtureDir, rel), 'utf8');
  return {
    product: parse(read('product.yaml')) as Product,
    filing: parse(read('filing.yaml')) as Filing,
    sbom: JSON.parse(read('sbom.cdx.json')) as Bom,
    registeredSbom: JSON.parse(read('filings/2026-08-01/sbom.cdx.json')) as Bom,
  };
}

/** The product's security claims, every area present (the fixture declares them all). */
export function security(f: Fixture): Required<NonNullable<Product['security']>> {
  if (!f.product.security) throw new Error('fixture has no security claims');
  return f.product.security as Required<NonNullable<Product['security']>>;
}

/** The registered security claims, every area present. */
export function registeredSecurity(f: Fixture): Required<NonNullable<Product['security']>> {
  if (!f.filing.baseline?.security) throw new Error('fixture has no registered security claims');
  return f.filing.baseline.security as Required<NonNullable<Product['security']>>;
}

/** The product's hardware parts. */
export function parts(f: Fixture): NonNullable<Product['hardware']['parts']> {
  return (f.product.hardware.parts ??= []);
}

/** The files of the product folder, relative to it. */
export function productFiles(f: Fixture): Record<string, string> {
  const registered = `${JSON.stringify(f.registeredSbom, null, 2)}\n`;
  const filing = structuredClone(f.filing);
  if (!f.keepDigest && filing.baseline) {
    const read = readSbom(registered, 'registered.cdx.json');
    if (!read.ok) throw new Error(`fixture registered SBOM unreadable: ${read.problems[0]?.message}`);
    filing.baseline.sbom.digest = sbomDigest(read.sbom);
  }
  const product = structuredClone(f.product);
  const files: Record<string, string> = {
    'evidence/test-report.md': readFileSync(join(fixtureDir, 'evidence/test-report.md'), 'utf8'),
    'filings/2026-08-01/sbom.cdx.json': registered,
    'filing.yaml': stringify(filing),
  };
  if (f.sbomAsXml) {
    product.sbom = 'sbom.cdx.xml';
    files['sbom.cdx.xml'] = toCycloneDxXml(f.sbom);
  } else {
    files['sbom.cdx.json'] = `${JSON.stringify(f.sbom, null, 2)}\n`;
  }
  files['product.yaml'] = stringify(product);
  return files;
}

/** Write files under a directory (paths relative to it). */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

/** Write the fixture into a temporary repository, load it with the real loader, and remove the folder. */
export async function load(f: Fixture): Promise<{ product: LoadedProduct; files: Record<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'labelguard-changes-'));
  try {
    const files = productFiles(f);
    writeFiles(join(dir, 'products', 'cam-a'), files);
    const repo = await loadRepository(new WorkingTreeSource(dir));
    const product = repo.products[0];
    if (!product) throw new Error('fixture product not found');
    const errors = product.findings.filter((x) => x.severity === 'error' || x.ruleId === 'sbom.schema');
    if (errors.length > 0)
      throw new Error(
        `fixture does not load cleanly: ${errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('; ')}`,
      );
    return { product, files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let cached: ChangeClassifier | undefined;

/** A built-in pack folder as the shell hands it to the loaders. */
export function packSource(name: string): PackSource {
  const dir = join(root, 'rules', name);
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) =>
      statSync(join(d, n)).isDirectory()
        ? walk(join(d, n))
        : [relative(dir, join(d, n)).split('\\').join('/')],
    );
  return { root: `rules/${name}`, files: walk(dir), read: (rel) => readFileSync(join(dir, rel), 'utf8') };
}

/** The shipped CN-CCL change classification with the pack's software-role data, compiled once per test file. */
export function cnCcl(): ChangeClassifier {
  if (!cached) {
    const source = packSource('cn-ccl');
    const packs = loadRulePacks([{ name: 'cn-ccl' }], () => source);
    if (packs.problems.length > 0)
      throw new Error(`cn-ccl pack has problems: ${packs.problems.map((p) => p.message).join('; ')}`);
    const file = changePackFile(source, packs.packs[0]?.softwareRoles);
    if (!file) throw new Error('cn-ccl pack has no changes.yaml');
    const { classifier, problems } = loadChangeClassifier([file]);
    if (problems.length > 0)
      throw new Error(`shipped changes.yaml has problems: ${problems.map((p) => p.message).join('; ')}`);
    cached = classifier;
  }
  return cached;
}

/** The SBOM component with this name (throws when absent, so a typo in a test fails loudly). */
export function component(sbom: Bom, name: string): BomComponent {
  const c = sbom.components.find((x) => x.name === name);
  if (!c) throw new Error(`no component ${name}`);
  return c;
}

/** Set a component's version, purl version and SHA-256 (a new release of it). */
export function bumpComponent(sbom: Bom, name: string, version: string, hashDigit = 'e'): void {
  const c = component(sbom, name);
  c.version = version;
  if (c.purl) c.purl = c.purl.replace(/@[^@?#]*$/, `@${version}`);
  if (c.hashes) c.hashes = [{ alg: 'SHA-256', content: hashDigit.repeat(64) }];
}

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`'${needle}' not found`);
  return i + 1;
}

const esc = (s: string | number | boolean) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function xmlComponent(c: BomComponent, indent: string): string {
  const lines = [
    `${indent}<component type="${esc(c.type)}"${c['bom-ref'] ? ` bom-ref="${esc(c['bom-ref'])}"` : ''}>`,
  ];
  const i = `${indent}  `;
  if (c.supplier) lines.push(`${i}<supplier><name>${esc(c.supplier.name)}</name></supplier>`);
  if (c.group) lines.push(`${i}<group>${esc(c.group)}</group>`);
  lines.push(`${i}<name>${esc(c.name)}</name>`);
  if (c.version) lines.push(`${i}<version>${esc(c.version)}</version>`);
  if (c.hashes) {
    lines.push(`${i}<hashes>`);
    for (const h of c.hashes) lines.push(`${i}  <hash alg="${esc(h.alg)}">${esc(h.content)}</hash>`);
    lines.push(`${i}</hashes>`);
  }
  if (c.cpe) lines.push(`${i}<cpe>${esc(c.cpe)}</cpe>`);
  if (c.purl) lines.push(`${i}<purl>${esc(c.purl)}</purl>`);
  if (c.properties) {
    lines.push(`${i}<properties>`);
    for (const p of c.properties)
      lines.push(`${i}  <property name="${esc(p.name)}">${esc(p.value)}</property>`);
    lines.push(`${i}</properties>`);
  }
  lines.push(`${indent}</component>`);
  return lines.join('\n');
}

/** The same CycloneDX 1.6 content as XML (the subset the fixture uses), element order as the XSD wants. */
export function toCycloneDxXml(bom: Bom): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<bom xmlns="http://cyclonedx.org/schema/bom/${bom.specVersion}" version="${bom.version ?? 1}">`,
  ];
  const m = bom.metadata;
  out.push('  <metadata>');
  if (m.component) out.push(xmlComponent(m.component, '    '));
  if (m.manufacturer) out.push(`    <manufacturer><name>${esc(m.manufacturer.name)}</name></manufacturer>`);
  if (m.supplier) out.push(`    <supplier><name>${esc(m.supplier.name)}</name></supplier>`);
  out.push('  </metadata>');
  out.push('  <components>');
  for (const c of bom.components) out.push(xmlComponent(c, '    '));
  out.push('  </components>');
  if (bom.services?.length) {
    out.push('  <services>');
    for (const s of bom.services) {
      out.push(`    <service${s['bom-ref'] ? ` bom-ref="${esc(s['bom-ref'])}"` : ''}>`);
      out.push(`      <name>${esc(s.name)}</name>`);
      if (s.endpoints)
        out.push(
          `      <endpoints>${s.endpoints.map((e) => `<endpoint>${esc(e)}</endpoint>`).join('')}</endpoints>`,
        );
      if (s.authenticated !== undefined) out.push(`      <authenticated>${s.authenticated}</authenticated>`);
      if (s['x-trust-boundary'] !== undefined)
        out.push(`      <x-trust-boundary>${s['x-trust-boundary']}</x-trust-boundary>`);
      out.push('    </service>');
    }
    out.push('  </services>');
  }
  out.push('</bom>');
  return `${out.join('\n')}\n`;
}
