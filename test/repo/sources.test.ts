// The two places files are read from — the working tree and a git revision — as the scope of a pull
// request uses them: links met while listing answer `hasLinks` without a second walk, a file met while
// listing is read without a containment check but never through a link, a file is read once for both
// sides of the scan, a revision is opened by its full commit id with one `ls-tree` (also from a folder
// inside the repository), and a revision reads a file from disk only when the bytes there are its blob.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blobId } from '../../src/git/blob-id.js';
import { GitTreeSource } from '../../src/git/tree-source.js';
import { WorkingTreeSource } from '../../src/repo/fs-source.js';
import { readingOnce } from '../../src/repo/read-once.js';
import { makeTempRepo, type RepoFiles } from '../support/temp-repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();

function tree(files: RepoFiles) {
  const r = makeTempRepo(files);
  cleanups.push(r.cleanup);
  return r.dir;
}

function committed(files: RepoFiles) {
  const dir = tree(files);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return { dir, commit: git(dir, 'rev-parse', 'HEAD') };
}

describe('the working tree', () => {
  const files: RepoFiles = {
    'products/a/product.yaml': 'id: a\n',
    'products/b/product.yaml': 'id: b\n',
    'products/b/evidence/report.pdf': { symlink: '../../../common/report.pdf' },
    'products/c': { symlink: 'a' },
    'common/report.pdf': 'pdf\n',
  };

  it('tells the same links after listing a folder as by walking each product folder', async () => {
    const dir = tree(files);
    const walked = new WorkingTreeSource(dir);
    const fresh = new WorkingTreeSource(dir);
    expect(await walked.listFiles('products')).toEqual([
      'products/a/product.yaml',
      'products/b/evidence/report.pdf',
      'products/b/product.yaml',
      'products/c',
    ]);
    for (const product of ['products/a', 'products/b', 'products/b/evidence', 'products/c', 'products/d'])
      expect([product, await walked.hasLinks(product)]).toEqual([product, await fresh.hasLinks(product)]);
    expect(await walked.hasLinks('products/b')).toBe(true);
    expect(await walked.hasLinks('products/c')).toBe(true);
    expect(await walked.hasLinks('products/a')).toBe(false);
  });

  it('reads a listed file without looking again, and never through a link put in its place since', async () => {
    const dir = tree(files);
    const outside = mkdtempSync(join(tmpdir(), 'labelguard-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(outside, 'secret.yaml'), 'secret: true\n');
    const source = new WorkingTreeSource(dir);
    await source.listFiles('products');
    expect((await source.readFile('products/a/product.yaml'))?.toString()).toBe('id: a\n');
    // Listed as a link, so checked as one: it leads to common/, inside the repository.
    expect((await source.readFile('products/b/evidence/report.pdf'))?.toString()).toBe('pdf\n');
    unlinkSync(join(dir, 'products/a/product.yaml'));
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'products/a/product.yaml'));
    expect(await source.readFile('products/a/product.yaml')).toBeUndefined();
    expect(await new WorkingTreeSource(dir).readFile('products/a/product.yaml')).toBeUndefined();
  });
});

describe('a git revision', () => {
  it('opens a full commit id with one listing, and from a folder lists paths relative to it', async () => {
    const { dir, commit } = committed({
      'top.yaml': 'a: 1\n',
      'compliance/products/a/product.yaml': 'id: a\n',
    });
    const whole = await GitTreeSource.open(dir, commit);
    expect(whole.commit).toBe(commit);
    expect(await whole.listFiles('')).toEqual(['compliance/products/a/product.yaml', 'top.yaml']);
    whole.close();
    const inner = await GitTreeSource.open(join(dir, 'compliance'), commit.toUpperCase());
    expect(inner.commit).toBe(commit);
    expect(await inner.listFiles('')).toEqual(['products/a/product.yaml']);
    expect((await inner.readFile('products/a/product.yaml'))?.toString()).toBe('id: a\n');
    inner.close();
    const named = await GitTreeSource.open(dir, 'HEAD');
    expect(named.commit).toBe(commit);
    named.close();
  });

  it('is absent, not an error, for a commit the clone lacks, and says so when asked to open it', async () => {
    const { dir } = committed({ 'a.txt': 'a\n' });
    const missing = 'f'.repeat(40);
    expect(await GitTreeSource.openIfPresent(dir, missing)).toBeUndefined();
    await expect(GitTreeSource.open(dir, missing)).rejects.toThrow(/not in the git repository/);
  });

  it('reads a file from disk only when the bytes there are its blob', async () => {
    const { dir, commit } = committed({
      'same.yaml': 'id: same\n',
      'edited.yaml': 'id: before\n',
      'link.yaml': { symlink: 'same.yaml' },
    });
    writeFileSync(join(dir, 'edited.yaml'), 'id: after\n');
    mkdirSync(join(dir, 'new'));
    const base = await GitTreeSource.open(dir, commit);
    const disk = new WorkingTreeSource(dir);
    const fromDisk: string[] = [];
    const counting = Object.create(disk) as WorkingTreeSource;
    counting.readFile = (path: string) => {
      fromDisk.push(path);
      return disk.readFile(path);
    };
    const through = base.readingFrom(counting);
    expect((await through.readFile('same.yaml'))?.toString()).toBe('id: same\n');
    expect((await through.readFile('edited.yaml'))?.toString()).toBe('id: before\n');
    expect((await through.readFile('link.yaml'))?.toString()).toBe('id: same\n');
    expect(await through.readFile('new/none.yaml')).toBeUndefined();
    // The link is the revision's to follow; disk is asked only for regular files the revision has.
    expect(fromDisk).toEqual(['same.yaml', 'edited.yaml']);
    expect(await through.listFiles('')).toEqual(await base.listFiles(''));
    base.close();
  });

  it('gives a file the blob id git gives it', () => {
    const dir = tree({ 'f.bin': 'x\u0000y\n' });
    const bytes = Buffer.from('x\u0000y\n');
    expect(blobId(bytes, 40)).toBe(git(dir, 'hash-object', 'f.bin'));
    expect(blobId(bytes, 64)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a source read once', () => {
  it('reads each file from the source once and answers every other question as the source does', async () => {
    const dir = tree({ 'products/a/product.yaml': 'id: a\n', 'products/b': { symlink: 'a' } });
    const source = new WorkingTreeSource(dir);
    const reads = vi.spyOn(source, 'readFile');
    const once = readingOnce(source);
    for (let i = 0; i < 3; i++) {
      expect((await once.readFile('products/a/product.yaml'))?.toString()).toBe('id: a\n');
      expect(await once.readFile('products/missing.yaml')).toBeUndefined();
    }
    expect(reads.mock.calls).toEqual([['products/a/product.yaml'], ['products/missing.yaml']]);
    expect(await once.listFiles('products')).toEqual(await source.listFiles('products'));
    expect(await once.hasLinks('products/b')).toBe(true);
    expect(await once.trail('products/b/product.yaml')).toEqual(
      await source.trail('products/b/product.yaml'),
    );
    expect(await once.containment('products/b/product.yaml')).toBe('inside');
  });
});
