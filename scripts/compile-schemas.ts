// Build step: compiles every built-in schema into a standalone validator (one self-contained CommonJS
// file per schema, Ajv's runtime helpers bundled in), and validates the built-in rule packs, failing the
// build on any problem in them: a built labelguard then neither compiles schemas nor re-validates its own
// packs when it runs. Usage: tsx scripts/compile-schemas.ts <out-dir> (the build passes dist/schemas/compiled).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { buildSync } from 'esbuild';
import { builtinPackProblems } from '../src/pipeline/packs.js';
import { ajvFactory, schemaFor } from '../src/schemas/compile.js';
import { schemaNames, type SchemaName } from '../src/schemas/validators.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// Ajv's standalone module is CommonJS; under NodeNext its default import is the module object.
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ??
  standaloneModule) as typeof standaloneModule.default;

/** Write one standalone validator per built-in schema (or per named one) into `out`. */
export function compileSchemas(out: string, names: readonly SchemaName[] = schemaNames): void {
  mkdirSync(out, { recursive: true });
  const ajvFor = ajvFactory({ source: true });
  for (const name of names) {
    const { ajv, schema } = schemaFor(name, ajvFor);
    const code = standaloneCode(ajv, ajv.compile(schema));
    // The generated code requires Ajv's runtime helpers and ajv-formats; bundle them in, so the file
    // runs from dist/ where there is no node_modules.
    buildSync({
      stdin: { contents: code, resolveDir: root, sourcefile: `${name}.js`, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      minify: true,
      legalComments: 'none',
      outfile: join(out, `${name}.cjs`),
      logLevel: 'error',
    });
  }
  writeFileSync(
    join(out, 'README.md'),
    'Validators generated from the built-in JSON Schemas by scripts/compile-schemas.ts (Ajv standalone code).\n',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = builtinPackProblems();
  if (problems.length > 0) {
    for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    throw new Error(`the built-in rule packs have ${problems.length} problem(s)`);
  }
  compileSchemas(process.argv[2] ?? 'dist/schemas/compiled');
}
