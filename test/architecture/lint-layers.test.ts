// The layer rules of eslint.config.mjs, run through ESLint's Node API on code placed (virtually) inside src/:
// a wrong-way import must fail with the layer rule and its reason, a right-way import must pass. Type-aware
// linting is switched off here only so that a file that does not exist on disk can be linted; the import
// rules do not use types.
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
  });
});

/** The layer findings (rule and message) of `code` linted as if it were the file at `filePath`. */
async function layerFindings(filePath: string, code: string): Promise<{ rule: string; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => ({ rule: m.ruleId ?? `parse: ${m.message}`, message: m.message }));
}

describe('wrong-way imports fail the lint', () => {
  test.each([
    [
      'domain code reading the file system',
      'src/sbom/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'no-restricted-imports',
      'src/sbom (domain) must not use the file system',
    ],
    [
      'domain code importing the GitHub adapter',
      'src/dashboard/probe.ts',
      "import { upsertIssue } from '../github/index.js';\nexport const write = upsertIssue;\n",
      'no-restricted-imports',
      'src/dashboard (domain) must not use src/github/',
    ],
    [
      'domain code loading the GitHub adapter lazily',
      'src/rules/probe.ts',
      "export const later = async () => (await import('../github/index.js')).parseRepoRef;\n",
      'no-restricted-syntax',
      'src/rules (domain) must not use src/github/',
    ],
    [
      'domain code importing Octokit, even for a type',
      'src/refiling/probe.ts',
      "import type { Octokit } from '@octokit/rest';\nexport type Client = Octokit;\n",
      'no-restricted-imports',
      'src/refiling (domain) must not use Octokit',
    ],
    [
      'the pipeline using the Actions runtime as the build bundles it',
      'src/pipeline/probe.ts',
      "import * as core from '#actions-core';\nexport const say = core.info;\n",
      'no-restricted-imports',
      'src/pipeline (pipeline) must not use the Actions runtime',
    ],
    [
      'a pure planner importing its executor',
      'src/refiling/probe.ts',
      "export { syncRefiling } from './exec/sync.js';\n",
      'no-restricted-imports',
      'src/refiling (domain) must not import src/refiling/exec (executors, a layer above)',
    ],
    [
      'domain code importing the pipeline',
      'src/status/probe.ts',
      "import type { CheckOutcome } from '../pipeline/run-check.js';\nexport type Outcome = CheckOutcome;\n",
      'no-restricted-imports',
      'src/status (domain) must not import src/pipeline (pipeline, a layer above)',
    ],
    [
      'the action importing the CLI',
      'src/action/probe.ts',
      "import { renderReport } from '../cli/render-report.js';\nexport const render = renderReport;\n",
      'no-restricted-imports',
      'src/action and src/cli are both shells and never import each other',
    ],
    [
      'a reach past a folder index',
      'src/changes/probe.ts',
      "import type { Inventory } from '../sbom/types.js';\nexport type Components = Inventory;\n",
      'no-restricted-imports',
      'Import src/sbom through its index (src/sbom/index.ts)',
    ],
    [
      'base code importing domain code',
      'src/core/probe.ts',
      "import type { Report } from '../report/model.js';\nexport type R = Report;\n",
      'no-restricted-imports',
      'src/core (base) must not import src/report (domain, a layer above)',
    ],
  ])('%s', async (_what, filePath, code, rule, reason) => {
    const found = await layerFindings(filePath, code);
    expect(found).toHaveLength(1);
    expect(found[0]!.rule).toBe(rule);
    expect(found[0]!.message).toContain(reason);
  });
});

describe('right-way imports pass', () => {
  test.each([
    [
      'domain code importing another domain folder through its index',
      'src/changes/probe.ts',
      "import type { Inventory } from '../sbom/index.js';\nexport type Components = Inventory;\n",
    ],
    [
      'the pipeline loading the GitHub adapter lazily through its index',
      'src/pipeline/probe.ts',
      "export const later = async () => (await import('../github/index.js')).parseRepoRef;\n",
    ],
    [
      'a shell loading one file behind an index lazily, where the bundle splits',
      'src/cli/probe.ts',
      "export const later = async () => (await import('../changes/classify.js')).classifyDifference;\n",
    ],
    [
      'an executor importing the planner and the GitHub adapter through their indexes',
      'src/refiling/exec/probe.ts',
      "import { parseMetadata } from '../index.js';\nimport { parseRepoRef } from '../../github/index.js';\nexport const both = [parseMetadata, parseRepoRef];\n",
    ],
  ])('%s', async (_what, filePath, code) => {
    expect(await layerFindings(filePath, code)).toEqual([]);
  });

  test('the real executor of refiling passes as it is', async () => {
    const file = 'src/refiling/exec/sync.ts';
    const found = await layerFindings(file, readFileSync(`${root}${file}`, 'utf8'));
    expect(found.filter((f) => f.rule.startsWith('no-restricted'))).toEqual([]);
  });
});
