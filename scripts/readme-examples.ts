// Regenerates docs/example-pull-request.md, the examples of what a pull request shows: the sticky comment,
// the job summary and the refiling pull request labelguard writes for a realistic pull request on the bundled
// example repository, rendered exactly as the action renders them, and docs/example-label.png, the label
// artwork that refiling pull request commits. Run `npx tsx scripts/readme-examples.ts` after changing the
// report renderers, the label or the example; test/readme/ fails while the page or the image is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderStickyBody } from '../src/github/index.js';
import { runCheck } from '../src/pipeline/run-check.js';
import { GITHUB_LIMITS, MAX_BODY_CHARS } from '../src/markdown/limits.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { relocateReport } from '../src/report/relocate.js';
import { loadTemplates, prepareLabelRenderer } from '../src/pipeline/evidence-assets.js';
import { bundleCheck, evidenceFor } from '../src/pipeline/evidence.js';
import { planRefiling, type RefilingPlan } from '../src/refiling/index.js';

export const examplesPath = fileURLToPath(new URL('../docs/example-pull-request.md', import.meta.url));
/** The refiling pull request's label.png, committed so that the page (and the README) can show it. */
export const exampleLabelPath = fileURLToPath(new URL('../docs/example-label.png', import.meta.url));
/** How docs/example-pull-request.md refers to the image (a path relative to the page). */
const exampleLabelLink = 'example-label.png';
const exampleDir = fileURLToPath(new URL('../examples/acme-cameras', import.meta.url));

/**
 * The pull request shown: the AVC-C120W firmware 5.3.0 update, which adds ONVIF and WS-Discovery to the
 * camera's manifest and SBOM without a change-log entry in its filing. Judged as of the quick start's day.
 */
export const examplePullRequest = {
  changed: ['products/avc-c120w/product.yaml', 'products/avc-c120w/sbom.cdx.json'],
  baseBranch: 'main',
  now: '2026-11-26',
  /** The comment key of a workflow `labelguard` with a job `labels` (see the README's workflow). */
  commentKey: 'labelguard/labels/default',
} as const;

/** The generated sections of docs/example-pull-request.md, by marker name. */
export interface ReadmeExamples {
  'refiling-pr': string;
  'pr-comment': string;
  'job-summary': string;
}

/** The generated sections of the page and the label image the refiling pull request commits. */
export interface GeneratedExamples {
  sections: ReadmeExamples;
  labelPng: Buffer;
}

/**
 * Run the check on the example pull request and render its comment and job summary as the action does,
 * and the refiling pull request with the label artwork it commits.
 */
export async function renderExamples(): Promise<GeneratedExamples> {
  const outcome = await runCheck({
    dir: exampleDir,
    now: examplePullRequest.now,
    changed: examplePullRequest.changed,
    readFrom: 'working-tree',
    overrides: { branch: examplePullRequest.baseBranch },
  });
  const report = relocateReport(outcome.report, '');
  // The same budgets as src/action/comment.ts and src/action/report-out.ts, so the text is byte for byte
  // what a pull request gets.
  const comment = renderMarkdown(report, {
    mode: 'comment',
    maxChars: MAX_BODY_CHARS - renderStickyBody(examplePullRequest.commentKey, '').length,
  });
  const summary = renderMarkdown(report, { mode: 'summary', maxChars: GITHUB_LIMITS.summary - 16 });
  const refiling = await refilingExample();
  return {
    sections: { 'refiling-pr': refiling.text, 'pr-comment': comment, 'job-summary': summary },
    labelPng: refiling.labelPng,
  };
}

/** The generated sections of the page alone. */
export async function renderReadmeExamples(): Promise<ReadmeExamples> {
  return (await renderExamples()).sections;
}

/**
 * The refiling pull request labelguard opens for the AVC-C120W of the example after that change reaches
 * main, planned as the action plans it (the example's refiling settings and stakeholders).
 */
export async function exampleRefilingPlan(): Promise<RefilingPlan> {
  const outcome = await runCheck({ dir: exampleDir, now: examplePullRequest.now });
  const product = outcome.repo.products.find((p) => p.id === 'avc-c120w')!;
  const productReport = outcome.report.products.find((p) => p.id === 'avc-c120w')!;
  const changes = (productReport.changes ?? []).filter((c) => !c.recorded && c.classification !== 'none');
  const filingId = examplePullRequest.now;
  const softwareRoles = outcome.packs.packs.find((p) => p.scheme === 'cn-ccl')?.softwareRoles;
  const allChanges = outcome.report.products.find((p) => p.id === 'avc-c120w')!.changes ?? [];
  await prepareLabelRenderer();
  const bundle = evidenceFor(product, changes, {
    templates: loadTemplates(),
    ...(softwareRoles ? { softwareRoles } : {}),
    check: bundleCheck(product, outcome.packs.packs, allChanges, examplePullRequest.now),
    filingId,
  });
  const sha = '7d3f0c1a9b2e4d5c6f708192a3b4c5d6e7f80912';
  return planRefiling(
    {
      productId: product.id,
      productDir: product.dir,
      scheme: 'cn-ccl',
      changes,
      ...(productReport.changeSets ? { changeSets: productReport.changeSets } : {}),
      bundle,
      filingId,
      ...(product.filingText !== undefined ? { filingText: product.filingText } : {}),
      ...(product.manifest?.stakeholders ? { stakeholders: product.manifest.stakeholders } : {}),
      triggeredBy: { pr: 42, sha, url: 'https://github.com/acme-vision/cameras/pull/42' },
    },
    { branch: 'main', sha },
    outcome.repo.config.config.refiling ?? {},
    {
      repositoryUrl: 'https://github.com/acme-vision/cameras',
      generator: { name: 'labelguard', version: 'x.y.z' },
    },
  );
}

/**
 * That refiling pull request as the page shows it: its title, the files it commits, the label artwork
 * among them, and its body (the hidden metadata line included, as GitHub stores it).
 */
async function refilingExample(): Promise<{ text: string; labelPng: Buffer }> {
  const plan = await exampleRefilingPlan();
  // The image shown is the file the pull request commits, byte for byte.
  const labelPng = Buffer.from(plan.files.find((f) => f.path.endsWith('/label.png'))!.content);
  const text = [
    `Branch \`${plan.branch}\` → \`${plan.base}\`, title **${plan.title}**, labels ${plan.labels.map((l) => `\`${l}\``).join(', ')}; one commit with:`,
    '',
    ...plan.files.map((f) => `- \`${f.path}\``),
    '',
    `The \`label.png\` it commits, rendered from \`label.svg\` (a draft until the refiling is filed):`,
    '',
    `![The AVC-C120W's label artwork as the refiling pull request commits it](${exampleLabelLink})`,
    '',
    '<details><summary>The pull request body</summary>',
    '',
    plan.body,
    '',
    '</details>',
  ].join('\n');
  return { text, labelPng };
}

const markers = (name: keyof ReadmeExamples) =>
  [`<!-- generated:${name}:start -->`, `<!-- generated:${name}:end -->`] as const;

/** The section appended when the page has no markers yet. */
export function newSection(): string {
  const [commentStart, commentEnd] = markers('pr-comment');
  const [summaryStart, summaryEnd] = markers('job-summary');
  return [
    '## What a pull request shows',
    '',
    "A pull request that updates the example's AVC-C120W camera to firmware 5.3.0, which adds ONVIF and",
    'WS-Discovery services, without recording the change in the filing, gets this sticky comment:',
    '',
    commentStart,
    commentEnd,
    '',
    'and this job summary:',
    '',
    summaryStart,
    summaryEnd,
    '',
    'Both are generated from `examples/acme-cameras` by `npx tsx scripts/readme-examples.ts`; a test fails',
    'when they are stale.',
    '',
  ].join('\n');
}

/**
 * The page with each generated section replaced by its new text; only the text between a section's
 * start and end markers changes. A page without any marker gets the "What a pull request shows" section
 * appended; a page with only some of the markers, or with them out of order, is an error.
 */
export function spliceReadme(readme: string, examples: Partial<ReadmeExamples>): string {
  const names = Object.keys(examples) as (keyof ReadmeExamples)[];
  const present = names.flatMap(markers).filter((m) => readme.includes(m));
  let text = readme;
  if (present.length === 0) text = `${readme.replace(/\n*$/, '')}\n\n${newSection()}`;
  for (const name of names) {
    const [start, end] = markers(name);
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (
      from < 0 ||
      to < 0 ||
      to < from ||
      text.indexOf(start, from + 1) >= 0 ||
      text.indexOf(end, to + 1) >= 0
    ) {
      throw new Error(
        `docs/example-pull-request.md must hold exactly one ${start} followed by one ${end} (found the start marker ${countOf(text, start)} time(s), the end marker ${countOf(text, end)} time(s)); fix the markers, or remove every generated marker to have the section appended`,
      );
    }
    text = `${text.slice(0, from + start.length)}\n\n${(examples[name] ?? '').trim()}\n\n${text.slice(to)}`;
  }
  return text;
}

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/**
 * Regenerate docs/example-pull-request.md and docs/example-label.png in place; returns whether each
 * changed.
 */
export async function updateReadme(
  path = examplesPath,
  labelPath = exampleLabelPath,
): Promise<{ page: boolean; label: boolean }> {
  const { sections, labelPng } = await renderExamples();
  const before = readFileSync(path, 'utf8');
  const after = spliceReadme(before, sections);
  if (after !== before) writeFileSync(path, after);
  const label = !existsSync(labelPath) || !readFileSync(labelPath).equals(labelPng);
  if (label) writeFileSync(labelPath, labelPng);
  return { page: after !== before, label };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const changed = await updateReadme();
  const say = (name: string, yes: boolean) =>
    console.log(yes ? `${name}: regenerated` : `${name}: already up to date`);
  say('docs/example-pull-request.md', changed.page);
  say('docs/example-label.png', changed.label);
}
