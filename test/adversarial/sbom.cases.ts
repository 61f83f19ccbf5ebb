/**
 * Hostile CycloneDX SBOMs, JSON and XML, read through the loader as a product's SBOM. Big and deep inputs
 * are built when the case runs. An unreadable SBOM is a located `sbom.unreadable` error; a readable one
 * that breaks the schema is flagged `sbom.schema`; nothing crashes, expands entities or pollutes prototypes.
 */
import { expect } from 'vitest';
import { PRODUCT_DIR, SBOM_FILE, type CheckResult, type Expected } from './support.js';
import type { DeclaredCase } from './declared.js';

export const XML_SBOM_FILE = `${PRODUCT_DIR}/sbom.cdx.xml`;

export interface SbomCase extends DeclaredCase {
  format: 'json' | 'xml';
  content: () => string | Buffer;
  outcome: Expected;
  verify?: (result: CheckResult) => void;
}

const unreadable = (file: string, message: RegExp, line?: number, column?: number): Expected => ({
  kind: 'finding',
  rule: 'sbom.unreadable',
  file,
  message,
  ...(line !== undefined && { line }),
  ...(column !== undefined && { column }),
});
const flagged = (file: string, message: RegExp): Expected => ({ kind: 'flagged', rules: ['sbom.schema'], file, message });

const ns = 'http://cyclonedx.org/schema/bom/1.6';
const xmlBom = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<bom xmlns="${ns}" version="1">\n${inner}\n</bom>\n`;
const jsonBom = (extra: Record<string, unknown>) =>
  JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [], ...extra }, null, 2);

// Built as text: JSON.stringify recurses and cannot produce 10,000 levels.
function nestedComponents(depth: number): string {
  const open = Array.from({ length: depth - 1 }, (_, i) => `{"type":"library","name":"c${i}","components":[`).join('');
  return `{"bomFormat":"CycloneDX","specVersion":"1.6","components":[${open}{"type":"library","name":"leaf"}${']}'.repeat(depth - 1)}]}`;
}

const MiB = 1024 * 1024;

export const sbomCases: SbomCase[] = [
  {
    id: 'json-100-mb',
    input: 'sbom.cdx.json of 100 MB',
    expected: 'error `sbom.unreadable` "larger than the 64 MiB limit", refused before decoding',
    format: 'json',
    content: () => Buffer.concat([Buffer.from('{"bomFormat":"CycloneDX","x":"'), Buffer.alloc(100 * MiB, 0x61), Buffer.from('"}')]),
    outcome: unreadable(SBOM_FILE, /larger than the 64 MiB limit/, 1, 1),
    dist: true,
  },
  {
    id: 'json-deep-arrays',
    input: 'sbom.cdx.json: 100,000 nested arrays',
    expected: 'error `sbom.unreadable` "not a CycloneDX SBOM"',
    format: 'json',
    content: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    outcome: unreadable(SBOM_FILE, /not a CycloneDX SBOM: the top level is not an object/),
  },
  {
    id: 'json-deep-components',
    input: 'sbom.cdx.json: components nested 10,000 deep',
    expected: 'error `sbom.unreadable` "nested more than 64 levels"',
    format: 'json',
    content: () => nestedComponents(10_000),
    outcome: unreadable(SBOM_FILE, /nested more than 64 levels/),
  },
  {
    id: 'json-deep-metadata',
    input: 'sbom.cdx.json: 100,000 nested objects inside `metadata`',
    expected: 'read; `sbom.schema` "cannot validate: nested more than 192 levels", no stack overflow',
    format: 'json',
    content: () => `{"bomFormat":"CycloneDX","specVersion":"1.6","metadata":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},"components":[]}`,
    outcome: flagged(SBOM_FILE, /nested more than 192 levels/),
  },
  {
    id: 'json-prototype-keys',
    input: 'sbom.cdx.json: `__proto__` and `constructor` keys at every level and as property names',
    expected: 'read; names kept as data, `sbom.schema` flags the unknown keys, no prototype changed',
    format: 'json',
    content: () =>
      '{"bomFormat":"CycloneDX","specVersion":"1.6","__proto__":{"polluted":"yes"},' +
      '"metadata":{"__proto__":{"polluted":"yes"},"component":{"type":"device","name":"CAM-X1","constructor":{"prototype":{"polluted":"yes"}}}},' +
      '"components":[{"type":"library","name":"__proto__","__proto__":{"isAdmin":true},' +
      '"properties":[{"name":"__proto__","value":"polluted"},{"name":"constructor","value":"x"}]}]}',
    outcome: flagged(SBOM_FILE, /./),
    verify: (r) => {
      const names = r.kind === 'report' ? r.outcome.repo.products[0]?.sbom?.components.map((c) => c.name) : [];
      expect(names).toEqual(['__proto__']);
    },
  },
  {
    id: 'json-syntax-error',
    input: 'sbom.cdx.json: a trailing comma on line 3',
    expected: 'error `sbom.unreadable` "invalid JSON" at line 3',
    format: 'json',
    content: () => '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",\n}\n',
    outcome: unreadable(SBOM_FILE, /invalid JSON/, 4, 1),
  },
  {
    id: 'json-empty',
    input: 'sbom.cdx.json: empty file',
    expected: 'error `sbom.unreadable` "invalid JSON"',
    format: 'json',
    content: () => '',
    outcome: unreadable(SBOM_FILE, /invalid JSON|not a CycloneDX SBOM/),
  },
  {
    id: 'json-invalid-utf8',
    input: 'sbom.cdx.json: bytes C3 28 (not UTF-8) in a component name on line 4',
    expected: 'error `sbom.unreadable` "not valid UTF-8" at line 4, column 31 (never read as U+FFFD)',
    format: 'json',
    content: () =>
      Buffer.concat([
        Buffer.from('{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",\n  "components": [{"name": "lib'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('", "type": "library"}]\n}\n'),
      ]),
    outcome: unreadable(SBOM_FILE, /not valid UTF-8/, 4, 31),
  },
  {
    id: 'json-spdx',
    input: 'sbom.cdx.json holding an SPDX document',
    expected: 'error `sbom.unreadable` "not a CycloneDX SBOM"',
    format: 'json',
    content: () => JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', packages: [] }),
    outcome: unreadable(SBOM_FILE, /not a CycloneDX SBOM: bomFormat is null/),
  },
  {
    id: 'json-spec-version',
    input: 'sbom.cdx.json: `"specVersion": "9.9"`',
    expected: 'error `sbom.unreadable` "unsupported CycloneDX specVersion"',
    format: 'json',
    content: () => jsonBom({ specVersion: '9.9' }),
    outcome: unreadable(SBOM_FILE, /unsupported CycloneDX specVersion "9\.9"/),
  },
  {
    id: 'json-huge-string',
    input: 'sbom.cdx.json: a 20 MB component name',
    expected: 'read (within the limit); the renamed component is reported as a change',
    format: 'json',
    content: () => jsonBom({ components: [{ type: 'library', name: 'x'.repeat(20 * MiB) }] }),
    outcome: { kind: 'completes' },
  },
  {
    id: 'xml-doctype',
    input: 'sbom.cdx.xml with a `<!DOCTYPE>` (line 2)',
    expected: 'error `sbom.unreadable` "DOCTYPE declarations are not allowed" at line 2, column 1',
    format: 'xml',
    content: () => xmlBom('<components/>').replace('\n', '\n<!DOCTYPE bom [<!ELEMENT bom ANY>]>\n'),
    outcome: unreadable(XML_SBOM_FILE, /XML DOCTYPE declarations are not allowed/, 2, 1),
    dist: true,
  },
  {
    id: 'xml-external-entity',
    input: 'sbom.cdx.xml: `<!ENTITY xxe SYSTEM "file:///etc/passwd">` used in a name',
    expected: 'error `sbom.unreadable` at the declaration; no file read',
    format: 'xml',
    content: () =>
      '<?xml version="1.0"?>\n<!DOCTYPE bom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' +
      `<bom xmlns="${ns}"><components><component type="library"><name>&xxe;</name></component></components></bom>\n`,
    outcome: unreadable(XML_SBOM_FILE, /DOCTYPE declarations are not allowed/, 2, 1),
  },
  {
    id: 'xml-entity-expansion',
    input: 'sbom.cdx.xml: 10 levels of 10 entities ("billion laughs")',
    expected: 'error `sbom.unreadable` at the declaration; nothing expanded',
    format: 'xml',
    content: () => {
      const entities = ['<!ENTITY l0 "lol">'];
      for (let i = 1; i < 10; i++) entities.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
      return `<?xml version="1.0"?>\n<!DOCTYPE bom [\n${entities.join('\n')}\n]>\n<bom xmlns="${ns}"><components><component type="library"><name>&l9;</name></component></components></bom>\n`;
    },
    outcome: unreadable(XML_SBOM_FILE, /DOCTYPE declarations are not allowed/, 2, 1),
  },
  {
    id: 'xml-parameter-entity',
    input: 'sbom.cdx.xml: a stray `<!ENTITY % p SYSTEM "http://…">` inside the document',
    expected: 'error `sbom.unreadable` "ENTITY declarations are not allowed" at its line',
    format: 'xml',
    content: () => xmlBom('<!ENTITY % p SYSTEM "http://attacker.example/x.dtd">\n<components/>'),
    outcome: unreadable(XML_SBOM_FILE, /XML ENTITY declarations are not allowed/, 3, 1),
  },
  {
    id: 'xml-over-limit',
    input: 'sbom.cdx.xml of 65 MiB (claims a size one MiB over the limit)',
    expected: 'error `sbom.unreadable` "larger than the 64 MiB limit", not parsed',
    format: 'xml',
    content: () => Buffer.concat([Buffer.from(xmlBom('<components>')), Buffer.alloc(65 * MiB, 0x20), Buffer.from('</components>')]),
    outcome: unreadable(XML_SBOM_FILE, /larger than the 64 MiB limit/),
  },
  {
    id: 'xml-deep',
    input: 'sbom.cdx.xml: 100,000 nested elements inside `metadata`',
    expected: 'error `sbom.unreadable` "nested more than 192 levels"',
    format: 'xml',
    content: () => xmlBom(`<metadata>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</metadata>`),
    outcome: unreadable(XML_SBOM_FILE, /nested more than 192 levels/),
  },
  {
    id: 'xml-unclosed',
    input: 'sbom.cdx.xml: unclosed `<components>`',
    expected: 'error `sbom.unreadable` "invalid XML"',
    format: 'xml',
    content: () => `<bom xmlns="${ns}"><components>`,
    outcome: unreadable(XML_SBOM_FILE, /invalid XML/),
  },
  {
    id: 'xml-latin1',
    input: 'sbom.cdx.xml declaring `encoding="ISO-8859-1"` with Latin-1 bytes (line 3)',
    expected: 'error `sbom.unreadable` "not valid UTF-8" at line 3',
    format: 'xml',
    content: () =>
      Buffer.from(
        `<?xml version="1.0" encoding="ISO-8859-1"?>\n<bom xmlns="${ns}"><components>\n<component type="library"><name>caf\u00e9</name></component></components></bom>\n`,
        'latin1',
      ),
    outcome: unreadable(XML_SBOM_FILE, /not valid UTF-8/, 3, 36),
  },
  {
    id: 'xml-prototype-element',
    input: 'sbom.cdx.xml: a `<__proto__>` element',
    expected: 'error `sbom.unreadable` (the XML parser refuses the name); no prototype changed',
    format: 'xml',
    content: () => xmlBom('<__proto__><polluted>yes</polluted></__proto__>\n<components/>'),
    outcome: unreadable(XML_SBOM_FILE, /reserved JavaScript keyword/),
  },
  {
    id: 'xml-prototype-names',
    input: 'sbom.cdx.xml: `__proto__` as attribute and property name, `constructor` as component name',
    expected: 'read; names kept as data, no prototype changed',
    format: 'xml',
    content: () =>
      xmlBom(
        '<components><component type="library" __proto__="x"><name>constructor</name>' +
          '<properties><property name="__proto__">polluted</property></properties></component></components>',
      ),
    outcome: { kind: 'completes' },
    verify: (r) => {
      const c = r.kind === 'report' ? r.outcome.repo.products[0]?.sbom?.components[0] : undefined;
      expect(c?.name).toBe('constructor');
      expect(c?.properties).toEqual([{ name: '__proto__', value: 'polluted' }]);
    },
  },
];

/** A value of every JSON type but the one a field expects. */
const WRONG = {
  string: [null, 0, -1.5, true, [], ['x'], {}, { name: 'x' }],
  object: [null, 0, 'x', '', true, [], [{}]],
  array: [null, 0, 'x', true, {}, [null], [0], [[]]],
  boolean: [null, 0, 'true', [], {}],
} as const;

/** Top-level and component fields, each with the JSON type the CycloneDX schema gives it. */
const FIELDS: [where: 'document' | 'component' | 'service', field: string, type: keyof typeof WRONG][] = [
  ['document', 'bomFormat', 'string'],
  ['document', 'specVersion', 'string'],
  ['document', 'serialNumber', 'string'],
  ['document', 'metadata', 'object'],
  ['document', 'components', 'array'],
  ['document', 'services', 'array'],
  ['document', 'dependencies', 'array'],
  ['component', 'type', 'string'],
  ['component', 'name', 'string'],
  ['component', 'group', 'string'],
  ['component', 'version', 'string'],
  ['component', 'purl', 'string'],
  ['component', 'cpe', 'string'],
  ['component', 'bom-ref', 'string'],
  ['component', 'publisher', 'string'],
  ['component', 'supplier', 'object'],
  ['component', 'manufacturer', 'object'],
  ['component', 'hashes', 'array'],
  ['component', 'licenses', 'array'],
  ['component', 'properties', 'array'],
  ['component', 'components', 'array'],
  ['component', 'cryptoProperties', 'object'],
  ['service', 'name', 'string'],
  ['service', 'endpoints', 'array'],
  ['service', 'authenticated', 'boolean'],
  ['service', 'provider', 'object'],
];

/** One SBOM per wrong value: the field set to it on the document, on a component or on a service. */
export interface WrongTypeCase extends DeclaredCase {
  documents: () => { value: unknown; text: string }[];
}

export const wrongTypeCases: WrongTypeCase[] = FIELDS.map(([where, field, type]) => ({
  id: `wrong-type-${where}-${field}`,
  input: `${where === 'document' ? '' : `${where} `}\`${field}\` set to each of ${WRONG[type].length} values of other JSON types`,
  expected: 'read or refused, always flagged (`sbom.schema` or `sbom.unreadable`), never a crash',
  documents: () =>
    WRONG[type].map((value) => {
      const component: Record<string, unknown> = { type: 'library', name: 'busybox', version: '1.36.1' };
      const service: Record<string, unknown> = { name: 'api' };
      const doc: Record<string, unknown> = {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        components: [component],
        services: [service],
      };
      if (where === 'document') doc[field] = value;
      else if (where === 'component') component[field] = value;
      else service[field] = value;
      return { value, text: JSON.stringify(doc) };
    }),
}));
