import type { Report } from './model.js';

/** How much text {@link jsonReportChunks} gathers before it hands a piece to the writer. */
const CHUNK_CHARS = 64 * 1024;

/** The JSON report: stable key order, two-space indent, trailing newline. */
export function renderJson(report: Report): string {
  return [...jsonReportChunks(report)].join('');
}

/**
 * The JSON report in pieces of about 64 KiB, one product after another: joined, byte for byte
 * `JSON.stringify(report, null, 2)` and a newline. A writer streams them, so an audit of thousands of
 * products never holds its whole report as one string (nor the parts JSON.stringify builds it from).
 */
export function* jsonReportChunks(report: Report): Generator<string> {
  let pending = '';
  for (const piece of pieces(report)) {
    pending += piece;
    if (pending.length >= CHUNK_CHARS) {
      yield pending;
      pending = '';
    }
  }
  if (pending !== '') yield pending;
}

/**
 * The report's top-level members as JSON.stringify writes them, each array item (a product, a finding)
 * on its own. Nested text only needs its lines indented: a JSON string holds no raw line break.
 */
function* pieces(report: Report): Generator<string> {
  // JSON.stringify leaves out members whose value is undefined; the report holds nothing else it drops.
  const members = Object.entries(report).filter(([, value]) => value !== undefined);
  if (members.length === 0) {
    yield '{}\n';
    return;
  }
  let first = true;
  for (const [key, value] of members) {
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      yield indent(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    let firstItem = true;
    for (const item of value as unknown[]) {
      // An undefined item is null in an array, as JSON.stringify writes it.
      yield `${firstItem ? '[' : ','}\n    ${indent(JSON.stringify(item ?? null, null, 2), '    ')}`;
      firstItem = false;
    }
    yield '\n  ]';
  }
  yield '\n}\n';
}

function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`);
}
