/**
 * A sample of the adversarial cases (those declared `dist: true`) through the built CLI, as a user or a CI
 * job runs it: `node dist/cli.js check --format json` for hostile data, `check` (text) for hostile strings
 * printed to a terminal or CI log, `evidence` for template syntax. The outcome is the one the case
 * declares for the in-process run.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDistCli } from '../support/dist.js';
import { configCases } from './config.cases.js';
import { EVIDENCE_PRODUCTS, payloadIn, readEvidence } from './evidence-text.js';
import { injectionCases } from './injection.cases.js';
import { pathCases } from './paths.cases.js';
import { hostileRepository } from './pipeline.js';
import { assertSafeTextReport } from './safe-output.js';
import { sbomCases, XML_SBOM_FILE } from './sbom.cases.js';
import {
  baseFiles,
  NOW,
  PRODUCT_FILE,
  removeRepos,
  SBOM_FILE,
  tempDir,
  writeRepo,
  type Content,
  type Expected,
} from './support.js';
import { templateCases } from './template.cases.js';
import { yamlCases } from './yaml.cases.js';

afterAll(removeRepos);

interface DistCheck {
  id: string;
  changes: () => Record<string, Content | null>;
  outcome: Expected;
}

const xmlManifest = () => (baseFiles()[PRODUCT_FILE] as string).replace(/^sbom: sbom\.cdx\.json$/m, 'sbom: sbom.cdx.xml');

/** The `dist: true` data cases, as file changes and the outcome they declare. */
const checks: DistCheck[] = [
  ...yamlCases.filter((c) => c.dist).map((c) => ({ id: `yaml/${c.id}`, changes: () => ({ [c.file]: c.content() }), outcome: c.outcome })),
  ...sbomCases
    .filter((c) => c.dist)
    .map((c) => ({
      id: `sbom/${c.id}`,
      changes: (): Record<string, Content | null> =>
        c.format === 'json'
          ? { [SBOM_FILE]: c.content() }
          : { [PRODUCT_FILE]: xmlManifest(), [XML_SBOM_FILE]: c.content(), [SBOM_FILE]: null },
      outcome: c.outcome,
    })),
  ...pathCases.filter((c) => c.dist && c.changes).map((c) => ({ id: `paths/${c.id}`, changes: c.changes!, outcome: c.outcome })),
  ...configCases.filter((c) => c.dist).map((c) => ({ id: `config/${c.id}`, changes: c.changes, outcome: c.outcome })),
];

interface JsonReport {
  products: { findings: { ruleId: string; file: string; line: number; column: number; message: string; severity: string }[] }[];
  findings: { ruleId: string; file: string; line: number; column: number; message: string; severity: string }[];
}

describe('a sample of the adversarial cases through dist/cli.js', () => {
  it.each(checks.map((c) => [c.id, c] as const))('%s: check ends in the declared outcome', (_id, c) => {
    const files = { ...baseFiles() };
    for (const [path, content] of Object.entries(c.changes())) {
      if (content === null) delete files[path];
      else files[path] = content;
    }
    const dir = writeRepo(files);
    const r = runDistCli(['check', '--repo', dir, '--now', NOW, '--format', 'json'], dir);
    const o = c.outcome;
    if (o.kind === 'usage-error') {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(o.message);
      if (o.detail) expect(r.stderr).toMatch(o.detail);
      return;
    }
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    if (o.kind !== 'finding') throw new Error(`dist samples declare findings or usage errors, not ${o.kind}`);
    const report = JSON.parse(r.stdout) as JsonReport;
    const all = [...report.findings, ...report.products.flatMap((p) => p.findings)];
    const hit = all.find(
      (f) =>
        f.ruleId === o.rule &&
        f.file === o.file &&
        (o.line === undefined || f.line === o.line) &&
        (o.column === undefined || f.column === o.column) &&
        o.message.test(f.message),
    );
    expect(hit, JSON.stringify(all.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`).slice(0, 20))).toBeDefined();
    expect(hit?.severity).toBe('error');
  });

  it.each(injectionCases.filter((c) => c.dist).map((c) => [c.id, c] as const))(
    'injection/%s: the text report printed by the CLI is inert',
    (_id, c) => {
      const { dir } = hostileRepository(c.payload);
      const r = runDistCli(['check', '--repo', dir, '--now', '2026-11-26'], dir);
      expect(r.code, r.stderr).toBe(1);
      assertSafeTextReport(r.stdout, 'dist/cli.js check');
      for (const raw of c.mustNotAppear) expect(r.stdout.includes(raw), JSON.stringify(raw)).toBe(false);
    },
  );

  it.each(templateCases.filter((c) => c.dist).map((c) => [c.id, c] as const))(
    'template/%s: labelguard evidence writes it as literal text',
    (_id, c) => {
      const { dir } = hostileRepository(c.payload);
      for (const product of EVIDENCE_PRODUCTS) {
        const out = tempDir('labelguard-evidence-');
        const r = runDistCli(['evidence', join(dir, 'products', product), '--out', out, '--now', '2026-11-26'], dir);
        expect(r.code, r.stderr).toBe(0);
        expect(payloadIn(readEvidence(out), c.payload, product).size).toBeGreaterThan(0);
      }
    },
  );
});
