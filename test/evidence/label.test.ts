import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  describeLabel,
  type LabelData,
  generateEvidence,
  placeholderVerificationUrl,
  renderLabelPng,
  renderLabelSvg,
} from '../../src/evidence/index.js';
import { decodePngQr, decodeSvgQr, hasDraftRed } from './decode.js';
import { assertValidFiling, fixtureFiling, fixtureInput, fixtureProduct, loadTemplates } from './fixtures.js';

const verificationUrl = 'https://ccl-filing.example.test/verify/CCL-2026-0001234';
const captions = [
  '生产者 Producer',
  '规格型号 Model',
  '网络安全能力等级 Level',
  '有效期 Validity',
  '检测机构 Lab',
  '依据标准 Standard',
  '备案信息码 Filing code',
];

/** The label PNG as the bundle makes it: the SVG, rendered. */
const pngOf = (label: LabelData): Buffer => renderLabelPng(renderLabelSvg(label, loadTemplates()));

function refilingRequired() {
  const filing = fixtureFiling();
  filing.status = 'refiling-required';
  assertValidFiling(filing);
  return filing;
}

describe('label PNG', () => {
  it('carries a QR code that scans to the verification URL', () => {
    const png = pngOf(describeLabel(fixtureProduct(), fixtureFiling()));
    expect(decodePngQr(png)).toBe(verificationUrl);
  });

  it('is byte-identical across renders', () => {
    const label = describeLabel(fixtureProduct(), fixtureFiling());
    expect(pngOf(label).equals(pngOf(describeLabel(fixtureProduct(), fixtureFiling())))).toBe(true);
  });

  it('is the PNG in the bundle', () => {
    const bundle = generateEvidence(fixtureInput());
    const png = bundle.files.find((f) => f.path === 'label.png')?.content;
    expect(png?.equals(pngOf(describeLabel(fixtureProduct(), fixtureFiling())))).toBe(true);
  });

  it('grows to keep a long verification URL scannable', () => {
    const filing = fixtureFiling();
    filing.verification_url = `https://ccl-filing.example.test/verify/${'X'.repeat(240)}`;
    const png = pngOf(describeLabel(fixtureProduct(), filing));
    expect(decodePngQr(png)).toBe(filing.verification_url);
  });

  it('is marked in red only when the label is a draft', () => {
    expect(hasDraftRed(pngOf(describeLabel(fixtureProduct(), fixtureFiling())))).toBe(false);
    expect(hasDraftRed(pngOf(describeLabel(fixtureProduct(), refilingRequired())))).toBe(true);
  });
});

describe('label SVG', () => {
  const svg = renderLabelSvg(describeLabel(fixtureProduct(), fixtureFiling()), loadTemplates());

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('shows the seven items with Chinese and English captions', () => {
    for (const caption of captions) expect(svg).toContain(`>${caption}</text>`);
    for (const value of [
      'Example Vision Technology Co., Ltd.',
      'CX-1 Indoor Camera',
      '2 — 增强级 Enhanced',
      '2026-07-15 – 2028-07-14',
      'Example In-House Security Lab',
      'TC260 camera practice guide (2026 draft)',
      'CCL-2026-0001234',
    ]) {
      expect(svg).toContain(`>${value}</text>`);
    }
  });

  it('draws the QR code as one path that scans to the verification URL', () => {
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(decodeSvgQr(svg)).toBe(verificationUrl);
  });

  it('fills as many stars as the level claims', () => {
    expect(svg.match(/<polygon [^>]*fill="#000000"/g)).toHaveLength(2);
    expect(svg.match(/<polygon [^>]*fill="none"/g)).toHaveLength(1);
  });

  it('is not marked as a draft for a granted filing', () => {
    expect(svg).not.toContain('DRAFT');
  });

  it('squeezes an over-long value into its column rather than cutting it', () => {
    const product = fixtureProduct();
    product.model = 'CX-1 Indoor Camera with two-way audio, night vision and a very long marketing name';
    const long = renderLabelSvg(describeLabel(product, fixtureFiling()), loadTemplates());
    expect(long).toContain(`textLength="380" lengthAdjust="spacingAndGlyphs">${product.model}</text>`);
  });
});

describe('draft label', () => {
  it('is marked "DRAFT — refiling pending" when refiling is required', () => {
    const label = describeLabel(fixtureProduct(), refilingRequired());
    expect(label.draft).toBe(true);
    const svg = renderLabelSvg(label, loadTemplates());
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('DRAFT — refiling pending');
    expect(svg).toContain('filing status is refiling-required');
  });

  it('does not print the filing code of the invalidated filing', () => {
    const svg = renderLabelSvg(describeLabel(fixtureProduct(), refilingRequired()), loadTemplates());
    expect(svg).not.toContain('>CCL-2026-0001234</text>');
    expect(svg).toContain('>待备案 pending</text>');
  });

  it('keeps the known verification URL in the QR code', () => {
    const label = describeLabel(fixtureProduct(), refilingRequired());
    expect(decodePngQr(pngOf(label))).toBe(verificationUrl);
    expect(decodeSvgQr(renderLabelSvg(label, loadTemplates()))).toBe(verificationUrl);
  });

  it('encodes a placeholder that cannot resolve when the product was never filed', () => {
    const label = describeLabel(fixtureProduct(), undefined);
    const placeholder = placeholderVerificationUrl('cam-x1');
    expect(placeholder).toBe('https://not-filed.invalid/DRAFT/cam-x1');
    expect(label).toMatchObject({
      draft: true,
      qrPlaceholder: true,
      qrText: placeholder,
      filingStatus: 'not-filed',
    });
    const svg = renderLabelSvg(label, loadTemplates());
    expect(svg).toContain('PLACEHOLDER QR — not a filing');
    expect(decodeSvgQr(svg)).toBe(placeholder);
    expect(decodePngQr(pngOf(label))).toBe(placeholder);
  });

  it('is a draft for a granted filing that records no filing code', () => {
    const filing = fixtureFiling();
    delete filing.label?.filing_code;
    const label = describeLabel(fixtureProduct(), filing);
    expect(label.draft).toBe(true);
    expect(label.draftReasons).toEqual(['no filing code']);
  });

  it('is what the bundle ships for a product awaiting refiling', () => {
    const svg = generateEvidence(fixtureInput({ filing: refilingRequired() }))
      .files.find((f) => f.path === 'label.svg')
      ?.content.toString('utf8');
    expect(svg).toContain('DRAFT — refiling pending');
  });
});

describe('label data in SVG', () => {
  it('is XML-escaped and reads back as the original text', () => {
    const product = fixtureProduct();
    product.model = `<script>alert("x")</script> & 'co' {{constructor}}`;
    product.manufacturer.name = 'A&B <b>Vision</b>\u0007';
    const svg = renderLabelSvg(describeLabel(product, fixtureFiling()), loadTemplates());
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    const texts: unknown[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') Object.values(node).forEach(collect);
      else texts.push(node);
    };
    collect(new XMLParser({ ignoreAttributes: true, htmlEntities: true }).parse(svg));
    expect(texts).toContain(product.model);
    // A control character XML cannot hold is replaced, not passed through.
    expect(texts).toContain('A&B <b>Vision</b>\uFFFD');
  });
});
