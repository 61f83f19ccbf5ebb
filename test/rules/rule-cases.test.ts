import { describe, expect, it } from 'vitest';
import { validateAgainst } from '../../src/load/validate.js';
import { caseDocs, loadCases, runCase } from './support/cases.js';
import { loadBuiltin } from './support/packs.js';

const { packs, problems } = loadBuiltin();
const cases = loadCases();
const rules = packs.flatMap((p) => p.rules);

describe('the rule case table', () => {
  it('loads the built-in packs without problems', () => {
    expect(problems).toEqual([]);
  });

  it('has a passing and a failing case for every built-in rule', () => {
    const incomplete = rules
      .filter((r) => !(cases[r.id]?.pass?.length && cases[r.id]?.fail?.length))
      .map((r) => r.id);
    expect(incomplete).toEqual([]);
  });

  it('describes only products and filings that the schemas accept', () => {
    const invalid: string[] = [];
    for (const [id, table] of Object.entries(cases)) {
      for (const c of [...(table.pass ?? []), ...(table.fail ?? [])]) {
        const { productDoc, filingDoc } = caseDocs(c);
        const problems = [...validateAgainst('product', productDoc), ...validateAgainst('filing', filingDoc)];
        if (problems.length > 0)
          invalid.push(`${id} ${c.name}: ${problems.map((p) => p.message).join('; ')}`);
      }
    }
    expect(invalid).toEqual([]);
  });

  it('names only rules that exist', () => {
    const known = new Set(rules.map((r) => r.id));
    expect(Object.keys(cases).filter((id) => !known.has(id))).toEqual([]);
  });
});

for (const rule of rules) {
  describe(rule.id, () => {
    for (const c of cases[rule.id]?.pass ?? []) {
      it(`passes: ${c.name}`, () => {
        const { evaluation } = runCase(packs, c);
        const outcome = evaluation.outcomes.find((o) => o.ruleId === rule.id);
        expect(outcome?.status).toBe('pass');
        expect(evaluation.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
      });
    }
    for (const c of cases[rule.id]?.fail ?? []) {
      it(`fails: ${c.name}`, () => {
        const { evaluation } = runCase(packs, c);
        const outcome = evaluation.outcomes.find((o) => o.ruleId === rule.id);
        expect(outcome?.status).toBe(c.status ?? 'fail');
        const found = evaluation.findings.filter((f) => f.ruleId === rule.id);
        expect(found).toHaveLength(1);
        const finding = found[0]!;
        expect(finding).toMatchObject({
          severity: rule.severity,
          productId: 'cam-x1',
          sources: rule.sources,
        });
        expect(finding.file).toMatch(/products\/cam-x1\/(product|filing)\.yaml$/);
        if (c.message) expect(finding.message).toContain(c.message);
      });
    }
  });
}
