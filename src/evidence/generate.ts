import { createHash } from 'node:crypto';
import { compareText } from '../core/finding.js';
import {
  changeNotificationModel,
  createContext,
  declarationModel,
  filingFormModel,
  responsibilityModel,
  technicalDocumentationModel,
  testRequestModel,
} from './documents.js';
import { EvidenceError } from './errors.js';
import { stableJson } from './text-formats.js';
import { renderLabelPng } from './label-png.js';
import { renderLabelSvg } from './label-svg.js';
import { summariseSbom } from './sbom-summary.js';
import { renderTemplate, type EvidenceTemplateName } from './templates.js';
import type { EvidenceBundle, EvidenceFile, EvidenceInput, EvidenceInputFile } from './types.js';

/** Name of the index file every bundle ends with; it hashes every other file and every input. */
export const evidenceIndexName = 'evidence-index.json';

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');
const byPath = (a: { path: string }, b: { path: string }): number => compareText(a.path, b.path);

function checkFilingId(filingId: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(filingId)) {
    throw new EvidenceError(
      `Filing id ${JSON.stringify(filingId)} cannot name an evidence folder.`,
      'Use letters, digits, dot, dash or underscore, e.g. the filing date 2026-11-26.',
    );
  }
}

/** The inputs sorted by path; each hash checked, a path listed twice with two hashes refused. */
function checkedInputs(inputs: EvidenceInputFile[]): EvidenceInputFile[] {
  const seen = new Map<string, string>();
  for (const { path, sha256: hash } of inputs) {
    if (!/^[0-9a-f]{64}$/.test(hash)) {
      throw new EvidenceError(
        `Input ${path} has hash ${JSON.stringify(hash)}, which is not a lower-case hex SHA-256.`,
        'Hash the file bytes with SHA-256 and pass the 64 lower-case hex digits.',
      );
    }
    const earlier = seen.get(path);
    if (earlier !== undefined && earlier !== hash) {
      throw new EvidenceError(
        `Input ${path} is listed twice with different hashes.`,
        'List each source file once, hashed once.',
      );
    }
    seen.set(path, hash);
  }
  return [...seen].map(([path, hash]) => ({ path, sha256: hash })).sort(byPath);
}

function markdown(templates: Record<string, string>, name: EvidenceTemplateName, model: object): Buffer {
  // Blocks in the templates leave blank lines behind; collapse them so the files diff cleanly.
  const text = renderTemplate(templates, name, model)
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd();
  return Buffer.from(`${text}\n`, 'utf8');
}

function json(templates: Record<string, string>, name: EvidenceTemplateName, model: object): Buffer {
  const rendered = renderTemplate(templates, name, model);
  let value: unknown;
  try {
    value = JSON.parse(rendered);
  } catch (error) {
    throw new EvidenceError(
      `templates/${name} rendered invalid JSON (${(error as Error).message}).`,
      'Print every value with the json helper ({{json field}}) and check commas and brackets.',
    );
  }
  // Re-serialised, so the layout is canonical whatever the template's whitespace.
  return Buffer.from(stableJson(value), 'utf8');
}

/** The evidence index: SHA-256 of every generated file and every input, and who generated them. */
function evidenceIndex(
  input: EvidenceInput,
  files: EvidenceFile[],
  inputs: EvidenceInputFile[],
): EvidenceFile {
  const index = {
    generator: { name: input.generator.name, version: input.generator.version },
    product: input.product.id,
    filing_id: input.filingId,
    files: files.map((f) => ({ path: f.path, sha256: sha256(f.content), bytes: f.content.length })),
    inputs,
  };
  return { path: evidenceIndexName, content: Buffer.from(stableJson(index), 'utf8') };
}

/**
 * Generate one filing's evidence bundle from data alone: the same input always gives byte-identical files,
 * so a refiling pull request changes only when the evidence does.
 */
export function generateEvidence(input: EvidenceInput): EvidenceBundle {
  checkFilingId(input.filingId);
  const inputs = checkedInputs(input.inputs);
  const { templates } = input;
  const sbom = summariseSbom(input.sbomNormalised, input.product, input.softwareRoles);
  const ctx = createContext(input.product, input.filing, input.filingId, input.changes, sbom, input.check);

  const declaration = declarationModel(ctx);
  const labelSvg = renderLabelSvg(ctx.label, templates);
  // Documents meant for the filing agency, in English and in Simplified Chinese: one model, two templates.
  const bilingual = (base: string, model: object): EvidenceFile[] =>
    (['', '.zh-CN'] as const).map((lang) => ({
      path: `${base}${lang}.md`,
      content: markdown(templates, `${base}${lang}.md.hbs` as EvidenceTemplateName, model),
    }));
  const files: EvidenceFile[] = [
    ...bilingual('change-notification', changeNotificationModel(ctx)),
    ...bilingual('declaration-draft', declaration),
    { path: 'filing-form.json', content: json(templates, 'filing-form.json.hbs', filingFormModel(ctx)) },
    // The PNG is the SVG rendered, so the two cannot disagree.
    { path: 'label.png', content: renderLabelPng(labelSvg) },
    { path: 'label.svg', content: Buffer.from(labelSvg, 'utf8') },
    {
      path: 'responsibility-matrix.md',
      content: markdown(templates, 'responsibility-matrix.md.hbs', responsibilityModel(ctx)),
    },
    { path: 'sbom.cdx.json', content: Buffer.from(input.sbomNormalised, 'utf8') },
    ...bilingual('technical-documentation', technicalDocumentationModel(ctx)),
    ...bilingual('test-request', testRequestModel(ctx)),
  ].sort(byPath);

  return { files: [...files, evidenceIndex(input, files, inputs)].sort(byPath) };
}
