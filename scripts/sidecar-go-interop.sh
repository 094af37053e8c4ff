#!/usr/bin/env bash
# Calls the built sidecar with grpc-go, the gRPC library of KubeVirt's virt-launcher
# (scripts/sidecar-go-client/main.go), with the image's node flags, on the test domain and on a
# 2 MiB one (test/data/sidecar: the VMI, its network-info), each answer compared with what the
# sidecar's handler makes of it in-process. Needs Go and the Go module proxy, so it is not part of
# npm test (which judges the sidecar with @grpc/grpc-js); .ci/run runs it, and so should you after
# changing the server: npm run build && scripts/sidecar-go-interop.sh
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
info=test/data/sidecar/network-info
for domain in test/data/sidecar/domain.xml "$tmp/big.xml"; do
  node --input-type=module -e "
import { readFileSync, writeFileSync } from 'node:fs';
import { createDomainHandler } from './dist/src/sidecar/handler.js';
const r = createDomainHandler({ networkInfoPath: '$info', vdpaBinding: 'vdpa', readFile: (p) => readFileSync(p) })(readFileSync('test/data/sidecar/vmi.json'), readFileSync('$domain'));
if ('error' in r) { console.error(r.error); process.exit(1); }
writeFileSync('$tmp/expected.xml', r.domainXml);"
  sock="$tmp/vdpa-xml.sock"
  # the 2 MiB domain is over what the image's heap cap edits (the handler refuses it): a larger
  # heap for that one, since what it checks is the transport of 2 MiB each way
  heap=""; [ "$domain" = "$tmp/big.xml" ] && heap="--max-old-space-size=256"
  # shellcheck disable=SC2086
  node $flags $heap bin/vdpa-xml-sidecar.js --socket "$sock" --network-info "$info" --vdpa-binding vdpa 2>"$tmp/log" &
  pid=$!
  for _ in $(seq 200); do [ -S "$sock" ] && break; sleep 0.02; done
  "$tmp/client" "$sock" "$domain" test/data/sidecar/vmi.json "$tmp/expected.xml" || { kill "$pid"; cat "$tmp/log" >&2; exit 1; }
  wait "$pid"
  [ ! -e "$sock" ] || { echo "FAIL: the socket is still there"; exit 1; }
done
echo "grpc-go interop: ok"
