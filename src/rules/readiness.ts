// Gap analysis: for each scheme a product targets, the highest star level it meets today and, for every
// level above, exactly which rules stand in the way. A level is met when no error-severity rule of that
// level or below fails or cannot be evaluated. Waivers do not count: a waiver is a decision to ship anyway,
// not evidence that the product meets the level.

import type { ProductEvaluation } from './evaluate.js';
import type { RulePack } from './types.js';

/** Readiness of one product for one scheme (the JSON shape reports use). */
export interface Readiness {
  scheme: string;
  target: number;
  met: number;
  /** Star level (as a string key) → sorted ids of the rules that block it. */
  gaps: Record<string, string[]>;
}

/** Readiness per targeted scheme, sorted by scheme. */
export function readiness(evaluation: ProductEvaluation, packs: readonly RulePack[]): Readiness[] {
  return evaluation.labels.map(({ scheme, stars }) => {
    const levels = [
      ...new Set(packs.filter((p) => p.scheme === scheme).flatMap((p) => p.levels.map((l) => l.stars))),
    ].sort((a, b) => a - b);
    const blocking = evaluation.outcomes.filter(
      (o) => o.scheme === scheme && o.severity === 'error' && (o.status === 'fail' || o.status === 'error'),
    );
    const blockersAt = (level: number) =>
      [...new Set(blocking.filter((o) => o.stars <= level).map((o) => o.ruleId))].sort();
    let met = 0;
    for (const level of levels) {
      if (blockersAt(level).length > 0) break;
      met = level;
    }
    const gaps: Record<string, string[]> = {};
    for (const level of levels) if (level > met) gaps[String(level)] = blockersAt(level);
    return { scheme, target: stars, met, gaps };
  });
}
