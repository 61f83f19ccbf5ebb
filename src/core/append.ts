// Spreading a list into a call (`target.push(...items)`, `Math.max(...values)`) passes each item as an
// argument on the stack and throws "Maximum call stack size exceeded" past about 100,000 items: a
// 130,000-component SBOM took the whole run down that way. These take lists of any length.

/** Append every item to `target`, in order; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when it is larger (or there are no values). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `values`, or `ceiling` when it is smaller (or there are no values). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}
