import { describe, expect, it } from 'vitest';
import { readiness } from '../../src/rules/index.js';
import { runCase, type RuleCase } from './support/cases.js';
import { loadBuiltin } from './support/packs.js';

const { packs } = loadBuiltin();
const of = (c: RuleCase) => readiness(runCase(packs, c).evaluation, packs);

describe('readiness', () => {
  it('reports the highest level met per scheme, with no gaps for a product that meets all', () => {
    expect(of({ name: 'base' })).toEqual([
      { scheme: 'cn-ccl', target: 3, met: 3, gaps: {} },
      { scheme: 'etsi-en-303-645', target: 2, met: 2, gaps: {} },
    ]);
  });

  it('lists, for each higher level, every rule that stands in the way, whatever the target', () => {
    const c: RuleCase = {
      name: 'basic camera',
      set: {
        'product.labels': [{ scheme: 'cn-ccl', stars: 1 }],
        'product.security.secure_boot.enabled': false,
      },
      unset: ['product.evidence.pentest_report'],
    };
    expect(of(c)).toEqual([
      {
        scheme: 'cn-ccl',
        target: 1,
        met: 1,
        gaps: {
          '2': ['CCL-BOOT-001'],
          '3': ['CCL-BOOT-001', 'CCL-PEN-001', 'CCL-PEN-002', 'CCL-PEN-003', 'CCL-PEN-004'],
        },
      },
    ]);
  });

  it('meets no level when a basic rule fails', () => {
    const [cn] = of({
      name: 'universal password',
      set: { 'product.security.authentication.default_credential_mode': 'universal' },
    });
    expect(cn).toEqual({
      scheme: 'cn-ccl',
      target: 3,
      met: 0,
      gaps: { '1': ['CCL-AUTH-001'], '2': ['CCL-AUTH-001'], '3': ['CCL-AUTH-001'] },
    });
  });

  it('does not let warnings stand in the way', () => {
    const [cn] = of({ name: 'renewal due', set: { 'filing.label.valid_until': '2027-01-31' } });
    expect(cn).toMatchObject({ met: 3, gaps: {} });
  });

  it('counts a rule that cannot be evaluated on the data as standing in the way', () => {
    const [, etsi] = of({ name: 'no SDL policy', unset: ['product.evidence.sdl_policy'] });
    expect(etsi).toEqual({ scheme: 'etsi-en-303-645', target: 2, met: 1, gaps: { '2': ['ETSI-5.6-9'] } });
  });
});
