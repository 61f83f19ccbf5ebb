import { constants } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
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
    let handle;
    try {
      // Non-blocking, and checked on the open file: a FIFO swapped in after containment() would otherwise
      // block the read forever waiting for a writer. (No-op for regular files; absent on Windows.)
      handle = await open(join(this.root, path), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      if (!(await handle.stat()).isFile()) return undefined;
      return await handle.readFile();
    } catch {
      return undefined;
    } finally {
      await handle?.close();
    }
  }

  async containment(path: string): Promise<'inside' | 'outside' | 'missing' | 'special'> {
    const full = join(this.root, path);
    try {
      await lstat(full);
    } catch {
      return 'missing';
    }
    try {
      const real = await realpath(full);
      const rel = relative(await this.rootReal, real);
      if (rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith(sep)) return 'outside';
      // A FIFO, socket or device: opening a FIFO blocks until someone writes to it, so `check` hung.
      const kind = await stat(real);
      return kind.isFile() || kind.isDirectory() ? 'inside' : 'special';
    } catch {
      // A dangling symlink: it exists but leads nowhere we can read.
      return 'missing';
    }
  }
}
