import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { block, runCli } from './helpers.js';

const seed = (name: string): string => readFileSync(`fixtures/seed/${name}`, 'utf8');
const withConfigMap = `${seed('vmi.yaml')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n`;
const warnFiles = { 'warn/vmi.yaml': withConfigMap, 'warn/nad.yaml': seed('nad.yaml'), 'warn/env.txt': seed('env.txt') };

const warningText = block(`
  warn/vmi.yaml:42:1: warning[UNKNOWN_KIND]: the VMI input: a document of kind 'ConfigMap' is ignored
     |
  42 | apiVersion: v1
     | ^^^^^^^^^^^^^^
    help: vdpa-xml reads VirtualMachineInstance, VirtualMachine and NetworkAttachmentDefinition objects, and as context VirtualMachineInstancetype, VirtualMachineClusterInstancetype, VirtualMachinePreference, VirtualMachineClusterPreference, PersistentVolumeClaim, DataVolume, DataSource, VolumeSnapshot
  1 warning
`);

describe('vdpa-xml check', () => {
  it('prints a one-line summary on success and no XML (exit 0)', () => {
    const r = runCli(['check', 'fixtures/seed']);
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: 'ok: fixtures/seed: domain default_myvmi for the KubeVirt 1.9.0 virt-launcher, 3 interfaces (2 vDPA), 0 warnings\n' });
  });

  it('counts an SR-IOV hostdev among the interfaces', () => {
    const r = runCli(['check', 'fixtures/vdpa-sriov-bridge']);
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: 'ok: fixtures/vdpa-sriov-bridge: domain default_mixed for the KubeVirt 1.9.0 virt-launcher, 4 interfaces (1 vDPA), 0 warnings\n' });
  });

  it('prints every diagnostic as a compiler does and exits 1', () => {
    const r = runCli(['check', 'fixtures/seed/vmi.yaml', '--nad', 'fixtures/seed/nad.yaml']);
    expect(r).to.deep.include({
      code: 1,
      stdout: '',
      stderr: block(`
        fixtures/seed/vmi.yaml:25:9: error[RESOURCE_NOT_IN_ENV]: no env dump to find the device of resource intel.com/vdpa_jaguar_vhost
           |
        25 |         vdpa: {}
           |         ^^^^
          help: pass the launcher pod's environment with --env (kubectl exec <virt-launcher-pod> -- env > env.txt), its network-status (--network-status), or the device plugin config and the node's inventory (--device-plugin-config, --host-devices) to see what it would get
          note: fixtures/seed/vmi.yaml:27:9: interface 'offload2' needs a device of intel.com/vdpa_jaguar_vhost too
        1 error
      `),
    });
  });

  it('passes with warnings, which it prints', () => {
    const r = runCli(['check', 'warn'], { files: warnFiles });
    expect(r).to.deep.include({ code: 0, stdout: 'ok: warn: domain default_myvmi for the KubeVirt 1.9.0 virt-launcher, 3 interfaces (2 vDPA), 1 warning\n', stderr: warningText });
  });

  it('--strict makes a warning fail the check (exit 1)', () => {
    const r = runCli(['check', 'warn', '--strict'], { files: warnFiles });
    expect(r).to.deep.include({ code: 1, stdout: '', stderr: `${warningText}error: --strict makes the 1 warning above fail the check\n` });
  });

  it('--format json prints one document on stdout, diagnostics included', () => {
    const r = runCli(['check', 'warn', '--strict', '--format', 'json'], { files: warnFiles });
    expect(r.code).to.equal(1);
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal({
      ok: false,
      errors: 0,
      warnings: 1,
      strict: true,
      kubevirtVersion: '1.9.0',
      diagnostics: [
        {
          code: 'UNKNOWN_KIND',
          severity: 'warning',
          message: "the VMI input: a document of kind 'ConfigMap' is ignored",
          help: 'vdpa-xml reads VirtualMachineInstance, VirtualMachine and NetworkAttachmentDefinition objects, and as context VirtualMachineInstancetype, VirtualMachineClusterInstancetype, VirtualMachinePreference, VirtualMachineClusterPreference, PersistentVolumeClaim, DataVolume, DataSource, VolumeSnapshot',
          file: 'warn/vmi.yaml',
          line: 42,
          column: 1,
          related: [],
        },
      ],
    });
  });

  it('--format json on success', () => {
    const r = runCli(['check', 'fixtures/seed', '--format', 'json']);
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: `${JSON.stringify({ ok: true, errors: 0, warnings: 0, strict: false, kubevirtVersion: '1.9.0', diagnostics: [] }, null, 2)}\n` });
  });

  it('reads the VMI from stdin with -', () => {
    const r = runCli(['check', '-', '--nad', 'fixtures/seed/nad.yaml', '--env', 'fixtures/seed/env.txt'], { stdin: seed('vmi.yaml') });
    expect(r).to.deep.include({ code: 0, stderr: '', stdout: 'ok: <stdin>: domain default_myvmi for the KubeVirt 1.9.0 virt-launcher, 3 interfaces (2 vDPA), 0 warnings\n' });
  });

  it('an unreadable input is an input error (exit 1)', () => {
    const r = runCli(['check', 'nowhere.yaml']);
    expect(r).to.deep.include({ code: 1, stdout: '', stderr: 'error[READ_FAILED]: cannot read nowhere.yaml: no such file\n  help: check the path\n1 error\n' });
  });

  it('colours diagnostics on a terminal unless NO_COLOR', () => {
    const tty = runCli(['check', 'warn'], { files: warnFiles, stderrIsTTY: true });
    expect(tty.stderr).to.contain('\u001b[');
    const plain = runCli(['check', 'warn'], { files: warnFiles, stderrIsTTY: true, env: { NO_COLOR: '1' } });
    expect(plain.stderr).to.equal(warningText);
  });
});
