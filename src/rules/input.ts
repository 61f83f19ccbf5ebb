// The object every rule expression reads, and the SBOM summary inside it. Which SBOM components are network
// daemons, crypto libraries or deny-listed cryptography comes from the pack's data (software-roles.yaml),
// never from code, so a new daemon or an end-of-life library branch is a data change.

import { compareText } from '../core/finding.js';
import { shape, shapeFromJsonSchema, type DeclaredInputs, type Shape } from '../expr/index.js';
import type { Inventory } from '../sbom/index.js';
import { catalogueSchema, type Filing, filingSchema, type Product, productSchema } from '../schemas/index.js';
import { coverageFactsSchema, type CoverageFacts } from './coverage.js';
import type { CatalogueCategory, RulePack, SoftwareRoles, ThresholdValue } from './types.js';
import { compiledRoles, componentKeys, rolesOf } from './roles.js';

export { componentRoles, matches } from './roles.js';

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
