/**
 * The scaffold of every star level of every built-in scheme: valid data (no data error when checked), and
 * product.yaml names every field the rules of that level read, so `check` can point at each one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { scaffoldFiles, schemaBase } from '../../src/cli/init-scaffold.js';
import { publishedSchemas } from '../../src/schemas/index.js';
import { runCheck } from '../../src/pipeline/run-check.js';
import { repoRoot } from '../support/dist.js';
import { makeTempRepo } from '../support/temp-repo.js';

interface RuleJson {
  id: string;
  stars: number;
  path: string;
}

async function rulesOf(scheme: string): Promise<RuleJson[]> {
  let out = '';
  const io = { stdout: (t: string) => void (out += t), stderr: () => {}, cwd: repoRoot, today: '2026-11-26' };
  expect(await runCli(['rules', '--pack', scheme, '--format', 'json'], io)).toBe(0);
  return (JSON.parse(out) as { packs: { rules: RuleJson[] }[] }).packs[0]!.rules;
}

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

const cases = [
  ...[1, 2, 3].map((stars) => ['cn-ccl', stars, 'consumer_network_camera'] as const),
  ...[1, 2].map((stars) => ['etsi-en-303-645', stars, 'any'] as const),
];

describe('labelguard init scaffold', () => {
  it.each(cases)('%s ★%i: checks with rule findings and no data errors', async (scheme, stars, category) => {
    const rules = await rulesOf(scheme);
    const fields = rules.filter((r) => r.stars <= stars && !r.path.startsWith('filing:')).map((r) => r.path);
    const files = scaffoldFiles({
      product: 'cam-x1',
      model: "AV-C2 'Indoor', Camera: #1",
      stars,
      scheme,
      category,
      fields,
      manufacturer: 'Shenzhen Example Co., Ltd.',
      today: '2026-11-26',
      workflow: readFileSync(join(repoRoot, 'docs/workflows/labelguard.yml'), 'utf8'),
    });
    const repo = makeTempRepo(Object.fromEntries(files.map((f) => [f.path, f.content])));
    cleanups.push(repo.cleanup);
    const { report } = await runCheck({ dir: repo.dir, now: '2026-11-26' });
    const findings = report.products[0]!.findings;
    expect(findings.filter((f) => f.severity === 'error' && /^(data|sbom)\./.test(f.ruleId))).toEqual([]);
    expect(report.products[0]!.verdict).toBe('fail');
    // The model and producer survive quotes, commas and colons as written.
    expect(findings.some((f) => f.ruleId === 'CCL-LBL-002')).toBe(false);

    const product = files.find((f) => f.path.endsWith('product.yaml'))!.content;
    const absent = fields.filter((path) => !new RegExp(`\\b${path.split('.').at(-1)}:`).test(product));
    expect(absent).toEqual([]);
  });

  it('points editors at the schemas by their $id', () => {
    for (const [name, schema] of Object.entries(publishedSchemas))
      expect(schema.$id).toBe(`${schemaBase}/${name}`);
  });
});
