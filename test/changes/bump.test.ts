import { describe, expect, it } from 'vitest';
import { versionBump } from '../../src/changes/bump.js';

describe('version bump size', () => {
  it.each([
    ['3.6.0', '4.0.0', 'major'],
    ['2.28.8', '3.6.3', 'major'],
    ['3.0.13', '3.1.0', 'minor'],
    ['3.6.0', '3.6.1', 'patch'],
    ['v1.2.3', 'v1.2.4', 'patch'],
    ['1.1.1v', '1.1.1w', 'patch'],
    ['3.0.13-1~deb12u1', '3.0.13-1~deb12u2', 'patch'],
    ['1:2.0', '2:1.0', 'major'],
    ['2023.04', '2023.07', 'minor'],
    ['1.2.3.4', '1.2.3.5', 'patch'],
    ['4.0.0', '3.6.0', 'major'],
  ])('calls %s → %s a %s change', (from, to, bump) => {
    expect(versionBump(from, to)).toBe(bump);
  });

  it.each([
    ['1.0', '1.0'],
    ['abc', '1.0'],
    [undefined, '1.0'],
  ])('cannot size %s → %s', (from, to) => {
    expect(versionBump(from, to)).toBe('');
  });
});
