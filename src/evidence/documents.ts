// View models of the Markdown and JSON documents. Every field a template reads is present (null when
// unknown), because the templates are compiled in strict mode: a misspelt field fails the build of the
// bundle instead of leaving a blank on a document someone signs.
import type { DetectedChange } from '../core/change.js';
import { compareText, sourceLabel } from '../core/finding.js';
import { type Filing, type Product, statusWording } from '../schemas/index.js';
import { describeLabel, labelLab, labelScheme, labelStandard, type LabelData } from './label.js';
import { filingContact, namedStakeholders, responsibilityMatrix } from './responsibility.js';
import type { SbomSummary } from './sbom-summary.js';
import type { BundleCheck } from './types.js';
import { securityClaims } from './security-claims.js';
import { deriveTestRequest, initialTestRequest } from './test-request.js';
import { classText } from './class-text.js';
import { kindZh } from './kind-zh.js';

const classificationRank = { material: 0, record: 1, none: 2 } as const;

/** Changes in report order: material first, then by kind, subject and fingerprint. */
export function sortChanges(changes: DetectedChange[]): DetectedChange[] {
  return [...changes].sort(
    (a, b) =>
      classificationRank[a.classification] - classificationRank[b.classification] ||
      compareText(a.kind, b.kind) ||
      compareText(a.subject, b.subject) ||
      compareText(a.fingerprint, b.fingerprint),
  );
}

/** What every document's heading says about the product and the filing. */
export interface DocumentContext {
  product: Product;
  filing: Filing | undefined;
  filingId: string;
  label: LabelData;
  changes: DetectedChange[];
  sbom: SbomSummary;
  check: BundleCheck;
}

export function createContext(
  product: Product,
  filing: Filing | undefined,
  filingId: string,
  changes: DetectedChange[],
  sbom: SbomSummary,
  check: BundleCheck,
): DocumentContext {
  return {
    product,
    filing,
    filingId,
    label: describeLabel(product, filing),
    changes: sortChanges(changes),
    sbom,
    check,
  };
}

/**
 * The check result every document meant for signing or filing carries: the level claimed, the level met,
 * the unmet rules by level and every filing material still missing. Ready to sign only when the level
 * claimed is met and nothing is missing.
 */
export function checkModel(ctx: DocumentContext) {
  const missing = missingMaterials(ctx.product);
  const levelMet = ctx.check.met >= ctx.check.target;
  return {
    target: ctx.check.target,
    targetSymbols: '★'.repeat(ctx.check.target),
    met: ctx.check.met,
    metSymbols: ctx.check.met > 0 ? '★'.repeat(ctx.check.met) : 'none',
    levelMet,
    readyToSign: levelMet && missing.length === 0,
    judgedOn: ctx.check.judgedOn,
    unmet: ctx.check.unmet.map((l) => ({ stars: l.stars, starSymbols: '★'.repeat(l.stars), rules: l.rules })),
    notes: ctx.check.notes,
    missing,
  };
}

/** Filing materials the agency asks for that the product's data does not provide yet. */
export function missingMaterials(product: Product): { id: string; zh: string; en: string }[] {
  const ev = product.evidence;
  const report = ev?.test_report;
  const out: { id: string; zh: string; en: string }[] = [];
  if (!report) out.push({ id: 'test_report', zh: '检测报告', en: 'test report' });
  if (!ev?.business_licence)
    out.push({ id: 'business_licence', zh: '营业执照', en: "producer's business licence" });
  if (report && !report.lab_qualification?.cma_certificate)
    out.push({
      id: 'lab_qualification',
      zh: '检测机构资质认定证书',
      en: "laboratory's qualification certificate (CMA)",
    });
  if (!ev?.declaration?.signed_by)
    out.push({ id: 'signed_declaration', zh: '签署的符合性声明', en: 'signed conformity declaration' });
  if (!product.manufacturer.legal_representative)
    out.push({ id: 'legal_representative', zh: '法定代表人', en: "producer's legal representative (named)" });
  if (product.agent && !product.agent.authorization_doc)
    out.push({ id: 'agent_authorisation', zh: '代理人授权书', en: "agent's authorisation" });
  return out;
}

function header(ctx: DocumentContext): object {
  const { scheme, stars } = labelScheme(ctx.product, ctx.filing);
  return {
    productId: ctx.product.id,
    model: ctx.product.model,
    producer: ctx.product.manufacturer.name,
    filingId: ctx.filingId,
    scheme,
    stars,
    starSymbols: '★'.repeat(stars),
    filingStatus: statusWording(ctx.label.filingStatus),
    draft: ctx.label.draft,
  };
}

const report = (r: NonNullable<NonNullable<Product['evidence']>['test_report']> | undefined) =>
  r
    ? {
        file: r.file,
        report_number: r.report_number ?? null,
        sha256: r.sha256,
        date: r.date,
        lab: r.lab,
        lab_type: r.lab_type ?? null,
        accreditation_id: r.accreditation_id ?? null,
        cma_certificate: r.lab_qualification?.cma_certificate ?? null,
        cnas: r.lab_qualification?.cnas ?? null,
      }
    : null;

function securityParts(product: Product) {
  return (product.hardware.parts ?? [])
    .filter((p) => p.security_relevant !== false)
    .map((p) => ({ part: p.part, role: p.role ?? null, mpn: p.mpn, manufacturer: p.manufacturer ?? null }));
}

/** filing-form.json: the seven label items and the product data a filing portal asks for. */
export function filingFormModel(ctx: DocumentContext): object {
  const { product, filing, label } = ctx;
  const { scheme, stars } = labelScheme(product, filing);
  const contact = filingContact(product);
  const testReport = report(product.evidence?.test_report);
  const lab = labelLab(product, filing);
  const standard = labelStandard(filing);
  const missing = [
    ...(product.manufacturer.credit_code ? [] : ['producer.credit_code']),
    ...(lab ? [] : ['label.lab']),
    ...(standard ? [] : ['label.standard']),
    ...(testReport ? [] : ['test_report']),
    ...(contact ? [] : ['contact']),
    ...missingMaterials(product)
      .filter((m) => m.id !== 'test_report' && m.id !== 'agent_authorisation')
      .map((m) => m.id),
    ...(product.agent && !product.agent.authorization_doc ? ['agent.authorization_doc'] : []),
  ];
  const check = checkModel(ctx);
  return {
    form: {
      scheme,
      agency: filing?.agency ?? null,
      filing_id: ctx.filingId,
      filing_status: statusWording(label.filingStatus),
      draft: label.draft,
    },
    label: {
      producer: product.manufacturer.name,
      model: product.model,
      stars,
      level_name: label.levelName ? `${label.levelName.zh} ${label.levelName.en}` : null,
      valid_from: filing?.label?.valid_from ?? null,
      valid_until: filing?.label?.valid_until ?? null,
      lab,
      standard,
      filing_code: label.draft ? null : (filing?.label?.filing_code ?? null),
      verification_url: filing?.verification_url ?? null,
    },
    producer: {
      name: product.manufacturer.name,
      credit_code: product.manufacturer.credit_code ?? null,
      country: product.manufacturer.country ?? null,
      address: product.manufacturer.address ?? null,
    },
    product: { id: product.id, model: product.model, category: product.category, stars },
    hardware: { revision: product.hardware.revision, security_parts: securityParts(product) },
    firmware: { version: product.firmware.version, image_sha256: product.firmware.image_sha256 },
    test_report: testReport,
    pentest_report: report(product.evidence?.pentest_report),
    contact,
    agent: product.agent
      ? { name: product.agent.name, authorization_doc: product.agent.authorization_doc ?? null }
      : null,
    sbom: { file: 'sbom.cdx.json', sha256: ctx.sbom.sha256 },
    check: {
      target_stars: check.target,
      met_stars: check.met,
      level_met: check.levelMet,
      ready_to_sign: check.readyToSign,
      judged_on: check.judgedOn,
      unmet: check.unmet.map((l) => ({
        stars: l.stars,
        rules: l.rules.map((r) => ({
          id: r.id,
          title: r.title,
          ...(r.titleZh ? { title_zh: r.titleZh } : {}),
          message: r.message,
        })),
      })),
      notes: check.notes,
    },
    missing,
  };
}

/** The category's id, with the catalogue's own names for it when the scheme's pack has a catalogue. */
function categoryModel(ctx: DocumentContext) {
  const named = ctx.check.category;
  return {
    category: ctx.product.category,
    categoryTitle: named?.title ?? null,
    categoryTitleZh: named?.titleZh ?? null,
  };
}

/** technical-documentation.md: hardware, firmware, every security claim, SBOM summary. */
export function technicalDocumentationModel(ctx: DocumentContext): object {
  const { product } = ctx;
  return {
    ...header(ctx),
    ...categoryModel(ctx),
    hardware: {
      revision: product.hardware.revision,
      parts: (product.hardware.parts ?? []).map((p) => ({
        part: p.part,
        role: p.role ?? null,
        mpn: p.mpn,
        manufacturer: p.manufacturer ?? null,
        securityRelevant: p.security_relevant !== false,
      })),
    },
    firmware: { version: product.firmware.version, imageSha256: product.firmware.image_sha256 },
    security: securityClaims(product.security),
    sbom: ctx.sbom,
    check: checkModel(ctx),
  };
}

/** change-notification.md: each change since the baseline. */
export function changeNotificationModel(ctx: DocumentContext): object {
  const baseline = ctx.filing?.baseline;
  const count = (c: string) => ctx.changes.filter((x) => x.classification === c).length;
  return {
    ...header(ctx),
    baseline: baseline
      ? {
          filingId: baseline.filing_id ?? null,
          hardwareRevision: baseline.hardware.revision,
          firmwareVersion: baseline.firmware.version,
          sbomDigest: baseline.sbom.digest,
        }
      : null,
    counts: {
      total: ctx.changes.length,
      material: count('material'),
      record: count('record'),
      none: count('none'),
      unrecorded: ctx.changes.filter((c) => c.classification === 'material' && !c.recorded).length,
    },
    changes: ctx.changes.map((c, i) => ({
      number: i + 1,
      kind: c.kind,
      kindZh: kindZh(c.kind),
      subject: c.subject,
      from: c.from ?? null,
      to: c.to ?? null,
      classification: c.classification,
      ...classText(c),
      recorded: c.recorded,
      changeLogId: c.changeLogId ?? null,
      fingerprint: c.fingerprint,
      matchedBy: c.matchedBy ?? null,
      sources: c.sources.map((s) => ({ label: sourceLabel(s), url: s.url ?? null })),
    })),
  };
}

/** declaration-draft.md: the manufacturer's conformity declaration, to be signed. */
export function declarationModel(ctx: DocumentContext): object {
  const { product, filing } = ctx;
  return {
    ...header(ctx),
    levelName: ctx.label.levelName ? `${ctx.label.levelName.zh} ${ctx.label.levelName.en}` : null,
    ...categoryModel(ctx),
    address: product.manufacturer.address ?? null,
    creditCode: product.manufacturer.credit_code ?? null,
    standard: labelStandard(filing),
    lab: labelLab(product, filing),
    hardwareRevision: product.hardware.revision,
    firmwareVersion: product.firmware.version,
    firmwareSha256: product.firmware.image_sha256,
    testReport: report(product.evidence?.test_report),
    pentestReport: report(product.evidence?.pentest_report),
    // 法定代表人: the named person on the business licence, never an (EU-style) authorised representative.
    legalRepresentative: product.manufacturer.legal_representative ?? null,
    check: checkModel(ctx),
  };
}

/** responsibility-matrix.md: who answers for which data. */
export function responsibilityModel(ctx: DocumentContext): object {
  return { ...header(ctx), stakeholders: namedStakeholders(ctx.product), matrix: responsibilityMatrix() };
}

/** test-request.md: what the laboratory must test again. */
export function testRequestModel(ctx: DocumentContext): object {
  const { product, filing } = ctx;
  const { stars } = labelScheme(product, filing);
  return {
    ...header(ctx),
    lab: labelLab(product, filing),
    hardwareRevision: product.hardware.revision,
    firmwareVersion: product.firmware.version,
    firmwareSha256: product.firmware.image_sha256,
    previousReport: report(product.evidence?.test_report),
    firstFiling: !filing?.baseline,
    request: filing?.baseline ? deriveTestRequest(ctx.changes, product, stars) : initialTestRequest(stars),
  };
}
