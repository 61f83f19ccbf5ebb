// Shared test helpers: the SBOM corpus is vendored in test/fixtures/corpus (PROVENANCE.md there).
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { readSbom } from '../../src/sbom/read.js';
import type { Inventory } from '../../src/sbom/types.js';

export const corpusDir = new URL('../fixtures/corpus/', import.meta.url);
export const fixturesDir = new URL('../fixtures/sbom/', import.meta.url);

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => /\.(json|xml)$/.test(f))
    .sort();
}

export function corpusText(name: string): string {
  return readFileSync(new URL(name, corpusDir), 'utf8');
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, fixturesDir), 'utf8');
}

/** Reads text that must be readable, failing the test with the reader's problems otherwise. */
export function inventoryOf(text: string, name = 'test.json'): Inventory {
  const r = readSbom(text, name);
  if (!r.ok) throw new Error(`${name} did not read: ${JSON.stringify(r.problems)}`);
  return r.sbom;
}

export const corpus = (name: string): Inventory => inventoryOf(corpusText(name), name);
export const fixture = (name: string): Inventory => inventoryOf(fixtureText(name), name);

/** A minimal CycloneDX JSON document around the given components. */
export function bom(components: unknown[], extra: Record<string, unknown> = {}, specVersion = '1.6'): string {
  return JSON.stringify({ bomFormat: 'CycloneDX', specVersion, version: 1, components, ...extra });
}

// vitest's asymmetric matchers return `any`, which typed lint rejects inside object literals.
export const matching = (re: RegExp): string => expect.stringMatching(re) as string;
export const containing = (text: string): string => expect.stringContaining(text) as string;
