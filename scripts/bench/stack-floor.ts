// The least a pull-request run can cost with the action's stack: load @actions/core and the YAML library
// (a repository's configuration is YAML), ask git which files changed and list the base revision (two git
// processes, side by side), set an output and write the job summary. Nothing of labelguard. Bundled like
// the action and run beside it in `startup.ts`, it shows how much of the no-op pull request's time is the
// stack's and how much is labelguard's.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as core from '#actions-core';
import { parse } from 'yaml';

const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH!, 'utf8')) as {
  pull_request: { base: { sha: string }; head: { sha: string } };
};
const { base, head } = event.pull_request;
const git = (args: string[]) =>
  new Promise<Buffer>((resolve, reject) =>
    execFile('git', args, { cwd: process.env.GITHUB_WORKSPACE, encoding: 'buffer' }, (e, out) =>
      e ? reject(new Error(e.message)) : resolve(out),
    ),
  );
const [changed, tree] = await Promise.all([
  git(['diff', '--name-status', '-z', `${base.sha}...${head.sha}`]),
  git(['ls-tree', '-r', '-z', base.sha]),
]);
const config = parse('products: products/*/product.yaml\n') as unknown;
core.setOutput('result', `${changed.length} ${tree.length} ${JSON.stringify(config)}`);
await core.summary.addRaw('## stack floor\n').write();
