/**
 * Properties of change detection on top of the diffs: the differences between a manifest and its own
 * registration are none; swapping the registered and the current side swaps added and removed (and turns
 * every change around); the order of lists does not matter. The same for the SBOM differences change
 * detection derives from the SBOM diff, on the SBOM suite's own document generator. (The SBOM diff itself
 * has these properties tested in test/sbom/properties.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/changes/difference.js';
import { diffManifest } from '../../src/changes/manifest-diff.js';
import { sbomDifferences } from '../../src/changes/sbom-changes.js';
import { diffSboms } from '../../src/sbom/diff.js';
import { readSbom } from '../../src/sbom/read.js';
import type { Inventory } from '../../src/sbom/types.js';
import {
  cdxDocument,
  productManifest,
  registeredAs,
  shuffleDocument,
  shuffleManifest,
} from './arbitraries.js';

const flip: Record<string, string> = { added: 'removed', removed: 'added' };
// Aspects that name a direction, and their mirror image.
const mirror: Record<string, string> = {
  'version-up': 'version-down',
  'version-down': 'version-up',
  raised: 'lowered',
  lowered: 'raised',
  shortened: 'extended',
  extended: 'shortened',
  added: 'removed',
  removed: 'added',
};

type Seen = Pick<Difference, 'kind' | 'change' | 'subject' | 'from' | 'to'>;

/**
 * A difference as (kind, subject, from → to), comparable across runs. A change in place names its subject
 * as it is now (a part matched by role, a product whose type changed), so only additions and removals
 * are compared by subject.
 */
const key = (d: Seen) =>
  JSON.stringify([d.kind, d.change === 'changed' ? null : d.subject, d.from ?? null, d.to ?? null]);
const keys = (ds: Difference[]) => ds.map(key).sort();

/** The difference seen from the other side: added ↔ removed, from ↔ to. */
function turned(d: Difference): Seen {
  const change = (flip[d.change] ?? d.change) as Difference['change'];
  return {
    kind: d.kind.replace(/\.(added|removed)$/, `.${change}`),
    change,
    subject: d.subject,
    ...(d.to !== undefined && { from: d.to }),
    ...(d.from !== undefined && { to: d.from }),
  };
}

const inventory = (doc: Record<string, unknown>): Inventory => {
  const r = readSbom(JSON.stringify(doc), 'gen.json');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.sbom;
};
const noRoles = () => [];

describe('manifest differences', () => {
  it('a manifest differs in nothing from its own registration', () => {
    fc.assert(
      fc.property(productManifest, (p) => {
        expect(diffManifest(registeredAs(p), p)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('swapping registered and current swaps added and removed and turns every change around', () => {
    fc.assert(
      fc.property(productManifest, productManifest, (a, b) => {
        const forward = diffManifest(registeredAs(a), b);
        const backward = diffManifest(registeredAs(b), a);
        expect(backward.map((d) => key(turned(d))).sort()).toEqual(keys(forward));
        const aspects = (ds: Difference[]) =>
          ds.flatMap((d) => d.aspects.map((x) => `${d.kind}:${x}`)).sort();
        const mirrored = (ds: Difference[]) =>
          ds
            .filter((d) => d.kind === 'label.stars' || d.kind === 'lifecycle.support_end')
            .flatMap((d) => d.aspects.map((x) => `${d.kind}:${mirror[x] ?? x}`))
            .sort();
        expect(mirrored(backward)).toEqual(
          aspects(forward.filter((d) => d.kind === 'label.stars' || d.kind === 'lifecycle.support_end')),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the order of parts, services, interfaces and crypto lists does not matter', () => {
    fc.assert(
      fc.property(productManifest, productManifest, fc.integer(), (a, b, seed) => {
        const expected = keys(diffManifest(registeredAs(a), b));
        expect(keys(diffManifest(registeredAs(shuffleManifest(a, seed)), b))).toEqual(expected);
        expect(keys(diffManifest(registeredAs(a), shuffleManifest(b, seed + 1)))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('SBOM differences as change detection sees them', () => {
  it('an SBOM differs in nothing from itself', () => {
    fc.assert(
      fc.property(cdxDocument, (doc) => {
        const inv = inventory(doc);
        expect(sbomDifferences(diffSboms(inv, inventory(doc)), noRoles)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('swapping the sides swaps added and removed and turns every change around', () => {
    fc.assert(
      fc.property(cdxDocument, cdxDocument, (x, y) => {
        const forward = sbomDifferences(diffSboms(inventory(x), inventory(y)), noRoles);
        const backward = sbomDifferences(diffSboms(inventory(y), inventory(x)), noRoles);
        expect(backward.map((d) => key(turned(d))).sort()).toEqual(keys(forward));
      }),
      { numRuns: 200 },
    );
  });

  it('the order of components and services does not matter', () => {
    fc.assert(
      fc.property(cdxDocument, cdxDocument, fc.integer(), (x, y, seed) => {
        const expected = keys(sbomDifferences(diffSboms(inventory(x), inventory(y)), noRoles));
        expect(
          keys(sbomDifferences(diffSboms(inventory(shuffleDocument(x, seed)), inventory(y)), noRoles)),
        ).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
