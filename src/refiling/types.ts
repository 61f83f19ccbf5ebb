/**
 * The data of the refiling flow: what a product needs recorded (RefilingNeed), the pull request planned for
 * it (RefilingPlan, pure), the hidden metadata that lets later runs find and judge that pull request, and
 * what the executor did (RefilingResult).
 */
import type { ChangeSet, DetectedChange } from '../core/change.js';
import type { EvidenceBundle } from '../evidence/index.js';
import type { Config, Product } from '../schemas/index.js';

/** The `refiling:` block of `.labelguard.yml`. */
export type RefilingSettings = NonNullable<Config['refiling']>;

/** A product stakeholder as product.yaml lists it. */
export type Stakeholder = NonNullable<Product['stakeholders']>[number];

/** What triggered the run: the pull request (when there is one) and the commit. */
export interface RefilingTrigger {
  pr?: number;
  sha: string;
  /** Web address of the pull request or commit, shown as a link when it is https. */
  url?: string;
}

/** The branch a refiling pull request targets and the commit it is regenerated on. */
export interface RefilingTarget {
  /** Branch name without `refs/heads/`, e.g. `main`, or a pull request's head branch for a stacked refiling. */
  branch: string;
  /** The target branch's head commit: the parent of the one refiling commit. */
  sha: string;
}

/** One product's refiling need: the changes to record and the evidence generated for them. */
export interface RefilingNeed {
  productId: string;
  /** The product folder relative to the repository root, e.g. `products/cam-x1`. */
  productDir: string;
  /** The scheme of the filing, e.g. `cn-ccl`. */
  scheme: string;
  /** The unrecorded material and record-class changes; recorded and `none` changes are ignored. */
  changes: DetectedChange[];
  /** The change sets of the check: one change-log entry per set (see record-changes). */
  changeSets?: ChangeSet[];
  /** Evidence generated for this filing (`evidenceFor`), placed under `filings/<filingId>/`. */
  bundle: EvidenceBundle;
  /** The evidence folder name, e.g. `2026-10-20`; keep it stable across runs with `stableFilingId`. */
  filingId: string;
  /** The current filing.yaml text on the target branch; absent when the product was never filed. */
  filingText?: string;
  /** From product.yaml: stakeholders with a `github` user or team are asked to review. */
  stakeholders?: Stakeholder[];
  triggeredBy?: RefilingTrigger;
}

/** What the planner needs besides the need, the target and the settings. */
export interface RefilingPlanContext {
  /** Web address of the repository, e.g. `https://github.com/acme/cameras`, for links to files on the branch. */
  repositoryUrl?: string;
  /** Generator recorded in the metadata; defaults to this labelguard. */
  generator?: { name: string; version: string };
}

/** One file the refiling commit writes: text as a string (sent inside the tree), binary as bytes. */
export interface RefilingFile {
  /** Repository-relative path. */
  path: string;
  content: string | Uint8Array;
}

/**
 * The hidden metadata of a refiling pull request, in its body as `<!-- labelguard:refiling {json} -->`:
 * enough to find the pull request again, to dedupe, and to decide whether it needs regenerating.
 */
export interface RefilingMetadata {
  /** Metadata layout version. */
  v: 1;
  product: string;
  scheme: string;
  /** The target branch. */
  target: string;
  /** Fingerprints of the changes the pull request records, sorted. */
  fingerprints: string[];
  filingId: string;
  /** `name@version` of the generator. */
  generator: string;
  /** `sha256:` digest of the planned files (paths and contents). */
  files: string;
  /** `sha256:` digest of everything that decides the pull request: files, title and fingerprints. */
  digest: string;
  /** The run that last wrote the pull request. */
  trigger?: { pr?: number; sha: string };
  /** Set when labelguard closed the pull request because the need disappeared (not a person's "ignore"). */
  closed?: 'obsolete';
}

/** A planned refiling pull request for one product and one target branch. Pure data. */
export interface RefilingPlan {
  productId: string;
  productDir: string;
  scheme: string;
  /** Deterministic head branch: `<prefix>/<target branch>/<product id>`, valid as a git ref. */
  branch: string;
  /** The prefix the branch starts with, for finding every refiling pull request. */
  branchPrefix: string;
  /** The target branch the pull request is opened against. */
  base: string;
  title: string;
  /** The full body, hidden metadata included, within GitHub's 65,536 characters. */
  body: string;
  commitMessage: string;
  /** The evidence under `<productDir>/filings/<filingId>/` and the updated `<productDir>/filing.yaml`, by path. */
  files: RefilingFile[];
  labels: string[];
  reviewers: string[];
  /** Team slugs, without the `org/` part. */
  teamReviewers: string[];
  assignees: string[];
  draft: boolean;
  metadata: RefilingMetadata;
  /** Rows of the change table left out to fit the body limit (0 when all fit). */
  omittedRows: number;
}

/** What the executor did for one product. */
export type RefilingOperation = 'created' | 'updated' | 'unchanged' | 'closed' | 'blocked' | 'failed';

/** The outcome for one product. */
export interface RefilingResult {
  productId: string;
  operation: RefilingOperation;
  /** The refiling pull request (for `unchanged` after a person closed it: that closed pull request). */
  number?: number;
  url?: string;
  branch?: string;
  /** The branch head after the run. */
  commitSha?: string;
  /** Why nothing (or not everything) was done: for `blocked`, `failed`, and some `unchanged`. */
  reason?: string;
  /** For `failed` on a permission error: the permission to grant, e.g. `pull-requests=write`. */
  permission?: string;
  /** Things that went wrong without failing the product (e.g. a reviewer GitHub refused). */
  warnings?: string[];
}

/** Where the executor reports progress; wire it to `@actions/core`. */
export interface RefilingLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
}
