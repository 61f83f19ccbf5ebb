// A pack pinned to an edition other than the one its rules cite says, per provision, what is known of the
// difference: every clause a rule cites is listed with its status in the pinned edition and a confidence.
import { describe, expect, it } from 'vitest';
import { loadRulePacks, renderRulesDoc } from '../../src/rules/index.js';
import { builtinFiles, loadBuiltin, memorySource } from './support/packs.js';

const { packs, problems } = loadBuiltin();
const etsi = packs.find((p) => p.name === 'etsi-en-303-645')!;

describe('the ETSI EN 303 645 pack edition', () => {
  it('is pinned to V3.1.3 and says its rules cite V2.1.1', () => {
    expect(problems).toEqual([]);
    expect(etsi.edition?.pinned.version).toBe('V3.1.3 (2024-09)');
    expect(etsi.edition?.transcribedFrom).toBe('V2.1.1 (2020-06)');
  });

  it('lists every clause a rule cites, each with a status and a confidence', () => {
    const listed = new Set(etsi.edition!.provisions.flatMap((p) => p.clauses));
    const cited = new Set(
      etsi.rules.flatMap((r) =>
        r.sources
          .filter((s) => s.title === 'ETSI EN 303 645' && s.clause)
          .flatMap((s) => s.clause!.split(/,\s*/)),
      ),
    );
    expect(cited.size).toBeGreaterThan(20);
    expect([...cited].filter((c) => !listed.has(c))).toEqual([]);
    for (const p of etsi.edition!.provisions)
      expect(p.confidence).toMatch(/^(confirmed|inferred|assumption)$/);
  });

  it('marks every provision an assumption: no source compared the two editions provision by provision', () => {
    expect(etsi.edition!.confidence).toBe('assumption');
    expect(etsi.edition!.provisions.filter((p) => p.confidence !== 'assumption')).toEqual([]);
  });

  it('shows in docs/rules.md', () => {
    const doc = renderRulesDoc(packs);
    expect(doc).toContain('### Edition');
    expect(doc).toContain('| 5.6-1, 5.6-2, 5.6-4 | unchanged | assumption |');
  });

  it('refuses a provision status it does not know, naming the field', () => {
    const files = builtinFiles('etsi-en-303-645');
    const broken = files['pack.yaml']!.replace('status: unchanged', 'status: probably');
    const result = loadRulePacks([{ name: 'etsi-en-303-645' }], () =>
      memorySource('rules/etsi-en-303-645', { ...files, 'pack.yaml': broken }),
    );
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/status/);
  });
});
