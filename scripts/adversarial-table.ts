// Renders docs/adversarial.md's table of what the adversarial, fault and workflow suites try, from the very case
// lists those suites iterate (test/adversarial/*.cases.ts, test/faults/cases.ts, test/adversarial/workflows.ts),
// so the counts are the counts of cases run. `npx tsx scripts/adversarial-table.ts --write` updates
// docs/adversarial.md between its markers; test/adversarial/readme-table.test.ts fails while it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bypassCases } from '../test/adversarial/bypass.cases.js';
import { boundCases } from '../test/adversarial/bounds.cases.js';
import { configCases } from '../test/adversarial/config.cases.js';
import type { DeclaredCase } from '../test/adversarial/declared.js';
import { injectionCases } from '../test/adversarial/injection.cases.js';
import { pathCases } from '../test/adversarial/paths.cases.js';
import { sbomCases, wrongTypeCases } from '../test/adversarial/sbom.cases.js';
import { templateCases } from '../test/adversarial/template.cases.js';
import { workflowRules, workflowSources } from '../test/adversarial/workflows.js';
import { yamlCases } from '../test/adversarial/yaml.cases.js';
import { actionFaults, interruptionModes, refilingFaults } from '../test/faults/cases.js';

export const tablePath = fileURLToPath(new URL('../docs/adversarial.md', import.meta.url));
export const START = '<!-- generated:adversarial:start -->';
export const END = '<!-- generated:adversarial:end -->';

/** One area of the table: its cases, where they run, and how. */
interface Area {
  title: string;
  test: string;
  how: string;
  cases: readonly DeclaredCase[];
}

const areas: Area[] = [
  {
    title: 'YAML data and configuration files',
    test: 'test/adversarial/yaml.test.ts',
    how: 'written into a repository with one passing product, checked in-process (`runCheck`)',
    cases: yamlCases,
  },
  {
    title: 'CycloneDX SBOMs (JSON and XML)',
    test: 'test/adversarial/sbom.test.ts',
    how: 'the product’s SBOM, read by the loader and checked in-process',
    cases: sbomCases,
  },
  {
    title: 'Wrong JSON types in every SBOM field',
    test: 'test/adversarial/sbom.test.ts',
    how: 'each value through the loader, one per field through the whole check',
    cases: wrongTypeCases,
  },
  {
    title: 'Unbounded work: rule conditions, huge SBOMs, YAML of tiny nodes, FIFOs',
    test: 'test/adversarial/bounds.test.ts',
    how: 'each through the whole check in its own Node process, with its wall time and peak memory asserted (`npm run bench` prints them)',
    cases: boundCases,
  },
  {
    title: 'Paths out of the repository',
    test: 'test/adversarial/paths.test.ts',
    how: 'file references, symbolic links (working tree and git objects), globs and `--config`',
    cases: pathCases,
  },
  {
    title: 'Unknown keys and wrong types',
    test: 'test/adversarial/config.test.ts',
    how: '`.labelguard.yml`, product.yaml and filing.yaml',
    cases: configCases,
  },
  {
    title: 'Markdown, HTML and control characters',
    test: 'test/adversarial/injection.test.ts',
    how: 'written into every free-text field of the example repository (product, filing, SBOM names, waivers, dashboard title), then rendered as the action renders: comment, job summary, refiling PR title/body/commit, dashboard issue, SARIF, annotations, terminal report',
    cases: injectionCases,
  },
  {
    title: 'Template syntax as data',
    test: 'test/adversarial/template.test.ts',
    how: 'every free-text field of the example repository, through `labelguard evidence` for each product; each file decoded for its format',
    cases: templateCases,
  },
  {
    title: 'Pull requests that judge themselves',
    test: 'test/cli/trust.test.ts',
    how: 'a real git repository of the example, the pull request on a branch: the built CLI’s `check --base`, and the built action on `pull_request` and `pull_request_target` against the loopback GitHub (`test/action/trust.test.ts`)',
    cases: bypassCases,
  },
  {
    title: 'Refiling runs interrupted at every step',
    test: 'test/faults/interrupted.test.ts',
    how: 'a clean refiling run of two products is recorded; for every request k of it, a fresh run fails at k, then runs again without faults',
    cases: interruptionModes,
  },
  {
    title: 'GitHub faults on the refiling flow',
    test: 'test/faults/refiling.test.ts',
    how: 'the action’s refiling flow on a push to main (two products) against the loopback GitHub',
    cases: refilingFaults,
  },
  {
    title: 'GitHub faults on the built action',
    test: 'test/faults/action.test.ts',
    how: '`dist/index.js` run as the Actions runner runs it',
    cases: actionFaults,
  },
];

/** Text for a table cell: pipes escaped (even inside code spans they end a cell), one line. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** The generated block (without its markers). */
export function renderAdversarialTable(): string {
  const sources = workflowSources().map((s) => s.name);
  const distCount = areas.reduce((n, a) => n + a.cases.filter((c) => c.dist).length, 0);
  const lines: string[] = [
    '| Area | Cases | Run by |',
    '|---|---:|---|',
    ...areas.map((a) => `| [${a.title}](#${anchor(a.title)}) | ${a.cases.length} | \`${a.test}\` |`),
    `| [Workflows users copy](#${anchor('Workflows users copy')}) | ${workflowRules.length} rules × ${sources.length} workflows | \`test/adversarial/workflows.test.ts\` |`,
    '',
    `Cases marked ⚙ also run through the built CLI (\`dist/cli.js\`): ${distCount} of them, in \`test/adversarial/dist.test.ts\`.` +
      ' Renderers are also checked with generated strings of every kind (`test/property/`).',
  ];
  for (const a of areas) {
    lines.push(
      '',
      `#### ${a.title}`,
      '',
      `${a.how[0]!.toUpperCase()}${a.how.slice(1)}.`,
      '',
      '| Input | Expected outcome (asserted) |',
      '|---|---|',
      ...a.cases.map((c) => `| ${cell(c.input)}${c.dist ? ' ⚙' : ''} | ${cell(c.expected)} |`),
    );
  }
  lines.push(
    '',
    '#### Workflows users copy',
    '',
    `Checked in: ${sources.map((s) => `\`${s}\``).join(', ')}.`,
    '',
    '| Rule | Expected outcome (asserted) |',
    '|---|---|',
    ...workflowRules.map((r) => `| ${cell(r.input)} | ${cell(r.expected)} |`),
  );
  return lines.join('\n');
}

/** GitHub's anchor for a heading. */
function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

/** The page written when docs/adversarial.md has no markers yet. */
function newSection(block: string): string {
  return [
    '# What the test suite tries',
    '',
    'Besides the examples of each part, the suite feeds labelguard hostile input and injects faults into',
    'the GitHub API, and asserts for each case the outcome declared next to it: a clear, located error, time',
    'and memory bounded by the documented limits, no crash, nothing unsafe in what is written to GitHub or',
    'a terminal, and no refiling need lost. This table is generated from the case lists the tests iterate',
    '(`npx tsx scripts/adversarial-table.ts --write`); a test fails while it is stale. See also',
    '[SECURITY.md](../SECURITY.md).',
    '',
    START,
    block,
    END,
    '',
  ].join('\n');
}

/** The page with the generated block replaced (the whole page written when it has no markers). */
export function withTable(page: string, block = renderAdversarialTable()): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start >= 0 && end > start)
    return `${page.slice(0, start + START.length)}\n${block}\n${page.slice(end)}`;
  return newSection(block);
}

/** The block currently between the page's markers, or undefined. */
export function currentTable(page: string): string | undefined {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  return start >= 0 && end > start ? page.slice(start + START.length + 1, end - 1) : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--write')) {
    writeFileSync(tablePath, withTable(readFileSync(tablePath, 'utf8')));
    process.stdout.write('docs/adversarial.md updated\n');
  } else {
    process.stdout.write(`${renderAdversarialTable()}\n`);
  }
}
