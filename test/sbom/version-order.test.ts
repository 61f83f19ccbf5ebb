import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, versionSchemeFor } from '../../src/sbom/version-order.js';

describe('versionSchemeFor', () => {
  it('maps purl types to ordering schemes', () => {
    expect(versionSchemeFor('deb')).toBe('debian');
    expect(versionSchemeFor('npm')).toBe('semver');
    expect(versionSchemeFor('cargo')).toBe('semver');
    expect(versionSchemeFor('golang')).toBe('semver');
    expect(versionSchemeFor('maven')).toBe('generic');
    expect(versionSchemeFor(undefined)).toBe('generic');
  });
});

describe('semver ordering (npm, cargo, golang)', () => {
  it.each([
    ['1.2.3', '1.2.4', -1],
    ['1.10.0', '1.9.0', 1],
    ['v1.1.30', 'v1.1.41', -1],
    ['1.0.0-alpha', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.beta', '1.0.0-beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0+build.1', '1.0.0+build.2', 0],
    ['v2.3.0+incompatible', 'v2.6.0+incompatible', -1],
    ['99999999999999999999.0.0', '100000000000000000000.0.0', -1],
  ] as const)('compares %s with %s as %i', (a, b, expected) => {
    expect(compareVersions(a, b, 'semver')).toBe(expected);
    expect(compareVersions(b, a, 'semver')).toBe(-expected === 0 ? 0 : -expected);
  });

  it('orders Go pseudo-versions by timestamp and after their base release', () => {
    expect(
      compareVersions('v0.0.0-20200707034311-ab3426394381', 'v0.0.0-20210405180319-a5a99cb37ef4', 'semver'),
    ).toBe(-1);
    expect(compareVersions('v1.2.3', 'v1.2.4-0.20210101000000-abcdefabcdef', 'semver')).toBe(-1);
    expect(compareVersions('v1.2.4-0.20210101000000-abcdefabcdef', 'v1.2.4', 'semver')).toBe(-1);
  });

  it('falls back to dotted numeric comparison for non-semver strings', () => {
    expect(compareVersions('1.2.3.4', '1.2.3.5', 'semver')).toBe(-1);
    expect(compareVersions('dev-master', '1.0.0', 'semver')).toBeNull();
  });
});

describe('Debian ordering (dpkg rules)', () => {
  it.each([
    ['1.0', '1.1', -1],
    ['1:1.0', '2.0', 1],
    ['1.0~rc1', '1.0', -1],
    ['1.0~~', '1.0~', -1],
    ['1.0', '1.0+b1', -1],
    ['1.0-1', '1.0-2', -1],
    ['1.0-1', '1.0-1+deb12u1', -1],
    ['5.2.37-2', '5.2.37-2+b7', -1],
    ['1:10.1.0-11+deb13u2', '1:10.1.0-11+deb13u1', 1],
    ['2:9.1.1230-2', '9.2', 1],
    ['1.0a', '1.0-', 1],
    ['1.0.0', '1.0', 1],
    ['0:1.0', '1.0', 0],
    ['1.001', '1.1', 0],
  ] as const)('compares %s with %s as %i', (a, b, expected) => {
    expect(compareVersions(a, b, 'debian')).toBe(expected);
  });

  it('is antisymmetric on arbitrary Debian-looking versions', () => {
    const part = fc.stringMatching(/^[0-9][0-9a-z.+~]{0,6}$/);
    const version = fc
      .tuple(fc.option(fc.nat(3)), part, fc.option(part))
      .map(([epoch, up, rev]) => `${epoch === null ? '' : `${epoch}:`}${up}${rev === null ? '' : `-${rev}`}`);
    fc.assert(
      fc.property(version, version, (a, b) => {
        const x = compareVersions(a, b, 'debian');
        const y = compareVersions(b, a, 'debian');
        expect(x).toBe(y === null ? null : y === 0 ? 0 : -y);
      }),
    );
  });
});

describe('generic ordering', () => {
  it('orders dotted numbers and gives up on differing suffixes', () => {
    expect(compareVersions('2.0.10', '2.0.9', 'generic')).toBe(1);
    expect(compareVersions('rev-1', 'rev-2', 'generic')).toBeNull();
    expect(compareVersions('1.0-beta', '1.0-rc', 'generic')).toBeNull();
    expect(compareVersions('1.0-beta', '1.1-alpha', 'generic')).toBe(-1);
    expect(compareVersions('2020-Q2', '2021-Q1', 'generic')).toBe(-1);
  });
});
