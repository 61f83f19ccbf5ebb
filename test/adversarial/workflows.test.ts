/**
 * The workflows users copy keep the rules of a safe workflow: declared minimal permissions, third-party
 * actions pinned by commit SHA, nothing from the event expanded inside a shell, and no checkout of a pull
 * request's code in a privileged run — the examples embedded in README.md and docs/ as much as the files.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIRST_PARTY, workflowProblems, workflowRules, workflowSources } from './workflows.js';

const all = workflowProblems();
/** A block of a Markdown page (README.md, docs/*.md), as opposed to a workflow file. */
const isPage = (name: string) => /^[^,]*\.md, /.test(name);

describe('workflows users copy', () => {
  it('finds the documented workflows, the repository’s own and the examples in README.md and docs/', () => {
    const names = workflowSources().map((s) => s.name);
    expect(names.filter((n) => n.startsWith('docs/workflows/')).length).toBeGreaterThanOrEqual(3);
    expect(names.filter((n) => n.startsWith('.github/workflows/')).length).toBeGreaterThanOrEqual(1);
    expect(names.filter((n) => n.startsWith('README.md')).length).toBeGreaterThanOrEqual(1);
    expect(names.filter((n) => isPage(n)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(all.filter((w) => !isPage(w.source.name)).map((w) => [w.source.name, w] as const))(
    '%s keeps every rule',
    (_name, w) => {
      expect(w.problems).toEqual(Object.fromEntries(workflowRules.map((r) => [r.id, []])));
    },
  );

  it.each(all.filter((w) => isPage(w.source.name)).map((w) => [w.source.name, w] as const))(
    'the example in %s keeps every rule',
    (_name, w) => {
      expect(w.problems).toEqual(Object.fromEntries(workflowRules.map((r) => [r.id, []])));
    },
  );
});

describe('labelguard’s own pins', () => {
  const pins = workflowSources().flatMap((s) =>
    [...s.text.matchAll(/labelguard\/labelguard@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)|ref: ([0-9a-f]{40}) # (v\d+\.\d+\.\d+)/g)].map(
      (m) => ({ source: s.name, sha: m[1] ?? m[3]!, release: m[2] ?? m[4]! }),
    ),
  );
  it('name one commit of this repository and its release, in every workflow of docs/workflows', () => {
    expect(FIRST_PARTY).toBe('labelguard/labelguard');
    const docs = pins.filter((p) => p.source.startsWith('docs/workflows/'));
    expect(docs.length).toBeGreaterThanOrEqual(5);
    expect(new Set(pins.map((p) => `${p.sha} ${p.release}`)).size).toBe(1);
    const sha = pins[0]!.sha;
    // The commit exists in this repository's history (a clone with full history, as .ci/run makes).
    expect(execFileSync('git', ['cat-file', '-t', sha], { encoding: 'utf8' }).trim()).toBe('commit');
  });
});

describe('the rules catch what they are for', () => {
  const check = (id: string, yaml: string) => {
    const rule = workflowRules.find((r) => r.id === id)!;
    return rule.check(parse(yaml) as Record<string, unknown>);
  };
  it('a workflow without permissions is refused', () => {
    expect(check('permissions', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps: []\n')).toHaveLength(1);
  });
  it('a tag or a wrong SHA is refused', () => {
    expect(check('pinned', 'jobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/checkout@0000000000000000000000000000000000000000\n')).toHaveLength(2);
  });
  it('a pull-request title in a script is refused', () => {
    expect(check('no-expressions-in-run', 'jobs:\n  a:\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n')[0]).toMatch(/untrusted/);
  });
  it('labelguard by tag, a checkout that keeps its token, write access on pull requests are refused', () => {
    expect(check('pinned', 'jobs:\n  a:\n    steps:\n      - uses: labelguard/labelguard@v0\n')).toHaveLength(1);
    expect(check('persist-credentials', 'jobs:\n  a:\n    steps:\n      - uses: actions/checkout@x\n')).toHaveLength(1);
    expect(check('persist-credentials', 'jobs:\n  a:\n    steps:\n      - uses: actions/checkout@x\n      - run: git push\n')).toEqual([]);
    const writes = 'on: [pull_request, push]\njobs:\n  a:\n    permissions: { contents: write }\n    steps: []\n';
    expect(check('read-only-pull-requests', writes)).toHaveLength(1);
    expect(check('read-only-pull-requests', writes.replace('  a:\n', "  a:\n    if: github.event_name == 'push'\n"))).toEqual([]);
  });
  it('a download nothing uses, and a fork’s comment posted verbatim, are refused', () => {
    const download = 'jobs:\n  a:\n    steps:\n      - uses: actions/download-artifact@x\n        with: { path: shards }\n';
    expect(check('no-unused-download', download)).toHaveLength(1);
    expect(check('no-unused-download', `${download}      - run: ls shards\n`)).toEqual([]);
    const post = '      - run: gh pr comment 1 --body-file "c.md"\n';
    const verbatim = `on: workflow_run\njobs:\n  a:\n    steps:\n${post}`;
    expect(check('no-verbatim-comment', verbatim)).toHaveLength(1);
    const rendered = verbatim.replace('steps:\n', 'steps:\n      - run: labelguard comment --report r.json --output "c.md"\n');
    expect(check('no-verbatim-comment', rendered)).toEqual([]);
  });
  it('a checkout of the head in pull_request_target is refused', () => {
    expect(
      check('no-pull-request-checkout', 'on: pull_request_target\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@x\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n'),
    ).toHaveLength(1);
  });
});
