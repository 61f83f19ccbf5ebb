#!/usr/bin/env bash
# The npm package as users get it: `npm pack`, installed offline from the tarball into an empty folder,
# and run as `labelguard` on the Node found first on PATH (give another one as $1: `.ci/package.sh NODE`).
# The bundles are self-contained, so the package has no dependencies and installs with no network.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node=${1:-node}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$(dirname "$(command -v "$node")"):$PATH"
echo "package: on Node $(node --version)"

(cd "$root" && npm pack --pack-destination "$work" --silent >/dev/null)
tarball=$(ls "$work"/labelguard-*.tgz)
tar -tzf "$tarball" | sort > "$work/files"
for f in package/package.json package/dist/cli.js package/dist/package.json package/dist/schemas/product.schema.json \
  package/dist/schemas/check-report.schema.json package/dist/rules/cn-ccl/pack.yaml package/CHANGELOG.md; do
  grep -qx "$f" "$work/files" || { echo "the package lacks $f"; exit 1; }
done
if grep -E '^package/(src|test|node_modules|examples)/' "$work/files"; then echo "the package ships sources or tests"; exit 1; fi
echo "package: $(wc -l < "$work/files") files, $(du -k "$tarball" | cut -f1) KiB packed"

mkdir "$work/user"
cd "$work/user"
npm init -y >/dev/null
npm install --offline --no-audit --no-fund "$tarball" >/dev/null
want=$(node -p 'require(process.argv[1]).version' "$root/package.json")
got=$(./node_modules/.bin/labelguard --version)
[ "$got" = "$want" ] || { echo "labelguard --version said '$got', expected '$want'"; exit 1; }
got=$(npx --offline labelguard --version)
[ "$got" = "$want" ] || { echo "npx labelguard --version said '$got', expected '$want'"; exit 1; }
set +e
./node_modules/.bin/labelguard check --repo "$root/examples/acme-cameras" --now 2026-11-26 --format codeclimate > "$work/cq.json"
code=$?
set -e
[ "$code" = 1 ] || { echo "expected the installed CLI to exit 1 on the example's blocking findings, got $code"; exit 1; }
node -e 'const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (!Array.isArray(a) || a.length === 0) process.exit(1)' "$work/cq.json"
./node_modules/.bin/labelguard rules | head -1 > /dev/null
echo "package: installed offline from the tarball, labelguard $got runs"
