import { describe, expect, it } from 'vitest';
import { readSbom } from '../../src/sbom/read.js';
import { validateSbom } from '../../src/sbom/validate.js';
import { bom, containing, corpusFiles, corpusText, fixtureText, matching } from './helpers.js';

const valid = corpusFiles().filter((f) => !f.startsWith('spec_invalid-'));
const invalid = corpusFiles().filter((f) => f.startsWith('spec_invalid-'));

describe('validateSbom on the shared corpus', () => {
  it('finds the six deliberately invalid files and 26 valid ones', () => {
    expect(invalid).toHaveLength(6);
    expect(valid).toHaveLength(26);
  });

  it.each(valid)('reads %s with zero schema problems', (file) => {
    const text = corpusText(file);
    const read = readSbom(text, file);
    expect(read.ok).toBe(true);
    expect(validateSbom(text, file, read.ok ? read.sbom : undefined)).toEqual([]);
  });

  it.each([
    [
      'spec_invalid-component-type-1.6.json',
      [
        {
          line: 9,
          message: /\/components\/0\/type must be equal to one of the allowed values \(found "foo"/,
        },
      ],
    ],
    [
      'spec_invalid-bomformat-1.5.json',
      [{ line: 2, message: /\/bomFormat must be equal to one of the allowed values/ }],
    ],
    ['spec_invalid-serialnumber-1.4.json', [{ line: 4, message: /\/serialNumber must match pattern/ }]],
    [
      'spec_invalid-dependency-1.6.json',
      [
        { line: 28, message: /\/dependencies\/0 must have required property 'ref'/ },
        { line: 32, message: /\/dependencies\/1\/ref must NOT have fewer than 1 characters/ },
      ],
    ],
    [
      'spec_invalid-hash-sha256-1.6.xml',
      [{ line: 11, message: /hashes\/hash\[3\]: SHA-256 hash "foo" is not 64 hexadecimal characters/ }],
    ],
    [
      'spec_invalid-missing-component-type-1.3.xml',
      [{ line: 4, message: /component\[1\]: component is missing required attribute 'type'/ }],
    ],
  ] as const)('reports the schema error of %s without throwing', (file, expected) => {
    let problems: ReturnType<typeof validateSbom> = [];
    expect(() => {
      problems = validateSbom(corpusText(file), file);
    }).not.toThrow();
    expect(problems).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(problems[i]).toMatchObject({
        file,
        line: e.line,
        message: matching(e.message),
        hint: containing('sbom_schema'),
      });
    });
  });

  it('covers every invalid corpus file in the table above', () => {
    expect(invalid.sort()).toEqual(
      [
        'spec_invalid-bomformat-1.5.json',
        'spec_invalid-component-type-1.6.json',
        'spec_invalid-dependency-1.6.json',
        'spec_invalid-hash-sha256-1.6.xml',
        'spec_invalid-missing-component-type-1.3.xml',
        'spec_invalid-serialnumber-1.4.json',
      ].sort(),
    );
  });
});

describe('validateSbom details', () => {
  it('validates against the declared spec version: device-driver is fine in 1.5 but not in 1.4', () => {
    const components = [{ type: 'device-driver', name: 'd' }];
    expect(validateSbom(bom(components, {}, '1.5'), 'x.json')).toEqual([]);
    expect(validateSbom(bom(components, {}, '1.4'), 'x.json')[0]?.message).toMatch(
      /CycloneDX 1.4.*type must be equal to one of/,
    );
  });

  it('names the offending property of an additionalProperties error', () => {
    const problems = validateSbom(bom([{ type: 'library', name: 'x', colour: 'blue' }]), 'x.json');
    expect(problems[0]?.message).toMatch(
      /\/components\/0 must NOT have additional properties \(property "colour"\)/,
    );
  });

  it('reports all errors, not just the first', () => {
    const problems = validateSbom(bom([{ type: 'nope', name: 'a' }, { name: 'b' }]), 'x.json');
    expect(problems.map((p) => p.message)).toEqual([
      matching(/\/components\/0\/type must be equal/),
      matching(/\/components\/1 must have required property 'type'/),
    ]);
  });

  it('caps the number of reported problems', () => {
    const components = Array.from({ length: 30 }, (_, i) => ({ type: 'nope', name: `c${i}` }));
    const problems = validateSbom(bom(components), 'x.json', undefined, { maxProblems: 5 });
    expect(problems).toHaveLength(6);
    expect(problems[5]?.message).toBe('… and 25 more schema problems');
  });

  it('refuses to validate an unknown spec version rather than guessing', () => {
    expect(validateSbom('{"bomFormat":"CycloneDX","specVersion":"2.0"}', 'x.json')[0]?.message).toMatch(
      /specVersion "2.0" is not a CycloneDX version/,
    );
  });

  it('returns parse problems for unparseable input instead of throwing', () => {
    expect(validateSbom('{oops', 'x.json')[0]).toMatchObject({
      line: 1,
      message: matching(/^invalid JSON/),
    });
    expect(validateSbom('<bom', 'x.xml')[0]?.message).toMatch(/^invalid XML/);
  });

  it('checks XML structure best-effort: component type per spec version, hash algorithm and digest length', () => {
    const xml = (type: string, hash: string) =>
      `<bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components><component type="${type}"><name>x</name>` +
      `<hashes>${hash}</hashes></component></components></bom>`;
    expect(validateSbom(xml('firmware', `<hash alg="SHA-1">${'a'.repeat(40)}</hash>`), 'x.xml')).toEqual([]);
    expect(validateSbom(xml('cryptographic-asset', ''), 'x.xml')[0]?.message).toMatch(
      /type "cryptographic-asset" is not allowed in 1.4/,
    );
    expect(
      validateSbom(xml('library', `<hash alg="SHA-1">${'a'.repeat(64)}</hash>`), 'x.xml')[0]?.message,
    ).toMatch(/SHA-1 hash "a+" is not 40 hexadecimal characters/);
    expect(
      validateSbom(xml('library', `<hash alg="SHA256">${'a'.repeat(64)}</hash>`), 'x.xml')[0]?.message,
    ).toMatch(/hash algorithm "SHA256" is not allowed/);
  });

  it('checks nested XML components, services and dependencies', () => {
    const xml =
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components><component type="library"><name>a</name>' +
      '<components><component><name>b</name></component></components></component></components>' +
      '<services><service><version>1</version></service></services>' +
      '<dependencies><dependency><dependency ref="a"/></dependency></dependencies></bom>';
    expect(validateSbom(xml, 'x.xml').map((p) => p.message.replace(/^.*?: /, ''))).toEqual([
      "/bom/components/component[1]/components/component[1]: component is missing required attribute 'type'",
      "/bom/services/service[1]: service is missing required element 'name'",
      "/bom/dependencies/dependency[1]: dependency is missing required attribute 'ref'",
    ]);
  });

  it('finds the JSON and XML fixtures valid', () => {
    expect(validateSbom(fixtureText('same-content.cdx16.json'), 'x.json')).toEqual([]);
    expect(validateSbom(fixtureText('same-content.cdx16.xml'), 'x.xml')).toEqual([]);
  });
});
