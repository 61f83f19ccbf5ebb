import type { Filing, Product } from '../schemas/index.js';

// A full audit judges each product as it loads and then releases its parsed manifest and filing (about
// 15 KiB of objects per product): what the steps after judging read of them (the status rows and the
// dashboard, the duplicate-id check, the refiling's check for unjudged products, `record`) is this much.
// A full Product or Filing is one of these, so those steps read loaded and released products alike.

type Evidence = NonNullable<Product['evidence']>;
type Updates = NonNullable<NonNullable<Product['security']>['updates']>;
type Label = NonNullable<Filing['label']>;
type ChangeLogEntry = NonNullable<Filing['changes']>[number];

/** What is kept of a valid product.yaml once the product is judged. */
export interface ManifestSummary extends Pick<Product, 'id' | 'model' | 'category' | 'labels'> {
  evidence?: {
    test_report?: Pick<NonNullable<Evidence['test_report']>, 'date'>;
    pentest_report?: Pick<NonNullable<Evidence['pentest_report']>, 'date'>;
  };
  security?: { updates?: Pick<Updates, 'support_end'> };
}

/** What is kept of a valid filing.yaml once the product is judged. */
export interface FilingSummary extends Pick<Filing, 'scheme' | 'status' | 'status_since'> {
  label?: Pick<Label, 'stars' | 'filing_code' | 'valid_until'>;
  baseline?: Pick<NonNullable<Filing['baseline']>, 'stars'>;
  changes?: Pick<ChangeLogEntry, 'id' | 'status'>[];
}

/** A product's manifest and filing as read after judging: whole, or what was kept when it was released. */
export interface ProductSummary {
  manifest?: ManifestSummary;
  filing?: FilingSummary;
}

/** Only the summary's fields of a valid manifest and filing, copied (nothing else stays reachable). */
export function summarise(manifest: Product | undefined, filing: Filing | undefined): ProductSummary {
  return {
    ...(manifest ? { manifest: manifestSummary(manifest) } : {}),
    ...(filing ? { filing: filingSummary(filing) } : {}),
  };
}

function manifestSummary(m: Product): ManifestSummary {
  const test = m.evidence?.test_report?.date;
  const pentest = m.evidence?.pentest_report?.date;
  const supportEnd = m.security?.updates?.support_end;
  return {
    id: m.id,
    model: m.model,
    category: m.category,
    labels: m.labels.map((l) => ({ scheme: l.scheme, stars: l.stars })),
    ...(m.evidence
      ? {
          evidence: {
            ...(test !== undefined ? { test_report: { date: test } } : {}),
            ...(pentest !== undefined ? { pentest_report: { date: pentest } } : {}),
          },
        }
      : {}),
    ...(supportEnd !== undefined ? { security: { updates: { support_end: supportEnd } } } : {}),
  };
}

function filingSummary(f: Filing): FilingSummary {
  const label = f.label;
  return {
    scheme: f.scheme,
    status: f.status,
    ...(f.status_since !== undefined ? { status_since: f.status_since } : {}),
    ...(label
      ? {
          label: {
            ...(label.stars !== undefined ? { stars: label.stars } : {}),
            ...(label.filing_code !== undefined ? { filing_code: label.filing_code } : {}),
            ...(label.valid_until !== undefined ? { valid_until: label.valid_until } : {}),
          },
        }
      : {}),
    ...(f.baseline?.stars !== undefined ? { baseline: { stars: f.baseline.stars } } : {}),
    ...(f.changes ? { changes: f.changes.map((c) => ({ id: c.id, status: c.status })) } : {}),
  };
}
