// The repository side of a release, run by .github/workflows/release.yml when a `vX.Y.Z` tag is pushed
// (or by hand): `node scripts/release.mjs X.Y.Z --sha COMMIT [--date YYYY-MM-DD] [--root DIR]`.
//  - CHANGELOG.md: the Unreleased section becomes `## [X.Y.Z] - DATE`, a new empty Unreleased opens above
//    it, and the compare links at the bottom follow.
//  - Every pin of labelguard in docs/workflows/*.yml and the Markdown docs (`labelguard/labelguard@<sha> #
//    vA.B.C`, and the checkout of labelguard at `ref: <sha> # vA.B.C`) moves to COMMIT and vX.Y.Z.
// It refuses, changing nothing, when package.json does not say X.Y.Z, the release is already in the
// changelog, or Unreleased is empty.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sha: { type: 'string' }, date: { type: 'string' }, root: { type: 'string' } },
});
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};
const version = positionals[0] ?? '';
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`give the version as X.Y.Z, got '${version}'`);
if (!/^[0-9a-f]{40}$/.test(values.sha ?? '')) fail('give the release commit as --sha <40 hex digits>');
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date must be YYYY-MM-DD, got '${date}'`);
const root = values.root ?? new URL('..', import.meta.url).pathname;

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (pkg.version !== version)
  fail(`package.json says ${pkg.version}: bump it to ${version} before tagging v${version}`);

// CHANGELOG.md
const changelogPath = join(root, 'CHANGELOG.md');
const changelog = readFileSync(changelogPath, 'utf8');
if (changelog.includes(`## [${version}]`)) fail(`CHANGELOG.md already has ${version}`);
const unreleased = /^## \[Unreleased\]\n([\s\S]*?)(?=^## \[)/m.exec(changelog);
if (!unreleased) fail('CHANGELOG.md has no "## [Unreleased]" section followed by a release');
if (!/^- /m.test(unreleased[1])) fail('the Unreleased section of CHANGELOG.md lists nothing to release');
const repoUrl = /^\[Unreleased\]: (.+)\/compare\/v[\d.]+\.\.\.HEAD$/m.exec(changelog)?.[1];
if (!repoUrl) fail('CHANGELOG.md has no "[Unreleased]: <repository>/compare/vA.B.C...HEAD" link');
const released = changelog
  .replace(unreleased[0], `## [Unreleased]\n\nNothing yet.\n\n## [${version}] - ${date}\n${unreleased[1]}`)
  .replace(
    /^\[Unreleased\]: .+$/m,
    `[Unreleased]: ${repoUrl}/compare/v${version}...HEAD\n[${version}]: ${repoUrl}/releases/tag/v${version}`,
  );

// Pins of labelguard in the workflows and docs users copy.
// A checkout's `ref:` moves only when it is the commit the action is pinned to (labelguard's own checkout).
const uses = /labelguard\/labelguard@([0-9a-f]{40}) # v\d+\.\d+\.\d+/g;
const docs = (dir) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ya?ml|md)$/.test(f))
    .map((f) => join(dir, f));
const files = ['README.md', ...docs('docs')];
const texts = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
const current = new Set([...texts.values()].flatMap((t) => [...t.matchAll(uses)].map((m) => m[1])));
const pin = new RegExp(
  `(labelguard/labelguard@|ref: )(?:${[...current].join('|') || '-'}) # v\\d+\\.\\d+\\.\\d+`,
  'g',
);
const changes = [];
for (const [file, text] of texts) {
  const next = text.replace(pin, (_m, prefix) => `${prefix}${values.sha} # v${version}`);
  if (next !== text) changes.push([file, next]);
}
if (changes.length === 0) fail('found no pin of labelguard to move (labelguard/labelguard@<sha> # vA.B.C)');

writeFileSync(changelogPath, released);
for (const [file, text] of changes) writeFileSync(join(root, file), text);
console.log(
  `release: CHANGELOG.md has ${version} (${date}); pins moved to ${values.sha} in ${changes.map(([f]) => f).join(', ')}`,
);
