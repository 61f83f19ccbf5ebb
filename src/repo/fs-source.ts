// Synchronous calls for listings, links and small files, on purpose: each promise-based call goes through
// libuv's thread pool (started on first use) and the microtask queue. On a pull request that touches no
// product, the scope's few hundred small calls took 17 ms that way, 5 ms like this. Every read stays
// guarded: a containment check (or, for a file the listing met, an open that refuses a link) and a
// non-blocking open checked to be a regular file.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFile as readFileAsync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { RepoSource } from './source.js';

const maxLinkHops = 40;
const skippedDirs = new Set(['.git', 'node_modules']);
/** Files up to this size (manifests, filings, configuration) are read at once; larger ones asynchronously. */
const smallFile = 64 * 1024;

/** The repository's working tree on disk. */
export class WorkingTreeSource implements RepoSource {
  readonly label = 'working tree';
  private rootReal: string | undefined;
  /** Folders `listFiles` walked whole, and the links it met there: what `hasLinks` need not walk again. */
  private walked = new Set<string>();
  private linksSeen = new Set<string>();
  /**
   * Regular files `listFiles` met, every folder on the way a real folder (a link is never descended):
   * inside the repository without a containment check, which cost three calls per read (a pull request in
   * a 1,000-product repository reads two files of each product on each side).
   */
  private plainFiles = new Set<string>();

  constructor(readonly root: string) {}

  listFiles(dir: string): Promise<string[]> {
    return Promise.resolve(this.listFilesNow(dir));
  }

  private listFilesNow(dir: string): string[] {
    const top = dir === '.' ? '' : dir.replace(/\/$/, '');
    const out: string[] = [];
    const pending = [top];
    while (pending.length > 0) {
      const rel = pending.pop()!;
      let entries;
      try {
        entries = readdirSync(join(this.root, rel), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const child = rel === '' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) {
          if (!skippedDirs.has(e.name)) pending.push(child);
        } else {
          if (e.isSymbolicLink()) this.linksSeen.add(child);
          else if (e.isFile()) this.plainFiles.add(child);
          out.push(child);
        }
      }
    }
    this.walked.add(top);
    return out.sort();
  }

  readFile(path: string): Promise<Buffer | undefined> {
    const listed = this.plainFiles.has(path);
    if (!listed && this.containmentNow(path) !== 'inside') return Promise.resolve(undefined);
    let fd: number | undefined;
    try {
      // Non-blocking, and checked on the open file: a FIFO swapped in after containment() would otherwise
      // block the read forever waiting for a writer. (No-op for regular files; absent on Windows.) A listed
      // file is opened only if it is still not a link.
      const flags =
        constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (listed ? (constants.O_NOFOLLOW ?? 0) : 0);
      fd = openSync(join(this.root, path), flags);
      const stats = fstatSync(fd);
      if (!stats.isFile()) return Promise.resolve(undefined);
      if (stats.size <= smallFile) return Promise.resolve(readFileSync(fd));
      // A large file (an SBOM) is read off the main thread: read synchronously, a 300-product audit's peak
      // memory rose by about a sixth.
      const large = fd;
      fd = undefined;
      return new Promise((resolve) =>
        readFileAsync(large, (err, bytes) => {
          closeSync(large);
          resolve(err ? undefined : bytes);
        }),
      );
    } catch {
      return Promise.resolve(undefined);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  hasLinks(dir: string): Promise<boolean> {
    return Promise.resolve(this.hasLinksNow(dir));
  }

  /** Whether `listFiles` walked a folder at or above `dir`. */
  private walkedAbove(dir: string): boolean {
    for (const w of this.walked) if (w === '' || dir === w || dir.startsWith(`${w}/`)) return true;
    return false;
  }

  private hasLinksNow(dir: string): boolean {
    if (dir !== '' && this.walkedAbove(dir)) {
      const below = `${dir}/`;
      for (const link of this.linksSeen) if (link === dir || link.startsWith(below)) return true;
      return false;
    }
    const pending = [dir];
    while (pending.length > 0) {
      const rel = pending.pop()!;
      try {
        if (lstatSync(join(this.root, rel)).isSymbolicLink()) return true;
        for (const e of readdirSync(join(this.root, rel), { withFileTypes: true })) {
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

  trail(path: string): Promise<string[]> {
    return Promise.resolve(this.trailNow(path));
  }

  private trailNow(path: string): string[] {
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
        if (!lstatSync(join(this.root, at)).isSymbolicLink()) {
          done.push(name);
          continue;
        }
        target = readlinkSync(join(this.root, at));
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

  containment(path: string): Promise<'inside' | 'outside' | 'missing' | 'special'> {
    return Promise.resolve(this.containmentNow(path));
  }

  private containmentNow(path: string): 'inside' | 'outside' | 'missing' | 'special' {
    if (this.plainFiles.has(path)) return 'inside';
    const full = join(this.root, path);
    try {
      lstatSync(full);
    } catch {
      return 'missing';
    }
    try {
      const real = realpathSync.native(full);
      this.rootReal ??= realpathSync.native(this.root);
      const rel = relative(this.rootReal, real);
      if (rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith(sep)) return 'outside';
      // A FIFO, socket or device: opening a FIFO blocks until someone writes to it, so `check` hung.
      const kind = statSync(real);
      return kind.isFile() || kind.isDirectory() ? 'inside' : 'special';
    } catch {
      // A dangling symlink: it exists but leads nowhere we can read.
      return 'missing';
    }
  }
}
