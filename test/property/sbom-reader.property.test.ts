/**
 * The SBOM reader and validator never throw, whatever they are given: arbitrary bytes and text, arbitrary
 * JSON, CycloneDX-shaped documents with any value in any field (the SBOM suite's generated documents,
 * mutated at a random place), and XML-ish token soup. They return an inventory or located problems, and
 * the loader turns either into findings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSbomFile } from '../../src/load/sbom-file.js';
import { readSbom } from '../../src/sbom/read.js';
import { validateSbom } from '../../src/sbom/validate.js';
import { cdxDocument } from './arbitraries.js';

/** The reader's contract on one input: ok with an inventory, or not ok with at least one located problem. */
function readsOrExplains(input: string | Uint8Array, name: string): void {
  const r = readSbom(input, name);
  if (r.ok) {
    expect(Array.isArray(r.sbom.components)).toBe(true);
    for (const w of r.warnings) expect(w.file).toBe(name);
    expect(Array.isArray(validateSbom(input, name, r.sbom))).toBe(true);
  } else {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.file).toBe(name);
      expect(p.message).not.toBe('');
      expect(p.hint).not.toBe('');
      if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
      if (p.column !== undefined) expect(p.column).toBeGreaterThanOrEqual(1);
    }
  }
  const loaded = loadSbomFile(
    name,
    Buffer.from(typeof input === 'string' ? Buffer.from(input, 'utf8') : input),
    'warning',
  );
  expect(loaded.inventory !== undefined || loaded.findings.some((f) => f.severity === 'error')).toBe(true);
}

/** A JSON value anywhere: the pieces a CycloneDX field may wrongly hold. */
const anyJson = fc.jsonValue({ maxDepth: 4 });

/** A path into a document: a chain of keys and indexes (missing steps are created). */
const anyPath = fc.array(
  fc.oneof(
    fc.constantFrom(
      'components',
      'services',
      'metadata',
      'component',
      'hashes',
      'properties',
      'licenses',
      'name',
      'version',
      'type',
      'purl',
      'supplier',
      'cryptoProperties',
      'dependencies',
      'specVersion',
      'bomFormat',
      '__proto__',
      'constructor',
    ),
    fc.nat(3),
  ),
  { minLength: 1, maxLength: 5 },
);

/** Set `value` at `path` in a copy of `doc`, replacing whatever stands in the way. */
function mutate(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const root = structuredClone(doc) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = root;
  for (const step of path.slice(0, -1)) {
    // Own properties only: following `__proto__` would write into Object.prototype, here in the test.
    const next = Object.hasOwn(node, step) ? node[step] : undefined;
    if (typeof next !== 'object' || next === null) {
      const fresh: Record<string | number, unknown> = {};
      Object.defineProperty(node, step, {
        value: fresh,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      node = fresh;
    } else node = next as Record<string | number, unknown>;
  }
  // A copy of the value too: fast-check hands the same value to later runs while it shrinks.
  Object.defineProperty(node, path.at(-1)!, {
    value: structuredClone(value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return root;
}

const xmlToken = fc.constantFrom(
  '<bom xmlns="http://cyclonedx.org/schema/bom/1.6">',
  '</bom>',
  '<components>',
  '</components>',
  '<component type="library">',
  '</component>',
  '<name>',
  '</name>',
  '<version>1.0</version>',
  '<!DOCTYPE x>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&x;',
  '<?xml version="1.0"?>',
  '<!--',
  '-->',
  '<__proto__>',
  'text',
  ' ',
  '"',
  '<',
  '>',
);

describe('the SBOM reader never throws', () => {
  it('on arbitrary text and bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 })),
        fc.constantFrom('x.json', 'x.xml', 'x.cdx'),
        (input, name) => readsOrExplains(input, name),
      ),
      { numRuns: 500 },
    );
  });

  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(anyJson, (value) => readsOrExplains(JSON.stringify(value), 'x.json')),
      { numRuns: 500 },
    );
  });

  it('on CycloneDX documents with any value at any place', () => {
    fc.assert(
      fc.property(cdxDocument, anyPath, anyJson, (doc, path, value) =>
        readsOrExplains(JSON.stringify(mutate(doc, path, value)), 'sbom.cdx.json'),
      ),
      { numRuns: 500 },
    );
  });

  it('on XML-ish token soup', () => {
    fc.assert(
      fc.property(fc.array(xmlToken, { maxLength: 30 }), (tokens) =>
        readsOrExplains(tokens.join(''), 'sbom.cdx.xml'),
      ),
      { numRuns: 500 },
    );
  });

  it('leaves every prototype as it was', () => {
    fc.assert(
      fc.property(cdxDocument, anyPath, (doc, path) => {
        readSbom(JSON.stringify(mutate(doc, [...path, '__proto__'], { polluted: 'yes' })), 'x.json');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
