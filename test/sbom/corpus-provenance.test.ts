// The vendored corpus must stay byte-identical to its sources: PROVENANCE.md lists each file's sha256.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles } from './helpers.js';

const provenance = readFileSync(new URL('PROVENANCE.md', corpusDir), 'utf8');
const listed = new Map(
  [...provenance.matchAll(/^\| `([^`]+)` \|[^\n]*`([0-9a-f]{64})` \|$/gm)].map((m) => [m[1]!, m[2]!]),
);

describe('the vendored SBOM corpus', () => {
  it('lists every file it holds, and only those', () => {
    expect([...listed.keys()].sort()).toEqual(corpusFiles());
  });

  it.each(corpusFiles())('%s is byte-identical to its source', (file) => {
    const digest = createHash('sha256')
      .update(readFileSync(new URL(file, corpusDir)))
      .digest('hex');
    expect(digest).toBe(listed.get(file));
  });
});
