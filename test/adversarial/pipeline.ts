/**
 * A copy of the example compliance repository with one hostile string written into every free-text field
 * of every product.yaml and filing.yaml (where the file stays valid, so that the value travels on), into
 * every SBOM component name, into waiver texts and into the dashboard title; and every text labelguard
 * renders from it for GitHub and terminals, produced the way the action and the CLI produce them.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit, type Scalar } from 'yaml';
import { refilingNeeds } from '../../src/action/refile.js';
import { loadTemplates, prepareLabelRenderer } from '../../src/pipeline/evidence-assets.js';
import { sarifRules } from '../../src/report/core-rules.js';
import { renderDashboard } from '../../src/dashboard/index.js';
import { renderStickyBody } from '../../src/github/index.js';
import { validateAgainst } from '../../src/load/validate.js';
import { parseYamlFile } from '../../src/load/yaml-file.js';
import { bundleCheck, evidenceFor } from '../../src/pipeline/evidence.js';
import { runCheck, type CheckOutcome } from '../../src/pipeline/run-check.js';
import { planRefiling, stableFilingId, type RefilingPlan } from '../../src/refiling/index.js';
import { renderAnnotations, type Annotation } from '../../src/report/annotations.js';
import { GITHUB_LIMITS, MAX_BODY_CHARS } from '../../src/markdown/limits.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { buildStatus } from '../../src/status/index.js';
import { exampleRepo } from '../support/dist.js';
import { tempDir } from './support.js';

// The label PNG renderer starts asynchronously, as the shells start it before generating evidence.
await prepareLabelRenderer();

/** Keys whose values are file references: a hostile path is the paths suite's business, not this one's. */
const fileKeys = new Set(['file', 'sbom', 'authorization_doc']);

/** A value no format, pattern or enum of the schemas accepts: where it validates, any text does. */
const PROBE = '{{probe}} <free text>';

/** Paths of the string scalars of a YAML document, file references left out. */
function stringScalars(text: string): { doc: ReturnType<typeof parseDocument>; paths: (string | number)[][] } {
  const doc = parseDocument(text);
  const paths: (string | number)[][] = [];
  visit(doc, {
    Pair(_key, pair) {
      const key = (pair.key as Scalar | null)?.value;
      if (typeof key === 'string' && fileKeys.has(key)) return visit.SKIP;
      return undefined;
    },
    Scalar(key, node, path) {
      if (key !== 'value' || typeof node.value !== 'string') return;
      // The path of keys and indexes from the document root to this scalar.
      const keys: (string | number)[] = [];
      for (const [i, n] of path.entries()) {
        const next = path[i + 1] ?? node;
        if (isMap(n)) {
          const pair = n.items.find((p) => p === next);
          const k = isScalar(pair?.key) ? pair.key.value : undefined;
          keys.push(typeof k === 'string' ? k : typeof k === 'number' ? String(k) : '');
        }
        else if (isSeq(n)) keys.push(n.items.indexOf(next));
      }
      paths.push(keys);
    },
  });
  return { doc, paths };
}

const freeFields = new Map<string, (string | number)[][]>();

/** Set the value at a path of plain data (objects and arrays). */
function setPath(value: unknown, path: (string | number)[], to: unknown): void {
  let node = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = to;
}

/** The free-text fields of a file: string scalars that take any text and the file still validates. */
function freeTextPaths(key: string, text: string, schema: 'product' | 'filing'): (string | number)[][] {
  let paths = freeFields.get(key);
  if (!paths) {
    const parsed = parseYamlFile(key, text);
    if (Array.isArray(parsed)) throw new Error(`${key} does not parse`);
    paths = stringScalars(text).paths.filter((path) => {
      const value = structuredClone(parsed.value);
      setPath(value, path, PROBE);
      return validateAgainst(schema, { ...parsed, value }).length === 0;
    });
    freeFields.set(key, paths);
  }
  return paths;
}

/** The file with `payload` in every free-text field (checked to still validate); and how many fields. */
function injectYaml(key: string, text: string, schema: 'product' | 'filing', payload: string): { text: string; fields: number } {
  const paths = freeTextPaths(key, text, schema);
  const doc = parseDocument(text);
  for (const path of paths) doc.setIn(path, payload);
  const out = doc.toString();
  const parsed = parseYamlFile('x.yaml', out);
  if (Array.isArray(parsed) || validateAgainst(schema, parsed).length > 0)
    throw new Error(`${key} no longer validates with the payload ${JSON.stringify(payload).slice(0, 80)}`);
  return { text: out, fields: paths.length };
}

/** The example repository with `payload` in every free-text field; returns its folder and the field count. */
export function hostileRepository(payload: string): { dir: string; fields: number } {
  const dir = tempDir('labelguard-hostile-');
  cpSync(exampleRepo, dir, { recursive: true });
  let fields = 0;
  for (const product of readdirSync(join(dir, 'products'))) {
    for (const [file, schema] of [
      ['product.yaml', 'product'],
      ['filing.yaml', 'filing'],
    ] as const) {
      const path = join(dir, 'products', product, file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        continue;
      }
      const injected = injectYaml(`${product}/${file}`, text, schema, payload);
      writeFileSync(path, injected.text);
      fields += injected.fields;
    }
    // Component names of the current SBOM: they become the subjects of SBOM changes.
    const sbomPath = join(dir, 'products', product, 'sbom.cdx.json');
    const sbom = JSON.parse(readFileSync(sbomPath, 'utf8')) as { components?: { name?: string }[] };
    sbom.components?.forEach((c, i) => {
      c.name = `${payload}-${i}`;
      fields++;
    });
    writeFileSync(sbomPath, JSON.stringify(sbom, null, 2));
  }
  const configPath = join(dir, '.labelguard.yml');
  const config = parseDocument(readFileSync(configPath, 'utf8'));
  config.setIn(['dashboard', 'title'], payload);
  for (const i of [0, 1]) {
    config.setIn(['waivers', i, 'justification'], payload);
    config.setIn(['waivers', i, 'approver'], payload);
  }
  writeFileSync(configPath, config.toString());
  return { dir, fields: fields + 5 };
}

/** Everything rendered from one check of a repository, for people and for GitHub. */
export interface Rendered {
  outcome: CheckOutcome;
  /** The sticky pull-request comment body, with its hidden marker, as the action writes it. */
  comment: string;
  /** The job summary. */
  summary: string;
  /** Each refiling plan: pull-request title, body and commit message. */
  plans: RefilingPlan[];
  /** The dashboard issue body. */
  dashboard: string;
  /** The SARIF log as written to disk. */
  sarif: string;
  annotations: Annotation[];
  /** The plain-text report of `labelguard check`. */
  text: string;
}

const REPOSITORY_URL = 'https://github.com/acme/cameras';
export const COMMENT_KEY = 'labelguard/labels/default';

/** Check the repository as a full audit and render every output the way the action and the CLI do. */
export async function renderAll(dir: string, now: string): Promise<Rendered> {
  const outcome = await runCheck({ dir, now });
  const report = outcome.report;
  // The same budgets as src/action/comment.ts and src/action/report-out.ts.
  const reserve = renderStickyBody(COMMENT_KEY, '').length;
  const comment = renderStickyBody(
    COMMENT_KEY,
    renderMarkdown(report, { mode: 'comment', maxChars: MAX_BODY_CHARS - reserve, reportUrl: `${REPOSITORY_URL}/actions/runs/1` }),
  );
  const summary = renderMarkdown(report, { mode: 'summary', maxChars: GITHUB_LIMITS.summary - 16 });
  const settings = outcome.repo.config.config.refiling ?? {};
  const templates = loadTemplates();
  const target = { branch: 'main', sha: 'c0ffee'.padEnd(40, '0') };
  // As src/action/refile.ts plans them.
  const plans = refilingNeeds(outcome).map(({ product, scheme, changes }) => {
    const filingId = stableFilingId(now, undefined, {
      productId: product.id,
      scheme,
      target: target.branch,
      fingerprints: changes.map((c) => c.fingerprint),
    });
    const softwareRoles = outcome.packs.packs.find((p) => p.scheme === scheme)?.softwareRoles;
    const allChanges = outcome.report.products.find((p) => p.id === product.id)?.changes ?? changes;
    const check = bundleCheck(product, outcome.packs.packs, allChanges, now);
    const bundle = evidenceFor(product, changes, { templates, ...(softwareRoles ? { softwareRoles } : {}), check, filingId });
    return planRefiling(
      {
        productId: product.id,
        productDir: product.dir,
        scheme,
        changes,
        bundle,
        filingId,
        ...(product.filingText !== undefined ? { filingText: product.filingText } : {}),
        ...(product.manifest?.stakeholders ? { stakeholders: product.manifest.stakeholders } : {}),
        triggeredBy: { sha: target.sha, url: `${REPOSITORY_URL}/commit/${target.sha}` },
      },
      target,
      settings,
      { repositoryUrl: REPOSITORY_URL },
    );
  });
  const status = buildStatus(outcome);
  const dashboard = renderDashboard(status.rows, {
    title: outcome.repo.config.config.dashboard?.title ?? 'labelguard label dashboard',
    now,
    repoUrl: REPOSITORY_URL,
  });
  return {
    outcome,
    comment,
    summary,
    plans,
    dashboard,
    sarif: `${JSON.stringify(renderSarif(report, sarifRules(outcome.packs.packs)), null, 2)}\n`,
    annotations: renderAnnotations(report),
    text: renderText(report),
  };
}
