// Benchmarks of the rule engine. Run with tsx:
//   npx tsx scripts/bench/rules.ts            rule evaluations per second on 1,000 generated products, and the
//                                             share of check time (load YAML + validate + evaluate) in rules
//   npx tsx scripts/bench/rules.ts --engines  the CEL engine comparison recorded in src/expr/README.md
// Timings vary by machine; nothing here asserts on them.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { validateAgainst } from '../../src/load/validate.js';
import { parseYamlFile, type YamlFile } from '../../src/load/yaml-file.js';
import {
  evaluateProduct,
  loadRulePacks,
  readiness,
  type PackSource,
  type RulePack,
} from '../../src/rules/index.js';
import type { Component, Inventory } from '../../src/sbom/types.js';
import type { Filing, Product } from '../../src/schemas/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const now = '2026-11-20';

/** A deterministic pseudo-random sequence, so every run benchmarks the same repository. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hex(r: () => number): string {
  let s = '';
  for (let i = 0; i < 64; i++) s += Math.floor(r() * 16).toString(16);
  return s;
}

/** One product consistent with the schema; features vary so that rules pass, fail and miss data. */
function generateProduct(
  i: number,
  r: () => number,
): { product: Product; filing: Filing; inventory: Inventory } {
  const id = `cam-${String(i).padStart(4, '0')}`;
  const version = `2.${Math.floor(r() * 10)}.${Math.floor(r() * 10)}`;
  const revision = ['A1', 'B2', 'C1'][Math.floor(r() * 3)]!;
  const stars = 1 + Math.floor(r() * 3);
  const image = hex(r);
  const product = {
    id,
    model: `CAM-${i}`,
    category: r() < 0.98 ? 'consumer_network_camera' : 'smart_speaker',
    manufacturer: { name: 'Acme Vision Co., Ltd.', country: 'CN' },
    labels:
      r() < 0.5
        ? [{ scheme: 'cn-ccl', stars }]
        : [
            { scheme: 'cn-ccl', stars },
            { scheme: 'etsi-en-303-645', stars: 1 },
          ],
    hardware: { revision, parts: [{ part: 'SoC', role: 'soc', mpn: 'HI3516EV300' }] },
    firmware: { version, image_sha256: image },
    sbom: 'sbom.cdx.json',
    security: {
      authentication: {
        default_credential_mode: r() < 0.9 ? 'unique_per_device' : 'universal',
        ...(r() < 0.8 ? { unique_credential_mechanism: 'TRNG' } : {}),
        password_policy: {
          min_length: 6 + Math.floor(r() * 8),
          min_character_classes: 1 + Math.floor(r() * 3),
        },
        brute_force_protection: r() < 0.9,
      },
      vulnerability_disclosure: {
        policy_url: 'https://acme.example/security',
        contact: 'security@acme.example',
        ack_days: 5,
        status_update_days: 30,
      },
      updates: {
        mechanism: 'ota-https',
        signed: r() < 0.95,
        signature_alg: r() < 0.9 ? 'ECDSA-P256-SHA256' : 'RSA-1024-SHA1',
        auto_install_default: true,
        support_end: r() < 0.9 ? '2031-12-31' : '2026-01-01',
        security_update_sla_days: 30 + Math.floor(r() * 90),
      },
      crypto: { tls_versions: ['TLS1.2', 'TLS1.3'], algorithms: ['AES-128-GCM'] },
      network_services: [
        {
          name: 'https',
          port: 443,
          protocol: 'tcp',
          exposure: 'cloud',
          auth_required: true,
          encrypted: true,
          component: 'lighttpd',
        },
        {
          name: 'rtsp',
          port: 554,
          protocol: 'tcp',
          exposure: r() < 0.9 ? 'lan' : 'wan',
          auth_required: r() < 0.9,
          encrypted: false,
          component: 'live555',
        },
      ],
      ...(r() < 0.9
        ? { debug_interfaces: [{ name: 'UART', state: r() < 0.9 ? 'disabled' : 'enabled' }] }
        : {}),
      secure_boot: { enabled: r() < 0.8, root_of_trust: 'eFuse' },
      storage: { csp_protection: 'secure element', hardcoded_secrets: r() < 0.05 },
      logging: { security_audit_log: r() < 0.8 },
      privacy: {
        sensors: ['camera', 'microphone'],
        pi_notice_url: 'https://acme.example/privacy',
        user_data_erase: true,
      },
      input_validation: { attested: true, test_reference: 'TR-1' },
    },
    evidence: {
      test_report: {
        file: 'evidence/test-report.pdf',
        sha256: hex(r),
        date: '2026-05-20',
        lab: 'Acme Security Lab',
        lab_type: 'in_house',
        covers: { firmware_versions: [version], hardware_revisions: r() < 0.9 ? [revision] : ['A0'] },
      },
      declaration: {
        file: 'evidence/declaration.pdf',
        sha256: hex(r),
        date: '2026-06-10',
        signed_by: 'Li Wei',
      },
      ...(stars === 3
        ? {
            pentest_report: {
              file: 'evidence/pentest.pdf',
              sha256: hex(r),
              date: r() < 0.8 ? '2026-06-01' : '2025-06-01',
              lab: 'Example Lab',
              lab_type: 'third_party',
              accreditation_id: 'CNAS L0000',
              covers: { firmware_versions: [version], hardware_revisions: [revision] },
              open_findings: { critical: 0, high: r() < 0.9 ? 0 : 1 },
            },
            threat_model: { file: 'evidence/tm.md', sha256: hex(r), date: '2026-04-01' },
            sdl_policy: { file: 'evidence/sdl.md', sha256: hex(r), date: '2026-03-15' },
            binary_analysis: {
              file: 'evidence/ba.json',
              sha256: hex(r),
              date: '2026-06-02',
              image_sha256: image,
              unexplained_components: 0,
            },
          }
        : {}),
    },
  } as Product;
  const filing = {
    product: id,
    scheme: 'cn-ccl',
    status: 'granted',
    filed_at: '2026-07-15',
    label: {
      producer: 'Acme Vision Co., Ltd.',
      model: `CAM-${i}`,
      stars,
      valid_from: '2026-07-20',
      valid_until: r() < 0.95 ? '2029-07-19' : '2027-01-10',
      lab: 'Acme Security Lab',
      standard: 'TC260 camera practice guide',
      filing_code: `CCL-2026-${String(i).padStart(6, '0')}`,
    },
    verification_url: `https://filing.example.cn/ccl/${i}`,
    baseline: {
      filing_id: '2026-07-15',
      hardware: { revision },
      firmware: { version, image_sha256: image },
      sbom: { file: 'filings/2026-07-15/sbom.cdx.json', digest: `sha256:${hex(r)}` },
    },
  } as Filing;
  const component = (type: string, name: string, v: string): Component => ({
    type,
    name,
    version: v,
    purl: `pkg:generic/${name}@${v}`,
    hashes: [],
    properties: [],
    licenses: [],
    path: [],
  });
  const components = [
    component('operating-system', 'linux', '5.10.186'),
    component('library', 'openssl', r() < 0.9 ? '3.5.1' : '1.1.1w'),
    component('application', 'lighttpd', '1.4.76'),
    component('application', 'live555', '2024.05.05'),
    component('application', 'busybox', '1.36.1'),
    ...(r() < 0.1 ? [component('application', 'dropbear', '2022.83')] : []),
  ];
  for (let k = 0; k < 40; k++) components.push(component('library', `lib${k}`, `1.${k}`));
  const inventory: Inventory = {
    specVersion: '1.6',
    format: 'json',
    metadata: {
      component: component('firmware', `CAM-${i}`, version),
      manufacturer: 'Acme Vision Co., Ltd.',
    },
    components,
    services: [],
    dependencies: [],
    cryptoAssetCount: 0,
  };
  return { product, filing, inventory };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The built-in packs' files read into memory, so that timing covers parsing, not the disk. */
function builtinTexts(): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const name of ['cn-ccl', 'etsi-en-303-645']) {
    const dir = join(root, 'rules', name);
    out.set(name, Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])));
  }
  return out;
}

function ms(t: number): string {
  return `${t.toFixed(1)} ms`;
}

/** Rule evaluations per second over 1,000 generated products, and the share of check time spent in rules. */
// eslint-disable-next-line @typescript-eslint/require-await -- every bench has this async interface; this one needs no I/O
export async function benchRules(): Promise<{ lines: string[] }> {
  const r = random(42);
  const generated = Array.from({ length: 1000 }, (_, i) => generateProduct(i, r));
  const productTexts = generated.map((g) => stringify(g.product));
  const filingTexts = generated.map((g) => stringify(g.filing));
  const texts = builtinTexts();
  const open = (spec: { name: string } | { path: string }): PackSource | undefined => {
    const files = 'name' in spec ? texts.get(spec.name) : undefined;
    return (
      files && {
        root: `rules/${'name' in spec ? spec.name : ''}`,
        files: Object.keys(files),
        read: (f) => files[f],
      }
    );
  };

  const t0 = performance.now();
  const { packs, problems } = loadRulePacks([{ name: 'cn-ccl' }, { name: 'etsi-en-303-645' }], open);
  if (problems.length > 0) throw new Error(`built-in packs do not load: ${problems[0]!.message}`);
  const t1 = performance.now();
  const docs: { product: YamlFile; filing: YamlFile }[] = [];
  for (let i = 0; i < generated.length; i++) {
    const product = parseYamlFile(`products/${i}/product.yaml`, productTexts[i]!);
    const filing = parseYamlFile(`products/${i}/filing.yaml`, filingTexts[i]!);
    if (Array.isArray(product) || Array.isArray(filing)) throw new Error('generated YAML does not parse');
    const invalid = [...validateAgainst('product', product), ...validateAgainst('filing', filing)];
    if (invalid.length > 0) throw new Error(`generated product ${i} is invalid: ${invalid[0]!.message}`);
    docs.push({ product, filing });
  }
  const t2 = performance.now();
  const evaluateAll = () => {
    let evaluations = 0;
    let findings = 0;
    for (let i = 0; i < docs.length; i++) {
      const { product, filing } = docs[i]!;
      const evaluation = evaluateProduct(packs, {
        product: product.value as Product,
        filing: filing.value as Filing,
        inventory: generated[i]!.inventory,
        now,
        locate: (doc, path) => (doc === 'product' ? product : filing).locate(path),
      });
      readiness(evaluation, packs);
      evaluations += evaluation.outcomes.filter((o) => o.status !== 'not-applicable').length;
      findings += evaluation.findings.length;
    }
    return { evaluations, findings };
  };
  const { evaluations, findings } = evaluateAll();
  const t3 = performance.now();
  // A second pass over the same products shows the engine once the JIT has warmed up (long-running use).
  evaluateAll();
  const warm = performance.now() - t3;
  const rules = packs.reduce((n, p) => n + p.rules.length, 0);
  const evaluate = t3 - t2;
  const total = t3 - t0;
  return {
    lines: [
      `products: ${docs.length} generated; rules: ${rules} in ${packs.length} packs; rule evaluations: ${evaluations}; findings: ${findings}`,
      `load rule packs from YAML:                 ${ms(t1 - t0)}`,
      `parse + validate product.yaml/filing.yaml: ${ms(t2 - t1)}`,
      `evaluate rules (SBOM facts, readiness):    ${ms(evaluate)}`,
      `rule evaluations per second:               ${Math.round(evaluations / (evaluate / 1000)).toLocaleString('en-US')} (second pass, warm: ${Math.round(evaluations / (warm / 1000)).toLocaleString('en-US')})`,
      `share of check time spent in rules:        ${((100 * evaluate) / total).toFixed(1)} % (load packs + rules: ${((100 * (evaluate + t1 - t0)) / total).toFixed(1)} %)`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Engine comparison: @bufbuild/cel 0.6.1 against @marcbachmann/cel-js 8.0.0 (the engine src/expr uses).

interface ConformanceValue {
  kind: { case: string | undefined; value: unknown };
}
interface ConformanceTest {
  name: string;
  original: {
    name: string;
    expr: string;
    container: string;
    checkOnly: boolean;
    disableMacros: boolean;
    bindings: Record<string, { kind: { case: string | undefined; value: unknown } }>;
    resultMatcher: { case: string | undefined; value?: unknown };
  };
}
interface ConformanceSuite {
  name: string;
  suites: ConformanceSuite[];
  tests: ConformanceTest[];
}

// Suites that exercise the core language (no protobuf messages, enums, wrappers or extension libraries).
const coreSuites = [
  'basic',
  'comparisons',
  'conversions',
  'fields',
  'fp_math',
  'integer_math',
  'lists',
  'logic',
  'macros',
  'macros2',
  'parse',
  'plumbing',
  'string',
  'timestamps',
];
const protobufOnly =
  /google\.|TestAllTypes|cel\.expr|NestedMessage|NestedEnum|GlobalEnum|\.Msg|proto|Int32Value|Any\b/;
class Unsupported extends Error {}

type Engine = {
  name: string;
  /** Evaluate with bindings; 'ERROR' for any error, else a canonical rendering of the value. */
  run(expr: string, bindings: Record<string, ConformanceValue>): string;
};

function canonExpected(v: ConformanceValue): string {
  const { case: k, value } = v.kind;
  switch (k) {
    case 'nullValue':
      return 'null';
    case 'boolValue':
      return `bool:${String(value)}`;
    case 'int64Value':
      return `int:${String(value)}`;
    case 'uint64Value':
      return `uint:${String(value)}`;
    case 'doubleValue':
      return `double:${Object.is(value, -0) ? '0' : String(value)}`;
    case 'stringValue':
      return `string:${JSON.stringify(value)}`;
    case 'bytesValue':
      return `bytes:${Buffer.from(value as Uint8Array).toString('hex')}`;
    case 'listValue':
      return `[${(value as { values: ConformanceValue[] }).values.map(canonExpected).join(',')}]`;
    case 'mapValue':
      return `{${(value as { entries: { key: ConformanceValue; value: ConformanceValue }[] }).entries
        .map((e) => `${canonExpected(e.key)}=>${canonExpected(e.value)}`)
        .sort()
        .join(',')}}`;
    default:
      throw new Unsupported(String(k));
  }
}

async function engines(): Promise<Engine[]> {
  const buf = await import('@bufbuild/cel');
  const { strings } = await import('@bufbuild/cel/ext');
  const marc = await import('@marcbachmann/cel-js');
  const marcEval = (await import('@marcbachmann/cel-js/evaluator')) as unknown as {
    UnsignedInt: new (v: bigint) => unknown;
  };
  const benv = buf.celEnv({ funcs: strings });
  const toInput = (lib: 'buf' | 'marc', v: ConformanceValue): unknown => {
    const { case: k, value } = v.kind;
    switch (k) {
      case 'nullValue':
        return null;
      case 'boolValue':
      case 'int64Value':
      case 'doubleValue':
      case 'stringValue':
      case 'bytesValue':
        return value;
      case 'uint64Value':
        return lib === 'buf' ? buf.celUint(value as bigint) : new marcEval.UnsignedInt(value as bigint);
      case 'listValue': {
        const items = (value as { values: ConformanceValue[] }).values.map((x) => toInput(lib, x));
        return lib === 'buf' ? buf.celList(items as never[]) : items;
      }
      case 'mapValue': {
        const m = new Map<unknown, unknown>();
        for (const e of (value as { entries: { key: ConformanceValue; value: ConformanceValue }[] })
          .entries) {
          m.set(toInput(lib, e.key), toInput(lib, e.value));
        }
        return lib === 'buf' ? buf.celMap(m as never) : m;
      }
      default:
        throw new Unsupported(String(k));
    }
  };
  const canon = (v: unknown): string => {
    if (v === null) return 'null';
    if (typeof v === 'boolean') return `bool:${v}`;
    if (typeof v === 'bigint') return `int:${v}`;
    if (typeof v === 'number') return `double:${Object.is(v, -0) ? '0' : String(v)}`;
    if (typeof v === 'string') return `string:${JSON.stringify(v)}`;
    if (v instanceof Uint8Array) return `bytes:${Buffer.from(v).toString('hex')}`;
    if (buf.isCelUint(v)) return `uint:${v.value}`;
    if (v instanceof marcEval.UnsignedInt) return `uint:${String((v as { valueOf(): unknown }).valueOf())}`;
    if (buf.isCelList(v) || Array.isArray(v))
      return `[${[...(v as Iterable<unknown>)].map(canon).join(',')}]`;
    if (buf.isCelMap(v) || v instanceof Map) {
      return `{${[...(v as Map<unknown, unknown>).entries()]
        .map(([a, b]) => `${canon(a)}=>${canon(b)}`)
        .sort()
        .join(',')}}`;
    }
    if (typeof v === 'object' && v.constructor === Object) {
      return `{${Object.entries(v)
        .map(([a, b]) => `${canon(a)}=>${canon(b)}`)
        .sort()
        .join(',')}}`;
    }
    return `other:${(v as object).constructor.name}`;
  };
  const bindingsFor = (lib: 'buf' | 'marc', b: Record<string, ConformanceValue>) =>
    Object.fromEntries(Object.entries(b).map(([n, v]) => [n, toInput(lib, v)]));
  return [
    {
      name: '@bufbuild/cel 0.6.1',
      run: (expr, b) => {
        const input = bindingsFor('buf', b);
        try {
          const r = buf.plan(benv, buf.parse(expr))(input as never);
          return buf.isCelError(r) ? 'ERROR' : canon(r);
        } catch {
          return 'ERROR';
        }
      },
    },
    {
      name: '@marcbachmann/cel-js 8.0.0',
      run: (expr, b) => {
        const input = bindingsFor('marc', b);
        try {
          const env = new marc.Environment({
            unlistedVariablesAreDyn: true,
            homogeneousAggregateLiterals: false,
            enableOptionalTypes: true,
          });
          return canon(env.evaluate(expr, input));
        } catch {
          return 'ERROR';
        }
      },
    },
  ];
}

async function conformance(): Promise<string[]> {
  const testdata = (await import('@bufbuild/cel-spec/testdata/tests.js')) as unknown as {
    getConformanceSuite: () => ConformanceSuite;
  };
  const list = await engines();
  const stats = list.map(() => ({
    pass: 0,
    total: 0,
    silentlyWrong: 0,
    passNoMacros2: 0,
    totalNoMacros2: 0,
  }));
  for (const suite of testdata.getConformanceSuite().suites) {
    if (!coreSuites.includes(suite.name)) continue;
    for (const section of suite.suites) {
      for (const test of section.tests) {
        const t = test.original;
        if (t.container || t.checkOnly || t.disableMacros || protobufOnly.test(t.expr)) continue;
        if (Object.values(t.bindings).some((b) => b.kind.case !== 'value')) continue;
        let expected: string;
        try {
          const m = t.resultMatcher;
          if (m.case === 'value') expected = canonExpected(m.value as ConformanceValue);
          else if (m.case === 'evalError' || m.case === 'anyEvalErrors') expected = 'ERROR';
          else if (m.case === undefined) expected = 'bool:true';
          else continue;
        } catch (e) {
          if (e instanceof Unsupported) continue;
          throw e;
        }
        const bindings = Object.fromEntries(
          Object.entries(t.bindings).map(([n, b]) => [n, b.kind.value as ConformanceValue]),
        );
        list.forEach((engine, i) => {
          let got: string;
          try {
            got = engine.run(t.expr, bindings);
          } catch (e) {
            if (e instanceof Unsupported) return;
            throw e;
          }
          const s = stats[i]!;
          s.total++;
          if (suite.name !== 'macros2') s.totalNoMacros2++;
          if (got === expected) {
            s.pass++;
            if (suite.name !== 'macros2') s.passNoMacros2++;
          } else if (got !== 'ERROR') s.silentlyWrong++;
        });
      }
    }
  }
  return list.map((e, i) => {
    const s = stats[i]!;
    const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
    return `${e.name.padEnd(28)} conformance ${s.pass}/${s.total} (${pct(s.pass, s.total)} %); without two-variable macros ${s.passNoMacros2}/${s.totalNoMacros2} (${pct(s.passNoMacros2, s.totalNoMacros2)} %); wrong value instead of an error: ${s.silentlyWrong}`;
  });
}

/** Compile every built-in rule condition with both engines and evaluate them on one product. */
async function speed(packs: RulePack[]): Promise<string[]> {
  const buf = await import('@bufbuild/cel');
  const { strings } = await import('@bufbuild/cel/ext');
  const marc = await import('@marcbachmann/cel-js');
  const { expressionFunctions } = await import('../../src/expr/index.js');
  const { prepareInput } = await import('../../src/expr/index.js');
  const { categoryInput, effectiveThresholds, sbomFacts } = await import('../../src/rules/index.js');
  const r = random(7);
  const { product, filing, inventory } = generateProduct(1, r);
  const pack = packs[0]!;
  const raw = {
    product,
    filing,
    sbom: sbomFacts(inventory, pack.softwareRoles, { now }),
    thresholds: effectiveThresholds(pack, categoryInput(pack, product.category)),
    now,
    scheme: pack.scheme,
    stars: 3,
    category: categoryInput(pack, product.category),
  };
  const context = (prepareInput(raw) as unknown as Record<symbol, Record<string, unknown>>)[
    Object.getOwnPropertySymbols(prepareInput(raw))[0]!
  ]!;
  const sources = packs.flatMap((p) => p.rules.map((x) => x.condition.source));
  const S = buf.CelScalar;
  const days = (a: string, b: string) => BigInt(Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000));
  const bufFuncs = [
    ...strings,
    buf.celFunc('days_between', [S.STRING, S.STRING], S.INT, days),
    buf.celFunc('add_days', [S.STRING, S.INT], S.STRING, (d: string, n: bigint) =>
      new Date(Date.parse(d) + Number(n) * 86_400_000).toISOString().slice(0, 10),
    ),
    buf.celFunc('add_months', [S.STRING, S.INT], S.STRING, (d: string, n: bigint) => {
      const t = new Date(Date.parse(d));
      t.setUTCMonth(t.getUTCMonth() + Number(n));
      return t.toISOString().slice(0, 10);
    }),
  ];
  const benv = buf.celEnv({ funcs: bufFuncs });
  const menv = new marc.Environment({ enableOptionalTypes: true });
  for (const name of Object.keys(raw)) menv.registerVariable(name, 'dyn');
  for (const f of expressionFunctions)
    menv.registerFunction(f.signature, f.handler as (...a: unknown[]) => unknown);

  const lines: string[] = [];
  const bufPrograms: ((ctx: never) => unknown)[] = [];
  let t = performance.now();
  let unparsable = 0;
  for (const s of sources) {
    try {
      bufPrograms.push(buf.plan(benv, buf.parse(s)));
    } catch {
      unparsable++;
    }
  }
  const bufCompile = performance.now() - t;
  t = performance.now();
  const marcPrograms = sources.map((s) => menv.parse(s));
  const marcCompile = performance.now() - t;
  const marcParsable = sources.filter((s) => !s.includes('.?'));
  const marcSubset = marcParsable.map((s) => menv.parse(s));
  const rounds = 2000;
  const time = (programs: ((ctx: never) => unknown)[]) => {
    const once = () => {
      for (const p of programs) {
        try {
          p(context as never);
        } catch {
          // a missing field is an error value in one engine and a throw in the other; both count as evaluated
        }
      }
    };
    for (let i = 0; i < 200; i++) once();
    const start = performance.now();
    for (let i = 0; i < rounds; i++) once();
    return (rounds * programs.length) / ((performance.now() - start) / 1000);
  };
  const rate = (n: number) => Math.round(n).toLocaleString('en-US');
  lines.push(
    `built-in rule conditions: ${sources.length}; using optional chaining (.?), which @bufbuild/cel 0.6.1 cannot parse: ${unparsable}`,
  );
  lines.push(
    `compile all parsable conditions: @bufbuild/cel ${ms(bufCompile)} (${bufPrograms.length}), @marcbachmann/cel-js ${ms(marcCompile)} (${marcPrograms.length})`,
  );
  lines.push(
    `evaluate the ${bufPrograms.length} conditions both parse: @bufbuild/cel ${rate(time(bufPrograms))}/s, @marcbachmann/cel-js ${rate(time(marcSubset as never))}/s`,
  );
  lines.push(
    `evaluate all ${marcPrograms.length} conditions: @marcbachmann/cel-js ${rate(time(marcPrograms as never))}/s`,
  );
  return lines;
}

/** The engine comparison behind src/expr/README.md: conformance subset, and speed on the built-in rules. */
export async function benchEngines(): Promise<{ lines: string[] }> {
  const texts = builtinTexts();
  const { packs } = loadRulePacks([{ name: 'cn-ccl' }, { name: 'etsi-en-303-645' }], (spec) => {
    const files = 'name' in spec ? texts.get(spec.name) : undefined;
    return files && { root: 'rules', files: Object.keys(files), read: (f) => files[f] };
  });
  return { lines: [...(await conformance()), ...(await speed(packs))] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const run = process.argv.includes('--engines') ? benchEngines : benchRules;
  for (const line of (await run()).lines) console.log(line);
}
