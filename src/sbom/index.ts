// Public surface of the SBOM core: pure functions over strings/bytes, no I/O, no clock, no env.
export { parseSbom, readParsed, readSbom } from './read.js';
export { readSbomLazily } from './read-lazy.js';
export { validateParsed, validateSbom, type ValidateOptions } from './validate.js';
export { entryLocator, type EntryLocator } from './locate.js';
export { noiseFilter, type SbomNoise } from './noise.js';
export { diffSboms, isEmptyDiff } from './diff.js';
export type {
  ChangeAspect,
  ComponentChange,
  RootDiff,
  SbomDiff,
  ServiceAspect,
  ServiceChange,
} from './diff.js';
export { matchComponents, type ComponentPair, type MatchedBy, type MatchResult } from './match.js';
export { compareVersions, versionSchemeFor, type VersionScheme } from './version-order.js';
export { cpeKey, parsePurl, purlKey, type ParsedPurl } from './identity.js';
export { sbomDigest, serialiseNormalised } from './normalised.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from './input.js';
export * from './types.js';
