import * as core from '@actions/core';
import { UsageError } from '../load/errors.js';
import { failOnLevels } from '../schemas/config.schema.js';
import type { PolicyOverrides } from '../policy/policy.js';

/** Every action input, read once and typed; the environment is read here and nowhere in the core. */
export interface ActionInputs {
  workspace: string;
  configPath?: string;
  policy: PolicyOverrides;
  now: string;
}

/** Read and validate the action's inputs (`with:` values arrive as INPUT_* variables). */
export function readActionInputs(): ActionInputs {
  const failOn = core.getInput('fail-on');
  if (failOn && !(failOnLevels as readonly string[]).includes(failOn)) {
    throw new UsageError(`input fail-on must be one of ${failOnLevels.join(', ')}, got '${failOn}'`);
  }
  const warnOnly = core.getInput('warn-only');
  const config = core.getInput('config');
  const now = core.getInput('now') || new Date().toISOString().slice(0, 10);
  return {
    workspace: core.getInput('path') || process.env.GITHUB_WORKSPACE || process.cwd(),
    ...(config ? { configPath: config } : {}),
    policy: {
      ...(failOn ? { failOn: failOn as (typeof failOnLevels)[number] } : {}),
      ...(warnOnly ? { warnOnly: core.getBooleanInput('warn-only') } : {}),
    },
    now,
  };
}
