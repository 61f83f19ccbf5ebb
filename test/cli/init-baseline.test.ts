/**
 * A new user's first hour through the built CLI: `init` scaffolds a product, `check` says what it still
 * needs, `baseline` registers it when the filing is submitted, and `check` then catches a change.
 * Needs `npm run build` (dist/cli.js).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runDistCli } from '../support/dist.js';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
}
interface JsonReport {
  products: {
    id: string;
    findings: JsonFinding[];
    changes?: { kind: string; recorded: boolean; fingerprint: string; to: string }[];
  }[];
}

const dir = mkdtempSync(join(tmpdir(), 'labelguard-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const product = join(dir, 'products', 'cam-x1');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const check = (now: string) => {
  const r = runDistCli(['check', '--repo', dir, '--now', now, '--format', 'json']);
  return { code: r.code, stderr: r.stderr, report: JSON.parse(r.stdout) as JsonReport };
};
const findingsOf = (report: JsonReport) => report.products[0]!.findings;
const dataErrors = (fs: JsonFinding[]) =>
  fs.filter((f) => f.severity === 'error' && /^(data|sbom)\./.test(f.ruleId));

const init = ['init', '--dir', dir, '--product', 'cam-x1', '--model', 'AV-C2 Indoor Camera', '--stars', '2'];

describe('init → check → baseline → a change → check, through dist/cli.js', () => {
  it('init writes the scaffold: configuration, workflow, product.yaml, filing.yaml, starter SBOM', () => {
    const r = runDistCli([...init, '--now', '2026-11-26']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of ['.labelguard.yml', '.github/workflows/labelguard.yml', 'products/cam-x1/product.yaml']) {
      expect(r.stdout).toContain(f);
    }
    expect(read('products/cam-x1/product.yaml').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/labelguard/labelguard/main/dist/schemas/product.schema.json',
    );
    expect(parse(read('products/cam-x1/filing.yaml'))).toMatchObject({
      status: 'not-filed',
      scheme: 'cn-ccl',
    });
    // The workflow is the documented one, byte for byte.
    expect(read('.github/workflows/labelguard.yml')).toBe(
      readFileSync(join(repoRoot, 'docs/workflows/labelguard.yml'), 'utf8'),
    );
  });

  it('check on the scaffold gives rule findings for the target level and no data errors', () => {
    const { code, report } = check('2026-11-26');
    expect(code).toBe(1);
    const findings = findingsOf(report);
    expect(dataErrors(findings)).toEqual([]);
    const ids = new Set(findings.map((f) => f.ruleId));
    for (const id of ['CCL-AUTH-001', 'CCL-UPD-002', 'CCL-BOOT-001', 'CCL-FIL-001'])
      expect(ids).toContain(id);
    // ★★★ rules are readiness gaps, not findings of a ★★ target.
    expect(ids).not.toContain('CCL-PEN-001');
  });

  it('product.yaml names every field the rules of the target level read', () => {
    const { packs } = JSON.parse(runDistCli(['rules', '--pack', 'cn-ccl', '--format', 'json']).stdout) as {
      packs: { rules: { id: string; stars: number; path: string }[] }[];
    };
    const text = read('products/cam-x1/product.yaml');
    const needed = packs[0]!.rules.filter((r) => r.stars <= 2 && !r.path.startsWith('filing:'));
    expect(needed.length).toBeGreaterThan(20);
    const absent = needed.filter((r) => !new RegExp(`\\b${r.path.split('.').at(-1)}:`).test(text));
    expect(absent.map((r) => `${r.id} ${r.path}`)).toEqual([]);
  });

  it('init refuses to overwrite, naming the file, and changes nothing', () => {
    const before = read('products/cam-x1/product.yaml');
    writeFileSync(join(product, 'product.yaml'), `${before}# edited\n`);
    const r = runDistCli(init);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/product\.yaml/);
    expect(r.stderr).toMatch(/overwrit/);
    expect(read('products/cam-x1/product.yaml')).toBe(`${before}# edited\n`);
  });

  it('baseline registers the product in filing.yaml, keeping its comments', () => {
    const before = read('products/cam-x1/filing.yaml');
    const r = runDistCli(['baseline', product, '--now', '2026-11-27']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = read('products/cam-x1/filing.yaml');
    for (const comment of before.split('\n').filter((l) => l.startsWith('#')))
      expect(after).toContain(comment);
    const filing = parse(after) as {
      status: string;
      status_since: string;
      baseline: {
        filing_id: string;
        firmware: { version: string };
        stars: number;
        sbom: { file: string; digest: string };
      };
    };
    expect(filing).toMatchObject({ status: 'submitted', status_since: '2026-11-27' });
    expect(filing.baseline).toMatchObject({
      filing_id: '2026-11-27',
      stars: 2,
      firmware: { version: '0.0.0' },
    });
    // The digest is the SHA-256 of the registered (normalised) SBOM file, and the comment says so.
    const registered = readFileSync(join(product, filing.baseline.sbom.file));
    expect(filing.baseline.sbom.digest).toBe(
      `sha256:${createHash('sha256').update(registered).digest('hex')}`,
    );
    expect(after).toMatch(/# digest: SHA-256 of the file above/);
    // Dates are quoted, so YAML 1.1 readers keep them as text.
    expect(after).toContain("status_since: '2026-11-27'");
  });

  it('baseline refuses to replace a registered baseline without --replace', () => {
    const r = runDistCli(['baseline', product, '--now', '2026-11-28']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already has a registered baseline/);
  });

  it('check right after baseline sees no change', () => {
    const { report } = check('2026-11-27');
    expect(report.products[0]!.changes ?? []).toEqual([]);
    expect(dataErrors(findingsOf(report))).toEqual([]);
  });

  it('status shows the submitted filing waiting for the agency', () => {
    const r = runDistCli(['status', '--repo', dir, '--now', '2026-11-27']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('filing submitted on 2026-11-27: waiting for the filing agency');
  });

  it('check detects a firmware change made after the baseline', () => {
    const path = join(product, 'product.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace("version: '0.0.0'", "version: '0.1.0'"));
    const { report } = check('2026-11-28');
    const changes = report.products[0]!.changes ?? [];
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'firmware.version', to: '0.1.0', recorded: false }),
    ]);
    expect(findingsOf(report).map((f) => f.ruleId)).toContain('change.unrecorded-record');
  });

  it('evidence works when filing.yaml already points at the bundle’s own SBOM', () => {
    const sbom = read('products/cam-x1/filings/2026-11-27/sbom.cdx.json');
    const r = runDistCli(['evidence', product, '--filing-id', '2026-11-27', '--now', '2026-11-28']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read('products/cam-x1/filings/2026-11-27/sbom.cdx.json')).toBe(sbom);
    expect(findingsOf(check('2026-11-28').report).map((f) => f.ruleId)).not.toContain(
      'data.baseline-tampered',
    );
  });

  it('evidence refuses to rewrite the registered SBOM with another one', () => {
    const registered = read('products/cam-x1/filings/2026-11-27/sbom.cdx.json');
    const path = join(product, 'sbom.cdx.json');
    const sbom = JSON.parse(readFileSync(path, 'utf8')) as { components: object[] };
    sbom.components.push({ type: 'library', name: 'zlib', version: '1.3.1', purl: 'pkg:generic/zlib@1.3.1' });
    writeFileSync(path, JSON.stringify(sbom));
    const r = runDistCli(['evidence', product, '--filing-id', '2026-11-27', '--now', '2026-11-28']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/filings\/2026-11-27\/sbom\.cdx\.json is the registered SBOM/);
    expect(read('products/cam-x1/filings/2026-11-27/sbom.cdx.json')).toBe(registered);
  });

  it('dates read as YAML 1.1 timestamps validate like quoted ones', () => {
    const path = join(product, 'product.yaml');
    const text = readFileSync(path, 'utf8').replace(
      "    # support_end: '2030-12-31'",
      '    support_end: 2030-12-31',
    );
    writeFileSync(path, `%YAML 1.1\n---\n${text}`);
    const findings = findingsOf(check('2026-11-28').report);
    expect(dataErrors(findings)).toEqual([]);
    expect(findings.find((f) => f.ruleId === 'CCL-UPD-002')?.message ?? '').not.toMatch(
      /could not be checked/,
    );
  });

  it('a product without filing.yaml is warned that change detection is off', () => {
    unlinkSync(join(product, 'filing.yaml'));
    expect(existsSync(join(product, 'filing.yaml'))).toBe(false);
    const warning = findingsOf(check('2026-11-28').report).find((f) => f.ruleId === 'change.detection-off');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning!.message).toMatch(/change detection is off for product cam-x1/);
  });
});

describe('evidence with a baseline written by hand that points at the bundle’s own SBOM', () => {
  it('generates the bundle, the registered SBOM included, instead of refusing the missing file', () => {
    const other = mkdtempSync(join(tmpdir(), 'labelguard-own-sbom-'));
    try {
      const init2 = [...init.slice(0, 2), other, ...init.slice(3)];
      expect(runDistCli([...init2, '--now', '2026-11-26']).code).toBe(0);
      const filing = join(other, 'products/cam-x1/filing.yaml');
      writeFileSync(
        filing,
        `${readFileSync(filing, 'utf8').replace('changes: []', '')}baseline:
  filing_id: '2026-11-27'
  hardware: { revision: TODO }
  firmware: { version: '0.0.0', image_sha256: '${'0'.repeat(64)}' }
  sbom: { file: filings/2026-11-27/sbom.cdx.json, digest: 'sha256:${'0'.repeat(64)}' }
`,
      );
      const dir2 = join(other, 'products/cam-x1');
      const r = runDistCli(['evidence', dir2, '--filing-id', '2026-11-27', '--now', '2026-11-27']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(existsSync(join(dir2, 'filings/2026-11-27/sbom.cdx.json'))).toBe(true);
      // Another filing id does not point at it: the missing registered SBOM is still an error.
      const r2 = runDistCli(['evidence', dir2, '--filing-id', '2026-11-30', '--now', '2026-11-30']);
      expect(r2.code).toBe(0);
      rmSync(join(dir2, 'filings'), { recursive: true });
      const r3 = runDistCli(['evidence', dir2, '--filing-id', '2026-11-30', '--now', '2026-11-30']);
      expect(r3.code).toBe(2);
      expect(r3.stderr).toMatch(/filings\/2026-11-27\/sbom\.cdx\.json' does not exist/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
