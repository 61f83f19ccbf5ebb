import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import { existsSync, readdirSync } from 'node:fs';

// The layers of src/ (ARCHITECTURE.md), top to bottom. A folder imports from its own layer and the layers
// below it, never from a layer above; a nested folder (refiling/exec) is a layer of its own. A new folder
// must be placed here (the config refuses to load otherwise) and in ARCHITECTURE.md (a test compares them).
export const layers = [
  { name: 'shells', folders: ['action', 'cli'] },
  { name: 'pipeline', folders: ['pipeline'] },
  { name: 'executors', folders: ['refiling/exec', 'dashboard/exec'] },
  {
    name: 'domain',
    folders: ['changes', 'dashboard', 'evidence', 'load', 'refiling', 'report', 'rules', 'sbom', 'status'],
  },
  { name: 'adapters', folders: ['git', 'github', 'repo', 'schemas'] },
  { name: 'base', folders: ['core', 'expr', 'markdown'] },
];

const srcDir = new URL('./src/', import.meta.url);
const allFolders = layers.flatMap((l) => l.folders);
const layerOf = (folder) => layers.findIndex((l) => l.folders.includes(folder));
const hasIndex = (folder) => existsSync(new URL(`${folder}/index.ts`, srcDir));
for (const entry of readdirSync(srcDir, { withFileTypes: true, recursive: true })) {
  if (!entry.isDirectory()) continue;
  const folder = `${entry.parentPath}/${entry.name}`.slice(srcDir.pathname.length).replace(/^\//, '');
  if (folder.startsWith('schemas/cyclonedx')) continue; // vendored JSON data, no code
  if (!allFolders.includes(folder))
    throw new Error(`src/${folder} has no layer: add it to eslint.config.mjs and ARCHITECTURE.md`);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An import (relative, from anywhere in src/) of something inside `folder`. */
const into = (folder) => `^\\.{1,2}/(\\.\\./)*${escape(folder)}/`;

// What only some layers may touch. Domain and base code take data and return data: the file system, git,
// GitHub and the Actions runtime are reached through the layers above them.
const io = {
  fs: { regex: '^(node:)?fs(/|$)', allowed: ['shells', 'pipeline', 'adapters'], what: 'the file system' },
  childProcess: {
    regex: '^(node:)?child_process$',
    allowed: ['git'],
    what: 'child processes (only src/git/ runs git)',
  },
  // `#actions-core` is @actions/core as the build bundles it (package.json `imports`, scripts/build.mjs).
  actions: {
    regex: '^(@actions/|#actions-core$)',
    allowed: ['action'],
    what: 'the Actions runtime (only src/action/)',
  },
  octokit: {
    regex: '^@octokit/',
    allowed: ['github', 'executors'],
    what: 'Octokit (only src/github/ and the executors)',
  },
  assets: {
    regex: '^(\\.\\./)+assets\\.js$',
    allowed: ['shells', 'pipeline', 'adapters'],
    what: 'shipped files (src/assets.ts reads the file system)',
  },
  github: {
    regex: into('github'),
    allowed: ['shells', 'pipeline', 'executors', 'github'],
    what: 'src/github/ (only the pipeline, the executors and the shells talk to GitHub)',
  },
  git: {
    regex: into('git'),
    allowed: ['shells', 'pipeline', 'git'],
    what: 'src/git/ (only the pipeline and the shells run git)',
  },
  fsSource: {
    regex: `${into('repo')}fs-source\\.js$`,
    allowed: ['shells', 'pipeline', 'adapters'],
    what: 'the working-tree reader (domain code reads through a RepoSource it is given)',
  },
};

/** Every import a file in `folder` must not make, each with the reason. */
function restrictionsFor(folder) {
  const layer = layerOf(folder);
  const mayUse = (allowed) => allowed.includes(layers[layer].name) || allowed.includes(folder);
  const patterns = [];
  for (const { regex, allowed, what } of Object.values(io)) {
    if (!mayUse(allowed))
      patterns.push({
        regex,
        message: `src/${folder} (${layers[layer].name}) must not use ${what}: see ARCHITECTURE.md.`,
      });
  }
  for (const other of allFolders) {
    if (other === folder || folder.startsWith(`${other}/`)) continue;
    const otherLayer = layerOf(other);
    if (otherLayer < layer) {
      patterns.push({
        regex: into(other),
        message: `src/${folder} (${layers[layer].name}) must not import src/${other} (${layers[otherLayer].name}, a layer above): see ARCHITECTURE.md.`,
      });
    } else if (otherLayer === 0 && layer === 0) {
      patterns.push({
        regex: into(other),
        message: `src/${folder} and src/${other} are both shells and never import each other: move what they share to a layer below.`,
      });
    } else if (hasIndex(other) && !other.startsWith(`${folder}/`)) {
      const nested = allFolders
        .filter((f) => f.startsWith(`${other}/`) && hasIndex(f))
        .map((f) => `|${escape(f.slice(other.length + 1))}/index\\.js$`);
      patterns.push({
        regex: `${into(other)}(?!index\\.js$${nested.join('')})`,
        message: `Import src/${other} through its index (src/${other}/index.ts) from outside it; export what you need there.`,
        throughIndex: true,
      });
    }
  }
  // A folder's own nested layers (refiling/exec) sit above it: the pure part never imports its executor.
  for (const nested of allFolders.filter((f) => f.startsWith(`${folder}/`) && layerOf(f) < layer)) {
    patterns.push({
      regex: `^\\./${escape(nested.slice(folder.length + 1))}/`,
      message: `src/${folder} (${layers[layer].name}) must not import src/${nested} (${layers[layerOf(nested)].name}, a layer above): see ARCHITECTURE.md.`,
    });
  }
  return patterns;
}

// no-restricted-imports does not see `await import(...)`: the same layer patterns, as selectors (esquery
// regular expressions cannot hold a slash, so it is written \x2F). An `await import()` may name a file behind
// an index: it is where the bundle splits, and importing the whole index there would put the folder in the
// start-up chunk (docs/performance.md).
const dynamicImportSelector = ({ regex, message }) => ({
  selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
  message,
});
const staticOnly = ({ regex, message }) => ({ regex, message });

// Spreading a list into a call passes every item on the stack: past ~100,000 items (a big SBOM) it throws
// "Maximum call stack size exceeded". src/core/append.ts has append, maxOf and minOf for any length.
const noSpreadIntoCalls = [
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
];

/** One config per folder (the innermost folder wins for nested ones), then the entry files in src/. */
const layerConfigs = [
  ...[...allFolders]
    .sort((a, b) => a.split('/').length - b.split('/').length)
    .map((folder) => {
      const patterns = restrictionsFor(folder);
      const nested = allFolders.filter((f) => f.startsWith(`${folder}/`)).map((f) => `src/${f}/**`);
      return {
        files: [`src/${folder}/**/*.ts`],
        ignores: nested,
        rules: {
          'no-restricted-imports': ['error', { patterns: patterns.map(staticOnly) }],
          'no-restricted-syntax': [
            'error',
            ...noSpreadIntoCalls,
            ...patterns.filter((p) => !p.throughIndex).map(dynamicImportSelector),
          ],
        },
      };
    }),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.build/**',
      'lib/**',
      'coverage/**',
      'node_modules/**',
      'examples/**',
      'test/fixtures/**',
    ],
  },
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
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...noSpreadIntoCalls],
      // Nothing imports the shells but the entry points (src/main.ts, src/cli.ts).
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\./(action|cli)/', message: 'Only the entry points import the shells.' }] },
      ],
    },
  },
  { files: ['src/main.ts', 'src/cli.ts'], rules: { 'no-restricted-imports': 'off' } },
  ...layerConfigs,
  // vitest's asymmetric matchers (expect.stringContaining, …) are typed `any`.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
