/**
 * Runs the built action (dist/index.js) the way the GitHub Actions runner does: a child Node process with
 * the runner's GITHUB_* variables, an event payload file, pre-created GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, RUNNER_TEMP, and one INPUT_* variable per `with:` input. Afterwards it reads
 * back what the runner would: the exit code, the outputs (heredoc file format), the job summary, and the
 * workflow commands (`::error file=…::…`) printed on standard output. What the step printed is shown
 * only for a test that fails.
 *
 * The child is spawned asynchronously, so a loopback GitHub served by the test process keeps answering
 * while the action runs.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './dist.js';
import { showIfTestFails } from './output-on-failure.js';

/** What a run of the action is given. */
export interface ActionRun {
  /** `GITHUB_EVENT_NAME`, e.g. `pull_request` or `merge_group`. */
  event: string;
  /** The event payload, written to the file named by `GITHUB_EVENT_PATH`. */
  payload: unknown;
  /** `GITHUB_WORKSPACE`: the checked-out repository. */
  workspace: string;
  /** `GITHUB_API_URL`: the loopback server's URL. */
  apiUrl: string;
  /** `with:` inputs by their action.yml name (hyphens kept, as the runner does). */
  inputs?: Record<string, string>;
  /** `owner/repo` (default `acme/cameras`). */
  repository?: string;
  /** `GITHUB_SHA` (default 40 zeros: set it to the commit the workflow checked out). */
  sha?: string;
  /** `GITHUB_REF` (default `refs/heads/main`). */
  ref?: string;
  /** `GITHUB_WORKFLOW` (default `labelguard`). */
  workflow?: string;
  /** `GITHUB_JOB` (default `labels`). */
  job?: string;
  /** `GITHUB_RUN_ID` (default `4242`). */
  runId?: string;
}

/** A workflow command the action printed that GitHub turns into an annotation. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

/** What the runner would see after the step. */
export interface ActionResult {
  /** The process exit code (1 after `core.setFailed`). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Step outputs parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** The GITHUB_STEP_SUMMARY file's contents. */
  summary: string;
  /** `::error`, `::warning` and `::notice` commands, in the order printed. */
  annotations: Annotation[];
  /** RUNNER_TEMP of the run (removed by `cleanup`). */
  runnerTemp: string;
  /** Remove the run's temporary files. */
  cleanup: () => void;
}

/** Variables of the test process that must not leak into the action (a test run inside Actions has them). */
const INHERITED = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'SYSTEMROOT'] as const;

/** The runner's environment variable for an input: `INPUT_` + upper case, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

let staged: string | undefined;

/**
 * Copy the action as the runner downloads it (action.yml and dist/, without node_modules) to a temporary
 * folder, once per test file, and return its entry point. Running the copy proves the bundle needs
 * nothing else, and keeps a run from seeing a half-written dist/ while someone rebuilds it.
 */
export function stageAction(): string {
  if (staged && existsSync(staged)) return staged;
  const dist = join(repoRoot, 'dist');
  if (!existsSync(join(dist, 'index.js')))
    throw new Error('dist/index.js is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'labelguard-action-'));
  cpSync(join(repoRoot, 'action.yml'), join(dir, 'action.yml'));
  cpSync(dist, join(dir, 'dist'), { recursive: true });
  staged = join(dir, 'dist', 'index.js');
  return staged;
}

/** Remove the staged copy of the action (call it in `afterAll`). */
export function removeStagedAction(): void {
  if (staged) rmSync(dirname(dirname(staged)), { recursive: true, force: true });
  staged = undefined;
}

/** Run the action's dist/index.js as the Actions runner runs a `node24` action, and collect what it reported. */
export async function runAction(run: ActionRun, entry: string = stageAction()): Promise<ActionResult> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'labelguard-runner-'));
  const eventPath = join(runnerTemp, '_github_workflow', 'event.json');
  const outputPath = join(runnerTemp, '_runner_file_commands', 'set_output');
  const summaryPath = join(runnerTemp, '_runner_file_commands', 'step_summary');
  mkdirSync(join(runnerTemp, '_github_workflow'), { recursive: true });
  mkdirSync(join(runnerTemp, '_runner_file_commands'), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(run.payload, null, 2));
  // `core.setOutput` and `core.summary` refuse to write to a file that does not exist: the runner creates them.
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const env: NodeJS.ProcessEnv = {};
  for (const name of INHERITED) if (process.env[name] !== undefined) env[name] = process.env[name];
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: run.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: run.repository ?? 'acme/cameras',
    GITHUB_REPOSITORY_OWNER: (run.repository ?? 'acme/cameras').split('/')[0],
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_SHA: run.sha ?? '0'.repeat(40),
    GITHUB_REF: run.ref ?? 'refs/heads/main',
    GITHUB_API_URL: run.apiUrl,
    GITHUB_GRAPHQL_URL: `${run.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: run.runId ?? '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: run.workflow ?? 'labelguard',
    GITHUB_JOB: run.job ?? 'labels',
    GITHUB_ACTOR: 'alice',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
  });
  for (const [name, value] of Object.entries(run.inputs ?? {})) env[inputVariable(name)] = value;

  const child = spawn(process.execPath, [entry], {
    cwd: run.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => stdout.push(c));
  child.stderr.on('data', (c: Buffer) => stderr.push(c));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve(status));
  });
  const out = Buffer.concat(stdout).toString('utf8');
  const err = Buffer.concat(stderr).toString('utf8');
  // The log of the step, as the runner would show it, only for a test that fails.
  showIfTestFails(`${run.event} run of the action: exit ${String(code)}`, `${out}${err}`);
  return {
    code,
    stdout: out,
    stderr: err,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(out),
    runnerTemp,
    cleanup: () => rmSync(runnerTemp, { recursive: true, force: true }),
  };
}

/**
 * Parse a GITHUB_OUTPUT (or GITHUB_ENV) file: `name<<DELIMITER` … `DELIMITER` blocks, as `core.setOutput`
 * writes them, and plain `name=value` lines. A block without its closing delimiter is an error, as on
 * the runner.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i] ?? '');
      }
      if (!closed) throw new Error(`output ${name}: no closing delimiter ${delimiter}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`invalid output line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

/** The `::error|warning|notice [props]::message` workflow commands in a step's standard output. */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const annotation: Annotation = { level: m[1] as Annotation['level'], message: unescapeData(m[3] ?? '') };
    for (const pair of (m[2] ?? '').split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      const key = pair.slice(0, eq);
      const value = unescapeProperty(pair.slice(eq + 1));
      if (key === 'file' || key === 'title') annotation[key] = value;
      else if (key === 'line' || key === 'col' || key === 'endLine' || key === 'endColumn')
        annotation[key] = Number(value);
    }
    out.push(annotation);
  }
  return out;
}
