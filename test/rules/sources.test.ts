import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/dist.js';

// Every source a built-in pack cites, wherever it is cited (rules, change classification, thresholds,
// catalogue, software roles), must carry its confidence, and a URL only on a host the pack has reviewed.

const packsDir = join(repoRoot, 'rules');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** Every object inside a `sources:` list, with where it was found. */
function sourcesIn(value: unknown, at: string, out: { at: string; source: Record<string, unknown> }[]) {
  if (Array.isArray(value)) value.forEach((v, i) => sourcesIn(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v))
        v.forEach((s, i) => out.push({ at: `${at}.sources[${i}]`, source: s as Record<string, unknown> }));
      else sourcesIn(v, `${at}.${k}`, out);
    }
  }
  return out;
}

const packs = readdirSync(packsDir).filter((n) => statSync(join(packsDir, n)).isDirectory());

describe.each(packs)('sources of pack %s', (pack) => {
  const manifest = parse(readFileSync(join(packsDir, pack, 'pack.yaml'), 'utf8')) as {
    source_hosts?: Record<string, string>;
  };
  const reviewed = new Set(Object.keys(manifest.source_hosts ?? {}));
  const cited = yamlFiles(join(packsDir, pack)).flatMap((file) =>
    sourcesIn(parse(readFileSync(file, 'utf8')), file.slice(repoRoot.length), []),
  );

  it('keeps a reviewed list of source hosts', () => {
    expect(reviewed.size).toBeGreaterThan(0);
    expect(cited.length).toBeGreaterThan(20);
  });

  it('cites URLs only on reviewed hosts', () => {
    const outside = cited
      .filter(({ source }) => typeof source.url === 'string')
      .filter(({ source }) => !reviewed.has(new URL(source.url as string).host))
      .map(({ at, source }) => `${at}: ${String(source.url)}`);
    expect(outside).toEqual([]);
  });

  it('gives every source its confidence', () => {
    const without = cited.filter(({ source }) => typeof source.confidence !== 'string').map(({ at }) => at);
    expect(without).toEqual([]);
  });

  it('lists no host it does not use', () => {
    const used = new Set(
      cited.flatMap(({ source }) => (typeof source.url === 'string' ? [new URL(source.url).host] : [])),
    );
    expect([...reviewed].filter((h) => !used.has(h))).toEqual([]);
  });
});
