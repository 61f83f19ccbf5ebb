import {
  CST,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { Location } from '../core/finding.js';
import { decodeUtf8 } from '../core/utf8.js';
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

/**
 * Caps that keep a hostile file from exhausting memory or time. Bytes alone do not bound memory: the
 * parser keeps about 2 KB per node, so 4 MiB of `[],[],…` (1.4 million nodes) took 2 GB and 17 s;
 * 20,000 nodes take about 60 MB and under a second, and the largest real files have a few thousand.
 */
export const yamlLimits = {
  maxBytes: 4 * 1024 * 1024,
  maxNodes: 20_000,
  /** Tokens other than spaces, newlines and comments: stray `]`, `,`, `&a`, `!t` or `---` build no node but each cost as much. */
  maxTokens: 40_000,
  maxAliasCount: 100,
  maxDepth: 64,
  maxProblems: 20,
};

/**
 * Parse a YAML file strictly (unique keys, no custom tags, bounded aliases) keeping source positions.
 * Given bytes, the size limit is checked before decoding and invalid UTF-8 is located at its byte; given
 * text (already decoded by the caller), a U+FFFD is taken as the mark of a lossy decode.
 */
export function parseYamlFile(file: string, input: string | Uint8Array): YamlFile | LoadProblem[] {
  // Bytes, not UTF-16 units: 4 MiB of CJK text is 12 MiB on disk.
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > yamlLimits.maxBytes) {
    return [
      new LoadProblem(
        'data.too-large',
        { file, line: 1, column: 1 },
        `file is larger than ${yamlLimits.maxBytes} bytes (${size} bytes)`,
        'Product data files are small; check that the right file is referenced.',
      ),
    ];
  }
  const decoded = typeof input === 'string' ? decodedText(file, input) : decodeBytes(file, input);
  if (decoded instanceof LoadProblem) return [decoded];
  const text = decoded;
  const crowded = scanTokens(file, text);
  if (crowded) return [crowded];
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      version: '1.2',
      // Without this, explicit `!!binary`, `!!set`, `!!omap`, `!!pairs` and `!!timestamp` still resolve and
      // hand the schema validator a Buffer, Set, Map or Date where plain JSON data was promised.
      resolveKnownTags: false,
    });
  } catch (e) {
    // The parser catches its own stack overflows today; should one escape, it is still a too-deep file.
    if (e instanceof RangeError) return [tooDeep({ file, line: 1, column: 1 })];
    throw e;
  }
  const problems: LoadProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    // Located here rather than with the parser's prettyErrors, which quotes context for every error and
    // took 30 s on a file of 60,000 stray anchors.
    const pos = lineCounter.linePos(e.pos[0]);
    const at = { file, line: pos.line, column: pos.col };
    // The parser turns a stack overflow on absurdly deep nesting into one error per level: report it once,
    // as the nesting problem it is.
    if (e.code === 'RESOURCE_EXHAUSTION') {
      return [tooDeep(at)];
    }
    const message = e.message.split('\n')[0] ?? e.message;
    problems.push(new LoadProblem('data.yaml-syntax', at, yamlMessage(e.code, message), yamlHint(e.code)));
  }
  if (problems.length > yamlLimits.maxProblems) {
    // A binary or garbled file yields an error per line; the first few say everything there is to say.
    const rest = problems.length - yamlLimits.maxProblems;
    const last = problems[yamlLimits.maxProblems - 1]!;
    return [
      ...problems.slice(0, yamlLimits.maxProblems - 1),
      new LoadProblem(
        'data.yaml-syntax',
        last.at,
        `${last.message} (and ${rest} more YAML errors)`,
        'Check that this is a YAML text file; fix the first error and run again.',
      ),
    ];
  }
  if (problems.length > 0) return problems;
  const shapeProblem = checkShape(doc, file, lineCounter);
  if (shapeProblem) return [shapeProblem];
  let value: unknown;
  try {
    value = ownStrings(doc.toJS({ maxAliasCount: yamlLimits.maxAliasCount, reviver: datesAsText }));
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

/**
 * Replace every string in a parsed value with a copy of its own. The parser's strings are slices of the
 * file's text, and one kept slice keeps the whole text alive: an audit that keeps each product's manifest
 * and filing after judging it kept every product.yaml and filing.yaml whole. (A reviver cannot do this:
 * the parser stores a revived value only when it differs, and an equal string does not.)
 */
function ownStrings(value: unknown): unknown {
  // A round trip through JSON builds a new string; slicing or concatenating may hand back the slice.
  const copy = (s: string) => JSON.parse(JSON.stringify(s)) as string;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (typeof x === 'string') o[k] = copy(x);
      else if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  return typeof value === 'string' ? copy(value) : value;
}

/**
 * A file that declares `%YAML 1.1` gets that version's implicit timestamps: an unquoted 2026-07-01 becomes a
 * Date. The schemas describe dates as YYYY-MM-DD text (what YAML 1.2 and JSON give), so a date read either
 * way validates the same: a timestamp at midnight UTC turns back into its day, any other into ISO 8601.
 */
export function datesAsText(_key: unknown, value: unknown): unknown {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
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

// Tokens that begin a node (or a pair, whose key or value may be empty) in the lexer's stream.
const nodeTokens = new Set<string>([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'block-scalar-header',
  'alias',
  'flow-map-start',
  'flow-seq-start',
  'seq-item-ind',
  'map-value-ind',
  'explicit-key-ind',
]);

const layoutTokens = new Set<string>(['space', 'newline', 'comment']);

/**
 * Count nodes and tokens with the lexer, which streams tokens without building anything, and refuse the
 * file at the first one past its limit, before the parser builds a single node.
 */
function scanTokens(file: string, text: string): LoadProblem | undefined {
  let nodes = 0;
  let tokens = 0;
  let offset = 0;
  // Nesting the lexer can see: flow collections, and block indicators on one line (`- - - x`). Deeper
  // nesting by indentation is caught after parsing (checkShape), within the token limit.
  let flowDepth = 0;
  let lineDepth = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'newline') lineDepth = 0;
    else if (type === 'flow-seq-start' || type === 'flow-map-start') flowDepth++;
    else if (type === 'flow-seq-end' || type === 'flow-map-end') flowDepth = Math.max(0, flowDepth - 1);
    // The lexer leaves flow mode when a line is not indented enough to continue it, unclosed or not.
    else if (type === 'flow-error-end') flowDepth = 0;
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind') lineDepth++;
    if (flowDepth + lineDepth > yamlLimits.maxDepth) {
      const { line, column } = lineColumnOf(text, offset);
      return tooDeep({ file, line, column });
    }
    if (type && !layoutTokens.has(type)) {
      const tooMany =
        nodeTokens.has(type) && ++nodes > yamlLimits.maxNodes
          ? `more than ${yamlLimits.maxNodes.toLocaleString('en-US')} YAML values`
          : ++tokens > yamlLimits.maxTokens
            ? `more than ${yamlLimits.maxTokens.toLocaleString('en-US')} YAML tokens`
            : undefined;
      if (tooMany) {
        const { line, column } = lineColumnOf(text, offset);
        return new LoadProblem(
          'data.too-many-nodes',
          { file, line, column },
          `${tooMany} in one file`,
          'Product data, filings, configuration and rule packs have a few thousand values at most; check that this is the right file, or split it.',
        );
      }
    }
    offset += token.length;
  }
  return undefined;
}

/** The problem for nesting beyond {@link yamlLimits.maxDepth}. */
function tooDeep(at: Location): LoadProblem {
  return new LoadProblem(
    'data.too-deep',
    at,
    `nesting deeper than ${yamlLimits.maxDepth} levels`,
    'Product data is shallow; flatten the structure.',
  );
}

/**
 * Reject pathologically deep documents before converting them, so toJS cannot overflow the stack, and
 * mapping keys that are not plain scalars: a key that is a list or a map would be turned into a string
 * (with a warning on the console) instead of being reported.
 */
function checkShape(doc: Document, file: string, lc: LineCounter): LoadProblem | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  const at = (node: unknown): Location => {
    const pos = lc.linePos((node as Node | null)?.range?.[0] ?? 0);
    return { file, line: pos.line, column: pos.col };
  };
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > yamlLimits.maxDepth) return tooDeep(at(node));
    if (isMap(node)) {
      for (const pair of node.items) {
        if (pair.key !== null && !isScalar(pair.key)) {
          return new LoadProblem(
            'data.yaml-syntax',
            at(pair.key),
            'a mapping key must be a plain value, not a list, a map or an alias',
            'Write keys as plain words (snake_case); labelguard data has no complex keys.',
          );
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
  }
  return undefined;
}

/** Text the caller decoded: a U+FFFD is what a lossy decoder leaves where the bytes were not UTF-8. */
function decodedText(file: string, text: string): string | LoadProblem {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return text;
  return encodingProblem(file, lineColumnOf(text, at));
}

/** Decode UTF-8 strictly; invalid bytes are reported at the line and column where they start. */
function decodeBytes(file: string, bytes: Uint8Array): string | LoadProblem {
  const r = decodeUtf8(bytes);
  // Everything before the first bad byte is valid, so it tells the line and column.
  return r.ok ? r.text : encodingProblem(file, lineColumnOf(r.before, r.before.length));
}

function encodingProblem(file: string, pos: { line: number; column: number }): LoadProblem {
  return new LoadProblem(
    'data.encoding',
    { file, ...pos },
    'file is not valid UTF-8',
    'Save the file as UTF-8 (labelguard reads no other encoding).',
  );
}

/** 1-based line and column (in code points) of UTF-16 offset `at` of text. */
function lineColumnOf(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
  return { line, column };
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
