import type { Domain } from '../../model/domain.js';
import { deviceOfInterface } from '../../model/interface-device.js';
import { type Options } from '../../options.js';
import { deviceWriters, serializeDomain, serializeFragment, writeDevices } from '../../xml/serialize.js';
import type { InputPaths } from '../inputs.js';
import type { CliIo } from '../io.js';
import { writeOutput } from '../write-output.js';
import { hasErrors, printDiagnostics, translate } from '../translate.js';

export interface RenderFlags {
  output?: string;
  format: 'xml' | 'json';
  /** print only this interface's <interface> (or <hostdev>), for virsh attach-device */
  interface?: string;
  /** print only <devices> */
  devicesOnly?: boolean;
}

/** What render prints: the domain, <devices>, or one interface; a usage error when the name is unknown. */
function selectOutput(domain: Domain, interfaceNames: readonly string[], flags: RenderFlags): { text: string } | { usage: string } {
  const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
  if (flags.interface !== undefined) {
    const name = flags.interface;
    const dev = deviceOfInterface(domain, name);
    if (dev.interface) return { text: flags.format === 'json' ? json(dev.interface) : serializeFragment((p) => deviceWriters.interface(p, dev.interface!)) };
    if (dev.hostdev) return { text: flags.format === 'json' ? json(dev.hostdev) : serializeFragment((p) => deviceWriters.hostdev(p, dev.hostdev!)) };
    return {
      usage: interfaceNames.includes(name)
        ? `--interface ${name}: the interface has state: absent, so the launcher leaves it out of the domain`
        : `--interface ${name}: no such interface; the VMI has: ${interfaceNames.join(', ') || '(none)'}`,
    };
  }
  if (flags.devicesOnly) return { text: flags.format === 'json' ? json(domain.devices) : serializeFragment((p) => writeDevices(p, domain)) };
  return { text: flags.format === 'json' ? json(domain) : serializeDomain(domain) };
}

/**
 * render: inputs -> domain XML on stdout (or -o FILE, written atomically). Diagnostics go to stderr
 * (as one JSON document with --format json); with any error nothing is written to stdout or the
 * file. Returns the exit code: 1 for input errors, 2 for an --interface that names nothing.
 */
export function renderCommand(io: CliIo, paths: InputPaths, opts: Options, flags: RenderFlags): number {
  const t = translate(io, paths, opts);
  printDiagnostics(io, t, flags.format === 'json' ? 'json' : 'text');
  const domain = t.result?.domain;
  if (!domain || hasErrors(t.diagnostics)) return 1;
  const selected = selectOutput(domain, t.result?.loaded.vmi?.interfaces.map((i) => i.name) ?? [], flags);
  if ('usage' in selected) {
    io.stderr(`error: ${selected.usage}\n`);
    return 2;
  }
  return writeOutput(io, flags.output, selected.text) ? 0 : 1;
}
