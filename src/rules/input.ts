// The object every rule expression reads, and the SBOM summary inside it. Which SBOM components are network
// daemons, crypto libraries or deny-listed cryptography comes from the pack's data (software-roles.yaml),
// never from code, so a new daemon or an end-of-life library branch is a data change.

import { compareText } from '../core/finding.js';
import { shape, shapeFromJsonSchema, type DeclaredInputs, type Shape } from '../expr/index.js';
import type { Component, Inventory } from '../sbom/index.js';
import { catalogueSchema, type Filing, filingSchema, type Product, productSchema } from '../schemas/index.js';
import { coverageFactsSchema, type CoverageFacts } from './coverage.js';
import type {
  CatalogueCategory,
  ComponentMatcher,
  RulePack,
  SoftwareRoles,
  ThresholdValue,
} from './types.js';

/** A known vulnerability of the product's software, with its VEX analysis state when there is one. */
export interface VulnerabilityRecord {
  id: string;
  /** CycloneDX rating severity: critical, high, medium, low, info, none, unknown. */
  severity: string;
  /** CycloneDX `analysis.state`; absent means not analysed yet (open). */
  state?: string;
  /** Date the vulnerability was published or first known, YYYY-MM-DD. */
  published?: string;
  /** Listed in a known-exploited-vulnerabilities catalogue. */
  kev?: boolean;
}

/** What rules may know about a product's SBOM: a summary, so rules never walk raw CycloneDX. */
export interface SbomFacts {
  /** An SBOM was referenced and could be read. */
  present: boolean;
  /** It passed CycloneDX schema validation. */
  schemaValid: boolean;
  specVersion: string;
  /** Components other than the described product itself (metadata.component). */
  componentCount: number;
  /** Software components without a version (`name` or `group/name`). */
  componentsWithoutVersion: string[];
  /** Software components with neither a purl nor a CPE. */
  componentsWithoutIdentity: string[];
  /** metadata.component name and version: the product and firmware the SBOM describes. */
  metadataName: string;
  metadataVersion: string;
  /** Versions of the SBOM's `firmware` components (the firmware may be described as a component of the device). */
  firmwareVersions: string[];
  /** metadata.manufacturer, else metadata.supplier, else the described component's manufacturer/supplier. */
  metadataManufacturer: string;
  /** Components in the `network-daemon` role, as `name` (lower case). */
  networkDaemons: string[];
  /** Components in the `crypto` role. */
  cryptoLibraries: { name: string; version: string }[];
  /** Components matching the pack's crypto deny-list: `name version: reason`. */
  deniedCrypto: string[];
  /** Names of cryptographic-asset components (algorithms, protocols), upper case. */
  cryptoAlgorithms: string[];
  /** Component names by role, for every role the pack declares. */
  roles: Record<string, string[]>;
  /** Counts of open (not resolved, not false positive, not "not affected") vulnerabilities. */
  vulnerabilities: { critical: number; high: number };
  openVulnerabilities: { id: string; severity: string; state: string; published: string; kev: boolean }[];
}

const closedStates = new Set(['resolved', 'resolved_with_pedigree', 'false_positive', 'not_affected']);

const sbomFactsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    present: { type: 'boolean' },
    schemaValid: { type: 'boolean' },
    specVersion: { type: 'string' },
    componentCount: { type: 'integer' },
    componentsWithoutVersion: { type: 'array', items: { type: 'string' } },
    componentsWithoutIdentity: { type: 'array', items: { type: 'string' } },
    metadataName: { type: 'string' },
    metadataVersion: { type: 'string' },
    firmwareVersions: { type: 'array', items: { type: 'string' } },
    metadataManufacturer: { type: 'string' },
    networkDaemons: { type: 'array', items: { type: 'string' } },
    cryptoLibraries: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { name: { type: 'string' }, version: { type: 'string' } },
      },
    },
    deniedCrypto: { type: 'array', items: { type: 'string' } },
    cryptoAlgorithms: { type: 'array', items: { type: 'string' } },
    roles: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    vulnerabilities: {
      type: 'object',
      additionalProperties: false,
      properties: { critical: { type: 'integer' }, high: { type: 'integer' } },
    },
    openVulnerabilities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          severity: { type: 'string' },
          state: { type: 'string' },
          published: { type: 'string' },
          kev: { type: 'boolean' },
        },
      },
    },
  },
} as const;

/** Summarise an SBOM for rules, recognising roles and deny-listed crypto from the pack's data. */
export function sbomFacts(
  inventory: Inventory | undefined,
  software: SoftwareRoles,
  options: { schemaValid?: boolean; vulnerabilities?: readonly VulnerabilityRecord[]; now?: string } = {},
): SbomFacts {
  const roles: Record<string, string[]> = {};
  for (const role of Object.keys(software.roles).sort()) roles[role] = [];
  const open = (options.vulnerabilities ?? [])
    .filter((v) => !closedStates.has(v.state ?? ''))
    .map((v) => ({
      id: v.id,
      severity: v.severity.toLowerCase(),
      state: v.state ?? '',
      published: v.published ?? '',
      kev: v.kev ?? false,
    }))
    .sort((a, b) => compareText(a.id, b.id));
  const vulnerabilities = {
    critical: open.filter((v) => v.severity === 'critical').length,
    high: open.filter((v) => v.severity === 'high').length,
  };
  if (!inventory) {
    return {
      present: false,
      schemaValid: false,
      specVersion: '',
      componentCount: 0,
      componentsWithoutVersion: [],
      componentsWithoutIdentity: [],
      metadataName: '',
      metadataVersion: '',
      firmwareVersions: [],
      metadataManufacturer: '',
      networkDaemons: [],
      cryptoLibraries: [],
      deniedCrypto: [],
      cryptoAlgorithms: [],
      roles,
      vulnerabilities,
      openVulnerabilities: open,
    };
  }
  const softwareTypes = new Set(software.software_types);
  const withoutVersion = new Set<string>();
  const withoutIdentity = new Set<string>();
  const cryptoLibraries = new Map<string, { name: string; version: string }>();
  const denied = new Set<string>();
  const algorithms = new Set<string>();
  const compiled = compiledRoles(software);
  // An entry with `since` denies only once that date has come (e.g. a branch's end of security support).
  const deny = compiled.denylist.filter(
    (d) => d.since === undefined || (options.now !== undefined && d.since <= options.now),
  );
  for (const c of inventory.components) {
    const label = c.group ? `${c.group}/${c.name}` : c.name;
    if (softwareTypes.has(c.type)) {
      if (!c.version) withoutVersion.add(label);
      if (!c.purl && !c.cpe) withoutIdentity.add(label);
    }
    if (c.type === 'cryptographic-asset') algorithms.add(c.name.toUpperCase());
    const keys = componentKeys(c);
    for (const role of rolesOf(c, keys, software, compiled)) {
      (roles[role] ??= []).push(keys.name);
      if (role === 'crypto')
        cryptoLibraries.set(`${keys.name}@${c.version ?? ''}`, { name: keys.name, version: c.version ?? '' });
    }
    for (const d of deny) {
      if (c.version !== undefined && d.matcher(keys) && d.version.test(c.version))
        denied.add(`${c.name} ${c.version}: ${d.reason}`);
    }
  }
  for (const role of Object.keys(roles)) roles[role] = [...new Set(roles[role])].sort();
  const meta = inventory.metadata;
  return {
    present: true,
    schemaValid: options.schemaValid ?? true,
    specVersion: inventory.specVersion,
    componentCount: inventory.components.length,
    componentsWithoutVersion: [...withoutVersion].sort(),
    componentsWithoutIdentity: [...withoutIdentity].sort(),
    metadataName: meta.component?.name ?? '',
    metadataVersion: meta.component?.version ?? '',
    firmwareVersions: [
      ...new Set(
        [meta.component, ...inventory.components].flatMap((c) =>
          c?.type === 'firmware' && c.version ? [c.version] : [],
        ),
      ),
    ].sort(),
    metadataManufacturer:
      meta.manufacturer ?? meta.supplier ?? meta.component?.manufacturer ?? meta.component?.supplier ?? '',
    networkDaemons: roles['network-daemon'] ?? [],
    cryptoLibraries: [...cryptoLibraries.values()].sort(
      (a, b) => compareText(a.name, b.name) || compareText(a.version, b.version),
    ),
    deniedCrypto: [...denied].sort(),
    cryptoAlgorithms: [...algorithms].sort(),
    roles,
    vulnerabilities,
    openVulnerabilities: open,
  };
}

/**
 * Security roles of an SBOM component. The SBOM author's own `ccl:role` property, when present, is the
 * whole answer (it may also say `library` or `none`); otherwise the pack's data recognises the
 * component by name, purl or CPE. Sorted.
 */
export function componentRoles(c: Component, software: SoftwareRoles | undefined): string[] {
  if (!software) return [...assignedRoles(c, 'ccl:role')].sort();
  return rolesOf(c, componentKeys(c), software, compiledRoles(software));
}

function rolesOf(
  c: Component,
  keys: ComponentKeys,
  software: SoftwareRoles,
  compiled: CompiledRoles,
): string[] {
  const assigned = assignedRoles(c, software.role_property || 'ccl:role');
  if (assigned.size > 0) return [...assigned].sort();
  return compiled.roles
    .filter(({ matcher }) => matcher(keys))
    .map(({ role }) => role)
    .sort();
}

function assignedRoles(c: Component, property: string): Set<string> {
  const out = new Set<string>();
  for (const p of c.properties) {
    if (p.name === property) for (const r of p.value.split(/[,\s]+/)) if (r) out.add(r.toLowerCase());
  }
  return out;
}

/** What matchers compare: lower-case name, purl without version, its last segment, CPE vendor:product. */
interface ComponentKeys {
  name: string;
  purl?: string;
  purlName?: string;
  cpe?: string;
}

function componentKeys(c: Pick<Component, 'name' | 'purl' | 'cpe'>): ComponentKeys {
  const purl = c.purl ? purlBase(c.purl) : undefined;
  const cpe = c.cpe ? cpeVendorProduct(c.cpe) : undefined;
  return {
    name: c.name.toLowerCase(),
    ...(purl ? { purl, purlName: purl.slice(purl.lastIndexOf('/') + 1) } : {}),
    ...(cpe ? { cpe } : {}),
  };
}

function compileMatcher(m: ComponentMatcher): (k: ComponentKeys) => boolean {
  const names = new Set((m.names ?? []).map((n) => n.toLowerCase()));
  const purls = (m.purls ?? []).map((g) => globToRegExp(g.toLowerCase()));
  const cpes = new Set((m.cpes ?? []).map((c) => c.toLowerCase()));
  return (k) =>
    names.has(k.name) ||
    (k.purlName !== undefined && names.has(k.purlName)) ||
    (k.purl !== undefined && purls.some((re) => re.test(k.purl!))) ||
    (k.cpe !== undefined && cpes.has(k.cpe));
}

interface CompiledRoles {
  roles: { role: string; matcher: (k: ComponentKeys) => boolean }[];
  denylist: { matcher: (k: ComponentKeys) => boolean; version: RegExp; since?: string; reason: string }[];
}

// Packs are loaded once per run and evaluated for many products: compile their matchers once.
const compiledCache = new WeakMap<SoftwareRoles, CompiledRoles>();

function compiledRoles(software: SoftwareRoles): CompiledRoles {
  let c = compiledCache.get(software);
  if (!c) {
    c = {
      roles: Object.entries(software.roles).map(([role, m]) => ({ role, matcher: compileMatcher(m) })),
      denylist: software.crypto_denylist.map((d) => ({
        matcher: compileMatcher(d),
        version: new RegExp(d.version_pattern),
        ...(d.since ? { since: d.since } : {}),
        reason: d.reason,
      })),
    };
    compiledCache.set(software, c);
  }
  return c;
}

const matcherCache = new WeakMap<ComponentMatcher, (k: ComponentKeys) => boolean>();

/** Whether a component matches a data matcher by name, purl name, purl glob or CPE vendor:product. */
export function matches(c: Pick<Component, 'name' | 'purl' | 'cpe'>, m: ComponentMatcher): boolean {
  let matcher = matcherCache.get(m);
  if (!matcher) {
    matcher = compileMatcher(m);
    matcherCache.set(m, matcher);
  }
  return matcher(componentKeys(c));
}

/** `pkg:type/namespace/name` of a purl, lower case, without version, qualifiers or subpath. */
function purlBase(purl: string): string {
  const cut = purl.search(/[@?#]/);
  const base = cut === -1 ? purl : purl.slice(0, cut);
  try {
    return decodeURIComponent(base).toLowerCase();
  } catch {
    // A malformed %-escape in third-party data: compare the purl as written rather than fail.
    return base.toLowerCase();
  }
}

/** `vendor:product` of a CPE 2.3 formatted string or a CPE 2.2 URI, lower case. */
function cpeVendorProduct(cpe: string): string | undefined {
  const parts = cpe.toLowerCase().split(':');
  if (parts[1] === '2.3' && parts.length >= 5) return `${parts[3]}:${parts[4]}`;
  if (parts[1]?.startsWith('/') && parts.length >= 4) return `${parts[2]}:${parts[3]}`;
  return undefined;
}

const globCache = new Map<string, RegExp>();
function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    re = new RegExp(
      `^${glob
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    globCache.set(glob, re);
  }
  return re;
}

/** The catalogue entry as rules see it: `known` says whether the pack's catalogue lists the category. */
export type CategoryInput = Omit<Partial<CatalogueCategory>, 'id'> & { id: string; known: boolean };

/** The object every rule expression reads. */
export interface RuleInput {
  product: Product;
  /** The product's filing for this scheme; `{ scheme, status: 'not-filed' }` when there is none. */
  filing: Filing;
  sbom: SbomFacts;
  /** The pack's thresholds after category and `.labelguard.yml` overrides. */
  thresholds: Record<string, ThresholdValue>;
  /** The date findings are judged against, YYYY-MM-DD. */
  now: string;
  scheme: string;
  /** The star level the product targets for this scheme. */
  stars: number;
  category: CategoryInput;
  /** The chain of recorded changes from the registered baseline to now (see coverage.ts). */
  coverage: CoverageFacts;
}

let productShape: Shape | undefined;
let filingShape: Shape | undefined;
let sbomShape: Shape | undefined;
let categoryShape: Shape | undefined;
let coverageShape: Shape | undefined;

/** The declared input shapes a pack's expressions are checked against. */
export function ruleInputShapes(thresholds: readonly { name: string; type: string }[]): DeclaredInputs {
  productShape ??= shapeFromJsonSchema(productSchema);
  filingShape ??= shapeFromJsonSchema(filingSchema);
  sbomShape ??= shapeFromJsonSchema(sbomFactsSchema);
  categoryShape ??= withKnown(shapeFromJsonSchema(catalogueSchema.properties.categories.items));
  coverageShape ??= shapeFromJsonSchema(coverageFactsSchema);
  const fields: Record<string, Shape> = {};
  for (const t of thresholds) fields[t.name] = thresholdShape(t.type);
  return {
    product: productShape,
    filing: filingShape,
    sbom: sbomShape,
    thresholds: shape.object(fields),
    now: shape.string,
    scheme: shape.string,
    stars: shape.int,
    category: categoryShape,
    coverage: coverageShape,
  };
}

function withKnown(s: Shape): Shape {
  return s.kind === 'object' ? { ...s, fields: { ...s.fields, known: shape.bool } } : s;
}

function thresholdShape(type: string): Shape {
  if (type === 'int') return shape.int;
  if (type === 'number') return shape.double;
  if (type === 'bool') return shape.bool;
  if (type === 'list') return shape.list(shape.string);
  return shape.string;
}

/** The catalogue entry for a category id, as rules see it. */
export function categoryInput(pack: RulePack, id: string): CategoryInput {
  if (!pack.catalogue) return { id, known: true };
  const entry = pack.catalogue.find((c) => c.id === id);
  if (!entry) return { id, known: false };
  const { sources: _sources, ...rest } = entry;
  return { ...rest, known: true };
}

/** Effective thresholds for one product: `.labelguard.yml` over the category's values over pack defaults. */
export function effectiveThresholds(pack: RulePack, category: CategoryInput): Record<string, ThresholdValue> {
  const out: Record<string, ThresholdValue> = {};
  for (const t of pack.thresholds) {
    out[t.name] = pack.thresholdOverrides[t.name] ?? category.thresholds?.[t.name] ?? t.default;
  }
  return out;
}
