#!/bin/sh
# Runs the test suite and the fixtures on another Node binary than the one that built dist/
# (the suite must pass on Node 20 and Node 22: README, "Speed"). Usage, after `npm run build`:
#   scripts/test-on-node.sh /path/to/node
# It first makes that Node's code cache (as a registry install does), so the bundle tests see one.
set -eu
NODE=${1:?usage: scripts/test-on-node.sh /path/to/node}
cd "$(dirname "$0")/.."
echo "tests on $("$NODE" --version)"
"$NODE" scripts/code-cache.mjs
"$NODE" node_modules/mocha/bin/mocha.js
"$NODE" bin/vdpa-xml.js test fixtures
