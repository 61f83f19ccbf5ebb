// The "regenerate evidence" checkboxes of the dashboard issue. labelguard renders one box per product
// between two hidden markers, each line in one exact shape that carries the product id in a hidden
// comment. Ticking a box in GitHub changes only `[ ]` to `[x]`, so a ticked box is recognised by
// rendering the line again for its id and comparing: a line a person typed or edited is not ours.

/** Hidden markers around the checkbox list. */
export const REGENERATE_START = '<!-- labelguard:regenerate:start -->';
export const REGENERATE_END = '<!-- labelguard:regenerate:end -->';

/** Product ids that can appear in a checkbox line (the manifest schema's id pattern). */
const productId = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Whether labelguard renders a box for this product id. */
export function hasRegenerateBox(id: string): boolean {
  return productId.test(id);
}

/** The checkbox line of one product, exactly as labelguard renders it. */
export function regenerateLine(id: string, checked = false): string {
  if (!hasRegenerateBox(id)) throw new Error(`'${id}' is not a product id`);
  return `- [${checked ? 'x' : ' '}] Regenerate the evidence of \`${id}\` <!-- labelguard:regenerate product=${id} -->`;
}

const line =
  /^- \[([ xX])\] Regenerate the evidence of `([a-z0-9][a-z0-9._-]{0,63})` <!-- labelguard:regenerate product=\2 -->$/;

/**
 * The boxes of a body: product id → ticked, for lines between the markers that are exactly what
 * labelguard renders. A product whose box appears twice (a copied line) is left out.
 */
export function regenerateBoxes(body: string): Map<string, boolean> {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const boxes = new Map<string, boolean>();
  const repeated = new Set<string>();
  let inside = false;
  for (const raw of lines) {
    const text = raw.trimEnd();
    if (text === REGENERATE_START) inside = true;
    else if (text === REGENERATE_END) inside = false;
    else if (inside) {
      const m = line.exec(text);
      if (!m) continue;
      const id = m[2]!;
      if (boxes.has(id)) repeated.add(id);
      boxes.set(id, m[1] !== ' ');
    }
  }
  for (const id of repeated) boxes.delete(id);
  return boxes;
}

/**
 * Product ids whose regenerate box is ticked, sorted. With the body before the edit (the `issues: edited`
 * event's `changes.body.from`), only boxes that were there unticked before count: a box a person added,
 * or one that was already ticked, asks for nothing new.
 */
export function parseRegenerationRequests(body: string, previous?: string): string[] {
  const now = regenerateBoxes(body);
  const before = previous === undefined ? undefined : regenerateBoxes(previous);
  const ids: string[] = [];
  for (const [id, ticked] of now) {
    if (!ticked) continue;
    if (before && before.get(id) !== false) continue;
    ids.push(id);
  }
  return ids.sort();
}
