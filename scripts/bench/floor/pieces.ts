// The pieces every pull-request run of the action needs whatever it does: read the event, ask git what the
// pull request changed and list the base (two git processes, side by side), read the repository's
// configuration (YAML). Shared by the floor programs beside this file, which are bundled like the action.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const workspace = process.env.GITHUB_WORKSPACE!;

/** `git diff` of the event's pull request and `git ls-tree` of its base, started side by side. */
export function gitOfPullRequest(): Promise<[Buffer, Buffer]> {
  const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH!, 'utf8')) as {
    pull_request: { base: { sha: string }; head: { sha: string } };
  };
  const { base, head } = event.pull_request;
  const git = (args: string[]) =>
    new Promise<Buffer>((resolve, reject) =>
      execFile('git', args, { cwd: workspace, encoding: 'buffer' }, (e, out) =>
        e ? reject(new Error(e.message)) : resolve(out),
      ),
    );
  return Promise.all([
    git(['diff', '--name-status', '-z', `${base.sha}...${head.sha}`]),
    git(['ls-tree', '-r', '-z', base.sha]),
  ]);
}

/** The bench repository's configuration file, as text. */
export const configText = (): string => readFileSync(join(workspace, '.labelguard.yml'), 'utf8');
