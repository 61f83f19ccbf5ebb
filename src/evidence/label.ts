import type { Filing, Product } from '../schemas/index.js';
import { EvidenceError } from './errors.js';

type FilingStatus = Filing['status'];

/** The seven items of the label, in the order they are printed, with their bilingual captions. */
export const labelItemCaptions = [
  { key: 'producer', zh: '生产者', en: 'Producer' },
  { key: 'model', zh: '规格型号', en: 'Model' },
  { key: 'level', zh: '网络安全能力等级', en: 'Level' },
  { key: 'validity', zh: '有效期', en: 'Validity' },
  { key: 'lab', zh: '检测机构', en: 'Lab' },
  { key: 'standard', zh: '依据标准', en: 'Standard' },
  { key: 'filing_code', zh: '备案信息码', en: 'Filing code' },
] as const;

export type LabelItemKey = (typeof labelItemCaptions)[number]['key'];

export interface LabelItem {
  key: LabelItemKey;
  zh: string;
  en: string;
  /** The printed value; null when the data does not say it yet. */
  value: string | null;
}

/** Everything a label rendering shows, decided once so that the SVG and the PNG cannot disagree. */
export interface LabelData {
  productId: string;
  scheme: string;
  stars: number;
  /** Star outlines drawn, filled or not: at least three, the CN-CCL scale. */
  starSlots: number;
  levelName: { zh: string; en: string } | null;
  items: LabelItem[];
  filingStatus: FilingStatus;
  /** A draft label may not be printed on products: there is no granted filing code behind it. */
  draft: boolean;
  /** Why the label is a draft, for the person who reads it; empty when it is not. */
  draftReasons: string[];
  /**
   * What the QR code encodes: the filing information code as the agency issued it (label.qr_payload), else
   * the verification URL, else a placeholder that can never resolve. labelguard never composes it.
   */
  qrText: string;
  qrPlaceholder: boolean;
}

// [CONFIRMED, draft] level names of the CN-CCL scale (domain notes 1.3).
const cclLevelNames: Record<number, { zh: string; en: string }> = {
  1: { zh: '基础级', en: 'Basic' },
  2: { zh: '增强级', en: 'Enhanced' },
  3: { zh: '领先级', en: 'Leading' },
};

/** The QR payload of a label without a verification URL: `.invalid` never resolves (RFC 2606). */
export function placeholderVerificationUrl(productId: string): string {
  return `https://not-filed.invalid/DRAFT/${encodeURIComponent(productId)}`;
}

/** The scheme the evidence is for and the star level claimed for it. */
export function labelScheme(product: Product, filing?: Filing): { scheme: string; stars: number } {
  const claimed =
    product.labels.find((l) => l.scheme === filing?.scheme) ??
    product.labels.find((l) => l.scheme === 'cn-ccl') ??
    product.labels[0];
  if (!claimed) {
    throw new EvidenceError(
      `Product ${product.id} targets no label scheme (labels is empty).`,
      'Add a labels entry with scheme and stars to product.yaml.',
    );
  }
  const scheme = filing?.scheme ?? claimed.scheme;
  const stars = claimed.scheme === scheme ? claimed.stars : (filing?.label?.stars ?? claimed.stars);
  return { scheme, stars };
}

/** The testing laboratory: the current test report's lab first, as that report is what gets filed. */
export function labelLab(product: Product, filing?: Filing): string | null {
  return product.evidence?.test_report?.lab ?? filing?.label?.lab ?? filing?.baseline?.lab ?? null;
}

/** The standard or technical document relied on; only the filing record states it. */
export function labelStandard(filing?: Filing): string | null {
  return filing?.label?.standard ?? filing?.baseline?.standard ?? null;
}

function validity(filing?: Filing): string | null {
  const from = filing?.label?.valid_from;
  const until = filing?.label?.valid_until;
  if (from && until) return `${from} – ${until}`;
  if (until) return `until ${until}`;
  return null;
}

/**
 * The label as it should be printed for the product as it is now. Producer, model, level and lab come
 * from the product (what a refiling submits); validity, standard and filing code from the filing record.
 * It is final only for a granted filing with a filing code and a QR payload; otherwise it is a draft.
 */
export function describeLabel(product: Product, filing?: Filing): LabelData {
  const { scheme, stars } = labelScheme(product, filing);
  const status: FilingStatus = filing?.status ?? 'not-filed';
  const code = filing?.label?.filing_code ?? null;
  const payload = filing?.label?.qr_payload ?? filing?.verification_url ?? null;

  const draftReasons: string[] = [];
  if (status !== 'granted') draftReasons.push(`filing status is ${status}`);
  if (!code) draftReasons.push('no filing code');
  if (!payload) draftReasons.push('no QR payload (label.qr_payload or verification_url)');
  const draft = draftReasons.length > 0;

  const levelName = scheme === 'cn-ccl' ? (cclLevelNames[stars] ?? null) : null;
  const values: Record<LabelItemKey, string | null> = {
    producer: product.manufacturer.name,
    model: product.model,
    level: levelName ? `${stars} — ${levelName.zh} ${levelName.en}` : String(stars),
    validity: validity(filing),
    lab: labelLab(product, filing),
    standard: labelStandard(filing),
    // A draft never shows the old code: the code belongs to the filing that the change invalidated.
    filing_code: draft ? '待备案 pending' : code,
  };

  return {
    productId: product.id,
    scheme,
    stars,
    starSlots: Math.max(3, stars),
    levelName,
    items: labelItemCaptions.map((c) => ({ ...c, value: values[c.key] })),
    filingStatus: status,
    draft,
    draftReasons,
    qrText: payload ?? placeholderVerificationUrl(product.id),
    qrPlaceholder: payload === null,
  };
}
