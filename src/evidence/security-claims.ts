import { type Security, securitySchema } from '../schemas/index.js';
import { securityAreaZh } from './kind-zh.js';

type Cell = string | number | boolean | null;

/** One claim: where it sits in `security`, in words, and what it says. */
export interface ClaimRow {
  claim: string;
  value: Cell | Cell[];
  /** The schema declares the value a URI: shown as a link whose text is its target. */
  isUrl: boolean;
}

/** Claims of one area (authentication, updates, …); lists of records such as services become a table. */
export interface ClaimSection {
  title: string;
  /** The area's Chinese name, for the zh-CN document; absent for an area this version does not know. */
  titleZh?: string;
  rows: ClaimRow[];
  table: { columns: string[]; rows: { cells: Cell[] }[] } | null;
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  format?: string;
}

/** `default_credential_mode` → `Default credential mode`. */
export function humanise(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Keys of `value` in schema order, then any the schema does not know, sorted: stable for any YAML order. */
function orderedKeys(value: object, schema: SchemaNode | undefined): string[] {
  const known = Object.keys(schema?.properties ?? {});
  const extra = Object.keys(value)
    .filter((k) => !known.includes(k))
    .sort();
  return [...known.filter((k) => k in value), ...extra];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cell(value: unknown): Cell {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  return JSON.stringify(value) ?? null;
}

function flatten(value: unknown, schema: SchemaNode | undefined, path: string[], rows: ClaimRow[]): void {
  if (isRecord(value)) {
    for (const key of orderedKeys(value, schema)) {
      flatten(value[key], schema?.properties?.[key], [...path, humanise(key)], rows);
    }
  } else if (Array.isArray(value) && value.some(isRecord)) {
    value.forEach((item, i) => flatten(item, schema?.items, [...path, String(i + 1)], rows));
  } else if (Array.isArray(value)) {
    rows.push({ claim: path.join(' › '), value: value.map(cell), isUrl: false });
  } else if (value !== undefined) {
    rows.push({ claim: path.join(' › '), value: cell(value), isUrl: schema?.format === 'uri' });
  }
}

function areaTitles(area: string): { title: string; titleZh?: string } {
  const zh = securityAreaZh[area];
  return { title: humanise(area), ...(zh ? { titleZh: zh } : {}) };
}

/** Every claim in `security`, grouped by area in schema order; nothing is left out. */
export function securityClaims(security: Security | undefined): ClaimSection[] {
  if (!security) return [];
  const schema = securitySchema as SchemaNode;
  return orderedKeys(security, schema).map((area) => {
    const value = (security as Record<string, unknown>)[area];
    const areaSchema = schema.properties?.[area];
    if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) {
      const records = value;
      const everyKey: Record<string, unknown> = {};
      for (const record of records) Object.assign(everyKey, record);
      const columns = orderedKeys(everyKey, areaSchema?.items);
      return {
        ...areaTitles(area),
        rows: [],
        table: {
          columns: columns.map(humanise),
          rows: records.map((r) => ({ cells: columns.map((c) => (r[c] === undefined ? null : cell(r[c]))) })),
        },
      };
    }
    const rows: ClaimRow[] = [];
    flatten(value, areaSchema, [], rows);
    const named = rows.map((row) => (row.claim === '' ? { ...row, claim: humanise(area) } : row));
    return { ...areaTitles(area), rows: named, table: null };
  });
}
