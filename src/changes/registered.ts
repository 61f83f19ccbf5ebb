import type { Baseline, Filing, Product } from '../schemas/index.js';

/** The label items as registered: the baseline's own copy first, else the filing's label block. */
export interface RegisteredLabel {
  model?: string;
  /** The catalogue category filed under (the label's implementation rules are per category). */
  category?: string;
  producer?: string;
  lab?: string;
  standard?: string;
  stars?: number;
}

/** The registered state every current value is compared with. */
export interface RegisteredState {
  scheme: string;
  hardware: Baseline['hardware'];
  firmware: Baseline['firmware'];
  security?: Baseline['security'];
  label: RegisteredLabel;
}

/** The registered state of a filing, or undefined when nothing was registered yet (no baseline). */
export function registeredState(filing: Filing | undefined): RegisteredState | undefined {
  const b = filing?.baseline;
  if (!filing || !b) return undefined;
  const l = filing.label ?? {};
  const label: RegisteredLabel = {};
  const model = b.model ?? l.model;
  const producer = b.producer ?? l.producer;
  const lab = b.lab ?? l.lab;
  const standard = b.standard ?? l.standard;
  const stars = b.stars ?? l.stars;
  if (model !== undefined) label.model = model;
  if (b.category !== undefined) label.category = b.category;
  if (producer !== undefined) label.producer = producer;
  if (lab !== undefined) label.lab = lab;
  if (standard !== undefined) label.standard = standard;
  if (stars !== undefined) label.stars = stars;
  return {
    scheme: filing.scheme,
    hardware: b.hardware,
    firmware: b.firmware,
    ...(b.security ? { security: b.security } : {}),
    label,
  };
}

/** Index of the product's label entry for a scheme (schemes compare case-insensitively), or -1. */
export function labelIndex(product: Product, scheme: string): number {
  const want = scheme.toLowerCase();
  return product.labels.findIndex((l) => l.scheme.toLowerCase() === want);
}
