// Which products a pull request reaches through files outside their folders: a product whose files only
// mention `..` in the editor header is not parsed, one that refers outside its folder still is.
import { afterEach, describe, expect, it } from 'vitest';
import { productsReferencing } from '../../src/pipeline/product-files.js';
import { WorkingTreeSource } from '../../src/repo/fs-source.js';
import { makeTempRepo } from '../support/temp-repo.js';

const header = '# yaml-language-server: $schema=../../dist/schemas/product.schema.json\n#\n\n';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function repo() {
  const r = makeTempRepo({
    'products/a/product.yaml': `${header}id: a\nsbom: sbom.json\n`,
    'products/a/filing.yaml': `${header}status: filed\n`,
    'products/a/sbom.json': '{}\n',
    'products/b/product.yaml': `${header}id: b\nsbom: ../../shared/b.json\n`,
    'products/b/filing.yaml': `${header}status: filed\n`,
    'products/c/product.yaml': `${header}id: c\nnotes: |\n  # ../ inside a block scalar counts\nsbom: s.json\n`,
    'products/c/filing.yaml': 'status: filed\n',
    'shared/b.json': '{}\n',
  });
  cleanups.push(r.cleanup);
  const source = new WorkingTreeSource(r.dir);
  const reads: string[] = [];
  const counting = Object.create(source) as WorkingTreeSource;
  counting.readFile = (path: string) => {
    reads.push(path);
    return source.readFile(path);
  };
  return { source: counting, reads };
}

describe('productsReferencing', () => {
  const manifests = ['products/a/product.yaml', 'products/b/product.yaml', 'products/c/product.yaml'];

  it('finds a product that names a changed file outside its folder, with the editor header present', async () => {
    const { source } = repo();
    expect(await productsReferencing(source, manifests, new Set(['shared/b.json']))).toEqual([
      'products/b/product.yaml',
    ]);
  });

  it('reads a product whose only `..` is in its leading comments just once per file (no parse)', async () => {
    const { source, reads } = repo();
    await productsReferencing(source, manifests, new Set(['shared/b.json']));
    const count = (p: string) => reads.filter((r) => r === p).length;
    expect(count('products/a/product.yaml')).toBe(1);
    // b and c mention `..` below the header (c inside a block scalar): read again in full.
    expect(count('products/b/product.yaml')).toBe(2);
    expect(count('products/c/product.yaml')).toBe(2);
  });
});
