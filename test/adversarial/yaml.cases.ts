/**
 * Hostile YAML for product.yaml, filing.yaml and .labelguard.yml. Large and deep inputs are built when the
 * case runs, never stored. Product and filing problems become located error findings (the product fails,
 * the others are still judged); a broken configuration stops labelguard with exit code 2.
 */
import { expect } from 'vitest';
import { baseFiles, CONFIG_FILE, FILING_FILE, PRODUCT_FILE, type CheckResult, type Expected } from './support.js';
import { lineCount, type DeclaredCase } from './declared.js';
import { parseYamlFile } from '../../src/load/yaml-file.js';
import type { Product } from '../../src/schemas/index.js';

export interface YamlCase extends DeclaredCase {
  file: typeof PRODUCT_FILE | typeof FILING_FILE | typeof CONFIG_FILE;
  content: () => string | Buffer;
  outcome: Expected;
  /** Further checks of the result beyond the declared outcome. */
  verify?: (result: CheckResult) => void;
}

const product = () => baseFiles()[PRODUCT_FILE] as string;
const filing = () => baseFiles()[FILING_FILE] as string;

/** Nine levels of nine aliases: 387 million strings once expanded ("billion laughs"). */
function aliasBomb(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 8; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const deep = 100_000;
const tooDeep = (line: number): Expected => ({
  kind: 'finding',
  rule: 'data.too-deep',
  file: PRODUCT_FILE,
  line,
  message: /nesting deeper than 64 levels/,
});
const syntax = (file: string, line: number, message: RegExp): Expected => ({
  kind: 'finding',
  rule: 'data.yaml-syntax',
  file,
  line,
  message,
});
const unknownKey = (file: string, line: number, key: string): Expected => ({
  kind: 'finding',
  rule: 'data.schema',
  file,
  line,
  message: new RegExp(`unknown key '${key.replace(/[$^]/g, '\\$&')}'`),
});

export const yamlCases: YamlCase[] = [
  {
    id: 'alias-bomb',
    input: 'product.yaml: 9 × 9 nested aliases ("billion laughs")',
    expected: 'error `data.yaml-syntax`: too many alias expansions; nothing expanded',
    file: PRODUCT_FILE,
    content: aliasBomb,
    outcome: syntax(PRODUCT_FILE, 1, /alias count/i),
    dist: true,
  },
  {
    id: 'alias-bomb-config',
    input: '.labelguard.yml: the same alias bomb',
    expected: 'exit 2, `.labelguard.yml:1:1`',
    file: CONFIG_FILE,
    content: aliasBomb,
    outcome: { kind: 'usage-error', message: /invalid configuration/, detail: /\.labelguard\.yml:1:1: .*alias count/i },
  },
  {
    id: 'deep-flow-sequences',
    input: `product.yaml: ${deep.toLocaleString('en')} nested flow sequences \`[[[…]]]\``,
    expected: 'error `data.too-deep` at line 1, no stack overflow',
    file: PRODUCT_FILE,
    content: () => `${'['.repeat(deep)}${']'.repeat(deep)}\n`,
    outcome: tooDeep(1),
    dist: true,
  },
  {
    id: 'deep-flow-maps',
    input: `product.yaml: ${deep.toLocaleString('en')} nested flow maps \`{a: {a: …}}\``,
    expected: 'error `data.too-deep` at line 1',
    file: PRODUCT_FILE,
    content: () => `${'{a: '.repeat(deep)}1${'}'.repeat(deep)}\n`,
    outcome: tooDeep(1),
  },
  {
    id: 'deep-compact-sequences',
    input: `product.yaml: ${deep.toLocaleString('en')} compact block sequences \`- - - … x\``,
    expected: 'error `data.too-deep` at line 1',
    file: PRODUCT_FILE,
    content: () => `${'- '.repeat(deep)}x\n`,
    outcome: tooDeep(1),
  },
  {
    id: 'deep-block-maps',
    input: 'product.yaml: 2,000 nested block maps, one per indented line',
    expected: 'error `data.too-deep`, located inside the file',
    file: PRODUCT_FILE,
    content: () => Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + '\n',
    outcome: { kind: 'finding', rule: 'data.too-deep', file: PRODUCT_FILE, message: /nesting deeper than 64/ },
  },
  {
    id: 'just-too-deep',
    input: 'product.yaml: 65 nested maps under a new key (one past the limit of 64)',
    expected: 'error `data.too-deep` at the line of the innermost level',
    file: PRODUCT_FILE,
    content: () => `${product()}extra:\n${Array.from({ length: 65 }, (_, i) => `${'  '.repeat(i + 1)}a${i + 1}:`).join('\n')} x\n`,
    outcome: tooDeep(lineCount(product()) + 66),
  },
  {
    id: 'duplicate-key',
    input: 'product.yaml: `model:` twice',
    expected: 'error `data.yaml-syntax` "duplicate key" at the second `model:`',
    file: PRODUCT_FILE,
    content: () => `${product()}model: CAM-X2\n`,
    outcome: syntax(PRODUCT_FILE, lineCount(product()) + 1, /duplicate key/),
  },
  {
    id: 'duplicate-key-filing',
    input: 'filing.yaml: `status:` twice (granted, then cancelled)',
    expected: 'error `data.yaml-syntax` at the second `status:`; neither value is used',
    file: FILING_FILE,
    content: () => `${filing()}status: cancelled\n`,
    outcome: syntax(FILING_FILE, lineCount(filing()) + 1, /duplicate key/),
  },
  {
    id: 'proto-key',
    input: 'product.yaml: top-level `__proto__: {polluted: yes}`',
    expected: "error `data.schema` \"unknown key '__proto__'\" at its line; no prototype changed",
    file: PRODUCT_FILE,
    content: () => `${product()}__proto__:\n  polluted: yes\n`,
    outcome: unknownKey(PRODUCT_FILE, lineCount(product()) + 1, '__proto__'),
  },
  {
    id: 'constructor-key',
    input: 'product.yaml: `constructor: {prototype: {polluted: yes}}`',
    expected: "error `data.schema` \"unknown key 'constructor'\" at its line",
    file: PRODUCT_FILE,
    content: () => `${product()}constructor:\n  prototype:\n    polluted: yes\n`,
    outcome: unknownKey(PRODUCT_FILE, lineCount(product()) + 1, 'constructor'),
  },
  {
    id: 'nested-proto-key',
    input: 'filing.yaml: `__proto__` inside `label`',
    expected: "error `data.schema` \"unknown key '__proto__'\" in `label`",
    file: FILING_FILE,
    content: () => filing().replace('label:\n', 'label:\n  __proto__:\n    isAdmin: true\n'),
    outcome: { kind: 'finding', rule: 'data.schema', file: FILING_FILE, message: /unknown key '__proto__' in 'label'/ },
  },
  {
    id: 'invalid-utf8',
    input: 'product.yaml: bytes FF FE inside the model name (line 5)',
    expected: 'error `data.encoding` at line 5, column 8',
    file: PRODUCT_FILE,
    content: () => {
      const rest = product()
        .split('\n')
        .filter((l) => !/^(id|model):/.test(l))
        .join('\n');
      return Buffer.concat([Buffer.from('id: cam-x1\n# one\n# two\n# three\nmodel: '), Buffer.from([0xff, 0xfe]), Buffer.from(`\n${rest}`)]);
    },
    outcome: { kind: 'finding', rule: 'data.encoding', file: PRODUCT_FILE, line: 5, column: 8, message: /not valid UTF-8/ },
  },
  {
    id: 'utf16',
    input: 'product.yaml saved as UTF-16 with a byte-order mark',
    expected: 'error `data.encoding` at line 1, column 1',
    file: PRODUCT_FILE,
    content: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(product(), 'utf16le')]),
    outcome: { kind: 'finding', rule: 'data.encoding', file: PRODUCT_FILE, line: 1, column: 1, message: /UTF-8/ },
  },
  {
    id: 'replacement-character',
    input: 'product.yaml: a claim whose text really contains U+FFFD',
    expected: 'read as written (no false "not UTF-8"); the product passes',
    file: PRODUCT_FILE,
    content: () => replacementCharacterProduct(),
    outcome: { kind: 'passes' },
    // A judged product keeps its report, not its parsed manifest: the claim is read back the way the
    // loader reads it (from the file's bytes).
    verify: () => {
      const read = parseYamlFile(PRODUCT_FILE, Buffer.from(replacementCharacterProduct()));
      expect(Array.isArray(read) ? read : (read.value as Product).security?.secure_boot?.root_of_trust).toBe(
        'SoC eFuse \uFFFD key hash',
      );
    },
  },
  {
    id: 'fifty-megabytes',
    input: 'product.yaml of 50 MB (one long quoted string)',
    expected: 'error `data.too-large` at 1:1, refused before parsing',
    file: PRODUCT_FILE,
    content: () => Buffer.concat([Buffer.from('id: cam-x1\nmodel: "'), Buffer.alloc(50 * 1024 * 1024, 0x78), Buffer.from('"\n')]),
    outcome: { kind: 'finding', rule: 'data.too-large', file: PRODUCT_FILE, line: 1, column: 1, message: /larger than 4194304 bytes/ },
    dist: true,
  },
  {
    id: 'wide-characters',
    input: 'product.yaml: 1.5 million CJK characters (4.5 MB of UTF-8)',
    expected: 'error `data.too-large`: the limit counts bytes, not characters',
    file: PRODUCT_FILE,
    content: () => `${product()}model_aliases: ["${'网'.repeat(1_500_000)}"]\n`,
    outcome: { kind: 'finding', rule: 'data.too-large', file: PRODUCT_FILE, line: 1, message: /larger than/ },
  },
  {
    id: 'custom-tag',
    input: 'product.yaml: `model: !custom x`',
    expected: 'error `data.yaml-syntax` "unsupported YAML tag" at its line',
    file: PRODUCT_FILE,
    content: () => product().replace(/^model: (.*)$/m, 'model: !custom $1'),
    outcome: syntax(PRODUCT_FILE, 2, /unsupported YAML tag: !custom/),
  },
  {
    id: 'js-function-tag',
    input: 'product.yaml: `model: !!js/function "function () {}"`',
    expected: 'error `data.yaml-syntax` "unsupported YAML tag"; nothing evaluated',
    file: PRODUCT_FILE,
    content: () => product().replace(/^model: .*$/m, 'model: !!js/function "function () { return 1 }"'),
    outcome: syntax(PRODUCT_FILE, 2, /unsupported YAML tag: tag:yaml.org,2002:js\/function/),
  },
  {
    id: 'binary-tag',
    input: 'product.yaml: `model: !!binary …` (a YAML 1.1 type)',
    expected: 'error `data.yaml-syntax` "unsupported YAML tag", no Buffer reaches validation',
    file: PRODUCT_FILE,
    content: () => product().replace(/^model: .*$/m, 'model: !!binary Q0FNLVgx'),
    outcome: syntax(PRODUCT_FILE, 2, /unsupported YAML tag: tag:yaml.org,2002:binary/),
  },
  {
    id: 'set-tag',
    input: 'product.yaml: `model_aliases: !!set {…}` (a YAML 1.1 set)',
    expected: 'error `data.yaml-syntax` "unsupported YAML tag", no Set reaches validation',
    file: PRODUCT_FILE,
    content: () => product().replace(/^model_aliases:\n {2}- cam-x1-fw$/m, 'model_aliases: !!set { cam-x1-fw }'),
    outcome: syntax(PRODUCT_FILE, 3, /unsupported YAML tag: tag:yaml.org,2002:set/),
  },
  {
    id: 'complex-key',
    input: 'product.yaml: a mapping key that is a list (`? [a, b]`)',
    expected: 'error `data.yaml-syntax` "mapping key must be a plain value" at its line',
    file: PRODUCT_FILE,
    content: () => `${product()}? [a, b]\n: c\n`,
    outcome: syntax(PRODUCT_FILE, lineCount(product()) + 1, /mapping key must be a plain value/),
  },
  {
    id: 'merge-key',
    input: 'product.yaml: a `<<: *anchor` merge key (YAML 1.1 only)',
    expected: "error `data.schema` \"unknown key '<<'\": no hidden merge",
    file: PRODUCT_FILE,
    content: () => `${product()}extra: &x {model: CAM-EVIL}\n<<: *x\n`,
    outcome: unknownKey(PRODUCT_FILE, lineCount(product()) + 2, '<<'),
  },
  {
    id: 'two-documents',
    input: 'product.yaml: a second document after `---`',
    expected: 'error `data.yaml-syntax` at the `---` line',
    file: PRODUCT_FILE,
    content: () => `${product()}---\nid: other\n`,
    outcome: syntax(PRODUCT_FILE, lineCount(product()) + 1, /multiple documents/),
  },
  {
    id: 'garbage-lines',
    input: 'product.yaml: 2,000 lines of broken YAML',
    expected: 'at most 20 located `data.yaml-syntax` errors, the last saying how many more',
    file: PRODUCT_FILE,
    content: () => Array.from({ length: 2_000 }, (_, i) => `k${i}: [unclosed, {x: ]`).join('\n'),
    outcome: syntax(PRODUCT_FILE, 1, /./),
    verify: (r) => {
      const problems = r.kind === 'report' ? r.findings.filter((f) => f.file === PRODUCT_FILE) : [];
      expect(problems.length).toBeLessThanOrEqual(20);
      expect(problems.at(-1)?.message).toMatch(/and \d+ more YAML errors/);
    },
  },
  {
    id: 'empty-file',
    input: 'product.yaml: empty',
    expected: 'error `data.schema`: the document must be a mapping',
    file: PRODUCT_FILE,
    content: () => '',
    outcome: { kind: 'finding', rule: 'data.schema', file: PRODUCT_FILE, line: 1, message: /the document must be object/ },
  },
];

function replacementCharacterProduct(): string {
  return product().replace(/^(\s+root_of_trust: ).*$/m, '$1SoC eFuse \uFFFD key hash');
}
