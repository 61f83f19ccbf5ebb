/**
 * README.md is a front page: short, with both quick starts, and every relative link of it and of docs/*.md
 * leads to a file (and heading) that exists — the reference moved to docs/, so a stale link is easy to leave.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/dist.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const pages = [
  'README.md',
  'SECURITY.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor of a heading. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown page's headings (outside code blocks). */
function anchorsOf(markdown: string): Set<string> {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]!)));
}

/** Relative links of a page that lead nowhere: `[text](target)` outside code blocks. */
function brokenLinks(page: string): string[] {
  const text = readFileSync(join(repoRoot, page), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const broken: string[] = [];
  for (const m of text.matchAll(/\]\(<?([^)\s>]+)>?\)/g)) {
    const target = m[1]!;
    if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
    const [path, hash] = target.split('#') as [string, string | undefined];
    const file = path === '' ? page : normalize(join(dirname(page), path));
    if (!existsSync(join(repoRoot, file))) {
      broken.push(`${page}: ${target} (no ${file})`);
    } else if (
      hash &&
      file.endsWith('.md') &&
      !anchorsOf(readFileSync(join(repoRoot, file), 'utf8')).has(hash)
    ) {
      broken.push(`${page}: ${target} (no heading #${hash} in ${file})`);
    }
  }
  return broken;
}

describe('README.md', () => {
  it('is a front page of at most 25 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(25 * 1024);
  });

  it('has both quick starts: the contributor’s tests and the user’s init and check', () => {
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toMatch(/npx labelguard init --product \S+ --model .+ --stars \d/);
    expect(readme).toContain('npx labelguard check');
  });

  it('shows the workflow init writes, as docs/workflows/labelguard.yml holds it', () => {
    const workflow = readFileSync(join(repoRoot, 'docs/workflows/labelguard.yml'), 'utf8');
    expect(readme).toContain(`\`\`\`yaml\n${workflow}\`\`\`\n`);
    expect(readFileSync(join(repoRoot, 'templates/init/labelguard.yml'), 'utf8')).toBe(workflow);
  });

  it('links the documentation', () => {
    for (const page of ['SECURITY.md', 'docs/rules.md', 'docs/data-model.md', 'docs/cli.md']) {
      expect(readme).toContain(`](${page})`);
    }
  });
});

describe('relative links of README.md, SECURITY.md and docs/*.md', () => {
  it.each(pages)('%s: every link leads to an existing file and heading', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });
});
