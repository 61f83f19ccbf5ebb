import type { CompiledExpression } from '../expr/index.js';
import type { Severity, Source } from '../core/finding.js';

/** Which document a rule's finding points into. */
export type RuleDoc = 'product' | 'filing';

/** Maps a path in product.yaml or filing.yaml to a position; falls back to the nearest existing parent. */
export type Locate = (
  doc: RuleDoc,
  path: (string | number)[],
) => { file: string; line: number; column: number };

export type ThresholdType = 'int' | 'number' | 'string' | 'bool' | 'date' | 'list';
export type ThresholdValue = number | string | boolean | string[];

/** A configurable value a pack's rules read as `thresholds.<name>`. */
export interface Threshold {
  name: string;
  type: ThresholdType;
  default: ThresholdValue;
  description: string;
  basis?: string;
  sources: Source[];
}

/** One entry of a pack's product catalogue. */
export interface CatalogueCategory {
  id: string;
  title: string;
  title_zh?: string;
  batch?: number;
  effective?: string;
  description?: string;
  expected_sensors?: string[];
  thresholds?: Record<string, ThresholdValue>;
  sources?: Source[];
}

/** How SBOM components are recognised as playing a role (from data, never from code). */
export interface ComponentMatcher {
  names?: string[];
  purls?: string[];
  cpes?: string[];
}

export interface SoftwareRole extends ComponentMatcher {
  description: string;
}

export interface DeniedCrypto extends ComponentMatcher {
  version_pattern: string;
  /** Deny only from this date on, YYYY-MM-DD (end of security support). */
  since?: string;
  reason: string;
  sources?: Source[];
}

/** The pack's security-relevant software data (`software-roles.yaml`). */
export interface SoftwareRoles {
  role_property: string;
  software_types: string[];
  roles: Record<string, SoftwareRole>;
  crypto_denylist: DeniedCrypto[];
}

/** A loaded, compiled rule. */
export interface Rule {
  id: string;
  title: string;
  /** The title in Simplified Chinese, for the documents meant for the filing agency. */
  titleZh?: string;
  pack: string;
  scheme: string;
  /** Lowest star level the rule applies at; it applies at every level above too. */
  stars: number;
  /** Catalogue categories it applies to: listed ids, every catalogue category, or any category at all. */
  categories: string[] | 'catalogue' | 'any';
  severity: Severity;
  tierBasis: 'confirmed' | 'inferred';
  tierNote?: string;
  path: { doc: RuleDoc; steps: string[]; text: string };
  condition: CompiledExpression;
  details?: CompiledExpression;
  message: string;
  remediation: string;
  sources: Source[];
  /** Where the rule is defined, for messages about the rule itself. */
  file: string;
  line: number;
}

export interface PackLevel {
  stars: number;
  name: string;
  description?: string;
}

/** The edition of its document a pack is pinned to, compared with the edition its rules cite. */
export interface PackEdition {
  pinned: Source;
  transcribedFrom: string;
  changes: string;
  confidence: Source['confidence'];
  consulted: Source[];
  provisions: {
    clauses: string[];
    status: 'unchanged' | 'changed' | 'renumbered' | 'removed' | 'added';
    confidence: Source['confidence'];
    note?: string;
  }[];
}

/** A loaded rule pack: data, compiled once per run. */
export interface RulePack {
  name: string;
  title: string;
  scheme: string;
  version?: string;
  description?: string;
  levels: PackLevel[];
  thresholds: Threshold[];
  /** Values from `.labelguard.yml` `thresholds:` that apply to this pack. */
  thresholdOverrides: Record<string, ThresholdValue>;
  /** Absent when the pack has no catalogue: it then applies to every category. */
  catalogue?: CatalogueCategory[];
  softwareRoles: SoftwareRoles;
  /** The edition the pack is pinned to and what is known of its changes (pack.yaml `edition`). */
  edition?: PackEdition;
  /** Sorted by id. */
  rules: Rule[];
  /** Display folder of the pack, e.g. `rules/cn-ccl` or `./packs/acme`. */
  root: string;
}

/** A pack named in `.labelguard.yml`: built-in by name, or a folder inside the repository. */
export type PackSpec = { name: string } | { path: string };

/** The files of one pack folder, as the shell provides them (no file system access in the core). */
export interface PackSource {
  /** Display path of the folder, used in messages (e.g. `rules/cn-ccl`). */
  root: string;
  /** Every file in the folder, relative to it, POSIX separators. */
  files: readonly string[];
  read(relPath: string): string | undefined;
  /** The files were validated against their schemas when labelguard was built (built-in packs only). */
  validated?: boolean;
}
