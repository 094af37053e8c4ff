#!/bin/bash
# Starts (or reuses) a private libvirtd for `npm run test:libvirt` (facts.md §6). Idempotent; installs
# nothing (CI installs libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86 qemu-system-arm qemu-system-misc
# libxml2-utils first). Must run as root, e.g. in a container.
#
# The QEMU driver resolves the user libvirt-qemu and the group kvm before it reads qemu.conf, so both
# are created; qemu.conf runs QEMU as root without a security driver. Nothing is ever started: the
# runner only defines domains, which needs neither KVM nor a network.
#
# If a libvirtd already answers on qemu:///system it is reused and left alone. Otherwise one is
# started and its pid recorded in $STATE, so scripts/libvirt-down.sh stops only that one.
set -euo pipefail

STATE=${VDPA_XML_LIBVIRTD_PIDFILE:-/run/vdpa-xml-libvirtd.pid}
URI=qemu:///system

if [ "$(id -u)" != 0 ]; then
  echo "libvirt-up: must run as root" >&2
  exit 1
fi
for cmd in libvirtd virsh; do
  command -v "$cmd" >/dev/null || { echo "libvirt-up: $cmd is not installed" >&2; exit 1; }
done

ready() { virsh -c "$URI" version >/dev/null 2>&1; }

if ready; then
  echo "libvirt-up: reusing the libvirtd that answers on $URI"
  exit 0
fi

getent group kvm >/dev/null || groupadd -r kvm
getent group libvirt-qemu >/dev/null || groupadd -r libvirt-qemu
getent passwd libvirt-qemu >/dev/null ||
  useradd -r -g kvm -G libvirt-qemu -d /var/lib/libvirt -s /usr/sbin/nologin libvirt-qemu
mkdir -p /etc/libvirt /var/log/libvirt/qemu /var/run/libvirt /var/lib/libvirt/qemu /var/cache/libvirt/qemu

want='user = "root"
group = "root"
security_driver = "none"'
if [ ! -f /etc/libvirt/qemu.conf ] || ! grep -q '^security_driver = "none"' /etc/libvirt/qemu.conf ||
   ! grep -q '^user = "root"' /etc/libvirt/qemu.conf; then
  if [ -f /etc/libvirt/qemu.conf ] && [ ! -f /etc/libvirt/qemu.conf.vdpa-xml-orig ]; then
    cp /etc/libvirt/qemu.conf /etc/libvirt/qemu.conf.vdpa-xml-orig
  fi
  printf '%s\n' "$want" > /etc/libvirt/qemu.conf
fi

rm -f "$STATE"
libvirtd --daemon --pid-file "$STATE"
for _ in $(seq 1 60); do
  if ready; then
    echo "libvirt-up: libvirtd $(cat "$STATE" 2>/dev/null) ready on $URI"
    exit 0
  fi
  sleep 0.5
done
echo "libvirt-up: libvirtd did not answer on $URI within 30s" >&2
virsh -c "$URI" version >&2 || true
exit 1
