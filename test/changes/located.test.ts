// SBOM-side findings point at the entry's line in the SBOM, in JSON and in XML, so annotations land there.
import { describe, expect, it } from 'vitest';
import { detectChanges } from '../../src/changes/index.js';
import { entryLocator } from '../../src/sbom/locate.js';
import { cnCcl, fixture, lineOf, load } from './support.js';

async function daemonAdded(xml: boolean) {
  const f = fixture();
  f.sbomAsXml = xml;
  f.sbom.components.push({
    type: 'application',
    'bom-ref': 'sw:dropbear',
    name: 'dropbear',
    version: '2024.85',
    purl: 'pkg:generic/dropbear@2024.85',
    properties: [{ name: 'ccl:role', value: 'network-daemon' }],
  });
  const { product, files } = await load(f);
  const r = detectChanges(product, cnCcl());
  const text = files[xml ? 'sbom.cdx.xml' : 'sbom.cdx.json']!;
  return { finding: r.findings.find((x) => x.ruleId === 'change.unrecorded')!, text };
}

describe('located SBOM findings', () => {
  it("points at the added component's line in a JSON SBOM", async () => {
    const { finding, text } = await daemonAdded(false);
    expect(finding.file).toBe('products/cam-a/sbom.cdx.json');
    expect(finding.line).toBe(lineOf(text, '"bom-ref": "sw:dropbear"'));
    expect(finding.line).toBeGreaterThan(1);
  });

  it("points at the added component's line in an XML SBOM", async () => {
    const { finding, text } = await daemonAdded(true);
    expect(finding.file).toBe('products/cam-a/sbom.cdx.xml');
    expect(finding.line).toBe(lineOf(text, 'bom-ref="sw:dropbear"'));
    expect(finding.line).toBeGreaterThan(1);
  });

  it('falls back from bom-ref to purl to name, and to nothing when absent', () => {
    const json =
      '{\n  "components": [\n    {\n      "name": "a",\n      "purl": "pkg:npm/a@1"\n    }\n  ]\n}\n';
    const locate = entryLocator(json);
    expect(locate({ bomRef: 'x', purl: 'pkg:npm/a@1', name: 'a' })).toBe(5);
    expect(locate({ name: 'a' })).toBe(4);
    expect(locate({ name: 'b' })).toBeUndefined();
    const xml =
      '<bom>\n<components>\n<component type="library">\n<name>a &amp; b</name>\n</component>\n</components>\n</bom>\n';
    expect(entryLocator(xml)({ name: 'a & b' })).toBe(4);
  });
});
