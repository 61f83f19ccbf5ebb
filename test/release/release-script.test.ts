/**
 * scripts/release.mjs, as the release workflow runs it on a copy of this repository's CHANGELOG.md, docs and
 * package.json: the Unreleased section becomes the release's, every labelguard pin moves to the release
 * commit, and nothing changes when the release cannot be made.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/dist.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function copy(version: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'labelguard-release-'));
  dirs.push(dir);
  for (const f of ['CHANGELOG.md', 'README.md', 'docs'])
    cpSync(join(repoRoot, f), join(dir, f), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'labelguard', version }));
  // Right after a real release Unreleased says "Nothing yet.": give it an entry to release.
  const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
  writeFileSync(
    join(dir, 'CHANGELOG.md'),
    changelog.replace('## [Unreleased]\n', '## [Unreleased]\n\n- An entry.\n'),
  );
  return dir;
}
const release = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'scripts/release.mjs'), ...args, '--root', dir], {
    encoding: 'utf8',
  });
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const sha = 'c'.repeat(40);

describe('scripts/release.mjs', () => {
  it('releases Unreleased as X.Y.Z and pins every example workflow to the release commit', () => {
    const dir = copy('9.8.7');
    const before = read(dir, 'CHANGELOG.md');
    const r = release(dir, '9.8.7', '--sha', sha, '--date', '2027-03-04');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const changelog = read(dir, 'CHANGELOG.md');
    const unreleased = /^## \[Unreleased\]\n([\s\S]*?)^## \[/m.exec(before)![1]!;
    expect(changelog).toContain(
      `## [Unreleased]\n\nNothing yet.\n\n## [9.8.7] - 2027-03-04\n${unreleased}## [0.1.0]`,
    );
    expect(changelog).toMatch(
      /^\[Unreleased\]: https:\/\/github\.com\/labelguard\/labelguard\/compare\/v9\.8\.7\.\.\.HEAD$/m,
    );
    expect(changelog).toMatch(
      /^\[9\.8\.7\]: https:\/\/github\.com\/labelguard\/labelguard\/releases\/tag\/v9\.8\.7$/m,
    );
    for (const f of [
      'labelguard.yml',
      'labelguard-comment.yml',
      'labelguard-audit.yml',
      'labelguard-pull-request-target.yml',
    ]) {
      const text = read(dir, `docs/workflows/${f}`);
      expect(text, f).toContain(`${sha} # v9.8.7`);
      expect(text, f).not.toMatch(/labelguard\/labelguard@(?!c{40} # v9\.8\.7)/);
    }
    expect(read(dir, 'docs/workflows/labelguard-comment.yml')).toContain(`ref: ${sha} # v9.8.7`);
    // Other actions keep their own pins.
    expect(read(dir, 'docs/workflows/labelguard.yml')).toContain(
      'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
    );
  });

  it('refuses, changing nothing, a version package.json does not say, a release made twice, or an empty Unreleased', () => {
    const dir = copy('9.8.7');
    const before = read(dir, 'CHANGELOG.md');
    const wrong = release(dir, '9.8.8', '--sha', sha);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/package\.json says 9\.8\.7: bump it to 9\.8\.8 before tagging v9\.8\.8/);
    expect(release(dir, '9.8.7', '--sha', 'abc').stderr).toMatch(/--sha <40 hex digits>/);
    expect(read(dir, 'CHANGELOG.md')).toBe(before);
    expect(release(dir, '9.8.7', '--sha', sha).status).toBe(0);
    const twice = release(dir, '9.8.7', '--sha', sha);
    expect(twice.stderr).toMatch(/CHANGELOG\.md already has 9\.8\.7/);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '9.9.0' }));
    expect(release(dir, '9.9.0', '--sha', sha).stderr).toMatch(
      /Unreleased section of CHANGELOG\.md lists nothing/,
    );
  });
});
