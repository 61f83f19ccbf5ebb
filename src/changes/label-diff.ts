import type { Product } from '../schemas/index.js';
import { difference, type Difference } from './difference.js';
import { labelIndex, type RegisteredState } from './registered.js';

/**
 * Differences in the items printed on the label: model (item 2), producer (item 1), testing lab
 * (item 5), standard (item 6) and star level (item 3) of the filing's scheme, and the catalogue category
 * whose implementation rules the label follows. An item the filing never
 * registered is not compared: there is nothing to differ from.
 */
export function diffLabel(registered: RegisteredState, product: Product): Difference[] {
  const out: Difference[] = [];
  const r = registered.label;
  const i = labelIndex(product, registered.scheme);
  const target = i === -1 ? undefined : product.labels[i];
  const item = (
    field: string,
    from: string | undefined,
    to: string | undefined,
    path: (string | number)[],
  ) => {
    if (from === undefined || from === to) return;
    out.push(
      difference({
        kind: `label.${field}`,
        category: 'label',
        change: to === undefined ? 'removed' : 'changed',
        subject: `label ${field}`,
        from,
        to,
        field,
        site: { doc: 'product', path },
      }),
    );
  };
  item('model', r.model, product.model, ['model']);
  item('category', r.category, product.category, ['category']);
  item('producer', r.producer, product.manufacturer.name, ['manufacturer', 'name']);
  item('lab', r.lab, product.evidence?.test_report?.lab, ['evidence', 'test_report', 'lab']);
  // Only a manifest that states the standard can differ from the registered one.
  const standard = target ? optionalString(target, 'standard') : undefined;
  if (standard !== undefined) item('standard', r.standard, standard, ['labels', i, 'standard']);
  if (r.stars !== undefined && r.stars !== target?.stars) {
    const to = target?.stars;
    out.push(
      difference({
        kind: 'label.stars',
        category: 'label',
        change: to === undefined ? 'removed' : 'changed',
        subject: `${registered.scheme} star level`,
        from: String(r.stars),
        to: to === undefined ? undefined : String(to),
        field: 'stars',
        aspects: to === undefined ? ['scheme-dropped'] : [to > r.stars ? 'raised' : 'lowered'],
        site: { doc: 'product', path: i === -1 ? ['labels'] : ['labels', i, 'stars'] },
      }),
    );
  }
  return out;
}

// The manifest's label entries carry no standard field yet; read one when a later schema adds it.
function optionalString(o: object, key: string): string | undefined {
  const v = (o as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}
