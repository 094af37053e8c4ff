#!/usr/bin/env bash
# Regenerates the libvirt dumps the diff tests compare against: each <case>.input.xml is defined in
# the local libvirtd under a throw-away name, `virsh dumpxml --inactive` is saved as
# <case>.dumpxml.xml (the domain name put back to the input's), and the domain is undefined.
# Needs a running libvirtd (facts.md §6). seed and vdpa-sriov-bridge inputs are re-rendered from
# their fixtures first; seed-drifted.input.xml is hand-edited (see README.md here) and kept as is.
set -euo pipefail
cd "$(dirname "$0")"
root=../../..
virsh="virsh -c qemu:///system"

(cd "$root" && npm run build >/dev/null)
node "$root/bin/vdpa-xml.js" render "$root/fixtures/seed" > seed.input.xml
node "$root/bin/vdpa-xml.js" render "$root/fixtures/vdpa-sriov-bridge" > vdpa-sriov-bridge.input.xml

for input in *.input.xml; do
  case_name=${input%.input.xml}
  name=$(sed -n 's:.*<name>\(.*\)</name>.*:\1:p' "$input" | head -1)
  tmp="vdpaxml-testdata-$$-$case_name"
  # libvirt 9.0 refuses KubeVirt's <maxMemory slots='0'> (a launcher's libvirt keeps it): left out
  # for the define and put back after <name> in the dump, in KiB as a launcher's dumpxml shows it
  maxmem=$(sed -n 's:.*<maxMemory[^>]*slots="0"[^>]*>\([0-9]*\)</maxMemory>.*:\1:p' "$input" | head -1)
  [ -n "$maxmem" ] && maxmem="<maxMemory slots='0' unit='KiB'>$((maxmem / 1024))</maxMemory>"
  sed "s:<name>$name</name>:<name>$tmp</name>:; /<maxMemory[^>]*slots=\"0\"/d" "$input" > "/tmp/$tmp.xml"
  $virsh define "/tmp/$tmp.xml" >/dev/null
  trap '$virsh undefine "$tmp" >/dev/null 2>&1 || true' EXIT
  $virsh dumpxml --inactive "$tmp" | sed "s:<name>$tmp</name>:<name>$name</name>:" > "$case_name.dumpxml.xml"
  if [ -n "$maxmem" ]; then sed -i "s:^\(  <name>.*</name>\)\$:\1\n  $maxmem:" "$case_name.dumpxml.xml"; fi
  $virsh undefine "$tmp" >/dev/null
  trap - EXIT
  rm -f "/tmp/$tmp.xml"
  echo "wrote $case_name.dumpxml.xml"
done
