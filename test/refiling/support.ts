/**
 * Shared set-up of the refiling tests: a real evidence bundle generated from the evidence fixtures, the
 * refiling fixture filing.yaml, changes built like change detection builds them, and a loopback GitHub
 * whose main branch holds the product's filing record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DetectedChange } from '../../src/core/change.js';
import { generateEvidence, type EvidenceBundle } from '../../src/evidence/index.js';
import { planRefiling } from '../../src/refiling/plan.js';
import type {
  RefilingNeed,
  RefilingPlan,
  RefilingSettings,
  RefilingTarget,
} from '../../src/refiling/types.js';
import { assertValidFiling, fixtureChanges, fixtureInput } from '../evidence/fixtures.js';
import type { LoopbackGitHub } from '../support/loopback-github.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'refiling');

/** The hand-written filing.yaml of cam-x1 (granted, comments, one recorded change). */
export function fixtureFilingText(): string {
  const text = readFileSync(join(fixtures, 'filing.yaml'), 'utf8');
  assertValidFiling(parse(text));
  return text;
}

export const PRODUCT_DIR = 'products/cam-x1';
export const FILING_PATH = `${PRODUCT_DIR}/filing.yaml`;

/** The two unrecorded material changes of the evidence fixtures (firmware 2.4.0 adds RTSP). */
export function unrecordedChanges(): DetectedChange[] {
  return fixtureChanges().filter((c) => !c.recorded);
}

/** A further, unrecorded change with its own fingerprint: what a later pull request brings. */
export function laterChange(overrides: Partial<DetectedChange> = {}): DetectedChange {
  return {
    kind: 'sbom.component.changed',
    subject: 'busybox',
    from: '1.36.0',
    to: '1.36.1',
    classification: 'record',
    classId: 'library-bump',
    reason: 'Ordinary library bump without open vulnerabilities.',
    sources: [],
    recorded: false,
    fingerprint: 'sbom:aaaabbbbccccdddd',
    ...overrides,
  };
}

const bundles = new Map<string, EvidenceBundle>();

/** The evidence bundle the generator makes for these changes and filing id (cached: it is deterministic). */
export function bundleFor(changes: DetectedChange[], filingId: string): EvidenceBundle {
  const key = JSON.stringify([changes.map((c) => c.fingerprint).sort(), filingId]);
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = generateEvidence(
      fixtureInput({ changes: [...fixtureChanges().filter((c) => c.recorded), ...changes], filingId }),
    );
    bundles.set(key, bundle);
  }
  return bundle;
}

/** A refiling need of cam-x1; `overrides` replace whole fields. */
export function needFor(overrides: Partial<RefilingNeed> = {}): RefilingNeed {
  const changes = overrides.changes ?? unrecordedChanges();
  const filingId = overrides.filingId ?? '2026-11-26';
  return {
    productId: 'cam-x1',
    productDir: PRODUCT_DIR,
    scheme: 'cn-ccl',
    changes,
    bundle: bundleFor(changes, filingId),
    filingId,
    filingText: fixtureFilingText(),
    stakeholders: [
      { role: 'compliance-lead', name: 'Li Wei', github: 'example-vision/compliance' },
      { role: 'test-lab', name: 'Alice Example', github: '@alice' },
      { role: 'importer', name: 'Example Imports GmbH' },
    ],
    triggeredBy: { pr: 7, sha: 'c0ffee0000000000000000000000000000000000' },
    ...overrides,
  };
}

/** The refiling settings of the tests: labels, a reviewer, a team, an assignee. */
export const SETTINGS: RefilingSettings = {
  branch_prefix: 'labelguard/refile',
  labels: ['compliance', 'cn-ccl-refiling'],
  reviewers: ['bob'],
  team_reviewers: ['example-vision/compliance'],
  assignees: ['alice'],
};

export const REPOSITORY_URL = 'https://github.example/acme/widgets';

/** Put the fixture filing.yaml on main (as alice); returns the new main head. */
export function seedFiling(gh: LoopbackGitHub): RefilingTarget {
  const sha = gh.state.pushCommit(
    'main',
    { [FILING_PATH]: fixtureFilingText() },
    { login: 'alice', message: 'Add filing record' },
  );
  return { branch: 'main', sha };
}

/** The plan for a need against the current main of the loopback server. */
export function planOn(
  gh: LoopbackGitHub,
  overrides: Partial<RefilingNeed> = {},
  settings = SETTINGS,
): RefilingPlan {
  const target = { branch: 'main', sha: gh.state.branchSha('main') ?? '' };
  return planRefiling(needFor(overrides), target, settings, { repositoryUrl: REPOSITORY_URL });
}

/** The current main of the loopback server as a refiling target. */
export function mainOf(gh: LoopbackGitHub): RefilingTarget {
  return { branch: 'main', sha: gh.state.branchSha('main') ?? '' };
}

/** The pull requests of the default repository. */
export function pullRequestsOf(gh: LoopbackGitHub) {
  return gh.state.repo().issues.filter((i) => i.pull !== undefined);
}
