import { Diagnostics } from '../../diagnostics/diagnostics.js';
import { formatInventory } from '../../inventory/json.js';
import { inventoryFromSysfs, type SysfsReader } from '../../inventory/sysfs.js';
import { colorLevel, formatDiagnostics } from '../format-diagnostics.js';
import type { CliIo } from '../io.js';
import { writeOutput } from '../write-output.js';

/** sysfs through the CLI's io: the only place the inventory touches files. */
export function sysfsReader(io: CliIo): SysfsReader {
  return {
    list: (p) => {
      try {
        return io.isDirectory(p) ? io.listDir(p) : undefined;
      } catch {
        return undefined;
      }
    },
    read: (p) => {
      try {
        return new TextDecoder().decode(io.readFile(p));
      } catch {
        return undefined;
      }
    },
    link: (p) => io.readLink(p),
  };
}

/** inventory: the host inventory JSON (for --host-devices) from sysfs. */
export function inventoryCommand(io: CliIo, sysfsRoot: string, output: string | undefined): number {
  const diags = new Diagnostics();
  const inv = inventoryFromSysfs(sysfsRoot, sysfsReader(io), diags);
  if (diags.list.length) io.stderr(formatDiagnostics(diags.list, new Map(), colorLevel(io.env, io.stderrIsTTY)));
  if (!inv || diags.hasErrors) return 1;
  return writeOutput(io, output, formatInventory(inv)) ? 0 : 1;
}
