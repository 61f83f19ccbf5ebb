import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { refilingBranchName } from '../../src/refiling/branch.js';

/** Whether git itself accepts the name as a branch. */
function gitAccepts(branch: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', `refs/heads/${branch}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('refilingBranchName', () => {
  test('is the prefix, the target branch and the product id', () => {
    expect(refilingBranchName('labelguard/refile', 'main', 'cam-x1')).toBe('labelguard/refile/main/cam-x1');
    expect(refilingBranchName(undefined, 'release/2.x', 'cam-x1')).toBe(
      'labelguard/refile/release/2.x/cam-x1',
    );
  });

  test('gives the same name for the same inputs and different names for different targets', () => {
    const a = refilingBranchName('labelguard/refile', 'main', 'cam-x1');
    expect(refilingBranchName('labelguard/refile', 'main', 'cam-x1')).toBe(a);
    expect(refilingBranchName('labelguard/refile', 'develop', 'cam-x1')).not.toBe(a);
    expect(refilingBranchName('labelguard/refile', 'main', 'cam-x2')).not.toBe(a);
  });

  test('replaces what git refuses in a ref', () => {
    expect(refilingBranchName('bots//refile/', 'feat/a b..c~1^2:x?*[y]\\z@{0}', 'cam.lock')).toBe(
      'bots/refile/feat/a-b.c-1-2-x-y]-z-0}/cam-lock',
    );
    expect(refilingBranchName('labelguard/refile', '.hidden/x.', 'p')).toBe('labelguard/refile/hidden/x/p');
  });

  test('refuses inputs that keep nothing git accepts', () => {
    expect(() => refilingBranchName('labelguard/refile', '...', 'cam-x1')).toThrow(
      /at least one letter or digit/,
    );
  });

  test('always gives a name git accepts as a branch', () => {
    const part = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        '0',
        '/',
        '.',
        '-',
        ' ',
        '~',
        '^',
        ':',
        '?',
        '*',
        '[',
        '\\',
        '@',
        '{',
        'lock',
        '\u0007',
        'é',
      ),
      maxLength: 16,
    });
    let checked = 0;
    fc.assert(
      fc.property(part, part, (target, product) => {
        let name: string;
        try {
          name = refilingBranchName('labelguard/refile', target, product);
        } catch {
          return true; // refused with a message: nothing left to name the branch with
        }
        checked++;
        return gitAccepts(name);
      }),
      { numRuns: 80, seed: 20261126 },
    );
    expect(checked).toBeGreaterThan(30);
  });
});
