import type { XmlNode } from './xml-tree.js';

// How an element is recognised on both sides when libvirt does not care about order: devices by
// what names them (the ua- alias KubeVirt gives, type+index for controllers, a disk's alias, else
// its target dev), sysinfo entries, cpu features and clock timers by name, vcpus by id. Anything else is matched by its tag and its rank among same-tag siblings.

const num = (v: string | undefined): string => {
  if (v === undefined) return '';
  const t = v.trim();
  return /^(?:0x[0-9a-f]+|[0-9]+)$/i.test(t) ? String(BigInt(t)) : t;
};

const child = (n: XmlNode, name: string): XmlNode | undefined => n.children.find((c) => c.name === name);

function userAlias(n: XmlNode): string | undefined {
  const a = child(n, 'alias')?.attrs.get('name');
  return a?.startsWith('ua-') ? a : undefined;
}

/** The identity of a device (a child of <devices>) as `k=v` pairs, or undefined to match by rank. */
function deviceKey(n: XmlNode): string | undefined {
  switch (n.name) {
    case 'controller':
      return `type=${n.attrs.get('type') ?? ''},index=${num(n.attrs.get('index'))}`;
    case 'disk': {
      // by KubeVirt's ua- alias first, so one disk on another target is one difference, not a chain
      const alias = userAlias(n);
      if (alias) return `alias=${alias}`;
      const dev = child(n, 'target')?.attrs.get('dev');
      return dev !== undefined ? `target=${dev}` : undefined;
    }
    case 'interface':
    case 'hostdev': {
      const alias = userAlias(n);
      if (alias) return `alias=${alias}`;
      const mac = child(n, 'mac')?.attrs.get('address');
      return mac ? `mac=${mac.toLowerCase()}` : undefined;
    }
    case 'channel': {
      const name = child(n, 'target')?.attrs.get('name');
      return name ? `target=${name}` : undefined;
    }
    case 'serial':
    case 'console':
      return `port=${num(child(n, 'target')?.attrs.get('port') ?? '0')}`;
    case 'input':
      return `type=${n.attrs.get('type') ?? ''},bus=${n.attrs.get('bus') ?? ''}`;
    case 'graphics':
      return `type=${n.attrs.get('type') ?? ''}`;
    default: {
      const alias = userAlias(n);
      return alias ? `alias=${alias}` : undefined;
    }
  }
}

/** The identity of child under parent (parent's tag path given), or undefined to match by rank. */
export function childKey(parentPath: string, c: XmlNode): string | undefined {
  if (parentPath === 'domain/devices') return deviceKey(c);
  if (c.name === 'entry' && parentPath === 'domain/sysinfo/system') return `name=${c.attrs.get('name') ?? ''}`;
  if (c.name === 'feature' && parentPath === 'domain/cpu') return `name=${c.attrs.get('name') ?? ''}`;
  if (c.name === 'timer' && parentPath === 'domain/clock') return `name=${c.attrs.get('name') ?? ''}`;
  if (c.name === 'vcpu' && parentPath === 'domain/vcpus') return `id=${num(c.attrs.get('id'))}`;
  if (c.name === 'vcpupin' && parentPath === 'domain/cputune') return `vcpu=${num(c.attrs.get('vcpu'))}`;
  if (c.name === 'iothreadpin' && parentPath === 'domain/cputune') return `iothread=${num(c.attrs.get('iothread'))}`;
  return undefined;
}
