// `labelguard rules` (the built CLI) and docs/rules.md show, for every rule, where it comes from: the
// source's title, its version where the instrument has editions, and its confidence (issue part 1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDistCli } from '../support/dist.js';

const confidence = /\[(confirmed|fragment|inferred|assumption)\]/;

/** The text output's blocks: a rule line (`  <ID>  ★…`) followed by its indented detail lines. */
function ruleBlocks(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const rule = /^ {2}([A-Z][A-Z0-9]*-\S+) +★/.exec(line);
    if (rule) blocks.set(rule[1]!, (current = []));
    else if (current && /^ {4,}\S/.test(line)) current.push(line.trim());
    else current = undefined;
  }
  return blocks;
}

describe('labelguard rules', () => {
  const r = runDistCli(['rules']);
  const blocks = ruleBlocks(r.stdout);

  it('lists every built-in rule', () => {
    expect(r.code).toBe(0);
    expect(blocks.size).toBeGreaterThan(70);
  });

  it('shows for every rule at least one source, each with its confidence', () => {
    const without = [...blocks].filter(([, lines]) => !lines.some((l) => l.startsWith('source: ')));
    expect(without.map(([id]) => id)).toEqual([]);
    const unrated = [...blocks].flatMap(([id, lines]) =>
      lines.filter((l) => l.startsWith('source: ') && !confidence.test(l)).map((l) => `${id}: ${l}`),
    );
    expect(unrated).toEqual([]);
  });

  it('shows the edition of every ETSI EN 303 645 source', () => {
    const etsi = [...blocks].flatMap(([id, lines]) =>
      lines.filter((l) => l.startsWith('source: ETSI EN 303 645')).map((l) => `${id}: ${l}`),
    );
    expect(etsi.length).toBeGreaterThan(25);
    expect(etsi.filter((l) => !/, V\d+\.\d+\.\d+ \(\d{4}-\d{2}\)/.test(l))).toEqual([]);
  });
});

describe('docs/rules.md', () => {
  const doc = readFileSync(join(repoRoot, 'docs/rules.md'), 'utf8');
  const rows = doc.split('\n').filter((l) => /^\| [A-Z][A-Z0-9]*-\S+ \| ★/.test(l));

  it('has a row per rule whose sources each carry a confidence', () => {
    expect(rows.length).toBeGreaterThan(70);
    const bad = rows.filter((row) => {
      const sources = row.split(' | ').at(-1)!.replace(/ \|$/, '').split('<br>');
      return (
        sources.length === 0 ||
        sources.some((s) => !/\\?\[(confirmed|fragment|inferred|assumption)\\?\]/.test(s))
      );
    });
    expect(bad).toEqual([]);
  });
});
