// The documents meant for the filing agency are in Simplified Chinese: a change appears in
// change-notification.zh-CN.md and test-request.zh-CN.md with its class's `title_zh` and `reason_zh`.
// Any built-in class can classify a change of a product filed under its scheme, so every one needs both;
// a repository's own table may leave them out (the documents then show the English text, marked).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDifference } from '../../src/changes/classify.js';
import { difference } from '../../src/changes/difference.js';
import { loadChangeClassifier, type ChangeTable } from '../../src/changes/index.js';
import { tableFromSnapshot } from '../../src/changes/table-snapshot.js';
import { builtinChangeSnapshot } from '../../src/pipeline/packs.js';
import { repoRoot } from '../support/dist.js';

const han = /\p{Script=Han}/u;
const packs = ['cn-ccl', 'etsi-en-303-645'] as const;
const fileOf = (pack: string) => `rules/${pack}/changes.yaml`;
const textOf = (pack: string) => readFileSync(join(repoRoot, fileOf(pack)), 'utf8');

function builtinTable(pack: string): ChangeTable {
  const { classifier, problems } = loadChangeClassifier([{ file: fileOf(pack), text: textOf(pack) }]);
  expect(problems).toEqual([]);
  return classifier.tables[0]!;
}

// Clause numbers, versions, star levels and product names the English cites: a faithful translation
// cites them too (a check against dropped or invented references, not of the wording).
const citations = (text: string) =>
  (text.match(/\d+(?:[.-]\d+)*|★+|[A-Za-z]*TLS|wolfSSL|SBOM|VEX/g) ?? []).sort();

describe('Chinese change-class text', () => {
  it.each(packs)('is given for every class of %s, title and reason', (pack) => {
    const entries = builtinTable(pack).entries;
    expect(entries.length).toBeGreaterThan(30);
    const without = entries
      .filter((e) => !e.titleZh || !han.test(e.titleZh) || !e.reasonZh || !han.test(e.reasonZh))
      .map((e) => e.id);
    expect(without).toEqual([]);
  });

  it.each(packs)('of %s cites what the English reason cites', (pack) => {
    const differing = builtinTable(pack)
      .entries.filter((e) => citations(e.reason).join(' ') !== citations(e.reasonZh ?? '').join(' '))
      .map((e) => `${e.id}: ${citations(e.reason).join(' ')} ≠ ${citations(e.reasonZh ?? '').join(' ')}`);
    expect(differing).toEqual([]);
  });

  it('travels in the snapshot a built run reads', () => {
    const { snapshot } = builtinChangeSnapshot();
    for (const pack of packs) {
      const table = tableFromSnapshot(JSON.parse(JSON.stringify(snapshot.packs[pack]!.table)) as never);
      const fromYaml = builtinTable(pack);
      expect(table.entries.map((e) => [e.id, e.titleZh, e.reasonZh])).toEqual(
        fromYaml.entries.map((e) => [e.id, e.titleZh, e.reasonZh]),
      );
    }
  });

  it.each([
    ['title_zh', /title_zh: 调试接口重新启用或开放/, "title_zh: ''"],
    ['reason_zh', /reason_zh: 新的接口扩大了已评估的攻击面（第 5\.6-1 条）。/, "reason_zh: ''"],
  ])('refuses an empty %s, naming the file, the line and the class', (field, from, to) => {
    const broken = textOf('etsi-en-303-645').replace(from, to);
    expect(broken).not.toBe(textOf('etsi-en-303-645'));
    const { problems } = loadChangeClassifier([{ file: fileOf('etsi-en-303-645'), text: broken }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'rules/etsi-en-303-645/changes.yaml' });
    expect(problems[0]!.line).toBe(broken.split('\n').findIndex((l) => l.includes(`${field}: ''`)) + 1);
    expect(problems[0]!.message).toMatch(new RegExp(`change classification '.+': .*${field}`));
  });
});

describe('the classifier', () => {
  const sensor = difference({
    kind: 'security.storage',
    category: 'security',
    change: 'changed',
    subject: 'storage.csp_protection',
    site: { doc: 'product', path: ['security', 'storage', 'csp_protection'] },
    field: 'csp_protection',
  });
  const table = builtinTable('cn-ccl');
  const ctx = (stars: number) => ({ scheme: 'cn-ccl', stars, registeredStars: stars });

  it('gives a change its class title and the Chinese title and reason', () => {
    expect(classifyDifference(sensor, table, ctx(2), [], 'cam')).toMatchObject({
      classId: 'storage-protection-changed',
      classification: 'material',
      classTitle: 'Protection of stored security parameters changed',
      classTitleZh: '存储的安全参数的保护方式变更',
      reasonZh: '关键安全参数的保护属于增强级的控制措施；变更须重新检测。',
    });
  });

  it('says in Chinese too why a class gives another classification below its star level, or was overridden', () => {
    const below = classifyDifference(sensor, table, ctx(1), [], 'cam');
    expect(below.classification).toBe('record');
    expect(below.reason).toContain('(record below 2★; this product targets 1★)');
    expect(below.reasonZh).toBe(
      '关键安全参数的保护属于增强级的控制措施；变更须重新检测。（低于 2★ 时为 record；本产品的目标等级为 1★）',
    );
    const overridden = classifyDifference(
      sensor,
      table,
      ctx(2),
      [{ change: 'storage-protection-changed', classification: 'record', justification: 'Lab agreed.' }],
      'cam',
    );
    expect(overridden.reasonZh).toMatch(/——已在 \.labelguard\.yml 中改为 record，理由：Lab agreed\.$/);
  });

  it("leaves the Chinese text out for a repository's class without it", () => {
    const { classifier, problems } = loadChangeClassifier([
      {
        file: 'rules/own/changes.yaml',
        text: [
          'scheme: cn-ccl',
          'entries:',
          '  - id: storage-own',
          '    title: Storage protection changed (our reading)',
          "    when: change.kind == 'security.storage'",
          '    classification: material',
          '    reason: We re-test every storage change.',
          '    sources: [{ title: Our policy }]',
          '    confidence: inference',
          '',
        ].join('\n'),
      },
    ]);
    expect(problems).toEqual([]);
    const got = classifyDifference(sensor, classifier.tables[0], ctx(1), [], 'cam');
    expect(got).toMatchObject({
      classId: 'storage-own',
      classTitle: 'Storage protection changed (our reading)',
    });
    expect(got).not.toHaveProperty('classTitleZh');
    expect(got).not.toHaveProperty('reasonZh');
  });
});
