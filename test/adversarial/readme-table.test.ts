/**
 * docs/adversarial.md's table of what the suite tries is the rendering of the case lists the tests iterate:
 * a test added, removed or reworded without regenerating it (`npx tsx scripts/adversarial-table.ts --write`)
 * fails here. Each suite checks, in its own last test, that it ran every case of its list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentTable, renderAdversarialTable, tablePath, withTable } from '../../scripts/adversarial-table.js';

describe("docs/adversarial.md's table", () => {
  it('is present between its markers, under its heading', () => {
    const page = readFileSync(tablePath, 'utf8');
    expect(currentTable(page)).toBeDefined();
    expect(page.startsWith('# What the test suite tries\n')).toBe(true);
  });

  it('equals the rendering of the declared case lists', () => {
    expect(currentTable(readFileSync(tablePath, 'utf8'))).toBe(renderAdversarialTable());
  });

  it('regenerates to the same page, so the update is idempotent', () => {
    const page = readFileSync(tablePath, 'utf8');
    expect(withTable(withTable(page))).toBe(withTable(page));
  });

  it('writes the whole page, heading, markers and table, when the page has no markers', () => {
    const page = withTable('');
    expect(page.startsWith('# What the test suite tries\n')).toBe(true);
    expect(currentTable(page)).toBe(renderAdversarialTable());
  });
});
