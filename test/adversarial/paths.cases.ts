/**
 * File references that try to leave the repository: `..`, absolute and drive paths, backslashes, NUL
 * bytes, symbolic links out of the repository (in the working tree and committed to git), loops, and
 * globs or configuration paths outside. Each is refused at the line of the reference, and nothing outside
 * the repository is read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../src/core/errors.js';
import { runCheck } from '../../src/pipeline/run-check.js';
import { lineOf, type DeclaredCase } from './declared.js';
import {
  baseFiles,
  CONFIG_FILE,
  FILING_FILE,
  NOW,
  PRODUCT_DIR,
  PRODUCT_FILE,
  SBOM_FILE,
  tempDir,
  writeRepo,
  type CheckResult,
  type Content,
  type Expected,
} from './support.js';

export interface PathCase extends DeclaredCase {
  /** The files to change in the base repository; or, for a case that needs more set-up, `run`. */
  changes?: () => Record<string, Content | null>;
  run?: () => Promise<CheckResult>;
  outcome: Expected;
}

const product = () => baseFiles()[PRODUCT_FILE] as string;
const filing = () => baseFiles()[FILING_FILE] as string;
const sbomLine = () => lineOf(product(), 'sbom: sbom.cdx.json');

/** A secret outside every test repository, which no case may read. */
function outsideFile(name = 'secret.json'): string {
  const dir = tempDir('labelguard-outside-');
  writeFileSync(join(dir, name), '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"library","name":"stolen"}]}');
  return join(dir, name);
}

/** product.yaml with its `sbom:` reference replaced (written as a JSON string, so any character fits). */
const withSbomRef = (ref: string) => ({
  [PRODUCT_FILE]: product().replace(/^sbom: sbom\.cdx\.json$/m, `sbom: ${JSON.stringify(ref)}`),
});

const escape = (file: string, line: number, message: RegExp): Expected => ({
  kind: 'finding',
  rule: 'data.path-escape',
  file,
  line,
  message,
});

/** Commit `files` to a new git repository and check its HEAD straight from git objects (no checkout). */
async function checkCommitted(files: Record<string, Content>): Promise<CheckResult> {
  const dir = writeRepo(files);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'data');
  try {
    const outcome = await runCheck({ dir, now: NOW, readFrom: 'head', head: 'HEAD' });
    const r = outcome.report;
    return { kind: 'report', outcome, findings: [...r.findings, ...r.products.flatMap((p) => p.findings)] };
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage-error', error: e };
    throw e;
  }
}

export const pathCases: PathCase[] = [
  {
    id: 'dot-dot',
    input: '`sbom: ../../../../etc/passwd`',
    expected: 'error `data.path-escape` "leaves the repository" at the `sbom:` line',
    changes: () => (withSbomRef('../../../../etc/passwd')),
    outcome: escape(PRODUCT_FILE, sbomLine(), /leaves the repository/),
  },
  {
    id: 'dot-dot-inside',
    input: '`sbom: ../cam-x1/sbom.cdx.json` (`..` that stays inside)',
    expected: 'read: the path is inside the repository',
    changes: () => (withSbomRef('../cam-x1/sbom.cdx.json')),
    outcome: { kind: 'passes' },
  },
  {
    id: 'dot-dot-after-name',
    input: '`sbom: sbom.cdx.json/../../../../../etc/passwd`',
    expected: 'error `data.path-escape` "leaves the repository"',
    changes: () => (withSbomRef('sbom.cdx.json/../../../../../etc/passwd')),
    outcome: escape(PRODUCT_FILE, sbomLine(), /leaves the repository/),
  },
  {
    id: 'absolute',
    input: '`sbom: /etc/passwd`',
    expected: 'error `data.path-escape` "is absolute"',
    changes: () => (withSbomRef('/etc/passwd')),
    outcome: escape(PRODUCT_FILE, sbomLine(), /is absolute/),
    dist: true,
  },
  {
    id: 'drive-letter',
    input: '`sbom: C:\\Windows\\win.ini`',
    expected: 'error `data.path-escape` "is absolute"',
    changes: () => (withSbomRef('C:\\Windows\\win.ini')),
    outcome: escape(PRODUCT_FILE, sbomLine(), /is absolute/),
  },
  {
    id: 'backslashes',
    input: '`sbom: ..\\..\\..\\..\\etc\\passwd`',
    expected: 'error `data.path-escape` "leaves the repository"',
    changes: () => (withSbomRef('..\\..\\..\\..\\etc\\passwd')),
    outcome: escape(PRODUCT_FILE, sbomLine(), /leaves the repository/),
  },
  {
    id: 'nul-byte',
    input: '`sbom: "sbom.cdx.json\\0../../etc/passwd"` (a NUL byte)',
    expected: 'error `data.path-escape` "contains a NUL byte"',
    changes: () => (withSbomRef('sbom.cdx.json\0../../etc/passwd')),
    outcome: escape(PRODUCT_FILE, sbomLine(), /contains a NUL byte/),
  },
  {
    id: 'blank',
    input: '`sbom: "   "`',
    expected: 'error `data.path-escape` "file reference is empty"',
    changes: () => (withSbomRef('   ')),
    outcome: escape(PRODUCT_FILE, sbomLine(), /file reference is empty/),
  },
  {
    id: 'very-long',
    input: 'a 5,000-character `sbom:` path',
    expected: 'error `data.missing-file` at the `sbom:` line (no ENAMETOOLONG crash)',
    changes: () => (withSbomRef(`${'a/'.repeat(2500)}sbom.json`)),
    outcome: { kind: 'finding', rule: 'data.missing-file', file: PRODUCT_FILE, line: sbomLine(), message: /does not exist/ },
  },
  {
    id: 'symlink-file-out',
    input: 'sbom.cdx.json is a symbolic link to a file outside the repository',
    expected: 'error `data.path-escape` "points outside the repository"; the target is not read',
    changes: () => ({ [SBOM_FILE]: { symlink: outsideFile() } }),
    outcome: escape(PRODUCT_FILE, sbomLine(), /symbolic link that points outside the repository/),
    dist: true,
  },
  {
    id: 'symlink-dir-out',
    input: '`sbom: vendor/secret.json` where `vendor` links to a folder outside',
    expected: 'error `data.path-escape` "points outside the repository"',
    changes: () => ({
      ...withSbomRef('vendor/secret.json'),
      [`${PRODUCT_DIR}/vendor`]: { symlink: join(outsideFile(), '..') },
    }),
    outcome: escape(PRODUCT_FILE, sbomLine(), /points outside the repository/),
  },
  {
    id: 'symlink-relative-out',
    input: 'sbom.cdx.json links to `../../../../../../../../tmp/…` (relative, outside)',
    expected: 'error `data.path-escape` "points outside the repository"',
    changes: () => ({ [SBOM_FILE]: { symlink: `../../../../../../../../../..${outsideFile()}` } }),
    outcome: escape(PRODUCT_FILE, sbomLine(), /points outside the repository/),
  },
  {
    id: 'symlink-manifest-out',
    input: 'product.yaml itself is a symbolic link to a manifest outside',
    expected: 'error `data.path-escape` at product.yaml:1:1; the outside manifest is not read',
    changes: () => {
      const outside = outsideFile('product.yaml');
      writeFileSync(outside, product().replace('model: CAM-X1', 'model: STOLEN'));
      return { [PRODUCT_FILE]: { symlink: outside } };
    },
    outcome: escape(PRODUCT_FILE, 1, /points outside the repository/),
  },
  {
    id: 'symlink-evidence-out',
    input: 'evidence/test-report.pdf links to a file outside',
    expected: 'error `data.path-escape` at `evidence.test_report.file`',
    changes: () => ({ [`${PRODUCT_DIR}/evidence/test-report.pdf`]: { symlink: outsideFile() } }),
    outcome: escape(PRODUCT_FILE, lineOf(product(), 'file: evidence/test-report.pdf'), /points outside/),
  },
  {
    id: 'symlink-loop',
    input: 'sbom.cdx.json → loop.json → sbom.cdx.json',
    expected: 'error `data.missing-file`; no hang',
    changes: () => ({
      [SBOM_FILE]: { symlink: 'loop.json' },
      [`${PRODUCT_DIR}/loop.json`]: { symlink: 'sbom.cdx.json' },
    }),
    outcome: { kind: 'finding', rule: 'data.missing-file', file: PRODUCT_FILE, line: sbomLine(), message: /does not exist/ },
  },
  {
    id: 'symlink-dangling',
    input: 'sbom.cdx.json links to a file that does not exist',
    expected: 'error `data.missing-file`',
    changes: () => ({ [SBOM_FILE]: { symlink: 'nowhere.json' } }),
    outcome: { kind: 'finding', rule: 'data.missing-file', file: PRODUCT_FILE, line: sbomLine(), message: /does not exist/ },
  },
  {
    id: 'filing-baseline-out',
    input: 'filing.yaml: `baseline.sbom.file: ../../../../etc/passwd`',
    expected: 'error `data.path-escape` in filing.yaml at that line',
    changes: () => ({ [FILING_FILE]: filing().replace(/file: filings\/2026-07-15\/sbom\.cdx\.json/, 'file: ../../../../etc/passwd') }),
    outcome: escape(FILING_FILE, lineOf(filing(), 'file: filings/2026-07-15/sbom.cdx.json'), /leaves the repository/),
  },
  {
    id: 'agent-document-out',
    input: 'product.yaml: `agent.authorization_doc: ../../../../etc/shadow`',
    expected: 'error `data.path-escape` at that line',
    changes: () => ({ [PRODUCT_FILE]: `${product()}agent:\n  name: Agent Co.\n  authorization_doc: ../../../../etc/shadow\n` }),
    outcome: escape(PRODUCT_FILE, product().split('\n').length + 2, /leaves the repository/),
  },
  {
    id: 'git-symlink-out',
    input: 'a committed symbolic link to `/etc/passwd`, read from git objects (the `pull_request_target` path)',
    expected: 'error `data.path-escape`; git objects only, nothing outside read',
    run: () => checkCommitted({ ...baseFiles(), [SBOM_FILE]: { symlink: '/etc/passwd' } }),
    outcome: escape(PRODUCT_FILE, sbomLine(), /points outside the repository/),
  },
  {
    id: 'git-symlink-relative-out',
    input: 'a committed symbolic link to `../../../x`, read from git objects',
    expected: 'error `data.path-escape`',
    run: () => checkCommitted({ ...baseFiles(), [SBOM_FILE]: { symlink: '../../../x.json' } }),
    outcome: escape(PRODUCT_FILE, sbomLine(), /points outside the repository/),
  },
  {
    id: 'glob-dot-dot',
    input: '.labelguard.yml: `products: ../*/product.yaml`',
    expected: 'exit 2: the glob must stay inside the repository',
    changes: () => ({ [CONFIG_FILE]: 'products: ../*/product.yaml\n' }),
    outcome: { kind: 'usage-error', message: /must be relative and stay inside the repository/ },
  },
  {
    id: 'glob-absolute',
    input: '.labelguard.yml: `products: /etc/*/product.yaml`',
    expected: 'exit 2: the glob must be relative',
    changes: () => ({ [CONFIG_FILE]: 'products: /etc/*/product.yaml\n' }),
    outcome: { kind: 'usage-error', message: /must be relative/ },
  },
  {
    id: 'config-outside',
    input: '`--config ../outside.yml` (a configuration outside the repository)',
    expected: 'exit 2 "not found": the file outside is not read',
    run: async () => {
      const parent = tempDir();
      const dir = join(parent, 'repo');
      mkdirSync(dir);
      writeRepo(baseFiles(), dir);
      writeFileSync(join(parent, 'outside.yml'), 'products: products/*/product.yaml\n');
      try {
        await runCheck({ dir, now: NOW, configPath: '../outside.yml' });
        throw new Error('the check ran with a configuration outside the repository');
      } catch (e) {
        if (e instanceof UsageError) return { kind: 'usage-error', error: e };
        throw e;
      }
    },
    outcome: { kind: 'usage-error', message: /configuration file '\.\.\/outside\.yml' not found/ },
  },
];
