import { describe, expect, it } from 'vitest';
import { generateEvidence, type EvidenceInput } from '../../src/evidence/index.js';
import { markdownText } from '../adversarial/evidence-text.js';
import { fixtureChanges, fixtureInput, fixtureProduct } from './fixtures.js';

function document(path: string, input: EvidenceInput = fixtureInput()): string {
  const found = generateEvidence(input).files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} not generated`);
  return found.content.toString('utf8');
}

/** Every leaf value of an object, as text. */
function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [String(value)];
}

describe('change notification', () => {
  const md = document('change-notification.md');

  it('lists each change with from, to, classification, reason and sources', () => {
    // As a reader sees it: data in a document is escaped (parentheses, for one).
    const shown = markdownText(md);
    for (const c of fixtureChanges()) {
      expect(md).toMatch(new RegExp(`^## \\d+\\. ${c.subject} \\(${c.kind.replace(/\./g, '\\.')}\\)$`, 'm'));
      expect(shown).toContain(`| Reason | ${c.reason} |`);
      expect(shown).toContain(`| Classification | **${c.classification}** (${c.classId}) |`);
      expect(shown).toContain(`| To | ${c.to} |`);
      for (const s of c.sources) expect(shown).toContain(`- ${s.title}`);
    }
    expect(md).toContain('| From | 2.3.1 |');
  });

  it('puts material changes first', () => {
    expect(md.indexOf('(firmware.version)')).toBeLessThan(md.indexOf('(sbom.component.changed)'));
  });

  it('flags a material change the change log does not record', () => {
    expect(md).toContain('| Recorded | **no**: not in the change log |');
    expect(md).toContain('| Recorded | yes, change-log entry CHG-2026-007 |');
    expect(md).toContain('2 material change(s) not yet in the change log');
  });

  it('links a web source by its visible URL', () => {
    expect(md).toContain('CRA Recital 39 \\(analogue\\): <https://eur-lex.europa.eu/eli/reg/2024/2847/oj>');
  });

  it('says there are no changes when there are none', () => {
    expect(document('change-notification.md', fixtureInput({ changes: [] }))).toContain(
      'No changes since the registered baseline.',
    );
  });

  it('states there is no baseline and nothing to notify for a product never filed', () => {
    const md = document('change-notification.md', fixtureInput({ filing: undefined, changes: [] }));
    expect(md).toContain('| Registered baseline | none: the product has not been filed |');
    expect(md).toContain('Nothing to notify: there is no registered baseline');
  });
});

describe('technical documentation', () => {
  const md = document('technical-documentation.md');

  it('states the hardware revision, every part and the firmware version and hash', () => {
    const product = fixtureProduct();
    expect(md).toContain('Hardware revision: **B2**');
    expect(md).toContain('| SoC | soc | EX3516 | Example Semi | yes |');
    expect(md).toContain('| Enclosure | other | ENC-12 | — | no |');
    expect(md).toContain(`| Version | ${product.firmware.version} |`);
    expect(md).toContain(`| Image SHA-256 | ${product.firmware.image_sha256} |`);
  });

  it('states every security claim of the manifest', () => {
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1').replace(/&#8203;/g, '');
    const plain = unescape(md);
    const security = fixtureProduct().security;
    for (const value of leaves(security)) {
      const shown = value === 'true' ? 'yes' : value === 'false' ? 'no' : value;
      expect(plain).toContain(shown);
    }
    expect(md).toContain('| Password policy › Min length | 10 |');
    expect(md).toContain(
      '| rtsp | 554 | tcp | — | yes | no | live555 | Local viewing on NVRs that do not support RTSPS |',
    );
    expect(md).toContain('| Policy url | <https://example-vision.test/security> |');
  });

  it('summarises the SBOM by component type', () => {
    expect(md).toContain('| application | 4 |');
    expect(md).toContain('| library | 3 |');
    expect(md).toContain('| **All components** | **9** |');
    expect(md).toContain('| Services | 1 |');
  });

  it('lists the security-relevant software with its roles', () => {
    expect(md).toContain('| mbedtls | 3.6.3 | library | crypto |');
    expect(md).toContain('| live555 | 2024.11.28 | library | network-daemon |');
    expect(md).toContain('| ota-agent | 1.2.0 | application | update-agent |');
    expect(md).toContain('| dropbear | 2024.85 | application | network-daemon |');
    expect(md).not.toContain('| zlib |');
  });

  it('without the pack data, counts only role properties and what the manifest names', () => {
    const bare = document('technical-documentation.md', fixtureInput({ softwareRoles: undefined }));
    expect(bare).toContain('| mbedtls | 3.6.3 | library | crypto |');
    expect(bare).toContain('| ota-agent | 1.2.0 | application | update-agent |');
    expect(bare).not.toContain('| dropbear |');
  });
});

describe('declaration draft', () => {
  const md = document('declaration-draft.md');

  it('names producer, model, level, standard and lab', () => {
    expect(md).toContain(
      'We, **Example Vision Technology Co., Ltd.** (unified social credit code 91440300MA5EXAMPLE)',
    );
    expect(md).toContain('| Model (规格型号) | CX-1 Indoor Camera |');
    expect(md).toContain('cybersecurity capability level **2 ★★** (增强级 Enhanced)');
    expect(markdownText(md)).toContain('**TC260 camera practice guide (2026 draft)**');
    expect(md).toContain('as tested by **Example In-House Security Lab**');
  });

  it('references the test report by file, date and hash', () => {
    expect(md).toContain('| Test report | evidence/test-report-2026-06.pdf |');
    expect(md).toContain('| Date | 2026-06-20 |');
    expect(md).toContain('| SHA-256 | 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d |');
  });

  it('has signature lines and says it is a draft', () => {
    expect(md).toContain('(DRAFT)');
    for (const line of [
      '| Name |',
      '| Title |',
      '| Signature |',
      '| Date | | |',
      '| Company seal (公章) |',
    ]) {
      expect(md).toContain(line);
    }
  });

  it('in Chinese, names a failing rule by its Chinese title and a level met by none in Chinese', () => {
    const input = fixtureInput();
    input.check = {
      ...input.check,
      met: 0,
      unmet: [
        {
          stars: 1,
          rules: [
            {
              id: 'CCL-UPD-003',
              title: 'Security updates have a promised turnaround',
              titleZh: '安全更新有承诺的处置时限',
              message: 'promised 120 days',
            },
          ],
        },
      ],
    };
    const zh = document('declaration-draft.zh-CN.md', input);
    expect(zh).toContain('产品实际达到的等级为 **无（未达到任何等级）**');
    expect(zh).toContain('CCL-UPD-003 安全更新有承诺的处置时限（promised 120 days）');
    expect(zh).not.toContain('promised turnaround');
    expect(document('declaration-draft.md', input)).toContain('Security updates have a promised turnaround');
  });

  it("names the category by the catalogue's own term in Chinese, and by its id where no catalogue names it", () => {
    const input = fixtureInput();
    input.check = {
      ...input.check,
      category: { title: 'Consumer network camera', titleZh: '消费类网联摄像头' },
    };
    // The id is shown as Markdown text (its underscores escaped).
    const id = input.product.category.replaceAll('_', '\\_');
    for (const doc of ['declaration-draft.zh-CN.md', 'technical-documentation.zh-CN.md']) {
      expect(document(doc, input)).toContain(`| 产品类别 | 消费类网联摄像头（${id}） |`);
      expect(document(doc)).toContain(`| 产品类别 | ${id} |`);
    }
  });

  it('says it cannot be signed without a test report', () => {
    const input = fixtureInput();
    delete input.product.evidence;
    expect(document('declaration-draft.md', input)).toContain(
      'The declaration cannot be signed until one is.',
    );
  });
});

describe('responsibility matrix', () => {
  const md = document('responsibility-matrix.md');

  it('names each stakeholder by role and marks roles nobody holds', () => {
    expect(md).toContain(
      '| Compliance lead | Li Wei | li.wei@example-vision.test | example-vision/compliance | stakeholders |',
    );
    expect(md).toContain('| Importer | Example Imports GmbH |');
    expect(md).toContain('| Distributor | **not named** |');
  });

  it('has a column for every role and a row for each kind of data', () => {
    expect(md).toContain(
      '| Data | Manufacturer | Authorised representative \\(outside China\\) | Importer | Distributor | Manufacturing partner | Filing agent | Testing laboratory | Compliance lead | Basis |',
    );
    // The Measures: producer and agent answer for the filing materials; validity and item 6 are the producer's.
    const filingRow = md.split('\n').find((l) => l.startsWith('| Filing materials \\('));
    expect(
      filingRow
        ?.split('|')
        .slice(2, 10)
        .map((c) => c.trim()),
    ).toEqual(['A', '', '', '', '', 'A', 'C', 'C']);
    expect(md).toContain('| Label validity \\(label item 4\\) | A |  |  |  |  |  |  | C |');
    expect(md).toContain('| Standard relied on \\(label item 6\\) | A |  |  |  |  |  | C | C |');
  });

  it('falls back to the manifest for the manufacturer and the agent', () => {
    const input = fixtureInput();
    input.product.stakeholders = [];
    input.product.agent = { name: 'Example Filing Agency' };
    const matrix = document('responsibility-matrix.md', input);
    expect(matrix).toContain('| Manufacturer | Example Vision Technology Co., Ltd. | — | — | manufacturer |');
    expect(matrix).toContain('| Filing agent | Example Filing Agency | — | — | agent |');
  });
});
