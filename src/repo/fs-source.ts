import { constants } from 'node:fs';
import { lstat, open, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import type { RepoSource } from './source.js';

const maxLinkHops = 40;
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

  async hasLinks(dir: string): Promise<boolean> {
    const pending = [dir];
    while (pending.length > 0) {
      const rel = pending.pop()!;
      try {
        if ((await lstat(join(this.root, rel))).isSymbolicLink()) return true;
        for (const e of await readdir(join(this.root, rel), { withFileTypes: true })) {
          if (e.isSymbolicLink()) return true;
          if (e.isDirectory() && !skippedDirs.has(e.name))
            pending.push(rel === '' ? e.name : `${rel}/${e.name}`);
        }
      } catch {
        // Gone or not a folder: nothing below it.
      }
    }
    return false;
  }

  async trail(path: string): Promise<string[]> {
    const out = new Set([path]);
    // Walk the path one name at a time, as the kernel does, noting every link met and where it leads.
    let pending = path.split('/').filter((n) => n !== '' && n !== '.');
    const done: string[] = [];
    for (let hops = 0; pending.length > 0 && hops <= maxLinkHops;) {
      const name = pending.shift()!;
      if (name === '..') {
        if (done.pop() === undefined) break; // above the repository
        continue;
      }
      const at = [...done, name].join('/');
      let target: string;
      try {
        if (!(await lstat(join(this.root, at))).isSymbolicLink()) {
          done.push(name);
          continue;
        }
        target = await readlink(join(this.root, at));
      } catch {
        break; // missing from here on
      }
      out.add(at);
      hops++;
      if (posix.isAbsolute(target) || /^[A-Za-z]:/.test(target)) break;
      pending = target
        .replace(/\\/g, '/')
        .split('/')
        .filter((n) => n !== '' && n !== '.')
        .concat(pending);
    }
    if (pending.length === 0 && done.length > 0) out.add(done.join('/'));
    return [...out];
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
