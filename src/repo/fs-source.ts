import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { RepoSource } from './source.js';

const skippedDirs = new Set(['.git', 'node_modules']);

/** The repository's working tree on disk. */
export class WorkingTreeSource implements RepoSource {
  readonly label = 'working tree';
  private rootReal: Promise<string>;

  constructor(readonly root: string) {
    this.rootReal = realpath(root);
  }

  async listFiles(dir: string): Promise<string[]> {
    const out: string[] = [];
    const pending = [dir];
    while (pending.length > 0) {
      const rel = pending.pop()!;
      let entries;
      try {
        entries = await readdir(join(this.root, rel), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const child = rel === '' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) {
          if (!skippedDirs.has(e.name)) pending.push(child);
        } else {
          out.push(child);
        }
      }
    }
    return out.sort();
  }

  async readFile(path: string): Promise<Buffer | undefined> {
    if ((await this.containment(path)) !== 'inside') return undefined;
    try {
      return await readFile(join(this.root, path));
    } catch {
      return undefined;
    }
  }

  async containment(path: string): Promise<'inside' | 'outside' | 'missing'> {
    const full = join(this.root, path);
    try {
      await lstat(full);
    } catch {
      return 'missing';
    }
    try {
      const real = await realpath(full);
      const rel = relative(await this.rootReal, real);
      return rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith(sep) ? 'outside' : 'inside';
    } catch {
      // A dangling symlink: it exists but leads nowhere we can read.
      return 'missing';
    }
  }
}
