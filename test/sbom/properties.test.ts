import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSboms, isEmptyDiff, type SbomDiff } from '../../src/sbom/diff.js';
import { serialiseNormalised } from '../../src/sbom/normalised.js';
import { cdxDocument, shuffleDocument } from './arbitraries.js';
import { inventoryOf } from './helpers.js';

const read = (doc: Record<string, unknown>) => inventoryOf(JSON.stringify(doc), 'gen.json');

const mirror: Record<string, string> = { 'version-up': 'version-down', 'version-down': 'version-up' };

function counts(d: SbomDiff) {
  return { added: d.added.length, removed: d.removed.length, changed: d.changed.length, root: d.root.status };
}

describe('diff properties', () => {
  it('diff(x, x) is empty', () => {
    fc.assert(
      fc.property(cdxDocument, (doc) => {
        const inv = read(doc);
        expect(isEmptyDiff(diffSboms(inv, inv))).toBe(true);
        expect(isEmptyDiff(diffSboms(inv, read(doc)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('swapping the sides swaps added and removed and mirrors every change', () => {
    fc.assert(
      fc.property(cdxDocument, cdxDocument, (x, y) => {
        const a = read(x);
        const b = read(y);
        const forward = diffSboms(a, b);
        const backward = diffSboms(b, a);
        expect(backward.added).toEqual(forward.removed);
        expect(backward.removed).toEqual(forward.added);
        expect(backward.services.added).toEqual(forward.services.removed);
        expect(backward.services.removed).toEqual(forward.services.added);
        expect(backward.changed).toHaveLength(forward.changed.length);
        const key = (before: unknown, after: unknown, aspects: string[]) =>
          JSON.stringify([before, after, [...aspects].sort()]);
        const forwardKeys = forward.changed.map((c) => key(c.before, c.after, c.aspects)).sort();
        const backwardKeys = backward.changed
          .map((c) =>
            key(
              c.after,
              c.before,
              c.aspects.map((x) => mirror[x] ?? x),
            ),
          )
          .sort();
        expect(backwardKeys).toEqual(forwardKeys);
        const flip: Record<string, string> = { added: 'removed', removed: 'added' };
        expect(backward.root.status).toBe(flip[forward.root.status] ?? forward.root.status);
      }),
      { numRuns: 300 },
    );
  });

  it('the order of components and services does not matter', () => {
    fc.assert(
      fc.property(cdxDocument, cdxDocument, fc.integer(), (x, y, seed) => {
        const expected = diffSboms(read(x), read(y));
        expect(diffSboms(read(shuffleDocument(x, seed)), read(y))).toEqual(expected);
        expect(diffSboms(read(x), read(shuffleDocument(y, seed + 1)))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('diffs of two different documents report something', () => {
    fc.assert(
      fc.property(cdxDocument, cdxDocument, (x, y) => {
        const d = diffSboms(read(x), read(y));
        fc.pre(counts(d).added + counts(d).removed + counts(d).changed > 0);
        expect(isEmptyDiff(d)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});

describe('normalised SBOM properties', () => {
  it('round-trips through serialiseNormalised with an empty diff', () => {
    fc.assert(
      fc.property(cdxDocument, (doc) => {
        const inv = read(doc);
        const text = serialiseNormalised(inv);
        const back = inventoryOf(text, 'normalised.json');
        expect(isEmptyDiff(diffSboms(inv, back))).toBe(true);
        expect(back.components.map((c) => c.path).sort()).toEqual(inv.components.map((c) => c.path).sort());
        expect(serialiseNormalised(back)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is byte-identical whatever the component order', () => {
    fc.assert(
      fc.property(cdxDocument, fc.integer(), (doc, seed) => {
        expect(serialiseNormalised(read(shuffleDocument(doc, seed)))).toBe(serialiseNormalised(read(doc)));
      }),
      { numRuns: 300 },
    );
  });
});
