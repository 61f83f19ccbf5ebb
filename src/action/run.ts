import * as core from '@actions/core';
import { checkRepository } from '../check/check.js';
import { UsageError } from '../load/errors.js';
import { loadRepository } from '../load/repository.js';
import { resolvePolicy } from '../policy/policy.js';
import { renderText } from '../report/text.js';
import { exitCodeFor } from '../report/model.js';
import { WorkingTreeSource } from '../repo/fs-source.js';
import { readActionInputs } from './inputs.js';

/** The action's entry: read inputs, check the workspace, report, and fail by policy. */
export async function runAction(): Promise<void> {
  try {
    const inputs = readActionInputs();
    const repo = await loadRepository(new WorkingTreeSource(inputs.workspace), {
      configPath: inputs.configPath,
    });
    const policy = resolvePolicy(repo.config.config, inputs.policy);
    const report = checkRepository(repo, { now: inputs.now, policy });
    core.info(renderText(report));
    core.setOutput('result', exitCodeFor(report) === 0 ? 'pass' : 'fail');
    core.setOutput('blocking-count', String(report.summary.blocking));
    await core.summary.addRaw(`labelguard: ${report.summary.blocking} blocking finding(s)`).write();
    if (exitCodeFor(report) !== 0)
      core.setFailed(`labelguard: ${report.summary.blocking} blocking finding(s)`);
  } catch (e) {
    if (e instanceof UsageError) core.setFailed(`${e.message}\n${e.details.join('\n')}`);
    else core.setFailed(`labelguard internal error: ${(e as Error).stack ?? String(e)}`);
  }
}
