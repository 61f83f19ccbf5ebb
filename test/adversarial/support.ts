/**
 * Shared set-up of the adversarial suite: a compliance repository with one filed product that passes every
 * rule, written to a temporary folder with any file replaced by hostile content (text, raw bytes or a
 * symbolic link), and the real pipeline run on it in-process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import type { Finding } from '../../src/core/finding.js';
import { UsageError } from '../../src/core/errors.js';
import { runCheck, type CheckOutcome } from '../../src/pipeline/run-check.js';
import { readSbom, sbomDigest } from '../../src/sbom/index.js';
import { passingProductFiles } from '../support/temp-repo.js';

/** The day every adversarial check is judged as of: the passing product passes on it. */
export const NOW = '2026-11-20';
export const PRODUCT_ID = 'cam-x1';
export const PRODUCT_DIR = `products/${PRODUCT_ID}`;
export const PRODUCT_FILE = `${PRODUCT_DIR}/product.yaml`;
export const FILING_FILE = `${PRODUCT_DIR}/filing.yaml`;
export const SBOM_FILE = `${PRODUCT_DIR}/sbom.cdx.json`;
export const CONFIG_FILE = '.labelguard.yml';

/** A file of a test repository: text, raw bytes, a symbolic link to a target, or a FIFO (named pipe). */
export type Content = string | Buffer | { symlink: string } | { fifo: true };
export type Files = Record<string, Content>;

/** A filing record for the passing product whose registered baseline is the product as it is now. */
export function filingText(sbomText = passingProductFiles(PRODUCT_ID)[SBOM_FILE] as string): string {
  const read = readSbom(sbomText, SBOM_FILE);
  if (!read.ok) throw new Error('the passing product’s SBOM does not read');
  return stringify({
    product: PRODUCT_ID,
    scheme: 'cn-ccl',
    status: 'granted',
    label: {
      producer: 'Acme Vision Co., Ltd.',
      model: 'CAM-X1',
      stars: 3,
      valid_until: '2029-07-19',
      lab: 'Acme Security Lab',
      standard: 'TC260 practice guide for consumer network cameras (2026)',
      filing_code: 'CCL-2026-000123',
    },
    verification_url: 'https://filing.example.cn/ccl/CCL-2026-000123',
    baseline: {
      filing_id: '2026-07-15',
      hardware: { revision: 'B2' },
      firmware: {
        version: '2.4.1',
        image_sha256: '1f0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8',
      },
      sbom: {
        file: 'filings/2026-07-15/sbom.cdx.json',
        digest: sbomDigest(read.sbom),
      },
    },
  });
}

/** The files of a repository holding one passing, filed product. */
export function baseFiles(): Files {
  const files: Files = { ...(passingProductFiles(PRODUCT_ID) as Record<string, string>) };
  files[FILING_FILE] = filingText();
  files[`${PRODUCT_DIR}/filings/2026-07-15/sbom.cdx.json`] = files[SBOM_FILE] as string;
  return files;
}

const temps: string[] = [];

/** A fresh temporary folder, removed by {@link removeRepos}. */
export function tempDir(prefix = 'labelguard-adversarial-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** Write the files into a fresh temporary folder (or into `dir`), removed by {@link removeRepos}. */
export function writeRepo(files: Files, dir = tempDir()): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === 'string' || Buffer.isBuffer(content)) writeFileSync(full, content);
    else if ('fifo' in content) execFileSync('mkfifo', [full]);
    else symlinkSync(content.symlink, full);
  }
  return dir;
}

/** Remove every folder {@link tempDir} and {@link writeRepo} made. */
export function removeRepos(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** What a check of a hostile repository came to: a report, or labelguard refusing to run (exit 2). */
export type CheckResult =
  | { kind: 'report'; outcome: CheckOutcome; findings: Finding[] }
  | { kind: 'usage-error'; error: UsageError };

/**
 * Run the whole check in-process on the base repository with `changes` applied (a `null` deletes a file).
 * Anything but a report or a UsageError — an exception escaping the pipeline — fails the test.
 */
export async function checkWith(changes: Record<string, Content | null>, now = NOW): Promise<CheckResult> {
  const files = { ...baseFiles() };
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) delete files[path];
    else files[path] = content;
  }
  const dir = writeRepo(files);
  try {
    const outcome = await runCheck({ dir, now });
    const r = outcome.report;
    return { kind: 'report', outcome, findings: [...r.findings, ...r.products.flatMap((p) => p.findings)] };
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage-error', error: e };
    throw e;
  }
}

/** What a case declares it must come to: a located finding, an exit-2 refusal, or a clean read. */
export type Expected =
  /** An error finding with this rule at this place (a product that fails, the others still judged). */
  | { kind: 'finding'; rule: string; file: string; line?: number; column?: number; message: RegExp }
  /** A finding of one of these rules, of any severity (e.g. a schema warning on data that was read). */
  | { kind: 'flagged'; rules: string[]; file: string; message: RegExp }
  /** labelguard refuses to run: exit code 2 with located details. */
  | { kind: 'usage-error'; message: RegExp; detail?: RegExp }
  /** A report, whatever it says (the case checks the rest itself). */
  | { kind: 'completes' }
  /** A report without any error: the input is harmless and read as written. */
  | { kind: 'passes' };

/** Assert the declared outcome, with the whole result in the failure message. */
export function assertExpected(result: CheckResult, expected: Expected): void {
  const shown = JSON.stringify(
    result.kind === 'report'
      ? result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`)
      : { usage: result.error.message, details: result.error.details },
    null,
    1,
  ).slice(0, 4000);
  if (expected.kind === 'usage-error') {
    expect(result.kind, shown).toBe('usage-error');
    if (result.kind !== 'usage-error') return;
    expect(result.error.message).toMatch(expected.message);
    if (expected.detail) expect(result.error.details.join('\n')).toMatch(expected.detail);
    return;
  }
  expect(result.kind, shown).toBe('report');
  if (result.kind !== 'report') return;
  if (expected.kind === 'completes') return;
  if (expected.kind === 'flagged') {
    const hit = result.findings.find(
      (f) => expected.rules.includes(f.ruleId) && f.file === expected.file && expected.message.test(f.message),
    );
    expect(hit, `expected one of ${expected.rules.join(', ')} on ${expected.file} in ${shown}`).toBeDefined();
    return;
  }
  if (expected.kind === 'passes') {
    expect(result.outcome.report.summary.blocking, shown).toBe(0);
    expect(result.findings.filter((f) => f.severity === 'error'), shown).toEqual([]);
    return;
  }
  const match = result.findings.find(
    (f) =>
      f.ruleId === expected.rule &&
      f.file === expected.file &&
      (expected.line === undefined || f.line === expected.line) &&
      (expected.column === undefined || f.column === expected.column) &&
      expected.message.test(f.message),
  );
  expect(match, `expected ${JSON.stringify({ ...expected, message: String(expected.message) })} in ${shown}`).toBeDefined();
  // A located error is an error the check acts on, never a warning that lets a product pass.
  expect(match?.severity).toBe('error');
  expect(match?.hint ?? '', 'every problem says what to do').not.toBe('');
}

/** The Object prototype is untouched: no input may add a property to every object. */
export function assertPrototypesClean(): void {
  for (const key of ['polluted', 'isAdmin', 'x']) {
    expect((Object.prototype as Record<string, unknown>)[key], key).toBeUndefined();
    expect(({} as Record<string, unknown>)[key], key).toBeUndefined();
  }
}

/** Track that every declared case ran: call `ran(id)` in each case, `assertAllRan(ids)` after all. */
export function caseTracker() {
  const seen = new Set<string>();
  return {
    ran: (id: string) => seen.add(id),
    assertAllRan: (ids: readonly string[]) => expect([...seen].sort()).toEqual([...ids].sort()),
  };
}
