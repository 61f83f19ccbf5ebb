/** What every adversarial case and fault scenario declares next to its input, for the README table. */
export interface DeclaredCase {
  /** Stable id, unique within its list. */
  id: string;
  /** What is tried, in a few words. */
  input: string;
  /** The outcome the test asserts, in a few words. */
  expected: string;
  /** Also run through the built CLI (dist/cli.js), not only in-process. */
  dist?: boolean;
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`'${needle}' is not in the text`);
  return index + 1;
}

/** Number of lines of a text that ends with a newline (the line a key appended to it lands on, minus one). */
export function lineCount(text: string): number {
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}
