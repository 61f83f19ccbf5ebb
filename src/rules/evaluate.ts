// Evaluates a product against every pack for every scheme it targets. One finding per failed rule and
// product, located in the manifest; rules above the target level are still evaluated, so that readiness can
// say what stands between the product and the next level.

import { compareText, compareFindings, type Finding } from '../core/finding.js';
import {
  evaluateExpression,
  prepareInput,
  type EvaluationFailure,
  type PreparedInput,
} from '../expr/index.js';
import type { Inventory } from '../sbom/index.js';
import type { Filing, Product } from '../schemas/index.js';
import {
  categoryInput,
  effectiveThresholds,
  sbomFacts,
  type CategoryInput,
  type VulnerabilityRecord,
} from './input.js';
import { noCoverageChain, type CoverageFacts } from './coverage.js';
import type { Locate, Rule, RuleDoc, RulePack } from './types.js';

/** Everything about one product that rules read, plus where its files are. */
export interface ProductContext {
  product: Product;
  /** The product's filing.yaml; used for the scheme it names. */
  filing?: Filing;
  /** The product's SBOM, read and normalised; undefined when missing or unreadable. */
  inventory?: Inventory;
  /** Whether the SBOM passed CycloneDX schema validation (default true when an inventory is given). */
  sbomSchemaValid?: boolean;
  /** Known vulnerabilities with their VEX state, when the shell has them. */
  vulnerabilities?: readonly VulnerabilityRecord[];
  /** The date to judge against, YYYY-MM-DD. */
  now: string;
  /** The recorded-change chain from the filing's baseline (default: none, reports must list the versions). */
  coverage?: CoverageFacts;
  locate: Locate;
}

/** pass/fail: the condition was true/false; error: it could not be evaluated on this data. */
export type RuleStatus = 'pass' | 'fail' | 'error' | 'not-applicable';

/** The result of one rule for one product. */
export interface RuleOutcome {
  ruleId: string;
  pack: string;
  scheme: string;
  stars: number;
  severity: Rule['severity'];
  status: RuleStatus;
  /** The rule applies at the star level the product targets (findings are reported only for these). */
  inScope: boolean;
}

export interface ProductEvaluation {
  productId: string;
  /** The schemes the product targets, each with its target stars, sorted by scheme. */
  labels: { scheme: string; stars: number }[];
  /** Sorted with compareFindings. */
  findings: Finding[];
  /** Every rule of every targeted scheme, in pack order then rule id. */
  outcomes: RuleOutcome[];
}

/** Evaluate every rule of every targeted scheme for one product; never throws on bad data. */
export function evaluateProduct(packs: readonly RulePack[], ctx: ProductContext): ProductEvaluation {
  const { product } = ctx;
  const findings: Finding[] = [];
  const outcomes: RuleOutcome[] = [];
  const labels: { scheme: string; stars: number }[] = [];
  const seen = new Set<string>();
  // Validation guarantees labels; guard anyway, since this must never throw on bad data.
  const targets = Array.isArray(product.labels) ? product.labels : [];
  targets.forEach((label, index) => {
    if (seen.has(label.scheme)) return;
    seen.add(label.scheme);
    const schemePacks = packs.filter((p) => p.scheme === label.scheme);
    if (schemePacks.length === 0) {
      const loaded = [...new Set(packs.map((p) => p.scheme))].sort();
      findings.push({
        ruleId: 'data.unknown-scheme',
        severity: 'error',
        message: `no rule pack for scheme '${label.scheme}' is loaded, so this label cannot be checked`,
        hint: `Fix the scheme id or add its pack to .labelguard.yml \`packs:\` (loaded schemes: ${loaded.join(', ') || 'none'}).`,
        productId: product.id,
        ...ctx.locate('product', ['labels', index, 'scheme']),
      });
      return;
    }
    labels.push({ scheme: label.scheme, stars: label.stars });
    for (const pack of schemePacks) evaluatePack(pack, label.stars, ctx, findings, outcomes);
  });
  labels.sort((a, b) => compareText(a.scheme, b.scheme));
  findings.sort(compareFindings);
  return { productId: product.id, labels, findings, outcomes };
}

function evaluatePack(
  pack: RulePack,
  target: number,
  ctx: ProductContext,
  findings: Finding[],
  outcomes: RuleOutcome[],
): void {
  const category = categoryInput(pack, ctx.product.category);
  const filing: Filing =
    ctx.filing && ctx.filing.scheme === pack.scheme
      ? ctx.filing
      : { scheme: pack.scheme, status: 'not-filed' };
  const input = prepareInput({
    product: ctx.product,
    filing,
    sbom: sbomFacts(ctx.inventory, pack.softwareRoles, {
      now: ctx.now,
      ...(ctx.sbomSchemaValid !== undefined ? { schemaValid: ctx.sbomSchemaValid } : {}),
      ...(ctx.vulnerabilities ? { vulnerabilities: ctx.vulnerabilities } : {}),
    }),
    thresholds: effectiveThresholds(pack, category),
    now: ctx.now,
    scheme: pack.scheme,
    stars: target,
    category,
    coverage: ctx.filing?.scheme === pack.scheme ? (ctx.coverage ?? noCoverageChain) : noCoverageChain,
  });
  for (const rule of pack.rules) {
    const outcome: RuleOutcome = {
      ruleId: rule.id,
      pack: pack.name,
      scheme: pack.scheme,
      stars: rule.stars,
      severity: rule.severity,
      status: 'pass',
      inScope: rule.stars <= target,
    };
    outcomes.push(outcome);
    if (!applies(rule, category)) {
      outcome.status = 'not-applicable';
      continue;
    }
    const result = evaluateExpression(rule.condition, input);
    if (result.ok && result.value === true) continue;
    outcome.status = result.ok && result.value === false ? 'fail' : 'error';
    if (!outcome.inScope) continue;
    const finding = result.ok
      ? result.value === false
        ? failed(rule, input, ctx)
        : misbehaved(rule, result.value, ctx)
      : unevaluable(rule, result.error, ctx);
    findings.push(finding);
  }
}

function applies(rule: Rule, category: CategoryInput): boolean {
  if (rule.categories === 'any') return true;
  if (rule.categories === 'catalogue') return category.known;
  return rule.categories.includes(category.id);
}

function base(
  rule: Rule,
  ctx: ProductContext,
  doc: RuleDoc,
  path: (string | number)[],
): Omit<Finding, 'message'> {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    hint: rule.remediation,
    sources: rule.sources,
    productId: ctx.product.id,
    ...ctx.locate(doc, path),
  };
}

function failed(rule: Rule, input: PreparedInput, ctx: ProductContext): Finding {
  let message = rule.message;
  if (rule.details) {
    const details = evaluateExpression(rule.details, input);
    if (details.ok && Array.isArray(details.value) && details.value.length > 0) {
      message = `${message}: ${details.value.map(String).join('; ')}`;
    }
  }
  return { ...base(rule, ctx, rule.path.doc, rule.path.steps), message };
}

function misbehaved(rule: Rule, value: unknown, ctx: ProductContext): Finding {
  const kind =
    value === undefined || value === null
      ? 'no value'
      : Array.isArray(value)
        ? 'a list'
        : `a ${typeof value}`;
  return {
    ...base(rule, ctx, rule.path.doc, rule.path.steps),
    message: `${rule.title}: could not be checked, the rule's condition gave ${kind} instead of true or false`,
    hint: `The condition of ${rule.id} (${rule.file}:${rule.line}) must give true or false; fix the rule pack.`,
  };
}

/** A rule that could not be evaluated on this data: a finding about the data, located where it is missing. */
function unevaluable(rule: Rule, error: EvaluationFailure, ctx: ProductContext): Finding {
  const [root, ...rest] = error.missing ?? [];
  if (error.kind === 'missing-field' && (root === 'product' || root === 'filing')) {
    const field = formatPath(rest);
    return {
      ...base(rule, ctx, root, rest),
      message: `${rule.title}: could not be checked, ${root}.yaml has no '${field}'`,
      hint: `Declare '${field}' in ${root}.yaml. ${rule.remediation}`,
    };
  }
  if (error.kind === 'budget') {
    return {
      ...base(rule, ctx, rule.path.doc, rule.path.steps),
      message: `${rule.title}: could not be checked, ${error.message}`,
      hint: `The condition of ${rule.id} (${rule.file}:${rule.line}) does too much work on this product (nested list macros multiply); rewrite it so each list is walked once.`,
    };
  }
  const what =
    error.kind === 'missing-field'
      ? `'${formatPath(error.missing ?? [])}' is missing`
      : error.kind === 'type'
        ? `a value has the wrong type (${error.message})`
        : error.message;
  return {
    ...base(rule, ctx, rule.path.doc, rule.path.steps),
    message: `${rule.title}: could not be checked, ${what}`,
  };
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
