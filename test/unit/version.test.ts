import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { VERSION } from '../../src/cli/version.js';

describe('VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
