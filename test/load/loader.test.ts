import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadRepository } from '../../src/load/repository.js';
import { UsageError } from '../../src/core/errors.js';
import { WorkingTreeSource } from '../../src/repo/fs-source.js';
import { makeTempRepo, minimalProduct, productFiles, type RepoFiles } from '../support/temp-repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function load(files: RepoFiles) {
  const { dir, cleanup } = makeTempRepo(files);
  cleanups.push(cleanup);
  return loadRepository(new WorkingTreeSource(dir));
}

function findings(repo: Awaited<ReturnType<typeof load>>) {
  return [...repo.findings, ...repo.products.flatMap((p) => p.findings)].filter(
    (f) => f.severity === 'error',
  );
}

describe('loading a compliance repository', () => {
  it('loads a valid product with its SBOM and no problems', async () => {
    const repo = await load(productFiles());
    expect(findings(repo)).toEqual([]);
    expect(repo.products.map((p) => p.id)).toEqual(['cam-a']);
    expect(repo.products[0]!.sbom?.components.length).toBeGreaterThan(0);
  });

  it('reports invalid YAML syntax at its line and column', async () => {
    const repo = await load({
      ...productFiles(),
      'products/cam-a/product.yaml': 'id: cam-a\nmodel: [unclosed\n',
    });
    const [f] = findings(repo);
    expect(f).toMatchObject({ ruleId: 'data.yaml-syntax', file: 'products/cam-a/product.yaml', line: 3 });
    expect(f!.hint).toBeTruthy();
  });

  it('reports a duplicate key as a YAML error at the second occurrence', async () => {
    const text = `${stringify(minimalProduct())}model: AC-200\n`;
    const repo = await load({ ...productFiles(), 'products/cam-a/product.yaml': text });
    expect(findings(repo)[0]).toMatchObject({
      ruleId: 'data.yaml-syntax',
      message: expect.stringContaining('duplicate key'),
    });
  });

  it('reports a value of the wrong type where it stands', async () => {
    const m = { ...minimalProduct(), labels: [{ scheme: 'cn-ccl', stars: 'two' }] };
    const repo = await load({ ...productFiles('cam-a', m) });
    const f = findings(repo).find((x) => x.message.includes('stars'));
    expect(f).toMatchObject({ ruleId: 'data.schema', message: "'labels.0.stars' must be integer" });
    const line =
      stringify(m)
        .split('\n')
        .findIndex((l) => l.includes('stars: two')) + 1;
    expect(f!.line).toBe(line);
  });

  it('reports an unknown key and points at the key itself', async () => {
    const m = { ...minimalProduct(), colour: 'white' };
    const repo = await load(productFiles('cam-a', m));
    const f = findings(repo)[0]!;
    expect(f.message).toBe("unknown key 'colour' in the document");
    expect(f.line).toBe(
      stringify(m)
        .split('\n')
        .findIndex((l) => l.startsWith('colour')) + 1,
    );
  });

  it('reports a missing required field', async () => {
    const m = minimalProduct();
    delete m.firmware;
    const repo = await load(productFiles('cam-a', m));
    expect(findings(repo).map((f) => f.message)).toContain("missing required key 'firmware' in the document");
  });

  it('reports a referenced file that does not exist', async () => {
    const files = productFiles();
    delete files['products/cam-a/evidence/test-report.md'];
    const repo = await load(files);
    expect(findings(repo)[0]).toMatchObject({
      ruleId: 'data.missing-file',
      message: expect.stringContaining('evidence/test-report.md'),
    });
  });

  it.each([
    ['a parent path', '../../../etc/passwd', 'leaves the repository'],
    ['an absolute path', '/etc/passwd', 'is absolute'],
    ['a Windows drive path', 'C:\\Windows\\win.ini', 'is absolute'],
  ])('refuses %s that escapes the repository', async (_name, ref, text) => {
    const repo = await load(productFiles('cam-a', { ...minimalProduct(), sbom: ref }));
    expect(findings(repo)[0]).toMatchObject({
      ruleId: 'data.path-escape',
      message: expect.stringContaining(text),
    });
  });

  it('refuses a symbolic link that points outside the repository', async () => {
    const files = { ...productFiles(), 'products/cam-a/sbom.cdx.json': { symlink: '/etc/hostname' } };
    const repo = await load(files);
    expect(findings(repo)[0]).toMatchObject({
      ruleId: 'data.path-escape',
      message: expect.stringContaining('symbolic link'),
    });
  });

  it('follows a symbolic link that stays inside the repository', async () => {
    const files: RepoFiles = {
      ...productFiles(),
      'shared/sbom.cdx.json': productFiles()['products/cam-a/sbom.cdx.json']!,
    };
    files['products/cam-a/sbom.cdx.json'] = { symlink: '../../shared/sbom.cdx.json' };
    const repo = await load(files);
    expect(findings(repo)).toEqual([]);
  });

  it('reports a product id used twice', async () => {
    const repo = await load({ ...productFiles('cam-a'), ...productFiles('cam-b', minimalProduct('cam-a')) });
    expect(findings(repo)).toEqual([
      expect.objectContaining({ ruleId: 'data.duplicate-id', file: 'products/cam-b/product.yaml', line: 1 }),
    ]);
  });

  it('rejects YAML aliases that would expand without bound', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      );
    const repo = await load({ ...productFiles(), 'products/cam-a/product.yaml': `${bomb.join('\n')}\n` });
    expect(findings(repo)[0]).toMatchObject({
      ruleId: 'data.yaml-syntax',
      message: expect.stringMatching(/alias/i),
    });
  });

  it('rejects custom YAML tags', async () => {
    const repo = await load({ ...productFiles(), 'products/cam-a/product.yaml': 'id: !!js/function "x"\n' });
    expect(findings(repo)[0]!.message).toMatch(/unsupported YAML tag/);
  });

  it('treats an invalid .labelguard.yml as a usage error naming the line', async () => {
    const { dir, cleanup } = makeTempRepo({
      ...productFiles(),
      '.labelguard.yml': 'packs: [cn-ccl]\nfail_fast: true\n',
    });
    cleanups.push(cleanup);
    const err = await loadRepository(new WorkingTreeSource(dir)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).details[0]).toMatch(/^\.labelguard\.yml:2:1: unknown key 'fail_fast'/);
  });

  it('finds products with a configured glob', async () => {
    const files = productFiles();
    const moved: RepoFiles = { '.labelguard.yml': 'products: "devices/**/product.yaml"\n' };
    for (const [k, v] of Object.entries(files)) moved[k.replace('products/', 'devices/cameras/')] = v;
    const repo = await load(moved);
    expect(repo.products.map((p) => p.dir)).toEqual(['devices/cameras/cam-a']);
  });
});
