// Builds the two self-contained entry points into dist/ and copies the data they load at run time
// (rule packs, templates, JSON Schemas and their compiled validators) beside them, so that dist/ alone runs
// the action and the CLI.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const finalDist = join(root, 'dist');
// Build beside dist/ and swap at the end, so a failed build never leaves dist/ empty or half written.
const dist = join(root, '.dist-build');
const ncc = join(root, 'node_modules', '.bin', 'ncc');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// `@actions/core` imports its OIDC client at load, and with it `@actions/http-client` and undici: about a
// megabyte of code and 60 ms of loading on Node 24 on every run, for `getIDToken`, which labelguard never
// calls (likewise `platform`, with `@actions/exec` and `@actions/io`). The package declares no
// `sideEffects`, so the bundler must keep every module it imports. The bundle takes the package from a
// copy staged here, its code unchanged, whose package.json says that every other module has side effects:
// the bundler then drops these two with the unused exports that need them. The action imports
// `#actions-core` (package.json `imports`): the bundler's `production` condition picks the staged copy,
// everything else (Node, TypeScript, the tests) the package itself.
const coreSource = join(root, 'node_modules', '@actions', 'core');
const coreStaged = join(root, '.build', 'actions-core');
const coreUnused = ['oidc-utils.js', 'platform.js'];
rmSync(coreStaged, { recursive: true, force: true });
cpSync(coreSource, coreStaged, { recursive: true });
const coreModules = readdirSync(join(coreStaged, 'lib')).filter((f) => f.endsWith('.js'));
for (const file of coreUnused.filter((f) => !coreModules.includes(f)))
  throw new Error(`@actions/core has no lib/${file} any more: revisit the staging in scripts/build.mjs`);
const corePackage = JSON.parse(readFileSync(join(coreStaged, 'package.json'), 'utf8'));
corePackage.sideEffects = coreModules.filter((f) => !coreUnused.includes(f)).map((f) => `./lib/${f}`);
writeFileSync(join(coreStaged, 'package.json'), `${JSON.stringify(corePackage, null, 2)}\n`);

for (const [entry, out] of [
  ['src/main.ts', 'index.js'],
  ['src/cli.ts', 'cli.js'],
]) {
  const tmp = mkdtempSync(join(tmpdir(), 'labelguard-build-'));
  execFileSync(ncc, ['build', join(root, entry), '-o', tmp, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
  });
  // Code reached only through `import()` is split into chunks (`<id>.index.js`) loaded on first use, so a
  // command pays only for the code it runs. Both bundles share dist/: the CLI's chunks are renamed.
  const name = out.replace(/\.js$/, '');
  const chunkName = (file) => file.replace(/\.index\.js$/, `.${name}.js`);
  let code = readFileSync(join(tmp, 'index.js'), 'utf8');
  const chunkFile = 'return "" + chunkId + ".index.js";';
  if (name !== 'index' && code.includes(chunkFile)) {
    if (code.split(chunkFile).length !== 2)
      throw new Error(`${entry}: unexpected chunk loader in the bundle`);
    code = code.replace(chunkFile, `return "" + chunkId + ".${name}.js";`);
  }
  for (const file of readdirSync(tmp).filter((f) => /^\d+\.index\.js$/.test(f))) {
    renameSync(join(tmp, file), join(dist, chunkName(file)));
  }
  // The CLI is run directly (`labelguard`), so it needs a shebang; ncc keeps none from the source.
  writeFileSync(
    join(dist, out),
    out === 'cli.js' && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code,
  );
  // Each bundle carries different third-party code: keep each bundle's licence list.
  renameSync(join(tmp, 'licenses.txt'), join(dist, `${name}.licenses.txt`));
  rmSync(tmp, { recursive: true, force: true });
}

writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
for (const dir of ['rules', 'templates']) cpSync(join(root, dir), join(dist, dir), { recursive: true });
// The official CycloneDX schemas (Apache-2.0, with their licence and notice), read when an SBOM is validated.
cpSync(join(root, 'src/schemas/cyclonedx'), join(dist, 'schemas', 'cyclonedx'), { recursive: true });
// The label font and the resvg WebAssembly module label.png is drawn with (read by src/pipeline/evidence-assets.ts).
cpSync(join(root, 'assets/label'), join(dist, 'assets', 'label'), { recursive: true });
cpSync(
  join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm'),
  join(dist, 'assets', 'label', 'resvg.wasm'),
);
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const schemas = join(dist, 'schemas');
for (const script of ['emit-schemas.ts', 'emit-report-schema.ts']) {
  execFileSync(process.execPath, [tsx, join(root, 'scripts', script), schemas], { stdio: 'inherit' });
}
// Every built-in schema compiled to a standalone validator, and the built-in packs validated (the build
// fails on a problem in them): a run loads validators instead of compiling schemas.
execFileSync(
  process.execPath,
  [tsx, join(root, 'scripts', 'compile-schemas.ts'), join(schemas, 'compiled')],
  {
    stdio: 'inherit',
  },
);

// The built-in packs' change tables as JSON (checked from the pack files), read by `diff` instead of YAML.
execFileSync(process.execPath, [tsx, join(root, 'scripts', 'snapshot-packs.ts'), join(dist, 'rules')], {
  stdio: 'inherit',
});

// The staging above only helps while the bundler honours it: fail the build rather than ship them again.
const coreUnusedMarks = {
  'oidc-utils.js': 'ACTIONS_ID_TOKEN_REQUEST_URL',
  'platform.js': 'Win32_OperatingSystem',
};
for (const file of readdirSync(dist).filter((f) => /(^|\.)index\.js$/.test(f))) {
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [module, mark] of Object.entries(coreUnusedMarks)) {
    if (code.includes(mark))
      throw new Error(`dist/${file} bundles @actions/core's ${module}: see the staging in scripts/build.mjs`);
  }
}

rmSync(finalDist, { recursive: true, force: true });
renameSync(dist, finalDist);
