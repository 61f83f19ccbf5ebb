import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exampleRepo, repoRoot, runDistCli } from '../support/dist.js';
import { makeTempRepo, minimalProduct, passingProductFiles, productFiles } from '../support/temp-repo.js';
import pkg from '../../package.json' with { type: 'json' };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function temp(files: Parameters<typeof makeTempRepo>[0]) {
  const r = makeTempRepo(files);
  cleanups.push(r.cleanup);
  return r.dir;
}

describe('the built CLI (dist/cli.js)', () => {
  it('prints its version', () => {
    expect(runDistCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('prints help for every command', () => {
    for (const cmd of ['check', 'validate']) {
      const r = runDistCli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: labelguard ${cmd}`);
    }
  });

  it('checks a valid repository and exits 0', () => {
    const r = runDistCli(['check', '--repo', temp(passingProductFiles()), '--now', '2026-11-20']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/1 product checked: 0 blocking/);
    expect(r.code).toBe(0);
  });

  it('exits 1 with a located message for invalid product data', () => {
    const dir = temp(productFiles('cam-a', { ...minimalProduct(), colour: 'white' }));
    const r = runDistCli(['check', '--repo', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /products\/cam-a\/product\.yaml:\d+:1: error! data\.schema: unknown key 'colour'/,
    );
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('exits 1 when an evidence file does not match its recorded SHA-256', () => {
    const files = passingProductFiles();
    const report = Object.keys(files).find((f) => f.includes('evidence/test-report'))!;
    files[report] = '# test report (edited after it was recorded)\n';
    const r = runDistCli(['check', '--repo', temp(files), '--format', 'json', '--now', '2026-11-20']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { products: { findings: { ruleId: string; file: string }[] }[] };
    // The product has no filing.yaml: besides the mismatch, only the warning that change detection is off.
    expect(json.products[0]!.findings).toEqual([
      expect.objectContaining({ ruleId: 'change.detection-off', file: 'products/cam-x1/product.yaml' }),
      expect.objectContaining({ ruleId: 'data.hash-mismatch', file: 'products/cam-x1/product.yaml' }),
    ]);
  });

  it("warns when the SBOM describes another firmware release than the manifest, at the subject's line", () => {
    const files = passingProductFiles();
    const path = Object.keys(files).find((f) => f.endsWith('sbom.cdx.json'))!;
    // The passing product ships firmware 2.4.1; an SBOM left over from 2.3.0 lists software it no longer has.
    const sbom = JSON.stringify(JSON.parse(files[path] as string), null, 2).replace(
      '"version": "2.4.1"',
      '"version": "2.3.0"',
    );
    files[path] = sbom;
    const r = runDistCli(['check', '--repo', temp(files), '--format', 'json', '--now', '2026-11-20']);
    expect(r.code).toBe(1); // the default policy fails on warnings
    const json = JSON.parse(r.stdout) as {
      products: {
        findings: { ruleId: string; severity: string; file: string; line: number; message: string }[];
      }[];
    };
    const finding = json.products[0]!.findings.find((f) => f.ruleId === 'sbom.subject-mismatch');
    expect(finding?.severity).toBe('warning');
    const line = sbom.split('\n').findIndex((l) => l.includes('"bom-ref": "fw"')) + 1;
    expect(finding).toMatchObject({ file: path, line });
    expect(finding?.message).toContain('firmware 2.4.1');
  });

  it('exits 1 and says so for a repository without products', () => {
    const r = runDistCli(['check', '--repo', temp({ 'README.md': '# empty\n' })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no product manifests found (looked for products/*/product.yaml)');
  });

  it('exits 2 for a repository path that does not exist', () => {
    const r = runDistCli(['check', '--repo', '/nonexistent/labelguard']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("repository '/nonexistent/labelguard' does not exist");
  });

  it('exits 2 for unknown flags and bad values', () => {
    expect(runDistCli(['check', '--frobnicate']).code).toBe(2);
    expect(runDistCli(['check', '--format', 'yaml']).stderr).toContain('--format must be one of');
    expect(runDistCli(['check', '--now', '2026-02-30']).stderr).toContain('--now must be a date');
    expect(runDistCli(['launch']).stderr).toContain("unknown command 'launch'");
  });

  it('exits 2 for an invalid .labelguard.yml and names the line', () => {
    const dir = temp({ ...productFiles(), '.labelguard.yml': 'policy:\n  fail_on: sometimes\n' });
    const r = runDistCli(['check', '--repo', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.labelguard.yml:2:12:');
  });

  it('writes the report to --output', () => {
    const dir = temp(passingProductFiles());
    const r = runDistCli(
      ['check', '--repo', dir, '--format', 'json', '--output', 'report.json', '--now', '2026-11-20'],
      dir,
    );
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({
      summary: { products: 1, blocking: 0 },
    });
  });

  it('runs from a copy of dist/ alone, without node_modules', () => {
    const alone = mkdtempSync(join(tmpdir(), 'labelguard-dist-'));
    cleanups.push(() => rmSync(alone, { recursive: true, force: true }));
    cpSync(join(repoRoot, 'dist'), alone, { recursive: true });
    const cli = join(alone, 'cli.js');
    expect(runDistCli(['--version'], alone, cli).code).toBe(0);
    const r = runDistCli(['check', '--repo', exampleRepo, '--now', '2026-11-26'], alone, cli);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(/products? checked/);
  });

  it('validates the data files alone', () => {
    const dir = temp({
      ...productFiles(),
      'products/cam-a/filing.yaml': stringify({ scheme: 'cn-ccl', status: 'approved' }),
    });
    const r = runDistCli(['validate', '--repo', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/filing\.yaml:2:9: error data\.schema: 'status' must be one of/);
    writeFileSync(
      join(dir, 'products/cam-a/filing.yaml'),
      stringify({ scheme: 'cn-ccl', status: 'not-filed' }),
    );
    expect(runDistCli(['validate', '--repo', dir]).code).toBe(0);
  });
});

describe('the built CLI diff of two releases', () => {
  const corpus = join(repoRoot, 'test', 'fixtures', 'corpus');
  const v163 = join(corpus, 'bomex_proton-bridge-v1.6.3.cdx12.json');
  const v180 = join(corpus, 'bomex_proton-bridge-v1.8.0.cdx12.json');

  it("reports the SBOM subject's version change (metadata.component)", () => {
    const r = runDistCli(['diff', v163, v180, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      summary: { subject?: unknown };
      changes: { kind: string; from?: string; to?: string }[];
    };
    expect(json.summary.subject).toEqual({
      name: 'github.com/ProtonMail/proton-bridge',
      from: 'v1.6.3',
      to: 'v1.8.0',
    });
    expect(json.changes.find((c) => c.kind === 'sbom.product.changed')).toMatchObject({
      from: 'v1.6.3',
      to: 'v1.8.0',
    });
  });

  it('labels every downgrade, and never classifies one below the same upgrade', () => {
    const rank: Record<string, number> = { none: 0, record: 1, material: 2 };
    type Change = { subject: string; classification: string; downgrade?: boolean };
    const up = (
      JSON.parse(runDistCli(['diff', v163, v180, '--format', 'json']).stdout) as { changes: Change[] }
    ).changes;
    const down = (
      JSON.parse(runDistCli(['diff', v180, v163, '--format', 'json']).stdout) as { changes: Change[] }
    ).changes;
    expect(down.filter((c) => c.downgrade)).toHaveLength(8);
    expect(up.some((c) => c.downgrade)).toBe(false);
    for (const d of down) {
      const u = up.find((c) => c.subject === d.subject)!;
      expect(rank[d.classification]!, d.subject).toBeGreaterThanOrEqual(rank[u.classification]!);
    }
    expect(runDistCli(['diff', v180, v163]).stdout).toContain('v1.8.0 → v1.6.3 (DOWNGRADE)');
  });
});
