import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  artefactSignature,
  cpeKey,
  keyHash,
  parsePurl,
  purlIdentity,
  purlKey,
  purlName,
  SCAN,
  scanCanonicalPurl,
} from '../../src/sbom/identity.js';

describe('purl identity', () => {
  it('drops the version but keeps qualifiers, so Debian source and binary entries stay distinct', () => {
    const src = purlIdentity('pkg:deb/debian/bash@5.2.37-2?arch=source');
    const bin = purlIdentity('pkg:deb/debian/bash@5.2.37-2%2Bb7?arch=amd64');
    expect(src).toEqual({
      key: 'pkg:deb/debian/bash?arch=source',
      nameEnd: 19,
      type: 'deb',
      signature: 'arch=source;',
    });
    expect(bin).toEqual({
      key: 'pkg:deb/debian/bash?arch=amd64',
      nameEnd: 19,
      type: 'deb',
      signature: 'arch=amd64;',
    });
  });

  it('canonicalises type case, qualifier order, percent-encoding and case-insensitive names', () => {
    const a = purlIdentity('pkg:NPM/%40Angular/Core@1.0.0?b=2&a=1');
    const b = purlIdentity('pkg:npm/@angular/core@2.0.0?a=1&b=2');
    expect(a?.key).toBe('pkg:npm/@angular/core?a=1&b=2');
    expect(b?.key).toBe(a?.key);
    expect(purlIdentity('pkg:golang/github.com/Foo/Bar@v1.0.0')?.key).toBe('pkg:golang/github.com/Foo/Bar');
  });

  it('parses versions containing colons and encoded plus signs', () => {
    expect(parsePurl('pkg:deb/debian/dhcpcd@1:10.1.0-11%2Bdeb13u2?arch=source')).toEqual({
      type: 'deb',
      namespace: 'debian',
      name: 'dhcpcd',
      version: '1:10.1.0-11+deb13u2',
      qualifiers: [['arch', 'source']],
    });
  });

  it('rejects strings that are not purls', () => {
    expect(purlIdentity('npm/foo@1')).toBeUndefined();
    expect(purlIdentity('pkg:foo')).toBeUndefined();
  });

  it('gives the same key on the fast path as on the full parser', () => {
    const seg = fc.stringMatching(/^[A-Za-z0-9._%@+-]{1,8}$/);
    const purl = fc
      .record({
        type: fc.constantFrom('npm', 'deb', 'golang', 'maven', 'Generic', 'pypi'),
        ns: fc.array(seg, { maxLength: 2 }),
        name: seg,
        version: fc.option(fc.stringMatching(/^[0-9a-zA-Z.:~+%-]{1,10}$/)),
        quals: fc.array(
          fc.tuple(fc.constantFrom('arch', 'Type', 'distro', 'os'), fc.stringMatching(/^[a-z0-9%]{0,5}$/)),
          {
            maxLength: 2,
          },
        ),
      })
      .map(
        ({ type, ns, name, version, quals }) =>
          `pkg:${type}/${[...ns, name].join('/')}${version === null ? '' : `@${version}`}${
            quals.length === 0 ? '' : `?${quals.map(([k, v]) => `${k}=${v}`).join('&')}`
          }`,
      );
    fc.assert(
      fc.property(purl, (p) => {
        const parsed = parsePurl(p);
        const id = purlIdentity(p);
        expect(id).toEqual(
          parsed && {
            key: purlKey(parsed),
            nameEnd: purlName(parsed).length,
            type: parsed.type,
            signature: artefactSignature(parsed),
          },
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('purl identity on arbitrary purl-like strings', () => {
  it('agrees with the full parser whatever the characters', () => {
    const chars = fc.constantFrom(...'aZ09/@?&=#%2B.:~-_ '.split(''));
    const text = fc.array(chars, { maxLength: 24 }).map((cs) => `pkg:${cs.join('')}`);
    fc.assert(
      fc.property(text, (p) => {
        const parsed = parsePurl(p);
        expect(purlIdentity(p)).toEqual(
          parsed && {
            key: purlKey(parsed),
            nameEnd: purlName(parsed).length,
            type: parsed.type,
            signature: artefactSignature(parsed),
          },
        );
        if (scanCanonicalPurl(p)) expect(SCAN.hash).toBe(keyHash(purlKey(parsed!)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('cpeKey', () => {
  it('takes vendor:product from CPE 2.3 and 2.2 forms, lower-cased', () => {
    expect(cpeKey('cpe:2.3:a:OpenSSL:openssl:3.0.13:*:*:*:*:*:*:*')).toBe('openssl:openssl');
    expect(cpeKey('cpe:/a:busybox:busybox:1.36.1')).toBe('busybox:busybox');
    expect(cpeKey('cpe:2.3:a:acme\\:corp:tool:1:*:*:*:*:*:*:*')).toBe('acme:corp:tool');
  });

  it('ignores wildcards and junk', () => {
    expect(cpeKey('cpe:2.3:a:*:openssl:*:*:*:*:*:*:*:*')).toBeUndefined();
    expect(cpeKey('not a cpe')).toBeUndefined();
  });
});
