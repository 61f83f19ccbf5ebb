#!/usr/bin/env bash
# Runs the committed bundles as users and the runner do, from a copy of dist/ alone, so that a bundle
# that needs node_modules, or a missing data file, fails here. `$1` is the Node to run them on (default:
# the project's Node 24); the action runs on Node 24 only (action.yml), so an older Node runs the CLI alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node=${1:-$root/node_modules/.bin/node}
major=$("$node" -p 'process.versions.node.split(".")[0]')
echo "smoke: on Node $("$node" --version)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/dist" "$work/dist"

"$node" "$work/dist/cli.js" --version
set +e
"$node" "$work/dist/cli.js" check --repo "$root/examples/acme-cameras" --now 2026-11-26 > "$work/check.txt"
code=$?
set -e
cat "$work/check.txt"
[ "$code" = 1 ] || { echo "expected exit 1 (the example has blocking findings), got $code"; exit 1; }
# Every command once, beyond check: the bundle must not use what this Node lacks.
"$node" "$work/dist/cli.js" validate --repo "$root/examples/acme-cameras" > /dev/null
"$node" "$work/dist/cli.js" rules > /dev/null
"$node" "$work/dist/cli.js" status --repo "$root/examples/acme-cameras" --now 2026-11-26 > /dev/null
p=$root/examples/acme-cameras/products
"$node" "$work/dist/cli.js" diff "$p/avc-c120w/sbom.cdx.json" "$p/avc-p340w/sbom.cdx.json" > /dev/null
"$node" "$work/dist/cli.js" evidence "$p/avc-p340w" --repo "$root/examples/acme-cameras" --out "$work/evidence" \
  --now 2026-11-26 > /dev/null
"$node" "$work/dist/cli.js" check --repo "$root/examples/acme-cameras" --now 2026-11-26 --format json \
  --output "$work/report.json" || true
"$node" "$work/dist/cli.js" comment --report "$work/report.json" > /dev/null
if [ "$major" -lt 24 ]; then
  echo "smoke: CLI ok (the action needs Node 24, not run on $major)"
  exit 0
fi

# The action, run as the Actions runner runs it: INPUT_* variables, event payload, output files.
mkdir -p "$work/runner"
echo '{"ref":"refs/heads/main","repository":{"full_name":"acme/cameras","default_branch":"main"}}' > "$work/runner/event.json"
: > "$work/runner/output"; : > "$work/runner/summary"
set +e
env -i PATH="$PATH" HOME="$HOME" GITHUB_ACTIONS=true GITHUB_EVENT_NAME=workflow_dispatch \
  GITHUB_EVENT_PATH="$work/runner/event.json" GITHUB_REPOSITORY=acme/cameras GITHUB_REF=refs/heads/main \
  GITHUB_SHA=0000000000000000000000000000000000000000 GITHUB_WORKSPACE="$root/examples/acme-cameras" \
  GITHUB_OUTPUT="$work/runner/output" GITHUB_STEP_SUMMARY="$work/runner/summary" RUNNER_TEMP="$work/runner" \
  GITHUB_API_URL=http://127.0.0.1:9 GITHUB_SERVER_URL=https://github.com GITHUB_RUN_ID=1 \
  INPUT_NOW=2026-11-26 INPUT_TOKEN= \
  "$node" "$work/dist/index.js"
code=$?
set -e
grep -q '^result' "$work/runner/output" || { echo "the action set no result output"; cat "$work/runner/output"; exit 1; }
[ -s "$work/runner/summary" ] || { echo "the action wrote no job summary"; exit 1; }
[ "$code" = 1 ] || { echo "expected the action to fail on the example (exit 1), got $code"; exit 1; }
echo "smoke: ok"
