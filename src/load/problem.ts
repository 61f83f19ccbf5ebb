import type { Finding, Location } from '../core/finding.js';

/** A problem with the user's data found while loading it: always an error finding with a hint. */
export class LoadProblem {
  constructor(
    readonly ruleId: string,
    readonly at: Location,
    readonly message: string,
    readonly hint: string,
  ) {}

  /** This problem as a report finding. */
  toFinding(productId?: string): Finding {
    return {
      ruleId: this.ruleId,
      severity: 'error',
      message: this.message,
      hint: this.hint,
      ...this.at,
      ...(productId ? { productId } : {}),
    };
  }
}
