// The validator of every built-in schema. The build compiles each one into standalone code
// (dist/schemas/compiled/<name>.cjs, written by scripts/compile-schemas.ts), so a run loads a validator
// instead of compiling a schema (60–200 ms for a CycloneDX version, ~20 ms for a small one) and does not
// load Ajv at all. Running from source, where no compiled code exists, compiles with the same Ajv set-up
// (compile.ts) on first use.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { assetDir } from '../assets.js';

const dataSchemaNames = [
  'product',
  'filing',
  'config',
  'pack',
  'rules',
  'catalogue',
  'software',
  'changes',
  'status',
  'report',
] as const;
export const cyclonedxVersions = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export type SchemaName = (typeof dataSchemaNames)[number] | `bom-${(typeof cyclonedxVersions)[number]}`;

/** Every built-in schema, as the build compiles them. */
export const schemaNames: readonly SchemaName[] = [
  ...dataSchemaNames,
  ...cyclonedxVersions.map((v) => `bom-${v}` as const),
];

const validators = new Map<SchemaName, ValidateFunction>();

let compiledDir: string | null | undefined;

/** The folder of validators compiled by the build (beside the bundle), or null when running from source. */
function compiled(): string | null {
  if (compiledDir === undefined) {
    const dir = join(dirname(assetDir('schemas/cyclonedx')), 'compiled');
    compiledDir = existsSync(dir) ? dir : null;
  }
  return compiledDir;
}

/**
 * Whether this labelguard was built: its schemas compiled and its built-in rule packs validated by the
 * build (which fails on any problem in them), so a run need not validate those packs again.
 */
export function compiledAtBuild(): boolean {
  return compiled() !== null;
}

/** The compiled code of a schema shipped beside the bundle, when there is one. */
function precompiled(name: SchemaName): ValidateFunction | undefined {
  const dir = compiled();
  if (dir === null) return undefined;
  return createRequire(import.meta.url)(join(dir, `${name}.cjs`)) as ValidateFunction;
}

// Ajv and the schemas themselves load only where nothing was compiled at build time (top-level await, so
// the bundle keeps them in a chunk of their own that a built run never reads).
const { ajvFactory, schemaFor } = compiledAtBuild()
  ? { ajvFactory: undefined, schemaFor: undefined }
  : await import('./compile.js');
const runtimeAjv = ajvFactory?.();

/** The validator of a built-in schema: compiled at build time when available, else now (once). */
export function validator(name: SchemaName): ValidateFunction {
  let fn = validators.get(name);
  if (fn === undefined) {
    fn = precompiled(name);
    if (fn === undefined) {
      const { ajv, schema } = schemaFor!(name, runtimeAjv!);
      fn = ajv.compile(schema);
    }
    validators.set(name, fn);
  }
  return fn;
}
