/**
 * Every YAML and JSON block of README.md and docs/*.md parses, and a block that is a labelguard file
 * (named by its schema line, `# yaml-language-server: $schema=…/product.schema.json`, or by the fence's info
 * string, ```yaml filing.yaml) validates against its schema exactly as labelguard loads it — read as YAML
 * 1.2 and as YAML 1.1, where unquoted dates are timestamps. The schema URLs the docs give editors are the
 * schemas' `$id`s and the files in dist/schemas/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { validateAgainst } from '../../src/load/validate.js';
import { parseYamlFile } from '../../src/load/yaml-file.js';
import { publishedSchemas } from '../../src/schemas/index.js';
import { repoRoot } from '../support/dist.js';

type Kind = 'product' | 'filing' | 'config';
interface Block {
  where: string;
  lang: 'yaml' | 'json';
  text: string;
  kind?: Kind;
  schemaUrl?: string;
}

const kindOfFile: Record<string, Kind> = {
  'product.yaml': 'product',
  'filing.yaml': 'filing',
  '.labelguard.yml': 'config',
  'product.schema.json': 'product',
  'filing.schema.json': 'filing',
  'config.schema.json': 'config',
};

/** The YAML and JSON fenced blocks of a Markdown page, with what labelguard file each one is. */
export function codeBlocks(page: string, markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const m of markdown.matchAll(/^```([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)) {
    const [lang, ...names] = m[1]!.trim().split(/\s+/);
    const language = lang === 'yml' ? 'yaml' : lang;
    if (language !== 'yaml' && language !== 'json') continue;
    const text = m[2]!;
    const line = markdown.slice(0, m.index).split('\n').length;
    const schemaUrl = /^# yaml-language-server: \$schema=(\S+)/m.exec(text)?.[1];
    const named = names.map((n) => kindOfFile[n]).find((k) => k !== undefined);
    const kind = schemaUrl ? kindOfFile[basename(schemaUrl)] : named;
    blocks.push({
      where: `${page}:${line}`,
      lang: language,
      text,
      ...(kind && { kind }),
      ...(schemaUrl && { schemaUrl }),
    });
  }
  return blocks;
}

/** Problems of one block: syntax for every block, schema for labelguard files, read both YAML ways. */
export function blockProblems(b: Block): string[] {
  if (b.lang === 'json') {
    try {
      JSON.parse(b.text);
      return [];
    } catch (e) {
      return [`invalid JSON: ${(e as Error).message}`];
    }
  }
  const problems: string[] = [];
  for (const version of ['1.2', '1.1'] as const) {
    const doc = parseDocument(b.text, { version, uniqueKeys: true, strict: true, prettyErrors: false });
    problems.push(...doc.errors.map((e) => `YAML ${version}: ${e.message.split('\n')[0]}`));
  }
  if (problems.length > 0 || !b.kind) return problems;
  // As labelguard reads the file, and as a file that declares YAML 1.1 (bare dates become timestamps).
  for (const [how, text] of [
    ['YAML 1.2', b.text],
    ['YAML 1.1', `%YAML 1.1\n---\n${b.text}`],
  ] as const) {
    const file = parseYamlFile(`${b.kind}.yaml`, text);
    if (Array.isArray(file)) problems.push(...file.map((p) => `${how}: ${p.message}`));
    else
      problems.push(
        ...validateAgainst(b.kind, file).map((p) => `${how} ${b.kind}: line ${p.at.line}: ${p.message}`),
      );
  }
  return problems;
}

const pages = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const blocks = pages.flatMap((page) => codeBlocks(page, readFileSync(join(repoRoot, page), 'utf8')));

describe('code blocks of README.md and docs/*.md', () => {
  it('are found: the workflows, the data files and the JSON report', () => {
    expect(
      blocks.filter((b) => b.where.startsWith('README.md') && b.lang === 'yaml').length,
    ).toBeGreaterThanOrEqual(1);
    const kinds = blocks.map((b) => b.kind).filter((k) => k !== undefined);
    for (const k of ['product', 'filing', 'config'] as const) expect(kinds).toContain(k);
    expect(blocks.some((b) => b.lang === 'json')).toBe(true);
  });

  it.each(blocks.map((b) => [`${b.where} (${b.kind ?? b.lang})`, b] as const))(
    '%s parses and validates',
    (_, b) => {
      expect(blockProblems(b)).toEqual([]);
    },
  );

  it('name the schemas by their $id, as published in dist/schemas/', () => {
    const urls = blocks.filter((b) => b.schemaUrl !== undefined);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const b of urls) {
      const name = basename(b.schemaUrl!) as keyof typeof publishedSchemas;
      expect(publishedSchemas[name]?.$id, b.where).toBe(b.schemaUrl);
      const shipped = JSON.parse(readFileSync(join(repoRoot, 'dist/schemas', name), 'utf8')) as {
        $id: string;
      };
      expect(shipped.$id, `dist/schemas/${name}`).toBe(b.schemaUrl);
    }
  });
});

describe('the block check', () => {
  const product = (manufacturer: string) => ({
    where: 'x.md:1',
    lang: 'yaml' as const,
    kind: 'product' as const,
    text: `id: cam-x1\nmodel: X\ncategory: c\nmanufacturer: ${manufacturer}\nlabels: [{ scheme: cn-ccl, stars: 1 }]\nhardware: { revision: A }\nfirmware: { version: '1', image_sha256: ${'a'.repeat(64)} }\nsbom: s.json\n`,
  });

  it('fails an unquoted comma inside a flow mapping, as the README once had', () => {
    expect(blockProblems(product('{ name: Shenzhen Example Co., Ltd., country: CN }'))).not.toEqual([]);
    expect(blockProblems(product('{ name: "Shenzhen Example Co., Ltd.", country: CN }'))).toEqual([]);
  });

  it('validates a bare date read as a YAML 1.1 timestamp like a quoted one', () => {
    const withDate = (date: string) => ({
      ...product('{ name: X }'),
      text: `${product('{ name: X }').text}security: { updates: { support_end: ${date} } }\n`,
    });
    expect(blockProblems(withDate("'2030-12-31'"))).toEqual([]);
    expect(blockProblems(withDate('2030-12-31'))).toEqual([]);
    expect(blockProblems(withDate('not-a-date'))).not.toEqual([]);
  });

  it('tells a labelguard file by its schema line or by the fence info string', () => {
    const md = [
      '```yaml',
      '# yaml-language-server: $schema=https://example.com/filing.schema.json',
      'a: 1',
      '```',
      '```yaml .labelguard.yml',
      'b: 2',
      '```',
      '```json',
      '{}',
      '```',
    ].join('\n');
    expect(codeBlocks('x.md', md).map((b) => b.kind ?? b.lang)).toEqual(['filing', 'config', 'json']);
  });
});
