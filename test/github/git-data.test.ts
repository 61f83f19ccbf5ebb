import { beforeEach, describe, expect, test } from 'vitest';
import {
  commitChanges,
  deleteBranch,
  findForeignCommits,
  getBranchSha,
  gitBlobSha,
  type CommitChangesInput,
} from '../../src/github/git-data.js';
import { type LoopbackGitHub } from '../support/loopback-github.js';
import { useLoopbackGitHub } from '../support/use-loopback-github.js';
import { actionsBot, clientFor, repo } from './helpers.js';

const gh = useLoopbackGitHub();
let main: string;
beforeEach(() => {
  main = gh.state.branchSha('main') ?? '';
});

const BRANCH = 'labelguard/refile/cam-x1/cn-ccl';

function refiling(overrides: Partial<CommitChangesInput> = {}): CommitChangesInput {
  return {
    branch: BRANCH,
    parentSha: main,
    message: 'Refile CAM-X1: firmware 2.0',
    identity: actionsBot,
    changes: [
      { path: 'products/cam-x1/filing.yaml', content: 'status: refiling-required\n' },
      { path: 'products/cam-x1/filings/2026-07-15/hashes.txt', content: 'sha256 abc\n' },
    ],
    ...overrides,
  };
}

const operations = (gh: LoopbackGitHub) => gh.writes().map((r) => r.operationId);

describe('commitChanges', () => {
  test('creates a blob for binary content, a tree on the base tree, a signed commit on the base, and the branch', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const changes = [...refiling().changes, { path: 'products/cam-x1/label.png', content: png }];
    const result = await commitChanges(clientFor(gh), repo, refiling({ changes }));
    expect(result.operation).toBe('created');
    expect(operations(gh)).toEqual([
      'git/create-blob',
      'git/create-tree',
      'git/create-commit',
      'git/create-ref',
    ]);
    const tree = gh.requests.find((r) => r.operationId === 'git/create-tree')?.body as { base_tree: string };
    expect(tree.base_tree).toBe(gh.state.repo().commits.get(main)?.tree);
    const commit = gh.state.repo().commits.get(result.commitSha ?? '');
    expect(commit).toMatchObject({ parents: [main], verified: true, message: 'Refile CAM-X1: firmware 2.0' });
    expect(commit?.author.email).toBe('41898282+github-actions[bot]@users.noreply.github.com');
    expect(gh.state.branchSha(BRANCH)).toBe(result.commitSha);
    expect(gh.state.readFile(BRANCH, 'products/cam-x1/filing.yaml')).toBe('status: refiling-required\n');
    expect(gh.state.readFile(BRANCH, 'README.md')).toBe('# widgets\n');
  });

  test('a second identical call writes nothing', async () => {
    const first = await commitChanges(clientFor(gh), repo, refiling());
    const writes = gh.writes().length;
    const second = await commitChanges(clientFor(gh), repo, refiling());
    expect(second).toMatchObject({ operation: 'unchanged', commitSha: first.commitSha });
    expect(gh.writes()).toHaveLength(writes);
  });

  test('changed content replaces the branch with one new commit on the same base', async () => {
    await commitChanges(clientFor(gh), repo, refiling());
    const changes = [{ path: 'products/cam-x1/filing.yaml', content: 'status: refiling-submitted\n' }];
    const result = await commitChanges(clientFor(gh), repo, refiling({ changes }));
    expect(result.operation).toBe('updated');
    expect(gh.state.repo().commits.get(result.commitSha ?? '')?.parents).toEqual([main]);
    expect(gh.state.readFile(BRANCH, 'products/cam-x1/filing.yaml')).toBe('status: refiling-submitted\n');
    expect(gh.state.readFile(BRANCH, 'products/cam-x1/filings/2026-07-15/hashes.txt')).toBeUndefined();
  });

  test('regenerates on a base that moved instead of rebasing', async () => {
    await commitChanges(clientFor(gh), repo, refiling());
    const newMain = gh.state.pushCommit('main', { 'CHANGELOG.md': 'v2\n' }, { login: 'bob' });
    const result = await commitChanges(clientFor(gh), repo, refiling({ parentSha: newMain }));
    expect(result.operation).toBe('updated');
    expect(gh.state.repo().commits.get(result.commitSha ?? '')?.parents).toEqual([newMain]);
    expect(gh.state.readFile(BRANCH, 'CHANGELOG.md')).toBe('v2\n');
  });

  test('deletes files whose content is null', async () => {
    const changes = [{ path: 'products/cam-x1/product.yaml', content: null }];
    const result = await commitChanges(clientFor(gh), repo, refiling({ changes }));
    expect(result.operation).toBe('created');
    expect(gh.state.readFile(BRANCH, 'products/cam-x1/product.yaml')).toBeUndefined();
    expect(operations(gh)).not.toContain('git/create-blob');
  });

  test('uploads binary content as base64 under the SHA git would give it', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    const changes = [{ path: 'products/cam-x1/label.png', content: png }];
    await commitChanges(clientFor(gh), repo, refiling({ changes }));
    const blob = gh.requests.find((r) => r.operationId === 'git/create-blob')?.body as { encoding: string };
    expect(blob.encoding).toBe('base64');
    expect(gh.state.repo().blobs.get(gitBlobSha(png))).toEqual(Buffer.from(png));
  });

  test('uploads a text file over 1 MiB as its own blob instead of inside the tree request', async () => {
    const big = 'line of evidence\n'.repeat(70_000);
    await commitChanges(
      clientFor(gh),
      repo,
      refiling({ changes: [{ path: 'evidence/big.txt', content: big }] }),
    );
    const blob = gh.requests.find((r) => r.operationId === 'git/create-blob')?.body as { encoding: string };
    expect(blob.encoding).toBe('utf-8');
    expect(gh.state.readFile(BRANCH, 'evidence/big.txt')).toBe(big);
  });

  test('marks executable files with mode 100755', async () => {
    const changes = [{ path: 'tools/verify.sh', content: '#!/bin/sh\n', executable: true }];
    const result = await commitChanges(clientFor(gh), repo, refiling({ changes }));
    const tree = gh.state.repo().commits.get(result.commitSha ?? '')?.tree ?? '';
    expect(gh.state.repo().flatten(tree).get('tools/verify.sh')?.mode).toBe('100755');
  });

  test('sends text inside the tree request, more than 100 files as a chain of trees', async () => {
    const changes = Array.from({ length: 150 }, (_, i) => ({ path: `evidence/${i}.txt`, content: `${i}\n` }));
    await commitChanges(clientFor(gh), repo, refiling({ changes }));
    expect(operations(gh)).toEqual([
      'git/create-tree',
      'git/create-tree',
      'git/create-commit',
      'git/create-ref',
    ]);
    expect(gh.state.readFile(BRANCH, 'evidence/149.txt')).toBe('149\n');
  });

  test('changes that leave the base as it is create no branch', async () => {
    const changes = [{ path: 'README.md', content: '# widgets\n' }];
    const result = await commitChanges(clientFor(gh), repo, refiling({ changes }));
    expect(result.operation).toBe('no-diff');
    expect(gh.state.branchSha(BRANCH)).toBeUndefined();
    expect(operations(gh)).not.toContain('git/create-commit');
  });

  test("never overwrites a branch that carries a person's commit", async () => {
    await commitChanges(clientFor(gh), repo, refiling());
    const human = gh.state.pushCommit(
      BRANCH,
      { 'products/cam-x1/filing.yaml': 'status: fixed by hand\n' },
      { login: 'alice' },
    );
    const writes = gh.writes().length;
    const result = await commitChanges(
      clientFor(gh),
      repo,
      refiling({ changes: [{ path: 'x.txt', content: 'x\n' }] }),
    );
    expect(result.operation).toBe('blocked');
    expect(result.foreignCommits?.map((c) => [c.sha, c.authorLogin])).toEqual([[human, 'alice']]);
    expect(result.reason).toContain('never overwrites');
    expect(gh.state.branchSha(BRANCH)).toBe(human);
    expect(gh.writes()).toHaveLength(writes);
  });

  test('when someone creates the branch first, reads it again and updates it', async () => {
    gh.fault('git/create-ref', { kind: 'mutate', run: (state) => state.createBranch(BRANCH, 'main') });
    const result = await commitChanges(clientFor(gh), repo, refiling());
    expect(result.operation).toBe('updated');
    expect(gh.requests.filter((r) => r.operationId === 'git/create-ref').map((r) => r.status)).toEqual([422]);
    expect(gh.state.readFile(BRANCH, 'products/cam-x1/filing.yaml')).toBe('status: refiling-required\n');
  });

  test('when the branch is deleted mid-run, creates it again', async () => {
    await commitChanges(clientFor(gh), repo, refiling());
    gh.fault('git/update-ref', { kind: 'mutate', run: (state) => state.deleteBranch(BRANCH) });
    const changes = [{ path: 'products/cam-x1/filing.yaml', content: 'status: refiling-submitted\n' }];
    const result = await commitChanges(clientFor(gh), repo, refiling({ changes }));
    expect(result.operation).toBe('created');
    expect(gh.requests.filter((r) => r.operationId === 'git/update-ref').map((r) => r.status)).toEqual([422]);
    expect(gh.state.branchSha(BRANCH)).toBe(result.commitSha);
  });

  test('a push that lands while the commit is being built is detected and not overwritten', async () => {
    await commitChanges(clientFor(gh), repo, refiling());
    gh.fault('git/create-commit', {
      kind: 'mutate',
      run: (state) => state.pushCommit(BRANCH, { 'notes.md': 'mine\n' }, { login: 'alice' }),
    });
    const result = await commitChanges(
      clientFor(gh),
      repo,
      refiling({ message: 'second', changes: [{ path: 'y.txt', content: 'y\n' }] }),
    );
    expect(result.operation).toBe('blocked');
    expect(gh.state.readFile(BRANCH, 'notes.md')).toBe('mine\n');
  });

  describe('spends no request it can avoid', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x01]);
    const LABEL = 'products/cam-x1/label.png';
    const withLabel = (status: string) => [
      { path: 'products/cam-x1/filing.yaml', content: `status: ${status}\n` },
      { path: LABEL, content: png },
    ];
    const calls = (from: number) => gh.requests.slice(from).map((r) => r.operationId);

    test('an unchanged binary file the branch already holds is not uploaded again', async () => {
      await commitChanges(clientFor(gh), repo, refiling({ changes: withLabel('refiling-required') }));
      const from = gh.requests.length;
      const result = await commitChanges(
        clientFor(gh),
        repo,
        refiling({ changes: withLabel('refiling-submitted') }),
      );
      expect(result.operation).toBe('updated');
      expect(calls(from)).not.toContain('git/create-blob');
      const tree = gh.state.repo().commits.get(result.commitSha ?? '')?.tree ?? '';
      expect(gh.state.repo().flatten(tree).get(LABEL)?.sha).toBe(gitBlobSha(png));
      expect(gh.state.readFile(BRANCH, 'products/cam-x1/filing.yaml')).toBe('status: refiling-submitted\n');
    });

    test('a changed binary file is uploaded', async () => {
      await commitChanges(clientFor(gh), repo, refiling({ changes: withLabel('refiling-required') }));
      const from = gh.requests.length;
      const redrawn = new Uint8Array([...png, 0x02]);
      const changes = [{ path: LABEL, content: redrawn }];
      await commitChanges(clientFor(gh), repo, refiling({ changes }));
      expect(calls(from)).toContain('git/create-blob');
      expect(gh.state.repo().blobs.get(gitBlobSha(redrawn))).toEqual(Buffer.from(redrawn));
    });

    test('when GitHub refuses a blob named by SHA, uploads it and builds the tree again', async () => {
      await commitChanges(clientFor(gh), repo, refiling({ changes: withLabel('refiling-required') }));
      gh.fault('git/create-tree', {
        kind: 'status',
        status: 422,
        message: `tree.sha ${gitBlobSha(png)} is not a valid blob`,
      });
      const from = gh.requests.length;
      const result = await commitChanges(
        clientFor(gh),
        repo,
        refiling({ changes: withLabel('refiling-submitted') }),
      );
      expect(result.operation).toBe('updated');
      expect(calls(from).filter((op) => op === 'git/create-tree' || op === 'git/create-blob')).toEqual([
        'git/create-tree',
        'git/create-blob',
        'git/create-tree',
      ]);
      expect(gh.state.readFile(BRANCH, 'products/cam-x1/filing.yaml')).toBe('status: refiling-submitted\n');
    });

    test('reads no commit whose tree an earlier answer already gave', async () => {
      await commitChanges(clientFor(gh), repo, refiling());
      const from = gh.requests.length;
      // Same paths as the branch's commit: only a tree read can tell whether it is already applied.
      const changes = refiling().changes.map((c) => ({ ...c, content: `${String(c.content)}v2\n` }));
      await commitChanges(clientFor(gh), repo, refiling({ changes }));
      expect(calls(from)).toEqual([
        'git/get-ref',
        'repos/compare-commits-with-basehead',
        'git/get-tree',
        'git/create-tree',
        'git/create-commit',
        'git/get-ref',
        'git/update-ref',
      ]);
    });

    test('knownToDiffer skips reading the branch tree', async () => {
      await commitChanges(clientFor(gh), repo, refiling());
      const from = gh.requests.length;
      const changes = [{ path: 'products/cam-x1/filing.yaml', content: 'status: refiling-submitted\n' }];
      const result = await commitChanges(clientFor(gh), repo, refiling({ changes, knownToDiffer: true }));
      expect(result.operation).toBe('updated');
      expect(calls(from)).not.toContain('git/get-tree');
    });

    test('with knownToDiffer, identical content still makes no commit', async () => {
      const first = await commitChanges(clientFor(gh), repo, refiling());
      const from = gh.requests.length;
      const second = await commitChanges(clientFor(gh), repo, refiling({ knownToDiffer: true }));
      expect(second).toMatchObject({ operation: 'unchanged', commitSha: first.commitSha });
      expect(calls(from)).not.toContain('git/create-commit');
      expect(gh.state.branchSha(BRANCH)).toBe(first.commitSha);
    });

    test('with the head the caller saw, the branch is read only once, just before it moves', async () => {
      const first = await commitChanges(clientFor(gh), repo, refiling());
      const from = gh.requests.length;
      const changes = [{ path: 'products/cam-x1/filing.yaml', content: 'status: refiling-submitted\n' }];
      const result = await commitChanges(
        clientFor(gh),
        repo,
        refiling({ changes, knownToDiffer: true, expectedHeadSha: first.commitSha! }),
      );
      expect(result.operation).toBe('updated');
      expect(calls(from)).toEqual([
        'repos/compare-commits-with-basehead',
        'git/create-tree',
        'git/create-commit',
        'git/get-ref',
        'git/update-ref',
      ]);
    });
  });

  describe('a head the caller saw that is no longer the branch head', () => {
    test("is caught before the branch moves, and a person's newer commit is not overwritten", async () => {
      const first = await commitChanges(clientFor(gh), repo, refiling());
      const human = gh.state.pushCommit(BRANCH, { 'notes.md': 'mine\n' }, { login: 'alice' });
      const result = await commitChanges(
        clientFor(gh),
        repo,
        refiling({
          changes: [{ path: 'y.txt', content: 'y\n' }],
          knownToDiffer: true,
          expectedHeadSha: first.commitSha!,
        }),
      );
      expect(result).toMatchObject({ operation: 'blocked', commitSha: human });
      expect(gh.state.branchSha(BRANCH)).toBe(human);
      expect(gh.requests.map((r) => r.operationId)).not.toContain('git/update-ref');
    });

    test('does not make an "unchanged" answer when the branch has since been deleted', async () => {
      const first = await commitChanges(clientFor(gh), repo, refiling());
      gh.state.deleteBranch(BRANCH);
      const result = await commitChanges(
        clientFor(gh),
        repo,
        refiling({ expectedHeadSha: first.commitSha! }),
      );
      expect(result.operation).toBe('created');
      expect(gh.state.branchSha(BRANCH)).toBe(result.commitSha);
    });

    test('that GitHub does not know is replaced by reading the branch', async () => {
      await commitChanges(clientFor(gh), repo, refiling());
      const changes = [{ path: 'products/cam-x1/filing.yaml', content: 'status: refiling-submitted\n' }];
      const result = await commitChanges(
        clientFor(gh),
        repo,
        refiling({ changes, expectedHeadSha: 'f'.repeat(40) }),
      );
      expect(result.operation).toBe('updated');
      expect(gh.state.readFile(BRANCH, 'products/cam-x1/filing.yaml')).toBe('status: refiling-submitted\n');
    });
  });

  test('refuses paths that are not repository-relative', async () => {
    for (const path of ['/etc/passwd', '../x', 'a//b', 'a/./b', '']) {
      await expect(
        commitChanges(clientFor(gh), repo, refiling({ changes: [{ path, content: 'x' }] })),
      ).rejects.toThrow(/repository-relative/);
    }
    expect(gh.requests).toHaveLength(0);
  });
});

describe('branch helpers', () => {
  test('findForeignCommits lists commits a person made and ignores the bot', async () => {
    await commitChanges(clientFor(gh), repo, refiling());
    expect(
      await findForeignCommits(clientFor(gh), repo, { base: main, head: BRANCH, identity: actionsBot }),
    ).toEqual([]);
    gh.state.pushCommit(BRANCH, { 'a.txt': 'a\n' }, { login: 'bob' });
    const foreign = await findForeignCommits(clientFor(gh), repo, {
      base: main,
      head: BRANCH,
      identity: actionsBot,
    });
    expect(foreign.map((c) => c.authorLogin)).toEqual(['bob']);
  });

  test('getBranchSha reads a branch and gives undefined for a missing one', async () => {
    expect(await getBranchSha(clientFor(gh), repo, 'main')).toBe(main);
    expect(await getBranchSha(clientFor(gh), repo, 'nope/never')).toBeUndefined();
  });

  test('deleteBranch deletes once and then reports the branch gone', async () => {
    gh.state.createBranch(BRANCH, 'main');
    expect(await deleteBranch(clientFor(gh), repo, BRANCH)).toBe(true);
    expect(await deleteBranch(clientFor(gh), repo, BRANCH)).toBe(false);
    expect(gh.state.branchSha(BRANCH)).toBeUndefined();
  });

  test('gitBlobSha gives the SHA-1 git gives', () => {
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});
