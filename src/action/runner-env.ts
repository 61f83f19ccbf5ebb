import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';

/** What the Actions runner tells a JavaScript action about the run, read once from the environment. */
export interface RunnerEnv {
  eventName: string;
  payload: unknown;
  /** `owner/repo`. */
  repository: string;
  sha: string;
  ref: string;
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  workflow: string;
  job: string;
  tempDir: string;
}

/** Read the runner's GITHUB_* variables; a missing essential one is a usage error, not a crash. */
export function readRunnerEnv(env: NodeJS.ProcessEnv): RunnerEnv {
  const need = (name: string): string => {
    const v = env[name];
    if (!v)
      throw new UsageError(`${name} is not set: labelguard's action runs inside GitHub Actions`, [
        'To check a repository locally, use the CLI: labelguard check --repo DIR.',
      ]);
    return v;
  };
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: unknown = {};
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read the event payload ${eventPath}: ${(e as Error).message}`);
    }
  }
  return {
    eventName: need('GITHUB_EVENT_NAME'),
    payload,
    repository: need('GITHUB_REPOSITORY'),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    tempDir: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
  };
}
