import type { Source } from './finding.js';

export type Classification = 'material' | 'record' | 'none';

/**
 * One difference between the registered baseline and the product as it is now, classified.
 * `kind` names the aspect (e.g. `firmware.version`, `hardware.part`, `sbom.component.added`,
 * `service.added`, `security.updates`, `label.model`); `subject` names the thing that changed.
 */
export interface DetectedChange {
  kind: string;
  subject: string;
  from?: string;
  to?: string;
  classification: Classification;
  /** Id of the change-classification entry that decided the classification. */
  classId: string;
  /** That entry's title (absent in a report written before titles were carried). */
  classTitle?: string;
  /** Its title in Simplified Chinese, when the pack gives one (the zh-CN documents show it). */
  classTitleZh?: string;
  reason: string;
  /** The reason in Simplified Chinese, when the pack gives one. */
  reasonZh?: string;
  sources: Source[];
  /** Whether a change-log entry in filing.yaml accounts for it. */
  recorded: boolean;
  /** Stable id of this difference: `<prefix>:<16 hex>`, the same on every run for the same difference. */
  fingerprint: string;
  /** The change-log entry that records it, when recorded. */
  changeLogId?: string;
  /** How the SBOM pair was matched, for component changes. */
  matchedBy?: string;
}

/**
 * Correlated differences reported as one change: e.g. a daemon added to the SBOM with the services it
 * provides, the manifest's entries for those services, the security claims that name them and the
 * libraries that came in with it. A difference nothing correlates with is a change set of its own.
 */
export interface ChangeSet {
  /** The fingerprint of its first (anchor) member: stable, and usable wherever a change id is asked for. */
  id: string;
  /** One line saying what changed, e.g. "acme-onvifd 1.0.0 added: services onvif:80, ws-discovery:3702; …". */
  title: string;
  /** The grouping rule that formed it; absent for a single difference. */
  groupId?: string;
  /** The highest classification of its members, and the member entry that decided it. */
  classification: Classification;
  classId: string;
  reason: string;
  /** Whether every member is recorded in the change log. */
  recorded: boolean;
  /** The change-log entry that records its anchor, when recorded. */
  changeLogId?: string;
  /** Every member's fingerprint, anchor first, then in report order: the change-log entry's list. */
  fingerprints: string[];
  /** The members' fingerprints the change log does not list yet, in the same order. */
  unrecorded: string[];
  /** The highest classification among the unrecorded members ('none' when everything is recorded):
   *  what recording the rest of the set amounts to. */
  pending: Classification;
  /** For a set with unrecorded members: the id its new change-log entry gets, continuing the log's numbering. */
  suggestedId?: string;
}
