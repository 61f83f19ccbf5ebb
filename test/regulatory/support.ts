// A filed camera in a temporary compliance repository, changed step by step and judged by the built CLI
// (dist/cli.js), as a user runs it. The product starts from the rule packs' base fixture (it meets every
// built-in rule), is registered in filing.yaml with its SBOM, and then edited like a real release.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readSbom, sbomDigest } from '../../src/sbom/index.js';
import { runDistCli } from '../support/dist.js';
import { makeTempRepo, passingProductFiles } from '../support/temp-repo.js';

/** The parts of the documents these tests edit, typed; everything else passes through. */
export interface ReportDoc {
  file: string;
  sha256: string;
  date: string;
  lab: string;
  report_number?: string;
  lab_qualification?: { cma_certificate: string; cnas?: string };
  covers: { firmware_versions: string[]; hardware_revisions: string[] };
}
export interface ProductDoc {
  id: string;
  model: string;
  category: string;
  labels: { scheme: string; stars: number }[];
  manufacturer: { name: string; [k: string]: unknown };
  hardware: { revision: string; [k: string]: unknown };
  firmware: { version: string; image_sha256: string };
  security: {
    network_services: Record<string, unknown>[];
    debug_interfaces: { name: string; state: string }[];
    crypto: { library?: string; [k: string]: unknown };
    [k: string]: unknown;
  };
  evidence: { test_report: ReportDoc; pentest_report: ReportDoc; [k: string]: unknown };
  [k: string]: unknown;
}
export interface FilingDoc {
  changes?: Record<string, unknown>[];
  [k: string]: unknown;
}
export interface SbomComponent {
  type: string;
  name: string;
  version?: string;
  purl?: string;
  cpe?: string;
  [k: string]: unknown;
}
export interface SbomDoc {
  metadata: { component: { version: string; [k: string]: unknown }; [k: string]: unknown };
  components: SbomComponent[];
  [k: string]: unknown;
}

export interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  hint?: string;
  blocking: boolean;
  line: number;
  file: string;
}
export interface Change {
  kind: string;
  subject: string;
  classification: string;
  classId: string;
  recorded: boolean;
  fingerprint: string;
}

export interface FiledCamera {
  dir: string;
  cleanup(): void;
  read(rel: string): string;
  write(rel: string, text: string): void;
  product(edit?: (p: ProductDoc) => void): ProductDoc;
  filing(edit?: (f: FilingDoc) => void): FilingDoc;
  sbom(edit?: (s: SbomDoc) => void): SbomDoc;
  /** `labelguard check --format json`, with the product's findings and changes. */
  check(args?: string[]): { code: number | null; findings: Finding[]; changes: Change[]; stderr: string };
  /** Record every change labelguard reports as unrecorded in one change-log entry. */
  record(id: string, classification: 'record' | 'material', status?: string): void;
  git(...args: string[]): string;
  commit(message: string): void;
}

const productDir = 'products/cam-x1';

/** A ★..★★★ camera (firmware `firmware`, OpenSSL `openssl`) filed with exactly that state. */
export function filedCamera(
  opts: { stars?: number; firmware?: string; openssl?: string; now?: string; config?: string } = {},
): FiledCamera {
  const firmware = opts.firmware ?? '2.4.6';
  const openssl = opts.openssl ?? '3.0.16';
  const repo = makeTempRepo({
    ...passingProductFiles('cam-x1'),
    '.labelguard.yml': opts.config ?? 'packs: [cn-ccl]\n',
  });
  const path = (rel: string) => join(repo.dir, rel);
  const read = (rel: string) => readFileSync(path(rel), 'utf8');
  const write = (rel: string, text: string) => writeFileSync(path(rel), text);
  const yamlDoc =
    <T>(rel: string) =>
    (edit?: (d: T) => void): T => {
      const d = parse(read(rel)) as T;
      if (edit) {
        edit(d);
        write(rel, stringify(d));
      }
      return d;
    };
  const product = yamlDoc<ProductDoc>(`${productDir}/product.yaml`);
  const filing = yamlDoc<FilingDoc>(`${productDir}/filing.yaml`);
  const sbom = (edit?: (s: SbomDoc) => void): SbomDoc => {
    const s = JSON.parse(read(`${productDir}/sbom.cdx.json`)) as SbomDoc;
    if (edit) {
      edit(s);
      write(`${productDir}/sbom.cdx.json`, `${JSON.stringify(s, null, 2)}\n`);
    }
    return s;
  };

  // The product as filed.
  sbom((s) => {
    s.metadata.component.version = firmware;
    const ssl = component(s, 'openssl');
    ssl.version = openssl;
    ssl.purl = `pkg:generic/openssl@${openssl}`;
    ssl.cpe = `cpe:2.3:a:openssl:openssl:${openssl}:*:*:*:*:*:*:*`;
  });
  const p = product((m) => {
    m.labels = [{ scheme: 'cn-ccl', stars: opts.stars ?? 3 }];
    m.firmware.version = firmware;
    m.evidence.test_report.covers.firmware_versions = [firmware];
    m.evidence.test_report.report_number = 'TR-2026-031';
    m.evidence.pentest_report.covers.firmware_versions = [firmware];
  });
  const registered = `${productDir}/filings/2026-07-15/sbom.cdx.json`;
  const sbomText = read(`${productDir}/sbom.cdx.json`);
  execFileSync('mkdir', ['-p', path(`${productDir}/filings/2026-07-15`)]);
  write(registered, sbomText);
  const inventory = readSbom(sbomText, registered);
  if (!inventory.ok) throw new Error('the fixture SBOM does not read');
  write(
    `${productDir}/filing.yaml`,
    stringify({
      product: 'cam-x1',
      scheme: 'cn-ccl',
      status: 'granted',
      status_since: '2026-07-20',
      filed_at: '2026-07-15',
      agency: 'CESI',
      label: {
        producer: p.manufacturer.name,
        model: p.model,
        stars: opts.stars ?? 3,
        valid_from: '2026-07-20',
        valid_until: '2028-07-19',
        lab: p.evidence.test_report.lab,
        standard: 'TC260 practice guide for consumer network cameras (2026)',
        filing_code: 'CCL-2026-000123',
      },
      verification_url: 'https://filing.example.cn/ccl/CCL-2026-000123',
      baseline: {
        filing_id: '2026-07-15',
        model: p.model,
        category: p.category,
        producer: p.manufacturer.name,
        lab: p.evidence.test_report.lab,
        standard: 'TC260 practice guide for consumer network cameras (2026)',
        stars: opts.stars ?? 3,
        hardware: p.hardware,
        firmware: p.firmware,
        security: p.security,
        sbom: { file: 'filings/2026-07-15/sbom.cdx.json', digest: sbomDigest(inventory.sbom) },
      },
    }),
  );

  const check = (args: string[] = []) => {
    const r = runDistCli([
      'check',
      '--repo',
      repo.dir,
      '--format',
      'json',
      '--now',
      opts.now ?? '2026-08-20',
      ...args,
    ]);
    let report: { products?: { findings: Finding[]; changes?: Change[] }[] } = {};
    try {
      report = JSON.parse(r.stdout) as typeof report;
    } catch {
      throw new Error(`check gave no JSON (exit ${r.code}): ${r.stderr}`);
    }
    const prod = report.products?.[0];
    return { code: r.code, findings: prod?.findings ?? [], changes: prod?.changes ?? [], stderr: r.stderr };
  };
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
      { cwd: repo.dir, encoding: 'utf8' },
    );
  return {
    dir: repo.dir,
    cleanup: repo.cleanup,
    read,
    write,
    product,
    filing,
    sbom,
    check,
    record(id, classification, status = 'recorded') {
      const unrecorded = check().changes.filter((c) => !c.recorded && c.classification !== 'none');
      if (unrecorded.length === 0) throw new Error('nothing to record');
      filing((f) => {
        f.changes = [
          ...(f.changes ?? []),
          {
            id,
            summary: `Recorded ${unrecorded.map((c) => c.subject).join(', ')}`,
            fingerprints: unrecorded.map((c) => c.fingerprint),
            classification,
            status,
            justification: 'Reviewed by the compliance lead.',
            approver: 'Chen Yue',
            date: '2026-08-18',
          },
        ];
      });
    },
    git,
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
  };
}

/** The firmware security patch of the issue: 2.4.6 → 2.4.7 with OpenSSL 3.0.16 → 3.0.17. */
export function shipSecurityPatch(cam: FiledCamera): void {
  cam.product((p) => {
    p.firmware.version = '2.4.7';
    p.firmware.image_sha256 = 'b'.repeat(64);
  });
  cam.sbom((s) => {
    s.metadata.component.version = '2.4.7';
    const ssl = component(s, 'openssl');
    ssl.version = '3.0.17';
    ssl.purl = 'pkg:generic/openssl@3.0.17';
    ssl.cpe = 'cpe:2.3:a:openssl:openssl:3.0.17:*:*:*:*:*:*:*';
  });
}

/** The SBOM component of that name (the fixture has it). */
export function component(s: SbomDoc, name: string): SbomComponent {
  const c = s.components.find((x) => x.name === name);
  if (!c) throw new Error(`the fixture SBOM has no ${name}`);
  return c;
}
