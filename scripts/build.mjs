// Builds the two self-contained entry points into dist/ and copies the data they load at run time
// (rule packs, templates, JSON Schemas) beside them, so that dist/ alone runs the action and the CLI.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const finalDist = join(root, 'dist');
// Build beside dist/ and swap at the end, so a failed build never leaves dist/ empty or half written.
const dist = join(root, '.dist-build');
const ncc = join(root, 'node_modules', '.bin', 'ncc');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

for (const [entry, out] of [
  ['src/main.ts', 'index.js'],
  ['src/cli.ts', 'cli.js'],
]) {
  const tmp = mkdtempSync(join(tmpdir(), 'labelguard-build-'));
  execFileSync(ncc, ['build', join(root, entry), '-o', tmp, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
  });
  const code = readFileSync(join(tmp, 'index.js'), 'utf8');
  // The CLI is run directly (`labelguard`), so it needs a shebang; ncc keeps none from the source.
  writeFileSync(
    join(dist, out),
    out === 'cli.js' && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code,
  );
  // Each bundle carries different third-party code: keep each bundle's licence list.
  renameSync(join(tmp, 'licenses.txt'), join(dist, out.replace(/\.js$/, '.licenses.txt')));
  rmSync(tmp, { recursive: true, force: true });
}

writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
for (const dir of ['rules', 'templates']) cpSync(join(root, dir), join(dist, dir), { recursive: true });
// The official CycloneDX schemas (Apache-2.0, with their licence and notice), read when an SBOM is validated.
cpSync(join(root, 'src/schemas/cyclonedx'), join(dist, 'schemas', 'cyclonedx'), { recursive: true });
// The label font and the resvg WebAssembly module the label PNG is rendered with (src/evidence/label-png.ts).
cpSync(join(root, 'assets/label'), join(dist, 'assets', 'label'), { recursive: true });
cpSync(
  join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm'),
  join(dist, 'assets', 'label', 'resvg.wasm'),
);
for (const script of ['emit-schemas.ts', 'emit-report-schema.ts']) {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', '.bin', 'tsx'), join(root, 'scripts', script), join(dist, 'schemas')],
    { stdio: 'inherit' },
  );
}

rmSync(finalDist, { recursive: true, force: true });
renameSync(dist, finalDist);
