import { describe, expect, test } from 'vitest';
import type { PullRequestSummary } from '../../src/github/pulls.js';
import { renderMetadataLine } from '../../src/refiling/metadata.js';
import { asRefilingPullRequest, refilingPullRequestsAmong } from '../../src/refiling/exec/pull-lookup.js';
import type { RefilingMetadata } from '../../src/refiling/types.js';
import { actionsBot, repo } from '../github/helpers.js';

const metadata: RefilingMetadata = {
  v: 1,
  product: 'cam-x1',
  scheme: 'cn-ccl',
  target: 'main',
  fingerprints: ['fw:89abcdef01234567'],
  filingId: '2026-11-26',
  generator: 'labelguard@0.1.0',
  files: `sha256:${'1'.repeat(64)}`,
  digest: `sha256:${'2'.repeat(64)}`,
};

let next = 1;
function pull(overrides: Partial<PullRequestSummary> = {}): PullRequestSummary {
  const number = next++;
  return {
    number,
    state: 'open',
    merged: false,
    draft: false,
    title: 'Refile CAM-X1',
    body: `${renderMetadataLine(metadata)}\n## Refiling\n`,
    url: `https://github.example/${repo.owner}/${repo.repo}/pull/${number}`,
    nodeId: `PR_${number}`,
    author: 'github-actions[bot]',
    headRef: 'labelguard/refile/main/cam-x1',
    headSha: 'a'.repeat(40),
    headRepo: `${repo.owner}/${repo.repo}`,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
    labels: [],
    ...overrides,
  };
}

const options = { identity: actionsBot, branchPrefix: 'labelguard/refile' };

describe('which pull requests are labelguard’s refiling pull requests', () => {
  test('one opened by the identity, from a branch under the prefix, with metadata, is', () => {
    const ours = pull();
    expect(refilingPullRequestsAmong([ours], repo, options)).toEqual([{ ...ours, own: true, metadata }]);
  });

  test('one opened by a person, without metadata, outside the prefix or from a fork is not', () => {
    const pulls = [
      pull({ author: 'alice' }),
      pull({ body: 'no metadata here' }),
      pull({ headRef: 'labelguard/refiled-by-hand' }),
      pull({ headRepo: 'someone/widgets' }),
      pull({ headRepo: null }),
    ];
    expect(refilingPullRequestsAmong(pulls, repo, options)).toEqual([]);
  });

  test('only those into the target branch when one is named, oldest first', () => {
    const later = pull();
    const elsewhere = pull({ baseRef: 'release/2.x' });
    const earlier = pull({ number: 0 });
    const found = refilingPullRequestsAmong([later, elsewhere, earlier], repo, {
      ...options,
      target: 'main',
    });
    expect(found.map((p) => p.number)).toEqual([0, later.number]);
  });

  test('a pull request by someone else is marked as not our own but keeps its author', () => {
    const theirs = asRefilingPullRequest(pull({ author: 'alice' }), actionsBot);
    expect(theirs).toMatchObject({ own: false, author: 'alice', metadata });
  });
});
