// The documents meant for the filing agency are in Simplified Chinese: a failing rule appears in
// declaration-draft.zh-CN.md (and filing-form.json) by its pack's `title_zh`. Every built-in rule can fail
// for a product filed under its scheme, so every built-in rule needs one.
import { describe, expect, it } from 'vitest';
import { loadBuiltin, memorySource, builtinFiles } from './support/packs.js';
import { loadRulePacks } from '../../src/rules/index.js';

const han = /\p{Script=Han}/u;

describe('Chinese rule titles', () => {
  const { packs, problems } = loadBuiltin();

  it('load with the built-in packs', () => {
    expect(problems).toEqual([]);
    expect(packs.map((p) => p.name)).toEqual(['cn-ccl', 'etsi-en-303-645']);
  });

  it.each(['cn-ccl', 'etsi-en-303-645'])('are given for every rule of %s', (name) => {
    const rules = packs.find((p) => p.name === name)!.rules;
    expect(rules.length).toBeGreaterThan(20);
    const without = rules.filter((r) => !r.titleZh || !han.test(r.titleZh)).map((r) => r.id);
    expect(without).toEqual([]);
  });

  it('are refused when empty, with the file and the field', () => {
    const files = builtinFiles('etsi-en-303-645');
    const broken = files['rules/provisions.yaml']!.replace(
      /title_zh: 口令每台设备唯一或由用户设置/,
      "title_zh: ''",
    );
    expect(broken).not.toBe(files['rules/provisions.yaml']);
    const result = loadRulePacks([{ name: 'etsi-en-303-645' }], () =>
      memorySource('rules/etsi-en-303-645', { ...files, 'rules/provisions.yaml': broken }),
    );
    expect(result.problems.map((p) => `${p.file ?? ''} ${p.message}`).join('\n')).toMatch(
      /provisions\.yaml.*title_zh/s,
    );
  });
});
