import { describe, expect, test } from 'vitest';
import { comparableBody, hasMarker, markerFor, withMarkers } from '../../src/github/markers.js';
import { assertBodyFits, parseRepoRef } from '../../src/github/repo.js';

describe('parseRepoRef', () => {
  test('splits owner/repo as found in GITHUB_REPOSITORY', () => {
    expect(parseRepoRef('acme/widgets.io')).toEqual({ owner: 'acme', repo: 'widgets.io' });
  });

  test('refuses anything else and says what was expected', () => {
    for (const bad of ['acme', 'acme/widgets/extra', '/widgets', 'ac me/widgets']) {
      expect(() => parseRepoRef(bad)).toThrow(/expected "owner\/repo"/);
    }
  });
});

describe('assertBodyFits', () => {
  test('accepts 65,536 characters and refuses one more', () => {
    expect(() => assertBodyFits('comment', 'x'.repeat(65_536))).not.toThrow();
    expect(() => assertBodyFits('comment', 'x'.repeat(65_537))).toThrow(
      /65537 characters; GitHub accepts at most 65536/,
    );
  });
});

describe('hidden markers', () => {
  test('a key with spaces or markup cannot become a marker', () => {
    expect(() => markerFor('comment', 'a key')).toThrow(/cannot be used as a labelguard comment key/);
    expect(() => markerFor('comment', 'x -->')).toThrow();
  });

  test('a marker only counts on a line of its own', () => {
    const marker = markerFor('comment', 'check');
    expect(hasMarker(`quoted: ${marker}`, marker)).toBe(false);
    expect(hasMarker(`text\n${marker}\n`, marker)).toBe(true);
  });

  test('the digest marker is dropped before comparing bodies', () => {
    const marker = markerFor('issue', 'dashboard');
    expect(comparableBody(withMarkers(marker, 'body'))).toBe(`${marker}\nbody`);
  });

  test('the same body always renders to the same text', () => {
    const marker = markerFor('comment', 'check');
    expect(withMarkers(marker, 'a\r\nb\n')).toBe(withMarkers(marker, 'a\nb'));
  });
});
