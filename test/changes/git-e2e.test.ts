// End to end: real git repositories in temporary folders, the CLI run in-process on a pull-request-like
// range (--base HEAD~1 --head HEAD). The registered baseline in filing.yaml is the reference for every
// label; the git range only says which products the change touched. They need `check` to run change
// detection as a product stage (detectChanges with the built-in packs' changes.yaml).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../../src/cli/main.js';
import type { DetectedChange } from '../../src/core/change.js';
import { detectChanges } from '../../src/changes/index.js';
import {
  bumpComponent,
  cnCcl,
  fixture,
  type Fixture,
  load,
  parts,
  productFiles,
  security,
  writeFiles,
} from './support.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function git(dir: string, ...args: string[]): void {
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: dir,
      stdio: 'pipe',
    },
  );
}

/** A repository whose first commit is the registered product and whose second commit is `edit` applied. */
function repoWithChange(edit: (f: Fixture) => void, config: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'labelguard-e2e-'));
  dirs.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  // Gate on unrecorded material changes only, so these tests see change detection and nothing else.
  writeFileSync(
    join(dir, '.labelguard.yml'),
    stringify({ policy: { fail_on: 'unrecorded-material' }, ...config }),
  );
  writeFiles(join(dir, 'products', 'cam-a'), productFiles(fixture()));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'register cam-a');
  const f = fixture();
  edit(f);
  writeFiles(join(dir, 'products', 'cam-a'), productFiles(f));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'change cam-a');
  return dir;
}

interface JsonReport {
  products: {
    id: string;
    changes?: DetectedChange[];
    findings: { ruleId: string; severity: string; blocking: boolean }[];
  }[];
  summary: { unrecorded: number; blocking: number };
}

async function check(
  dir: string,
  ...extra: string[]
): Promise<{ code: number; report: JsonReport; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    cwd: dir,
    today: '2026-11-26',
  };
  const code = await runCli(
    [
      'check',
      '--repo',
      dir,
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--format',
      'json',
      '--now',
      '2026-11-26',
      ...extra,
    ],
    io,
  );
  return { code, report: JSON.parse(stdout || '{}') as JsonReport, stderr };
}

const addOnvif = (f: Fixture) => {
  f.product.firmware = { version: '2.2.0', image_sha256: 'd'.repeat(64) };
  security(f).network_services.push({
    name: 'onvif',
    port: 80,
    protocol: 'tcp',
    auth_required: true,
    encrypted: false,
    component: 'acme-onvifd',
  });
  bumpComponent(f.sbom, 'ac200-firmware', '2.2.0', 'd');
  f.sbom.components.push({
    type: 'application',
    name: 'acme-onvifd',
    version: '1.0.0',
    purl: 'pkg:generic/acme/acme-onvifd@1.0.0',
  });
};

const changesOf = (r: JsonReport) => r.products.find((p) => p.id === 'cam-a')?.changes ?? [];
const findingIds = (r: JsonReport) =>
  (r.products.find((p) => p.id === 'cam-a')?.findings ?? []).map((f) => f.ruleId).sort();

describe('labelguard check on a pull request range', () => {
  it('fails a firmware update that adds a network service and is not recorded', async () => {
    const dir = repoWithChange(addOnvif);
    const { code, report, stderr } = await check(dir);
    expect(stderr).toBe('');
    const service = changesOf(report).find((c) => c.kind === 'service.added');
    expect(service).toMatchObject({
      subject: 'onvif:80',
      classification: 'material',
      recorded: false,
      classId: 'fw-new-network-service',
    });
    expect(findingIds(report)).toContain('change.unrecorded');
    expect(report.summary.unrecorded).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  it('passes the same update when the change log records every difference it makes', async () => {
    // The fingerprints a refiling pull request would write: detected from the same change, not typed in.
    const probe = fixture();
    addOnvif(probe);
    const fingerprints = detectChanges((await load(probe)).product, cnCcl()).changes.map(
      (c) => c.fingerprint,
    );
    const dir = repoWithChange((f) => {
      addOnvif(f);
      f.filing.changes = [
        {
          id: 'CHG-2026-020',
          summary: 'Firmware 2.2.0 adds ONVIF',
          fingerprints,
          classification: 'material',
          status: 'refiling-submitted',
        },
      ];
    });
    const { code, report } = await check(dir);
    const changes = changesOf(report);
    expect(changes.length).toBeGreaterThan(0);
    expect(
      changes
        .filter((c) => c.classification !== 'none')
        .every((c) => c.recorded && c.changeLogId === 'CHG-2026-020'),
    ).toBe(true);
    expect(findingIds(report).filter((id) => id.startsWith('change.'))).toEqual([]);
    expect(code).toBe(0);
  });

  it('fails a pull request that records its own material change as record', async () => {
    const probe = fixture();
    addOnvif(probe);
    const fingerprints = detectChanges((await load(probe)).product, cnCcl()).changes.map(
      (c) => c.fingerprint,
    );
    const dir = repoWithChange((f) => {
      addOnvif(f);
      f.filing.changes = [
        {
          id: 'CHG-2026-021',
          summary: 'Firmware 2.2.0',
          fingerprints,
          classification: 'record',
          status: 'recorded',
        },
      ];
    });
    const { code, report } = await check(dir);
    const cam = report.products.find((p) => p.id === 'cam-a')!;
    expect(cam.findings.filter((f) => f.ruleId === 'change.entry-classification')).toEqual(
      expect.arrayContaining([expect.objectContaining({ severity: 'error', blocking: true })]),
    );
    expect(findingIds(report)).toContain('change.material-not-refiled');
    expect(report.summary.blocking).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  it('passes that entry when the policy overrides exactly those changes, with a justification', async () => {
    const probe = fixture();
    addOnvif(probe);
    const detected = detectChanges((await load(probe)).product, cnCcl()).changes;
    const material = detected.filter((c) => c.classification === 'material');
    expect(material.length).toBeGreaterThan(0);
    // The override is policy: in the base the change is judged with (as after a reviewed policy pull
    // request), never added by the change itself.
    const overrides = [...new Set(material.map((c) => c.classId))].map((classId) => ({
      product: 'cam-a',
      change: classId,
      classification: 'record',
      justification: 'CESI confirmed in writing that this service is covered by the filing',
      approver: 'alice',
      fingerprints: material.filter((c) => c.classId === classId).map((c) => c.fingerprint),
    }));
    const dir = repoWithChange(
      (f) => {
        addOnvif(f);
        f.filing.changes = [
          {
            id: 'CHG-2026-022',
            summary: 'Firmware 2.2.0',
            fingerprints: detected.map((c) => c.fingerprint),
            classification: 'record',
            status: 'recorded',
          },
        ];
      },
      { classification: overrides },
    );
    const { code, report } = await check(dir, '--base', 'HEAD~1');
    expect(findingIds(report).filter((id) => id.startsWith('change.'))).toEqual([]);
    expect(changesOf(report).filter((c) => c.classification === 'material')).toEqual([]);
    expect(code).toBe(0);
  });

  it('says plainly that the CLI could not verify the approval of an override the change adds', async () => {
    const dir = repoWithChange((f) => bumpComponent(f.sbom, 'mbedtls', '3.6.1'));
    writeFileSync(
      join(dir, '.labelguard.yml'),
      stringify({
        policy: { fail_on: 'unrecorded-material' },
        classification: [
          {
            change: 'fw-security-patch',
            classification: 'none',
            justification: 'no re-test for security fixes',
            approver: 'Chen Yue (@chenyue-av)',
          },
        ],
      }),
    );
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'policy: override');
    const { report } = await check(dir);
    const found = (report as unknown as { findings: { ruleId: string; severity: string; message: string }[] })
      .findings;
    expect(found.filter((f) => f.ruleId.startsWith('policy.approv'))).toEqual([
      {
        ...found.find((f) => f.ruleId === 'policy.approval-unverified'),
        severity: 'warning',
        message:
          "the approval of Chen Yue (@chenyue-av) for the classification override of 'fw-security-patch' to none could not be verified: the CLI does not read pull-request reviews (the action does)",
      },
    ]);
  });

  it('classifies a TLS library patch bump as record, a warning that does not fail the check', async () => {
    const dir = repoWithChange((f) => bumpComponent(f.sbom, 'mbedtls', '3.6.1'));
    const { code, report } = await check(dir);
    expect(changesOf(report)).toMatchObject([
      {
        kind: 'sbom.component.changed',
        classification: 'record',
        classId: 'crypto-library-patch',
        from: '3.6.0',
        to: '3.6.1',
        recorded: false,
      },
    ]);
    expect(findingIds(report).filter((id) => id.startsWith('change.'))).toEqual(['change.unrecorded-record']);
    expect(code).toBe(0);
  });

  it('fails a new hardware revision with a new SoC as a material change', async () => {
    const dir = repoWithChange((f) => {
      f.product.hardware.revision = 'AC200-MB-V2.0';
      parts(f)[0]!.mpn = 'T40N';
    });
    const { code, report } = await check(dir);
    expect(changesOf(report).map((c) => [c.kind, c.classification, c.classId])).toEqual([
      ['hardware.part.changed', 'material', 'hw-security-part-changed'],
      ['hardware.revision', 'material', 'hw-revision-security-parts'],
    ]);
    expect(code).toBe(1);
  });

  it('flags the same firmware version rebuilt with a different image hash', async () => {
    const dir = repoWithChange((f) => {
      f.product.firmware.image_sha256 = 'b'.repeat(64);
      f.sbom.components[0]!.hashes = [{ alg: 'SHA-256', content: 'b'.repeat(64) }];
    });
    const { code, report } = await check(dir);
    const rebuilt = changesOf(report).filter((c) => c.classId === 'fw-rebuilt-same-version');
    expect(rebuilt.map((c) => c.kind).sort()).toEqual(['firmware.image', 'sbom.component.changed']);
    expect(rebuilt.every((c) => c.classification === 'material' && !c.recorded)).toBe(true);
    expect(code).toBe(1);
  });

  it('judges a touched product against its registered baseline, not against the git base', async () => {
    // Commit 2 ships an unrecorded release; commit 3 only edits a note in the product folder. The range
    // HEAD~1..HEAD holds no firmware change, yet the label is still untrue: the release is reported.
    const dir = repoWithChange(addOnvif);
    writeFileSync(join(dir, 'products', 'cam-a', 'NOTES.md'), 'Release notes moved to the wiki.\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'note');
    const { code, report } = await check(dir);
    expect(changesOf(report).some((c) => c.kind === 'service.added' && !c.recorded)).toBe(true);
    expect(code).toBe(1);
  });
});
