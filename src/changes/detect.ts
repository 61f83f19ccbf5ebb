import type { ChangeSet, DetectedChange } from '../core/change.js';
import { compareText, type Finding } from '../core/finding.js';
import type { Config } from '../schemas/index.js';
import { locate, type LoadedProduct } from '../load/repository.js';
import { type Component, diffSboms, noiseFilter, sbomDigest } from '../sbom/index.js';
import type { ClassificationContext } from './change-input.js';
import { recordedFingerprints, staleRecords, suggestedIds, understates } from './change-log.js';
import { changeSet, groupDifferences } from './sets.js';
import { classifyDifference, type ClassificationOverride, type ClassifiedDifference } from './classify.js';
import { declaredRoles } from './declared-roles.js';
import { describeDifference } from './describe.js';
import { differenceHeadline, type ChangeCategory, type Difference } from './difference.js';
import {
  blockedFinding,
  notRefiledFinding,
  refilingStatuses,
  siteLocation,
  staleFinding,
  understatedFinding,
  unrecordedFinding,
} from './findings.js';
import { fingerprintOf } from './fingerprint.js';
import { diffManifest } from './manifest-diff.js';
import type { ChangeClassifier, ChangeTable } from './pack.js';
import { labelIndex, registeredState, type RegisteredState } from './registered.js';
import { sbomDifferences } from './sbom-changes.js';
import { dependencyLinks } from './links.js';
import { withConfig } from './noise-file.js';

/** `.labelguard.yml` `sbom_noise`. */
export type NoiseConfig = NonNullable<Config['sbom_noise']>;
import { componentRoles } from '../rules/index.js';
import { append } from '../core/append.js';

/** What change detection found for one product. */
export interface ChangeDetection {
  /** Every difference from the registered baseline, classified, sorted deterministically. */
  changes: DetectedChange[];
  /** The same differences grouped into change sets (see change-sets.yaml), in report order. */
  sets: ChangeSet[];
  findings: Finding[];
}

/**
 * Compare a product with its registered baseline, classify every difference with the pack for the
 * filing's scheme, and mark each one recorded or unrecorded against the filing's change log. A product
 * with no registered baseline has nothing to compare and gets no change findings. Pure.
 */
export function detectChanges(
  product: LoadedProduct,
  classifier: ChangeClassifier,
  overrides: readonly ClassificationOverride[] = [],
  options: { noise?: NoiseConfig } = {},
): ChangeDetection {
  const manifest = product.manifest;
  const filing = product.filing;
  const registered = registeredState(filing);
  if (manifest && product.filingFile === undefined)
    return { changes: [], sets: [], findings: [noFilingFinding(product)] };
  if (!manifest || !filing || !registered) return { changes: [], sets: [], findings: [] };

  const findings: Finding[] = [];
  append(findings, baselineDigestFindings(product));

  const table = tableFor(classifier, registered.scheme);
  if (!table) findings.push(noTableFinding(product, registered.scheme, classifier));

  const differences = [...diffManifest(registered, manifest)];
  if (product.baselineSbom && product.sbom) {
    const software = table?.softwareRoles;
    const declared = declaredRoles(registered.security, manifest.security);
    const roleOf = (c: Component) => [
      ...componentRoles(c, software),
      ...(declared.get(c.name.toLowerCase()) ?? []),
    ];
    const links = dependencyLinks(product.baselineSbom, product.sbom);
    const noise = noiseFilter(withConfig(table?.noise, options.noise));
    const diff = diffSboms(product.baselineSbom, product.sbom, noise ? { noise } : {});
    append(differences, sbomDifferences(diff, roleOf, links));
  }

  const ctx = context(registered, manifest);
  const classified = dedupe(differences.map((d) => classifyDifference(d, table, ctx, overrides, product.id)));
  append(findings, evaluationFindings(classified, table));

  const log = filing.changes ?? [];
  const recorded = recordedFingerprints(log);
  const rows = classified
    .map((c) => {
      const entry = recorded.get(c.fingerprint);
      return { c, change: toDetectedChange(c, entry?.id) };
    })
    .sort(
      (a, b) =>
        compareChanges(a.c.difference, b.c.difference) ||
        compareText(a.change.fingerprint, b.change.fingerprint),
    );

  const changes = rows.map((r) => r.change);
  const diffs = rows.map((r) => r.c.difference);
  const groupings = groupDifferences(diffs, table?.grouping ?? []);
  const sets = groupings.map((g) => changeSet(g, changes, diffs));

  const ids = suggestedIds(log);
  const notRefiled = new Set<string>();
  groupings.forEach((g, k) => {
    const set = sets[k]!;
    const anchor = rows[g.members[0]!]!;
    if (set.classification !== 'none' && !set.recorded) {
      const members = g.members.map((i) => changes[i]!);
      const at = siteLocation(product, anchor.c.difference.site);
      set.suggestedId = ids.next().value;
      findings.push(unrecordedFinding(product, set, members, at, set.suggestedId));
    }
    for (const i of g.members) {
      const { c, change } = rows[i]!;
      if (change.classification === 'none') continue;
      const description = describeDifference(c.difference);
      const entryIndex = change.recorded ? log.findIndex((e) => e.id === change.changeLogId) : -1;
      const entry = log[entryIndex];
      const recordedBy = entry && { product, index: entryIndex, entry, change, description };
      if (recordedBy && understates(entry, change)) findings.push(understatedFinding(recordedBy));
      if (c.blocking) {
        findings.push(blockedFinding(product, change, description, siteLocation(product, c.difference.site)));
      }
      if (
        recordedBy &&
        change.classification === 'material' &&
        entry.status === 'recorded' &&
        !refilingStatuses.has(filing.status) &&
        !notRefiled.has(entry.id)
      ) {
        // Once per entry: one status to fix, however many of its changes are material.
        notRefiled.add(entry.id);
        findings.push(notRefiledFinding(recordedBy));
      }
    }
  });
  for (const s of staleRecords(log, changes)) findings.push(staleFinding(product, s));
  return { changes, sets, findings };
}

type Classified = ClassifiedDifference & { fingerprint: string };

/** Give each difference its fingerprint; two differences that are indistinguishable count once. */
function dedupe(list: ClassifiedDifference[]): Classified[] {
  const seen = new Set<string>();
  const out: Classified[] = [];
  for (const c of list) {
    const fingerprint = fingerprintOf(c.difference);
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    out.push({ ...c, fingerprint });
  }
  return out;
}

function toDetectedChange(c: Classified, changeLogId: string | undefined): DetectedChange {
  const d = c.difference;
  return {
    ...differenceHeadline(d),
    classification: c.classification,
    classId: c.classId,
    classTitle: c.classTitle,
    ...(c.classTitleZh !== undefined ? { classTitleZh: c.classTitleZh } : {}),
    reason: c.reason,
    ...(c.reasonZh !== undefined ? { reasonZh: c.reasonZh } : {}),
    sources: c.sources,
    recorded: changeLogId !== undefined,
    fingerprint: c.fingerprint,
    ...(changeLogId !== undefined ? { changeLogId } : {}),
    ...(d.matchedBy !== undefined ? { matchedBy: d.matchedBy } : {}),
  };
}

const categoryOrder: ChangeCategory[] = [
  'label',
  'hardware',
  'firmware',
  'security',
  'service',
  'lifecycle',
  'sbom',
];

/** Report order: label items, hardware, firmware, security claims, services, lifecycle, SBOM; then by kind and subject. */
function compareChanges(a: Difference, b: Difference): number {
  return (
    categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
    compareText(a.kind, b.kind) ||
    compareText(a.subject, b.subject) ||
    compareText(a.from ?? '', b.from ?? '') ||
    compareText(a.to ?? '', b.to ?? '')
  );
}

function tableFor(classifier: ChangeClassifier, scheme: string): ChangeTable | undefined {
  const want = scheme.toLowerCase();
  return classifier.tables.find((t) => t.scheme.toLowerCase() === want);
}

function context(
  registered: RegisteredState,
  manifest: NonNullable<LoadedProduct['manifest']>,
): ClassificationContext {
  const i = labelIndex(manifest, registered.scheme);
  const registeredStars = registered.label.stars ?? 0;
  return {
    scheme: registered.scheme,
    stars: (i === -1 ? undefined : manifest.labels[i]?.stars) ?? (registeredStars || 1),
    registeredStars,
  };
}

/**
 * The registered SBOM must still be what was registered: its normalised digest is part of the
 * baseline. A mismatch means the reference itself was edited, so no comparison against it can be trusted.
 */
function baselineDigestFindings(p: LoadedProduct): Finding[] {
  const expected = p.filing?.baseline?.sbom.digest;
  if (!p.baselineSbom || !expected) return [];
  // The file as labelguard wrote it hashes to the digest as it is; normalise only when it does not.
  if (p.baselineBytesDigest === expected) return [];
  const actual = sbomDigest(p.baselineSbom);
  if (actual === expected) return [];
  return [
    {
      ruleId: 'data.baseline-tampered',
      severity: 'error',
      message: `the registered SBOM ${p.filing!.baseline!.sbom.file} no longer matches its registered digest (expected ${expected}, found ${actual})`,
      hint:
        'The registered baseline is the reference every change is judged against and must not be edited. ' +
        'Restore the registered SBOM from the filing evidence; a new baseline comes only with a granted refiling.',
      productId: p.id,
      ...locate(p, 'filing', ['baseline', 'sbom', 'digest']),
    },
  ];
}

/** Without filing.yaml nothing is registered, so no change can be detected: say so rather than stay silent. */
function noFilingFinding(p: LoadedProduct): Finding {
  const file = p.dir === '' ? 'filing.yaml' : `${p.dir}/filing.yaml`;
  return {
    ruleId: 'change.detection-off',
    severity: 'warning',
    message: `${file} does not exist: change detection is off for product ${p.id}`,
    hint:
      'Create it with `labelguard init` (status: not-filed), and register the baseline with ' +
      '`labelguard baseline` when the filing is submitted; see docs/filing-lifecycle.md.',
    productId: p.id,
    file: p.manifestFile,
    line: 1,
    column: 1,
  };
}

function noTableFinding(p: LoadedProduct, scheme: string, classifier: ChangeClassifier): Finding {
  const known = classifier.tables.map((t) => t.scheme).join(', ') || 'none';
  return {
    ruleId: 'change.no-classification',
    severity: 'warning',
    message: `no change classification for scheme '${scheme}' (loaded: ${known}); every difference is recorded as 'record'`,
    hint: "Add the scheme's rule pack to `packs:` in .labelguard.yml, or a changes.yaml to your own pack.",
    productId: p.id,
    ...locate(p, 'filing', ['scheme']),
  };
}

/** A `when` that cannot be evaluated is a defect of the pack: say so once per entry. */
function evaluationFindings(
  list: readonly ClassifiedDifference[],
  table: ChangeTable | undefined,
): Finding[] {
  const seen = new Map<string, string>();
  for (const c of list) for (const f of c.failures) if (!seen.has(f.classId)) seen.set(f.classId, f.message);
  return [...seen].map(([classId, message]) => {
    const entry = table?.entries.find((e) => e.id === classId);
    return {
      ruleId: 'change.classification-error',
      severity: 'warning',
      message: `change classification '${classId}' could not be evaluated: ${message}; later entries decided instead`,
      hint: 'Fix the `when` expression; every field of `change` is always present (empty when it does not apply).',
      file: entry?.file ?? table?.file ?? 'changes.yaml',
      line: entry?.line ?? 1,
      column: 1,
    };
  });
}
