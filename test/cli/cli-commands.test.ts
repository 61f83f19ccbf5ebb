import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleRepo, repoRoot, runDistCli } from '../support/dist.js';

const corpus = join(repoRoot, 'test', 'fixtures', 'corpus');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'labelguard-cli-'));
  dirs.push(d);
  return d;
};

interface DiffJson {
  summary: { added: number; removed: number; changed: number; subject?: unknown };
  changes: { kind: string; subject: string; classification: string; matchedBy?: string }[];
}

describe('labelguard diff', () => {
  it('reports the seven version changes of the proton-bridge pair and its subject, nothing else', () => {
    const r = runDistCli([
      'diff',
      join(corpus, 'bomex_proton-bridge-v1.6.3.cdx12.json'),
      join(corpus, 'bomex_proton-bridge-v1.8.0.cdx12.json'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as DiffJson;
    expect(json.summary).toEqual({
      added: 0,
      removed: 0,
      changed: 7,
      subject: { name: 'github.com/ProtonMail/proton-bridge', from: 'v1.6.3', to: 'v1.8.0' },
    });
    // The seven components matched by purl, and the SBOM's subject (metadata.component) as the root.
    expect(json.changes.map((c) => c.matchedBy).sort()).toEqual([...Array<string>(7).fill('purl'), 'root']);
  });

  it('recognises dhcpcd as a new network daemon, a material change', () => {
    const r = runDistCli([
      'diff',
      join(corpus, 'debsbom_delta-base.cdx16.json'),
      join(corpus, 'debsbom_delta-target.cdx16.json'),
      '--format',
      'json',
    ]);
    const json = JSON.parse(r.stdout) as DiffJson;
    const dhcpcd = json.changes.filter((c) => c.subject.startsWith('debian/dhcpcd'));
    expect(dhcpcd.map((c) => c.classification)).toEqual(['material', 'material']);
    expect(json.changes.filter((c) => c.kind === 'sbom.component.removed').map((c) => c.subject)).toEqual([
      'debian/htop (pkg:deb/debian/htop?arch=amd64)',
      'debian/htop (pkg:deb/debian/htop?arch=source)',
    ]);
  });

  it('finds no change between the same SBOM in JSON 1.2 and XML 1.3', () => {
    const r = runDistCli([
      'diff',
      join(corpus, 'bomex_laravel-7.12.0.cdx12.json'),
      join(corpus, 'bomex_laravel-7.12.0.cdx13.xml'),
    ]);
    expect(r).toMatchObject({ code: 0, stdout: '0 added, 0 removed, 0 changed\n' });
  });

  it('exits 2 with the SBOM problem for a file that is not CycloneDX', () => {
    const r = runDistCli([
      'diff',
      join(repoRoot, 'package.json'),
      join(corpus, 'bomex_laravel-7.12.0.cdx12.json'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a readable CycloneDX SBOM');
  });
});

describe('labelguard evidence', () => {
  it('generates the complete bundle of the refiling-required camera, byte-identical twice', () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) {
      const r = runDistCli([
        'evidence',
        join(exampleRepo, 'products/avc-c120w'),
        '--now',
        '2026-11-26',
        '--out',
        out,
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const files = readdirSync(a).sort();
    expect(files).toEqual([
      'change-notification.md',
      'declaration-draft.md',
      'declaration-draft.zh-CN.md',
      'evidence-index.json',
      'filing-form.json',
      'label.png',
      'label.svg',
      'responsibility-matrix.md',
      'sbom.cdx.json',
      'technical-documentation.md',
      'test-request.md',
    ]);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f)))).toBe(true);
    expect(readFileSync(join(a, 'change-notification.md'), 'utf8')).toContain('ONVIF');
  });

  it('refuses a product with invalid data, naming the problem', () => {
    const r = runDistCli(['evidence', join(repoRoot, 'test')]);
    expect(r.code).toBe(2);
  });
});

describe('labelguard rules', () => {
  it('lists both built-in packs with sources as JSON', () => {
    const r = runDistCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      packs: { name: string; rules: { id: string; sources: unknown[] }[] }[];
    };
    expect(json.packs.map((p) => p.name)).toEqual(['cn-ccl', 'etsi-en-303-645']);
    for (const p of json.packs) for (const rule of p.rules) expect(rule.sources.length).toBeGreaterThan(0);
  });

  it('exits 2 for an unknown pack', () => {
    expect(runDistCli(['rules', '--pack', 'no-such-pack']).code).toBe(2);
  });
});
