import { createHash } from 'node:crypto';
import { UsageError } from './errors.js';

/** One part of an audit split across a job matrix: `index` of `count`, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Parse `i/n` (e.g. `2/8`); anything else is a usage error. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count || count > 1000) {
    throw new UsageError(`shard must be i/n with 1 ≤ i ≤ n ≤ 1000, got '${text}'`, [
      'For example --shard 2/4 judges the second of four parts.',
    ]);
  }
  return { index, count };
}

/**
 * Whether a product belongs to a shard. Decided by a hash of the product's folder, so the split is the
 * same on every runner, does not depend on listing order, and moves few products when others are added.
 */
export function inShard(productDir: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const h = createHash('sha256').update(productDir).digest().readUInt32BE(0);
  return (h % shard.count) + 1 === shard.index;
}
