import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Location } from '../core/finding.js';
import { LoadProblem } from './problem.js';

/** A path into a YAML or JSON document: keys and array indexes. */
export type DocPath = readonly (string | number)[];

/** A parsed YAML file that can say where any value in it stands. */
export interface YamlFile {
  file: string;
  value: unknown;
  /** Line and column of the value at `path` (or of its key), or of its nearest existing parent. */
  locate(path: DocPath, at?: 'value' | 'key'): Location;
}

/** Caps that keep a hostile file from exhausting memory or time. */
export const yamlLimits = { maxBytes: 4 * 1024 * 1024, maxAliasCount: 100, maxDepth: 64 };

/** Parse a YAML file strictly (unique keys, no custom tags, bounded aliases) keeping source positions. */
export function parseYamlFile(file: string, text: string): YamlFile | LoadProblem[] {
  if (text.length > yamlLimits.maxBytes) {
    return [
      new LoadProblem(
        'data.too-large',
        { file, line: 1, column: 1 },
        `file is larger than ${yamlLimits.maxBytes} bytes`,
        'Product data files are small; check that the right file is referenced.',
      ),
    ];
  }
  if (text.includes('\uFFFD')) {
    return [
      new LoadProblem(
        'data.encoding',
        { file, line: 1, column: 1 },
        'file is not valid UTF-8',
        'Save the file as UTF-8.',
      ),
    ];
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
    version: '1.2',
  });
  const problems: LoadProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const message = e.message.split('\n')[0] ?? e.message;
    problems.push(
      new LoadProblem(
        'data.yaml-syntax',
        { file, line: pos.line, column: pos.col },
        yamlMessage(e.code, message),
        yamlHint(e.code),
      ),
    );
  }
  if (problems.length > 0) return problems;
  const depthProblem = checkDepth(doc, file, lineCounter);
  if (depthProblem) return [depthProblem];
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: yamlLimits.maxAliasCount });
  } catch (e) {
    return [
      new LoadProblem(
        'data.yaml-syntax',
        { file, line: 1, column: 1 },
        (e as Error).message,
        'Avoid YAML aliases that expand to large documents.',
      ),
    ];
  }
  return { file, value, locate: (path, at = 'value') => locateIn(doc, lineCounter, file, path, at) };
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return `duplicate key: ${message.replace(/ at line.*$/, '')}`;
  if (code === 'TAG_RESOLVE_FAILED')
    return `unsupported YAML tag: ${message.replace(/^Unresolved tag: /, '').replace(/ at line.*$/, '')}`;
  return `invalid YAML: ${message.replace(/ at line \d+, column \d+:?$/, '')}`;
}

function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY')
    return 'Each key may appear once in a mapping; remove or merge the duplicate.';
  if (code === 'TAG_RESOLVE_FAILED') return 'labelguard reads plain YAML; remove the custom tag.';
  return 'Fix the YAML syntax at this position (indentation, quotes, colons).';
}

/** Reject pathologically deep documents before converting them, so toJS cannot overflow the stack. */
function checkDepth(doc: Document, file: string, lc: LineCounter): LoadProblem | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > yamlLimits.maxDepth) {
      const at = lc.linePos((node as Node).range?.[0] ?? 0);
      return new LoadProblem(
        'data.too-deep',
        { file, line: at.line, column: at.col },
        `nesting deeper than ${yamlLimits.maxDepth} levels`,
        'Product data is shallow; flatten the structure.',
      );
    }
    if (isMap(node)) for (const pair of node.items) stack.push({ node: pair.value, depth: depth + 1 });
    else if (isSeq(node)) for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
  }
  return undefined;
}

function locateIn(
  doc: Document,
  lc: LineCounter,
  file: string,
  path: DocPath,
  at: 'value' | 'key',
): Location {
  let node: unknown = doc.contents;
  let best = node as Node | null;
  for (const [i, key] of path.entries()) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key),
      );
      // Point at the value when there is one, else at the key (e.g. `key:` with nothing after it).
      const wantKey = at === 'key' && i === path.length - 1;
      next = pair ? (wantKey ? pair.key : (pair.value ?? pair.key)) : undefined;
    } else if (isSeq(node) && typeof key === 'number') {
      next = node.items[key];
    }
    if (next === undefined || next === null) break;
    node = next;
    best = next as Node;
  }
  const offset = best?.range?.[0] ?? 0;
  const pos = lc.linePos(offset);
  return { file, line: pos.line, column: pos.col };
}
