// A part of the stack floor alone (see stack.ts): the two git processes of a pull request, side by side.
import { gitOfPullRequest } from './pieces.js';

const [changed, tree] = await gitOfPullRequest();
process.stdout.write(`${changed.length} ${tree.length}\n`);
