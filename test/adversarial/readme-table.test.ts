/**
 * README.md's table of what the suite tries is the rendering of the case lists the tests iterate: a test
 * added, removed or reworded without regenerating it (`npx tsx scripts/adversarial-table.ts --write`) fails
 * here. Each suite checks, in its own last test, that it ran every case of its list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentTable, readmePath, renderAdversarialTable, withTable } from '../../scripts/adversarial-table.js';

describe("README's adversarial table", () => {
  it('is present between its markers, in a section before Development', () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(currentTable(readme)).toBeDefined();
    expect(readme.indexOf('## What the test suite tries')).toBeLessThan(readme.indexOf('## Development'));
  });

  it('equals the rendering of the declared case lists', () => {
    expect(currentTable(readFileSync(readmePath, 'utf8'))).toBe(renderAdversarialTable());
  });

  it('regenerates to the same README, so the update is idempotent', () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(withTable(withTable(readme))).toBe(withTable(readme));
  });
});
