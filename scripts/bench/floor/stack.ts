// The least a pull-request run can cost with the action's stack: load @actions/core and the YAML library,
// ask git which files changed and list the base revision (two git processes, side by side), parse the
// repository's configuration, set an output and write the job summary. Nothing of labelguard. Bundled like
// the action and run beside it in `startup.ts`, it shows how much of the no-op pull request's time is the
// stack's and how much is labelguard's; `git.ts`, `actions-core.ts` and `yaml.ts` are its parts alone.
import * as core from '#actions-core';
import { parse } from 'yaml';
import { configText, gitOfPullRequest } from './pieces.js';

const [changed, tree] = await gitOfPullRequest();
const config = parse(configText()) as unknown;
core.setOutput('result', `${changed.length} ${tree.length} ${JSON.stringify(config)}`);
await core.summary.addRaw('## stack floor\n').write();
