import { append } from '../core/append.js';
import type { ChangeSet, DetectedChange } from '../core/change.js';
import { compareFindings, compareText, type Finding } from '../core/finding.js';
import type { LoadedProduct, LoadedRepository } from '../load/repository.js';
import { isBlocking, type Policy } from './policy.js';
import type { ProductReport, Readiness, Report, ReportFinding } from '../report/model.js';
import { productVerdict, summarise } from '../report/summary.js';
import { generator } from '../version.js';
import { capFindings } from './cap.js';
import { consistencyFindings } from './consistency.js';

/** What one stage of the check found for one product. */
export interface StageResult {
  findings?: Finding[];
  readiness?: Readiness[];
  changes?: DetectedChange[];
  changeSets?: ChangeSet[];
}

/** A pure step of the check, run per product after loading (rules, change detection, lifecycle). */
export type ProductStage = (p: LoadedProduct) => StageResult;

export interface CheckOptions {
  now: string;
  policy: Policy;
  /** The run judges only the products a change touched; finding none is then a pass, not an error. */
  scoped?: boolean;
  /** Marks findings covered by waivers (same order) and returns findings about the waivers themselves. */
  waive?: (findings: Finding[]) => { findings: Finding[]; problems: Finding[] };
}

/**
 * The report from products already judged (in any order): waivers across all products, policy,
 * summary. A streaming audit judges each product as it loads and assembles once at the end.
 */
export function assembleReport(
  repo: Pick<LoadedRepository, 'findings' | 'config'>,
  judgedProducts: readonly JudgedProduct[],
  options: CheckOptions,
): Report {
  const judged = [...judgedProducts].sort((a, b) => compareText(a.id, b.id) || compareText(a.dir, b.dir));
  // Waivers are applied across all products at once, so that each waiver is judged (expired, unknown) once.
  const raw = judged.flatMap((j) => j.findings);
  const waived = options.waive ? options.waive(raw) : { findings: raw, problems: [] };
  let offset = 0;
  const products = judged.map((j) => {
    const own = waived.findings.slice(offset, offset + j.findings.length);
    offset += j.findings.length;
    return productReport(j, own, options.policy);
  });
  const findings = mark([...repo.findings, ...waived.problems], options.policy);
  if (judged.length === 0 && !options.scoped) {
    append(findings, mark([noProducts(repo)], options.policy));
  }
  const summary = summarise(products, findings);
  // Counted and judged on every finding above; what is shown per product is bounded.
  for (const p of products) p.findings = capFindings(p.findings, p.id);
  return {
    version: 1,
    generator: { ...generator },
    now: options.now,
    policy: { failOn: options.policy.failOn, warnOnly: options.policy.warnOnly },
    summary,
    products,
    findings,
  };
}

/** One product judged by every stage, before waivers and policy; holds no SBOM or parsed document. */
export interface JudgedProduct {
  id: string;
  dir: string;
  model?: string;
  labels: { scheme: string; stars: number }[];
  filingStatus?: string;
  findings: Finding[];
  readiness?: Readiness[];
  changes?: DetectedChange[];
  changeSets?: ChangeSet[];
}

/** Run the consistency checks and the given stages on one loaded product. */
export function judgeProduct(p: LoadedProduct, stages: readonly ProductStage[]): JudgedProduct {
  const j: JudgedProduct = {
    id: p.id,
    dir: p.dir,
    ...(p.manifest ? { model: p.manifest.model } : {}),
    labels: (p.manifest?.labels ?? []).map((l) => ({ scheme: l.scheme, stars: l.stars })),
    ...(p.filing ? { filingStatus: p.filing.status } : {}),
    findings: [...p.findings],
  };
  // A manifest that failed validation cannot be judged further: report why, and nothing built on guesses.
  if (!p.manifest) return j;
  const all: ProductStage[] = [(q) => ({ findings: consistencyFindings(q) }), ...stages];
  for (const stage of all) {
    const r = runStage(stage, p);
    append(j.findings, r.findings ?? []);
    if (r.readiness) j.readiness = [...(j.readiness ?? []), ...r.readiness];
    if (r.changes) j.changes = [...(j.changes ?? []), ...r.changes];
    if (r.changeSets) j.changeSets = [...(j.changeSets ?? []), ...r.changeSets];
  }
  return j;
}

/**
 * One stage on one product. An exception (a defect, or an input no limit foresaw) fails this product with a
 * located finding instead of taking down the audit of every other product.
 */
function runStage(stage: ProductStage, p: LoadedProduct): StageResult {
  try {
    return stage(p);
  } catch (e) {
    const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return {
      findings: [
        {
          ruleId: 'check.product-failed',
          severity: 'error',
          message: `this product could not be judged: ${reason.split('\n')[0]}`,
          hint: 'The other products were judged. This is a defect in labelguard: report it with the files of this product.',
          productId: p.id,
          file: p.manifestFile,
          line: 1,
          column: 1,
        },
      ],
    };
  }
}

function productReport(j: JudgedProduct, own: Finding[], policy: Policy): ProductReport {
  const findings = mark(own, policy);
  const verdict = productVerdict(findings);
  return {
    id: j.id,
    path: j.dir,
    ...(j.model !== undefined ? { model: j.model } : {}),
    labels: j.labels,
    ...(j.filingStatus !== undefined ? { filingStatus: j.filingStatus } : {}),
    verdict,
    findings,
    ...(j.readiness ? { readiness: j.readiness } : {}),
    ...(j.changes ? { changes: j.changes } : {}),
    ...(j.changeSets ? { changeSets: j.changeSets } : {}),
  };
}

function mark(findings: Finding[], policy: Policy): ReportFinding[] {
  return [...findings].sort(compareFindings).map((f) => ({ ...f, blocking: isBlocking(f, policy) }));
}

function noProducts(repo: Pick<LoadedRepository, 'config'>): Finding {
  const globs = repo.config.config.products ?? 'products/*/product.yaml';
  return {
    ruleId: 'data.no-products',
    severity: 'error',
    message: `no product manifests found (looked for ${Array.isArray(globs) ? globs.join(', ') : globs})`,
    hint: 'Add products/<id>/product.yaml, or set `products:` in .labelguard.yml to where your manifests are.',
    file: repo.config.file ?? '.labelguard.yml',
    line: 1,
    column: 1,
  };
}
