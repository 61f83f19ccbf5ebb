// The `uniqueItems` check of the CycloneDX validators (see ajv.ts). Imports nothing: the build bundles this
// file into each compiled validator.

/**
 * The first pair `[i, j]` (i < j) of equal items, or undefined. Items are equal when their canonical JSON
 * texts (object keys sorted) are; arrays of primitives and short arrays need no canonical text.
 */
export function duplicateItems(items: unknown[]): [number, number] | undefined {
  const n = items.length;
  if (n < 2) return undefined;
  const isPrimitive = (v: unknown) => v === null || typeof v !== 'object';
  const equal = (a: unknown, b: unknown): boolean => {
    if (isPrimitive(a) || isPrimitive(b)) return a === b;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
      const y = b as unknown[];
      return a.length === y.length && a.every((v, k) => equal(v, y[k]));
    }
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const keys = Object.keys(x);
    return (
      keys.length === Object.keys(y).length &&
      keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && equal(x[k], y[k]))
    );
  };
  if (n <= 8) {
    for (let j = 1; j < n; j++) for (let i = 0; i < j; i++) if (equal(items[i], items[j])) return [i, j];
    return undefined;
  }
  const canonical = (v: unknown): string => {
    if (isPrimitive(v)) return JSON.stringify(v) ?? 'undefined';
    if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  };
  const primitive = items.every(isPrimitive);
  const seen = new Map<unknown, number>();
  for (let j = 0; j < n; j++) {
    // Primitives are their own keys (a Map tells 1 from "1"); anything else by its canonical text.
    const key = primitive ? items[j] : canonical(items[j]);
    const i = seen.get(key);
    if (i !== undefined) return [i, j];
    seen.set(key, j);
  }
  return undefined;
}
