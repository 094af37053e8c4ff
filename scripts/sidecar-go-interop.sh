#!/usr/bin/env bash
# Calls the built sidecar with grpc-go, the gRPC library of KubeVirt's virt-launcher
# (scripts/sidecar-go-client/main.go), with the image's node flags, on the seed domain and on a
# 2 MiB one. Needs Go and the Go module proxy, so it is not part of npm test (which judges the
# sidecar with @grpc/grpc-js); run it after changing the server: npm run build && scripts/sidecar-go-interop.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd scripts/sidecar-go-client && go build -o "$tmp/client" .)
flags=$(node -e "const m=/^ENTRYPOINT\s+(\[.*\])\s*$/m.exec(require('fs').readFileSync('deploy/sidecar/Containerfile','utf8'));console.log(JSON.parse(m[1]).filter(a=>a.startsWith('--')).join(' '))")
node -e "
const fs=require('fs');const seed=fs.readFileSync('test/data/sidecar/domain.xml','utf8');
const at=seed.lastIndexOf('</devices>');let add='';for(let i=0;seed.length+add.length<2*1024*1024;i++)add+='\t\t<disk type=\"file\" device=\"disk\"><source file=\"/d/'+i+'\"></source><target bus=\"virtio\" dev=\"vd'+i+'\"></target></disk>\n';
fs.writeFileSync('$tmp/big.xml',seed.slice(0,at)+add+seed.slice(at));"
for domain in test/data/sidecar/domain.xml "$tmp/big.xml"; do
  sock="$tmp/vdpa-xml.sock"
  # shellcheck disable=SC2086
  node $flags bin/vdpa-xml-sidecar.js --socket "$sock" 2>"$tmp/log" &
  pid=$!
  for _ in $(seq 200); do [ -S "$sock" ] && break; sleep 0.02; done
  "$tmp/client" "$sock" "$domain"
  wait "$pid"
  [ ! -e "$sock" ] || { echo "FAIL: the socket is still there"; exit 1; }
done
echo "grpc-go interop: ok"
