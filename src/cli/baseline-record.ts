// The registered baseline written into filing.yaml (pure: text in, text out). The baseline is the reference
// every later change is judged against: what the filing agency was told when the filing was submitted or granted.
import { isMap, isScalar, isSeq, parseDocument, Scalar, type YAMLMap } from 'yaml';
import type { Baseline, Filing, Product } from '../schemas/index.js';
import { labelIndex } from '../changes/index.js';

/** What the registered SBOM is: its path in the product folder and the digest of its normalised content. */
export interface RegisteredSbom {
  file: string;
  digest: string;
}

/** The baseline of a product as it is now, for the filing's scheme. */
export function baselineOf(
  product: Product,
  filing: Filing,
  filingId: string,
  sbom: RegisteredSbom,
): Baseline {
  const label = filing.label ?? {};
  const stars = product.labels[labelIndex(product, filing.scheme)]?.stars ?? label.stars;
  const lab = label.lab ?? product.evidence?.test_report?.lab;
  return {
    filing_id: filingId,
    model: product.model,
    producer: product.manufacturer.name,
    ...(lab !== undefined && { lab }),
    ...(label.standard !== undefined && { standard: label.standard }),
    ...(stars !== undefined && { stars }),
    hardware: product.hardware,
    firmware: product.firmware,
    ...(product.security !== undefined && { security: product.security }),
    sbom,
  };
}

export interface BaselineEdit {
  baseline: Baseline;
  /** The filing status to set; undefined keeps the current one. */
  status?: string;
  /** The day of the change (YYYY-MM-DD), written to `status_since` when the status changes. */
  now: string;
}

const SBOM_NOTE =
  ' digest: SHA-256 of the file above, which is labelguard’s normalised form (sorted CycloneDX 1.6 JSON) of\n' +
  ' the product’s SBOM at registration; change detection refuses a registered SBOM that no longer matches it.';

/**
 * filing.yaml with `baseline` set (replacing any previous one) and, when asked, the status changed, through
 * the YAML Document API so that every comment and every other key stays as the author wrote it.
 */
export function writeBaseline(filingText: string, edit: BaselineEdit): string {
  const doc = parseDocument(filingText);
  if (doc.errors.length > 0 || !isMap(doc.contents))
    throw new Error('filing.yaml is not a YAML mapping; fix it before registering a baseline');
  const root = doc.contents as YAMLMap;
  const keyOf = (p: { key: unknown }) => (isScalar(p.key) ? p.key.value : p.key);
  if (edit.status !== undefined && doc.get('status') !== edit.status) {
    setScalar(root, 'status', edit.status);
    const since = root.get('status_since', true);
    if (isScalar(since)) {
      // The scalar itself changes, so a comment beside it stays.
      since.value = edit.now;
      since.type = Scalar.QUOTE_SINGLE;
    } else {
      const at = root.items.findIndex((p) => keyOf(p) === 'status');
      root.items.splice(at + 1, 0, doc.createPair('status_since', quoted(edit.now)));
    }
  }
  const node = doc.createNode(edit.baseline) as YAMLMap;
  quoteDates(node);
  node.commentBefore =
    ' The registered baseline (labelguard baseline): the state the filing agency was told about. Every change\n' +
    ' is judged against it; only a new filing or a granted refiling replaces it.';
  const sbom = node.get('sbom', true) as YAMLMap | undefined;
  const digest = sbom?.items.find((p) => isScalar(p.key) && p.key.value === 'digest');
  if (digest && isScalar(digest.key)) digest.key.commentBefore = SBOM_NOTE;
  if (root.has('baseline')) root.set('baseline', node);
  else {
    // Before the change log, which reads as what happened since the baseline.
    const at = root.items.findIndex((p) => keyOf(p) === 'changes');
    const pair = doc.createPair('baseline', node);
    root.items.splice(at < 0 ? root.items.length : at, 0, pair);
    // A blank line around it, as between the other sections of the file.
    (pair.key as Scalar).spaceBefore = true;
    const next = root.items[at + 1]?.key;
    if (at >= 0 && isScalar(next)) next.spaceBefore = true;
  }
  return doc.toString({ lineWidth: 0 });
}

/** Set a key's value, changing the scalar in place when there is one so that its comment stays. */
function setScalar(map: YAMLMap, key: string, value: string): void {
  const node = map.get(key, true);
  if (isScalar(node)) node.value = value;
  else map.set(key, value);
}

function quoted(text: string): Scalar {
  const s = new Scalar(text);
  s.type = Scalar.QUOTE_SINGLE;
  return s;
}

/** Quote every YYYY-MM-DD scalar, so that a YAML 1.1 reader does not turn it into a timestamp. */
function quoteDates(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node.value))
      node.type = Scalar.QUOTE_SINGLE;
  } else if (isMap(node)) for (const pair of node.items) quoteDates(pair.value);
  else if (isSeq(node)) for (const item of node.items) quoteDates(item);
}
