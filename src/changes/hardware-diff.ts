import type { Product } from '../schemas/index.js';
import { difference, type Difference } from './difference.js';
import type { RegisteredState } from './registered.js';
import { append } from '../core/append.js';

type Part = NonNullable<Product['hardware']['parts']>[number];

/**
 * Hardware differences: each security-relevant part added, removed or replaced (matched by part name,
 * then by role), then the revision itself, carrying the roles of the parts that changed with it so the
 * pack can tell a new SoC from a new enclosure.
 */
export function diffHardware(registered: RegisteredState, product: Product): Difference[] {
  const out: Difference[] = [];
  const before = registered.hardware.parts;
  const after = product.hardware.parts ?? [];
  // A baseline that registered no part list cannot say which parts changed: compare the revision only.
  if (before !== undefined) append(out, diffParts(before, after));
  const from = registered.hardware.revision;
  const to = product.hardware.revision;
  if (from !== to) {
    const roles = out.filter((d) => d.securityRelevant).flatMap((d) => d.roles);
    out.push(
      difference({
        kind: 'hardware.revision',
        category: 'hardware',
        change: 'changed',
        subject: 'hardware revision',
        from,
        to,
        roles,
        aspects: roles.length === 0 ? ['no-security-part-changed'] : ['security-part-changed'],
        site: { doc: 'product', path: ['hardware', 'revision'] },
      }),
    );
  }
  return out;
}

function diffParts(before: readonly Part[], after: readonly Part[]): Difference[] {
  const out: Difference[] = [];
  const pairs = matchParts(before, after);
  for (const [b, a] of pairs.matched) {
    if (describe(b) === describe(a)) continue;
    const i = after.indexOf(a);
    out.push(
      partDifference('changed', a, {
        from: describe(b),
        to: describe(a),
        path: ['hardware', 'parts', i, 'mpn'],
      }),
    );
  }
  for (const a of pairs.added) {
    out.push(partDifference('added', a, { to: describe(a), path: ['hardware', 'parts', after.indexOf(a)] }));
  }
  for (const b of pairs.removed) {
    out.push(partDifference('removed', b, { from: describe(b), path: ['hardware', 'parts'] }));
  }
  return out;
}

function partDifference(
  change: Difference['change'],
  part: Part,
  v: { from?: string; to?: string; path: (string | number)[] },
): Difference {
  const relevant = part.security_relevant !== false;
  return difference({
    kind: `hardware.part.${change}`,
    category: 'hardware',
    change,
    subject: part.part,
    from: v.from,
    to: v.to,
    // A part listed without a role is still on the security-relevant list; say so rather than guess.
    roles: [part.role ?? 'unspecified'],
    aspects: relevant ? [] : ['not-security-relevant'],
    securityRelevant: relevant,
    site: { doc: 'product', path: v.path },
  });
}

/** What identifies the physical part: manufacturer (when given) and part number. */
function describe(p: Part): string {
  return p.manufacturer ? `${p.manufacturer} ${p.mpn}` : p.mpn;
}

const nameKey = (p: Part) => p.part.trim().toLowerCase();

/** Pair parts by name; leftovers pair by role when exactly one part on each side has that role. */
function matchParts(
  before: readonly Part[],
  after: readonly Part[],
): { matched: [Part, Part][]; added: Part[]; removed: Part[] } {
  const matched: [Part, Part][] = [];
  const restAfter = [...after];
  const restBefore: Part[] = [];
  for (const b of before) {
    const i = restAfter.findIndex((a) => nameKey(a) === nameKey(b));
    if (i === -1) restBefore.push(b);
    else matched.push([b, restAfter.splice(i, 1)[0]!]);
  }
  const removed: Part[] = [];
  for (const b of restBefore) {
    const role = b.role;
    const sameRole = (p: Part) => role !== undefined && role !== 'other' && p.role === role;
    const candidates = restAfter.filter(sameRole);
    if (candidates.length === 1 && restBefore.filter(sameRole).length === 1) {
      matched.push([b, candidates[0]!]);
      restAfter.splice(restAfter.indexOf(candidates[0]!), 1);
    } else {
      removed.push(b);
    }
  }
  return { matched, added: restAfter, removed };
}
