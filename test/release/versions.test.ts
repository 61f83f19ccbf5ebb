/**
 * Versions that users copy name real releases: the pre-commit `rev:` and the pins of labelguard in the
 * example workflows name a release of CHANGELOG.md, and where the tag exists in this clone it is the
 * commit the workflows are pinned to.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workflowSources } from '../adversarial/workflows.js';
import { repoRoot } from '../support/dist.js';
import pkg from '../../package.json' with { type: 'json' };

const read = (f: string) => readFileSync(join(repoRoot, f), 'utf8');
const releases = [...read('CHANGELOG.md').matchAll(/^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/gm)].map(
  (m) => m[1]!,
);
const markdown = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
};

describe('released versions', () => {
  it('CHANGELOG.md has an Unreleased section and the release package.json names', () => {
    expect(read('CHANGELOG.md')).toMatch(/^## \[Unreleased\]$/m);
    expect(releases.length).toBeGreaterThan(0);
    expect(releases).toContain(pkg.version);
  });

  it('every pre-commit rev: in the docs names a release', () => {
    const revs = markdown.flatMap((f) =>
      [...read(f).matchAll(/repo: https:\/\/github\.com\/labelguard\/labelguard\n\s+rev: (\S+)/g)].map(
        (m) => ({ f, rev: m[1]! }),
      ),
    );
    expect(revs.length).toBeGreaterThan(0);
    for (const { f, rev } of revs)
      expect(
        releases.map((r) => `v${r}`),
        `${f}: rev ${rev}`,
      ).toContain(rev);
  });

  it('the workflows are pinned to the latest release, and its tag (where this clone has it) is that commit', () => {
    const pins = workflowSources()
      .filter((s) => s.file.startsWith('docs/workflows/'))
      .flatMap((s) =>
        [...s.text.matchAll(/labelguard\/labelguard@([0-9a-f]{40}) # v(\S+)/g)].map((m) => ({
          sha: m[1]!,
          version: m[2]!,
        })),
      );
    expect(pins.length).toBeGreaterThan(0);
    for (const pin of pins) expect(pin.version).toBe(releases[0]);
    const tagged = git('rev-parse', '--verify', '--quiet', `refs/tags/v${releases[0]}^{commit}`);
    if (tagged !== undefined) expect(pins.map((p) => p.sha)).toEqual(pins.map(() => tagged));
  });
});
