import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { DetectedChange } from '../../src/core/change.js';
import { stableJson } from '../../src/evidence/text-formats.js';
import { generateEvidence, type EvidenceBundle } from '../../src/evidence/index.js';
import {
  assertValidFiling,
  assertValidProduct,
  fixtureFiling,
  fixtureInput,
  fixtureProduct,
  fixtureText,
} from './fixtures.js';

/** Everything data should never be able to do to a document, in one string. */
const hostile =
  '<script>alert(1)</script> & "q" {{x}} {{constructor}} @org/team [x](javascript:alert(1)) ![i](http://x)';

function hostileBundle(): EvidenceBundle {
  const product = fixtureProduct();
  product.model = `Model ${hostile}`;
  product.manufacturer.name = `Producer ${hostile}`;
  product.manufacturer.address = `Address ${hostile}`;
  product.stakeholders = [
    { role: 'manufacturer', name: `Maker ${hostile}`, contact: `contact ${hostile}` },
    { role: 'compliance-lead', name: `Lead ${hostile}`, github: '@org/team' },
  ];
  const soc = product.hardware.parts?.[0];
  if (soc) soc.manufacturer = `Semi ${hostile}`;
  product.firmware.version = `2.4.0 ${hostile}`;
  if (product.security?.authentication)
    product.security.authentication.unique_credential_mechanism = `Mechanism ${hostile}`;
  if (product.evidence?.test_report) product.evidence.test_report.lab = `Lab ${hostile}`;
  assertValidProduct(product);

  const filing = fixtureFiling();
  if (filing.label) filing.label.standard = `Standard ${hostile}`;
  assertValidFiling(filing);

  const change: DetectedChange = {
    kind: 'firmware.version',
    subject: `Subject ${hostile}`,
    from: `From ${hostile}`,
    to: `To ${hostile}`,
    classification: 'material',
    classId: 'fw-new-service',
    reason: `Reason ${hostile}`,
    sources: [{ title: `Source ${hostile}`, clause: `Clause ${hostile}`, url: 'javascript:alert(1)' }],
    recorded: false,
    fingerprint: 'fw:0011223344556677',
  };

  const sbom = JSON.parse(fixtureText('sbom.cdx.json')) as { components: object[] };
  sbom.components.push({
    type: 'application',
    name: `Agent ${hostile}`,
    version: '1',
    properties: [{ name: 'ccl:role', value: `auth ${hostile}` }],
  });

  return generateEvidence(
    fixtureInput({ product, filing, changes: [change], sbomNormalised: JSON.stringify(sbom) }),
  );
}

const bundle = hostileBundle();
// The SBOM is the caller's normalised SBOM, copied as given; the PNG holds no text data.
const texts = bundle.files
  .filter((f) => f.path !== 'sbom.cdx.json' && f.path !== 'label.png')
  .map((f) => ({ path: f.path, text: f.content.toString('utf8') }));
const ofType = (suffix: string) => texts.filter((t) => t.path.endsWith(suffix));
const withData = texts.filter((t) => t.path !== 'evidence-index.json');

describe('hostile data in the evidence', () => {
  it.each(texts)('never becomes an HTML tag in $path', ({ text }) => {
    expect(text).not.toMatch(/<script/i);
  });

  it.each(ofType('.md'))('never becomes a Markdown link or image in $path', ({ text }) => {
    expect(text).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\) \\!\\[i\\]\\(http:&#8203;//x\\)');
    expect(text).not.toMatch(/(?<!\\)\[x\]\(/);
    expect(text).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(text).not.toContain('![i](');
  });

  it.each(withData)('keeps handlebars syntax as literal text in $path', ({ text }) => {
    expect(text).toContain('{{x}}');
    expect(text).toContain('{{constructor}}');
    expect(text).not.toMatch(/function Object|\[object Object\]|native code/);
  });

  it.each(ofType('.md'))('never mentions a GitHub user or team in $path', ({ text }) => {
    expect(text).not.toMatch(/(^|[^\w])@org\/team/);
    expect(text).toContain('@&#8203;org/team');
  });

  it.each([...ofType('.md'), ...ofType('.svg')])('escapes & and " as entities in $path', ({ text }) => {
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);)/i);
    expect(text).toContain('&amp; &quot;q&quot;');
  });

  it.each(ofType('.md'))('shows a non-web source URL as escaped text, not a link, in $path', ({ text }) => {
    expect(text).not.toContain('<javascript:');
  });

  it.each(ofType('.json'))('escapes <, > and & inside JSON strings in $path', ({ text }) => {
    expect(text).not.toMatch(/[<>&]/);
  });

  it('reads back from the filing form exactly as given', () => {
    const form = JSON.parse(texts.find((t) => t.path === 'filing-form.json')?.text ?? '') as {
      label: { model: string; standard: string };
    };
    expect(form.label.model).toBe(`Model ${hostile}`);
    expect(form.label.standard).toBe(`Standard ${hostile}`);
  });

  it('reads back from the label SVG exactly as given', () => {
    const svg = texts.find((t) => t.path === 'label.svg')?.text ?? '';
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(JSON.stringify(new XMLParser({ htmlEntities: true }).parse(svg))).toContain(
      JSON.stringify(`Model ${hostile}`).slice(1, -1),
    );
  });
});

describe('stableJson', () => {
  it('escapes HTML specials and line separators and ends with a newline', () => {
    expect(stableJson({ a: '<&>\u2028' })).toBe('{\n  "a": "\\u003c\\u0026\\u003e\\u2028"\n}\n');
  });
});
