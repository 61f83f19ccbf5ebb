import { describe, expect, test } from 'vitest';
import {
  filesDigest,
  parseMetadata,
  renderMetadataLine,
  replaceMetadata,
} from '../../src/refiling/metadata.js';
import type { RefilingMetadata } from '../../src/refiling/types.js';

const metadata: RefilingMetadata = {
  v: 1,
  product: 'cam-x1',
  scheme: 'cn-ccl',
  target: 'main',
  fingerprints: ['svc:fedcba9876543210', 'fw:89abcdef01234567'],
  filingId: '2026-11-26',
  generator: 'labelguard@0.1.0',
  files: `sha256:${'1'.repeat(64)}`,
  digest: `sha256:${'2'.repeat(64)}`,
};

describe('refiling metadata', () => {
  test('round-trips through a pull request body, fingerprints sorted', () => {
    const body = `${renderMetadataLine(metadata)}\r\n## Refiling\r\ntext`;
    expect(parseMetadata(body)).toEqual({
      ...metadata,
      fingerprints: ['fw:89abcdef01234567', 'svc:fedcba9876543210'],
    });
  });

  test('is absent from bodies without it, with broken JSON or with another layout', () => {
    expect(parseMetadata('')).toBeUndefined();
    expect(parseMetadata('<!-- labelguard:refiling {"v":1 -->')).toBeUndefined();
    expect(
      parseMetadata(`<!-- labelguard:refiling ${JSON.stringify({ ...metadata, v: 2 })} -->`),
    ).toBeUndefined();
    expect(
      parseMetadata(`<!-- labelguard:refiling ${JSON.stringify({ ...metadata, digest: 'x' })} -->`),
    ).toBeUndefined();
  });

  test('replaces the metadata line and nothing else', () => {
    const body = `${renderMetadataLine(metadata)}\n## Refiling\nkept`;
    const closed = replaceMetadata(body, { ...metadata, closed: 'obsolete' });
    expect(closed.split('\n').slice(1)).toEqual(['## Refiling', 'kept']);
    expect(parseMetadata(closed)?.closed).toBe('obsolete');
  });

  test('digests files by path and content, whatever their order', () => {
    const a = { path: 'a.txt', content: 'A' };
    const b = { path: 'b.png', content: new Uint8Array([1, 2]) };
    expect(filesDigest([a, b])).toBe(filesDigest([b, a]));
    expect(filesDigest([a, b])).not.toBe(filesDigest([a, { ...b, content: new Uint8Array([1, 3]) }]));
    expect(filesDigest([a])).not.toBe(filesDigest([{ ...a, path: 'c.txt' }]));
  });
});
