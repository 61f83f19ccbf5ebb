/**
 * The example's ONVIF change (the AVC-C120W firmware 5.3.0 in product.yaml and the SBOM, not in the change
 * log) from a reviewer's and a product team's side, through the built CLI and the built action: one change
 * set in a short comment, a pasteable entry, `labelguard record`, and a gate that accepts a pending refiling
 * on main but not on a release branch.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplates, prepareLabelRenderer } from '../../src/pipeline/evidence-assets.js';
import { bundleCheck, evidenceFor } from '../../src/pipeline/evidence.js';
import { runCheck } from '../../src/pipeline/run-check.js';
import { planRefiling } from '../../src/refiling/index.js';
import { exampleRepo, runDistCli } from '../support/dist.js';
import { visiblePart } from '../report/visible.js';
import {
  COMMENT_ONLY,
  describeRun,
  exampleFiles,
  makeChangeRepo,
  markedComments,
  openPullRequest,
  removeTemps,
  runOnPullRequest,
  startGitHub,
  tempDir,
  type FileChange,
} from './support.js';

// The label PNG renderer starts asynchronously, as the shells start it before generating evidence.
await prepareLabelRenderer();

afterAll(removeTemps);

const FILING = 'products/avc-c120w/filing.yaml';
const DAY = '2026-11-26';
const inputs = { ...COMMENT_ONLY, now: DAY };

/** Run the built action on a pull request making `change`, targeting `baseRef`. */
async function pullRequest(change: FileChange, baseRef = 'main') {
  const repo = makeChangeRepo(change);
  const gh = await startGitHub();
  try {
    const number = openPullRequest(gh, repo);
    const result = await runOnPullRequest(gh, repo, number, { workspace: repo.dir, inputs, baseRef });
    return { result, comments: markedComments(gh, number).map((c) => c.body) };
  } finally {
    await gh.close();
  }
}

/** A copy of the example where the built `labelguard record` has run with `args`. */
function recorded(...args: string[]) {
  const dir = tempDir('labelguard-record-');
  cpSync(exampleRepo, dir, { recursive: true });
  const r = runDistCli(['record', 'products/avc-c120w', '--now', DAY, ...args], dir);
  return { dir, r, filing: readFileSync(join(dir, FILING), 'utf8') };
}

describe('a pull request touching the camera without recording the ONVIF change', () => {
  it('fails on main with one change set for ONVIF in a comment whose visible part is short', async () => {
    const filing = `${exampleFiles()[FILING]!}\n# reviewed\n`;
    const { result, comments } = await pullRequest({ [FILING]: filing });
    expect(result.code, describeRun(result)).toBe(1);
    // ONVIF, and the mbedTLS 2.28 → 3.6 major upgrade (a crypto library major version is material at ★).
    expect(result.outputs['unrecorded-count']).toBe('2');
    expect(comments).toHaveLength(1);
    const visible = visiblePart(comments[0]!);
    expect(visible.length).toBeLessThan(4000);
    expect(visible.match(/acme-onvifd 1\.0\.0 added: services onvif:80, ws-discovery:3702/g)).toHaveLength(1);
    expect(visible).toContain('(7 differences) — **material, not recorded**');
    expect(visible).toContain('`labelguard record` `products/avc-c120w`');
  });
});

describe('the text report of the built CLI', () => {
  it('holds a change-log entry that records the change when pasted as is', () => {
    const dir = tempDir('labelguard-paste-');
    cpSync(exampleRepo, dir, { recursive: true });
    const before = runDistCli(['check', '--repo', dir, '--now', DAY, '--product', 'avc-c120w']);
    expect(before.code).toBe(1);
    const lines = before.stdout.split('\n');
    const start = lines.findIndex((l) => l.startsWith('    record: run `labelguard record'));
    const block = lines.slice(start + 2, lines.indexOf('', start + 2)).join('\n');
    // Pasted under `changes:`, after the existing entries, without touching its indentation.
    const pasted = `${readFileSync(join(dir, FILING), 'utf8').trimEnd()}\n${block}\n`;
    const entries = (parse(pasted) as { changes: { id: string; fingerprints: string[] }[] }).changes;
    expect(entries.map((e) => e.id)).toEqual([
      'CHG-2026-014',
      ...Array.from({ length: entries.length - 1 }, (_, i) => `CHG-2026-${String(15 + i).padStart(3, '0')}`),
    ]);
    writeFileSync(join(dir, FILING), pasted);
    const after = runDistCli(['check', '--repo', dir, '--now', DAY, '--product', 'avc-c120w']);
    expect(after.stdout).not.toContain('UNRECORDED');
    expect(after.stdout).not.toContain('record: run');
  });

  it('lists every member with --verbose', () => {
    const r = runDistCli([
      'check',
      '--repo',
      exampleRepo,
      '--now',
      DAY,
      '--product',
      'avc-c120w',
      '--verbose',
    ]);
    expect(r.stdout).toContain('        member  material  service.added onvif:80');
    expect(r.stdout).toContain('        member  record  sbom.component.added gsoap (pkg:generic/gsoap)');
  });
});

/** The fingerprint of the mbedTLS major upgrade, the example's other unrecorded material change. */
function mbedtlsFingerprint(): string {
  const r = runDistCli([
    'check',
    '--repo',
    exampleRepo,
    '--now',
    DAY,
    '--product',
    'avc-c120w',
    '--format',
    'json',
  ]);
  const report = JSON.parse(r.stdout) as {
    products: { changes: { subject: string; fingerprint: string }[] }[];
  };
  return report.products[0]!.changes.find((c) => c.subject.startsWith('mbedtls '))!.fingerprint;
}

describe('labelguard record, then the same pull request', () => {
  const { r, filing } = recorded('--change', 'CHG-2026-017', '--change', mbedtlsFingerprint());

  it('writes the ONVIF change set as one entry and keeps the rest of filing.yaml byte for byte', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('recorded CHG-2026-017 (material, 7 fingerprints)');
    const original = exampleFiles()[FILING]!;
    expect(filing.startsWith(original.trimEnd())).toBe(true);
    expect(filing.slice(original.trimEnd().length)).toMatch(/^\n {2}- id: CHG-2026-017\n/);
  });

  it('passes on main, which accepts a pending refiling', async () => {
    const { result } = await pullRequest({ [FILING]: filing });
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', 'unrecorded-count': '0' });
  });

  it('still blocks a release branch, where the label must match the product', async () => {
    const { result, comments } = await pullRequest({ [FILING]: filing }, 'release/5.3');
    expect(result.code, describeRun(result)).toBe(1);
    expect(comments[0]).toContain('policy.refiling-pending');
  });

  it('refuses to record a change below the classification of the pack', () => {
    const low = recorded('--change', 'CHG-2026-017', '--classification', 'record');
    expect(low.r.code).toBe(2);
    expect(low.r.stderr).toContain('--classification record is below');
  });
});

describe('the refiling pull request labelguard opens for the change', () => {
  it("passes labelguard's own check on its branch", async () => {
    const outcome = await runCheck({ dir: exampleRepo, now: DAY });
    const product = outcome.repo.products.find((p) => p.id === 'avc-c120w')!;
    const report = outcome.report.products.find((p) => p.id === 'avc-c120w')!;
    const changes = report.changes!.filter((c) => !c.recorded && c.classification !== 'none');
    const bundle = evidenceFor(product, changes, {
      templates: loadTemplates(),
      filingId: DAY,
      check: bundleCheck(product, outcome.packs.packs, report.changes!, DAY),
    });
    const sha = '7d3f0c1a9b2e4d5c6f708192a3b4c5d6e7f80912';
    const plan = planRefiling(
      {
        productId: product.id,
        productDir: product.dir,
        scheme: 'cn-ccl',
        changes,
        changeSets: report.changeSets!,
        bundle,
        filingId: DAY,
        filingText: product.filingText!,
      },
      { branch: 'main', sha },
    );
    const files: FileChange = {};
    for (const f of plan.files) if (typeof f.content === 'string') files[f.path] = f.content;
    const { result } = await pullRequest(files);
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.outputs['unrecorded-count']).toBe('0');
  });
});
