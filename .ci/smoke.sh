#!/usr/bin/env bash
# Runs the committed bundles as users and the runner do, from a copy of dist/ alone, so that a bundle
# that needs node_modules, or a missing data file, fails here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node=$root/node_modules/.bin/node
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
