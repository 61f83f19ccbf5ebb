// Generator noise: the same tree's SBOM from two generators, or from two checkout folders, differs only
// in properties that describe the build; none of them may demand a change-log entry.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { loadNoise, withConfig } from '../../src/changes/noise-file.js';
import { diffSboms, readSbom } from '../../src/sbom/index.js';
import { isAbsolutePath, noiseFilter } from '../../src/sbom/noise.js';

const dir = fileURLToPath(new URL('../fixtures/sbom/noise/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const noiseFile = fileURLToPath(new URL('../../rules/cn-ccl/sbom-noise.yaml', import.meta.url));

async function diff(a: string, b: string) {
  let out = '';
  const code = await runCli(['diff', `${dir}${a}`, `${dir}${b}`, '--format', 'json'], {
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
    cwd: root,
    today: '2026-12-01',
  });
  expect(code).toBe(0);
  return JSON.parse(out) as { changes: { classification: string; subject: string }[] };
}

function inventory(name: string) {
  const r = readSbom(readFileSync(`${dir}${name}`), name);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.sbom;
}

describe('generator noise', () => {
  it('shows no change between two generators of the same tree', async () => {
    expect((await diff('cyclonedx-npm.cdx.json', 'cdxgen.cdx.json')).changes).toEqual([]);
  });

  it('shows no change between two checkout folders', async () => {
    expect((await diff('cyclonedx-npm.cdx.json', 'other-folder.cdx.json')).changes).toEqual([]);
  });

  it('would otherwise report the crypto library as changed', () => {
    const plain = diffSboms(inventory('cyclonedx-npm.cdx.json'), inventory('cdxgen.cdx.json'));
    expect(plain.changed.map((c) => c.after.name)).toContain('openssl');
  });

  it('reads the list from the pack and lets the repository keep or add names', () => {
    const { noise, problems } = loadNoise('sbom-noise.yaml', readFileSync(noiseFile, 'utf8'));
    expect(problems).toEqual([]);
    expect(noise?.ignoreProperties).toContain('cdx:npm:package:path');
    const kept = withConfig(noise, { keep_properties: ['SrcFile'], ignore_properties: ['acme:*'] })!;
    expect(kept.ignoreProperties).not.toContain('SrcFile');
    const filter = noiseFilter(kept)!;
    expect(filter('acme:build:id', '42')).toBe(true);
    expect(filter('SrcFile', 'package-lock.json')).toBe(false);
    expect(filter('cdx:device:sku', 'X1')).toBe(false);
  });

  it('tells absolute build paths from product values', () => {
    for (const p of ['/home/runner/work/x', 'C:\\build\\ui', 'file:///tmp/x', '\\\\server\\share\\x'])
      expect(isAbsolutePath(p), p).toBe(true);
    for (const v of ['node_modules/x', '3.0.15', 'https://example.com/a', 'consumer-network-camera', '/'])
      expect(isAbsolutePath(v), v).toBe(false);
  });

  it('names the line of a broken list', () => {
    const { problems } = loadNoise('rules/x/sbom-noise.yaml', 'ignore_properties: SrcFile\n');
    expect(problems).toMatchObject([
      { file: 'rules/x/sbom-noise.yaml', line: 1, message: expect.stringContaining('must be a list') },
    ]);
  });
});
