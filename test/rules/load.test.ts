import { describe, expect, it } from 'vitest';
import { loadRulePacks, packSpec, type PackSource } from '../../src/rules/index.js';
import { loadBuiltin, memorySource } from './support/packs.js';

// Asymmetric matchers typed as the strings they stand for.
const matching = (re: RegExp) => expect.stringMatching(re) as unknown as string;
const containing = (text: string) => expect.stringContaining(text) as unknown as string;

const manifest = `name: demo
title: Demo pack
scheme: demo
levels:
  - stars: 1
    name: basic
  - stars: 2
    name: better
thresholds:
  min_length:
    type: int
    default: 8
    description: Minimum password length.
`;

const goodRule = `  - id: DEMO-001
    title: Passwords are long enough
    stars: 1
    severity: error
    tier_basis: inferred
    path: security.authentication.password_policy.min_length
    condition: product.security.authentication.password_policy.min_length >= thresholds.min_length
    message: Passwords are too short
    remediation: Enforce longer passwords.
    sources:
      - title: Example standard
        url: https://example.org/standard
`;

function load(files: Record<string, string>, extra: PackSource[] = []) {
  const sources = [memorySource('packs/demo', { 'pack.yaml': manifest, ...files }), ...extra];
  return loadRulePacks(
    sources.map((s) => ({ path: s.root })),
    (spec) => sources.find((s) => 'path' in spec && s.root === spec.path),
  );
}

function rule(overrides: string): string {
  return `rules:\n${goodRule.replace(/^ {4}condition: .*$/m, overrides)}`;
}

describe('loadRulePacks', () => {
  it('loads a valid pack and compiles its rules', () => {
    const { packs, problems } = load({ 'rules/auth.yaml': `rules:\n${goodRule}` });
    expect(problems).toEqual([]);
    expect(packs[0]).toMatchObject({ name: 'demo', scheme: 'demo', root: 'packs/demo' });
    expect(packs[0]!.rules.map((r) => [r.id, r.file, r.line, r.stars])).toEqual([
      ['DEMO-001', 'packs/demo/rules/auth.yaml', 2, 1],
    ]);
  });

  it('reports malformed YAML with the file and line', () => {
    const { problems } = load({
      'rules/auth.yaml': 'rules:\n  - id: DEMO-001\n    title: x\n     stars: 1\n',
    });
    expect(problems[0]).toMatchObject({
      ruleId: 'data.yaml-syntax',
      file: 'packs/demo/rules/auth.yaml',
      severity: 'error',
      line: 3,
      column: 12,
    });
  });

  it('reports a duplicate key at its line', () => {
    const { problems } = load({ 'rules/auth.yaml': 'rules:\n  - id: DEMO-001\n    id: DEMO-002\n' });
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'data.yaml-syntax', line: 3, column: 5 })]);
  });

  it('reports a schema violation naming the rule and the line of the offending key', () => {
    const { problems } = load({ 'rules/auth.yaml': `rules:\n${goodRule}    colour: red\n` });
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'data.rule-pack-invalid',
        file: 'packs/demo/rules/auth.yaml',
        line: 14,
        message: "rule DEMO-001: unknown key 'colour' in 'rules.0'",
      }),
    ]);
  });

  it('reports an expression that does not compile, naming the rule and the line', () => {
    const { packs, problems } = load({ 'rules/auth.yaml': rule('    condition: product.model ==') });
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'data.rule-expression',
        file: 'packs/demo/rules/auth.yaml',
        line: 8,
        message: matching(/^rule DEMO-001: condition: syntax error: .* near `.*` \(column \d+\)$/),
      }),
    ]);
    expect(packs[0]!.rules).toEqual([]);
  });

  it('reports a reference to an unknown input field with a suggestion', () => {
    const { problems } = load({
      'rules/auth.yaml': rule('    condition: product.securty.authentication.brute_force_protection'),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'data.rule-unknown-field',
        line: 8,
        message:
          "rule DEMO-001: condition: unknown field 'securty' in product near `product.securty.authentication.brute_for`… (column 1)",
        hint: "Did you mean 'security'?",
      }),
    ]);
  });

  it('reports a threshold the pack does not declare', () => {
    const { problems } = load({ 'rules/auth.yaml': rule('    condition: thresholds.max_length > 3') });
    expect(problems[0]).toMatchObject({
      ruleId: 'data.rule-unknown-field',
      message: containing("unknown field 'max_length' in thresholds"),
    });
  });

  it('reports a finding path that does not exist in the manifest', () => {
    const text = `rules:\n${goodRule.replace('path: security.authentication.password_policy.min_length', 'path: security.pasword')}`;
    const { problems } = load({ 'rules/auth.yaml': text });
    expect(problems[0]).toMatchObject({
      ruleId: 'data.rule-unknown-field',
      line: 7,
      message: "rule DEMO-001: path 'security.pasword' does not exist in product.yaml",
    });
  });

  it('reports a rule without sources', () => {
    const text = `rules:\n${goodRule.replace(/ {4}sources:\n(?: {6}.*\n| {8}.*\n)+/, '')}`;
    const { packs, problems } = load({ 'rules/auth.yaml': text });
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'data.rule-sources',
        file: 'packs/demo/rules/auth.yaml',
        line: 2,
        message: 'rule DEMO-001: has no sources',
      }),
    ]);
    expect(packs[0]!.rules).toEqual([]);
  });

  it('reports an empty source list as no sources', () => {
    const text = `rules:\n${goodRule.replace(/ {4}sources:\n(?: {6}.*\n| {8}.*\n)+/, '    sources: []\n')}`;
    expect(load({ 'rules/auth.yaml': text }).problems[0]).toMatchObject({
      ruleId: 'data.rule-sources',
      line: 11,
    });
  });

  it('reports a duplicate rule id with both places', () => {
    const { problems } = load({
      'rules/a.yaml': `rules:\n${goodRule}`,
      'rules/b.yaml': `rules:\n${goodRule}`,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'data.rule-duplicate-id',
        file: 'packs/demo/rules/b.yaml',
        line: 2,
        message: 'rule DEMO-001 is defined twice: here and at packs/demo/rules/a.yaml:2',
      }),
    ]);
  });

  it('reports a duplicate rule id across packs', () => {
    const other = memorySource('packs/other', {
      'pack.yaml': manifest.replace('name: demo', 'name: other'),
      'rules/x.yaml': `rules:\n${goodRule}`,
    });
    const { problems } = load({ 'rules/a.yaml': `rules:\n${goodRule}` }, [other]);
    expect(problems.map((p) => [p.ruleId, p.file])).toEqual([
      ['data.rule-duplicate-id', 'packs/other/rules/x.yaml'],
    ]);
  });

  it('reports a level the pack does not have', () => {
    const { problems } = load({ 'rules/auth.yaml': `rules:\n${goodRule.replace('stars: 1', 'stars: 3')}` });
    expect(problems[0]).toMatchObject({
      ruleId: 'data.rule-pack-invalid',
      message: 'rule DEMO-001: stars 3 is not a level of pack demo',
    });
  });

  it('reports a scheme that differs from the pack', () => {
    const { problems } = load({
      'rules/auth.yaml': `rules:\n${goodRule.replace('    stars: 1', '    scheme: other\n    stars: 1')}`,
    });
    expect(problems[0]).toMatchObject({
      message: "rule DEMO-001: scheme 'other' differs from the pack's scheme 'demo'",
    });
  });

  it('reports an unknown catalogue category', () => {
    const files = {
      'pack.yaml': `${manifest}catalogue: catalogue.yaml\n`,
      'catalogue.yaml': 'categories:\n  - id: camera\n    title: Camera\n',
      'rules/auth.yaml': `rules:\n${goodRule.replace('    stars: 1', '    stars: 1\n    categories: [router]')}`,
    };
    const { problems } = load(files);
    expect(problems[0]).toMatchObject({ message: 'rule DEMO-001: unknown catalogue categories: router' });
  });

  it('reports a threshold default of the wrong type', () => {
    const { problems } = load({ 'pack.yaml': manifest.replace('default: 8', 'default: eight') });
    expect(problems[0]).toMatchObject({
      file: 'packs/demo/pack.yaml',
      line: 12,
      message: 'threshold \'min_length\': default must be a whole number, not "eight"',
    });
  });

  it('reports a crypto deny-list pattern that is not a regular expression', () => {
    const files = {
      'pack.yaml': `${manifest}software_roles: roles.yaml\n`,
      'roles.yaml':
        "roles: {}\ncrypto_denylist:\n  - names: [openssl]\n    version_pattern: '^(1\\.'\n    reason: old\n",
    };
    expect(load(files).problems[0]).toMatchObject({
      file: 'packs/demo/roles.yaml',
      line: 4,
      message: matching(/^version_pattern is not a valid regular expression/),
    });
  });

  it('reports a data file the manifest names but the pack lacks', () => {
    const { problems } = load({ 'pack.yaml': `${manifest}catalogue: catalogue.yaml\n` });
    expect(problems[0]).toMatchObject({
      ruleId: 'data.rule-pack-missing',
      message: 'catalogue packs/demo/catalogue.yaml not found',
    });
  });

  it('reports a pack that cannot be found', () => {
    const { packs, problems } = loadRulePacks([{ name: 'cn-cll' }], () => undefined, {
      configFile: '.labelguard.yml',
    });
    expect(packs).toEqual([]);
    expect(problems[0]).toMatchObject({
      ruleId: 'data.rule-pack-missing',
      file: '.labelguard.yml',
      message: "rule pack 'cn-cll' not found",
      hint: containing('cn-ccl, etsi-en-303-645'),
    });
  });

  it('reports a pack listed twice once, without a problem per rule', () => {
    const { packs, problems } = loadBuiltin({}, ['cn-ccl', 'cn-ccl']);
    expect(packs.map((p) => p.name)).toEqual(['cn-ccl']);
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'data.rule-pack-invalid',
        file: 'rules/cn-ccl/pack.yaml',
        line: 4,
        message: "rule pack 'cn-ccl' is loaded twice",
      }),
    ]);
  });

  it('reads pack entries of .labelguard.yml as names or repository paths', () => {
    expect(['cn-ccl', './packs/acme', '../x', '/abs'].map(packSpec)).toEqual([
      { name: 'cn-ccl' },
      { path: './packs/acme' },
      { path: '../x' },
      { path: '/abs' },
    ]);
  });
});

describe('threshold overrides', () => {
  it('apply to every pack declaring the threshold, or to one pack when qualified', () => {
    const { packs, problems } = loadBuiltin({
      thresholds: { security_update_sla_max_days: 60, 'etsi-en-303-645.security_update_sla_max_days': 30 },
    });
    expect(problems).toEqual([]);
    expect(packs.map((p) => [p.name, p.thresholdOverrides.security_update_sla_max_days])).toEqual([
      ['cn-ccl', 60],
      ['etsi-en-303-645', 30],
    ]);
  });

  it('report an unknown threshold at its place in the config file', () => {
    const { problems } = loadBuiltin({
      thresholds: { pasword_min_length: 10 },
      configFile: '.labelguard.yml',
      locateConfig: (path) => ({ file: '.labelguard.yml', line: path.length === 2 ? 4 : 1, column: 3 }),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'data.threshold',
        file: '.labelguard.yml',
        line: 4,
        message: "unknown threshold 'pasword_min_length'",
      }),
    ]);
  });

  it('report a value of the wrong type', () => {
    const { problems } = loadBuiltin({ thresholds: { password_min_length: 'long' } });
    expect(problems[0]).toMatchObject({
      ruleId: 'data.threshold',
      message: 'threshold \'password_min_length\' must be a whole number, not "long"',
    });
  });
});
