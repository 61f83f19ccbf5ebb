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
  reason: string;
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
