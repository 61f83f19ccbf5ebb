// Normalised, format-independent view of a CycloneDX SBOM. Every value is a plain string (or boolean
// where the spec says boolean) so JSON and XML of the same content compare equal.

/** CycloneDX spec versions this core reads (1.0/1.1 exist only as XML and carry too little to diff). */
export const SUPPORTED_SPEC_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export type SpecVersion = (typeof SUPPORTED_SPEC_VERSIONS)[number];

export type SbomFormat = 'json' | 'xml';

/** One finding about an SBOM file, ready to print as `file:line:column message` plus a hint. */
export interface SbomProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
  hint: string;
}

export interface Hash {
  /** Canonical CycloneDX spelling, e.g. `SHA-256`, `SHA3-512`, `BLAKE2b-256`. */
  alg: string;
  /** Lower-case hex. */
  content: string;
}

export interface Property {
  name: string;
  value: string;
}

/** The text fields of `cryptoProperties.algorithmProperties` both readers keep, in this order. */
export const CRYPTO_ALGORITHM_FIELDS = [
  'primitive',
  'parameterSetIdentifier',
  'curve',
  'mode',
  'padding',
  'classicalSecurityLevel',
  'nistQuantumSecurityLevel',
] as const;

/** The parts of CycloneDX 1.6+ `cryptoProperties` that matter for classification. */
export interface CryptoProperties {
  assetType: string;
  oid?: string;
  algorithm?: {
    primitive?: string;
    parameterSetIdentifier?: string;
    curve?: string;
    mode?: string;
    padding?: string;
    cryptoFunctions: string[];
    classicalSecurityLevel?: string;
    nistQuantumSecurityLevel?: string;
  };
  protocol?: {
    type?: string;
    version?: string;
    /** Cipher suite names, sorted. */
    cipherSuites: string[];
  };
}

/**
 * Both front ends write every key, in one order, so all components share one object shape (matching
 * and diffing stay monomorphic): an absent optional field is present as `undefined`, hence `| undefined`.
 */
export interface Component {
  type: string;
  name: string;
  group?: string | undefined;
  version?: string | undefined;
  purl?: string | undefined;
  cpe?: string | undefined;
  /** Sorted by alg, then content; duplicates removed. */
  hashes: Hash[];
  /** Organisation names. */
  supplier?: string | undefined;
  manufacturer?: string | undefined;
  publisher?: string | undefined;
  /** Sorted by name, then value; duplicates removed. */
  properties: Property[];
  /** Only meaningful inside its own document (used to resolve dependencies), never for matching. */
  bomRef?: string | undefined;
  cryptoProperties?: CryptoProperties | undefined;
  /** SPDX ids, licence names or expressions, sorted. */
  licenses: string[];
  /** Names of the enclosing components, outermost first; empty for top-level components. */
  path: string[];
}

export interface Service {
  name: string;
  group?: string;
  version?: string;
  provider?: string;
  /** Sorted. */
  endpoints: string[];
  authenticated?: boolean;
  /** CycloneDX `x-trust-boundary`: using the service crosses a trust boundary. */
  trustBoundary?: boolean;
  bomRef?: string;
  path: string[];
}

export interface Dependency {
  ref: string;
  dependsOn: string[];
}

export interface Inventory {
  specVersion: SpecVersion;
  format: SbomFormat;
  metadata: {
    /** The product the SBOM describes. */
    component?: Component;
    manufacturer?: string;
    supplier?: string;
  };
  /** Every component except metadata.component, nested ones flattened (see `Component.path`). */
  components: Component[];
  /** Nested services flattened (see `Service.path`). */
  services: Service[];
  dependencies: Dependency[];
  /** Number of `cryptographic-asset` components. */
  cryptoAssetCount: number;
}

export interface ReadOptions {
  /** Inputs larger than this (in UTF-8 bytes) are refused before parsing. Default 64 MiB. */
  maxBytes?: number;
  /** Deepest allowed nesting of components (and of services). Default 64. */
  maxDepth?: number;
}

export type ReadResult =
  { ok: true; sbom: Inventory; warnings: SbomProblem[] } | { ok: false; problems: SbomProblem[] };
