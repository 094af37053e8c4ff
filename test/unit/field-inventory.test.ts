import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldInventory, type Schema } from '../../src/kubevirt/field-inventory.js';
import { NO_EFFECT, ruleCovers, TRANSLATED } from '../../src/kubevirt/field-status.js';
import { probe } from './field-inventory-probe.js';

// Issue 10, "never silently wrong": every field path of KubeVirt 1.9's VM, VMI, instancetype and
// preference specs (src/kubevirt/fields-1.9.ts, generated from the v1.9.0 Go types) is rendered
// alone, and is either reported by a diagnostic at the field, or listed as translated (with a
// fixture that sets it) or as having no effect on the domain (with the reason).
const SCHEMAS: Schema[] = ['vmi', 'vm', 'instancetype', 'preference'];

describe('field inventory', () => {
  const treatments = new Map<string, string>();
  before(function () {
    this.timeout(120_000);
    for (const schema of SCHEMAS) for (const path of fieldInventory(schema).types.keys()) treatments.set(`${schema}:${path}`, probe(schema, path).treatment);
  });

  it('lists KubeVirt 1.9 (spot checks of the generated data)', () => {
    const vmi = fieldInventory('vmi').types;
    expect(vmi.get('domain.devices.disks[].disk.bus')).to.equal('string');
    expect(vmi.get('volumes[].persistentVolumeClaim.claimName')).to.equal('string');
    expect(vmi.get('domain.devices.interfaces[].binding.name')).to.equal('string');
    expect(fieldInventory('vm').types.get('instancetype.inferFromVolume')).to.equal('string');
    expect(fieldInventory('preference').types.get('devices.preferredDiskBus')).to.equal('string');
    expect(vmi.size).to.be.greaterThan(350);
  });

  it('finds every path of the table by its search, with the same type, and nothing else', () => {
    for (const schema of SCHEMAS) {
      const inv = fieldInventory(schema);
      for (const [path, type] of inv.types) expect(inv.typeOf(path), `${schema}:${path}`).to.equal(type);
      // a prefix, a suffix, or a key spanning two lines of the table is no path
      expect(inv.typeOf('domain.devic')).to.equal(undefined);
      expect(inv.typeOf('evices')).to.equal(undefined);
      expect(inv.typeOf('')).to.equal(undefined);
    }
    const vmi = fieldInventory('vmi');
    expect(vmi.typeOf('priorityClassName')).to.equal('string');
    expect(vmi.typeOf('priorityClassName\tstring\ndomain')).to.equal(undefined);
    expect(vmi.typeOf('domain\tobject')).to.equal(undefined);
    expect(vmi.typeOf('domain.devices.interfaces[].vdpa')).to.equal('object');
  });

  it('knows every path of the inventory (no inventory path is reported as unknown)', () => {
    expect([...treatments].filter(([, t]) => t === 'unknown').map(([k]) => k)).to.deep.equal([]);
  });

  it('has every path reported, translated or without effect on the domain', () => {
    const neither = [...treatments]
      .filter(([k, t]) => t === 'silent' && !(k in TRANSLATED) && !Object.keys(NO_EFFECT).some((r) => ruleCovers(r, k)))
      .map(([k]) => k);
    expect(neither, 'paths vdpa-xml accepts without a word that are neither translated nor without effect').to.deep.equal([]);
  });

  it('lists as translated or without effect only paths that are not reported (the lists are not stale)', () => {
    const stale = Object.keys(TRANSLATED).filter((k) => treatments.get(k) !== 'silent');
    expect(stale).to.deep.equal([]);
    for (const rule of Object.keys(NO_EFFECT)) expect([...treatments.keys()].some((k) => ruleCovers(rule, k)), rule).to.equal(true);
  });

  it('names, for each translated path, a fixture whose input sets it', () => {
    const missing: string[] = [];
    for (const [key, fixture] of Object.entries(TRANSLATED)) {
      const dir = join('fixtures', fixture);
      const leaf = key.split(/[.:]/).pop()!.replace(/\[\]$/, '');
      const inputs = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)) : [];
      const sets = inputs.some((f) => new RegExp(`(^|[\\s{,"-])${leaf}"?\\s*:`, 'm').test(readFileSync(join(dir, f), 'utf8')));
      if (!sets) missing.push(`${key} -> ${fixture}`);
    }
    expect(missing).to.deep.equal([]);
  });
});
