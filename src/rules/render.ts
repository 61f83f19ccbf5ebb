// Renders loaded rule packs for `labelguard rules` (text, JSON, Markdown) and for docs/rules.md. Pure and
// deterministic: packs in the order given, rules by id.

import { sourceLabel, type Source } from '../core/finding.js';
import { evaluationBudget, expressionFunctions } from '../expr/index.js';
import type { PackEdition, Rule, RulePack, Threshold } from './types.js';
import { maxOf } from '../core/append.js';

export type RulesFormat = 'text' | 'json' | 'markdown';

/** Render the rules of the given packs with their sources. */
export function renderRules(packs: readonly RulePack[], format: RulesFormat): string {
  if (format === 'json') return `${JSON.stringify({ packs: packs.map(packJson) }, null, 2)}\n`;
  if (format === 'markdown')
    return packs.map((p) => `## ${p.name}: ${md(p.title)}\n\n${rulesTable(p)}`).join('\n');
  return packs.map(packText).join('\n');
}

function stars(n: number): string {
  return '★'.repeat(n);
}

function sourceText(s: Source): string {
  return sourceLabel(s) + (s.url ? ` <${s.url}>` : '');
}

function packText(p: RulePack): string {
  const levels = p.levels.map((l) => `${stars(l.stars)} ${l.name}`).join(', ');
  const lines = [`${p.name}  ${p.title}: ${p.rules.length} rules (scheme ${p.scheme}; levels: ${levels})`];
  const idWidth = maxOf(
    p.rules.map((r) => r.id.length),
    4,
  );
  const starWidth = maxOf(
    p.levels.map((l) => l.stars),
    1,
  );
  for (const r of p.rules) {
    lines.push(
      `  ${r.id.padEnd(idWidth)}  ${stars(r.stars).padEnd(starWidth)}  ${r.severity.padEnd(7)}  ${r.tierBasis.padEnd(9)}  ${r.title}`,
    );
    const indent = ' '.repeat(idWidth + 4);
    lines.push(`${indent}checks: ${r.path.text}`);
    for (const s of r.sources) lines.push(`${indent}source: ${sourceText(s)}`);
  }
  return `${lines.join('\n')}\n`;
}

function packJson(p: RulePack): unknown {
  return {
    name: p.name,
    title: p.title,
    scheme: p.scheme,
    ...(p.version ? { version: p.version } : {}),
    levels: p.levels,
    thresholds: p.thresholds.map((t) => ({
      name: t.name,
      type: t.type,
      default: t.default,
      ...(t.name in p.thresholdOverrides ? { value: p.thresholdOverrides[t.name] } : {}),
      description: t.description,
      ...(t.basis ? { basis: t.basis } : {}),
      sources: t.sources,
    })),
    ...(p.catalogue ? { catalogue: p.catalogue.map((c) => ({ id: c.id, title: c.title })) } : {}),
    rules: p.rules.map(ruleJson),
  };
}

function ruleJson(r: Rule): unknown {
  return {
    id: r.id,
    title: r.title,
    ...(r.titleZh ? { titleZh: r.titleZh } : {}),
    scheme: r.scheme,
    stars: r.stars,
    categories: r.categories,
    severity: r.severity,
    tierBasis: r.tierBasis,
    ...(r.tierNote ? { tierNote: r.tierNote } : {}),
    path: r.path.text,
    condition: r.condition.source.trim(),
    ...(r.details ? { details: r.details.source.trim() } : {}),
    message: r.message,
    remediation: r.remediation,
    sources: r.sources,
  };
}

/** Escape text for a Markdown table cell. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function sourceMd(s: Source): string {
  const label = md(sourceLabel(s));
  return s.url ? `[${label.replace(/[[\]]/g, '\\$&')}](${s.url})` : label;
}

/** The edition a pack is pinned to, what was consulted, and each provision's status in it. */
function editionSection(e: PackEdition): string {
  const consulted =
    e.consulted.length > 0
      ? ['Consulted for the comparison:', '', e.consulted.map((s) => `- ${sourceMd(s)}`).join('\n'), '']
      : [];
  const provisions =
    e.provisions.length > 0
      ? [
          `| Provisions | In ${md(e.pinned.version ?? 'the pinned edition')} | Confidence | Note |`,
          '|---|---|---|---|',
          e.provisions
            .map(
              (p) =>
                `| ${p.clauses.join(', ')} | ${p.status} | ${p.confidence ?? ''} | ${md(p.note ?? '')} |`,
            )
            .join('\n'),
          '',
        ]
      : [];
  return [
    '### Edition',
    '',
    `Pinned to ${md(sourceLabel(e.pinned))}; the rules cite ${md(e.transcribedFrom)}. Changes between the two [${e.confidence ?? 'assumption'}]: ${md(e.changes)}`,
    '',
    ...consulted,
    ...provisions,
  ].join('\n');
}

function rulesTable(p: RulePack): string {
  const rows = p.rules.map((r) => {
    const tier = r.tierBasis === 'confirmed' ? 'confirmed' : 'inferred';
    return `| ${r.id} | ${stars(r.stars)} | ${r.severity} | ${tier} | ${md(r.title)}${r.titleZh ? `<br>${md(r.titleZh)}` : ''} | \`${r.path.text}\` | ${r.sources.map(sourceMd).join('<br>')} |`;
  });
  return (
    [
      '| Rule | Level | Severity | Tier | Title | Points at | Sources |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n'
  );
}

function thresholdsTable(thresholds: readonly Threshold[]): string {
  const rows = thresholds.map(
    (t) =>
      `| \`${t.name}\` | ${t.type} | \`${md(JSON.stringify(t.default))}\` | ${md(t.description)} | ${md(t.basis ?? '')} |`,
  );
  return (
    ['| Threshold | Type | Default | Meaning | Basis |', '|---|---|---|---|---|', ...rows].join('\n') + '\n'
  );
}

/** The complete docs/rules.md for the given (built-in) packs. */
export function renderRulesDoc(packs: readonly RulePack[]): string {
  const out: string[] = [
    '# Rule reference',
    '',
    '<!-- Generated from the built-in rule packs by renderRulesDoc() (src/rules/render.ts). Do not edit by hand:',
    '     change the files under rules/ and regenerate. A test fails when this file is stale. -->',
    '',
    `labelguard ships ${packs.length} rule packs with ${packs.reduce((n, p) => n + p.rules.length, 0)} rules. A product names the schemes it targets in`,
    '`product.yaml` (`labels: [{scheme, stars}]`) and gets the findings of every rule of each scheme whose level is at or below',
    'its target. Rules above the target are still evaluated for the readiness (gap) analysis.',
    '',
    '**Tier**: *confirmed* means the regulation or standard itself puts the requirement at that level; *inferred* means the level',
    'is our mapping and may change when the implementation rules are published. A rule whose level is only partly',
    'confirmed says which part in its tier note (`labelguard rules --format json`, `tierNote`).',
    '',
    "**Sources** are cited by the instrument's title, number, version and clause, each with its confidence in brackets:",
    '*confirmed* (the official text, or a reputable summary of it), *fragment* (wording seen only in unverified reposts:',
    'cited by title and number, never linked), *inferred* (our mapping) or *assumption* (a placeholder value). A source',
    'links only to the official publisher or a reputable secondary source: each pack lists the hosts it has reviewed',
    '(`source_hosts` in `pack.yaml`), and a test fails on a URL anywhere else.',
    '',
    '## Writing rules',
    '',
    'A pack is a folder with `pack.yaml` (name, scheme, levels, thresholds), optional `catalogue.yaml` and',
    '`software-roles.yaml`, and rule files under `rules/*.yaml`. Each rule has `id`, `title` (and `title_zh`, the title',
    'the Simplified Chinese documents for the filing agency show; every built-in rule has one), `stars`, `severity`,',
    '`tier_basis`, `path` (the field the finding points at: relative to product.yaml, or `filing:` + a path in filing.yaml),',
    '`condition` (CEL, true = pass), optional `details` (CEL list of strings naming what failed), `message`, `remediation`',
    'and `sources`. Conditions read one object:',
    '',
    '| Input | What it is |',
    '|---|---|',
    '| `product` | product.yaml as validated (snake_case keys) |',
    "| `filing` | filing.yaml when it is for this scheme, else `{scheme, status: 'not-filed'}` |",
    '| `sbom` | SBOM summary: `present`, `schemaValid`, `componentCount`, `componentsWithoutVersion`, `componentsWithoutIdentity`, `metadataName`, `metadataVersion`, `metadataManufacturer`, `networkDaemons`, `cryptoLibraries`, `deniedCrypto`, `cryptoAlgorithms`, `roles`, `vulnerabilities`, `openVulnerabilities` |',
    '| `thresholds` | the pack thresholds below, after category and `.labelguard.yml` overrides |',
    '| `now` | the date judged against, `YYYY-MM-DD` |',
    '| `scheme`, `stars` | the scheme and the star level the product targets |',
    '| `category` | the catalogue entry of `product.category`, with `known` |',
    "| `coverage` | the recorded-change chain from the filing's baseline: `baselineFirmware`, `baselineHardware`, `recordOnly` (every difference recorded as record-class), `via` (change-log ids), `breaks` (why not) |",
    '',
    'Optional fields: `has(product.agent)` tests one level; `product.?security.?updates.?signed.orValue(false)` reads a',
    'nested optional field with a default. A field read without either that is missing makes the rule fail with a',
    'finding that names the missing field. Functions added to CEL:',
    '',
    ...expressionFunctions.map((f) => `- \`${f.signature}\`: ${f.doc}`),
    '',
    `Work is bounded: one evaluation of a condition may take ${evaluationBudget.base.toLocaleString('en-US')} steps plus ${evaluationBudget.perInputValue} per`,
    'value of its input (every node evaluated is a step; `+` and `join()` also cost the size they build). A condition',
    'that takes more, such as nested list macros that multiply (`a.all(x, a.all(y, …))`), stops with a finding on the rule',
    'and the product. Walk each list once.',
    '',
  ];
  for (const p of packs) {
    out.push(`## ${p.name}: ${p.title}`, '');
    if (p.description) out.push(p.description.trim(), '');
    out.push(
      `Scheme id: \`${p.scheme}\`. Levels: ${p.levels.map((l) => `${stars(l.stars)} ${l.name}`).join(', ')}.`,
      '',
    );
    if (p.catalogue) {
      out.push('### Catalogue', '', '| Category | Title | Batch | Effective |', '|---|---|---|---|');
      for (const c of p.catalogue) {
        out.push(
          `| \`${c.id}\` | ${md(c.title)}${c.title_zh ? ` (${md(c.title_zh)})` : ''} | ${c.batch ?? ''} | ${c.effective ?? ''} |`,
        );
      }
      out.push('');
    }
    if (p.edition) out.push(editionSection(p.edition));
    if (p.thresholds.length > 0) out.push('### Thresholds', '', thresholdsTable(p.thresholds));
    out.push(`### Rules (${p.rules.length})`, '', rulesTable(p));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
