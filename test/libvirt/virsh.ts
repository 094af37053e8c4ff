// Talking to the private libvirtd through virsh: several commands per virsh process (separated by
// ';', with echo markers to split the output), so a case costs a few short processes.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const URI = 'qemu:///system';

export interface DefineResult {
  /** libvirt's `dumpxml --inactive` after a successful define */
  xml?: string;
  /** libvirt's error when the define failed */
  error?: string;
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('virsh', ['-c', URI, ...args], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function virshSync(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('virsh', ['-c', URI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

/** The <name> of a domain document is replaced, so cases never collide with real domains or each other. */
export function withName(xml: string, name: string): string {
  return xml.replace(/<name>[^<]*<\/name>/, `<name>${name}</name>`);
}

/**
 * KubeVirt writes <maxMemory slots='0'> for memory hotplug (virtio-mem needs no slots) and the
 * launcher's libvirt (10.10+) accepts it; libvirt 9.0 refuses it ("both maximum memory size and
 * memory slot count must be specified", kubevirt-versions.md §4), so it is left out before defining.
 * It holds no address, so nothing the runner checks depends on it.
 */
export function withoutSlotlessMaxMemory(xml: string): string {
  return xml.replace(/[ \t]*<maxMemory\b(?=[^>]*\bslots=("|')0\1)[^>]*>[^<]*<\/maxMemory>\n?/, '');
}

/**
 * KubeVirt's supplementalPool iothreads give each virtio disk <driver><iothreads><iothread id=.../>
 * (the disk's queues mapped to the pool); libvirt added that in 10.0: 9.0's schema refuses it and
 * its define drops it silently. It holds no address, so it is left out before validating and
 * defining.
 */
export function withoutDiskIothreadPool(xml: string): string {
  return xml.replace(/(<driver\b[^>]*?)\s*>\s*<iothreads>(?:\s*<iothread\b[^>]*\/>)*\s*<\/iothreads>\s*<\/driver>/g, '$1/>');
}

/**
 * KubeVirt's core passtBinding is <interface type='vhostuser'> with <backend type='passt'> (libvirt
 * 9.2+ for vhost-user passt); libvirt 9.0 refuses the passt backend ("Invalid value for attribute
 * 'type' in element 'backend'") and vhostuser without a socket source. It is defined as a
 * type='user' interface without source, portForward and backend: a virtio NIC all the same, so
 * libvirt places it as it places the passt one, and everything else of it is checked.
 */
export function passtAsUserInterface(xml: string): string {
  return xml.replace(/<interface type=("|')vhostuser\1>((?:(?!<\/interface>)[\s\S])*?<backend type=("|')passt\3[\s\S]*?)<\/interface>/g, (_m, q: string, body: string) => {
    const kept = body
      .replace(/[ \t]*<source\b[^>]*\/>\n?/, '')
      .replace(/[ \t]*<portForward\b[^>]*(?:\/>|>[\s\S]*?<\/portForward>)\n?/g, '')
      .replace(/[ \t]*<backend\b[^>]*\/>\n?/, '');
    return `<interface type=${q}user${q}>${kept}</interface>`;
  });
}

/** What the runner leaves out of a domain for libvirt 9.0, each a launcher's libvirt takes (README, "Conformance with a real libvirt"). */
export const LIBVIRT_9_0_ACCOMMODATIONS: readonly { what: string; strip: (xml: string) => string; /** counted, not listed per case (most domains have it) */ quiet?: boolean }[] = [
  { what: "<maxMemory slots='0'> (memory hotplug; libvirt 9.0 wants slots)", strip: withoutSlotlessMaxMemory, quiet: true },
  { what: '<driver><iothreads> of the disks (supplementalPool iothreads; libvirt 10.0+)', strip: withoutDiskIothreadPool },
  { what: "passt's <interface type='vhostuser'> <backend type='passt'> (newer libvirt), defined as type='user' without source, portForward and backend", strip: passtAsUserInterface },
];

/** The domain as libvirt 9.0 takes it, and which accommodations changed it. */
export function forLibvirt90(xml: string): { xml: string; applied: { what: string; quiet: boolean }[] } {
  const applied: { what: string; quiet: boolean }[] = [];
  let text = xml;
  for (const a of LIBVIRT_9_0_ACCOMMODATIONS) {
    const next = a.strip(text);
    if (next !== text) applied.push({ what: a.what, quiet: a.quiet === true });
    text = next;
  }
  return { xml: text, applied };
}

/**
 * Defines each document under its own name, reads back `dumpxml --inactive` and undefines it, all
 * in one virsh process. A failed define is retried alone to get its error message.
 */
export class Libvirt {
  private seq = 0;
  /**
   * Documents with the same SMBIOS uuid (the same VMI name) are defined one at a time: without a
   * <uuid>, libvirt takes the domain's uuid from <sysinfo>, and two defined domains may not share one.
   */
  private readonly locks = new Map<string, Promise<void>>();

  private async withLocks<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const waits = sorted.map((k) => this.locks.get(k) ?? Promise.resolve());
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    const mine = Promise.all(waits).then(() => done);
    for (const k of sorted) this.locks.set(k, mine);
    await Promise.all(waits);
    try {
      return await fn();
    } finally {
      release();
      for (const k of sorted) if (this.locks.get(k) === mine) this.locks.delete(k);
    }
  }

  constructor(
    private readonly workDir: string,
    /** substitute <domain type='qemu'> for kvm when the host has no /dev/kvm */
    readonly domainType: 'kvm' | 'qemu',
  ) {
    mkdirSync(workDir, { recursive: true });
  }

  private prepare(xml: string, name: string): string {
    let text = forLibvirt90(withName(xml, name)).xml;
    // arm64 and s390x domains are emulated on this (x86_64) host: libvirt has no kvm type for them
    const foreign = !/<type arch=("|')x86_64\1/.test(text);
    if (this.domainType === 'qemu' || foreign) text = text.replace(/<domain type=("|')kvm\1/, "<domain type='qemu'");
    // Debian's QEMU has no downstream machine types (RHEL's pc-q35-rhel9.4.0, as OpenShift VMIs
    // show): such a domain is defined as its family's alias; libvirt places devices alike within
    // a family, and only devices are compared
    text = text.replace(/machine=("|')pc-q35-rhel[^"']*\1/, 'machine="q35"').replace(/machine=("|')pc-i440fx-rhel[^"']*\1/, 'machine="pc"');
    const file = join(this.workDir, `${name}.xml`);
    writeFileSync(file, text);
    return file;
  }

  async defineAll(docs: { xml: string; name: string }[]): Promise<DefineResult[]> {
    const uuids = docs.map((d) => /<entry name=["']uuid["']>([^<]*)</.exec(d.xml)?.[1] ?? '');
    return this.withLocks(uuids, () => this.defineAllNow(docs));
  }

  private async defineAllNow(docs: { xml: string; name: string }[]): Promise<DefineResult[]> {
    const names = docs.map((d) => `vdpaxml-conf-${process.pid}-${d.name}-${this.seq++}`);
    const files = docs.map((d, i) => this.prepare(d.xml, names[i]!));
    const script: string[] = [];
    docs.forEach((_, i) => {
      script.push(`echo @@define-${i}`, `define ${files[i]}`, `echo @@dump-${i}`, `dumpxml --inactive ${names[i]}`, `echo @@undefine-${i}`, `undefine ${names[i]}`);
    });
    script.push('echo @@end');
    const r = await run([script.join(' ; ')]);
    const results: DefineResult[] = [];
    for (let i = 0; i < docs.length; i++) {
      const defined = between(r.stdout, `@@define-${i}\n`, `@@dump-${i}\n`);
      const dump = between(r.stdout, `@@dump-${i}\n`, `@@undefine-${i}\n`);
      if (defined.includes('defined from') && dump.includes('<domain')) {
        results.push({ xml: dump });
      } else {
        results.push(await this.defineAlone(files[i]!, names[i]!, r.stderr));
      }
    }
    return results;
  }

  /**
   * One document in its own virsh calls: for the error message of a failed define, and to ride out
   * a uuid clash with another runner defining the same VMI at the same moment.
   */
  private async defineAlone(file: string, name: string, batchStderr: string): Promise<DefineResult> {
    for (let attempt = 0; ; attempt++) {
      const def = await run(['define', file]);
      if (def.code === 0) {
        const dump = await run(['dumpxml', '--inactive', name]);
        await run(['undefine', name]);
        if (dump.code === 0) return { xml: dump.stdout };
      }
      const error = (def.stderr || batchStderr || 'define failed').trim().replace(/^error: /gm, '').replace(/\n+/g, '; ');
      // libvirt may still be finishing the undefine of a domain with the same uuid ("is already being removed")
      if (attempt >= 20 || !/already (defined|exists) with uuid|is already being removed/.test(error)) return { error };
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async define(xml: string, name: string): Promise<DefineResult> {
    return (await this.defineAll([{ xml, name }]))[0]!;
  }
}

function between(s: string, a: string, b: string): string {
  const i = s.indexOf(a);
  if (i < 0) return '';
  const j = s.indexOf(b, i + a.length);
  return s.slice(i + a.length, j < 0 ? undefined : j);
}

/** Undefines domains a crashed earlier run of this runner left behind. */
export function cleanupStale(): void {
  const r = virshSync(['list', '--all', '--name']);
  for (const n of r.stdout.split('\n').map((s) => s.trim())) {
    if (/^vdpaxml-conf-\d+-/.test(n)) {
      const pid = Number(n.split('-')[2]);
      if (pid !== process.pid && !isAlive(pid)) virshSync(['undefine', n]);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
