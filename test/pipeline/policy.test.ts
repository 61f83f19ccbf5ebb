/**
 * The policy as one unit: what two revisions' policies differ in (from → to), and the paths that make up
 * a file read through symbolic links, in the working tree and in git.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { GitTreeSource } from '../../src/git/tree-source.js';
import { diffPolicy } from '../../src/pipeline/policy-diff.js';
import type { LoadedPolicy } from '../../src/pipeline/policy-load.js';
import { loadPolicy } from '../../src/pipeline/policy-load.js';
import { WorkingTreeSource } from '../../src/repo/fs-source.js';
import { makeTempRepo } from '../support/temp-repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function repo(files: Parameters<typeof makeTempRepo>[0]): string {
  const r = makeTempRepo(files);
  cleanups.push(r.cleanup);
  return r.dir;
}

const policy = (
  config: LoadedPolicy['config']['config'],
  files: Record<string, string> = {},
): LoadedPolicy => ({
  config: { config, file: '.labelguard.yml' },
  repoPacks: new Map(),
  files: new Map(Object.entries(files)),
  from: 'test',
});

describe('diffPolicy', () => {
  it('lists a changed gate value, an added waiver and a changed pack file, sorted, from → to', () => {
    const waiver = { rule: 'R', product: 'p', justification: 'j', approver: 'a', expires: '2027-01-01' };
    const lines = diffPolicy(
      policy({ policy: { fail_on: 'error' }, waivers: [] }, { 'rules/acme/rules.yaml': 'a\n' }),
      policy({ policy: { fail_on: 'never' }, waivers: [waiver] }, { 'rules/acme/rules.yaml': 'a\nb\n' }),
    );
    expect(lines).toEqual([
      { what: 'policy.fail_on', from: '"error"', to: '"never"' },
      {
        what: 'rule pack file rules/acme/rules.yaml',
        from: expect.stringMatching(/^1 line, sha256 /),
        to: expect.stringMatching(/^2 lines, sha256 /),
      },
      { what: 'waivers: entry added', from: '—', to: JSON.stringify(waiver) },
    ]);
  });

  it('is empty for the same policy, and shows one entry when one of several overrides is removed', () => {
    const a = { change: 'a', classification: 'record' as const, justification: 'j' };
    const b = { change: 'b', classification: 'none' as const, justification: 'j' };
    expect(diffPolicy(policy({ classification: [a, b] }), policy({ classification: [a, b] }))).toEqual([]);
    expect(diffPolicy(policy({ classification: [a, b] }), policy({ classification: [b] }))).toEqual([
      { what: 'classification: entry removed', from: JSON.stringify(a), to: '—' },
    ]);
  });
});

describe('loadPolicy', () => {
  it('reads the configuration and every file of a repository pack as one unit', async () => {
    const dir = repo({
      '.labelguard.yml': 'packs:\n  - ./rules/acme\n',
      'rules/acme/pack.yaml': 'id: acme\n',
      'rules/acme/rules/a.yaml': 'rules: []\n',
    });
    const p = await loadPolicy(new WorkingTreeSource(dir));
    expect([...p.files.keys()].sort()).toEqual([
      '.labelguard.yml',
      'rules/acme/pack.yaml',
      'rules/acme/rules/a.yaml',
    ]);
  });
});

describe('trail', () => {
  const files = {
    'shared/p.json': '{}\n',
    'shared/current.json': { symlink: 'p.json' },
    'products/a/sbom.json': { symlink: '../../shared/current.json' },
    'products/a/linked': { symlink: '../../shared' },
  };

  it('names every link on the way and where it leads, in the working tree', async () => {
    const source = new WorkingTreeSource(repo(files));
    expect((await source.trail('products/a/sbom.json')).sort()).toEqual([
      'products/a/sbom.json',
      'shared/current.json',
      'shared/p.json',
    ]);
    expect((await source.trail('products/a/linked/p.json')).sort()).toEqual([
      'products/a/linked',
      'products/a/linked/p.json',
      'shared/p.json',
    ]);
  });

  it('does the same from git objects', async () => {
    const dir = repo(files);
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: dir,
          env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
        },
      );
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'links');
    const source = await GitTreeSource.open(dir, 'HEAD');
    try {
      expect((await source.trail('products/a/sbom.json')).sort()).toEqual([
        'products/a/sbom.json',
        'shared/current.json',
        'shared/p.json',
      ]);
      expect(await source.trail('products/a/linked/p.json')).toContain('products/a/linked');
    } finally {
      source.close();
    }
  });
});
