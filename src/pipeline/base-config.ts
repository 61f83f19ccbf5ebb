import { GitTreeSource } from '../git/tree-source.js';
import { loadConfig } from '../load/config.js';
import type { Config } from '../schemas/index.js';

/**
 * The configuration as it was at `rev` (a change's base), read from git; undefined when that revision or
 * its configuration cannot be read, so that callers treat every waiver and override as new.
 */
export async function configAt(dir: string, rev: string, configPath?: string): Promise<Config | undefined> {
  let source: GitTreeSource | undefined;
  try {
    source = await GitTreeSource.open(dir, rev);
    return (await loadConfig(source, configPath)).config;
  } catch {
    return undefined;
  } finally {
    source?.close();
  }
}
