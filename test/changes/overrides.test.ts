import { describe, expect, it } from 'vitest';
import {
  activeOverrides,
  detectChanges,
  validateOverrides,
  type ClassificationOverride,
} from '../../src/changes/index.js';
import { parseYamlFile } from '../../src/load/yaml-file.js';
import type { Config } from '../../src/schemas/index.js';
import { cnCcl, fixture, load, security } from './support.js';

async function firmwareRelease(overrides: ClassificationOverride[]) {
  const f = fixture();
  f.product.firmware = { version: '2.1.1', image_sha256: 'd'.repeat(64) };
  const { product } = await load(f);
  return detectChanges(product, cnCcl(), overrides);
}

describe('classification overrides from .labelguard.yml', () => {
  it('reclassify every product when no product is named', async () => {
    const r = await firmwareRelease([
      {
        change: 'fw-security-patch',
        classification: 'material',
        justification: 'CESI asked for every release',
      },
    ]);
    expect(r.changes[0]).toMatchObject({ classification: 'material', classId: 'fw-security-patch' });
    expect(r.changes[0]!.reason).toContain(
      'overridden to material in .labelguard.yml: CESI asked for every release',
    );
    expect(r.findings.map((x) => x.ruleId)).toEqual(['change.unrecorded']);
  });

  it('prefer the override for this product over the one for all products', async () => {
    const r = await firmwareRelease([
      { change: 'fw-security-patch', classification: 'material', justification: 'all products' },
      { product: 'cam-a', change: 'fw-security-patch', classification: 'none', justification: 'cam-a only' },
    ]);
    expect(r.changes[0]).toMatchObject({ classification: 'none' });
    expect(r.findings).toEqual([]);
  });

  it('leave other products alone', async () => {
    const r = await firmwareRelease([
      {
        product: 'cam-b',
        change: 'fw-security-patch',
        classification: 'material',
        justification: 'cam-b only',
      },
    ]);
    expect(r.changes[0]).toMatchObject({ classification: 'record' });
  });

  it('lift the block of a blocking entry when they lower it below material', async () => {
    const f = fixture();
    security(f).debug_interfaces[0]!.state = 'authenticated';
    const { product } = await load(f);
    const r = detectChanges(product, cnCcl(), [
      {
        change: 'debug-interface-re-enabled',
        classification: 'record',
        justification: 'UART needs the per-device key',
      },
    ]);
    expect(r.changes[0]).toMatchObject({ classification: 'record', classId: 'debug-interface-re-enabled' });
    expect(r.findings.map((x) => x.ruleId)).toEqual(['change.unrecorded-record']);
  });

  it('cover only the changes they list by fingerprint', async () => {
    const unscoped = await firmwareRelease([]);
    const own = unscoped.changes[0]!.fingerprint;
    const other = await firmwareRelease([
      {
        change: 'fw-security-patch',
        classification: 'none',
        justification: 'another release',
        fingerprints: ['fw:0000000000000000'],
      },
    ]);
    expect(other.changes[0]).toMatchObject({ classification: 'record' });
    const named = await firmwareRelease([
      { change: 'fw-security-patch', classification: 'material', justification: 'all releases' },
      {
        product: 'cam-a',
        change: 'fw-security-patch',
        classification: 'none',
        justification: 'this release only',
        fingerprints: [own],
      },
    ]);
    expect(named.changes[0]).toMatchObject({ classification: 'none', fingerprint: own });
    expect(named.changes[0]!.reason).toContain('this release only');
  });

  it('stop applying after they expire, and say so', () => {
    const text = [
      'classification:',
      '  - change: fw-security-patch',
      '    classification: none',
      '    justification: one release',
      '    approver: alice',
      '    expires: 2026-01-31',
      '  - change: crypto-library-patch',
      '    classification: material',
      '    justification: re-test',
      '    expires: 2026-12-31',
      '',
    ].join('\n');
    const doc = parseYamlFile('.labelguard.yml', text);
    if (Array.isArray(doc)) throw new Error('bad test YAML');
    const r = activeOverrides({ config: doc.value as Config, file: '.labelguard.yml', doc }, '2026-02-01');
    expect(r.active.map((o) => o.change)).toEqual(['crypto-library-patch']);
    expect(r.problems).toMatchObject([
      { ruleId: 'policy.override-expired', severity: 'warning', file: '.labelguard.yml', line: 6 },
    ]);
    expect(r.problems[0]!.hint).toContain('alice');
    expect(activeOverrides({ config: doc.value as Config }, '2026-01-31').active).toHaveLength(2);
  });

  it('are reported when they name an entry no pack defines', () => {
    const text =
      'classification:\n  - change: fw-securty-patch\n    classification: none\n    justification: typo\n';
    const doc = parseYamlFile('.labelguard.yml', text);
    if (Array.isArray(doc)) throw new Error('bad test YAML');
    const findings = validateOverrides(cnCcl(), {
      config: doc.value as Config,
      file: '.labelguard.yml',
      doc,
    });
    expect(findings).toMatchObject([
      { ruleId: 'config.unknown-classification', severity: 'error', file: '.labelguard.yml', line: 2 },
    ]);
  });

  it('are accepted when they name a shipped entry', () => {
    const config: Config = {
      classification: [
        {
          change: 'crypto-library-patch',
          classification: 'material',
          justification: 're-test every crypto change',
        },
      ],
    };
    expect(validateOverrides(cnCcl(), { config })).toEqual([]);
  });
});
