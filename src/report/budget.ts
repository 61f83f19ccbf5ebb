// GitHub refuses a comment body over 65,536 characters and fails the step when a job summary passes
// 1 MiB (src/markdown/limits.ts), so a report is rendered in full, measured, and degraded one step at a time until it fits.

/** Where a Markdown report is going. */
export type MarkdownMode = 'comment' | 'summary';

/**
 * How much of a report is shown, from everything to the bare blocking items:
 * 0 everything; 1 passing products as one line each; 2 without non-blocking findings;
 * 3 shortened (no recorded changes, sources, hints; passing products only counted);
 * 4 one line per blocking finding and unrecorded material change, nothing else.
 */
export type Detail = 0 | 1 | 2 | 3 | 4;

export const detailLevels: readonly Detail[] = [0, 1, 2, 3, 4];

/**
 * The size of a body as GitHub counts it against the limit: UTF-16 code units for comments (never fewer
 * than the characters GitHub counts), UTF-8 bytes for job summaries, whose limit is in bytes.
 */
export function sizeOf(text: string, mode: MarkdownMode): number {
  return mode === 'summary' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** The unit `sizeOf` counts in, for messages. */
export function sizeUnit(mode: MarkdownMode): string {
  return mode === 'summary' ? 'bytes' : 'characters';
}

/** The first rendering, in the given order, that fits; undefined when none does. */
export function firstThatFits<T>(
  levels: readonly T[],
  render: (level: T) => string,
  fits: (text: string) => boolean,
): { level: T; text: string } | undefined {
  for (const level of levels) {
    const text = render(level);
    if (fits(text)) return { level, text };
  }
  return undefined;
}

/**
 * Head, as many lines as fit, and a tail that says how many lines were left out. Lines are taken in
 * order, so the caller decides what matters most. Never longer than the budget: when not even the head
 * and tail fit, the text is cut.
 */
export function fillLines(
  head: string,
  lines: readonly string[],
  tail: (omitted: number) => string,
  fits: (text: string) => boolean,
  cut: (text: string) => string,
): string {
  const compose = (n: number) =>
    [head, ...lines.slice(0, n), tail(lines.length - n)].filter((s) => s !== '').join('\n');
  // Binary search for the most lines that fit: the tail's length depends on the count left out.
  let lo = 0;
  let hi = lines.length;
  if (!fits(compose(0))) return cut(compose(0));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(compose(mid))) lo = mid;
    else hi = mid - 1;
  }
  return compose(lo);
}

/** Cut text so that it fits, by code points, ending with an ellipsis. */
export function cutToFit(text: string, fits: (text: string) => boolean): string {
  if (fits(text)) return text;
  const points = Array.from(text);
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${points.slice(0, mid).join('')}…`)) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${points.slice(0, lo).join('')}…`;
}

/** A count with thousands separators, the same on every machine. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 finding" / "2 findings". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
