/**
 * Hostile SBOMs through the loader and the whole check, in-process: each ends in its declared outcome, in
 * time and memory bounded by the reader's limits (64 MiB, 64 component levels, 192 element levels), and
 * wrong types in every field are read or refused but always flagged.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadSbomFile } from '../../src/load/sbom-file.js';
import { assertExpected, assertPrototypesClean, baseFiles, caseTracker, checkWith, PRODUCT_FILE, removeRepos, SBOM_FILE } from './support.js';
import { sbomCases, wrongTypeCases, XML_SBOM_FILE } from './sbom.cases.js';

const tracker = caseTracker();
afterAll(removeRepos);

/** The product's manifest pointing at an XML SBOM instead of the JSON one. */
function manifestForXml(): string {
  return (baseFiles()[PRODUCT_FILE] as string).replace(/^sbom: sbom\.cdx\.json$/m, 'sbom: sbom.cdx.xml');
}

describe('hostile SBOMs', () => {
  it.each(sbomCases.map((c) => [c.id, c] as const))('%s: ends in its declared outcome', async (_id, c) => {
    const result = await checkWith(
      c.format === 'json'
        ? { [SBOM_FILE]: c.content() }
        : { [PRODUCT_FILE]: manifestForXml(), [XML_SBOM_FILE]: c.content(), [SBOM_FILE]: null },
    );
    assertExpected(result, c.outcome);
    c.verify?.(result);
    assertPrototypesClean();
    tracker.ran(c.id);
  });
});

describe('wrong types in every field', () => {
  it.each(wrongTypeCases.map((c) => [c.id, c] as const))('%s: every value is read or refused, and flagged', async (_id, c) => {
    const documents = c.documents();
    for (const { value, text } of documents) {
      const read = loadSbomFile(SBOM_FILE, Buffer.from(text), 'warning');
      const flags = read.findings.filter((f) => f.ruleId === 'sbom.unreadable' || f.ruleId === 'sbom.schema');
      expect(flags.length, `${JSON.stringify(value)} was accepted without a word`).toBeGreaterThan(0);
      for (const f of flags) expect(f).toMatchObject({ file: SBOM_FILE, line: expect.any(Number) as number });
    }
    // And one of them through the whole check: it completes, the SBOM flagged.
    const result = await checkWith({ [SBOM_FILE]: documents[0]!.text });
    assertExpected(result, { kind: 'flagged', rules: ['sbom.unreadable', 'sbom.schema'], file: SBOM_FILE, message: /./ });
    assertPrototypesClean();
    tracker.ran(c.id);
  });
});

it('declares each case once and ran every one of them', () => {
  const ids = [...sbomCases, ...wrongTypeCases].map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  tracker.assertAllRan(ids);
});
