/**
 * Inputs built to make the check do unbounded work: a rule condition that multiplies, an SBOM with very many
 * components, YAML of tiny nodes, a FIFO where a file should be. Each runs through the whole check in a
 * child process (bounds.test.ts), ends in its declared located outcome, and stays under a declared time and
 * peak memory, asserted with a wide margin (several times what was measured on a shared 2-core machine);
 * `npm run bench` prints the measured figures. Big inputs are built when the case runs, never stored.
 */
import { stringify } from 'yaml';
import type { DeclaredCase } from './declared.js';
import {
  baseFiles,
  CONFIG_FILE,
  FILING_FILE,
  PRODUCT_FILE,
  SBOM_FILE,
  type Content,
  type Expected,
} from './support.js';
import { lineOf } from './declared.js';

export interface BoundCase extends DeclaredCase {
  /** Files of the base repository replaced (null: deleted), built when the case runs. */
  changes: () => Record<string, Content | null>;
  outcome: Expected;
  /** Wall time and peak resident memory of the whole child process (Node, loader and check included). */
  bound: { seconds: number; peakMiB: number };
}

const MiB = 1024 * 1024;
const PACK = 'packs/hostile';

/** A repository-local pack (scheme `hostile`) with one rule, and the product labelled for it. */
function localPack(condition: string): Record<string, Content> {
  const product = (baseFiles()[PRODUCT_FILE] as string).replace(
    /^labels:\n/m,
    'labels:\n  - scheme: hostile\n    stars: 1\n',
  );
  return {
    [CONFIG_FILE]: stringify({ packs: ['cn-ccl', `./${PACK}`] }),
    [PRODUCT_FILE]: product,
    [`${PACK}/pack.yaml`]: stringify({
      name: 'hostile',
      title: 'A pack from the pull request',
      scheme: 'hostile',
      levels: [{ stars: 1, name: 'basic' }],
    }),
    [`${PACK}/rules/work.yaml`]: stringify({
      rules: [
        {
          id: 'HOSTILE-001',
          title: 'Four nested loops',
          stars: 1,
          severity: 'error',
          tier_basis: 'inferred',
          path: 'model',
          condition,
          message: 'never shown',
          remediation: 'none',
          sources: [{ title: 'none', url: 'https://example.org/' }],
        },
      ],
    }),
  };
}

const list150 = `[${Array.from({ length: 150 }, (_, i) => i).join(', ')}]`;
const nestedAll = `cel.bind(l, ${list150}, l.all(a, l.all(b, l.all(c, l.all(d, a + b + c + d >= 0)))))`;

/** The product's SBOM with `n` more library components (compact JSON, as SBOM generators write it). */
export function manyComponents(n: number): string {
  const doc = JSON.parse(baseFiles()[SBOM_FILE] as string) as { components: unknown[] };
  for (let i = 0; i < n; i++) {
    const version = `1.0.${i % 10}`;
    doc.components.push({ type: 'library', name: `gen-${i}`, version, purl: `pkg:npm/gen-${i}@${version}` });
  }
  return JSON.stringify(doc);
}

/** A YAML mapping `x:` whose value is a flow list of `[]` filling `bytes`: one node per 3 bytes. */
function tinyNodes(bytes: number): string {
  return `x: [${'[],'.repeat(Math.floor((bytes - 8) / 3))}[]]\n`;
}

/** `count` more products, each with the same hostile product.yaml. */
function products(count: number, text: string): Record<string, Content> {
  const files: Record<string, Content> = {};
  for (let i = 0; i < count; i++) files[`products/hostile-${i}/product.yaml`] = text;
  return files;
}

const manySbomId = 'sbom-130000-components';

export const boundCases: BoundCase[] = [
  {
    id: 'cel-nested-all',
    input: 'repository-local rule: four nested `.all()` over a 150-element list (5·10⁸ steps; did not finish in 90 s)',
    expected: 'error finding on the rule and product "took more than 1,… steps", in well under a second of evaluation',
    changes: () => localPack(nestedAll),
    outcome: { kind: 'finding', rule: 'HOSTILE-001', file: PRODUCT_FILE, message: /could not be checked, the evaluation took more than [\d,]+ steps/ },
    bound: { seconds: 30, peakMiB: 600 },
  },
  {
    id: 'cel-doubling-list',
    input: 'repository-local rule: a list doubled 24 times with `cel.bind` (2.5·10⁹ elements)',
    expected: 'error finding on the rule and product: the doubling is charged by size, no memory blow-up',
    changes: () => {
      let condition = 'size(x24) > 0';
      for (let i = 24; i >= 1; i--) condition = `cel.bind(x${i}, ${i === 1 ? `${list150} + ${list150}` : `x${i - 1} + x${i - 1}`}, ${condition})`;
      return localPack(condition);
    },
    outcome: { kind: 'finding', rule: 'HOSTILE-001', file: PRODUCT_FILE, message: /took more than [\d,]+ steps/ },
    bound: { seconds: 30, peakMiB: 600 },
  },
  {
    id: manySbomId,
    input: 'sbom.cdx.json with 130,000 more components than registered (about 10 MB; crashed with "Maximum call stack size exceeded")',
    expected: 'completes: 1,000 findings shown, blocking ones first, and a `report.findings-capped` summary of the other 129,000+',
    changes: () => ({ [SBOM_FILE]: manyComponents(130_000) }),
    outcome: { kind: 'flagged', rules: ['report.findings-capped'], file: SBOM_FILE, message: /^129,\d{3} more findings on this product are not shown/ },
    bound: { seconds: 240, peakMiB: 2500 },
  },
  {
    id: 'yaml-tiny-nodes',
    input: 'product.yaml of 4 MiB of empty lists `x: [[],[],…]` (1.4 million nodes; took 2 GB and 17 s)',
    expected: 'error `data.too-many-nodes` at line 1, refused before parsing',
    changes: () => ({ [PRODUCT_FILE]: tinyNodes(4 * MiB - 64) }),
    outcome: { kind: 'finding', rule: 'data.too-many-nodes', file: PRODUCT_FILE, line: 1, message: /more than (20,000 YAML values|40,000 YAML tokens) in one file/ },
    bound: { seconds: 30, peakMiB: 400 },
  },
  {
    id: 'yaml-tiny-nodes-12-products',
    input: 'twelve more products, each product.yaml 4 MiB of `[],` (took 4 GB and 268 s)',
    expected: 'error `data.too-many-nodes` on each of them; the passing product still judged',
    changes: () => products(12, tinyNodes(4 * MiB - 64)),
    outcome: { kind: 'finding', rule: 'data.too-many-nodes', file: 'products/hostile-11/product.yaml', line: 1, message: /more than (20,000 YAML values|40,000 YAML tokens) in one file/ },
    bound: { seconds: 60, peakMiB: 600 },
  },
  {
    id: 'yaml-just-under-limits',
    input: 'filing.yaml with 19,500 more values and product.yaml with 39,990 stray anchors: the most work the limits let through',
    expected: 'parsed (the extra key flagged `data.schema`) and `data.yaml-syntax` errors: the bound of an accepted file',
    changes: () => ({
      [FILING_FILE]: `${baseFiles()[FILING_FILE] as string}x:\n${'  -\n'.repeat(19_500)}`,
      [PRODUCT_FILE]: `x: ${'&a '.repeat(39_990)}1\n`,
    }),
    outcome: { kind: 'finding', rule: 'data.yaml-syntax', file: PRODUCT_FILE, message: /at most one anchor/ },
    bound: { seconds: 60, peakMiB: 600 },
  },
  {
    id: 'yaml-just-under-limits-32-files',
    input: 'sixteen more products, product.yaml and filing.yaml each with 19,500 more values: many files at the limit at once',
    expected: 'each read and flagged `data.schema`; memory stays bounded though products load 16 at a time',
    changes: () => {
      const under = `x:\n${'  -\n'.repeat(19_500)}`;
      const files: Record<string, Content> = {};
      for (let i = 0; i < 16; i++) {
        files[`products/full-${i}/product.yaml`] = `${baseFiles()[PRODUCT_FILE] as string}${under}`;
        files[`products/full-${i}/filing.yaml`] = `${baseFiles()[FILING_FILE] as string}${under}`;
      }
      return files;
    },
    outcome: { kind: 'finding', rule: 'data.schema', file: 'products/full-15/product.yaml', message: /unknown key 'x'/ },
    bound: { seconds: 120, peakMiB: 1500 },
  },
  {
    id: 'fifo-sbom',
    input: 'the product’s `sbom:` is a FIFO (named pipe; `check` waited forever)',
    expected: 'error `data.not-a-file` at the `sbom:` line, never opened',
    changes: () => ({ [SBOM_FILE]: { fifo: true } }),
    outcome: { kind: 'finding', rule: 'data.not-a-file', file: PRODUCT_FILE, line: lineOf(baseFiles()[PRODUCT_FILE] as string, 'sbom:'), message: /is not a regular file/ },
    bound: { seconds: 30, peakMiB: 600 },
  },
  {
    id: 'fifo-product-yaml',
    input: 'a product folder whose product.yaml is a FIFO',
    expected: 'error `data.not-a-file` on that product.yaml; the other product judged',
    changes: () => ({ 'products/pipe/product.yaml': { fifo: true } }),
    outcome: { kind: 'finding', rule: 'data.not-a-file', file: 'products/pipe/product.yaml', line: 1, message: /is not a regular file/ },
    bound: { seconds: 30, peakMiB: 600 },
  },
  {
    id: 'fifo-config',
    input: '.labelguard.yml is a FIFO',
    expected: 'exit 2, `.labelguard.yml:1:1` "not a regular file" (never skipped as absent, which would drop the policy)',
    changes: () => ({ [CONFIG_FILE]: { fifo: true } }),
    outcome: { kind: 'usage-error', message: /is not a regular file/, detail: /\.labelguard\.yml:1:1/ },
    bound: { seconds: 30, peakMiB: 600 },
  },
];
