/**
 * Configuration and data files with unknown keys and values of the wrong type. A broken `.labelguard.yml`
 * stops labelguard (exit 2) naming the file, line and column; a broken product or filing fails that product
 * with a located `data.schema` error; nothing is ignored silently.
 */
import { lineCount, lineOf, type DeclaredCase } from './declared.js';
import { baseFiles, CONFIG_FILE, FILING_FILE, PRODUCT_FILE, SBOM_FILE, type Content, type Expected } from './support.js';

export interface ConfigCase extends DeclaredCase {
  changes: () => Record<string, Content>;
  outcome: Expected;
}

const product = () => baseFiles()[PRODUCT_FILE] as string;
const filing = () => baseFiles()[FILING_FILE] as string;

const config = (
  id: string,
  input: string,
  text: string,
  line: number,
  column: number,
  message: string,
  dist = false,
): ConfigCase => ({
  id,
  ...(dist && { dist }),
  input: `.labelguard.yml: ${input}`,
  expected: `exit 2, \`.labelguard.yml:${line}:${column}\` ${message}`,
  changes: () => ({ [CONFIG_FILE]: text }),
  outcome: {
    kind: 'usage-error',
    message: /invalid configuration in \.labelguard\.yml/,
    detail: new RegExp(`\\.labelguard\\.yml:${line}:${column}: ${message.replace(/[()[\]{}.*+?^$|\\]/g, '\\$&')}`),
  },
});

const schema = (file: string, line: number, message: RegExp): Expected => ({ kind: 'finding', rule: 'data.schema', file, line, message });

export const configCases: ConfigCase[] = [
  config('config-unknown-key', 'an unknown top-level key `fail_on:`', 'packs: [cn-ccl]\nfail_on: never\n', 2, 1, "unknown key 'fail_on' in the document", true),
  config('config-nested-unknown-key', 'a misspelt `policy.fail_onn`', 'policy:\n  fail_onn: never\n', 2, 3, "unknown key 'fail_onn' in 'policy'"),
  config('config-wrong-enum', '`policy.fail_on: sometimes`', 'policy:\n  fail_on: sometimes\n', 2, 12, "'policy.fail_on' must be one of: unrecorded-material, error, warning, never"),
  config('config-string-for-list', '`packs: cn-ccl` (a string, not a list)', 'packs: cn-ccl\n', 1, 8, "'packs' must be array"),
  config('config-list-for-bool', '`policy.warn_only: [yes]`', 'policy:\n  warn_only: [yes]\n', 2, 14, "'policy.warn_only' must be boolean"),
  config('config-number-for-string', '`products: 5`', 'products: 5\n', 1, 11, "'products' must be string"),
  config('config-bad-date', 'a waiver expiring `2027-02-30`', 'waivers:\n  - rule: CCL-UPD-003\n    product: cam-x1\n    justification: x\n    approver: y\n    expires: 2027-02-30\n', 6, 14, "'waivers.0.expires' must be a valid date (YYYY-MM-DD)"),
  config('config-max-open-zero', '`refiling.max_open: 0`', 'refiling:\n  max_open: 0\n', 2, 13, "'refiling.max_open' must be >= 1 (config schema)"),
  config('config-proto-key', 'a `__proto__:` key', '__proto__:\n  polluted: yes\n', 1, 1, "unknown key '__proto__' in the document"),
  config('config-not-a-map', 'a list instead of a mapping', '- packs\n- policy\n', 1, 1, 'the document must be object'),
  {
    id: 'sbom-schema-error-policy',
    input: '`policy.sbom_schema: error` and a product SBOM that breaks the CycloneDX schema (`serialNumber: 5`)',
    expected: 'error `sbom.schema`: the configured severity holds for the product’s SBOM too, so the product fails',
    changes: () => {
      const sbom = JSON.parse(baseFiles()[SBOM_FILE] as string) as Record<string, unknown>;
      return { [CONFIG_FILE]: 'policy:\n  sbom_schema: error\n', [SBOM_FILE]: JSON.stringify({ ...sbom, serialNumber: 5 }, null, 2) };
    },
    outcome: { kind: 'finding', rule: 'sbom.schema', file: SBOM_FILE, message: /serialNumber|must be string/ },
  },
  {
    id: 'product-unknown-key',
    input: 'product.yaml: an unknown key `firmware.versoin`',
    expected: "error `data.schema` \"unknown key 'versoin'\" at its line",
    changes: () => ({ [PRODUCT_FILE]: product().replace(/^firmware:\n/m, 'firmware:\n  versoin: 9.9.9\n') }),
    outcome: schema(PRODUCT_FILE, lineOf(product(), 'firmware:') + 1, /unknown key 'versoin' in 'firmware'/),
  },
  {
    id: 'product-wrong-type',
    input: 'product.yaml: `labels[0].stars: three`',
    expected: "error `data.schema` \"'labels.0.stars' must be integer\" at its line",
    changes: () => ({ [PRODUCT_FILE]: product().replace(/stars: 3/, 'stars: three') }),
    outcome: schema(PRODUCT_FILE, lineOf(product(), 'stars: 3'), /'labels\.0\.stars' must be integer/),
  },
  {
    id: 'product-missing-key',
    input: 'product.yaml without `firmware`',
    expected: "error `data.schema` \"missing required key 'firmware'\"",
    changes: () => ({ [PRODUCT_FILE]: product().replace(/^firmware:\n( {2}.*\n)+/m, '') }),
    outcome: schema(PRODUCT_FILE, 1, /missing required key 'firmware'/),
  },
  {
    id: 'product-object-for-string',
    input: 'product.yaml: `model: {name: CAM-X1}`',
    expected: "error `data.schema` \"'model' must be string\"",
    changes: () => ({ [PRODUCT_FILE]: product().replace(/^model: CAM-X1$/m, 'model: { name: CAM-X1 }') }),
    outcome: schema(PRODUCT_FILE, 2, /'model' must be string/),
  },
  {
    id: 'filing-wrong-status',
    input: 'filing.yaml: `status: approved` (not a status)',
    expected: "error `data.schema` \"'status' must be one of …\" at its line",
    changes: () => ({ [FILING_FILE]: filing().replace(/^status: granted$/m, 'status: approved') }),
    outcome: schema(FILING_FILE, lineOf(filing(), 'status: granted'), /'status' must be one of/),
  },
  {
    id: 'filing-unknown-key',
    input: 'filing.yaml: an unknown top-level key',
    expected: "error `data.schema` \"unknown key 'approved_by'\"",
    changes: () => ({ [FILING_FILE]: `${filing()}approved_by: nobody\n` }),
    outcome: schema(FILING_FILE, lineCount(filing()) + 1, /unknown key 'approved_by'/),
  },
];
