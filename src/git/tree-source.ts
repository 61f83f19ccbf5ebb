import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { posix } from 'node:path';
import { withReads, type RepoSource } from '../repo/source.js';
import { UsageError } from '../core/errors.js';
import { blobId } from './blob-id.js';
import { git, resolveCommit } from './run.js';

interface TreeEntry {
  mode: string;
  oid: string;
}

// A full commit id (SHA-1 or SHA-256), as events carry them: listed without a rev-parse first.
const fullCommitId = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const maxLinkHops = 8;

/** One revision of a git repository, read straight from the object store (no checkout). */
export class GitTreeSource implements RepoSource {
  private constructor(
    readonly label: string,
    /** The commit id the revision resolved to. */
    readonly commit: string,
    private readonly entries: Map<string, TreeEntry>,
    private readonly reader: BlobReader,
  ) {}

  /**
   * Open `rev` of the repository at `cwd`; one `ls-tree` lists it, one `cat-file` process reads it.
   * When `cwd` is a folder inside the repository, paths are relative to that folder, as on disk.
   */
  static async open(cwd: string, rev: string): Promise<GitTreeSource> {
    const opened = await GitTreeSource.tryOpen(cwd, rev);
    if (opened) return opened;
    // Not there: resolveCommit says why and what to do; it finds the commit only if it just arrived.
    await resolveCommit(cwd, rev);
    throw new UsageError(`revision '${rev}' was not in the git repository at ${cwd} when it was opened`);
  }

  /**
   * Open commit `sha` when the repository has it (a clone may lack a pull request's base), else undefined;
   * the one git process that lists it tells.
   */
  static async openIfPresent(cwd: string, sha: string): Promise<GitTreeSource | undefined> {
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
    return GitTreeSource.tryOpen(cwd, sha);
  }

  /**
   * List `rev` with one `ls-tree` (a full commit id, what events carry, needs no lookup first; a name is
   * resolved by one `rev-parse`); undefined when git lacks it. Files are read on demand by one `cat-file`.
   */
  private static async tryOpen(cwd: string, rev: string): Promise<GitTreeSource | undefined> {
    const commit = fullCommitId.test(rev)
      ? rev.toLowerCase()
      : await resolveCommit(cwd, rev).catch(() => undefined);
    if (commit === undefined) return undefined;
    // Without --full-tree, ls-tree lists only what lies under `cwd`, with paths relative to it: when
    // `cwd` is a folder inside the repository, paths are as on disk.
    let out: Buffer;
    try {
      out = await git(cwd, ['ls-tree', '-r', '-z', '--end-of-options', `${commit}^{commit}`]);
    } catch {
      return undefined;
    }
    const entries = new Map<string, TreeEntry>();
    for (const record of out.toString('utf8').split('\0')) {
      if (!record) continue;
      const tab = record.indexOf('\t');
      const [mode, type, oid] = record.slice(0, tab).split(' ');
      if (type === 'blob' && mode && oid) entries.set(record.slice(tab + 1), { mode, oid });
    }
    return new GitTreeSource(rev, commit, entries, new BlobReader(cwd));
  }

  listFiles(dir: string): Promise<string[]> {
    const prefix = dir === '' || dir === '.' ? '' : `${dir.replace(/\/$/, '')}/`;
    return Promise.resolve([...this.entries.keys()].filter((p) => p.startsWith(prefix)).sort());
  }

  async readFile(path: string): Promise<Buffer | undefined> {
    const target = await this.follow(path);
    if (!('path' in target)) return undefined;
    const entry = this.entries.get(target.path);
    return entry ? this.reader.read(entry.oid) : undefined;
  }

  /** The blob id of `path` when it is a regular file of this revision (not a link), else undefined. */
  private blobIdOf(path: string): string | undefined {
    const entry = this.entries.get(path);
    return entry && entry.mode !== '120000' ? entry.oid : undefined;
  }

  /**
   * Read `path` from `local` instead when its bytes there are this revision's blob (same blob id): a
   * product file a change left alone is then read from disk, not once more through git.
   */
  readingFrom(local: RepoSource): RepoSource {
    return withReads(this, async (path) => {
      const oid = this.blobIdOf(path);
      if (oid !== undefined) {
        const bytes = await local.readFile(path);
        if (bytes && blobId(bytes, oid.length) === oid) return bytes;
      }
      return this.readFile(path);
    });
  }

  async containment(path: string): Promise<'inside' | 'outside' | 'missing'> {
    const target = await this.follow(path);
    return 'path' in target ? 'inside' : target.refused;
  }

  async trail(path: string): Promise<string[]> {
    const out = new Set([path]);
    // A linked folder is not followed when reading (its files are not in the tree), but a change to the
    // link still changes what the path reads: it turns a missing file into a present one.
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (this.entries.get(prefix)?.mode === '120000') out.add(prefix);
    }
    let current = path;
    for (let hop = 0; hop <= maxLinkHops; hop++) {
      const entry = this.entries.get(current);
      if (!entry || entry.mode !== '120000') break;
      const target = (await this.reader.read(entry.oid)).toString('utf8');
      const next = posix.normalize(posix.join(posix.dirname(current), target));
      if (target.startsWith('/') || next === '..' || next.startsWith('../')) break;
      out.add(next);
      current = next;
    }
    return [...out];
  }

  hasLinks(dir: string): Promise<boolean> {
    const prefix = dir === '' ? '' : `${dir.replace(/\/$/, '')}/`;
    this.links ??= [...this.entries].filter(([, e]) => e.mode === '120000').map(([p]) => p);
    return Promise.resolve(this.links.some((l) => l === dir || l.startsWith(prefix)));
  }

  private links: string[] | undefined;

  /** Release the `git cat-file` process. */
  close(): void {
    this.reader.close();
  }

  /** Resolve symlinks committed in the tree; a link that leaves the tree is 'outside'. */
  private async follow(path: string): Promise<{ path: string } | { refused: 'outside' | 'missing' }> {
    let current = path;
    for (let hop = 0; hop <= maxLinkHops; hop++) {
      const entry = this.entries.get(current);
      if (!entry) return { refused: 'missing' };
      if (entry.mode !== '120000') return { path: current };
      const target = (await this.reader.read(entry.oid)).toString('utf8');
      if (target.startsWith('/')) return { refused: 'outside' };
      const next = posix.normalize(posix.join(posix.dirname(current), target));
      if (next === '..' || next.startsWith('../')) return { refused: 'outside' };
      current = next;
    }
    return { refused: 'missing' };
  }
}

/** A long-lived `git cat-file --batch`: one process for all reads of a run, requests answered in order. */
class BlobReader {
  private proc: ChildProcessWithoutNullStreams | undefined;
  // Output arrives in 64 KiB chunks. Appending each one to one growing buffer copies the whole object
  // again per chunk, quadratic in its size (a 36 MB SBOM took 7 s); chunks are kept in a list instead and
  // joined once when a whole answer is there.
  private chunks: Buffer[] = [];
  private buffered = 0;
  private queue: { resolve: (b: Buffer) => void; reject: (e: Error) => void }[] = [];

  constructor(private readonly cwd: string) {}

  read(oid: string): Promise<Buffer> {
    const proc = this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      proc.stdin.write(`${oid}\n`);
    });
  }

  close(): void {
    this.proc?.stdin.end();
    this.proc = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.proc) return this.proc;
    const proc = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd });
    proc.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.drain();
    });
    const fail = (e: Error) => this.queue.splice(0).forEach((q) => q.reject(e));
    proc.on('error', fail);
    proc.on('exit', (code) => {
      if (this.queue.length > 0) fail(new Error(`git cat-file exited with ${code}`));
    });
    // Do not keep the process alive just for an idle reader.
    proc.unref();
    (proc.stdout as unknown as { unref?: () => void }).unref?.();
    (proc.stdin as unknown as { unref?: () => void }).unref?.();
    this.proc = proc;
    return proc;
  }

  private drain(): void {
    for (;;) {
      if (this.queue.length === 0 || this.buffered === 0) return;
      const first = this.joined(Math.min(this.buffered, 256));
      const nl = first.indexOf(10);
      if (nl < 0) {
        // A header is at most ~100 bytes; without a newline in the first 256 it has not fully arrived.
        if (this.buffered < 256) return;
        this.queue.shift()!.reject(new Error('git cat-file answered without a header line'));
        return;
      }
      const header = first.subarray(0, nl).toString('utf8');
      const [, type, sizeText] = header.split(' ');
      if (type === 'missing' || sizeText === undefined) {
        this.consume(nl + 1);
        this.queue.shift()!.reject(new Error(`git object missing: ${header}`));
        continue;
      }
      const size = Number(sizeText);
      const total = nl + 1 + size + 1;
      if (this.buffered < total) return;
      const answer = this.joined(total);
      this.consume(total);
      this.queue.shift()!.resolve(Buffer.from(answer.subarray(nl + 1, nl + 1 + size)));
    }
  }

  /** The first `n` buffered bytes as one buffer (merging chunks only as far as needed). */
  private joined(n: number): Buffer {
    if (this.chunks[0]!.length < n) {
      let take = 0;
      let length = 0;
      while (length < n) length += this.chunks[take++]!.length;
      this.chunks.splice(0, take, Buffer.concat(this.chunks.slice(0, take), length));
    }
    return this.chunks[0]!.subarray(0, n);
  }

  /** Drop the first `n` buffered bytes. */
  private consume(n: number): void {
    let left = n;
    while (left > 0) {
      const head = this.chunks[0]!;
      if (head.length <= left) {
        this.chunks.shift();
        left -= head.length;
      } else {
        this.chunks[0] = head.subarray(left);
        left = 0;
      }
    }
    this.buffered -= n;
  }
}
