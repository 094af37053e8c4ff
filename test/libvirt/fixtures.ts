// The project's fixture directories as conformance cases: the VMI (vmi.yaml, vm.yaml, or
// stdin.yaml for a case fed on stdin), nad*.yaml, env.txt, and an optional args file with the
// render options.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseInputs } from './generate.js';

const VMI_FILES = ['vmi.yaml', 'vmi.yml', 'vmi.json', 'vm.yaml', 'vm.yml', 'vm.json', 'stdin.yaml', 'stdin.yml', 'stdin.json'];
const NAD_FILE = /^nad.*\.(ya?ml|json)$/;

function splitArgs(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

export function loadFixtures(root: string): CaseInputs[] {
  if (!existsSync(root)) return [];
  const out: CaseInputs[] = [];
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!statSync(dir).isDirectory()) continue;
    const files = readdirSync(dir);
    const vmiFile = VMI_FILES.find((f) => files.includes(f));
    if (!vmiFile) continue;
    const args = files.includes('args') ? splitArgs(readFileSync(join(dir, 'args'), 'utf8')) : [];
    const nadFiles = files.filter((f) => NAD_FILE.test(f)).sort();
    // --nad/--env given in args name files relative to the fixture
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--nad' && args[i + 1]) nadFiles.push(args[i + 1]!);
    }
    const envArg = args.indexOf('--env');
    const envFile = envArg >= 0 ? args[envArg + 1] : ['env.txt', 'env'].find((f) => files.includes(f));
    const c: CaseInputs = {
      name: `fixture-${name}`,
      vmiFile,
      vmi: readFileSync(join(dir, vmiFile), 'utf8'),
      nads: nadFiles.filter((f) => existsSync(join(dir, f))).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') })),
      args,
    };
    if (envFile && existsSync(join(dir, envFile))) c.env = readFileSync(join(dir, envFile), 'utf8');
    out.push(c);
  }
  return out;
}

/** The render options an args list sets (the CLI's flags that change the domain). */
export function optionsFromArgs(args: readonly string[]): { hotplugReserve?: 'kubevirt' | 'none'; mac?: 'stable' | 'omit'; vdpaBindingName?: string } {
  const o: { hotplugReserve?: 'kubevirt' | 'none'; mac?: 'stable' | 'omit'; vdpaBindingName?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    const value = inline ?? args[i + 1];
    if (flag === '--hotplug-reserve' && (value === 'kubevirt' || value === 'none')) o.hotplugReserve = value;
    if (flag === '--mac' && (value === 'stable' || value === 'omit')) o.mac = value;
    if (flag === '--vdpa-binding' && value) o.vdpaBindingName = value;
  }
  return o;
}
