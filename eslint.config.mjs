import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'coverage/**', 'node_modules/**', 'examples/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Spreading a list into a call passes every item on the stack: past ~100,000 items (a big SBOM) it throws
  // "Maximum call stack size exceeded". src/core/append.ts has append, maxOf and minOf for any length.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|fromCodePoint)$/] > SpreadElement',
          message:
            'Spreading a list into a call overflows the stack on long lists: use append() from src/core/append.ts.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
          message:
            'Spreading a list into Math.max/min overflows the stack on long lists: use maxOf()/minOf() from src/core/append.ts.',
        },
      ],
    },
  },
  // vitest's asymmetric matchers (expect.stringContaining, …) are typed `any`.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
