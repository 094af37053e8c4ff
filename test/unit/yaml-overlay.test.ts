import { expect } from 'chai';
import { stringify } from 'yaml';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { parseObjects } from '../../src/source/documents.js';
import { mapOf, madeNode, nodeAt, unset, withValue } from '../../src/source/yaml-overlay.js';
import { readBool } from '../../src/source/ynode.js';
import { at, source } from './helpers.js';

// src/source/yaml-overlay.ts: a node of one file placed in another file's tree keeps its own
// file, line and path; the trees it is placed in are copied along the edited path, never changed.
describe('source/yaml-overlay', () => {
  const d = new Diagnostics();
  const vm = parseObjects(source('vm.yaml', 'kind: VirtualMachine\nspec:\n  template:\n    spec:\n      domain:\n        devices:\n          rng: {}\n'), d)[0]!.root;
  const pref = parseObjects(source('pref.yaml', 'kind: VirtualMachinePreference\nspec:\n  devices:\n    preferredTPM: {}\n    preferredUseVirtioTransitional: 3\n'), d)[0]!.root;
  const devices = ['spec', 'template', 'spec', 'domain', 'devices'];

  it('places a value of another file at a path, keeping its file, line and path', () => {
    const value = pref.at('spec', 'devices', 'preferredUseVirtioTransitional')!;
    const out = withValue(vm, [...devices, 'useVirtioTransitional'], value, pref.at('spec', 'devices')!.keyNode('preferredUseVirtioTransitional'));
    const placed = nodeAt(out, [...devices, 'useVirtioTransitional'])!;
    expect([at(placed.pos), placed.path]).to.deep.equal(['pref.yaml:5:37', 'spec.devices.preferredUseVirtioTransitional']);
    expect(at(nodeAt(out, devices)!.keyPos('useVirtioTransitional'))).to.equal('pref.yaml:5:5');
    // what a reader says of it points there
    const diags = new Diagnostics();
    readBool(placed, diags);
    expect(diags.list.map((x) => `${at(x.pos)} ${x.message}`)).to.deep.equal(['pref.yaml:5:37 spec.devices.preferredUseVirtioTransitional must be true or false, found a number']);
    // the rest of the tree is the VM's, and the VM's own tree is unchanged
    expect(at(nodeAt(out, [...devices, 'rng'])!.pos)).to.equal('vm.yaml:7:16');
    expect(unset(vm, [...devices, 'useVirtioTransitional'])).to.equal(true);
    expect(stringify(vm.node)).to.not.contain('useVirtioTransitional');
  });

  it('creates the mappings a path lacks, placed where the value is', () => {
    const value = pref.at('spec', 'devices', 'preferredTPM')!;
    const out = withValue(vm, ['spec', 'template', 'spec', 'domain', 'features', 'smm'], value);
    expect(at(nodeAt(out, ['spec', 'template', 'spec', 'domain', 'features'])!.pos)).to.equal('pref.yaml:4:19');
    expect(nodeAt(out, ['spec', 'template', 'spec', 'domain', 'features', 'smm'])!.isMap).to.equal(true);
  });

  it('leaves the tree as it is when the path crosses a value that is not a mapping', () => {
    const bad = parseObjects(source('bad.yaml', 'kind: VirtualMachine\nspec:\n  template: 3\n'), d)[0]!.root;
    const value = pref.at('spec', 'devices', 'preferredTPM')!;
    expect(withValue(bad, ['spec', 'template', 'spec'], value)).to.equal(bad);
  });

  it('builds mappings of values of several files', () => {
    const value = pref.at('spec', 'devices', 'preferredTPM')!;
    const m = madeNode(mapOf([['tpm', value]], value), value);
    expect(at(m.get('tpm')!.pos)).to.equal('pref.yaml:4:19');
  });
});
