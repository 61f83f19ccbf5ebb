import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { parse, stringify } from 'yaml';

/** Files of a repository: path → text content, or `{ symlink: target }`. */
export type RepoFiles = Record<string, string | { symlink: string }>;

/** Write files into a fresh temporary directory; returns its path and a cleanup function. */
export function makeTempRepo(files: RepoFiles): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'labelguard-test-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === 'string') writeFileSync(full, content);
    else symlinkSync(content.symlink, full);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file below `root` as text, by its path relative to `root` (with `/`): the reverse of {@link makeTempRepo}. */
export function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A small valid CycloneDX 1.6 SBOM of a camera. */
export function minimalSbom(model = 'AC-100', firmware = '1.0.0'): string {
  return `${JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      metadata: { component: { type: 'device', name: model, version: 'A1', 'bom-ref': 'device' } },
      components: [
        { type: 'firmware', name: 'acme-fw', version: firmware, 'bom-ref': 'fw' },
        {
          type: 'library',
          name: 'mbedtls',
          version: '3.6.0',
          purl: 'pkg:github/Mbed-TLS/mbedtls@3.6.0',
          'bom-ref': 'mbedtls',
        },
      ],
    },
    null,
    2,
  )}\n`;
}

export const testReportText = '# Test report TR-1\n';

/** A minimal valid product manifest, as an object to tweak before writing. */
export function minimalProduct(id = 'cam-a'): Record<string, unknown> {
  return {
    id,
    model: 'AC-100',
    category: 'consumer_network_camera',
    manufacturer: { name: 'Acme Vision Technology Co., Ltd.' },
    labels: [{ scheme: 'cn-ccl', stars: 1 }],
    hardware: { revision: 'A1' },
    firmware: { version: '1.0.0', image_sha256: 'a'.repeat(64) },
    sbom: 'sbom.cdx.json',
    evidence: {
      test_report: {
        file: 'evidence/test-report.md',
        sha256: sha256(testReportText),
        date: '2026-07-01',
        lab: 'Acme Lab',
      },
    },
  };
}

/** The files of one valid product folder. */
export function productFiles(
  id = 'cam-a',
  manifest: Record<string, unknown> = minimalProduct(id),
): RepoFiles {
  return {
    [`products/${id}/product.yaml`]: stringify(manifest),
    [`products/${id}/sbom.cdx.json`]: minimalSbom(),
    [`products/${id}/evidence/test-report.md`]: testReportText,
  };
}

const baseFixture = new URL('../fixtures/rules/base/', import.meta.url);

/**
 * The files of a product that meets every built-in rule (the rule packs' base fixture), with its
 * evidence files written and their SHA-256 recorded, so that a check on it passes as of 2026-11-20.
 */
export function passingProductFiles(id = 'cam-x1'): RepoFiles {
  const manifest = parse(readFileSync(new URL('product.yaml', baseFixture), 'utf8')) as Record<
    string,
    unknown
  > & {
    evidence: Record<string, { file: string; sha256: string }>;
  };
  manifest.id = id;
  const files: RepoFiles = {};
  for (const [key, doc] of Object.entries(manifest.evidence)) {
    const text = `# ${key.replace(/_/g, ' ')} of ${id}\n`;
    files[`products/${id}/${doc.file}`] = text;
    doc.sha256 = sha256(text);
  }
  files[`products/${id}/product.yaml`] = stringify(manifest);
  files[`products/${id}/sbom.cdx.json`] = readFileSync(new URL('sbom.cdx.json', baseFixture), 'utf8');
  return files;
}
