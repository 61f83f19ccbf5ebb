import type { Filing } from './index.js';

type Status = Filing['status'];

/**
 * The data model's status for a value written in filing.yaml: `filed` (备案完成, the agency's word) is read
 * as `granted`, the value the model has always used, so both spellings keep working.
 */
export function canonicalStatus(status: Status): Exclude<Status, 'filed'> {
  return status === 'filed' ? 'granted' : status;
}

// 备案 is a filing checked for completeness, not an approval: documents never say "granted".
const wording: Record<Exclude<Status, 'filed'>, string> = {
  'not-filed': 'not filed (未备案)',
  submitted: 'submitted, awaiting the agency (已提交备案)',
  granted: 'filed (备案完成)',
  'refiling-required': 'refiling required (需重新备案)',
  'refiling-submitted': 'refiling submitted (已提交重新备案)',
  expired: 'expired (已过期)',
  cancelled: 'cancelled (已注销)',
};

/** How documents meant for the filing agency and the product team name a filing status. */
export function statusWording(status: Status): string {
  return wording[canonicalStatus(status)];
}
