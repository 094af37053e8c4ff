import { knownKubevirtVersions } from '../../src/kubevirt/versions.js';
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { connect as netConnect } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { call, connect, exists, imageNodeFlags, largeDomain, logLines, patchedDomain, startSidecar, SUPPORTED_VERSIONS, vmiJson, type Sidecar } from './harness.js';

// The sidecar as virt-launcher drives it (KubeVirt pkg/hooks/manager.go): a child process on a
// unix socket, called by @grpc/grpc-js through the proto/ files. No timing is asserted here
// (npm run bench:sidecar measures).
describe('vdpa-xml sidecar (a real process, called with @grpc/grpc-js)', function () {
  this.timeout(30_000);
  const running: Sidecar[] = [];
  const start = async (...a: Parameters<typeof startSidecar>): Promise<Sidecar> => {
    const s = await startSidecar(...a);
    running.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of running.splice(0)) s.cleanup();
  });

  // the converter's domain as virt-launcher sends it, and the one the sidecar answers (unit-tested in test/unit/sidecar-handler.test.ts)
  const domain = readFileSync('test/data/sidecar/domain.xml');
  const patched = readFileSync('test/data/sidecar/domain.patched.xml');
  const INFO = {
    name: 'vdpa-xml',
    hookPoints: [
      { name: 'OnDefineDomain', priority: 0 },
      { name: 'Shutdown', priority: 0 },
    ],
    versions: ['v1alpha3', 'v1alpha2'],
  };

  it('answers Info within 1 s, and virt-launcher would choose v1alpha3', async () => {
    const s = await start();
    const r = await call(connect('info', s.socket), 'Info', {}, 1000);
    expect(r.err).to.equal(null);
    expect(r.res).to.deep.equal(INFO);
    expect(SUPPORTED_VERSIONS.find((v) => r.res.versions.includes(v))).to.equal('v1alpha3');
  });

  it('OnDefineDomain (v1alpha3) returns the domain with the vDPA interfaces, and logs one JSON line for the call', async () => {
    const s = await start();
    const r = await call(connect('v1alpha3', s.socket), 'OnDefineDomain', { domainXML: domain, vmi: vmiJson() });
    expect(r.err).to.equal(null);
    expect(r.res.domainXML.toString('utf8')).to.equal(patched.toString('utf8'));
    await call(connect('v1alpha3', s.socket), 'Shutdown', {});
    await s.exited;
    const calls = logLines(s).filter((l) => l.method !== undefined);
    expect(calls.map((l) => [l.level, l.method, l.version, l.status, l.requestBytes, l.responseBytes])).to.deep.equal([
      // gRPC bodies: a 5-byte prefix, then fields of a 1-byte tag and a 2-byte length each
      ['info', 'OnDefineDomain', 'v1alpha3', 'OK', 5 + 3 + domain.length + 3 + vmiJson().length, 5 + 3 + patched.length],
      ['info', 'Shutdown', 'v1alpha3', 'OK', 5, 5],
    ]);
    expect(calls[0]!.handler).to.deep.equal({
      handler: 'vdpa-xml',
      interfaces: [
        { name: 'offload', alias: 'ua-offload', action: 'inserted', source: '/dev/vhost-vdpa-1', mac: '52:54:00:70:90:0a' },
        { name: 'offload2', alias: 'ua-offload2', action: 'inserted', source: '/dev/vhost-vdpa-2', mac: '52:54:00:a9:06:df' },
      ],
    });
    expect(calls[0]!.ms).to.be.a('number');
  });

  it('OnDefineDomain works on v1alpha2 as well', async () => {
    const s = await start();
    const r = await call(connect('v1alpha2', s.socket), 'OnDefineDomain', { domainXML: domain, vmi: vmiJson() });
    expect([r.err, r.res.domainXML.toString('utf8')]).to.deep.equal([null, patched.toString('utf8')]);
  });

  for (const version of ['v1alpha3', 'v1alpha2'] as const) {
    it(`PreCloudInitIso (${version}) returns what it was given`, async () => {
      const s = await start();
      const req = { cloudInitNoCloudSource: Buffer.from('{"userData":"#cloud-config"}'), vmi: vmiJson(), cloudInitData: Buffer.from('{"dataSource":"NoCloud"}') };
      const r = await call(connect(version, s.socket), 'PreCloudInitIso', req);
      expect(r.err).to.equal(null);
      expect(r.res).to.deep.equal({ cloudInitNoCloudSource: req.cloudInitNoCloudSource, cloudInitData: req.cloudInitData });
    });
  }

  it('a handler error is a gRPC INVALID_ARGUMENT with its message, and the next call still works', async () => {
    const s = await start();
    const client = connect('v1alpha3', s.socket);
    const bad = await call(client, 'OnDefineDomain', { domainXML: Buffer.from([0x3c, 0xff, 0x3e]), vmi: vmiJson() });
    expect([bad.err?.code, bad.err?.details]).to.deep.equal([grpc.status.INVALID_ARGUMENT, 'the domain XML is not valid UTF-8']);
    const good = await call(client, 'OnDefineDomain', { domainXML: domain, vmi: vmiJson() });
    expect([good.err, good.res.domainXML.length]).to.deep.equal([null, patched.length]);
  });

  it('bad inputs through the real process: the gRPC error says what and where, and the sidecar keeps serving', async () => {
    let info = '';
    const t = await start({
      prepare: (dir) => {
        info = join(dir, 'network-info');
        writeFileSync(info, '');
        return join(dir, 'vdpa-xml.sock');
      },
      args: ['--network-info', 'PLACEHOLDER'],
    });
    const client = connect('v1alpha3', t.socket);
    const early = await call(client, 'OnDefineDomain', { domainXML: domain, vmi: vmiJson() });
    expect([early.err?.code, early.err?.details]).to.deep.equal([
      grpc.status.FAILED_PRECONDITION,
      `network-info is not filled in yet: virt-controller writes it once the pod is Ready; virt-handler retries (${info} is empty)`,
    ]);
    // the file is read at every call: once KubeVirt projects it, the next sync gets through
    writeFileSync(info, readFileSync('test/data/sidecar/network-info'));
    const broken = domain.toString('utf8').replace('<serial type="unix">', '<serial type="unix">\n</devices>');
    const bad = await call(client, 'OnDefineDomain', { domainXML: Buffer.from(broken), vmi: vmiJson() });
    expect(bad.err?.code).to.equal(grpc.status.INVALID_ARGUMENT);
    expect(bad.err?.details).to.match(/^<domainXML>:52:1: error\[XML_SYNTAX\]: <domainXML> is not a well-formed libvirt domain: <\/devices> does not close <serial>/);
    const retry = await call(client, 'OnDefineDomain', { domainXML: domain, vmi: vmiJson() });
    expect([retry.err, retry.res?.domainXML.toString('utf8')]).to.deep.equal([null, patched.toString('utf8')]);
    // the log line of a call may reach this process after its answer: read them once the sidecar is gone
    await call(client, 'Shutdown', {});
    await t.exited;
    const calls = logLines(t).filter((l) => l.method === 'OnDefineDomain').map((l) => [l.status, l.level]);
    expect(calls).to.deep.equal([['FAILED_PRECONDITION', 'error'], ['INVALID_ARGUMENT', 'error'], ['OK', 'info']]);
  });

  it('a 2 MiB domain goes through whole', async () => {
    const s = await start();
    const big = Buffer.from(largeDomain(2 * 1024 * 1024));
    expect(big.length).to.be.at.least(2 * 1024 * 1024);
    const r = await call(connect('v1alpha3', s.socket), 'OnDefineDomain', { domainXML: big, vmi: vmiJson() });
    expect(r.err).to.equal(null);
    expect(Buffer.compare(r.res.domainXML, patchedDomain(big))).to.equal(0);
  });

  it('a request over 4 MiB is RESOURCE_EXHAUSTED, and the next call still works', async () => {
    const s = await start();
    const client = connect('v1alpha3', s.socket);
    const r = await call(client, 'OnDefineDomain', { domainXML: Buffer.alloc(4 * 1024 * 1024 + 1, 0x20), vmi: vmiJson() });
    expect([r.err?.code, r.err?.details]).to.deep.equal([grpc.status.RESOURCE_EXHAUSTED, `the request is larger than ${4 * 1024 * 1024} bytes`]);
    const good = await call(client, 'OnDefineDomain', { domainXML: domain, vmi: vmiJson() });
    expect(good.err).to.equal(null);
  });

  it('a method it does not serve is UNIMPLEMENTED (v1alpha1 is not offered)', async () => {
    const s = await start();
    const client = new grpc.Client(`unix://${s.socket}`, grpc.credentials.createInsecure());
    const err = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.makeUnaryRequest('/kubevirt.hooks.v1alpha1.Callbacks/OnDefineDomain', (b: Buffer) => b, (b: Buffer) => b, Buffer.alloc(0), (e) => resolve(e)),
    );
    expect([err?.code, err?.details]).to.deep.equal([grpc.status.UNIMPLEMENTED, 'vdpa-xml does not serve /kubevirt.hooks.v1alpha1.Callbacks/OnDefineDomain']);
    client.close();
  });

  it('answers a request that is not gRPC with HTTP 415, and keeps serving', async () => {
    const s = await start();
    const { connect: h2connect } = await import('node:http2');
    const session = h2connect('http://localhost', { createConnection: () => netConnect(s.socket) });
    const status = await new Promise((resolve) => {
      const req = session.request({ ':method': 'GET', ':path': '/kubevirt.hooks.info.Info/Info' });
      req.on('response', (h) => resolve(h[':status']));
      req.resume();
      req.end();
    });
    session.close();
    expect(status).to.equal(415);
    expect((await call(connect('info', s.socket), 'Info', {}, 1000)).err).to.equal(null);
  });

  it('Shutdown answers, then the process exits 0 and removes its socket', async () => {
    const s = await start();
    const r = await call(connect('v1alpha3', s.socket), 'Shutdown', {});
    expect([r.err, r.res]).to.deep.equal([null, {}]);
    expect(await s.exited).to.deep.equal({ code: 0, signal: null });
    expect(exists(s.socket)).to.equal(false);
    const lines = logLines(s);
    expect(lines.map((l) => l.msg ?? l.method)).to.deep.equal(['listening', 'Shutdown', 'stopping', 'stopped']);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} stops it cleanly: exit 0, socket removed, even with a client connected`, async () => {
      const s = await start();
      const client = connect('info', s.socket);
      expect((await call(client, 'Info', {}, 1000)).err).to.equal(null);
      s.child.kill(signal);
      expect(await s.exited).to.deep.equal({ code: 0, signal: null });
      expect(exists(s.socket)).to.equal(false);
      expect(logLines(s).filter((l) => l.msg === 'stopped')).to.have.length(1);
      client.close();
    });
  }

  it('replaces a stale socket left by a sidecar that was killed', async () => {
    const first = await start();
    first.child.kill('SIGKILL');
    await first.exited;
    expect(exists(first.socket)).to.equal(true);
    const second = await start({ prepare: () => first.socket });
    const r = await call(connect('info', second.socket), 'Info', {}, 1000);
    expect(r.err).to.equal(null);
  });

  it('refuses to delete a regular file at the socket path: a clear error, exit 1, the file untouched', async () => {
    let path = '';
    const s = await start({
      noWait: true,
      prepare: (dir) => {
        path = join(dir, 'vdpa-xml.sock');
        writeFileSync(path, 'not a socket');
        return path;
      },
    });
    expect(await s.exited).to.deep.equal({ code: 1, signal: null });
    expect(logLines(s).map((l) => [l.level, l.msg])).to.deep.equal([
      ['error', `refusing to replace ${path}: it is a regular file, not a socket; remove it or pass another --socket`],
    ]);
    expect(readFileSync(path, 'utf8')).to.equal('not a socket');
  });

  it('a socket directory that does not exist: exit 1 with the reason', async () => {
    let path = '';
    const s = await start({ noWait: true, prepare: (dir) => (path = join(dir, 'missing', 'vdpa-xml.sock')) });
    expect(await s.exited).to.deep.equal({ code: 1, signal: null });
    const lines = logLines(s);
    expect(lines).to.have.length(1);
    expect(lines[0]!.msg).to.equal(`cannot listen on ${path}: the directory ${dirname(path)} does not exist`);
  });

  it('runs as `vdpa-xml sidecar` through the CLI too', async () => {
    const s = await start({ command: ['bin/vdpa-xml.js', 'sidecar'] });
    const r = await call(connect('info', s.socket), 'Info', {}, 1000);
    expect(r.res).to.deep.equal(INFO);
    await call(connect('v1alpha3', s.socket), 'Shutdown', {});
    expect(await s.exited).to.deep.equal({ code: 0, signal: null });
  });

  it("runs with the image's node flags, every stderr line JSON (no V8 warning)", async () => {
    const flags = imageNodeFlags();
    expect(flags).to.include('--no-opt');
    const s = await start({ nodeFlags: flags, args: ['--vdpa-binding', 'vdpa-xml'] });
    // near the largest domain the image's heap is allowed to edit (server.ts maxDomainBytes,
    // 128 KiB; 175 KiB measured to fit); KubeVirt's are ~10 KB
    const big = Buffer.from(largeDomain(125 * 1024));
    const want = patchedDomain(big, 'vdpa-xml');
    const client = connect('v1alpha3', s.socket);
    for (let i = 0; i < 5; i++) expect(Buffer.compare((await call(client, 'OnDefineDomain', { domainXML: big, vmi: vmiJson('vdpa-xml') })).res.domainXML, want)).to.equal(0);
    const huge = await call(client, 'OnDefineDomain', { domainXML: Buffer.from(largeDomain(1024 * 1024)), vmi: vmiJson('vdpa-xml') });
    expect(huge.err?.code).to.equal(grpc.status.INVALID_ARGUMENT);
    expect(huge.err?.details).to.match(/^the domain XML is \d+ bytes, more than the \d+ this sidecar's heap can edit; /);
    // a VMI over the limit (server.ts maxVmiBytes, 179 KiB under the image's heap) is refused, not a crash
    const vmi = JSON.parse(vmiJson('vdpa-xml').toString());
    vmi.metadata.annotations = { ...vmi.metadata.annotations, big: 'x'.repeat(192 * 1024) };
    const fat = await call(client, 'OnDefineDomain', { domainXML: big, vmi: Buffer.from(JSON.stringify(vmi)) });
    expect(fat.err?.code).to.equal(grpc.status.INVALID_ARGUMENT);
    expect(fat.err?.details).to.match(/^the VMI JSON is \d+ bytes, more than the \d+ this sidecar's heap can read; /);
    expect(Buffer.compare((await call(client, 'OnDefineDomain', { domainXML: big, vmi: vmiJson('vdpa-xml') })).res.domainXML, want)).to.equal(0);
    await call(client, 'Shutdown', {});
    expect(await s.exited).to.deep.equal({ code: 0, signal: null });
    expect(() => logLines(s)).not.to.throw();
  });

  it('--help prints the usage with the defaults, exit 0', async () => {
    const child = spawn(process.execPath, ['bin/vdpa-xml-sidecar.js', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (out += t));
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).to.equal(0);
    expect(out).to.match(/^Usage: vdpa-xml-sidecar \[options\]/);
    // commander wraps the help to 80 columns
    expect(out).to.match(/\(default:\s+"\/var\/run\/kubevirt-hooks\/vdpa-xml\.sock"\)/);
    expect(out).to.match(/\(default:\s+"\/etc\/podinfo\/network-info"\)/);
    expect(out).to.include('\nExamples:\n  vdpa-xml-sidecar\n');
    expect(out).to.match(/--kubevirt-version <version>[\s\S]*\(default:\s+"1\.9"\)/);
  });

  it('--kubevirt-version takes the releases render knows; another is a usage error naming them, exit 2', async () => {
    const child = spawn(process.execPath, ['bin/vdpa-xml-sidecar.js', '--kubevirt-version', '1.4'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (err += t));
    const code = await new Promise((r) => child.once('exit', r));
    expect([code, err.split('\n')[0]]).to.deep.equal([2, "error: option '--kubevirt-version <version>' argument '1.4' is invalid. unknown KubeVirt version '1.4'; known: " + knownKubevirtVersions().join(', ')]);
    const s = await startSidecar({ args: ['--kubevirt-version', '1.7.0'] });
    try {
      expect(logLines(s)[0]).to.deep.include({ msg: 'listening', kubevirtVersion: '1.7.0' });
    } finally {
      s.cleanup();
    }
  });
});
