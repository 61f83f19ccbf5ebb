import { describe, expect, it } from 'vitest';
import { renderSarif, type SarifRuleInput } from '../../src/report/sarif.js';
import {
  bulkReport,
  finding,
  hostileReport,
  product,
  report,
  sampleReport,
} from '../fixtures/report/reports.js';
import { sarifErrors } from './sarif-structure.js';

const rules: SarifRuleInput[] = [
  {
    id: 'AUTH-001',
    title: 'No universal default password',
    help: 'Every device must have a unique or user-set password.',
    sources: [
      { title: 'CCL 1★ basic requirements', url: 'https://www.cac.gov.cn/ccl' },
      { title: 'ETSI EN 303 645', clause: '5.1-1', url: 'http://insecure.example/etsi' },
    ],
    severity: 'error',
  },
  { id: 'UPD-003', title: 'Security update SLA declared', severity: 'warning' },
  { id: 'PRIV-001', title: 'Privacy notice', severity: 'info' },
  { id: 'LOG-001', title: 'Security audit log', severity: 'error' },
];

const run = (log: ReturnType<typeof renderSarif>) => log.runs[0];

describe('renderSarif', () => {
  it('writes a log that conforms to the SARIF 2.1.0 structure', () => {
    expect(sarifErrors(renderSarif(sampleReport(), rules))).toEqual([]);
  });

  it('still conforms when every value is hostile', () => {
    for (const s of [
      '<img src=x onerror=alert(1)>',
      'a b/#?%.yaml',
      '\u001b[31m\n::error::x',
      '',
      '\uD800',
    ]) {
      expect(sarifErrors(renderSarif(hostileReport(s), rules)), JSON.stringify(s)).toEqual([]);
    }
  });

  it('describes labelguard as the driver with its version and information URI', () => {
    const driver = run(renderSarif(sampleReport(), rules)).tool.driver;
    expect(driver).toMatchObject({
      name: 'labelguard',
      version: '0.1.0',
      informationUri: 'https://labelguard.dev',
    });
  });

  it('describes each rule with descriptions, markdown help with its sources, tags and level', () => {
    const auth = run(renderSarif(sampleReport(), rules)).tool.driver.rules.find((r) => r.id === 'AUTH-001')!;
    expect(auth.shortDescription).toEqual({ text: 'No universal default password' });
    expect(auth.fullDescription).toEqual({ text: 'Every device must have a unique or user-set password.' });
    expect(auth.help.markdown).toBe(
      [
        '**No universal default password**',
        'Every device must have a unique or user-set password.',
        'Sources:\n\n- [CCL 1★ basic requirements](<https://www.cac.gov.cn/ccl>)\n' +
          '- ETSI EN 303 645, 5.1-1 (http:\u200B//insecure.example/etsi)',
      ].join('\n\n'),
    );
    expect(auth.help.text).toContain('Sources: CCL 1★ basic requirements <https://www.cac.gov.cn/ccl>');
    expect(auth.properties.tags).toEqual(['compliance', 'labelguard', 'auth']);
    expect(auth.defaultConfiguration).toEqual({ level: 'error' });
  });

  it('points each result at its rule by id and index', () => {
    const r = run(renderSarif(sampleReport(), rules));
    for (const result of r.results) expect(r.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it('maps severities to error, warning and note', () => {
    const levels = Object.fromEntries(
      run(renderSarif(sampleReport(), rules)).results.map((x) => [x.ruleId, x.level]),
    );
    expect(levels).toMatchObject({ 'AUTH-001': 'error', 'UPD-003': 'warning', 'PRIV-001': 'note' });
  });

  it('locates a result relative to the repository root with line and column', () => {
    const auth = run(renderSarif(sampleReport(), rules)).results.find((x) => x.ruleId === 'AUTH-001')!;
    expect(auth.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'products/cam-x1/product.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 5 },
        },
      },
    ]);
  });

  it('percent-encodes file names that are not plain URI segments', () => {
    const r = report([
      product({ id: 'p', findings: [finding({ ruleId: 'X', message: 'm', file: './a b/#1?.yaml' })] }),
    ]);
    const uri = run(renderSarif(r, [])).results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('a%20b/%231%3F.yaml');
  });

  it('reports a waived finding as an accepted external suppression with its justification', () => {
    const log = run(renderSarif(sampleReport(), rules)).results.find((x) => x.ruleId === 'LOG-001')!;
    expect(log.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'audit log ships in 1.4 (waiver approved by alice, expires 2026-12-31)',
      },
    ]);
  });

  it('reports an unrecorded material change once, from its finding, where the value changed', () => {
    const r = run(renderSarif(sampleReport(), rules));
    const changes = r.results.filter((x) => x.ruleId === 'change.unrecorded');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'products/cam-x1/product.yaml' },
            region: { startLine: 20 },
          },
        },
      ],
    });
    expect(r.tool.driver.rules.map((x) => x.id)).toContain('change.unrecorded');
  });

  it('describes a rule it was not given from the findings that use it', () => {
    const r = report([
      product({
        id: 'p',
        findings: [
          finding({ ruleId: 'data.yaml-syntax', message: 'bad', severity: 'warning', blocking: false }),
        ],
      }),
    ]);
    const rule = run(renderSarif(r, [])).tool.driver.rules[0]!;
    expect(rule).toMatchObject({
      id: 'data.yaml-syntax',
      shortDescription: { text: 'data.yaml-syntax' },
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('gives every result a fingerprint that is the same across renders', () => {
    const fps = (log: ReturnType<typeof renderSarif>) => run(log).results.map((x) => x.partialFingerprints);
    expect(fps(renderSarif(sampleReport(), rules))).toEqual(fps(renderSarif(sampleReport(), rules)));
    expect(
      fps(renderSarif(sampleReport(), rules)).every((f) => /^[0-9a-f]{32}:\d+$/.test(f['labelguard/v1']!)),
    ).toBe(true);
  });

  it('keeps fingerprints when lines are added above the findings', () => {
    const shifted = sampleReport();
    for (const p of shifted.products)
      for (const f of p.findings) {
        f.line += 7;
        f.column += 2;
      }
    const byRule = (log: ReturnType<typeof renderSarif>) =>
      Object.fromEntries(
        run(log).results.map((x) => [
          `${x.ruleId} ${x.message.text}`,
          x.partialFingerprints['labelguard/v1'],
        ]),
      );
    expect(byRule(renderSarif(shifted, rules))).toEqual(byRule(renderSarif(sampleReport(), rules)));
  });

  it('gives different findings of one rule in one file different fingerprints', () => {
    const r = report([
      product({
        id: 'p',
        findings: [
          finding({ ruleId: 'X', message: 'component a' }),
          finding({ ruleId: 'X', message: 'component b' }),
          finding({ ruleId: 'X', message: 'component b', line: 9 }),
        ],
      }),
    ]);
    const fps = run(renderSarif(r, [])).results.map((x) => x.partialFingerprints['labelguard/v1']!);
    expect(new Set(fps).size).toBe(3);
    expect(fps[1]!.split(':')[0]).toBe(fps[2]!.split(':')[0]);
  });

  it('writes the same bytes whatever order the report lists things in', () => {
    const a = JSON.stringify(renderSarif(sampleReport(), rules));
    const shuffled = sampleReport();
    shuffled.products.reverse();
    for (const p of shuffled.products) p.findings.reverse();
    expect(JSON.stringify(renderSarif(shuffled, [...rules].reverse()))).toBe(a);
  });

  it('cuts results above the per-run limit, keeping errors, and says so in the run properties', () => {
    const big = bulkReport(30, 100, 1);
    const r = run(renderSarif(big, [], { maxResults: 50 }));
    expect(r.results).toHaveLength(50);
    expect(r.results.filter((x) => x.level === 'error')).toHaveLength(31);
    expect(r.properties).toMatchObject({ truncated: true, omittedResults: 81 });
    expect(r.properties!.note).toContain('81 of 131 results were left out');
    expect(sarifErrors(renderSarif(big, [], { maxResults: 50 }))).toEqual([]);
  });

  it('keeps at most 25,000 results per run by default', () => {
    const r = run(renderSarif(bulkReport(0, 25_010, 1), []));
    expect(r.results).toHaveLength(25_000);
    expect(r.properties?.omittedResults).toBe(11);
  });
});
