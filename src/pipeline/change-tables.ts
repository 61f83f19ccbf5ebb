// The change-classification tables `diff` needs. A built labelguard reads its built-in packs' tables from
// the JSON snapshot the build wrote (checked there: scripts/snapshot-packs.ts), so comparing two SBOMs
// loads neither the YAML parser nor the expression engine until a `when` is evaluated. Repository packs,
// and runs from source, parse and validate the pack files as before.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetDir } from '../assets.js';
import { type ChangeClassifier, tableFromSnapshot, type ChangeTableSnapshot } from '../changes/index.js';
import type { Finding } from '../core/finding.js';
import type { LoadedConfig } from '../load/config.js';
import type { RepoSource } from '../repo/source.js';
import { builtinPacks, packSpec } from '../rules/index.js';

/** What the build writes to `dist/rules/packs.snapshot.json`. */
export interface BuiltinSnapshot {
  packs: Record<string, { table: ChangeTableSnapshot | null }>;
}

export const snapshotFileName = 'packs.snapshot.json';

/** The configured packs' change tables, with their software roles (see {@link parseChangeTables}). */
export async function loadChangeTables(
  source: RepoSource,
  config: LoadedConfig,
): Promise<{ classifier: ChangeClassifier; problems: Finding[] }> {
  const names = (config.config.packs ?? [...builtinPacks])
    .map(packSpec)
    .map((s) => ('name' in s ? s.name : ''));
  const snapshot = builtinSnapshot();
  // A pack listed twice is a problem the full loader reports; a folder pack is the repository's.
  if (
    snapshot &&
    new Set(names).size === names.length &&
    names.every((n) => Object.hasOwn(snapshot.packs, n))
  ) {
    const tables = names.flatMap((n) => {
      const table = snapshot.packs[n]!.table;
      return table ? [tableFromSnapshot(table)] : [];
    });
    return { classifier: { tables }, problems: [] };
  }
  return (await import('./packs.js')).parseChangeTables(source, config);
}

function builtinSnapshot(): BuiltinSnapshot | undefined {
  const file = join(assetDir('rules'), snapshotFileName);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuiltinSnapshot) : undefined;
}
