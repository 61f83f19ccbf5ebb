// The one Ajv set-up of labelguard. Every built-in schema is compiled by an instance made here: at build
// time into standalone code (scripts/compile-schemas.ts), and at run time only when no compiled code
// ships beside the bundle (running from source, or a repository's own rule pack).
import { Ajv, _, str, type CodeKeywordDefinition, type Options } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { duplicateItems } from './unique-items.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** Which JSON Schema dialect: labelguard's own schemas are 2020-12, the CycloneDX ones draft-07. */
export type Dialect = '2020-12' | 'draft-07';

/**
 * A fresh Ajv instance for a dialect, every error reported (`allErrors`). `source` keeps the generated
 * code so that it can be written out as a standalone module.
 */
export function createAjv(dialect: Dialect, opts: { source?: boolean } = {}): Ajv {
  const code: Options['code'] = { source: opts.source === true };
  if (dialect === '2020-12') {
    return addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code }));
  }
  // Same options as @cyclonedx/cyclonedx-library's own validator, plus allErrors.
  const a = new Ajv({
    allErrors: true,
    useDefaults: false,
    strict: false,
    strictSchema: false,
    addUsedSchema: false,
    code,
    loadSchema: (uri: string) => Promise.reject(new Error(`remote schemas are disabled: ${uri}`)),
  });
  addFormats(a);
  a.removeKeyword('uniqueItems');
  a.addKeyword(uniqueItems);
  a.addFormat('iri-reference', true);
  a.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
  return a;
}

/**
 * `uniqueItems` in linear time. ajv's own keyword compares every pair of items: 0.4 s for one
 * 2,000-component SBOM, most of a large audit. Generated as code (not a `validate` function) so that it
 * survives standalone compilation: there the check is `require`d from its file, which the build bundles
 * into each compiled validator (its path is relative to the repository root, where the build runs).
 */
const uniqueItems: CodeKeywordDefinition = {
  keyword: 'uniqueItems',
  type: 'array',
  schemaType: 'boolean',
  error: {
    message: ({ params }) => str`must NOT have duplicate items (items ## ${params.j} and ${params.i} are identical)`,
    params: ({ params }) => _`{i: ${params.i}, j: ${params.j}}`,
  },
  code(cxt) {
    if (cxt.schema !== true) return;
    const fn = cxt.gen.scopeValue('func', {
      ref: duplicateItems,
      code: _`require(${'./src/schemas/unique-items.ts'}).duplicateItems`,
    });
    const dup = cxt.gen.const('dup', _`${fn}(${cxt.data})`);
    cxt.setParams({ i: _`${dup}[0]`, j: _`${dup}[1]` });
    cxt.fail(_`${dup} !== undefined`);
  },
};
