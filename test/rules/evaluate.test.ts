import { describe, expect, it } from 'vitest';
import { evaluateProduct, loadRulePacks } from '../../src/rules/index.js';
import type { Product } from '../../src/schemas/index.js';
import { applyCase, runCase, type RuleCase } from './support/cases.js';
import { builtinFiles, loadBuiltin, memorySource } from './support/packs.js';

// Asymmetric matchers typed as the strings they stand for.
const matching = (re: RegExp) => expect.stringMatching(re) as unknown as string;

const { packs } = loadBuiltin();
const etsi = packs.filter((p) => p.scheme !== 'cn-ccl');
const ids = (findings: { ruleId: string }[]) => [...new Set(findings.map((f) => f.ruleId))].sort();

/** A camera that meets the basic level only: no 2★/3★ measures, no pentest. */
const basicOnly: RuleCase = {
  name: 'basic only',
  set: { 'product.labels': [{ scheme: 'cn-ccl', stars: 1 }], 'product.security.secure_boot.enabled': false },
  unset: ['product.evidence.pentest_report', 'product.security.logging', 'product.security.debug_interfaces'],
};

describe('evaluateProduct', () => {
  it('reports nothing for a product that meets every rule of its targets', () => {
    expect(runCase(packs, { name: 'base' }).evaluation.findings).toEqual([]);
  });

  it('applies only the rules at or below the target level', () => {
    const { evaluation } = runCase(packs, basicOnly);
    expect(evaluation.findings).toEqual([]);
    expect(
      evaluation.outcomes.filter((o) => o.status !== 'pass').map((o) => [o.ruleId, o.status, o.inScope]),
    ).toEqual([
      ['CCL-BOOT-001', 'fail', false],
      ['CCL-DBG-001', 'error', false],
      ['CCL-LOG-001', 'error', false],
      ['CCL-PEN-001', 'error', false],
      ['CCL-PEN-002', 'error', false],
      ['CCL-PEN-003', 'error', false],
      ['CCL-PEN-004', 'error', false],
    ]);
  });

  it('applies the 2★ and 3★ rules when the target is raised, with no other change', () => {
    const raised = {
      ...basicOnly,
      set: { ...basicOnly.set, 'product.labels': [{ scheme: 'cn-ccl', stars: 3 }] },
    };
    expect(ids(runCase(packs, raised).evaluation.findings)).toEqual([
      'CCL-BOOT-001',
      'CCL-DBG-001',
      'CCL-LOG-001',
      'CCL-PEN-001',
      'CCL-PEN-002',
      'CCL-PEN-003',
      'CCL-PEN-004',
    ]);
  });

  it("gives a product that targets several schemes each scheme's findings", () => {
    const c: RuleCase = {
      name: 'debug port behind a password',
      set: { 'product.security.debug_interfaces.1.state': 'authenticated' },
    };
    // Both schemes want a debug port disabled in software (EN 303 645 5.6-4); each reports it under its own rule.
    expect(ids(runCase(packs, c).evaluation.findings)).toEqual(['CCL-DBG-001', 'ETSI-5.6-4']);
    const cnOnly = { ...c, set: { ...c.set, 'product.labels': [{ scheme: 'cn-ccl', stars: 3 }] } };
    expect(ids(runCase(packs, cnOnly).evaluation.findings)).toEqual(['CCL-DBG-001']);
    const basic = { ...c, set: { ...c.set, 'product.labels': [{ scheme: 'cn-ccl', stars: 1 }] } };
    expect(runCase(packs, basic).evaluation.findings).toEqual([
      expect.objectContaining({ ruleId: 'CCL-DBG-002', severity: 'warning' }),
    ]);
  });

  it('reports a scheme no loaded pack covers, at the label that names it', () => {
    const { evaluation, productDoc } = runCase(packs, {
      name: 'x',
      append: { 'product.labels': { scheme: 'us-ctm', stars: 1 } },
    });
    expect(evaluation.findings).toEqual([
      expect.objectContaining({
        ruleId: 'data.unknown-scheme',
        severity: 'error',
        productId: 'cam-x1',
        message: "no rule pack for scheme 'us-ctm' is loaded, so this label cannot be checked",
        ...productDoc.locate(['labels', 2, 'scheme']),
      }),
    ]);
    expect(evaluation.labels.map((l) => l.scheme)).toEqual(['cn-ccl', 'etsi-en-303-645']);
  });

  it('locates a finding at the field the rule names', () => {
    const { evaluation, productDoc } = runCase(packs, {
      name: 'x',
      set: { 'product.security.authentication.brute_force_protection': false },
    });
    const f = evaluation.findings.find((x) => x.ruleId === 'CCL-AUTH-004')!;
    expect(f).toMatchObject(productDoc.locate(['security', 'authentication', 'brute_force_protection']));
    expect(f.file).toBe('products/cam-x1/product.yaml');
  });

  it('turns a missing field into a finding about the data at the nearest existing parent', () => {
    const { evaluation, productDoc } = runCase(packs, { name: 'x', unset: ['product.security.secure_boot'] });
    const f = evaluation.findings.filter((x) => x.ruleId === 'CCL-BOOT-001');
    expect(f).toEqual([
      expect.objectContaining({
        message: "Secure boot is enabled: could not be checked, product.yaml has no 'security.secure_boot'",
        hint: matching(/^Declare 'security.secure_boot' in product.yaml\. /),
        ...productDoc.locate(['security']),
      }),
    ]);
  });

  it('ignores a filing made for another scheme', () => {
    const c: RuleCase = {
      name: 'x',
      set: { 'filing.scheme': 'etsi-en-303-645' },
      unset: ['filing.verification_url'],
    };
    const { evaluation } = runCase(packs, c);
    expect(evaluation.outcomes.find((o) => o.ruleId === 'CCL-LBL-007')?.status).toBe('pass');
    expect(evaluation.findings).toEqual([]);
  });

  it('produces the same findings, in report order, every time', () => {
    const c: RuleCase = {
      name: 'x',
      set: {
        'product.security.authentication.default_credential_mode': 'universal',
        'product.security.updates.signed': false,
      },
    };
    const first = runCase(packs, c).evaluation;
    expect(runCase(packs, c).evaluation).toEqual(first);
    const order = first.findings.map((f) => `${f.file}:${String(f.line).padStart(5, '0')}:${f.ruleId}`);
    expect(order).toEqual([...order].sort());
    expect(ids(first.findings)).toEqual(['CCL-AUTH-001', 'CCL-UPD-001', 'ETSI-5.1-1', 'ETSI-5.3-10']);
  });

  it('never throws on data the schema would reject, and says what is wrong instead', () => {
    const product = {
      ...(applyCase({ name: 'x' }).product as Product),
      security: 'none',
    } as unknown as Product;
    const evaluation = evaluateProduct(packs, {
      product,
      now: '2026-11-20',
      locate: () => ({ file: 'p.yaml', line: 1, column: 1 }),
    });
    expect(evaluation.findings.length).toBeGreaterThan(0);
    expect(evaluation.findings.every((f) => f.message.length > 0)).toBe(true);
  });
});

describe('thresholds', () => {
  it('take their value from .labelguard.yml over the pack default', () => {
    const stricter = loadBuiltin({ thresholds: { password_min_length: 12 } }).packs;
    const f = runCase(stricter, { name: 'base' }).evaluation.findings;
    expect(f.map((x) => [x.ruleId, x.message])).toEqual([
      ['CCL-AUTH-002', 'The enforced password policy is weaker than the minimum: min_length 10 < 12'],
    ]);
  });

  it("take a catalogue category's value over the pack default", () => {
    const files = builtinFiles('cn-ccl');
    files['catalogue.yaml'] = files['catalogue.yaml']!.replace(
      '    expected_sensors:',
      '    thresholds:\n      label_max_validity_months: 24\n    expected_sensors:',
    );
    const variant = loadRulePacks([{ path: 'v' }], () => memorySource('v', files));
    expect(variant.problems).toEqual([]);
    const f = runCase([...variant.packs, ...etsi], { name: 'base' }).evaluation.findings;
    expect(f.map((x) => x.ruleId)).toEqual(['CCL-LBL-004']);
    expect(f[0]!.message).toContain('longer than 24 months');
  });
});

describe('the catalogue', () => {
  const lock: RuleCase = {
    name: 'a smart lock',
    set: {
      'product.category': 'consumer_smart_lock',
      'product.security.authentication.default_credential_mode': 'universal',
    },
  };

  it('keeps products of unlisted categories out, with one finding that says so', () => {
    const { evaluation } = runCase(packs, lock);
    expect(ids(evaluation.findings.filter((f) => f.ruleId.startsWith('CCL-')))).toEqual(['CCL-CAT-001']);
    expect(evaluation.outcomes.find((o) => o.ruleId === 'CCL-AUTH-001')?.status).toBe('not-applicable');
  });

  it('takes a new category as a data change only', () => {
    const files = builtinFiles('cn-ccl');
    files['catalogue.yaml'] +=
      '  - id: consumer_smart_lock\n    title: Consumer smart lock\n    batch: 2\n    expected_sensors: [camera]\n    sources:\n      - title: Hypothetical second batch\n        url: https://example.org/batch-2\n';
    const variant = loadRulePacks([{ path: 'rules/cn-ccl' }], () => memorySource('rules/cn-ccl', files));
    expect(variant.problems).toEqual([]);
    const { evaluation } = runCase([...variant.packs, ...etsi], lock);
    expect(ids(evaluation.findings)).toEqual(['CCL-AUTH-001', 'ETSI-5.1-1']);
  });
});

describe('rules in a user pack', () => {
  const pack = (condition: string) =>
    loadRulePacks([{ path: './acme' }], () =>
      memorySource('./acme', {
        'pack.yaml':
          'name: acme\ntitle: Acme house rules\nscheme: cn-ccl\nlevels: [{stars: 1, name: basic}]\n',
        'rules/house.yaml': `rules:\n  - id: ACME-001\n    title: House rule\n    stars: 1\n    severity: warning\n    tier_basis: inferred\n    path: model\n    condition: '${condition}'\n    message: Broken\n    remediation: Fix it.\n    sources: [{title: House policy, url: 'https://acme.example/policy'}]\n`,
      }),
    );

  it('run beside the built-in pack of the same scheme', () => {
    const { packs: acme, problems } = pack('product.model.startsWith("ACME-")');
    expect(problems).toEqual([]);
    const f = runCase([...packs, ...acme], { name: 'base' }).evaluation.findings;
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['ACME-001', 'warning']]);
  });

  it('turn a type error at run time into a finding about the data', () => {
    const { packs: acme } = pack('product.model > 3');
    const f = runCase(acme, { name: 'base' }).evaluation.findings;
    expect(f[0]!.message).toMatch(
      /^House rule: could not be checked, a value has the wrong type \(no such overload/,
    );
  });

  it('report a condition that gives something other than true or false', () => {
    const { packs: acme } = pack('product.model');
    const f = runCase(acme, { name: 'base' }).evaluation.findings;
    expect(f[0]!.message).toBe(
      "House rule: could not be checked, the rule's condition gave a string instead of true or false",
    );
  });
});
