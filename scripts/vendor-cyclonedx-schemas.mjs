// Copies the official CycloneDX JSON Schemas shipped with @cyclonedx/cyclonedx-library into
// src/schemas/cyclonedx/, so the bundle can import (inline) them instead of reading the library's
// res/ folder at run time, which ncc does not copy (see notes/sbom.md §2).
// Usage: node scripts/vendor-cyclonedx-schemas.mjs [--check]
//   --check  exit 1 if the vendored copies differ from the installed library's files.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const lib = join(root, 'node_modules', '@cyclonedx', 'cyclonedx-library');
const from = join(lib, 'res', 'schema');
const to = join(root, 'src', 'schemas', 'cyclonedx');
const check = process.argv.includes('--check');

const files = [
  ...['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'].map((v) => `bom-${v}.SNAPSHOT.schema.json`),
  'spdx.SNAPSHOT.schema.json',
  'jsf-0.82.SNAPSHOT.schema.json',
  'cryptography-defs.SNAPSHOT.schema.json',
];
// The schemas are Apache-2.0 (CycloneDX specification, via the library); keep the notices beside them.
const notices = [
  ['LICENSE', 'LICENSE'],
  ['NOTICE', 'NOTICE'],
];

const libVersion = JSON.parse(readFileSync(join(lib, 'package.json'), 'utf8')).version;
const upstream = readFileSync(join(from, 'README.md'), 'utf8');
const specCommit = /commit\/([0-9a-f]{40})/.exec(upstream)?.[1] ?? 'unknown';

const readme = `# Vendored CycloneDX JSON Schemas

Copied unchanged by \`scripts/vendor-cyclonedx-schemas.mjs\` from
\`@cyclonedx/cyclonedx-library@${libVersion}\` (\`res/schema/\`), which took them from
CycloneDX/specification at commit \`${specCommit}\` with the library's documented edits
(relative \`$ref\`s point at the \`.SNAPSHOT.\` file names; see the library's \`res/schema/README.md\`).

Licence: Apache-2.0, see \`LICENSE\` and \`NOTICE\` (copied from the library).
Do not edit these files by hand: re-run the script after upgrading the library.

| file |
|---|
${files.map((f) => `| \`${f}\` |`).join('\n')}
`;

let stale = 0;
if (!check) mkdirSync(to, { recursive: true });
for (const [src, dst] of [
  ...files.map((f) => [join(from, f), f]),
  ...notices.map(([s, d]) => [join(lib, s), d]),
]) {
  const target = join(to, dst);
  if (check) {
    if (!existsSync(target) || !readFileSync(target).equals(readFileSync(src))) {
      console.error(`stale: ${dst}`);
      stale++;
    }
  } else {
    copyFileSync(src, target);
  }
}
const readmePath = join(to, 'README.md');
if (check) {
  if (!existsSync(readmePath) || readFileSync(readmePath, 'utf8') !== readme) {
    console.error('stale: README.md');
    stale++;
  }
  if (stale > 0) process.exit(1);
  console.log(`vendored CycloneDX schemas match @cyclonedx/cyclonedx-library@${libVersion}`);
} else {
  writeFileSync(readmePath, readme);
  console.log(`vendored ${files.length} schemas from @cyclonedx/cyclonedx-library@${libVersion} into ${to}`);
}
