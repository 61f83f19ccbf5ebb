/**
 * Refiling for pull requests from forks. Their token cannot push to the fork's branch, so the refiling
 * files go to a local folder the workflow uploads as an artifact, and a comment says how to apply them.
 * Pure: the shell writes the files and posts the comment.
 */
import { escapeMarkdown, inlineCode, markdownLink } from '../markdown/escape.js';
import type { RefilingFile, RefilingPlan } from './types.js';

/** The artifact the workflow uploads for one product: `labelguard-refiling-<product>`. */
export function forkArtifactName(productId: string): string {
  // Artifact names may not contain " : < > | * ? \ / or line breaks.
  const safe = productId.replace(/["':<>|*?\\/\r\n]/g, '-');
  return `labelguard-refiling-${safe}`;
}

/** The files to write for a fork, and where. */
export interface ForkRefilingOutput {
  artifactName: string;
  /** The folder the caller chose; the artifact's contents. */
  directory: string;
  /** Paths under `directory`, laid out like the product folder: `filing.yaml`, `filings/<id>/…`. */
  files: RefilingFile[];
}

/**
 * The plan's files re-rooted from the product folder into `directory`, so that the artifact can be copied
 * over the product folder as it is.
 */
export function forkRefilingFiles(plan: RefilingPlan, options: { directory: string }): ForkRefilingOutput {
  const directory = options.directory.replace(/\\/g, '/').replace(/\/+$/, '');
  if (directory === '') throw new Error('Give a directory to write the refiling files to.');
  const prefix = `${plan.productDir}/`;
  const files = plan.files.map((f) => {
    if (!f.path.startsWith(prefix)) {
      throw new Error(`The refiling file ${f.path} is outside the product folder ${plan.productDir}.`);
    }
    return { path: `${directory}/${f.path.slice(prefix.length)}`, content: f.content };
  });
  return { artifactName: forkArtifactName(plan.productId), directory, files };
}

/** Where the comment points for the artifact. */
export interface ForkCommentOptions {
  artifactName: string;
  /** The workflow run that uploaded the artifact (its https page). */
  runUrl?: string;
  /** The run id, for the `gh run download` command. */
  runId?: number | string;
  /** `owner/repo` of the repository the workflow ran in. */
  repository?: string;
}

/** The pull request comment that tells the fork's author how to apply the refiling files. */
export function forkRefilingComment(plan: RefilingPlan, options: ForkCommentOptions): string {
  const dir = plan.productDir;
  const run = options.runUrl ? markdownLink('this workflow run', options.runUrl) : 'this workflow run';
  const fingerprints = plan.metadata.fingerprints.length;
  const lines = [
    `### labelguard: refiling files for ${inlineCode(plan.productId)}`,
    '',
    `This pull request changes ${inlineCode(plan.productId)} in ${fingerprints} way${fingerprints === 1 ? '' : 's'} its filing record does not account for. ` +
      'It comes from a fork, so labelguard cannot push the refiling to its branch; it generated the files instead:',
    '',
    `- ${inlineCode('filing.yaml')}: the change log with the new entries`,
    `- ${inlineCode(`filings/${plan.metadata.filingId}/`)}: the evidence for the refiling`,
    '',
    '**To apply them**, either:',
    '',
    `1. Download the artifact **${escapeMarkdown(options.artifactName)}** from ${run} and copy its contents into ${inlineCode(`${dir}/`)} (it is laid out like the product folder), then commit and push to this branch.`,
  ];
  if (
    options.runId !== undefined &&
    /^\d+$/.test(String(options.runId)) &&
    /^[\w.-]+\/[\w.-]+$/.test(options.repository ?? '')
  ) {
    lines.push(
      '',
      '   ```sh',
      `   gh run download ${String(options.runId)} --repo ${options.repository ?? ''} --name ${options.artifactName} --dir ${shellWord(dir)}`,
      '   ```',
      '',
    );
  }
  lines.push(
    `2. Or run \`labelguard evidence\` in your checkout and commit the files it writes under ${inlineCode(`${dir}/`)}.`,
    '',
    'Review the new change-log entries and give each a `justification` and an `approver` before merging.',
  );
  return lines.join('\n');
}

/** A path as one shell word: plain when it is only safe characters, single-quoted otherwise. */
function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
