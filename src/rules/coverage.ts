// What the change log says about test coverage. A test report covers the versions it tested; a product
// reached from a tested (registered) state through recorded record-class changes only is still backed by
// that report, because recording a change as "record" is the claim that it needs no re-test. Any material
// change, or any change not yet recorded, breaks that chain until a new report is recorded. Pure.

import type { DetectedChange } from '../core/change.js';
import type { Filing } from '../schemas/index.js';

/** The chain from the registered state to the product as it is now, as rules read it (`coverage.*`). */
export interface CoverageFacts {
  /** Firmware version and hardware revision of the registered baseline; empty without a baseline. */
  baselineFirmware: string;
  baselineHardware: string;
  /** There is a baseline and every difference from it is recorded as record-class (none material). */
  recordOnly: boolean;
  /** Change-log ids that carry the product from the baseline to now, sorted. */
  via: string[];
  /** Why the chain is broken: material or unrecorded differences, as short texts, sorted. */
  breaks: string[];
  /** The breaks in one short sentence (a long list would bury the point); empty when unbroken. */
  breakSummary: string;
}

export const coverageFactsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    baselineFirmware: { type: 'string' },
    baselineHardware: { type: 'string' },
    recordOnly: { type: 'boolean' },
    via: { type: 'array', items: { type: 'string' } },
    breaks: { type: 'array', items: { type: 'string' } },
    breakSummary: { type: 'string' },
  },
} as const;

/** No baseline, or nothing known about changes: coverage is only what the reports list. */
export const noCoverageChain: CoverageFacts = {
  baselineFirmware: '',
  baselineHardware: '',
  recordOnly: false,
  via: [],
  breaks: [],
  breakSummary: '',
};

/** The coverage chain of one filing, from the changes detected against its baseline. */
export function coverageFacts(filing: Filing | undefined, changes: readonly DetectedChange[]): CoverageFacts {
  const baseline = filing?.baseline;
  if (!filing || !baseline) return noCoverageChain;
  const log = new Map((filing.changes ?? []).map((e) => [e.id, e]));
  const via = new Set<string>();
  const breaks = new Set<string>();
  const material = new Set<string>();
  let unrecorded = 0;
  for (const c of changes) {
    if (c.classification === 'none') continue;
    const what = `${c.subject}${c.from !== undefined || c.to !== undefined ? ` ${c.from ?? '–'} → ${c.to ?? '–'}` : ''}`;
    const entry = c.changeLogId !== undefined ? log.get(c.changeLogId) : undefined;
    if (!entry) {
      breaks.add(`${what} is not recorded in the change log`);
      unrecorded++;
    } else if (c.classification === 'material' || entry.classification === 'material') {
      breaks.add(`${what} is a material change (${entry.id})`);
      material.add(entry.id);
    } else via.add(entry.id);
  }
  return {
    baselineFirmware: baseline.firmware.version,
    baselineHardware: baseline.hardware.revision,
    recordOnly: breaks.size === 0,
    via: [...via].sort(),
    breaks: [...breaks].sort(),
    breakSummary: [
      ...(material.size > 0 ? [`material changes recorded as ${[...material].sort().join(', ')}`] : []),
      ...(unrecorded > 0
        ? [`${unrecorded} change${unrecorded === 1 ? '' : 's'} not recorded in the change log`]
        : []),
    ].join(' and '),
  };
}
