// A part of the stack floor alone (see stack.ts): @actions/core loaded, one output set, the summary written.
import * as core from '#actions-core';

core.setOutput('result', 'floor');
await core.summary.addRaw('## stack floor\n').write();
