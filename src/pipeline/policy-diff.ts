import { createHash } from 'node:crypto';
import { compareText } from '../core/finding.js';
import type { LoadedPolicy } from './policy-load.js';

/** One difference between two policies: what, and its value before and after (`—` for none). */
export interface PolicyChangeLine {
  what: string;
  from: string;
  to: string;
}

const none = '—';

/**
 * What a change does to the policy, from the base's to the head's: configuration values (every section,
 * so waivers, classification overrides and whatever the configuration holds), the configuration file's
 * name, and the files of repository rule packs. Pure and deterministic (sorted by what).
 */
export function diffPolicy(base: LoadedPolicy, head: LoadedPolicy): PolicyChangeLine[] {
  const lines: PolicyChangeLine[] = [];
  if (base.config.file !== head.config.file) {
    lines.push({ what: 'configuration file', from: base.config.file ?? none, to: head.config.file ?? none });
  }
  const before = flatten(base.config.config);
  const after = flatten(head.config.config);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key) ?? [];
    const b = after.get(key) ?? [];
    // List entries (waivers, overrides, branch rules) are compared as sets, so adding one entry shows
    // that entry, not every entry after it as changed.
    const removed = a.filter((v) => !b.includes(v));
    const added = b.filter((v) => !a.includes(v));
    if (removed.length === 0 && added.length === 0) continue;
    if (isScalarKey(key)) lines.push({ what: key, from: a[0] ?? none, to: b[0] ?? none });
    else {
      const list = key.slice(0, -2);
      for (const v of removed) lines.push({ what: `${list}: entry removed`, from: v, to: none });
      for (const v of added) lines.push({ what: `${list}: entry added`, from: none, to: v });
    }
  }
  const configFiles = new Set([base.config.file, head.config.file]);
  for (const file of new Set([...base.files.keys(), ...head.files.keys()])) {
    if (configFiles.has(file)) continue;
    const a = base.files.get(file);
    const b = head.files.get(file);
    if (a === b) continue;
    lines.push({ what: `rule pack file ${file}`, from: describeFile(a), to: describeFile(b) });
  }
  return lines.sort((x, y) => compareText(x.what, y.what));
}

/** Leaf values by dotted key; an array's entries are kept as a list of JSON texts under the array's key. */
function flatten(value: unknown, prefix = '', out = new Map<string, string[]>()): Map<string, string[]> {
  if (Array.isArray(value)) {
    out.set(
      `${prefix}[]`,
      value.map((v) => JSON.stringify(v)),
    );
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, [JSON.stringify(value)]);
  }
  return out;
}

function isScalarKey(key: string): boolean {
  return !key.endsWith('[]');
}

function describeFile(text: string | undefined): string {
  if (text === undefined) return none;
  const lines = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return `${lines} line${lines === 1 ? '' : 's'}, sha256 ${digest}`;
}
