// The validators the build compiles (standalone code) must judge exactly as the schemas compiled at run
// time do, and the built-in packs the built labelguard trusts must be valid.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileSchemas } from '../../scripts/compile-schemas.js';
import { builtinPackProblems } from '../../src/pipeline/packs.js';
import { duplicateItems } from '../../src/schemas/unique-items.js';
import { validator, type SchemaName } from '../../src/schemas/validators.js';
import { corpusFiles, corpusText } from '../sbom/helpers.js';
import { readFileSync } from 'node:fs';

const example = new URL('../../examples/acme-cameras/products/avc-p340w/', import.meta.url);
const names: SchemaName[] = ['product', 'config', 'status', 'changes', 'report', 'bom-1.4', 'bom-1.6'];
let dir: string;
let compiled: (name: SchemaName) => ValidateFunction;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'labelguard-compiled-'));
  compileSchemas(dir, names);
  const require = createRequire(import.meta.url);
  compiled = (name) => require(join(dir, `${name}.cjs`)) as ValidateFunction;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What both validators say about a value: valid or not, and every error. */
function verdict(fn: ValidateFunction, value: unknown) {
  const ok = fn(value);
  return {
    ok,
    errors: (fn.errors ?? []).map(({ instancePath, keyword, params, message }) => ({
      instancePath,
      keyword,
      params,
      message,
    })),
  };
}

const sbom = JSON.parse(readFileSync(new URL('sbom.cdx.json', example), 'utf8')) as {
  specVersion: string;
  components: Record<string, unknown>[];
};

describe('standalone validators compiled by the build', () => {
  it.each([
    ['the example SBOM', sbom],
    ['a component listed twice', { ...sbom, components: [...sbom.components, sbom.components[0]] }],
    [
      'a wrong component type and an unknown key',
      { ...sbom, colour: 'red', components: [{ ...sbom.components[0], type: 'gadget' }, ...sbom.components] },
    ],
  ])('judge %s as the run-time compiled schema does (CycloneDX 1.6)', (_, value) => {
    const doc = { ...value, specVersion: '1.6' };
    expect(verdict(compiled('bom-1.6'), doc)).toEqual(verdict(validator('bom-1.6'), doc));
  });

  it('report a duplicate component with its two indexes', () => {
    const doc = { ...sbom, specVersion: '1.6', components: [...sbom.components, sbom.components[1]] };
    expect(verdict(compiled('bom-1.6'), doc).errors).toContainEqual(
      expect.objectContaining({ keyword: 'uniqueItems', params: { i: 1, j: sbom.components.length } }),
    );
  });

  it.each(corpusFiles().filter((f) => /-1\.[46]\.json$/.test(f)))('judge corpus file %s alike', (file) => {
    const doc = JSON.parse(corpusText(file)) as { specVersion?: string };
    const name = `bom-${doc.specVersion}` as SchemaName;
    if (!names.includes(name)) return;
    expect(verdict(compiled(name), doc)).toEqual(verdict(validator(name), doc));
  });

  it('judge user files alike, valid and invalid', () => {
    const product = parse(readFileSync(new URL('product.yaml', example), 'utf8')) as Record<string, unknown>;
    for (const value of [
      product,
      { ...product, colour: 'red' },
      { ...product, labels: [{ stars: 'x' }] },
      {},
    ]) {
      expect(verdict(compiled('product'), value)).toEqual(verdict(validator('product'), value));
    }
    for (const value of [{}, { fail_fast: true }, { packs: 3 }]) {
      expect(verdict(compiled('config'), value)).toEqual(verdict(validator('config'), value));
    }
    for (const value of [{}, { version: 2 }, { scheme: 'x', entries: [{ id: 1 }] }]) {
      expect(verdict(compiled('status'), value)).toEqual(verdict(validator('status'), value));
      expect(verdict(compiled('changes'), value)).toEqual(verdict(validator('changes'), value));
      expect(verdict(compiled('report'), value)).toEqual(verdict(validator('report'), value));
    }
  });
});

describe('the built-in rule packs', () => {
  it('validate without a problem (the build fails otherwise, and a built run trusts them)', () => {
    expect(builtinPackProblems()).toEqual([]);
  });
});

describe('duplicateItems (uniqueItems in linear time)', () => {
  it.each([
    [[], undefined],
    [[1], undefined],
    [[1, '1', true, null], undefined],
    [
      [1, 2, 1],
      [0, 2],
    ],
    [
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'b'],
      [1, 9],
    ],
    [
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
      [0, 1],
    ],
    [[{ a: [1, { c: 2 }] }, { a: [1, { c: 3 }] }], undefined],
    [
      [
        [1, 2],
        [2, 1],
        [1, 2],
      ],
      [0, 2],
    ],
    [Array.from({ length: 20 }, (_, k) => ({ n: k % 19, k: undefined })), [0, 19]],
    [Array.from({ length: 20 }, (_, k) => ({ n: k })), undefined],
  ] as [unknown[], [number, number] | undefined][])('%j → %j', (items, expected) => {
    expect(duplicateItems(items)).toEqual(expected);
  });
});
