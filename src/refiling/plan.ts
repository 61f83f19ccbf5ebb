/**
 * The refiling planner: from one product's need, the target branch and the refiling settings to the pull
 * request that records it (branch, title, body, files, reviewers, hidden metadata). Pure: no I/O, no clock.
 */
import { parse } from 'yaml';
import type { DetectedChange } from '../core/change.js';
import { compareText } from '../core/finding.js';
import { MAX_BODY_CHARS } from '../markdown/limits.js';
import { generator as labelguard } from '../version.js';
import { renderCommitMessage, renderRefilingBody, renderRefilingTitle } from './body.js';
import { DEFAULT_BRANCH_PREFIX, refilingBranchName, sanitiseRefPath } from './branch.js';
import { filesDigest, planDigest, renderMetadataLine } from './metadata.js';
import { changeLogEntries, changeLogOf, changesToRecord, recordChanges } from './record-changes.js';
import type {
  RefilingFile,
  RefilingMetadata,
  RefilingNeed,
  RefilingPlan,
  RefilingPlanContext,
  RefilingSettings,
  RefilingTarget,
  Stakeholder,
} from './types.js';

/** Characters of the body limit kept free for the executor's additions. */
export const BODY_RESERVE = 256;

/** Plan the refiling pull request of one product against one target branch. */
export function planRefiling(
  need: RefilingNeed,
  target: RefilingTarget,
  settings: RefilingSettings = {},
  context: RefilingPlanContext = {},
): RefilingPlan {
  const productDir = checkedProductDir(need.productDir, need.productId);
  const filingPath = `${productDir}/filing.yaml`;
  const existing = changeLogOf(need.filingText);
  const toRecord = changesToRecord(need.changes, existing).sort(compareForDisplay);
  if (toRecord.length === 0) {
    throw new Error(
      `Product ${need.productId} has no unrecorded material or record change to file; plan a refiling only for a product that needs one.`,
    );
  }
  const recordOptions = {
    productId: need.productId,
    scheme: need.scheme,
    filingId: need.filingId,
    fileName: filingPath,
    ...(need.triggeredBy?.pr !== undefined && { pullRequest: need.triggeredBy.pr }),
    ...(need.changeSets && { sets: need.changeSets }),
  };
  const entries = changeLogEntries(existing, toRecord, recordOptions);
  const filingText = recordChanges(need.filingText, toRecord, recordOptions);

  const evidenceDir = `${productDir}/filings/${need.filingId}`;
  const files: RefilingFile[] = [
    ...need.bundle.files.map((f) => ({
      path: `${evidenceDir}/${checkedBundlePath(f.path)}`,
      content: asTextOrBytes(f.content),
    })),
    { path: filingPath, content: filingText },
  ].sort((a, b) => compareText(a.path, b.path));
  const duplicate = files.find((f, i) => i > 0 && files[i - 1]?.path === f.path);
  if (duplicate) throw new Error(`The refiling of ${need.productId} would write ${duplicate.path} twice.`);

  const branch = refilingBranchName(settings.branch_prefix, target.branch, need.productId);
  const title = renderRefilingTitle(need.productId, need.scheme, entries);
  const fingerprints = toRecord.map((c) => c.fingerprint).sort();
  const filesSha = filesDigest(files);
  const gen = context.generator ?? labelguard;
  const metadata: RefilingMetadata = {
    v: 1,
    product: need.productId,
    scheme: need.scheme,
    target: target.branch,
    fingerprints,
    filingId: need.filingId,
    generator: `${gen.name}@${gen.version}`,
    files: filesSha,
    digest: planDigest({ files: filesSha, title, fingerprints }),
    ...(need.triggeredBy && {
      trigger: {
        ...(need.triggeredBy.pr !== undefined && { pr: need.triggeredBy.pr }),
        sha: need.triggeredBy.sha,
      },
    }),
  };
  const statusChange = statusChangeOf(need.filingText, filingText);
  const { body, omittedRows } = renderRefilingBody({
    productId: need.productId,
    productDir,
    scheme: need.scheme,
    base: target.branch,
    branch,
    filingId: need.filingId,
    changes: toRecord,
    entries,
    files,
    ...(statusChange && { statusChange }),
    ...(need.triggeredBy && { triggeredBy: need.triggeredBy }),
    ...(context.repositoryUrl !== undefined && { repositoryUrl: context.repositoryUrl }),
    metadataLine: renderMetadataLine(metadata),
    // Room for what the executor may add later: the "closed" flag, a "supersedes" line.
    maxChars: MAX_BODY_CHARS - BODY_RESERVE,
  });

  const who = reviewersOf(settings, need.stakeholders ?? []);
  return {
    productId: need.productId,
    productDir,
    scheme: need.scheme,
    branch,
    branchPrefix: sanitiseRefPath(settings.branch_prefix ?? DEFAULT_BRANCH_PREFIX),
    base: target.branch,
    title,
    body,
    commitMessage: renderCommitMessage({ title, productDir, filingId: need.filingId, entries }),
    files,
    labels: unique(settings.labels ?? []),
    reviewers: who.reviewers,
    teamReviewers: who.teamReviewers,
    assignees: unique((settings.assignees ?? []).map(stripAt)),
    draft: settings.draft ?? false,
    metadata,
    omittedRows,
  };
}

/**
 * The filing id to generate evidence under: the one of the pull request already open for the same
 * product, target and fingerprints when there is one, so that a refiling is not regenerated every day
 * only because the date moved; otherwise the candidate (typically today's date).
 */
export function stableFilingId(
  candidate: string,
  previous: RefilingMetadata | undefined,
  need: { productId: string; scheme: string; target: string; fingerprints: readonly string[] },
): string {
  if (
    !previous ||
    previous.closed !== undefined ||
    previous.product !== need.productId ||
    previous.scheme !== need.scheme ||
    previous.target !== need.target
  ) {
    return candidate;
  }
  const wanted = [...new Set(need.fingerprints)].sort();
  const had = [...new Set(previous.fingerprints)].sort();
  return wanted.length === had.length && wanted.every((f, i) => f === had[i]) ? previous.filingId : candidate;
}

/** Reviewers: the configured ones and every stakeholder with a GitHub user; teams lose their `org/`. */
function reviewersOf(
  settings: RefilingSettings,
  stakeholders: readonly Stakeholder[],
): { reviewers: string[]; teamReviewers: string[] } {
  const handles = stakeholders.flatMap((s) => (s.github ? [stripAt(s.github)] : []));
  const users = [...(settings.reviewers ?? []).map(stripAt), ...handles.filter((h) => !h.includes('/'))];
  const teams = [...(settings.team_reviewers ?? []), ...handles.filter((h) => h.includes('/'))].map(
    (t) => stripAt(t).split('/').pop() ?? '',
  );
  return { reviewers: unique(users), teamReviewers: unique(teams) };
}

function stripAt(handle: string): string {
  return handle.trim().replace(/^@/, '');
}

/** Without duplicates (GitHub logins and slugs are case-insensitive), first spelling kept, sorted. */
function unique(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v !== '' && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()].sort((a, b) => compareText(a.toLowerCase(), b.toLowerCase()));
}

function checkedProductDir(dir: string, productId: string): string {
  const clean = dir
    .replace(/\\/g, '/')
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '');
  if (
    clean === '' ||
    clean.startsWith('/') ||
    clean.split('/').some((s) => s === '' || s === '.' || s === '..')
  ) {
    throw new Error(
      `The product folder of ${productId} ("${dir}") is not a path inside the repository; pass it relative to the repository root, e.g. products/${productId}.`,
    );
  }
  return clean;
}

function checkedBundlePath(path: string): string {
  if (
    path === '' ||
    path.startsWith('/') ||
    path.split('/').some((s) => s === '' || s === '.' || s === '..')
  ) {
    throw new Error(`Evidence file "${path}" is not a relative path inside the evidence folder.`);
  }
  return path;
}

/** UTF-8 text as a string (GitHub stores it from inside the tree request), anything else as bytes. */
function asTextOrBytes(content: Uint8Array): string | Uint8Array {
  if (content.includes(0)) return content;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
  } catch {
    return content;
  }
}

function statusChangeOf(before: string | undefined, after: string): { from: string; to: string } | undefined {
  const status = (text: string | undefined): string | undefined => {
    if (text === undefined) return undefined;
    try {
      const s = (parse(text) as { status?: unknown } | null)?.status;
      return typeof s === 'string' ? s : undefined;
    } catch {
      return undefined;
    }
  };
  const [from, to] = [status(before), status(after)];
  return from !== undefined && to !== undefined && from !== to ? { from, to } : undefined;
}

/** Material first, then by kind, subject and fingerprint: the order of the table and of the change log. */
function compareForDisplay(a: DetectedChange, b: DetectedChange): number {
  const ka = [a.classification === 'material' ? '0' : '1', a.kind, a.subject, a.fingerprint];
  const kb = [b.classification === 'material' ? '0' : '1', b.kind, b.subject, b.fingerprint];
  for (let i = 0; i < ka.length; i++) {
    const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
