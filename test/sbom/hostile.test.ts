import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSbom } from '../../src/sbom/read.js';
import { validateSbom } from '../../src/sbom/validate.js';
import { bom, containing, matching } from './helpers.js';

// Built as text: JSON.stringify itself recurses and cannot produce 10,000 levels.
function nestedJson(depth: number): string {
  const open = Array.from(
    { length: depth - 1 },
    (_, i) => `{"type":"library","name":"c${i}","components":[`,
  ).join('');
  const inner = `{"type":"library","name":"c${depth - 1}"}`;
  return `{"bomFormat":"CycloneDX","specVersion":"1.6","components":[${open}${inner}${']}'.repeat(depth - 1)}]}`;
}

function nestedXml(depth: number): string {
  const open = Array.from(
    { length: depth },
    (_, i) => `<component type="library"><name>c${i}</name><components>`,
  ).join('');
  const close = '</components></component>'.repeat(depth);
  return `<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components>${open}${close}</components></bom>`;
}

describe('hostile input', () => {
  it('refuses input over maxBytes before parsing, quickly and with a clear message', () => {
    const text = bom(Array.from({ length: 2000 }, (_, i) => ({ type: 'library', name: `lib-${i}` })));
    const started = performance.now();
    const r = readSbom(text, 'big.json', { maxBytes: 16 * 1024 });
    expect(performance.now() - started).toBeLessThan(50);
    expect(r).toMatchObject({
      ok: false,
      problems: [{ file: 'big.json', message: matching(/larger than the 16 KiB limit/) }],
    });
    expect(validateSbom(text, 'big.json', undefined, { maxBytes: 16 * 1024 })[0]?.message).toMatch(
      /larger than/,
    );
  });

  it('counts UTF-8 bytes, not characters, against maxBytes', () => {
    const text = bom([{ type: 'library', name: 'é'.repeat(600) }]);
    expect(text.length).toBeLessThan(1024);
    expect(readSbom(text, 'x.json', { maxBytes: 1024 }).ok).toBe(false);
    expect(readSbom(new TextEncoder().encode(text), 'x.json', { maxBytes: 1024 }).ok).toBe(false);
  });

  it('refuses a string exactly when its UTF-8 size is over maxBytes, wherever the wide characters are', () => {
    // Only part of a long string is counted when the rest cannot cross the limit; the verdict and
    // the size reported must be those of counting every byte.
    const unit = fc.constantFrom('a', '{', 'é', '€', '😀', '\ud800');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 250 }),
        fc.integer({ min: 1, max: 1000 }),
        (units, maxBytes) => {
          const text = units.join('');
          const r = readSbom(text, 'x.json', { maxBytes });
          const size = r.ok ? undefined : /at least (\d+) bytes/.exec(r.problems[0]!.message)?.[1];
          const bytes = Buffer.byteLength(text, 'utf8');
          expect(size === undefined ? undefined : Number(size)).toBe(
            text.length > maxBytes ? text.length : bytes > maxBytes ? bytes : undefined,
          );
        },
      ),
      { numRuns: 2000 },
    );
    const ascii = 'a'.repeat(400);
    const tail = (wide: number) => `${ascii}${'€'.repeat(wide)}`; // 400 + 3 × wide bytes
    expect(readSbom(tail(200), 'x.json', { maxBytes: 1000 })).toMatchObject({
      problems: [{ message: matching(/^invalid JSON/) }],
    });
    expect(readSbom(tail(201), 'x.json', { maxBytes: 1000 })).toMatchObject({
      problems: [{ message: 'SBOM is larger than the 1000 bytes limit (at least 1003 bytes)' }],
    });
  });

  it('refuses JSON components nested 10,000 deep with a clear error instead of a stack overflow', () => {
    const text = nestedJson(10_000);
    const r = readSbom(text, 'deep.json');
    expect(r).toMatchObject({
      ok: false,
      problems: [{ message: matching(/nested more than 64 levels/) }],
    });
    expect(validateSbom(text, 'deep.json')[0]?.message).toMatch(/nested more than/);
  });

  it('refuses XML components nested 10,000 deep with a clear error', () => {
    const text = nestedXml(10_000);
    const r = readSbom(text, 'deep.xml');
    expect(r).toMatchObject({
      ok: false,
      problems: [{ message: matching(/nested more than \d+ levels/) }],
    });
    expect(validateSbom(text, 'deep.xml')[0]?.message).toMatch(/nested more than/);
  });

  it('reads nesting up to the depth limit and refuses one level more', () => {
    expect(readSbom(nestedJson(64), 'ok.json').ok).toBe(true);
    expect(readSbom(nestedJson(65), 'deep.json').ok).toBe(false);
    expect(readSbom(nestedJson(5), 'x.json', { maxDepth: 4 }).ok).toBe(false);
    expect(readSbom(nestedXml(64), 'ok.xml').ok).toBe(true);
    expect(readSbom(nestedXml(65), 'deep.xml').ok).toBe(false);
  });

  it.each([
    [
      'a DOCTYPE',
      '<?xml version="1.0"?>\n<!DOCTYPE bom [<!ELEMENT bom ANY>]>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>',
      'DOCTYPE',
      2,
    ],
    [
      'an entity-expansion bomb',
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components><component type="library"><name>&lol2;</name></component></components></bom>',
      'DOCTYPE',
      1,
    ],
    [
      'an external entity',
      '<!DOCTYPE bom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>',
      'DOCTYPE',
      1,
    ],
    [
      'a stray ENTITY declaration',
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><!ENTITY x "y"></bom>',
      'ENTITY',
      1,
    ],
  ])('refuses XML with %s', (_what, text, keyword, line) => {
    const r = readSbom(text, 'evil.xml');
    expect(r).toMatchObject({
      ok: false,
      problems: [
        {
          line,
          message: `XML ${keyword} declarations are not allowed in an SBOM`,
          hint: containing('DTD'),
        },
      ],
    });
    expect(validateSbom(text, 'evil.xml')[0]?.message).toMatch(/declarations are not allowed/);
  });

  it('never lets __proto__ or constructor keys pollute prototypes', () => {
    const text =
      '{"bomFormat":"CycloneDX","specVersion":"1.6","__proto__":{"polluted":"yes"},' +
      '"metadata":{"__proto__":{"polluted":"yes"},"component":{"type":"device","name":"d","constructor":{"prototype":{"polluted":"yes"}}}},' +
      '"components":[{"type":"library","name":"x","__proto__":{"polluted":"yes"},' +
      '"properties":[{"name":"__proto__","value":"polluted"},{"name":"constructor","value":"x"}],' +
      '"hashes":[{"alg":"__proto__","content":"00"}]}],' +
      '"services":[{"name":"__proto__","__proto__":{"polluted":"yes"}}]}';
    const r = readSbom(text, 'proto.json');
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    if (!r.ok) return;
    const c = r.sbom.components[0]!;
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(Object.keys(c)).not.toContain('polluted');
    expect(c.properties.map((p) => p.name)).toEqual(['__proto__', 'constructor']);
    expect(validateSbom(text, 'proto.json').length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never lets __proto__ in XML pollute prototypes', () => {
    const text =
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components><component type="library" __proto__="x">' +
      '<name>x</name><properties><property name="__proto__">polluted</property></properties></component></components></bom>';
    const r = readSbom(text, 'proto.xml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && r.sbom.components[0]!.properties).toEqual([{ name: '__proto__', value: 'polluted' }]);
    const tag =
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><__proto__><polluted>yes</polluted></__proto__></bom>';
    expect(() => readSbom(tag, 'proto-tag.xml')).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('warns about duplicate bom-refs but still reads the document', () => {
    const r = readSbom(
      bom([
        { type: 'library', name: 'a', 'bom-ref': 'dup' },
        { type: 'library', name: 'b', 'bom-ref': 'dup' },
        { type: 'library', name: 'c', 'bom-ref': 'unique' },
      ]),
      'dups.json',
    );
    expect(r.ok).toBe(true);
    expect(r.ok && r.sbom.components).toHaveLength(3);
    expect(r.ok && r.warnings).toEqual([
      { file: 'dups.json', message: 'duplicate bom-ref "dup"', hint: containing('unique') },
    ]);
  });

  it('names each repeated bom-ref once, in the order its first repeat appears: root, parts and services alike', () => {
    const lib = (name: string, ref: string, components?: unknown[]) => ({
      type: 'library',
      name,
      'bom-ref': ref,
      ...(components ? { components } : {}),
    });
    // Thousands of distinct refs, so the lookup has slot collisions to resolve by content.
    const distinct = Array.from({ length: 3000 }, (_, i) => lib(`u${i}`, `ref-${i}`));
    const r = readSbom(
      bom(
        [
          lib('x', 'x'),
          lib('y', 'y'),
          ...distinct,
          lib('y2', 'y'),
          lib('holder', 'holder', [lib('nested', 'root')]),
          lib('x2', 'x'),
          lib('y3', 'y'),
          lib('fw2', 'fw'),
        ],
        {
          metadata: {
            component: { type: 'device', name: 'cam', 'bom-ref': 'root', components: [lib('fw', 'fw')] },
          },
          services: [
            { name: 's', 'bom-ref': 'ref-5' },
            { name: 't', 'bom-ref': 'ref-9' },
          ],
        },
      ),
      'dups.json',
    );
    expect(r.ok && r.warnings).toEqual([
      {
        file: 'dups.json',
        message: 'duplicate bom-ref "y", "root", "x", "fw", "ref-5" and 1 more',
        hint: containing('unique'),
      },
    ]);
  });

  it('names repeated bom-refs as a scan with a Set would, for any refs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'ab', 'ba', ' a'), { maxLength: 40 }),
        (refs) => {
          const r = readSbom(
            bom(refs.map((ref, i) => ({ type: 'library', name: `c${i}`, 'bom-ref': ref }))),
            'dups.json',
          );
          const seen = new Set<string>();
          const dups = new Set<string>();
          for (const ref of refs.map((ref) => ref.trim())) (seen.has(ref) ? dups : seen).add(ref);
          const shown = [...dups].slice(0, 5).map((d) => JSON.stringify(d));
          const more = dups.size > 5 ? ` and ${dups.size - 5} more` : '';
          expect(r.ok && r.warnings.map((w) => w.message)).toEqual(
            dups.size === 0 ? [] : [`duplicate bom-ref ${shown.join(', ')}${more}`],
          );
        },
      ),
    );
  });

  it('reads components without versions', () => {
    const r = readSbom(
      bom(
        [
          { type: 'firmware', name: 'blob' },
          { type: 'library', name: 'empty', version: '' },
        ],
        {},
        '1.4',
      ),
      'x.json',
    );
    expect(r.ok && r.sbom.components.map((c) => c.version)).toEqual([undefined, undefined]);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('survives junk where objects or strings are expected', () => {
    const text = JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      metadata: 'nope',
      components: [
        null,
        3,
        'x',
        [],
        { type: 7, name: { a: 1 }, hashes: 'no', properties: [null, { value: 'v' }], licenses: [1] },
      ],
      services: { name: 'not-an-array' },
      dependencies: [{ ref: 'a', dependsOn: 'b' }, 5],
    });
    const r = readSbom(text, 'junk.json');
    expect(r.ok).toBe(true);
    expect(r.ok && r.sbom.components).toHaveLength(1);
    expect(r.ok && r.sbom.components[0]).toMatchObject({
      type: '7',
      name: '',
      hashes: [],
      properties: [],
      licenses: [],
    });
    expect(r.ok && r.warnings.map((w) => w.message)).toEqual(['1 component(s) have no name']);
  });
});
