import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EvidenceError, generateEvidence, type EvidenceBundle } from '../../src/evidence/index.js';
import { readSbom, serialiseNormalised } from '../../src/sbom/index.js';
import { fixtureInput, fixtureText } from './fixtures.js';

const file = (bundle: EvidenceBundle, path: string): Buffer => {
  const found = bundle.files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} not in bundle`);
  return found.content;
};
const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

describe('generateEvidence', () => {
  it('produces every evidence file, sorted by path', () => {
    const bundle = generateEvidence(fixtureInput());
    expect(bundle.files.map((f) => f.path)).toEqual([
      'change-notification.md',
      'declaration-draft.md',
      'declaration-draft.zh-CN.md',
      'evidence-index.json',
      'filing-form.json',
      'label.png',
      'label.svg',
      'responsibility-matrix.md',
      'sbom.cdx.json',
      'technical-documentation.md',
      'test-request.md',
    ]);
  });

  it('generates byte-identical bundles from the same input', () => {
    const first = generateEvidence(fixtureInput());
    const second = generateEvidence(fixtureInput());
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    second.files.forEach((f, i) =>
      expect(f.content.equals(first.files[i]?.content ?? Buffer.alloc(0))).toBe(true),
    );
  });

  it('does not depend on the order changes and inputs are given in', () => {
    const input = fixtureInput();
    const reordered = fixtureInput({
      changes: [...input.changes].reverse(),
      inputs: [...input.inputs].reverse(),
    });
    const a = generateEvidence(input);
    const b = generateEvidence(reordered);
    expect(b.files.map((f) => sha256(f.content))).toEqual(a.files.map((f) => sha256(f.content)));
  });

  it('copies the normalised SBOM into the bundle byte for byte', () => {
    const bundle = generateEvidence(fixtureInput());
    expect(file(bundle, 'sbom.cdx.json').toString('utf8')).toBe(fixtureText('sbom.cdx.json'));
  });

  it('takes the normalised SBOM as serialiseNormalised writes it', () => {
    const read = readSbom(fixtureText('sbom.cdx.json'), 'sbom.cdx.json');
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
    const normalised = serialiseNormalised(read.sbom);
    const bundle = generateEvidence(fixtureInput({ sbomNormalised: normalised }));
    expect(file(bundle, 'sbom.cdx.json').toString('utf8')).toBe(normalised);
    const doc = file(bundle, 'technical-documentation.md').toString('utf8');
    expect(doc).toContain('| **All components** | **9** |');
    expect(doc).toContain('| mbedtls | 3.6.3 | library | crypto |');
  });

  it('indexes the SHA-256 of every generated file and every input', () => {
    const input = fixtureInput();
    const bundle = generateEvidence(input);
    const index = JSON.parse(file(bundle, 'evidence-index.json').toString('utf8')) as {
      generator: { name: string; version: string };
      filing_id: string;
      files: { path: string; sha256: string; bytes: number }[];
      inputs: { path: string; sha256: string }[];
    };
    const others = bundle.files.filter((f) => f.path !== 'evidence-index.json');
    expect(index.files).toEqual(
      others.map((f) => ({ path: f.path, sha256: sha256(f.content), bytes: f.content.length })),
    );
    expect(index.inputs).toEqual([...input.inputs].sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(index.inputs.find((i) => i.path.endsWith('sbom.cdx.json'))?.sha256).toBe(
      sha256(fixtureText('sbom.cdx.json')),
    );
    expect(index.generator).toEqual({ name: 'labelguard', version: '0.1.0' });
    expect(index.filing_id).toBe('2026-11-26');
  });

  it('puts the seven label items and the portal data in the filing form, in a fixed key order', () => {
    const form = JSON.parse(
      file(generateEvidence(fixtureInput()), 'filing-form.json').toString('utf8'),
    ) as Record<string, Record<string, unknown>>;
    expect(Object.keys(form)).toEqual([
      'form',
      'label',
      'producer',
      'product',
      'hardware',
      'firmware',
      'test_report',
      'pentest_report',
      'contact',
      'agent',
      'sbom',
      'check',
      'missing',
    ]);
    expect(form.label).toMatchObject({
      producer: 'Example Vision Technology Co., Ltd.',
      model: 'CX-1 Indoor Camera',
      stars: 2,
      valid_until: '2028-07-14',
      lab: 'Example In-House Security Lab',
      standard: 'TC260 camera practice guide (2026 draft)',
      filing_code: 'CCL-2026-0001234',
    });
    expect(form.producer).toMatchObject({ credit_code: '91440300MA5EXAMPLE' });
    expect(form.product).toEqual({
      id: 'cam-x1',
      model: 'CX-1 Indoor Camera',
      category: 'consumer_network_camera',
      stars: 2,
    });
    expect(form.firmware).toMatchObject({ version: '2.4.0' });
    expect(form.hardware).toMatchObject({ revision: 'B2' });
    expect(form.contact).toEqual({
      role: 'compliance-lead',
      name: 'Li Wei',
      contact: 'li.wei@example-vision.test',
    });
    expect(form.agent).toBeNull();
  });

  it('names what a filing still lacks in the filing form', () => {
    const input = fixtureInput();
    delete input.product.manufacturer.credit_code;
    input.product.agent = { name: 'Example Filing Agency' };
    const form = JSON.parse(file(generateEvidence(input), 'filing-form.json').toString('utf8')) as {
      missing: string[];
    };
    expect(form.missing).toEqual(['producer.credit_code', 'agent.authorization_doc']);
  });

  it('names every missing filing material and marks an unmet level not ready to sign', () => {
    const input = fixtureInput({
      check: {
        scheme: 'cn-ccl',
        target: 2,
        met: 1,
        unmet: [
          { stars: 2, rules: [{ id: 'CCL-BOOT-001', title: 'Secure boot', message: 'secure boot is off' }] },
        ],
        notes: [],
        judgedOn: '2026-11-26',
      },
    });
    const ev = input.product.evidence!;
    delete ev.business_licence;
    delete ev.declaration;
    delete ev.test_report!.lab_qualification;
    delete input.product.manufacturer.legal_representative;
    input.product.agent = { name: 'Example Filing Agency' };
    const bundle = generateEvidence(input);
    const form = JSON.parse(file(bundle, 'filing-form.json').toString('utf8')) as {
      missing: string[];
      check: { target_stars: number; met_stars: number; ready_to_sign: boolean; unmet: unknown[] };
    };
    expect(form.missing).toEqual([
      'business_licence',
      'lab_qualification',
      'signed_declaration',
      'legal_representative',
      'agent.authorization_doc',
    ]);
    expect(form.check).toMatchObject({ target_stars: 2, met_stars: 1, ready_to_sign: false });
    const declaration = file(bundle, 'declaration-draft.md').toString('utf8');
    expect(declaration).toContain('NOT READY TO SIGN');
    expect(declaration).toContain('the product meets **★**');
    expect(declaration).toContain('CCL-BOOT-001 Secure boot (secure boot is off)');
    expect(declaration).toContain('营业执照');
    expect(declaration).toContain('代理人授权书');
  });

  it('refuses an SBOM that is not JSON, saying what to pass instead', () => {
    expect(() => generateEvidence(fixtureInput({ sbomNormalised: '{"bomFormat":' }))).toThrow(EvidenceError);
    expect(() => generateEvidence(fixtureInput({ sbomNormalised: '{"bomFormat":' }))).toThrow(
      /cannot be read: invalid JSON.*serialiseNormalised/,
    );
  });

  it('refuses JSON that is not a CycloneDX document', () => {
    expect(() => generateEvidence(fixtureInput({ sbomNormalised: '{"spdxVersion":"SPDX-2.3"}' }))).toThrow(
      /not a CycloneDX SBOM/,
    );
  });

  it('refuses a CycloneDX XML SBOM, which would be filed under a .json name', () => {
    const xml = '<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1"></bom>';
    expect(() => generateEvidence(fixtureInput({ sbomNormalised: xml }))).toThrow(
      /is CycloneDX XML, not JSON/,
    );
  });

  it('names the template that is missing', () => {
    const input = fixtureInput();
    delete input.templates['test-request.md.hbs'];
    expect(() => generateEvidence(input)).toThrow(/Template test-request\.md\.hbs is missing.*templates\//);
  });

  it('fails on a template that reads a field the model does not have, naming the template', () => {
    const input = fixtureInput();
    input.templates['declaration-draft.md.hbs'] = 'Producer: {{md produser}}\n{{modle}}\n';
    expect(() => generateEvidence(input)).toThrow(
      /templates\/declaration-draft\.md\.hbs: "modle" not defined/,
    );
  });

  it('fails on a JSON template that renders invalid JSON', () => {
    const input = fixtureInput();
    input.templates['filing-form.json.hbs'] = '{ "model": {{md label.model}} }';
    expect(() => generateEvidence(input)).toThrow(/filing-form\.json\.hbs rendered invalid JSON/);
  });

  it('refuses an input hash that is not a SHA-256', () => {
    const input = fixtureInput({ inputs: [{ path: 'products/cam-x1/product.yaml', sha256: 'abc' }] });
    expect(() => generateEvidence(input)).toThrow(/products\/cam-x1\/product\.yaml has hash "abc"/);
  });

  it('refuses one input listed twice with different hashes', () => {
    const input = fixtureInput({
      inputs: [
        { path: 'a.yaml', sha256: 'a'.repeat(64) },
        { path: 'a.yaml', sha256: 'b'.repeat(64) },
      ],
    });
    expect(() => generateEvidence(input)).toThrow(/a\.yaml is listed twice/);
  });

  it('refuses a filing id that cannot be a folder name', () => {
    expect(() => generateEvidence(fixtureInput({ filingId: '../2026-11-26' }))).toThrow(
      /cannot name an evidence folder/,
    );
  });
});

describe('documents for the filing agency', () => {
  it('say "filed (备案完成)" for a filing the agency completed, never "granted"', () => {
    const bundle = generateEvidence(fixtureInput());
    const form = JSON.parse(file(bundle, 'filing-form.json').toString('utf8')) as {
      form: { filing_status: string };
    };
    expect(form.form.filing_status).toBe('filed (备案完成)');
    for (const f of bundle.files.filter((x) => x.path.endsWith('.md'))) {
      expect(f.content.toString('utf8'), f.path).not.toMatch(/\bgranted\b/);
    }
  });

  it('give the declaration in Simplified Chinese and in English, from the same data', () => {
    const bundle = generateEvidence(fixtureInput());
    const zh = file(bundle, 'declaration-draft.zh-CN.md').toString('utf8');
    const en = file(bundle, 'declaration-draft.md').toString('utf8');
    expect(zh).toContain('# 网络安全标识符合性声明（草稿）');
    expect(zh).toContain('| 名称 / 姓名 | Example Vision Technology Co., Ltd. | Zhang Min |');
    expect(en).toContain('| Name | Example Vision Technology Co., Ltd. | Zhang Min |');
    for (const value of ['CX-1 Indoor Camera', '201919000123', '91440300MA5EXAMPLE']) {
      expect(zh).toContain(value);
      expect(en).toContain(value);
    }
  });
});
