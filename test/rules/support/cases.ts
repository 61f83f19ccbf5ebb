// Runs the rule cases of test/fixtures/rules/cases.yaml: each starts from the real base fixture files,
// changes them, writes them back to text and reads them the way labelguard does, so that findings carry real
// file positions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseYamlFile, type YamlFile } from '../../../src/load/yaml-file.js';
import {
  evaluateProduct,
  type CoverageFacts,
  type Locate,
  type ProductEvaluation,
  type RulePack,
  type VulnerabilityRecord,
} from '../../../src/rules/index.js';
import { readSbom } from '../../../src/sbom/read.js';
import type { Filing, Product } from '../../../src/schemas/index.js';
import { repoRoot } from './packs.js';

export const fixtures = join(repoRoot, 'test', 'fixtures', 'rules');
export const defaultNow = '2026-11-20';

export interface RuleCase {
  name: string;
  now?: string;
  set?: Record<string, unknown>;
  unset?: string[];
  append?: Record<string, unknown>;
  vulnerabilities?: VulnerabilityRecord[];
  /** The recorded-change chain from the filing's baseline, as change detection would give it. */
  coverage?: CoverageFacts;
  sbom?: 'absent' | 'invalid';
  status?: 'fail' | 'error';
  message?: string;
}

export type CaseTable = Record<string, { pass?: RuleCase[]; fail?: RuleCase[] }>;

export function loadCases(): CaseTable {
  return parse(readFileSync(join(fixtures, 'cases.yaml'), 'utf8')) as CaseTable;
}

export function baseText(file: 'product.yaml' | 'filing.yaml' | 'sbom.cdx.json'): string {
  return readFileSync(join(fixtures, 'base', file), 'utf8');
}

type Docs = {
  product: Record<string, unknown>;
  filing: Record<string, unknown>;
  sbom: Record<string, unknown>;
};

function steps(path: string): (string | number)[] {
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function parent(
  docs: Docs,
  path: string,
): { holder: Record<string | number, unknown>; key: string | number } {
  const [doc, ...rest] = steps(path);
  let holder = docs[doc as keyof Docs] as Record<string | number, unknown>;
  if (!holder) throw new Error(`case path ${path}: unknown document ${String(doc)}`);
  for (const s of rest.slice(0, -1)) {
    holder[s] ??= {};
    holder = holder[s] as Record<string | number, unknown>;
  }
  return { holder, key: rest[rest.length - 1]! };
}

/** Apply a case's changes to copies of the base documents. */
export function applyCase(c: RuleCase): Docs {
  const docs: Docs = {
    product: parse(baseText('product.yaml')) as Record<string, unknown>,
    filing: parse(baseText('filing.yaml')) as Record<string, unknown>,
    sbom: JSON.parse(baseText('sbom.cdx.json')) as Record<string, unknown>,
  };
  for (const path of c.unset ?? []) {
    const { holder, key } = parent(docs, path);
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
  }
  for (const [path, value] of Object.entries(c.set ?? {})) {
    const { holder, key } = parent(docs, path);
    holder[key] = value;
  }
  for (const [path, value] of Object.entries(c.append ?? {})) {
    const { holder, key } = parent(docs, path);
    holder[key] = [...((holder[key] as unknown[] | undefined) ?? []), value];
  }
  return docs;
}

export interface CaseRun {
  evaluation: ProductEvaluation;
  productDoc: YamlFile;
  filingDoc: YamlFile;
}

function yamlDoc(file: string, value: unknown): YamlFile {
  const parsed = parseYamlFile(file, stringify(value));
  if (Array.isArray(parsed)) throw new Error(`${file}: ${parsed.map((p) => p.message).join('; ')}`);
  return parsed;
}

/** The product.yaml and filing.yaml a case describes, written out and read back as labelguard reads them. */
export function caseDocs(c: RuleCase): { docs: Docs; productDoc: YamlFile; filingDoc: YamlFile } {
  const docs = applyCase(c);
  return {
    docs,
    productDoc: yamlDoc('products/cam-x1/product.yaml', docs.product),
    filingDoc: yamlDoc('products/cam-x1/filing.yaml', docs.filing),
  };
}

/** Evaluate the packs on the product a case describes. */
export function runCase(packs: readonly RulePack[], c: RuleCase): CaseRun {
  const { docs, productDoc, filingDoc } = caseDocs(c);
  const read = readSbom(JSON.stringify(docs.sbom), 'products/cam-x1/sbom.cdx.json');
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
  const locate: Locate = (doc, path) => (doc === 'product' ? productDoc : filingDoc).locate(path);
  const evaluation = evaluateProduct(packs, {
    product: productDoc.value as Product,
    filing: filingDoc.value as Filing,
    ...(c.sbom === 'absent' ? {} : { inventory: read.sbom }),
    ...(c.sbom === 'invalid' ? { sbomSchemaValid: false } : {}),
    ...(c.vulnerabilities ? { vulnerabilities: c.vulnerabilities } : {}),
    ...(c.coverage ? { coverage: c.coverage } : {}),
    now: c.now ?? defaultNow,
    locate,
  });
  return { evaluation, productDoc, filingDoc };
}
