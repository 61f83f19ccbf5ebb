// Loads the evidence fixtures from test/fixtures/evidence/ and the real templates from templates/, and
// checks the fixtures against the product and filing schemas so the tests never run on invalid data.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import type { DetectedChange } from '../../src/core/change.js';
import type { SoftwareRoles } from '../../src/rules/types.js';
import { evidenceTemplateNames, type EvidenceInput } from '../../src/evidence/index.js';
import { prepareLabelRenderer } from '../../src/pipeline/evidence-assets.js';
import { filingSchema, productSchema, type Filing, type Product } from '../../src/schemas/index.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'evidence');

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }));
const validProduct = ajv.compile(productSchema);
const validFiling = ajv.compile(filingSchema);

/** Throw with ajv's errors unless `product` is valid against the product schema. */
export function assertValidProduct(product: unknown): asserts product is Product {
  if (!validProduct(product)) throw new Error(`invalid product: ${ajv.errorsText(validProduct.errors)}`);
}

/** Throw with ajv's errors unless `filing` is valid against the filing schema. */
export function assertValidFiling(filing: unknown): asserts filing is Filing {
  if (!validFiling(filing)) throw new Error(`invalid filing: ${ajv.errorsText(validFiling.errors)}`);
}

export const fixtureText = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

/** A fresh copy of the fixture product (tests may change it). */
export function fixtureProduct(): Product {
  const product: unknown = parse(fixtureText('product.yaml'));
  assertValidProduct(product);
  return product;
}

/** A fresh copy of the fixture filing (granted, with a change log). */
export function fixtureFiling(): Filing {
  const filing: unknown = parse(fixtureText('filing.yaml'));
  assertValidFiling(filing);
  return filing;
}

export function fixtureChanges(): DetectedChange[] {
  return JSON.parse(fixtureText('changes.json')) as DetectedChange[];
}

/** The built-in CN-CCL pack's security-relevant software data. */
export function cnCclSoftwareRoles(): SoftwareRoles {
  return parse(readFileSync(join(root, 'rules', 'cn-ccl', 'software-roles.yaml'), 'utf8')) as SoftwareRoles;
}

// The label PNG renderer (WebAssembly) starts asynchronously, once per test file, as the shells start it.
await prepareLabelRenderer();

/** The templates as the CLI ships them. */
export function loadTemplates(): Record<string, string> {
  return Object.fromEntries(
    evidenceTemplateNames.map((name) => [name, readFileSync(join(root, 'templates', name), 'utf8')]),
  );
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Whole fields to replace; `filing` or `softwareRoles` given as `undefined` is left out. */
type Overrides = Partial<Omit<EvidenceInput, 'filing' | 'softwareRoles'>> & {
  /** `undefined`: a product never filed. */
  filing?: Filing | undefined;
  /** `undefined`: no pack data on software roles. */
  softwareRoles?: SoftwareRoles | undefined;
};

/** A complete evidence input built from the fixtures. */
export function fixtureInput(overrides: Overrides = {}): EvidenceInput {
  const sbom = fixtureText('sbom.cdx.json');
  const { filing, softwareRoles, ...rest } = {
    product: fixtureProduct(),
    filing: fixtureFiling(),
    changes: fixtureChanges(),
    sbomNormalised: sbom,
    softwareRoles: cnCclSoftwareRoles(),
    // A product that meets the level it claims; tests of an unmet level override this.
    check: { scheme: 'cn-ccl', target: 2, met: 2, unmet: [], notes: [], judgedOn: '2026-11-26' },
    inputs: [
      { path: 'products/cam-x1/product.yaml', sha256: sha256(fixtureText('product.yaml')) },
      { path: 'products/cam-x1/filing.yaml', sha256: sha256(fixtureText('filing.yaml')) },
      { path: 'products/cam-x1/sbom.cdx.json', sha256: sha256(sbom) },
    ],
    generator: { name: 'labelguard', version: '0.1.0' },
    filingId: '2026-11-26',
    templates: loadTemplates(),
    ...overrides,
  };
  return { ...rest, ...(filing && { filing }), ...(softwareRoles && { softwareRoles }) };
}
