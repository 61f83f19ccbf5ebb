import type { ChangeSet, DetectedChange } from '../core/change.js';
import type { ChangeLogEntry } from '../schemas/index.js';
import type { Finding, Location } from '../core/finding.js';
import { locate, type LoadedProduct } from '../load/repository.js';
import type { DifferenceSite } from './difference.js';
import type { StaleRecord } from './change-log.js';
import { changeLogEntry, changeLogYaml, indentEntries } from './entry.js';

/** Where a difference shows: the manifest value that changed, or the SBOM entry's line (else line 1). */
export function siteLocation(p: LoadedProduct, site: DifferenceSite): Location {
  if (site.doc === 'sbom') {
    const line = site.entry ? p.sbomLocate?.(site.entry) : undefined;
    return { file: p.sbomFile ?? p.manifestFile, line: line ?? 1, column: 1 };
  }
  return locate(p, site.doc, site.path);
}

/** The finding for one change set the change log does not (fully) account for. */
export function unrecordedFinding(
  p: LoadedProduct,
  set: ChangeSet,
  members: readonly DetectedChange[],
  at: Location,
  suggestedId: string,
): Finding {
  // What is missing decides the severity: a recorded material change whose regenerated SBOM entry is
  // not listed yet is a record-class gap.
  const material = set.pending === 'material';
  const filingFile = p.filingFile ?? `${p.dir}/filing.yaml`;
  const count = set.unrecorded.length;
  const size =
    set.fingerprints.length > 1 ? ` (${count} of ${set.fingerprints.length} differences unrecorded)` : '';
  const hint = [
    `${set.reason}`,
    `Record it: add this entry under \`changes:\` in ${filingFile} (or run \`labelguard record ${p.dir}\`, or let the refiling pull request record it):`,
    indentEntries(changeLogYaml(changeLogEntry(suggestedId, [set]), members)),
  ].join('\n');
  const sources = members.find((m) => m.classId === set.classId)?.sources ?? [];
  return {
    ruleId: material ? 'change.unrecorded' : 'change.unrecorded-record',
    severity: material ? 'error' : 'warning',
    message: material
      ? `unrecorded technical modification: ${set.title}${size} [${set.classId}]`
      : `change not recorded in the change log: ${set.title}${size} [${set.classId}]`,
    hint,
    ...(sources.length > 0 ? { sources } : {}),
    productId: p.id,
    ...at,
  };
}

/** The finding for a material change the pack blocks even when it is recorded. */
export function blockedFinding(
  p: LoadedProduct,
  c: DetectedChange,
  description: string,
  at: Location,
): Finding {
  return {
    ruleId: 'change.blocked',
    severity: 'error',
    message: `blocked change: ${description} [${c.classId}]`,
    hint: `${c.reason} Revert the change; recording it does not make it acceptable. If the pack is wrong for this product, override '${c.classId}' in .labelguard.yml \`classification:\` with a justification.`,
    ...(c.sources.length > 0 ? { sources: c.sources } : {}),
    productId: p.id,
    ...at,
  };
}

/** The finding for a change-log entry, or some of its fingerprints, that match no current difference. */
export function staleFinding(p: LoadedProduct, s: StaleRecord): Finding {
  const path = s.wholeEntry ? ['changes', s.index] : ['changes', s.index, 'fingerprints', s.fingerprints[0]!];
  const strays = s.fingerprints.map((i) => s.entry.fingerprints[i]!).join(', ');
  return {
    ruleId: 'change.stale-entry',
    severity: 'warning',
    message: s.wholeEntry
      ? `change-log entry ${s.entry.id} matches no current difference from the registered baseline (${strays})`
      : `change-log entry ${s.entry.id} lists fingerprint${s.fingerprints.length > 1 ? 's' : ''} ${strays} that match${s.fingerprints.length > 1 ? '' : 'es'} no current difference`,
    hint:
      'The change was reverted, superseded by a later change, or already registered in a new baseline. ' +
      'Remove the stale fingerprints (or the entry), or replace them with the fingerprints labelguard now reports.',
    productId: p.id,
    ...locate(p, 'filing', path),
  };
}

/** A detected change and the change-log entry that records it (at `index` of filing.yaml's `changes:`). */
export interface RecordedChange {
  product: LoadedProduct;
  index: number;
  entry: ChangeLogEntry;
  change: DetectedChange;
  /** The change in words, as findings name it. */
  description: string;
}

/** A blocking finding about one field of the change-log entry that records a change. */
function entryFinding(
  r: RecordedChange,
  field: 'classification' | 'status',
  finding: { ruleId: string; message: string; hint: string },
): Finding {
  return {
    ruleId: finding.ruleId,
    severity: 'error',
    message: finding.message,
    hint: finding.hint,
    productId: r.product.id,
    ...locate(r.product, 'filing', ['changes', r.index, field]),
  };
}

/**
 * The finding for a change-log entry that records a change as less serious than the pack (after the
 * trusted overrides) classifies it. Blocking: otherwise a pull request could record its own material
 * change as `record` and pass.
 */
export function understatedFinding(r: RecordedChange): Finding {
  const { entry, change: c } = r;
  return entryFinding(r, 'classification', {
    ruleId: 'change.entry-classification',
    message: `change-log entry ${entry.id} records a ${c.classification} change as '${entry.classification}': ${r.description} [${c.classId}]`,
    hint:
      `${c.reason} A change log cannot lower the class the rule pack assigns: set the entry's classification to ${c.classification}. ` +
      `If the pack is wrong here, an approver adds a classification override for '${c.classId}' (optionally only fingerprint ${c.fingerprint}) ` +
      'with a justification to `classification:` in .labelguard.yml, in a pull request of its own.',
  });
}

/** Filing statuses in which a recorded material change is being (or no longer needs to be) refiled. */
export const refilingStatuses: ReadonlySet<string> = new Set([
  'refiling-required',
  'refiling-submitted',
  'expired',
  'cancelled',
]);

/**
 * The finding for a material change whose entry says `status: recorded` while the filing still says the
 * label is valid as granted: a material change needs a new filing, so the filing must move on.
 */
export function notRefiledFinding(r: RecordedChange): Finding {
  const { product: p, entry, change: c } = r;
  const status = p.filing?.status ?? 'granted';
  return entryFinding(r, 'status', {
    ruleId: 'change.material-not-refiled',
    message: `change-log entry ${entry.id} marks a material change as 'recorded' but the filing is still '${status}': ${r.description} [${c.classId}]`,
    hint:
      `${c.reason} A material change invalidates the granted label until it is refiled: set the entry's status to refiling-required ` +
      `and the filing's status to refiling-required (or refiling-submitted once submitted) in ${p.filingFile ?? `${p.dir}/filing.yaml`}.`,
  });
}
