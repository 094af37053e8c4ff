#!/bin/bash
# Stops the libvirtd scripts/libvirt-up.sh started (and only that one: a libvirtd it reused is left
# running). Idempotent.
set -euo pipefail

STATE=${VDPA_XML_LIBVIRTD_PIDFILE:-/run/vdpa-xml-libvirtd.pid}

if [ ! -f "$STATE" ]; then
  echo "libvirt-down: no libvirtd started by libvirt-up.sh"
  exit 0
fi
pid=$(cat "$STATE")
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(cat /proc/"$pid"/comm 2>/dev/null)" = libvirtd ]; then
  kill "$pid"
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "libvirt-down: libvirtd $pid did not stop; sending SIGKILL" >&2
    kill -9 "$pid" || true
  fi
  echo "libvirt-down: stopped libvirtd $pid"
else
  echo "libvirt-down: libvirtd $pid is not running"
fi
rm -f "$STATE"
